// The map view on a small data set with places: which markers it draws for a window, dimming,
// counts, clicking, reveal mode, the border period and the view dump.
#include "ui/map/MapView.h"
#include "ui/MainWindow.h"
#include "ui/export/Exporter.h"
#include "ui/export/ViewDump.h"
#include "ui/state/ViewState.h"
#include "ui/view/BorderPeriods.h"

#include "TestData.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLineF>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace khronika;
using namespace khronika::test;

namespace {

const QByteArray kRecords = QByteArrayLiteral(R"(sources:
  - { id: book, author: A. Historian, title: A Book, year: 1990, url: "https://example.org/book" }
places:
  - { id: moscow, name: Moscow, lat: 55.75, lon: 37.62, precision: town, sources: [book] }
  - id: kuban
    name: Kuban
    lat: 45.3
    lon: 39.5
    precision: area
    outline: [[46.5, 37.5], [46.5, 41.5], [44.0, 41.5], [44.0, 37.5]]
    sources: [book]
  - { id: magnitogorsk, name: Magnitogorsk, lat: 53.41, lon: 59.0, precision: town, sources: [book] }
  - { id: alma-ata, name: Alma-Ata, lat: 43.25, lon: 76.95, precision: town, sources: [book] }
  - { id: prinkipo, name: Prinkipo, lat: 40.86, lon: 29.12, precision: town, inset: true, sources: [book] }
events:
  - { id: trial-a, title: Trial A, date: 1932-03-01, category: trial, importance: 1, summary: S., sources: [book], place: moscow }
  - { id: trial-b, title: Trial B, date: 1932-05-01, category: trial, importance: 2, summary: S., sources: [book], place: moscow }
  - { id: famine, title: Famine, date: 1932-11, category: trial, importance: 3, summary: S., sources: [book], region: kuban }
  - { id: exile, title: Exile, date: 1929-01, category: trial, importance: 2, summary: S., sources: [book], places: [alma-ata, prinkipo] }
  - { id: furnace, title: Furnace, date: 1933-02-01, category: trial, importance: 2, summary: S., sources: [book], place: magnitogorsk }
  - { id: congress, title: Congress, date: 1932-06-01, category: congress, importance: 2, summary: S., sources: [book] }
)");

Day dayOf(int y, int m, int d)
{
    return Date {y, m, d, Date::Precision::Day}.firstDay();
}

class MapViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const LoadResult r = loadWithRecords(kRecords);
        ASSERT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
        timeline = std::make_shared<const Timeline>(r.data);
        state = std::make_unique<ViewState>(timeline);
        state->setWindow(double(dayOf(1932, 1, 1)), double(dayOf(1934, 1, 1)));
        state->setCursor(dayOf(1933, 1, 1));
        view = std::make_unique<MapView>(state.get());
        view->setTheme(Theme::light());
        view->resize(1000, 700);
    }

    void paint()
    {
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        view->paintMap(p, view->size());
    }

    std::vector<QString> drawnEvents() const
    {
        std::vector<QString> ids;
        for (const MapMarker &m : view->markers())
            ids.push_back(timeline->event(m.event).id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    const MapMarker &markerOf(const char *id) const
    {
        const int e = timeline->eventIndex(QString::fromLatin1(id));
        const auto it = std::find_if(
            view->markers().begin(), view->markers().end(), [e](const MapMarker &m) { return m.event == e; });
        EXPECT_NE(it, view->markers().end()) << id;
        return *it;
    }

    std::shared_ptr<const Timeline> timeline;
    std::unique_ptr<ViewState> state;
    std::unique_ptr<MapView> view;
};

} // namespace

TEST_F(MapViewTest, TheBuiltInMapLoads)
{
    const MapData &map = MapView::baseMap();
    EXPECT_NE(map.layer(u"land"), nullptr);
    EXPECT_GT(map.layer(u"land")->parts.size(), 100u);
}

