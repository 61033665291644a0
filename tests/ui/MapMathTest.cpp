// The map view's pure math: projection, fit, the base map file, border periods, the time-window
// filter, clustering and hit-testing. Qt Core only.
#include "ui/view/BorderPeriods.h"
#include "ui/view/MapData.h"
#include "ui/view/MapMarkers.h"
#include "ui/view/MapProjection.h"

#include <QFile>
#include <QLineF>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace khronika;

namespace {

constexpr double kRadiusKm = 6371.0;
constexpr double kDegree = std::numbers::pi / 180;

double projectedDistance(GeoPoint a, GeoPoint b)
{
    return QLineF(MapProjection::forward(a), MapProjection::forward(b)).length();
}

Day dayOf(int y, int m, int d)
{
    return Date {y, m, d, Date::Precision::Day}.firstDay();
}

MapData realMap()
{
    QFile file(QStringLiteral(KHRONIKA_MAP_FILE));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    auto data = MapData::parse(file.readAll(), &error);
    EXPECT_TRUE(data) << error.toStdString();
    return data ? *data : MapData {};
}

} // namespace

TEST(MapProjection, OriginAndCentralMeridian)
{
    const QPointF origin = MapProjection::forward({100.0, 56.0});
    EXPECT_NEAR(origin.x(), 0.0, 1e-9);
    EXPECT_NEAR(origin.y(), 0.0, 1e-9);
    // The central meridian is the vertical axis; north is up.
    const QPointF north = MapProjection::forward({100.0, 70.0});
    EXPECT_NEAR(north.x(), 0.0, 1e-9);
    EXPECT_GT(north.y(), 0.0);
    // West of it is left; the map is symmetric about it.
    const QPointF moscow = MapProjection::forward({37.62, 55.75});
    const QPointF mirror = MapProjection::forward({162.38, 55.75});
    EXPECT_LT(moscow.x(), 0.0);
    EXPECT_NEAR(moscow.x(), -mirror.x(), 1e-6);
    EXPECT_NEAR(moscow.y(), mirror.y(), 1e-6);
}

TEST(MapProjection, TrueToScaleOnTheStandardParallels)
{
    for (double latitude : {52.0, 64.0}) {
        EXPECT_NEAR(MapProjection::scaleFactor(latitude), 1.0, 1e-12) << latitude;
        // A short step along the parallel is as long on the map as on the sphere.
        const double onSphere = kRadiusKm * std::cos(latitude * kDegree) * 0.01 * kDegree;
        EXPECT_NEAR(projectedDistance({60.0, latitude}, {60.01, latitude}) / onSphere, 1.0, 1e-4) << latitude;
    }
    // Between the standard parallels the map is slightly too small, outside them too large.
    EXPECT_LT(MapProjection::scaleFactor(58.0), 1.0);
    EXPECT_GT(MapProjection::scaleFactor(58.0), 0.98);
    EXPECT_GT(MapProjection::scaleFactor(40.0), 1.0);
}

TEST(MapProjection, ConformalAtKnownTowns)
{
    // Magnitogorsk, Vorkuta, Alma-Ata, Magadan: a step north and a step east are scaled alike.
    for (GeoPoint p :
        {GeoPoint {59.06, 53.41}, GeoPoint {64.0, 67.5}, GeoPoint {76.95, 43.25}, GeoPoint {150.8, 59.56}}) {
        const double step = 0.001;
        const double east = projectedDistance(p, {p.longitude + step, p.latitude})
            / (kRadiusKm * std::cos(p.latitude * kDegree) * step * kDegree);
        const double north = projectedDistance(p, {p.longitude, p.latitude + step}) / (kRadiusKm * step * kDegree);
        EXPECT_NEAR(east / north, 1.0, 1e-4);
        EXPECT_NEAR(east, MapProjection::scaleFactor(p.latitude), 1e-4);
    }
}

TEST(MapProjection, MoscowToVladivostokKeepsItsBearingOrder)
{
    // Known distances on the sphere: Moscow-Leningrad is about 634 km along a great circle; the map
    // shows it within the scale factor there (0.98-1.01).
    const double d = projectedDistance({37.62, 55.75}, {30.32, 59.94});
    EXPECT_GT(d, 634 * 0.985);
    EXPECT_LT(d, 634 * 1.01);
}

TEST(MapProjection, InverseRoundTrips)
{
    for (GeoPoint p : {GeoPoint {37.62, 55.75}, GeoPoint {30.32, 59.94}, GeoPoint {131.9, 43.1}, GeoPoint {190.0, 66.0},
             GeoPoint {29.12, 40.86}, GeoPoint {260.87, 19.43}, GeoPoint {100.0, 56.0}, GeoPoint {15.0, 30.0}}) {
        const GeoPoint back = MapProjection::inverse(MapProjection::forward(p));
        EXPECT_NEAR(back.longitude, p.longitude, 1e-9) << p.longitude << ' ' << p.latitude;
        EXPECT_NEAR(back.latitude, p.latitude, 1e-9) << p.longitude << ' ' << p.latitude;
    }
    // West of 80 W comes back east of 180 (Mexico City, far off the main map, is drawn in an inset).
    EXPECT_NEAR(MapProjection::inverse(MapProjection::forward({-99.13, 19.43})).longitude, 260.87, 1e-9);
}

