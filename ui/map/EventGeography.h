#pragma once

#include "core/Timeline.h"
#include "ui/view/MapProjection.h"

#include <QString>

#include <vector>

namespace khronika {

// Where an event is drawn on the map, read once from the data set's places: at a place, along a route
// (from, via, to) or over a region. The one file that reads Place records for the map view.
struct EventGeography {
    int event = -1;
    QString placeId; // the place the marker stands on: the event's place, a route's end, a region's centre
    std::vector<QString> routeIds; // from -> (via ->) to; empty when not a movement
    std::vector<GeoPoint> route; // the same, as points
    QString regionId;
    std::vector<GeoPoint> regionOutline; // empty when the event has no region or its place no outline
    GeoPoint marker; // where the marker stands
    QString routeKey; // the route's place ids joined by '>': routes shared by several events are drawn once
};

// Every event the data set places, in event order; events without a place, route or region are left out.
std::vector<EventGeography> eventGeography(const Timeline &timeline);

// A place's name in the interface's language, or its id when there is no such place.
QString placeName(const Timeline &timeline, const QString &placeId);

} // namespace khronika
