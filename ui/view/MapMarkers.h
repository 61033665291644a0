#pragma once

#include "core/Date.h"

#include <QPointF>

#include <vector>

namespace khronika {

// How the map shows an event at the moment: not at all (outside the visible window), dimmed (it was
// over before the time cursor) or in full.
enum class MapAge { Hidden, Older, Current };

// The events of the visible window are drawn; those that ended before the cursor are older.
MapAge mapAge(const DayRange &event, const DayRange &window, Day cursor);

// An event's marker where it is drawn, in pixels.
struct MapMarker {
    int event = -1;
    QPointF position;
    int importance = 1; // the more important marker anchors a cluster
    bool older = false;
};

// Markers that would overlap, drawn as one with a count. `anchor` is the first member's position.
struct MapCluster {
    QPointF anchor;
    std::vector<int> members; // indices into the markers given, the anchor first
    bool allOlder = false;
};

// Greedy and deterministic: markers are taken current before older, then by importance, then in the
// order given; each joins the first cluster whose anchor lies within `radius` pixels, or starts one.
std::vector<MapCluster> clusterMarkers(const std::vector<MapMarker> &markers, double radius);

// The cluster whose anchor is nearest to `point` within `radius` pixels, or -1.
int hitTestClusters(const std::vector<MapCluster> &clusters, QPointF point, double radius);

} // namespace khronika
