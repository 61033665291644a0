// A data set in two languages: the translation files' form, the checker's rules for them, and the data
// set given in one language with the source language where a text is missing.
#include "core/Translation.h"
#include "core/DataSetLoader.h"

#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace khronika;
using namespace khronika::test;

namespace {

// Every text of the minimal data set (TestData.cpp) in Russian.
const QByteArray kCompleteRussian = QByteArrayLiteral(R"(language: ru
dataset: { title: Тест }
categories:
  - { id: congress, title: Съезд }
  - { id: trial, title: Процесс }
offices:
  - { id: politburo, title: Член Политбюро }
  - { id: general-secretary, title: Генеральный секретарь }
factions:
  - { id: left, name: Левые, description: Левые. }
actors:
  - { id: stalin, name: Иосиф Сталин, summary: Генеральный секретарь. }
events:
  - id: congress-12
    title: XII съезд
    summary: Съезд.
    author_note: Translated for the test.
)");

// The minimal data set declaring `languages` (and `extra` lines of dataset.yaml), with ru/texts.yaml
// holding `russian`.
LoadResult loadBilingual(const QByteArray &russian, const QByteArray &languages = QByteArrayLiteral("[en, ru]"),
    const QByteArray &extra = {})
{
    auto files = minimalDataSet();
    files[QStringLiteral("dataset.yaml")] += "languages: " + languages + "\ntranslations: [ru/texts.yaml]\n" + extra;
    files[QStringLiteral("ru/texts.yaml")] = russian;
    return DataSetLoader::loadBuffers(files);
}

QString inRussianFile(int line, int column, const QString &message)
{
    return QStringLiteral("ru/texts.yaml:%1:%2: error: %3").arg(line).arg(column).arg(message);
}

} // namespace

TEST(Translation, ACompleteTranslationLoadsCleanAndKeepsBothLanguages)
{
    const LoadResult r = loadBilingual(kCompleteRussian);
    EXPECT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    EXPECT_EQ(r.data.languages, (QStringList {u"en"_qs, u"ru"_qs}));
    // The records keep the source language; the catalogue holds the other.
    EXPECT_EQ(r.data.events[0].title, u"12th Congress"_qs);
    const TextCatalogue &ru = r.data.translations.at(u"ru"_qs);
    EXPECT_EQ(ru.value(u"events/congress-12/title"_qs), u"XII съезд"_qs);
    EXPECT_EQ(ru.value(u"offices/general-secretary/title"_qs), u"Генеральный секретарь"_qs);
    EXPECT_EQ(ru.value(u"events/congress-12/author_note"_qs), u"Translated for the test."_qs);
    EXPECT_EQ(translationCoverage(r.data, u"ru"_qs).translated, translationCoverage(r.data, u"ru"_qs).total);
}

TEST(Translation, AMissingTranslationIsAWarningAtTheUntranslatedRecord)
{
    QByteArray russian = kCompleteRussian;
    russian.replace("    summary: Съезд.\n", "");
    russian.replace("  - { id: trial, title: Процесс }\n", "");
    const LoadResult r = loadBilingual(russian);
    EXPECT_EQ(r.diagnostics.errorCount(), 0) << messages(r).join(u'\n').toStdString();
    // The trial category is declared on dataset.yaml's line 6; the event starts on records.yaml's line 18.
    EXPECT_EQ(messages(r),
        (QStringList {u"dataset.yaml:6:5: warning: category 'trial' has no ru text for title"_qs,
            u"records.yaml:18:5: warning: event 'congress-12' has no ru text for summary"_qs}));
    const TranslationCoverage coverage = translationCoverage(r.data, u"ru"_qs);
    EXPECT_EQ(coverage.total - coverage.translated, 2);
}

