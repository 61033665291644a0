#pragma once

#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <vector>

class QFont;
class QWidget;

namespace khronika {

// One piece of text as it is drawn, in the window's pixels.
struct DrawnText {
    QString kind; // "axis", "cursor", "period", "lane-title", "event-label", "badge", "narration", "widget"…
    QString text; // as drawn (elided text keeps its "…")
    QRectF rect; // in the window's coordinates
    double pixelSize = 0; // the type's size in pixels (em height)
    bool bold = false;
    bool cut = false; // shortened or clipped: part of the text is not on screen
    QString event; // the event an event label or marker names, by id
    int count = -1; // a badge's count
};

// A machine-readable picture of what a window draws (`khronika --dump-view FILE.json`): every text
// with its rectangle and type size, and per view the facts that are not text (which plots a chart
// shows and which it leaves out, the events behind a badge). Tests hold the projector rules with it
// instead of reading pixels.
//
// Custom-painted views describe themselves (DumpsView); Qt's own widgets (labels, buttons, item views,
// tabs, text browsers) are read through their public API.
class ViewDump
{
public:
    // Walks the window and every visible widget in it.
    static ViewDump of(const QWidget *window);

    explicit ViewDump(const QWidget *window);

    // `text.rect` is in `from`'s coordinates; it is stored in the window's.
    void add(const QWidget *from, DrawnText text);
    // A text as `from` draws it in `font`: its pixel size and weight taken from the font.
    void addText(const QWidget *from, const QString &kind, const QString &text, const QRectF &rect, const QFont &font,
        bool cut = false, const QString &event = {}, int count = -1);
    // Structured facts of one view ("timeline", "charts", "presentation"), merged into the JSON.
    QJsonObject &section(const QString &name) { return m_sections[name]; }
    QJsonObject sectionValue(const QString &name) const { return m_sections.value(name); }
    void setProperty(const QString &key, const QJsonValue &value) { m_properties.insert(key, value); }

    const std::vector<DrawnText> &texts() const { return m_texts; }
    std::vector<DrawnText> textsOfKind(const QString &kind) const;
    QJsonObject toJson() const;
    // Through a temporary file and a rename; false with the system's reason on failure.
    bool save(const QString &file, QString *error = nullptr) const;

    // The pixel size of a font as `widget` renders it (its screen's logical DPI).
    static double pixelSize(const QFont &font, const QWidget *widget);
    // A rectangle of `from` in the window's coordinates.
    QRectF toWindow(const QWidget *from, const QRectF &rect) const;

private:
    void walk(const QWidget *widget);

    const QWidget *m_window;
    std::vector<DrawnText> m_texts;
    QHash<QString, QJsonObject> m_sections;
    QJsonObject m_properties;
};

// A custom-painted widget that tells a ViewDump what it draws.
class DumpsView
{
public:
    virtual ~DumpsView() = default;
    virtual void dumpView(ViewDump &dump) const = 0;
    // Whether the dump still walks the widget's children (a chart panel's labels) after dumpView.
    virtual bool dumpChildren() const { return true; }
};

} // namespace khronika
