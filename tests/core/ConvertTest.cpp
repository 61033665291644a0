// khronika-convert's core: imports keep dates at their precision, eras, the title, groups, media and
// Cyrillic; what is imported loads with warnings only; exports give every shared field back; every row
// that cannot be read is an error at its line and column, and the rest imports.
#include "core/Convert.h"
#include "core/ConvertExtras.h"
#include "core/DataSetLoader.h"

#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace khronika;
using namespace Qt::StringLiterals;

namespace {

const QString kSample = QStringLiteral("timelinejs-sample.csv");

QByteArray sampleBytes()
{
    QFile f(QStringLiteral(KHRONIKA_FIXTURES "/convert/timelinejs-sample.csv"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

ImportResult importSample(GroupAs groupAs = GroupAs::Category)
{
    return importTimeline(ConvertFormat::TimelineJsCsv, sampleBytes(), kSample, groupAs, 2026);
}

QStringList errors(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &x : d.all()) {
        if (x.severity == Diagnostic::Severity::Error)
            out << x.toString();
    }
    return out;
}

const Event *eventById(const DataSet &data, const QString &id)
{
    for (const Event &e : data.events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

// The fields a TimelineJS slide and a Khronika event both have, as one comparable text per event.
QStringList sharedFields(const DataSet &data)
{
    QHash<QString, QString> categories;
    for (const Category &c : data.categories)
        categories.insert(c.id, c.title);
    QStringList out;
    out << u"title: "_s + data.title << u"description: "_s + data.description;
    for (const Event &e : data.events) {
        const ConvertExtras x = extrasOf(e);
        out << QStringList {e.title, e.date.toIso(), e.end ? e.end->toIso() : QString(), e.summary,
            e.category == QLatin1StringView(kUncategorised) ? QString() : categories.value(e.category), x.media,
            x.mediaCredit, x.mediaCaption, x.mediaThumbnail, x.displayDate, x.time, x.endTime, x.background}
                   .join(u'|');
    }
    for (const Period &p : data.periods)
        out << QStringList {QStringLiteral("era"), p.title, p.from.toIso(), p.to.toIso(), p.description}.join(u'|');
    return out;
}

// Writes `data` as a data set folder in `dir` and loads it back as khronika-check would.
LoadResult writeAndLoad(const DataSet &data, const QTemporaryDir &dir, const QString &name)
{
    QString error;
    const QString folder = dir.filePath(name);
    EXPECT_TRUE(writeDataSetFolder(data, folder, &error)) << error.toStdString();
    return DataSetLoader::loadDirectory(folder);
}

} // namespace

TEST(ConvertImport, TimelineJsSheetKeepsPrecisionErasTitleAndMedia)
{
    const ImportResult r = importSample();
    EXPECT_EQ(r.entriesRead, 10);
    EXPECT_EQ(r.entriesImported, 9);
    EXPECT_EQ(r.data.title, QStringLiteral("The USSR, 1924–1934: a class timeline"));
    EXPECT_EQ(r.data.description,
        QStringLiteral(
            "Made by a class in a TimelineJS sheet, with \"quotes\", commas and two lines:\nthe second line."));
    ASSERT_EQ(r.data.events.size(), 6U);
    ASSERT_EQ(r.data.periods.size(), 2U);
    EXPECT_EQ(r.data.periods[0].id, QStringLiteral("new-economic-policy"));
    EXPECT_EQ(r.data.periods[0].from.toIso(), QStringLiteral("1921-03"));
    EXPECT_EQ(r.data.periods[0].to.toIso(), QStringLiteral("1928"));
    EXPECT_EQ(r.data.periodFrom.toIso(), QStringLiteral("1921-03"));
    EXPECT_EQ(r.data.periodTo.toIso(), QStringLiteral("1934-02-10"));

    const Event *famine = eventById(r.data, QStringLiteral("famine"));
    ASSERT_NE(famine, nullptr);
    EXPECT_EQ(famine->date.precision, Date::Precision::Year);
    EXPECT_EQ(famine->end->toIso(), QStringLiteral("1933"));
    EXPECT_EQ(famine->category, QLatin1StringView(kUncategorised));
    const Event *trotsky = eventById(r.data, QStringLiteral("trotsky-expelled-from-the-ussr"));
    ASSERT_NE(trotsky, nullptr);
    EXPECT_EQ(trotsky->date.toIso(), QStringLiteral("1929-02"));
    EXPECT_FALSE(trotsky->end.has_value());

    // Cyrillic titles give transliterated ids, and a repeated title a numbered one.
    const Event *shakhty = eventById(r.data, QStringLiteral("shakhtinskoe-delo"));
    ASSERT_NE(shakhty, nullptr);
    EXPECT_EQ(shakhty->title, QStringLiteral("Шахтинское дело"));
    EXPECT_EQ(shakhty->category, QStringLiteral("sudy"));
    EXPECT_NE(eventById(r.data, QStringLiteral("party-congress")), nullptr);
    EXPECT_NE(eventById(r.data, QStringLiteral("party-congress-2")), nullptr);

    const Event *lenin = eventById(r.data, QStringLiteral("death-of-lenin"));
    ASSERT_NE(lenin, nullptr);
    EXPECT_EQ(lenin->importance, 2);
    EXPECT_EQ(lenin->category, QStringLiteral("party"));
    const ConvertExtras x = extrasOf(*lenin);
    EXPECT_EQ(x.media, QStringLiteral("https://example.org/media/lenin-funeral.jpg"));
    EXPECT_EQ(x.mediaCredit, QStringLiteral("Example Archive"));
    EXPECT_EQ(x.mediaCaption, QStringLiteral("The funeral, 27 January 1924"));
    EXPECT_EQ(x.displayDate, QStringLiteral("Winter 1924"));
    EXPECT_EQ(x.time, QStringLiteral("18:50"));
    EXPECT_EQ(x.background, QStringLiteral("#333333"));
    // The picture is for the class; how the sheet displayed the slide is for the authors only.
    EXPECT_TRUE(lenin->notes.contains(QStringLiteral("Media credit: Example Archive")));
    EXPECT_TRUE(lenin->authorNote.contains(QStringLiteral("TimelineJS display date: Winter 1924")));

    // Every event cites the imported file, marked unverified.
    ASSERT_EQ(r.data.sources.size(), 1U);
    EXPECT_EQ(r.data.sources[0].id, QStringLiteral("imported-timelinejs-sample"));
    EXPECT_TRUE(r.data.sources[0].authorNote.startsWith(QStringLiteral("Unverified")));
    for (const Event &e : r.data.events) {
        ASSERT_EQ(e.sources.size(), 1U);
        EXPECT_EQ(e.sources[0].ref, QStringLiteral("imported-timelinejs-sample"));
    }

    // The broken row is named by its row and column, at its line and column; the rest imports.
    EXPECT_EQ(errors(r.diagnostics),
        QStringList {QStringLiteral(
            "timelinejs-sample.csv:10:6: error: row 9, column 'Month': '13' is not a month (1 to 12); the row is "
            "left out")});
}

TEST(ConvertImport, GroupsBecomeFactionsWhenAsked)
{
    const ImportResult r = importSample(GroupAs::Faction);
    ASSERT_EQ(r.data.factions.size(), 2U);
    EXPECT_EQ(r.data.factions[0].id, QStringLiteral("party"));
    EXPECT_EQ(r.data.factions[0].from.toIso(), QStringLiteral("1924-01-21"));
    EXPECT_EQ(r.data.factions[1].name, QStringLiteral("Суды"));
    EXPECT_NE(r.data.factions[0].colour, r.data.factions[1].colour);
    const Event *lenin = eventById(r.data, QStringLiteral("death-of-lenin"));
    ASSERT_NE(lenin, nullptr);
    EXPECT_EQ(lenin->factions, std::vector<QString> {QStringLiteral("party")});
    EXPECT_EQ(lenin->category, QLatin1StringView(kUncategorised));
    ASSERT_EQ(r.data.categories.size(), 1U);
}

TEST(ConvertImport, ImportedDataSetLoadsWithWarningsOnly)
{
    QTemporaryDir dir;
    for (const GroupAs groupAs : {GroupAs::Category, GroupAs::Faction}) {
        const LoadResult loaded
            = writeAndLoad(importSample(groupAs).data, dir, groupAs == GroupAs::Faction ? u"f"_s : u"c"_s);
        EXPECT_TRUE(loaded.ok()) << errors(loaded.diagnostics).join(u'\n').toStdString();
        EXPECT_FALSE(loaded.ioFailure);
        // The unverified source and each event citing it without a page are warned about.
        EXPECT_GE(loaded.diagnostics.warningCount(), 7);
        EXPECT_EQ(loaded.data.events.size(), 6U);
        EXPECT_EQ(loaded.data.periods.size(), 2U);
    }
}

TEST(ConvertImport, WritingRefusesAFolderThatHoldsADataSet)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeDataSetFolder(importSample().data, dir.filePath(u"a"_s), &error)) << error.toStdString();
    EXPECT_FALSE(writeDataSetFolder(importSample().data, dir.filePath(u"a"_s), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already holds a data set")));
}

// Import, write, load as khronika-check does, export, import again: every field both formats have is kept.
TEST(ConvertRoundTrip, TimelineJsCsvAndJsonKeepEverySharedField)
{
    QTemporaryDir dir;
    const ImportResult first = importSample();
    const LoadResult loaded = writeAndLoad(first.data, dir, u"sample"_s);
    ASSERT_TRUE(loaded.ok());
    const QStringList expected = sharedFields(first.data);
    EXPECT_EQ(sharedFields(loaded.data), expected);
    for (const ConvertFormat format : {ConvertFormat::TimelineJsCsv, ConvertFormat::TimelineJsJson}) {
        SCOPED_TRACE(formatName(format).toStdString());
        const QByteArray exported = exportTimeline(format, loaded.data, GroupAs::Category);
        const ImportResult again = importTimeline(format, exported, u"again"_s, GroupAs::Category, 2026);
        EXPECT_EQ(errors(again.diagnostics), QStringList());
        EXPECT_EQ(sharedFields(again.data), expected);
    }
    // JSON keeps the ids too, as TimelineJS's unique_id.
    const ImportResult json = importTimeline(ConvertFormat::TimelineJsJson,
        exportTimeline(ConvertFormat::TimelineJsJson, loaded.data, GroupAs::Category), u"again"_s, GroupAs::Category,
        2026);
    for (size_t i = 0; i < json.data.events.size(); ++i)
        EXPECT_EQ(json.data.events[i].id, loaded.data.events[i].id);
}

TEST(ConvertRoundTrip, FactionsGoBackAsGroups)
{
    QTemporaryDir dir;
    const ImportResult first = importSample(GroupAs::Faction);
    const LoadResult loaded = writeAndLoad(first.data, dir, u"sample"_s);
    ASSERT_TRUE(loaded.ok());
    const QByteArray csv = exportTimeline(ConvertFormat::TimelineJsCsv, loaded.data, GroupAs::Faction);
    const ImportResult again = importTimeline(ConvertFormat::TimelineJsCsv, csv, u"again"_s, GroupAs::Faction, 2026);
    ASSERT_EQ(again.data.events.size(), first.data.events.size());
    for (size_t i = 0; i < first.data.events.size(); ++i)
        EXPECT_EQ(again.data.events[i].factions, first.data.events[i].factions);
}

TEST(ConvertImport, EveryBadRowIsNamedAtItsLineAndColumnAndTheRestImports)
{
    const QByteArray sheet = "Year,Month,Day,End Year,End Month,End Day,Headline,Text,Type\n"
                             "1930,2,30,,,,Thirtieth of February,No such day.,\n"
                             "1930,,5,,,,A day without a month,x,\n"
                             "1930,5,1,1929,,,Ends before it starts,x,\n"
                             "1930,5,1,,,,A slide of an unknown type,x,slide\n"
                             "1930,5,1,,,,,No headline.,\n"
                             "19x0,,,,,,A year that is not a number,x,\n"
                             "1931,,,,,,\"A good row, with a comma\",x,\n"
                             "1932,,,,,,\"A quote never closed,x,\n";
    const ImportResult r = importTimeline(ConvertFormat::TimelineJsCsv, sheet, u"bad.csv"_s, GroupAs::Category, 2026);
    EXPECT_EQ(errors(r.diagnostics),
        (QStringList {
            u"bad.csv:2:8: error: row 2, column 'Day': '30' is not a day of 1930-02; the row is left out"_s,
            u"bad.csv:3:7: error: row 3, column 'Day': a day without a month; the row is left out"_s,
            u"bad.csv:4:10: error: row 4, column 'End Year': it ends (1929) before it starts (1930-05-01); the row is "
            u"left out"_s,
            u"bad.csv:5:42: error: row 5, column 'Type': 'slide' is not 'title', 'era' or empty; the row is left out"_s,
            u"bad.csv:6:13: error: row 6, column 'Headline': an event needs a headline; the row is left out"_s,
            u"bad.csv:7:1: error: row 7, column 'Year': '19x0' is not a year from 1 to 9999; the row is left out"_s,
            u"bad.csv:9:11: error: a quote opened here is never closed: the rest of the file cannot be read"_s,
        }));
    ASSERT_EQ(r.data.events.size(), 1U);
    EXPECT_EQ(r.data.events[0].title, QStringLiteral("A good row, with a comma"));
}

TEST(ConvertImport, ASheetWithoutTheColumnsOrNotInUtf8IsRefusedAtItsStart)
{
    const ImportResult noYear
        = importTimeline(ConvertFormat::TimelineJsCsv, "Date,Headline\n1930,x\n", u"a.csv"_s, GroupAs::Category, 2026);
    EXPECT_EQ(errors(noYear.diagnostics),
        QStringList {u"a.csv:1:1: error: the header row has no 'year' column: is this a TimelineJS sheet?"_s});
    EXPECT_TRUE(noYear.data.events.empty());
    const ImportResult latin1 = importTimeline(
        ConvertFormat::TimelineJsCsv, "Year,Headline\n1930,Caf\xe9\n", u"b.csv"_s, GroupAs::Category, 2026);
    EXPECT_EQ(errors(latin1.diagnostics),
        QStringList {u"b.csv:1:1: error: the file is not UTF-8 text: save it from the spreadsheet as CSV UTF-8"_s});
    EXPECT_TRUE(latin1.data.events.empty());
}

TEST(ConvertImport, TimelineJsJsonErrorsNameTheSlideAndField)
{
    const QByteArray json = R"({"events": [
        {"start_date": {"year": "1930", "month": "13"}, "text": {"headline": "Bad month"}},
        {"start_date": {"year": 1931}, "text": {"headline": "Good", "text": "A year as a number."}}
    ]})";
    const ImportResult r = importTimeline(ConvertFormat::TimelineJsJson, json, u"t.json"_s, GroupAs::Category, 2026);
    EXPECT_EQ(errors(r.diagnostics),
        QStringList {u"t.json:2:78: error: events[0] (Bad month), start_date.month: '13' is not a month (1 to 12); "
                     u"it is left out"_s});
    ASSERT_EQ(r.data.events.size(), 1U);
    EXPECT_EQ(r.data.events[0].date.toIso(), QStringLiteral("1931"));

    const ImportResult broken = importTimeline(
        ConvertFormat::TimelineJsJson, "{\n  \"events\": [,]\n}", u"u.json"_s, GroupAs::Category, 2026);
    ASSERT_FALSE(errors(broken.diagnostics).isEmpty());
    EXPECT_TRUE(errors(broken.diagnostics).front().startsWith(u"u.json:2:"_s))
        << errors(broken.diagnostics).front().toStdString();
}

TEST(ConvertImport, PlainCsvKeepsPeopleAndCitesItsSourcesUnverified)
{
    const QByteArray csv
        = "date,end,title,summary,group,people,source\n"
          "1927-12-02,1927-12-19,15th Party Congress,The opposition is expelled.,Party,"
          "Stalin; Trotsky,\"Deutscher, The Prophet Unarmed, 1959 | Carr, Foundations of a Planned Economy, 1969\"\n"
          "1929-13,,Bad date,x,,,\n"
          "1930,,Collectivisation,Mass collectivisation.,,,\n";
    const ImportResult r = importTimeline(ConvertFormat::PlainCsv, csv, u"plain.csv"_s, GroupAs::Category, 2026);
    EXPECT_EQ(errors(r.diagnostics),
        QStringList {u"plain.csv:3:1: error: row 3, column 'date': '1929-13' is not a date (YYYY, YYYY-MM or "
                     u"YYYY-MM-DD); the row is left out"_s});
    ASSERT_EQ(r.data.events.size(), 2U);
    EXPECT_EQ(extrasOf(r.data.events[0]).people, QStringLiteral("Stalin; Trotsky"));
    ASSERT_EQ(r.data.sources.size(), 3U);
    const Source &cited = r.data.sources[1];
    EXPECT_EQ(cited.title, QStringLiteral("Deutscher, The Prophet Unarmed, 1959"));
    EXPECT_EQ(cited.year, 1959);
    EXPECT_TRUE(cited.authorNote.startsWith(QStringLiteral("Unverified")));
    ASSERT_EQ(r.data.events[0].sources.size(), 2U);
    EXPECT_EQ(r.data.events[0].sources[0].ref, cited.id);
    EXPECT_EQ(r.data.sources[2].year, 1969);
    EXPECT_EQ(r.data.events[1].sources[0].ref, r.data.sources[0].id);

    QTemporaryDir dir;
    const LoadResult loaded = writeAndLoad(r.data, dir, u"plain"_s);
    EXPECT_TRUE(loaded.ok()) << errors(loaded.diagnostics).join(u'\n').toStdString();
    const QString exported = QString::fromUtf8(exportTimeline(ConvertFormat::PlainCsv, loaded.data, GroupAs::Category));
    EXPECT_EQ(exported,
        u"date,end,title,summary,group,people,source\r\n"
        u"1927-12-02,1927-12-19,15th Party Congress,The opposition is expelled.,Party,\"Stalin; Trotsky\","
        u"\"Deutscher, The Prophet Unarmed, 1959 | Carr, Foundations of a Planned Economy, 1969\"\r\n"
        u"1930,,Collectivisation,Mass collectivisation.,,,\r\n"_s);
}

TEST(ConvertImport, TimelineXmlFilesGiveEventsErasAndCategories)
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                           "<timeline>\n"
                           "  <version>2.4.0</version>\n"
                           "  <categories><category><name>Party</name><color>255,0,0</color></category></categories>\n"
                           "  <events>\n"
                           "    <event>\n"
                           "      <start>1927-12-02 00:00:00</start>\n"
                           "      <end>1927-12-19 00:00:00</end>\n"
                           "      <text>15th Congress</text>\n"
                           "      <category>Party</category>\n"
                           "      <description>The opposition is expelled.</description>\n"
                           "    </event>\n"
                           "    <event>\n"
                           "      <start>1934-12-01 16:30:00</start>\n"
                           "      <end>1934-12-01 16:30:00</end>\n"
                           "      <text>Убийство Кирова</text>\n"
                           "      <description>Киров убит в Смольном.</description>\n"
                           "    </event>\n"
                           "    <event>\n"
                           "      <start>1935-02-30 00:00:00</start>\n"
                           "      <text>Bad date</text>\n"
                           "    </event>\n"
                           "  </events>\n"
                           "  <eras><era><name>NEP</name><start>1921-03-21 00:00:00</start>"
                           "<end>1928-10-01 00:00:00</end></era></eras>\n"
                           "</timeline>\n";
    const ImportResult r = importTimeline(ConvertFormat::TimelineXml, xml, u"t.timeline"_s, GroupAs::Category, 2026);
    ASSERT_EQ(r.data.events.size(), 2U);
    EXPECT_EQ(r.data.events[0].end->toIso(), QStringLiteral("1927-12-19"));
    EXPECT_EQ(r.data.events[0].category, QStringLiteral("party"));
    EXPECT_EQ(r.data.events[1].id, QStringLiteral("ubiystvo-kirova"));
    EXPECT_FALSE(r.data.events[1].end.has_value()); // Timeline's end equal to the start is no span
    EXPECT_EQ(extrasOf(r.data.events[1]).time, QStringLiteral("16:30"));
    ASSERT_EQ(r.data.periods.size(), 1U);
    EXPECT_EQ(r.data.periods[0].to.toIso(), QStringLiteral("1928-10-01"));
    ASSERT_EQ(errors(r.diagnostics).size(), 1) << errors(r.diagnostics).join(u'\n').toStdString();
    EXPECT_TRUE(errors(r.diagnostics).front().startsWith(u"t.timeline:20:"_s))
        << errors(r.diagnostics).front().toStdString();
    EXPECT_TRUE(errors(r.diagnostics).front().contains(u"event 3, <start>: '1935-02-30 00:00:00' is not a date"_s));