TEST(MapFit, FitsKeepingTheAspectAndCentring)
{
    const QRectF world(-1000, -500, 2000, 1000); // 2:1, y from -500 (south) to 500 (north)
    const MapFit fit = MapFit::fit(world, QRectF(0, 0, 400, 400));
    EXPECT_DOUBLE_EQ(fit.pixelsPerKm(), 0.2);
    // North-west corner at the top left of the used band, centred vertically (100 px above and below).
    EXPECT_NEAR(fit.toPixel({-1000, 500}).x(), 0.0, 1e-9);
    EXPECT_NEAR(fit.toPixel({-1000, 500}).y(), 100.0, 1e-9);
    EXPECT_NEAR(fit.toPixel({1000, -500}).x(), 400.0, 1e-9);
    EXPECT_NEAR(fit.toPixel({1000, -500}).y(), 300.0, 1e-9);
    const QPointF back = fit.toWorld(fit.toPixel({123, -45}));
    EXPECT_NEAR(back.x(), 123, 1e-9);
    EXPECT_NEAR(back.y(), -45, 1e-9);
    // A degenerate rectangle leaves the identity rather than dividing by zero.
    EXPECT_DOUBLE_EQ(MapFit::fit(world, QRectF()).pixelsPerKm(), 1.0);
}

TEST(MapFit, HomeViewHoldsTheUssr)
{
    const QRectF home = homeViewKm();
    for (GeoPoint p : {GeoPoint {37.62, 55.75}, GeoPoint {150.8, 59.56}, GeoPoint {186.0, 66.0}, GeoPoint {23.7, 52.1},
             GeoPoint {62.2, 35.3}})
        EXPECT_TRUE(home.contains(MapProjection::forward(p))) << p.longitude << ' ' << p.latitude;
    EXPECT_GT(home.width(), home.height());
}

TEST(MapData, ReadsTheBaseMap)
{
    const MapData map = realMap();
    for (const char *name :
        {"land", "lakes", "rivers", "inset/istanbul/land", "inset/mexico/land", "border/asia", "border/dniester"})
        ASSERT_NE(map.layer(QString::fromLatin1(name)), nullptr) << name;
    const MapLayer &land = *map.layer(u"land");
    const MapLayer &lakes = *map.layer(u"lakes");
    EXPECT_TRUE(land.areas);
    EXPECT_FALSE(map.layer(u"rivers")->areas);
    // Towns on land, seas not.
    EXPECT_TRUE(layerContains(land, {37.62, 55.75})); // Moscow
    EXPECT_TRUE(layerContains(land, {150.8, 59.6})); // Magadan
    EXPECT_TRUE(layerContains(land, {186.0, 66.0})); // Chukotka, written east of 180
    EXPECT_FALSE(layerContains(land, {50.0, 42.0})); // the Caspian
    EXPECT_FALSE(layerContains(land, {34.0, 43.5})); // the Black Sea
    // Lake Baikal and the Aral Sea as it was, not today's shrunken sea (whose west basin is all that is left).
    EXPECT_TRUE(layerContains(lakes, {108.0, 53.5}));
    EXPECT_TRUE(layerContains(lakes, {60.5, 45.0}));
    // The Rybinsk reservoir (filled from 1941) is not drawn.
    EXPECT_FALSE(layerContains(lakes, {38.3, 58.5}));
    for (const BorderPeriod &period : borderPeriods())
        for (const QString &layer : period.layers)
            EXPECT_NE(map.layer(QStringLiteral("border/") + layer), nullptr) << layer.toStdString();
}

TEST(MapData, RejectsBrokenFiles)
{
    QString error;
    EXPECT_FALSE(MapData::parse(QByteArrayLiteral("GIF89a"), &error));
    EXPECT_TRUE(error.contains(u"KHMP")) << error.toStdString();

    QFile file(QStringLiteral(KHRONIKA_MAP_FILE));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    // Cut anywhere, the file is refused with the byte named; never read past the end.
    for (qsizetype cut : {qsizetype(8), qsizetype(9), qsizetype(100), whole.size() / 2, whole.size() - 1}) {
        error.clear();
        EXPECT_FALSE(MapData::parse(whole.left(cut), &error)) << cut;
        EXPECT_TRUE(error.contains(u"at byte")) << error.toStdString();
    }
    EXPECT_FALSE(MapData::parse(whole + QByteArrayLiteral("x"), &error));
}