TEST(Translation, AnUnfinishedLanguageIsNotReportedTextByText)
{
    const LoadResult r
        = loadBilingual(QByteArrayLiteral("language: ru\nevents:\n  - { id: congress-12, title: XII съезд }\n"),
            QByteArrayLiteral("[en, ru]"), QByteArrayLiteral("unfinished: [ru]\n"));
    EXPECT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    EXPECT_EQ(r.data.unfinishedLanguages, QStringList {u"ru"_qs});
    EXPECT_EQ(translationCoverage(r.data, u"ru"_qs).translated, 1);
}

TEST(Translation, ReportsUnknownRecordsFieldsAndStepsAtTheirPlace)
{
    const LoadResult r = loadBilingual(QByteArrayLiteral(R"(language: ru
events:
  - { id: no-such-event, title: Нет такого }
  - id: congress-12
    notes: У события нет заметки.
    titel: Опечатка
categories:
  - { id: congress, title: Съезд }
  - { id: congress, title: Съезд ещё раз }
)"),
        QByteArrayLiteral("[en, ru]"), QByteArrayLiteral("unfinished: [ru]\n"));
    const QStringList lines = messages(r);
    EXPECT_TRUE(lines.contains(inRussianFile(3, 11, u"there is no event 'no-such-event' to translate"_qs)))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(inRussianFile(5, 12, u"event 'congress-12' has no notes to translate"_qs)))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(inRussianFile(6, 5,
        u"unknown field 'titel' in a translated record of events (expected one of: id, source_hash, title, summary, "
        u"notes, "
        "misconception, author_note)"_qs)))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(inRussianFile(9, 28, u"title of category 'congress' is translated into ru twice"_qs)))
        << lines.join(u'\n').toStdString();
    EXPECT_EQ(r.diagnostics.errorCount(), 4) << lines.join(u'\n').toStdString();
}

TEST(Translation, AFileInALanguageNotDeclaredIsAnError)
{
    const LoadResult german
        = loadBilingual(QByteArrayLiteral("language: de\nevents:\n  - { id: congress-12, title: Parteitag }\n"));
    EXPECT_TRUE(messages(german).contains(
        inRussianFile(1, 11, u"language 'de' is not declared in dataset.yaml's languages (en, ru)"_qs)))
        << messages(german).join(u'\n').toStdString();
    // Its texts go nowhere.
    EXPECT_FALSE(german.data.translations.at(u"ru"_qs).contains(u"events/congress-12/title"_qs));

    const LoadResult english = loadBilingual(QByteArrayLiteral("language: en\n"));
    EXPECT_TRUE(messages(english).contains(
        inRussianFile(1, 11, u"'en' is the source language: its texts are the record files themselves"_qs)))
        << messages(english).join(u'\n').toStdString();

    auto files = minimalDataSet();
    files[QStringLiteral("dataset.yaml")] += "translations: [ru/texts.yaml]\n";
    files[QStringLiteral("ru/texts.yaml")] = kCompleteRussian;
    const LoadResult undeclared = DataSetLoader::loadBuffers(files);
    EXPECT_TRUE(messages(undeclared)
                    .contains(u"dataset.yaml:10:15: error: translation files need a second language in languages "
                              "(e.g. languages: [en, ru])"_qs))
        << messages(undeclared).join(u'\n').toStdString();
}

TEST(Translation, ReportsBadLanguageDeclarations)
{
    const LoadResult r = loadBilingual(
        kCompleteRussian, QByteArrayLiteral("[en, ru, ru, Russian]"), QByteArrayLiteral("unfinished: [en, uk]\n"));
    const QStringList lines = messages(r);
    EXPECT_TRUE(lines.contains(u"dataset.yaml:10:21: error: language 'ru' is declared twice"_qs))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(u"dataset.yaml:10:25: error: each entry of languages must be a language code of two or "
                               "three lower-case letters (en, ru), found 'Russian'"_qs))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(
        u"dataset.yaml:12:14: error: 'en' is the source language: its texts are the record files themselves"_qs))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(u"dataset.yaml:12:18: error: unfinished language 'uk' is not declared in languages"_qs))
        << lines.join(u'\n').toStdString();
}