    const ImportResult notXml
        = importTimeline(ConvertFormat::TimelineXml, "<timeline><events>", u"n.timeline"_s, GroupAs::Category, 2026);
    EXPECT_FALSE(notXml.ok());
}

TEST(ConvertExport, ICalendarGivesAllDayEntriesAtTheirPrecision)
{
    const ImportResult r = importSample();
    const QString ics = QString::fromUtf8(exportTimeline(ConvertFormat::ICalendar, r.data, GroupAs::Category));
    EXPECT_TRUE(ics.startsWith(u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"_s));
    EXPECT_TRUE(ics.endsWith(u"END:VCALENDAR\r\n"_s));
    // A year is the whole year, a month the whole month; DTEND is the day after the last.
    EXPECT_TRUE(ics.contains(u"UID:famine@khronika\r\nDTSTAMP:"_s));
    EXPECT_TRUE(ics.contains(u"DTSTART;VALUE=DATE:19320101\r\nDTEND;VALUE=DATE:19340101\r\n"_s));
    EXPECT_TRUE(ics.contains(u"DTSTART;VALUE=DATE:19290201\r\nDTEND;VALUE=DATE:19290301\r\n"_s));
    EXPECT_TRUE(ics.contains(u"DTSTART;VALUE=DATE:19240121\r\nDTEND;VALUE=DATE:19240122\r\n"_s));
    EXPECT_TRUE(ics.contains(u"DESCRIPTION:Date: 1932 – 1933\\nFamine in Ukraine\\, Kazakhstan"_s));
    EXPECT_TRUE(ics.contains(u"SUMMARY:Шахтинское дело\r\n"_s));
    EXPECT_TRUE(ics.contains(u"CATEGORIES:Суды\r\n"_s));
    EXPECT_EQ(ics.count(u"BEGIN:VEVENT"_s), 6);
    // Lines are folded at 75 octets, never inside a character.
    for (const QString &line : ics.split(u"\r\n"_s))
        EXPECT_LE(line.toUtf8().size(), 75) << line.toStdString();
    EXPECT_FALSE(ics.contains(QChar::ReplacementCharacter));
}

// The shipped data set goes out in every format and what comes back in loads without errors: long
// citations make valid ids, and every event survives.
TEST(ConvertRoundTrip, BuiltInDataSetGoesOutAndComesBackWithoutErrors)
{
    const LoadResult builtin = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_DATA_DIR));
    ASSERT_TRUE(builtin.ok());
    QTemporaryDir dir;
    for (const ConvertFormat format :
        {ConvertFormat::TimelineJsCsv, ConvertFormat::TimelineJsJson, ConvertFormat::PlainCsv}) {
        SCOPED_TRACE(formatName(format).toStdString());
        const QByteArray exported = exportTimeline(format, builtin.data, GroupAs::Category);
        const ImportResult back = importTimeline(format, exported, u"ussr"_s, GroupAs::Category, 2026);
        EXPECT_EQ(errors(back.diagnostics), QStringList());
        EXPECT_EQ(back.data.events.size(), builtin.data.events.size());
        const LoadResult loaded = writeAndLoad(back.data, dir, formatName(format));
        EXPECT_EQ(errors(loaded.diagnostics), QStringList());
        EXPECT_EQ(loaded.data.events.size(), builtin.data.events.size());
    }
    const QString ics = QString::fromUtf8(exportTimeline(ConvertFormat::ICalendar, builtin.data, GroupAs::Category));
    EXPECT_EQ(ics.count(u"BEGIN:VEVENT\r\n"_s), qsizetype(builtin.data.events.size()));
    for (const QString &line : ics.split(u"\r\n"_s))
        ASSERT_LE(line.toUtf8().size(), 75) << line.toStdString();
    // Unfolded, every summary is there whole, escaped as RFC 5545 asks.
    const QString unfolded = QString(ics).replace(u"\r\n "_s, QString());
    for (const Event &e : builtin.data.events) {
        QString escaped = e.summary;
        escaped.replace(u"\\"_s, u"\\\\"_s)
            .replace(u";"_s, u"\\;"_s)
            .replace(u","_s, u"\\,"_s)
            .replace(u"\n"_s, u"\\n"_s);
        ASSERT_TRUE(unfolded.contains(escaped)) << e.id.toStdString();
    }
}

