#pragma once

#include <QPointF>
#include <QRectF>

namespace khronika {

// A point on the Earth in degrees: longitude east (east of 180 may be written as 180..200, so that
// Chukotka follows on from the rest of the USSR), latitude north.
struct GeoPoint {
    double longitude = 0.0;
    double latitude = 0.0;
};

// The main map's projection: Lambert conformal conic on a sphere of 6371 km, standard parallels 52° N
// and 64° N, central meridian 100° E, origin at 56° N. Conformal, so towns keep their shapes, and
// true to scale along the two parallels that cross the middle of the USSR. Works in kilometres with
// y pointing north; tools/map/build-map.mjs uses the same formulas to simplify the base map.
class MapProjection
{
public:
    static QPointF forward(GeoPoint point);
    // The inverse of forward(); longitudes come back in (-80, 280], i.e. as forward() took them.
    static GeoPoint inverse(QPointF km);
    // The scale factor at a latitude: 1 on the standard parallels, under 1 between them.
    static double scaleFactor(double latitude);
};

// Puts a rectangle of the projected plane (kilometres, y north) into a rectangle of pixels (y down),
// keeping the aspect ratio and centring what is left over. The identity of a default-constructed fit.
class MapFit
{
public:
    MapFit() = default;
    static MapFit fit(const QRectF &worldKm, const QRectF &pixels);

    QPointF toPixel(QPointF km) const { return {m_offset.x() + km.x() * m_scale, m_offset.y() - km.y() * m_scale}; }
    QPointF toWorld(QPointF pixel) const
    {
        return {(pixel.x() - m_offset.x()) / m_scale, (m_offset.y() - pixel.y()) / m_scale};
    }
    double pixelsPerKm() const { return m_scale; }

private:
    double m_scale = 1.0;
    QPointF m_offset;
};

// The part of the projected plane the map opens on: the USSR of 1923-1941 from the western border to
// the Bering Strait, from the Pamirs to Franz Josef Land, with a margin.
QRectF homeViewKm();

} // namespace khronika