TEST(Translation, TourStepsAreNamedByNumberAndStandingByDate)
{
    auto files = minimalDataSet();
    files[QStringLiteral("dataset.yaml")] += "languages: [en, ru]\nunfinished: [ru]\ntranslations: [ru/texts.yaml]\n";
    files[QStringLiteral("records.yaml")] += QByteArrayLiteral(R"(tours:
  - id: lesson
    title: A lesson
    steps:
      - { title: One, narration: First., events: [congress-12] }
      - { title: Two, narration: Second., events: [congress-12] }
)");
    files[QStringLiteral("ru/texts.yaml")] = QByteArrayLiteral(R"(language: ru
tours:
  - id: lesson
    title: Урок
    steps:
      - { step: 2, narration: Второй. }
      - { step: 3, narration: Третьего шага нет. }
actors:
  - id: stalin
    standing:
      - { date: 1930, reason: Точки с такой датой нет. }
)");
    const LoadResult r = DataSetLoader::loadBuffers(files);
    const QStringList lines = messages(r);
    EXPECT_EQ(lines,
        (QStringList {inRussianFile(7, 9, u"tour 'lesson' has no step 3 to translate"_qs),
            inRussianFile(11, 9, u"actor 'stalin' has no standing point dated 1930 to translate"_qs)}));
    const DataSet ru = translated(r.data, u"ru"_qs);
    ASSERT_EQ(ru.tours.size(), 1u);
    EXPECT_EQ(ru.tours[0].title, u"Урок"_qs);
    EXPECT_EQ(ru.tours[0].steps[0].narration, u"First."_qs);
    EXPECT_EQ(ru.tours[0].steps[1].narration, u"Второй."_qs);
    EXPECT_EQ(ru.tours[0].steps[1].title, u"Two"_qs);
}

TEST(Translation, TranslatedGivesOneLanguageWithEnglishWhereATextIsMissing)
{
    QByteArray russian = kCompleteRussian;
    russian.replace("    summary: Съезд.\n", "");
    const LoadResult r = loadBilingual(russian, QByteArrayLiteral("[en, ru]"), QByteArrayLiteral("unfinished: [ru]\n"));
    ASSERT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();

    const DataSet ru = translated(r.data, u"ru"_qs);
    EXPECT_EQ(ru.title, u"Тест"_qs);
    EXPECT_EQ(ru.events[0].title, u"XII съезд"_qs);
    EXPECT_EQ(ru.events[0].summary, u"A congress."_qs); // no Russian: the English stays
    EXPECT_EQ(ru.categories[1].title, u"Процесс"_qs);
    EXPECT_EQ(ru.officeKinds[1].title, u"Генеральный секретарь"_qs);
    EXPECT_EQ(ru.factions[0].name, u"Левые"_qs);
    EXPECT_EQ(ru.actors[0].name, u"Иосиф Сталин"_qs);
    // What is not text is untouched, and the catalogues stay for a search in both languages.
    EXPECT_EQ(ru.events[0].date, r.data.events[0].date);
    EXPECT_EQ(ru.events[0].id, r.data.events[0].id);
    EXPECT_EQ(ru.translations.size(), 1u);

    const DataSet en = translated(r.data, u"en"_qs);
    EXPECT_EQ(en.events[0].title, u"12th Congress"_qs);
    EXPECT_EQ(translated(r.data, u"de"_qs).title, u"Test"_qs);
}

TEST(Translation, ListsEveryTextAClassReadsAndNoAuthorNote)
{
    LoadResult r = loadWithRecords(minimalDataSet()[QStringLiteral("records.yaml")]);
    r.data.events[0].authorNote = QStringLiteral("Checked.");
    r.data.events[0].misconception = Misconception {QStringLiteral("Wrong."), QStringLiteral("Right.")};
    QStringList keys;
    for (const TranslatableText &t : translatableTexts(r.data))
        keys << t.key;
    EXPECT_EQ(keys,
        (QStringList {u"dataset/title"_qs, u"categories/congress/title"_qs, u"categories/trial/title"_qs,
            u"offices/politburo/title"_qs, u"offices/general-secretary/title"_qs, u"events/congress-12/title"_qs,
            u"events/congress-12/summary"_qs, u"events/congress-12/misconception/claim"_qs,
            u"events/congress-12/misconception/correction"_qs, u"actors/stalin/name"_qs, u"actors/stalin/summary"_qs,
            u"factions/left/name"_qs, u"factions/left/description"_qs}));
}

