// Places (issue 21): where events happened, and the areas they happened in. The loader reads them, the
// checker holds events to them with errors at file:line:col, and they travel into translations and JSON.
#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "core/Timeline.h"
#include "core/Translation.h"

#include "TestData.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace khronika;
using namespace khronika::test;

namespace {

// Lines 3-14 declare four places; `morePlaces` go after them, then one event (dated `date`) with
// `eventLines` (each indented four spaces) after its sources.
QByteArray records(const QByteArray &eventLines, const QByteArray &date = "1932", const QByteArray &morePlaces = {})
{
    return QByteArrayLiteral(R"(sources:
  - { id: book, author: A. Historian, title: A Book, year: 1990, url: "https://example.org/book" }
places:
  - { id: moscow, name: Moscow, lat: 55.75, lon: 37.62, precision: town, sources: [book] }
  - id: kuban
    name: Kuban
    lat: 45.3
    lon: 39.5
    precision: area
    outline: [[46.5, 37.5], [46.5, 41.5], [44.0, 41.5], [44.0, 37.5]]
    notes: The outline is approximate.
    sources: [book]
  - { id: magnitogorsk, name: Magnitogorsk, lat: 53.41, lon: 59.0, precision: town, named_from: 1929-06, sources: [book] }
  - { id: mexico-city, name: Mexico City, lat: 19.43, lon: -99.13, precision: town, inset: true, sources: [book] }
)") + morePlaces
        + QByteArrayLiteral(R"(events:
  - id: e
    title: T
    date: )")
        + date + QByteArrayLiteral(R"(
    category: trial
    importance: 1
    summary: S.
    sources: [book]
)") + eventLines;
}

// The first line after the event's sources, when no places are added.
constexpr int kEventExtraLine = 23;

QString error(int line, int column, const QString &message)
{
    return QStringLiteral("records.yaml:%1:%2: error: %3").arg(line).arg(column).arg(message);
}

// The 1-based column of `token` in `line`.
int columnOf(const QByteArray &line, const char *token)
{
    return int(line.indexOf(token)) + 1;
}

} // namespace

TEST(Places, LoadsPlacesAndPlacedEvents)
{
    const LoadResult r = loadWithRecords(records("    place: moscow\n    region: kuban\n"));
    ASSERT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    ASSERT_EQ(r.data.places.size(), 4u);
    const Place &kuban = r.data.places[1];
    EXPECT_EQ(kuban.precision, Place::Precision::Area);
    ASSERT_EQ(kuban.outline.size(), 4u);
    EXPECT_EQ(kuban.outline[1], (std::pair {46.5, 41.5}));
    EXPECT_EQ(kuban.notes, u"The outline is approximate."_qs);
    EXPECT_EQ(kuban.location.line, 5);
    const Place &magnitogorsk = r.data.places[2];
    ASSERT_TRUE(magnitogorsk.namedFrom.has_value());
    EXPECT_EQ(magnitogorsk.namedFrom->toIso(), u"1929-06"_qs);
    EXPECT_DOUBLE_EQ(magnitogorsk.latitude, 53.41);
    EXPECT_DOUBLE_EQ(magnitogorsk.longitude, 59.0);
    EXPECT_TRUE(magnitogorsk.outline.empty());
    EXPECT_TRUE(r.data.places[3].inset);
    EXPECT_DOUBLE_EQ(r.data.places[3].longitude, -99.13);
    EXPECT_FALSE(r.data.places[0].inset);

    const Event &e = r.data.events[0];
    EXPECT_EQ(e.place, u"moscow"_qs);
    EXPECT_EQ(e.region, u"kuban"_qs);
    EXPECT_TRUE(e.route.empty());

    const Timeline t(r.data);
    EXPECT_EQ(t.placeCount(), 4);
    ASSERT_EQ(t.placeIndex(u"magnitogorsk"_qs), 2);
    EXPECT_EQ(t.place(t.placeIndex(u"magnitogorsk"_qs)).name, u"Magnitogorsk"_qs);
    EXPECT_EQ(t.placeIndex(u"atlantis"_qs), -1);
}

TEST(Places, ARouteKeepsItsOrder)
{
    const LoadResult r = loadWithRecords(records("    places: [moscow, magnitogorsk, mexico-city]\n", "1940"));
    ASSERT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    EXPECT_EQ(r.data.events[0].route, (std::vector<QString> {u"moscow"_qs, u"magnitogorsk"_qs, u"mexico-city"_qs}));
    EXPECT_TRUE(r.data.events[0].place.isEmpty());
}

TEST(Places, AnUnknownPlaceIsAnErrorWhereItIsNamed)
{
    const LoadResult r
        = loadWithRecords(records("    place: atlantis\n    places: [moscow, el-dorado]\n    region: lyonesse\n"));
    EXPECT_EQ(messages(r),
        (QStringList {
            error(kEventExtraLine, 12, u"unknown place 'atlantis': no place with this id is in the data set"_qs),
            error(kEventExtraLine + 1, 22, u"unknown place 'el-dorado': no place with this id is in the data set"_qs),
            error(kEventExtraLine + 2, 13, u"unknown place 'lyonesse': no place with this id is in the data set"_qs)}));
}

