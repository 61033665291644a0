#pragma once

#include "ui/view/MapProjection.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace khronika {

// One layer of the base map: closed rings to fill (land, lakes) or open lines (rivers, borders).
struct MapLayer {
    QString name;
    bool areas = false;
    std::vector<std::vector<GeoPoint>> parts;
};

// The base map as tools/map/build-map.mjs writes it (resources/map/ussr-1923-1941.khmap): named
// layers of longitude/latitude points. Parsing checks every count against the bytes there are, so a
// truncated or foreign file gives an error, never a read past the end.
struct MapData {
    std::vector<MapLayer> layers;

    // The layer of that name, or nullptr.
    const MapLayer *layer(QStringView name) const;

    // The file's contents, or std::nullopt with *error saying what is wrong and at which byte.
    static std::optional<MapData> parse(const QByteArray &bytes, QString *error);
};

// Whether a point lies inside the rings of an area layer (even-odd, as the rings are filled).
bool layerContains(const MapLayer &layer, GeoPoint point);

} // namespace khronika