namespace {

// The bilingual minimal data set written into `dir`, so that a stamp can rewrite its files.
void writeBilingual(const QTemporaryDir &dir, const QByteArray &russian)
{
    auto files = minimalDataSet();
    files[QStringLiteral("dataset.yaml")] += "languages: [en, ru]\ntranslations: [ru/texts.yaml]\n";
    files[QStringLiteral("ru/texts.yaml")] = russian;
    for (const auto &[name, bytes] : files) {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readAll(path);
    ASSERT_TRUE(bytes.contains(from)) << from.toStdString();
    bytes.replace(from, to);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

// A translation made from an earlier wording of the source is reported: --stamp-translations writes
// each translated record's source_hash, and a later change of the English it translates (not a mere
// rewrapping) makes the checker warn at that hash, until the translation is stamped again.
TEST(Translation, AStaleTranslationIsReportedUntilItIsStampedAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeBilingual(dir, "# Russian for the test: this comment stays.\n" + kCompleteRussian);
    const QString russian = dir.filePath(QStringLiteral("ru/texts.yaml"));

    LoadResult r = DataSetLoader::loadDirectory(dir.path());
    ASSERT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    // Unstamped records are not checked; every translated record can be stamped.
    EXPECT_EQ(
        r.data.translationStamps.size(), 8u); // the data set, 2 categories, 2 offices, a faction, an actor, an event
    QString error;
    EXPECT_EQ(stampTranslations(r.data, &error), 8) << error.toStdString();
    const QByteArray stamped = readAll(russian);
    EXPECT_TRUE(stamped.startsWith("# Russian for the test: this comment stays.\n"));
    EXPECT_TRUE(stamped.contains("  - id: congress-12\n    source_hash: \"")) << stamped.toStdString();
    EXPECT_TRUE(stamped.contains("  - { source_hash: \"")) << stamped.toStdString();

    r = DataSetLoader::loadDirectory(dir.path());
    EXPECT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    for (const TranslationStamp &s : r.data.translationStamps)
        EXPECT_EQ(s.hash.size(), 8) << s.record.toStdString();
    EXPECT_EQ(stampTranslations(r.data, &error), 0); // nothing to do twice

    // Rewrapping the English is no change; a new word is.
    const QString events = dir.filePath(QStringLiteral("records.yaml"));
    replaceIn(events, "title: 12th Congress", "title: 12th   Congress");
    r = DataSetLoader::loadDirectory(dir.path());
    EXPECT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
    replaceIn(events, "title: 12th   Congress", "title: 12th Party Congress");
    r = DataSetLoader::loadDirectory(dir.path());
    ASSERT_EQ(messages(r).size(), 1) << messages(r).join(u'\n').toStdString();
    const int line = int(readAll(russian).left(readAll(russian).indexOf("id: congress-12")).count('\n')) + 2;
    EXPECT_TRUE(messages(r).front().startsWith(
        QStringLiteral("%1:%2:18: warning: event 'congress-12': the en texts it translates (title, summary) have "
                       "changed since the ru translation was stamped")
            .arg(russian)
            .arg(line)))
        << messages(r).front().toStdString();

    // Stamped again, it is quiet again.
    EXPECT_EQ(stampTranslations(r.data, &error), 1);
    r = DataSetLoader::loadDirectory(dir.path());
    EXPECT_TRUE(messages(r).isEmpty()) << messages(r).join(u'\n').toStdString();
}