TEST_F(MapViewTest, DrawsThePlacedEventsOfTheWindowAndDimsTheOlder)
{
    paint();
    // The exile of 1929 is outside the window; the congress has no place.
    EXPECT_EQ(drawnEvents(), (std::vector<QString> {u"famine"_qs, u"furnace"_qs, u"trial-a"_qs, u"trial-b"_qs}));
    EXPECT_TRUE(markerOf("trial-a").older);
    EXPECT_TRUE(markerOf("famine").older);
    EXPECT_FALSE(markerOf("furnace").older);
    // Moscow lies north of the Kuban and west of Magnitogorsk, on screen as on the globe.
    EXPECT_LT(markerOf("trial-a").position.y(), markerOf("famine").position.y());
    EXPECT_LT(markerOf("trial-a").position.x(), markerOf("furnace").position.x());

    state->setCursor(dayOf(1932, 1, 1));
    paint();
    EXPECT_FALSE(markerOf("trial-a").older);
}

TEST_F(MapViewTest, TwoEventsInOneTownAreOneCount)
{
    paint();
    const auto &clusters = view->clusters();
    const auto moscow
        = std::find_if(clusters.begin(), clusters.end(), [&](const MapCluster &c) { return c.members.size() == 2; });
    ASSERT_NE(moscow, clusters.end());
    EXPECT_EQ(clusters.size(), 3u);
    // The more important trial anchors the count.
    EXPECT_EQ(timeline->event(view->markers()[size_t(moscow->members.front())].event).id, u"trial-b");
}

TEST_F(MapViewTest, ClickingAMarkerSelectsItsEventAndClickingAgainTheNext)
{
    paint();
    const QPoint moscow = markerOf("trial-a").position.toPoint();
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, moscow);
    EXPECT_EQ(state->selectedEvent(), timeline->eventIndex(u"trial-b"_qs));
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, moscow);
    EXPECT_EQ(state->selectedEvent(), timeline->eventIndex(u"trial-a"_qs));
    // Off every marker, nothing changes.
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, QPoint(5, 5));
    EXPECT_EQ(state->selectedEvent(), timeline->eventIndex(u"trial-a"_qs));
}

TEST_F(MapViewTest, TheSelectedEventShowsItsPlaceEvenOutsideTheWindow)
{
    state->setSelectedEvent(timeline->eventIndex(u"exile"_qs));
    state->setWindow(double(dayOf(1932, 1, 1)), double(dayOf(1934, 1, 1)));
    paint();
    const MapMarker &exile = markerOf("exile");
    // A route ends at its last place: Prinkipo, drawn in the Istanbul inset in the bottom right.
    EXPECT_EQ(exile.position, view->pixelOf({29.12, 40.86}));
    EXPECT_GT(exile.position.x(), view->width() / 2);
    EXPECT_GT(exile.position.y(), view->height() / 2);
}

TEST_F(MapViewTest, RevealModeHidesWhatComesNext)
{
    state->setRevealUntil(dayOf(1932, 6, 30));
    paint();
    EXPECT_EQ(drawnEvents(), (std::vector<QString> {u"trial-a"_qs, u"trial-b"_qs}));
    // Nor does the border give the future away.
    state->setCursor(dayOf(1940, 7, 1));
    state->setRevealUntil(dayOf(1939, 9, 1));
    EXPECT_EQ(view->borderPeriod().id, u"interwar");
    state->setRevealUntil(std::nullopt);
    EXPECT_EQ(view->borderPeriod().id, u"bessarabia-1940");
}

TEST_F(MapViewTest, TheBorderFollowsTheCursor)
{
    state->setCursor(dayOf(1939, 9, 16));
    EXPECT_EQ(view->borderPeriod().id, u"interwar");
    state->setCursor(dayOf(1939, 9, 17));
    EXPECT_EQ(view->borderPeriod().id, u"poland-1939");
    state->setCursor(dayOf(1940, 8, 10));
    EXPECT_EQ(view->borderPeriod().id, u"baltic-1940");
}

