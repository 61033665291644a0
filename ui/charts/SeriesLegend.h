#pragma once

#include "ui/Theme.h"
#include "ui/export/ViewDump.h"

#include <QWidget>

#include <vector>

namespace khronika {

// The legend under a chart: one entry per series, a sample of its line (colour, dash, marker) and its
// name, laid out in rows that wrap to the width. Clicking an entry hides or shows its series, so the
// class can compare two versions of a contested figure alone. Painted with plain text, so that an
// exported SVG names every series. Keys: Tab reaches the legend, the arrows move between entries and
// Space or Return hides or shows the focused one.
class SeriesLegend
    : public QWidget
    , public DumpsView
{
    Q_OBJECT
public:
    enum class Sample { Line, Bar, TargetLine };
    struct Entry {
        QString text;
        QString shortText; // said instead when the legend is compact; empty: the text
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        Sample sample = Sample::Line;
        QString toolTip;
        bool shown = true;
    };

    explicit SeriesLegend(const Theme &theme, QWidget *parent = nullptr);

    void setEntries(const std::vector<Entry> &entries);
    const std::vector<Entry> &entries() const { return m_entries; }
    void setShown(int index, bool shown); // no signal
    // Where the entries start, so that the legend lines up with the plot above it.
    void setIndent(int pixels);
    // Presenting under the timeline: each entry by its short text, so that the legend takes fewer rows.
    void setCompact(bool compact);
    // The entry at a point, or -1.
    int entryAt(const QPointF &pos) const;
    QRectF entryRect(int index) const;
    int focusedEntry() const { return m_focused; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Each entry's name as drawn, "legend", cut when elided.
    void dumpView(ViewDump &dump) const override;

Q_SIGNALS:
    void toggled(int index, bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::vector<QRectF> layoutFor(int width) const;
    double entryWidth(const Entry &e) const;
    // Where an entry's name is drawn within its rectangle.
    static QRectF textRect(const QRectF &entry);

    const QString &textOf(const Entry &e) const { return m_compact && !e.shortText.isEmpty() ? e.shortText : e.text; }

    Theme m_theme;
    std::vector<Entry> m_entries;
    std::vector<QRectF> m_rects;
    int m_indent = 14;
    bool m_compact = false;
    int m_focused = 0; // the entry the keys act on
};

} // namespace khronika