TEST(BorderPeriods, ChangeOnTheDaysOfTheTreaties)
{
    EXPECT_EQ(borderPeriodAt(dayOf(1932, 6, 1)).id, u"interwar");
    EXPECT_EQ(borderPeriodAt(dayOf(1939, 9, 16)).id, u"interwar");
    EXPECT_EQ(borderPeriodAt(dayOf(1939, 9, 17)).id, u"poland-1939");
    EXPECT_EQ(borderPeriodAt(dayOf(1940, 3, 12)).id, u"poland-1939");
    EXPECT_EQ(borderPeriodAt(dayOf(1940, 3, 13)).id, u"finland-1940");
    EXPECT_EQ(borderPeriodAt(dayOf(1940, 6, 27)).id, u"finland-1940");
    EXPECT_EQ(borderPeriodAt(dayOf(1940, 6, 28)).id, u"bessarabia-1940");
    EXPECT_EQ(borderPeriodAt(dayOf(1940, 8, 5)).id, u"bessarabia-1940");
    EXPECT_EQ(borderPeriodAt(dayOf(1940, 8, 6)).id, u"baltic-1940");
    EXPECT_EQ(borderPeriodAt(dayOf(1941, 6, 22)).id, u"baltic-1940");
    EXPECT_EQ(borderPeriodAt(dayOf(1900, 1, 1)).id, u"interwar");
}

TEST(BorderPeriods, TheDniesterGivesWayToThePrut)
{
    const auto has = [](const char *period, const char *layer) {
        for (const BorderPeriod &p : borderPeriods())
            if (p.id == QLatin1StringView(period))
                return p.layers.contains(QLatin1StringView(layer));
        ADD_FAILURE() << period;
        return false;
    };
    EXPECT_TRUE(has("interwar", "dniester"));
    EXPECT_FALSE(has("interwar", "bug-1939"));
    EXPECT_TRUE(has("poland-1939", "bug-1939"));
    EXPECT_FALSE(has("poland-1939", "finland-1940"));
    EXPECT_TRUE(has("finland-1940", "finland-1940"));
    EXPECT_FALSE(has("finland-1940", "finland-1920-middle"));
    EXPECT_FALSE(has("bessarabia-1940", "dniester"));
    EXPECT_TRUE(has("bessarabia-1940", "romania-1940"));
    EXPECT_TRUE(has("baltic-1940", "east-prussia-1940"));
}

TEST(MapTimeFilter, ShowsTheWindowAndDimsWhatWasOver)
{
    const DayRange window {dayOf(1932, 1, 1), dayOf(1933, 12, 31)};
    const Day cursor = dayOf(1933, 1, 1);
    EXPECT_EQ(mapAge({dayOf(1931, 1, 1), dayOf(1931, 12, 31)}, window, cursor), MapAge::Hidden);
    EXPECT_EQ(mapAge({dayOf(1934, 1, 1), dayOf(1934, 1, 1)}, window, cursor), MapAge::Hidden);
    EXPECT_EQ(mapAge({dayOf(1932, 3, 1), dayOf(1932, 3, 1)}, window, cursor), MapAge::Older);
    EXPECT_EQ(mapAge({dayOf(1932, 12, 31), dayOf(1932, 12, 31)}, window, cursor), MapAge::Older);
    EXPECT_EQ(mapAge({dayOf(1933, 1, 1), dayOf(1933, 1, 1)}, window, cursor), MapAge::Current);
    // A span that began before the window and is still going at the cursor: shown in full.
    EXPECT_EQ(mapAge({dayOf(1930, 1, 1), dayOf(1934, 1, 1)}, window, cursor), MapAge::Current);
    // Ends on the window's first day: still in the window.
    EXPECT_EQ(mapAge({dayOf(1931, 6, 1), dayOf(1932, 1, 1)}, window, cursor), MapAge::Older);
}

TEST(MapMarkers, DenseMarkersCollapseIntoCounts)
{
    std::vector<MapMarker> markers = {
        {0, {100, 100}, 1, false},
        {1, {104, 102}, 3, false}, // the important one anchors the cluster
        {2, {200, 100}, 2, false},
        {3, {108, 100}, 2, true},
        {4, {300, 300}, 1, true},
    };
    const auto clusters = clusterMarkers(markers, 10);
    ASSERT_EQ(clusters.size(), 3u);
    EXPECT_EQ(clusters[0].anchor, QPointF(104, 102));
    EXPECT_EQ(clusters[0].members, (std::vector<int> {1, 0, 3}));
    EXPECT_FALSE(clusters[0].allOlder);
    EXPECT_EQ(clusters[1].members, (std::vector<int> {2}));
    EXPECT_EQ(clusters[2].members, (std::vector<int> {4}));
    EXPECT_TRUE(clusters[2].allOlder);
    // Far enough apart, nothing merges.
    EXPECT_EQ(clusterMarkers(markers, 1).size(), markers.size());
    EXPECT_TRUE(clusterMarkers({}, 10).empty());
}

TEST(MapMarkers, HitTestingFindsTheNearestWithinReach)
{
    const std::vector<MapCluster> clusters
        = {{{100, 100}, {0}, false}, {{110, 100}, {1}, false}, {{400, 400}, {2}, false}};
    EXPECT_EQ(hitTestClusters(clusters, {103, 100}, 8), 0);
    EXPECT_EQ(hitTestClusters(clusters, {107, 101}, 8), 1);
    EXPECT_EQ(hitTestClusters(clusters, {398, 403}, 8), 2);
    EXPECT_EQ(hitTestClusters(clusters, {250, 250}, 8), -1);
    EXPECT_EQ(hitTestClusters({}, {0, 0}, 8), -1);
}