TEST_F(MapViewTest, TheDumpListsMarkersWithTheirPlacesAndTheBorderPeriod)
{
    view->show();
    paint();
    ViewDump dump(view.get());
    view->dumpView(dump);
    const QJsonObject map = dump.sectionValue(u"map"_qs);
    EXPECT_EQ(map.value(u"borderPeriod").toString(), u"interwar");
    const QJsonArray markers = map.value(u"markers").toArray();
    ASSERT_EQ(markers.size(), 4);
    QStringList places;
    for (const QJsonValue &m : markers)
        places << m.toObject().value(u"place").toString();
    places.sort();
    EXPECT_EQ(places, (QStringList {u"kuban"_qs, u"magnitogorsk"_qs, u"moscow"_qs, u"moscow"_qs}));
    EXPECT_EQ(dump.textsOfKind(u"map-count"_qs).size(), 1u);
    EXPECT_EQ(dump.textsOfKind(u"map-legend"_qs).size(), 1u);
}

TEST(MapViewWindow, MapOptionShowsTheMapDock)
{
    MainWindow window(builtinTimeline());
    ExplorerOptions options;
    options.size = QSize(1024, 768);
    options.map = true;
    window.apply(options);
    EXPECT_TRUE(window.isMapVisible());
    window.setMapVisible(false);
    EXPECT_FALSE(window.isMapVisible());
}

TEST_F(MapViewTest, ZoomKeepsThePointUnderThePointer)
{
    paint();
    const QPointF moscow = view->pixelOf({37.62, 55.75});
    const QPointF magnitogorsk = view->pixelOf({59.0, 53.41});
    view->zoomAt(moscow, 3.0);
    paint();
    EXPECT_NEAR(QLineF(view->pixelOf({37.62, 55.75}), moscow).length(), 0.0, 0.5);
    // Three times closer: Magnitogorsk three times as far from Moscow on screen.
    EXPECT_NEAR(QLineF(view->pixelOf({59.0, 53.41}), moscow).length(), 3 * QLineF(magnitogorsk, moscow).length(), 1.0);
    EXPECT_DOUBLE_EQ(view->zoom(), 3.0);
    view->resetZoom();
    paint();
    EXPECT_NEAR(QLineF(view->pixelOf({37.62, 55.75}), moscow).length(), 0.0, 0.5);
    // Never further out than the whole map.
    view->zoomAt(moscow, 0.5);
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
}

// Every built-in town and site stands on the map's land or within 0.08° of its coast: a port (Vladivostok on
// its bay) or a small island (Prinkipo) that the 1:50m coast leaves out. Further out to sea is a wrong
// coordinate. Insets are checked against their own land.
TEST(MapViewBuiltIn, EveryPlaceStandsOnLand)
{
    const auto timeline = builtinTimeline();
    const MapData &map = MapView::baseMap();
    const MapLayer *land = map.layer(u"land");
    ASSERT_NE(land, nullptr);
    int checked = 0;
    for (int i = 0; i < timeline->placeCount(); ++i) {
        const Place &place = timeline->place(i);
        if (place.precision == Place::Precision::Area)
            continue;
        GeoPoint point {place.longitude, place.latitude};
        const MapLayer *layer = land;
        if (place.inset)
            layer = map.layer(place.longitude < 0 ? u"inset/mexico/land" : u"inset/istanbul/land");
        else if (point.longitude < -150)
            point.longitude += 360;
        ASSERT_NE(layer, nullptr) << place.id.toStdString();
        bool onLand = layerContains(*layer, point);
        for (const auto &ring : layer->parts) {
            for (size_t k = 0; k + 1 < ring.size() && !onLand; ++k) {
                const QPointF a(ring[k].longitude, ring[k].latitude);
                const QPointF d = QPointF(ring[k + 1].longitude, ring[k + 1].latitude) - a;
                const QPointF p(point.longitude, point.latitude);
                const double length2 = QPointF::dotProduct(d, d);
                const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
                onLand = QLineF(p, a + t * d).length() <= 0.08;
            }
        }
        EXPECT_TRUE(onLand) << place.id.toStdString() << " at " << place.latitude << ", " << place.longitude;
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

namespace {

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The exported PNG is the asked size and has each marker the pane shows where the pane shows it, in
// its colour; nothing else of the window is in it.
TEST_F(MapViewTest, ExportsAPngWithTheMarkersWhereThePaneDrawsThem)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"map.png"_qs);
    QString error;
    ASSERT_TRUE(Exporter::exportMap(*view, Theme::light(), file, QSize(1000, 700), &error)) << error.toStdString();
    QImage image;
    ASSERT_TRUE(image.load(file));
    EXPECT_EQ(image.size(), QSize(1000, 700));
    paint(); // the pane at the same size: the same layout
    const QColor neutral = Theme::light().neutralEvent;
    const MapMarker &furnace = markerOf("furnace"); // current, alone, no faction: the neutral colour
    const QColor atFurnace = image.pixelColor(furnace.position.toPoint());
    EXPECT_NEAR(atFurnace.red(), neutral.red(), 8);
    EXPECT_NEAR(atFurnace.green(), neutral.green(), 8);
    EXPECT_NEAR(atFurnace.blue(), neutral.blue(), 8);
    // Away from the marker, the land or sea.
    const QColor beside = image.pixelColor((furnace.position + QPointF(40, 0)).toPoint());
    EXPECT_GT(std::abs(beside.lightness() - neutral.lightness()), 40);
}

TEST_F(MapViewTest, ExportsAnSvgThatParsesAndNamesTheSelectedEvent)
{
    state->setSelectedEvent(timeline->eventIndex(u"furnace"_qs));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"map.svg"_qs);
    QString error;
    ASSERT_TRUE(Exporter::exportMap(*view, Theme::light(), file, QSize(1200, 800), &error)) << error.toStdString();
    QXmlStreamReader xml(readAll(file));
    qsizetype longestPath = 0;
    QStringList texts;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == u"path")
            longestPath = std::max(longestPath, xml.attributes().value(QStringLiteral("d")).size());
        if (xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, u"svg");
    // The coasts are lines (thousands of points), not a picture of them.
    EXPECT_GT(longestPath, 20000);
    EXPECT_FALSE(readAll(file).contains("<image"));
    EXPECT_TRUE(texts.contains(u"Furnace"_qs)) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(u"Magnitogorsk"_qs)) << texts.join(u'|').toStdString();
    // The markers: the neutral colour of an event with no faction is a fill.
    EXPECT_TRUE(readAll(file).contains("fill=\"" + Theme::light().neutralEvent.name().toLatin1() + "\""));
}

