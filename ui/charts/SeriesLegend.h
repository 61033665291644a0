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
//
// Compact, a legend whose series are the versions of several subjects (cattle, pigs... each as a
// summer and a 1 January count), where the colour always tells the subject and the dash the version,
// names each subject and each version once: two short rows instead of one entry per series. A key
// then hides or shows every series it names.
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
        // What is counted and which count it is, when the series is one version of a subject: a
        // compact legend may then name subjects and versions apart (see the class comment).
        QString subject;
        QString version;
        int marker = 0; // the shape of the series' points (ChartStyle::drawMarker)
        bool joined = true; // the points are joined by a line, which the sample then shows with its dash
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
    // The entry at a point (the first an entry of a key names), or -1.
    int entryAt(const QPointF &pos) const;
    // Where an entry is named: its own rectangle, or its subject's key when subjects and versions are
    // named apart.
    QRectF entryRect(int index) const;
    int focusedEntry() const;
    // Whether subjects and versions are named apart now.
    bool namesSubjectsApart() const { return m_factored; }

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
    // What the legend names: an entry, or (subjects named apart) a subject or a version, with the
    // entries it stands for.
    struct Key {
        QString text;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        Sample sample = Sample::Line;
        int marker = 0; // the shape of the points; -1: none
        bool joined = true;
        QString toolTip;
        std::vector<int> entries;
        bool startsRow = false; // the versions start a row of their own
    };
    void rebuildKeys();
    std::vector<QRectF> layoutFor(int width) const;
    double keyWidth(const Key &k) const;
    bool keyShown(const Key &k) const;
    void toggleKey(int key);
    int keyOfEntry(int entry) const;
    int keyAt(const QPointF &pos) const;
    // Where an entry's name is drawn within its rectangle.
    static QRectF textRect(const QRectF &entry);

    const QString &textOf(const Entry &e) const { return m_compact && !e.shortText.isEmpty() ? e.shortText : e.text; }

    Theme m_theme;
    std::vector<Entry> m_entries;
    std::vector<Key> m_keys;
    std::vector<QRectF> m_rects; // one per key
    int m_indent = 14;
    bool m_compact = false;
    bool m_factored = false;
    int m_focused = 0; // the key the keyboard acts on
};

} // namespace khronika