// Titles with nothing to transliterate still give ids, and a sheet cut off anywhere (inside a quote, inside a
// character) is read as far as it goes, without a crash.
TEST(ConvertImport, OddTitlesAndCutSheetsAreReadAsFarAsTheyGo)
{
    const ImportResult odd = importTimeline(ConvertFormat::TimelineJsCsv,
        "Year,Headline,Text\n1930,明治,x\n1931,!!!,x\n1932,Tour de France,x\n", u"odd.csv"_s, GroupAs::Category, 2026);
    ASSERT_EQ(odd.data.events.size(), 3U);
    EXPECT_EQ(odd.data.events[0].id, QStringLiteral("event"));
    EXPECT_EQ(odd.data.events[1].id, QStringLiteral("event-2"));
    EXPECT_EQ(odd.data.events[2].id, QStringLiteral("tour-de-france"));

    const QByteArray sheet = sampleBytes();
    const QByteArray json = exportTimeline(ConvertFormat::TimelineJsJson, importSample().data, GroupAs::Category);
    for (qsizetype n = 0; n <= sheet.size(); ++n) {
        const ImportResult r
            = importTimeline(ConvertFormat::TimelineJsCsv, sheet.left(n), u"cut.csv"_s, GroupAs::Category, 2026);
        EXPECT_LE(r.entriesImported, r.entriesRead);
        EXPECT_LE(r.data.events.size(), 6U);
        // Every problem has its place: the file, a line and a column.
        for (const QString &e : errors(r.diagnostics))
            EXPECT_TRUE(e.contains(QRegularExpression(u"^cut\\.csv:[1-9][0-9]*:[1-9][0-9]*: error: "_s)))
                << e.toStdString();
    }
    for (qsizetype n = 0; n < json.size(); n += 7) {
        const ImportResult r
            = importTimeline(ConvertFormat::TimelineJsJson, json.left(n), u"cut.json"_s, GroupAs::Category, 2026);
        EXPECT_FALSE(r.ok()) << n; // a cut JSON document is never whole
    }
}

// The explorer exports what is in view: the events and eras that overlap it.
TEST(ConvertExport, PartWithinKeepsWhatOverlapsTheView)
{
    const DataSet data = importSample().data;
    const DayRange view {Date::parse(u"1928-07-01")->firstDay(), Date::parse(u"1929-12-31")->lastDay()};
    const DataSet part = partWithin(data, view);
    QStringList ids;
    for (const Event &e : part.events)
        ids << e.id;
    EXPECT_EQ(ids, (QStringList {u"shakhtinskoe-delo"_s, u"trotsky-expelled-from-the-ussr"_s}));
    ASSERT_EQ(part.periods.size(), 2U); // NEP to 1928, the plan from October 1928
    EXPECT_EQ(part.periodFrom.toIso(), QStringLiteral("1928-07-01"));
    EXPECT_EQ(part.periodTo.toIso(), QStringLiteral("1929-12-31"));
    EXPECT_EQ(part.sources.size(), data.sources.size());
}