TEST(Places, ARouteNeedsTwoPlaces)
{
    const LoadResult one = loadWithRecords(records("    places: [moscow]\n"));
    EXPECT_EQ(messages(one),
        QStringList {error(kEventExtraLine, 13,
            u"a route (places) needs at least two places, from and to; one place is `place: id`"_qs)});
    const LoadResult twice = loadWithRecords(records("    places: [moscow, moscow]\n"));
    EXPECT_EQ(messages(twice),
        QStringList {error(
            kEventExtraLine, 22, u"the route goes from 'moscow' to 'moscow': a stop is named twice in a row"_qs)});
}

TEST(Places, ARegionMustBeAnArea)
{
    const LoadResult r = loadWithRecords(records("    region: moscow\n"));
    EXPECT_EQ(messages(r),
        QStringList {error(kEventExtraLine, 13,
            u"region 'moscow' is a town, not an area: a region must be a place of precision area (or write place: "
            "'moscow')"_qs)});
}

TEST(Places, AnEventBeforeThePlaceHadItsNameIsAnError)
{
    const LoadResult before = loadWithRecords(records("    place: magnitogorsk\n", "1928-05-01"));
    EXPECT_EQ(messages(before),
        QStringList {error(kEventExtraLine, 12,
            u"the event (1928-05-01) comes before 'magnitogorsk' had that name (named_from 1929-06)"_qs)});
    // A year that takes in the day the name began may be the year it was named in.
    EXPECT_TRUE(messages(loadWithRecords(records("    place: magnitogorsk\n", "1929"))).isEmpty());
    // The rule holds on routes too.
    const LoadResult route = loadWithRecords(records("    places: [moscow, magnitogorsk]\n", "1929-05"));
    EXPECT_EQ(messages(route),
        QStringList {error(kEventExtraLine, 22,
            u"the event (1929-05) comes before 'magnitogorsk' had that name (named_from 1929-06)"_qs)});
}

TEST(Places, APlaceOffTheMainMapMustBeAnInset)
{
    const QByteArray coyoacan
        = "  - { id: coyoacan, name: Coyoacan, lat: 19.35, lon: -99.16, precision: site, sources: [book] }\n";
    const LoadResult r = loadWithRecords(records({}, "1932", coyoacan));
    EXPECT_EQ(messages(r),
        QStringList {error(15, columnOf(coyoacan, "19.35"),
            u"place 'coyoacan' (19.35 N, -99.16 E) lies outside the main map (latitude 30 to 85 N, longitude 15 to "
            "190 E): mark the place inset: true to draw it in an inset"_qs)});
    // Chukotka lies west of the antimeridian: -171 is 189 east, on the map.
    const QByteArray lavrentiya
        = "  - { id: lavrentiya, name: Lavrentiya, lat: 65.58, lon: -171.0, precision: town, sources: [book] }\n";
    const LoadResult chukotka = loadWithRecords(records({}, "1932", lavrentiya));
    EXPECT_TRUE(messages(chukotka).isEmpty()) << messages(chukotka).join(u'\n').toStdString();
    // An area's outline is held to the map as its label point is.
    const QByteArray area = "  - { id: south, name: South, lat: 40, lon: 60, precision: area, outline: [[40, 60], [41, "
                            "61], [29.5, 62]], sources: [book] }\n";
    const LoadResult outline = loadWithRecords(records({}, "1932", area));
    ASSERT_EQ(messages(outline).size(), 1) << messages(outline).join(u'\n').toStdString();
    EXPECT_EQ(messages(outline)[0],
        error(15, columnOf(area, "[29.5"),
            u"a point of the outline of 'south' (29.5 N, 62 E) lies outside the main map (latitude 30 to 85 N, "
            "longitude 15 to 190 E): mark the place inset: true to draw it in an inset"_qs));
}

