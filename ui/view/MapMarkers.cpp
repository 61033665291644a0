#include "ui/view/MapMarkers.h"

#include <QLineF>

#include <algorithm>
#include <numeric>

namespace khronika {

MapAge mapAge(const DayRange &event, const DayRange &window, Day cursor)
{
    if (!event.overlaps(window))
        return MapAge::Hidden;
    return event.last < cursor ? MapAge::Older : MapAge::Current;
}

std::vector<MapCluster> clusterMarkers(const std::vector<MapMarker> &markers, double radius)
{
    std::vector<int> order(markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const MapMarker &ma = markers[size_t(a)];
        const MapMarker &mb = markers[size_t(b)];
        if (ma.older != mb.older)
            return !ma.older;
        return ma.importance > mb.importance;
    });
    std::vector<MapCluster> clusters;
    const double radiusSquared = radius * radius;
    for (int index : order) {
        const MapMarker &m = markers[size_t(index)];
        auto joined = std::find_if(clusters.begin(), clusters.end(), [&](const MapCluster &c) {
            const QPointF d = c.anchor - m.position;
            return QPointF::dotProduct(d, d) <= radiusSquared;
        });
        if (joined == clusters.end()) {
            clusters.push_back({m.position, {index}, m.older});
        } else {
            joined->members.push_back(index);
            joined->allOlder = joined->allOlder && m.older;
        }
    }
    return clusters;
}

int hitTestClusters(const std::vector<MapCluster> &clusters, QPointF point, double radius)
{
    int best = -1;
    double bestDistance = radius;
    for (size_t i = 0; i < clusters.size(); ++i) {
        const double distance = QLineF(clusters[i].anchor, point).length();
        if (distance <= bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace khronika
