#pragma once

#include "ui/Theme.h"
#include "ui/export/ViewDump.h"
#include "ui/state/ViewState.h"
#include "ui/timeline/TimelineLayout.h"

#include <QHash>
#include <QWidget>

#include <vector>

namespace khronika {

// The zoomable timeline: a time axis, the era bands, and one lane per faction, category or actor with
// the events as markers and bars, labelled where room allows and counted in clusters where not.
//
// Mouse: wheel or pinch zooms at the pointer, dragging pans, horizontal scrolling pans, clicking an
// event selects it, double-clicking zooms to it, clicking a cluster opens it, clicking the axis moves
// the time cursor and dragging along the axis zooms to the dragged range.
// Keys: +/- zoom, Left/Right step to the previous/next event (pan when nothing is selected),
// Shift+Left/Right pan, Home/End jump to the start/end.
class TimelineView
    : public QWidget
    , public DumpsView
{
    Q_OBJECT
public:
    explicit TimelineView(ViewState *state, QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    ViewState *state() const { return m_state; }

    // The current layout, rebuilt if the state or size changed. Tests and other views read it.
    const TimelineLayout &layout() const;

    void zoomAt(double x, double factor);
    void zoomIn() { zoomAt(width() / 2.0 + layout().gutter / 2, 1.5); }
    void zoomOut() { zoomAt(width() / 2.0 + layout().gutter / 2, 1 / 1.5); }
    void panPixels(double dx);
    void stepEvent(int direction);

    // A lane's title in the gutter as painted: its lines, and the type size (a fraction of the
    // theme's) they are set in. A lane squeezed below a line of text is named in smaller type, down
    // to 70 per cent; below that, it keeps only its colour (no lines).
    struct LaneTitle {
        QStringList lines;
        double scale = 1.0;
    };
    LaneTitle laneTitle(int lane) const; // by its index in layout().lanes

    // The texts of the axis as painted: tick labels, the cursor's date and the era bands' names.
    struct AxisText {
        QString kind; // "axis", "cursor", "period"
        QString text;
        QRectF rect;
        QFont font;
        bool cut = false;
    };
    std::vector<AxisText> axisTexts() const;
    void dumpView(ViewDump &dump) const override;

    QSize sizeHint() const override { return {1200, 520}; }
    QSize minimumSizeHint() const override { return {480, 120}; }

Q_SIGNALS:
    void actorActivated(int actor);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    // Tells assistive technology which event is now selected (it has the focus within the view).
    void announceSelection(int event);
    void paintAxis(QPainter &p, const TimelineLayout &l) const;
    void paintLanes(QPainter &p, const TimelineLayout &l) const;
    LaneTitle fitLaneTitle(const Lane &lane) const;
    // The gutter the lane titles need (ViewState::setGutterNeed), and the type it is measured in.
    double gutterNeed() const;
    static constexpr double kLeastTitleScale = 0.8;
    QString tooltipAt(const QPointF &pos) const;

    ViewState *m_state;
    Theme m_theme;
    mutable TimelineLayout m_layout;
    mutable bool m_dirty = true;
    mutable QHash<int, double> m_labelWidths; // text layout cache, cleared when fonts change
    mutable std::vector<LaneTitle> m_laneTitles; // one a lane of m_layout, fitted with it

    enum class Drag { None, Pan, AxisRange, Cursor };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
};

} // namespace khronika
