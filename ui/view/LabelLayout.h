#pragma once

#include <QRectF>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace khronika {

// An item that wants a label on a lane of the timeline.
struct LabelRequest {
    int id = -1; // the caller's item (an event index)
    double x = 0; // the marker's pixel
    double width = 0; // the label's width (measured by the caller)
    int priority = 1; // higher is placed first (importance)
    // The narrowest the label may be cut to (and drawn elided) where a neighbour needs the room; a
    // negative value keeps it whole. A label is only cut when it does not fit whole on any row.
    double minWidth = -1;
    // Must be named (the selected event): placed even over `blocked` markers, at whatever room is left
    // when no row has its least width.
    bool required = false;
    // Named whole (the selected event): placed before the other required labels, which end before
    // it rather than cut it.
    bool whole = false;
    // Not measured yet: `width` and `minWidth` are filled by the caller's `measure` when the label is
    // tried and could still go somewhere. Its `x` must not depend on its width. Never required.
    bool deferred = false;
};

// Where a label went: rows stack downwards from the lane's top.
struct PlacedLabel {
    int id = -1;
    QRectF rect;
};

// Items that could not be labelled, merged into a cluster drawn as a count; zooming in opens it.
struct Cluster {
    double x = 0; // where to draw the count (the centre of its members' markers)
    double firstX = 0, lastX = 0; // the span of its members' markers
    std::vector<int> ids;
};

struct LabelLayoutResult {
    std::vector<PlacedLabel> placed;
    std::vector<Cluster> clusters;
};

// Places labels in up to `rows` rows of `rowHeight` pixels starting at `top`, to the right of each
// marker, never overlapping one another (a gap of `gap` pixels between labels on a row), never
// extending past `right` and never over a `blocked` interval (markers, when labels share their row)
// must not cover). Which labels are placed is decided highest priority first: a label goes whole on
// the first row with room, else cut to the room left before its neighbour (down to its minWidth).
// The rows are then dealt out again in date order, so that where labels stack, the earlier event's
// is above (the interval graph's first-fit colouring, which needs no more rows than were used).
// Items that fit nowhere are grouped into clusters of nearby markers (within `clusterRadius` pixels)
// so that nothing is hidden without a visible count.
class LabelLayout
{
public:
    // `crowd` are items the caller already knows cannot be labelled (more of them crowd a spot than rows
    // could name): they are only counted, joining the clusters as unplaced requests would.
    // `measure` fills the width of a deferred request. It is called only for a label whose start is
    // free on some row when its turn comes: one that starts inside a placed label on every row cannot
    // go anywhere, whatever its width, so measuring its text (the costly part of a crowded layout) is
    // skipped. The result is the same as with every request measured up front.
    static LabelLayoutResult place(std::vector<LabelRequest> requests, double top, double rowHeight, int rows,
        double right, double gap = 8.0, double clusterRadius = 24.0,
        const std::vector<std::pair<double, double>> &blocked = {}, std::vector<LabelRequest> crowd = {},
        const std::function<void(LabelRequest &)> &measure = {});
};

// The left edge nearest to `x` at which an item `width` pixels wide lies within [left, right] and
// at least `gap` pixels off every [from, to] interval of `keepClear`. When there is no such place the
// item stays at `x`, moved inside [left, right] as far as it fits. A cluster's count uses it to stay
// off the marker of the event the class is looking at, which it would otherwise cover.
double nearestClearPosition(double x, double width, const std::vector<std::pair<double, double>> &keepClear,
    double left, double right, double gap = 2.0);

} // namespace khronika
