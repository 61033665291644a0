#pragma once

#include "ui/state/ViewState.h"
#include "ui/view/LabelLayout.h"
#include "ui/view/TickGenerator.h"
#include "ui/view/TimeAxisGeometry.h"
#include "ui/view/TimeScale.h"

#include <QColor>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace khronika {

struct LaneDensities;

// A lane of the timeline: the events of one faction, category or actor.
struct Lane {
    QString title;
    QString shortTitle; // used where the title does not fit whole; may be empty
    QColor colour;
    QRectF rect; // the lane's band, gutter excluded
    std::vector<int> events;
    int actor = -1; // in actor lanes, whose lane it is
};

// The radius of the ring drawn around the selected event's dot (a tour step's ring is half a pixel
// smaller), which the layout keeps other things off.
inline constexpr double kSelectionRingRadius = 8;

// An event drawn on a lane.
struct EventMark {
    int event = -1;
    int lane = -1;
    QRectF marker; // a dot for a point event, a bar for a span
    bool span = false;
    bool highlighted = false;
    bool dimmed = false; // someone is traced and this event is not theirs
    bool clustered = false; // a dot counted in a cluster badge, which is drawn in its place
    // Drawn as a bar: a span at least a marker wide. A shorter span, or a date known only to the month
    // or year, is drawn as a dot where the window is too wide to show its length, and counted like one.
    bool bar = false;
    // Not painted: the marks drawn before it on its lane and row already cover it (see
    // TimelineLayout::build). Still laid out, for hit-testing and the counts.
    bool covered = false;
    // An event of several factions is named once, on its first faction's lane; on the others its marker
    // is drawn hollow, linked to that label, so that the scarcest room on screen is not spent twice.
    bool linked = false;
};

struct LaneLabel {
    int event = -1;
    int lane = -1;
    QRectF rect;
    QString text; // as drawn: elided where a neighbour needed the room
    QRectF marker; // the event's marker on this lane, for the leader line; null beside its marker
    bool cut = false; // shortened to fit
};

struct LaneCluster {
    int lane = -1;
    QRectF rect; // the count badge
    double firstDay = 0, lastDay = 0;
    std::vector<int> events;
    bool highlighted = false; // holds an event of a traced actor
};

struct PeriodBar {
    int period = -1;
    QRectF rect;
    QString text;
};

// Everything the timeline paints, computed from the view state and the widget's size once per change
// and kept until the next one; painting and hit-testing read it. Only events in the visible window are
// laid out.
class TimelineLayout
{
public:
    static constexpr double kGutter = TimeAxisGeometry::kGutter;
    static constexpr double kRightMargin = TimeAxisGeometry::kRightMargin;
    static constexpr double kLeastHeightForPeriods = 360; // below it, no era bands
    // The width of a lane's title: the gutter less the colour strip and margins.
    static constexpr double kLaneTitleMargins = 22;
    double laneTitleWidth() const { return gutter - kLaneTitleMargins; }

    // Labels of turning points (importance 3) are set in bold and measured so.
    // On paper the selected event's label is never shortened (no tooltip reads the rest there); on
    // screen it may be, so that the other events of a tour step keep their names in a crowded lane.
    bool selectedLabelWhole = false;
    void build(const ViewState &state, const QSizeF &size, const QFontMetricsF &labelMetrics,
        const QFontMetricsF &boldMetrics, const QFontMetricsF &axisMetrics, QHash<int, double> &labelWidthCache);

    // The gutter every view shares (ViewState::gutter): kGutter at least.
    double gutter = kGutter;
    TimeScale scale; // x measured from the plot's left edge (the gutter)
    // The axis: the major ticks' labels (years) on a row above the minor ones (quarters, months, days),
    // each row as tall as the axis type. The time cursor's date stands in the gutter beside them
    // (cursorRow), so that it never hides a year.
    QRectF axis, cursorRow, periodStrip, plot;
    double majorRowTop = 0, minorRowTop = 0, axisRowHeight = 0;
    std::vector<Tick> ticks;
    std::vector<double> tickLabelX; // where each tick's label starts, from the plot's left edge
    std::vector<PeriodBar> periods;
    std::vector<Lane> lanes;
    std::vector<EventMark> marks;
    std::vector<LaneLabel> labels;
    std::vector<LaneCluster> clusters;
    // The height at which every lane would have its markers and a row of labels: what the timeline
    // needs when something else (a chart) asks for the rest of the screen.
    double labelledHeight = 0;
    // The height at which every lane has its markers and one lane (the selected event's, else the
    // busiest) a row of labels: the least that still names something.
    double namedHeight = 0;
    // The lanes are too short for their titles wrapped in the least gutter and a row of labels (a
    // chart shares the screen): each title then has one line (see TimelineView::gutterNeed).
    bool lanesSqueezed = false;

    // Per lane, its events ordered by position (LaneDensity), built from the whole data set once for
    // the lanes, the filters and the data of the layout that needed them, and kept across layouts
    // (like the label widths) until one of those changes. With them a crowded stretch is counted
    // rather than laid out event by event; they are only built for large data sets.
    std::shared_ptr<const LaneDensities> densities;

    double xForDay(double day) const { return gutter + scale.xForDay(day); }
    double dayForX(double x) const { return scale.dayForX(x - gutter); }

    // The event under a point (marker or label), or -1.
    int eventAt(const QPointF &p) const;
    const LaneCluster *clusterAt(const QPointF &p) const;
    // Whether an event was laid out (visible in the window and passing the filters).
    bool isShown(int event) const;
    QRectF markerOf(int event) const;
};

} // namespace khronika
