#include "ui/map/EventGeography.h"

#include <QStringList>

namespace khronika {

namespace {

GeoPoint pointOf(const Place &place)
{
    // West of 150 W on the main map is Chukotka's far east, which the map writes as 180..200.
    const bool wraps = !place.inset && place.longitude < -150;
    return {wraps ? place.longitude + 360 : place.longitude, place.latitude};
}

} // namespace

std::vector<EventGeography> eventGeography(const Timeline &timeline)
{
    std::vector<EventGeography> out;
    for (int e = 0; e < timeline.eventCount(); ++e) {
        const Event &event = timeline.event(e);
        EventGeography g;
        g.event = e;
        for (const QString &id : event.route) {
            if (const int p = timeline.placeIndex(id); p >= 0) {
                g.routeIds.push_back(id);
                g.route.push_back(pointOf(timeline.place(p)));
            }
        }
        if (g.route.size() < 2) {
            g.routeIds.clear();
            g.route.clear();
        }
        if (!event.region.isEmpty()) {
            if (const int p = timeline.placeIndex(event.region); p >= 0) {
                g.regionId = event.region;
                for (const auto &[latitude, longitude] : timeline.place(p).outline)
                    g.regionOutline.push_back({longitude < -150 ? longitude + 360 : longitude, latitude});
                g.placeId = event.region;
                g.marker = pointOf(timeline.place(p));
            }
        }
        if (!g.route.empty()) {
            g.routeKey = QStringList(g.routeIds.begin(), g.routeIds.end()).join(u'>');
            g.placeId = g.routeIds.back();
            g.marker = g.route.back();
        }
        if (!event.place.isEmpty()) {
            if (const int p = timeline.placeIndex(event.place); p >= 0) {
                g.placeId = event.place;
                g.marker = pointOf(timeline.place(p));
            }
        }
        if (!g.placeId.isEmpty())
            out.push_back(std::move(g));
    }
    return out;
}

QString placeName(const Timeline &timeline, const QString &placeId)
{
    const int p = timeline.placeIndex(placeId);
    return p >= 0 ? timeline.place(p).name : placeId;
}

} // namespace khronika
