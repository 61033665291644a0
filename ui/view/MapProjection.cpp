#include "ui/view/MapProjection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace khronika {

namespace {

constexpr double kRadiusKm = 6371.0;
constexpr double kDegree = std::numbers::pi / 180.0;
constexpr double kPhi1 = 52.0 * kDegree;
constexpr double kPhi2 = 64.0 * kDegree;
constexpr double kPhi0 = 56.0 * kDegree;
constexpr double kLambda0 = 100.0 * kDegree;

double tangentTerm(double phi)
{
    return std::tan(std::numbers::pi / 4 + phi / 2);
}

struct Cone {
    double n;
    double f;
    double rho0;
};

const Cone &cone()
{
    static const Cone c = [] {
        const double n
            = std::log(std::cos(kPhi1) / std::cos(kPhi2)) / std::log(tangentTerm(kPhi2) / tangentTerm(kPhi1));
        const double f = std::cos(kPhi1) * std::pow(tangentTerm(kPhi1), n) / n;
        return Cone {n, f, kRadiusKm * f / std::pow(tangentTerm(kPhi0), n)};
    }();
    return c;
}

} // namespace

QPointF MapProjection::forward(GeoPoint point)
{
    const Cone &c = cone();
    // Clamped short of the poles, where the cone's radius is 0 or infinite.
    const double phi = std::clamp(point.latitude, -89.9, 89.9) * kDegree;
    const double rho = kRadiusKm * c.f / std::pow(tangentTerm(phi), c.n);
    const double theta = c.n * (point.longitude * kDegree - kLambda0);
    return {rho * std::sin(theta), c.rho0 - rho * std::cos(theta)};
}

GeoPoint MapProjection::inverse(QPointF km)
{
    const Cone &c = cone();
    const double dy = c.rho0 - km.y();
    const double rho = std::hypot(km.x(), dy);
    const double theta = std::atan2(km.x(), dy);
    const double phi = 2 * std::atan(std::pow(kRadiusKm * c.f / rho, 1 / c.n)) - std::numbers::pi / 2;
    double longitude = (kLambda0 + theta / c.n) / kDegree;
    if (longitude <= -80)
        longitude += 360;
    return {longitude, phi / kDegree};
}

double MapProjection::scaleFactor(double latitude)
{
    const Cone &c = cone();
    const double phi = latitude * kDegree;
    return c.n * c.f / (std::cos(phi) * std::pow(tangentTerm(phi), c.n));
}

MapFit MapFit::fit(const QRectF &worldKm, const QRectF &pixels)
{
    MapFit f;
    if (worldKm.width() <= 0 || worldKm.height() <= 0 || pixels.width() <= 0 || pixels.height() <= 0)
        return f;
    f.m_scale = std::min(pixels.width() / worldKm.width(), pixels.height() / worldKm.height());
    // worldKm's top() is its smallest y, the south edge; the pixel rectangle's top is north.
    const double usedWidth = worldKm.width() * f.m_scale;
    const double usedHeight = worldKm.height() * f.m_scale;
    const double left = pixels.left() + (pixels.width() - usedWidth) / 2;
    const double top = pixels.top() + (pixels.height() - usedHeight) / 2;
    f.m_offset = QPointF(left - worldKm.left() * f.m_scale, top + worldKm.bottom() * f.m_scale);
    return f;
}

QRectF homeViewKm()
{
    // The corners of the USSR of the period and of the places the data set names (Moscow's killing
    // fields to Kolyma, Khalkhin Gol, the Turkish border), projected: the frame is their bounding box.
    static const std::array<GeoPoint, 9> corners = {{
        {21.5, 50.0}, // the Polish border of 1939-1941 near Przemyśl
        {27.0, 68.0}, // the Finnish border
        {34.0, 70.0}, // the Kola peninsula
        {55.0, 77.5}, // Novaya Zemlya
        {105.0, 78.5}, // Severnaya Zemlya
        {180.0, 71.5}, // Wrangel Island
        {190.5, 66.0}, // the Bering Strait
        {59.0, 35.0}, // the Afghan border at Kushka
        {146.0, 43.0}, // the southern Kurils
    }};
    QRectF box;
    for (const GeoPoint &corner : corners) {
        const QPointF p = MapProjection::forward(corner);
        box = box.isNull() ? QRectF(p, QSizeF(0.001, 0.001)) : box.united(QRectF(p, QSizeF(0.001, 0.001)));
    }
    // Room for the whole Black Sea and the Baltic coast beyond the western border.
    // The Pamirs and the Afghan border lie lowest on the cone, Franz Josef Land highest.
    for (const GeoPoint &p : {GeoPoint {27.0, 40.5}, GeoPoint {20.0, 43.0}, GeoPoint {16.0, 55.0},
             GeoPoint {73.0, 36.0}, GeoPoint {58.0, 81.5}, GeoPoint {100.0, 81.0}})
        box = box.united(QRectF(MapProjection::forward(p), QSizeF(0.001, 0.001)));
    const double margin = 0.03 * box.width();
    return box.adjusted(-margin, -margin, margin, margin);
}

} // namespace khronika