TEST_F(MapViewTest, ExportsAPdfPageOfTheAskedSize)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"map.pdf"_qs);
    QString error;
    ASSERT_TRUE(Exporter::exportMap(*view, Theme::light(), file, QSize(1200, 800), &error)) << error.toStdString();
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    // 1200 x 800 px at 96 dpi: 900 x 600 pt.
    EXPECT_TRUE(QRegularExpression(u"/MediaBox \\[0 0 900(\\.0+)? 600(\\.0+)?\\]"_qs)
                    .match(QString::fromLatin1(pdf))
                    .hasMatch());
    EXPECT_GT(pdf.size(), 20000);
}

TEST_F(MapViewTest, AnExportKeepsTheZoomOfThePaneAndRefusesUnknownFormats)
{
    paint();
    view->zoomAt(view->pixelOf({37.62, 55.75}), 4.0);
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(Exporter::exportMap(*view, Theme::light(), dir.filePath(u"zoomed.png"_qs), QSize(1000, 700), &error));
    view->resetZoom();
    ASSERT_TRUE(Exporter::exportMap(*view, Theme::light(), dir.filePath(u"whole.png"_qs), QSize(1000, 700), &error));
    EXPECT_NE(QImage(dir.filePath(u"zoomed.png"_qs)), QImage(dir.filePath(u"whole.png"_qs)));
    EXPECT_FALSE(Exporter::exportMap(*view, Theme::light(), dir.filePath(u"map.doc"_qs), QSize(1000, 700), &error));
    EXPECT_TRUE(error.contains(u"unknown format"_qs)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"map.doc"_qs)));
}