TEST(Places, BadCoordinatesPrecisionAndOutlinesAreErrorsAtTheirPlace)
{
    const QByteArray bad = "  - { id: bad, name: Bad, lat: 95, lon: east, precision: city, sources: [book] }\n";
    const LoadResult r = loadWithRecords(records({}, "1932", bad));
    EXPECT_EQ(messages(r),
        (QStringList {error(15, columnOf(bad, "95"), u"lat must be a number of degrees from -90 to 90, found '95'"_qs),
            error(15, columnOf(bad, "east"), u"lon must be a number of degrees from -180 to 180, found 'east'"_qs),
            error(15, columnOf(bad, "city"), u"precision 'city' is not site, town or area"_qs)}));

    const QByteArray noOutline
        = "  - { id: steppe, name: Steppe, lat: 50, lon: 70, precision: area, sources: [book] }\n";
    EXPECT_EQ(messages(loadWithRecords(records({}, "1932", noOutline))),
        QStringList {error(15, 5, u"an area needs an outline of at least three [lat, lon] points"_qs)});

    const QByteArray townOutline = "  - { id: town, name: Town, lat: 50, lon: 70, precision: town, outline: [[50, 70], "
                                   "[51, 70], [51, 71]], sources: [book] }\n";
    EXPECT_EQ(messages(loadWithRecords(records({}, "1932", townOutline))),
        QStringList {error(15, columnOf(townOutline, "[[50"),
            u"only an area has an outline (precision: area); a town is a point"_qs)});

    const QByteArray notAPair = "  - { id: zone, name: Zone, lat: 50, lon: 70, precision: area, outline: [[50, 70], "
                                "[51, 70], [51, 71], 52], sources: [book] }\n";
    EXPECT_EQ(messages(loadWithRecords(records({}, "1932", notAPair))),
        QStringList {error(15, columnOf(notAPair, "52]"), u"each point of an outline must be [lat, lon]"_qs)});

    const QByteArray missing = "  - { id: nowhere, name: Nowhere, precision: town }\n";
    EXPECT_EQ(messages(loadWithRecords(records({}, "1932", missing))),
        (QStringList {error(15, 5, u"a place has no lat"_qs), error(15, 5, u"a place has no lon"_qs),
            error(15, 5, u"a place has no sources"_qs)}));
}

TEST(Places, ADuplicatePlaceIdIsAnError)
{
    const QByteArray again
        = "  - { id: moscow, name: Moscow again, lat: 55.75, lon: 37.62, precision: town, sources: [book] }\n";
    const LoadResult r = loadWithRecords(records({}, "1932", again));
    EXPECT_EQ(messages(r),
        QStringList {error(15, 5, u"duplicate place id 'moscow' (first declared at records.yaml:4:5)"_qs)});
}

TEST(Places, NamesAndNotesAreTranslated)
{
    auto files = minimalDataSet();
    files[u"records.yaml"_qs] = records("    place: moscow\n");
    files[u"dataset.yaml"_qs] += "languages: [en, ru]\nunfinished: [ru]\ntranslations: [ru/places.yaml]\n";
    files[u"ru/places.yaml"_qs] = QByteArrayLiteral(R"(language: ru
places:
  - { id: moscow, name: Москва }
  - { id: kuban, name: Кубань, notes: Границы приблизительны. }
  - { id: no-such-place, name: Нигде }
)");
    const LoadResult r = DataSetLoader::loadBuffers(files);
    EXPECT_EQ(
        messages(r), QStringList {u"ru/places.yaml:5:11: error: there is no place 'no-such-place' to translate"_qs});
    const DataSet russian = translated(r.data, u"ru"_qs);
    EXPECT_EQ(russian.places[0].name, u"Москва"_qs);
    EXPECT_EQ(russian.places[1].name, u"Кубань"_qs);
    EXPECT_EQ(russian.places[1].notes, u"Границы приблизительны."_qs);
    // A name with no translation stays in the source language, never blank.
    EXPECT_EQ(russian.places[2].name, u"Magnitogorsk"_qs);
    // The source keeps English, so that a search can match either.
    EXPECT_EQ(r.data.places[0].name, u"Moscow"_qs);

    bool listed = false;
    for (const TranslatableText &t : translatableTexts(r.data))
        listed = listed || t.key == u"places/magnitogorsk/name"_qs;
    EXPECT_TRUE(listed);
}

TEST(Places, TheJsonExportCarriesPlacesAndWhereEventsHappened)
{
    const LoadResult r = loadWithRecords(records("    places: [moscow, mexico-city]\n    region: kuban\n", "1940"));
    ASSERT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    const QJsonObject json = toJson(r.data);
    const QJsonArray places = json.value(u"places").toArray();
    ASSERT_EQ(places.size(), 4);
    const QJsonObject kuban = places[1].toObject();
    EXPECT_EQ(kuban.value(u"precision").toString(), u"area"_qs);
    EXPECT_EQ(kuban.value(u"outline").toArray().size(), 4);
    EXPECT_DOUBLE_EQ(kuban.value(u"outline").toArray()[0].toArray()[1].toDouble(), 37.5);
    EXPECT_EQ(places[2].toObject().value(u"named_from").toString(), u"1929-06"_qs);
    EXPECT_TRUE(places[3].toObject().value(u"inset").toBool());
    EXPECT_DOUBLE_EQ(places[3].toObject().value(u"lon").toDouble(), -99.13);
    const QJsonObject event = json.value(u"events").toArray()[0].toObject();
    EXPECT_EQ(event.value(u"places").toArray(), (QJsonArray {u"moscow"_qs, u"mexico-city"_qs}));
    EXPECT_EQ(event.value(u"region").toString(), u"kuban"_qs);
    EXPECT_FALSE(event.contains(u"place"));
    // A data set without places keeps the JSON it had.
    EXPECT_FALSE(toJson(DataSetLoader::loadBuffers(minimalDataSet()).data).contains(u"places"));
}