// A screen reader finds each marker as a child of the map, named by its event, with its date and
// place; arrow keys move the keyboard's marker to the nearest one that way, Return selects it, and the
// selection is announced on the map. The keyboard's ring is never in an export.
TEST_F(MapViewTest, MarkersAreAccessibleChildrenAndTheKeysMoveBetweenThem)
{
    view->show();
    paint();
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(view.get());
    ASSERT_TRUE(map);
    EXPECT_EQ(map->role(), QAccessible::List);
    ASSERT_EQ(map->childCount(), 4);
    QStringList names;
    for (int i = 0; i < map->childCount(); ++i) {
        QAccessibleInterface *child = map->child(i);
        ASSERT_TRUE(child && child->isValid());
        EXPECT_EQ(map->indexOfChild(child), i);
        names << child->text(QAccessible::Name);
    }
    names.sort();
    EXPECT_EQ(names, (QStringList {u"Famine"_qs, u"Furnace"_qs, u"Trial A"_qs, u"Trial B"_qs}));
    QAccessibleInterface *furnace = map->child(view->markerOfEvent(timeline->eventIndex(u"furnace"_qs)));
    EXPECT_EQ(furnace->text(QAccessible::Description), u"1 February 1933, Magnitogorsk"_qs);
    QAccessibleInterface *trialA = map->child(view->markerOfEvent(timeline->eventIndex(u"trial-a"_qs)));
    EXPECT_TRUE(
        trialA->text(QAccessible::Description).contains(u"Moscow, over before the cursor, one of 2 events here"))
        << trialA->text(QAccessible::Description).toStdString();
    // Where a marker is drawn, the reader finds it.
    const QPoint atFurnace = view->mapToGlobal(markerOf("furnace").position.toPoint());
    EXPECT_EQ(map->childAt(atFurnace.x(), atFurnace.y()), furnace);

    // The keyboard: from the Kuban, east to Magnitogorsk, north-west to Moscow (the count, whose first
    // event is the more important trial), Return selects it and again the other trial.
    state->setSelectedEvent(timeline->eventIndex(u"famine"_qs));
    view->setFocus();
    QApplication::processEvents();
    EXPECT_EQ(view->focusedEvent(), timeline->eventIndex(u"famine"_qs));
    QTest::keyClick(view.get(), Qt::Key_Right);
    EXPECT_EQ(view->focusedEvent(), timeline->eventIndex(u"furnace"_qs));
    EXPECT_EQ(map->focusChild(), furnace);
    QTest::keyClick(view.get(), Qt::Key_Left);
    QTest::keyClick(view.get(), Qt::Key_Up);
    EXPECT_EQ(view->focusedEvent(), timeline->eventIndex(u"trial-b"_qs));
    QTest::keyClick(view.get(), Qt::Key_Return);
    EXPECT_EQ(state->selectedEvent(), timeline->eventIndex(u"trial-b"_qs));
    EXPECT_TRUE(view->accessibleDescription().startsWith(u"Selected: Trial B, 1 May 1932, Moscow, selected"))
        << view->accessibleDescription().toStdString();
    QTest::keyClick(view.get(), Qt::Key_Return);
    EXPECT_EQ(state->selectedEvent(), timeline->eventIndex(u"trial-a"_qs));
    EXPECT_TRUE(map->child(view->markerOfEvent(state->selectedEvent()))->state().selected);
    // Nothing further up: the keyboard's marker stays.
    QTest::keyClick(view.get(), Qt::Key_Up);
    EXPECT_EQ(view->focusedEvent(), timeline->eventIndex(u"trial-a"_qs));

    // The ring shows on screen and not in a file.
    QImage focused(view->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&focused);
        view->paintMap(p, view->size());
    }
    QImage exported(view->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&exported);
        view->paintForExport(p, view->size());
    }
    const QRect ring
        = view->markerRect(view->markerOfEvent(view->focusedEvent())).adjusted(-4, -4, 4, 4).toAlignedRect();
    int differing = 0;
    for (int x = ring.left(); x <= ring.right(); ++x)
        differing += focused.pixel(x, ring.top()) != exported.pixel(x, ring.top());
    EXPECT_GT(differing, 3);
    view->clearFocus();
    QImage unfocused(view->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&unfocused);
        view->paintMap(p, view->size());
    }
    int stillDiffering = 0;
    for (int x = ring.left(); x <= ring.right(); ++x)
        stillDiffering += unfocused.pixel(x, ring.top()) != exported.pixel(x, ring.top());
    EXPECT_EQ(stillDiffering, 0);
}
