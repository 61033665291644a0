#include "ui/MainWindow.h"
#include "ui/panels/DetailsHtml.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "data/BuiltinData.h"
#include "ui/timeline/TimelineView.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <algorithm>

using namespace khronika;

namespace {

std::shared_ptr<const Timeline> builtin()
{
    return test::builtinTimeline();
}

} // namespace

TEST(MainWindow, RestoresTheLastViewAndLayout)
{
    QSettings().clear();
    const double start = double(QDate(1927, 1, 1).toJulianDay());
    const double end = double(QDate(1928, 1, 1).toJulianDay());
    QByteArray splitter;
    {
        MainWindow first(builtin());
        first.resize(1400, 900);
        first.show();
        first.state()->setWindow(start, end);
        first.state()->setLaneMode(LaneMode::Category);
        auto *s = first.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
        ASSERT_TRUE(s);
        s->setSizes({500, 64, 300, 200, 0});
        splitter = s->saveState();
        first.saveSettings();
    }
    MainWindow second(builtin());
    second.restoreSettings();
    EXPECT_DOUBLE_EQ(second.state()->windowStart(), start);
    EXPECT_DOUBLE_EQ(second.state()->windowEnd(), end);
    EXPECT_EQ(second.state()->laneMode(), LaneMode::Category);
    EXPECT_EQ(second.findChild<QSplitter *>(QStringLiteral("centralSplitter"))->saveState(), splitter);
    QSettings().clear();
}

TEST(MainWindow, SelectingAnEventShowsItsDetailsWithLinksAndSources)
{
    MainWindow w(builtin());
    const int e = builtin()->eventIndex(QStringLiteral("bukharin-lenins-political-testament"));
    ASSERT_GE(e, 0);
    w.state()->setSelectedEvent(e);
    const QString html = w.details()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("21 January 1929")));
    EXPECT_TRUE(html.contains(QStringLiteral("actor:bukharin")));
    EXPECT_TRUE(html.contains(QStringLiteral("A common mistake")));
    EXPECT_TRUE(html.contains(QStringLiteral("Sources")));
}

TEST(MainWindow, TheCursorAnswersWhoHeldPower)
{
    MainWindow w(builtin());
    w.state()->setCursor(QDate(1926, 1, 15).toJulianDay());
    const QString text = w.partyPanel()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("15 January 1926")));
    EXPECT_TRUE(text.contains(QStringLiteral("Joseph Stalin")));
    EXPECT_TRUE(text.contains(QStringLiteral("Leon Trotsky"))); // still in the Politburo until October 1926
    w.state()->setCursor(QDate(1930, 1, 15).toJulianDay());
    const QString later = w.partyPanel()->toPlainText();
    const qsizetype politburo = later.indexOf(QStringLiteral("Politburo member"));
    ASSERT_GE(politburo, 0);
    const QString members = later.mid(politburo, later.indexOf(u'\n', politburo + 20) - politburo);
    EXPECT_FALSE(members.contains(QStringLiteral("Trotsky"))) << members.toStdString();
    EXPECT_FALSE(members.contains(QStringLiteral("Bukharin"))) << members.toStdString();
}

TEST(MainWindow, ACursorMovedOutOfViewBringsTheTimelineAlong)
{
    MainWindow w(builtin());
    w.state()->setAnimationsEnabled(false);
    w.state()->setWindow(double(QDate(1927, 1, 1).toJulianDay()), double(QDate(1928, 1, 1).toJulianDay()));
    const double span = w.state()->windowEnd() - w.state()->windowStart();
    const Day target = QDate(1935, 6, 1).toJulianDay();
    w.state()->setCursor(target);
    EXPECT_LE(w.state()->windowStart(), double(target));
    EXPECT_GT(w.state()->windowEnd(), double(target));
    EXPECT_NEAR(w.state()->windowEnd() - w.state()->windowStart(), span, 1e-6);
    // Inside the window, the cursor moves alone.
    const double start = w.state()->windowStart();
    w.state()->setCursor(target + 10);
    EXPECT_DOUBLE_EQ(w.state()->windowStart(), start);
}

TEST(MainWindow, ThePanelsLinksFollowTheTheme)
{
    MainWindow w(builtin());
    w.state()->setSelectedEvent(builtin()->eventIndex(QStringLiteral("kirov-murder")));
    w.setThemeKind(Theme::Kind::Dark);
    const QString link = Theme::dark().palette().color(QPalette::Link).name();
    EXPECT_TRUE(w.details()->document()->defaultStyleSheet().contains(link));
    EXPECT_TRUE(w.details()->toHtml().contains(link)) << "the shown event was not refilled";
    EXPECT_TRUE(w.partyPanel()->document()->defaultStyleSheet().contains(link));
}

TEST(MainWindow, HasTheApplicationIcon)
{
    MainWindow w(builtin());
    EXPECT_FALSE(w.windowIcon().isNull());
    EXPECT_FALSE(w.windowIcon().pixmap(64, 64).isNull());
}

TEST(DetailsHtml, BooksWithoutAPageAreListedAsFurtherReadingAfterTheSources)
{
    const Timeline &t = *builtin();
    const auto checkable = [&](const SourceRef &r) { return !r.page.isEmpty() || !t.source(r.ref)->url.isEmpty(); };
    int checked = 0;
    for (int e = 0; e < int(t.data().events.size()); ++e) {
        const std::vector<SourceRef> &refs = t.event(e).sources;
        const bool mixed = std::any_of(refs.begin(), refs.end(), checkable)
            && std::any_of(refs.begin(), refs.end(), [&](const SourceRef &r) { return !checkable(r); });
        if (!mixed)
            continue;
        const QString html = DetailsHtml::event(t, e);
        const qsizetype sources = html.indexOf(QStringLiteral("<b>Sources</b>"));
        const qsizetype further = html.indexOf(QStringLiteral("<b>Further reading</b>"));
        ASSERT_GE(sources, 0) << t.event(e).id.toStdString();
        ASSERT_GT(further, sources) << t.event(e).id.toStdString();
        for (const SourceRef &r : refs) {
            // Looked for in its own list: one work's title may be part of another's ("Moscow, 1937").
            const QString title = t.source(r.ref)->title.toHtmlEscaped();
            const bool inSources = html.left(further).indexOf(title, sources) >= 0;
            const bool inFurther = html.indexOf(title, further) >= 0;
            if (checkable(r))
                EXPECT_TRUE(inSources) << t.event(e).id.toStdString() << " " << r.ref.toStdString();
            else
                EXPECT_TRUE(inFurther) << t.event(e).id.toStdString() << " " << r.ref.toStdString();
        }
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST(DetailsHtml, PageNumbersGetPButChaptersAndTablesDoNot)
{
    const Timeline &t = *builtin();
    const QRegularExpression pageBeforeWord(QStringLiteral("\\bpp?\\. [A-Za-z]"));
    int pages = 0;
    for (int e = 0; e < int(t.data().events.size()); ++e) {
        const QString html = DetailsHtml::event(t, e);
        EXPECT_FALSE(html.contains(pageBeforeWord)) << t.event(e).id.toStdString();
        pages += int(html.count(QRegularExpression(QStringLiteral("\\bpp?\\. \\d"))));
    }
    EXPECT_GT(pages, 5);
}

TEST(DetailsHtml, APrintedHandoutCitesPagesAndWrittenOutAddressesOnly)
{
    const Timeline &t = *builtin();
    int withAddress = 0;
    int leftOut = 0;
    for (const Tour &tour : t.data().tours) {
        for (const TourStep &step : tour.steps) {
            const QString html = DetailsHtml::printedSources(t, step);
            EXPECT_FALSE(html.contains(QStringLiteral("<a "))) << "paper has no links";
            QSet<QString> citedCheckably;
            std::vector<const Source *> withoutPage;
            for (const QString &id : step.events) {
                for (const SourceRef &r : t.event(t.eventIndex(id)).sources) {
                    const Source *s = t.source(r.ref);
                    if (r.page.isEmpty() && s->url.isEmpty()) {
                        withoutPage.push_back(s);
                        continue;
                    }
                    citedCheckably.insert(s->id);
                    EXPECT_TRUE(html.contains(s->title.toHtmlEscaped())) << id.toStdString();
                    if (!r.page.isEmpty()) {
                        EXPECT_TRUE(html.contains(r.page.toHtmlEscaped())) << id.toStdString();
                    }
                    if (!s->url.isEmpty()) {
                        EXPECT_TRUE(html.contains(s->url.toHtmlEscaped())) << id.toStdString();
                        ++withAddress;
                    }
                }
            }
            for (const Source *s : withoutPage) {
                if (citedCheckably.contains(s->id))
                    continue;
                EXPECT_FALSE(html.contains(s->title.toHtmlEscaped())) << s->id.toStdString();
                ++leftOut;
            }
        }
    }
    EXPECT_GT(withAddress, 20);
    EXPECT_GT(leftOut, 5);
}

// What the data's authors write for each other (how a date was checked, which copy was read) never
// reaches a class: not the details panel, not the bibliography, not a printed handout.
TEST(DetailsHtml, AnAuthorsNoteNeverReachesTheStudentView)
{
    auto files = test::minimalDataSet();
    files[QStringLiteral("records.yaml")] = QByteArrayLiteral(R"(sources:
  - { id: book, author: A. Historian, title: A Book, year: 1990, url: "https://example.org/book", author_note: AUTHOR-WORK }
actors:
  - id: stalin
    name: Joseph Stalin
    native_name: Иосиф Сталин
    born: 1878-12-18
    died: 1953-03-05
    fate: natural
    summary: General Secretary.
    statuses:
      - { date: 1927-11-14, status: expelled, note: For the class., author_note: AUTHOR-STATUS }
    sources: [{ ref: book, page: "12", author_note: AUTHOR-ACTOR-CITATION }]
events:
  - id: congress-12
    title: 12th Congress
    date: 1923-04-17
    category: congress
    importance: 2
    actors: [stalin]
    summary: A congress.
    notes: A note for the class.
    author_note: AUTHOR-EVENT
    sources: [{ ref: book, page: "34", author_note: AUTHOR-EVENT-CITATION }]
series:
  - id: s
    title: A series
    unit: t
    group: Gulag
    basis: What the figures are.
    author_note: AUTHOR-SERIES
    sources: [book]
    points: [{ date: 1930, value: 1, kind: actual }]
)");
    LoadResult r = DataSetLoader::loadBuffers(files);
    ASSERT_TRUE(r.ok()) << test::messages(r).join(u'\n').toStdString();
    const Timeline t(std::move(r.data));
    TourStep step;
    step.events = {QStringLiteral("congress-12")};
    const QString shown = DetailsHtml::event(t, 0) + DetailsHtml::actor(t, 0) + DetailsHtml::bibliography(t)
        + DetailsHtml::printedSources(t, step) + DetailsHtml::partyAt(t, QDate(1928, 1, 1).toJulianDay());
    EXPECT_TRUE(shown.contains(QStringLiteral("A note for the class."))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("p. 34")));
    EXPECT_FALSE(shown.contains(QStringLiteral("AUTHOR"))) << shown.toStdString();
    // The authors' notes are kept for the data's authors: `khronika-check --json` prints them.
    const QString json = QString::fromUtf8(QJsonDocument(toJson(t.data())).toJson());
    for (const char *note : {"AUTHOR-WORK", "AUTHOR-STATUS", "AUTHOR-ACTOR-CITATION", "AUTHOR-EVENT",
             "AUTHOR-EVENT-CITATION", "AUTHOR-SERIES"})
        EXPECT_TRUE(json.contains(QLatin1StringView(note))) << note;
}

// The built-in data set: no text a class sees speaks of the authors' checking, and no author's note of
// any record shows in its details or a tour's handout.
TEST(DetailsHtml, TheBuiltInDataShowsNoAuthorsNoteToAClass)
{
    const Timeline &t = *builtin();
    QString shown = DetailsHtml::bibliography(t);
    for (int e = 0; e < t.eventCount(); ++e)
        shown += DetailsHtml::event(t, e);
    for (int a = 0; a < t.actorCount(); ++a)
        shown += DetailsHtml::actor(t, a);
    for (const Tour &tour : t.data().tours) {
        for (const TourStep &s : tour.steps)
            shown += s.narration + s.teacherNote + DetailsHtml::printedSources(t, s);
    }
    for (const Series &s : t.data().series)
        shown += s.title + s.basis;
    // The career chart labels office bars with their titles and may show a status's note.
    for (const Actor &a : t.data().actors) {
        for (const Office &o : a.offices)
            shown += t.titleOf(o) + u'\n';
        for (const Status &s : a.statuses)
            shown += s.note + u'\n';
    }
    const QRegularExpression authorsSpeech(
        QStringLiteral("revision sheet|the sheet's|read in (a|an|the) [^.<]*(copy|translation)|copy at |we could read|"
                       "shortened from|date made exact|no page read|not found on a page"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = authorsSpeech.match(shown);
    EXPECT_FALSE(m.hasMatch()) << m.captured().toStdString() << " in: "
                               << shown.mid(std::max<qsizetype>(0, m.capturedStart() - 200), 400).toStdString();
    int notes = 0;
    const auto absent = [&](const QString &note, const QString &where) {
        if (note.isEmpty())
            return;
        ++notes;
        EXPECT_FALSE(shown.contains(note.toHtmlEscaped()) || shown.contains(note)) << where.toStdString();
    };
    for (const Source &s : t.data().sources)
        absent(s.authorNote, s.id);
    for (const Event &e : t.data().events) {
        absent(e.authorNote, e.id);
        for (const SourceRef &r : e.sources)
            absent(r.authorNote, e.id);
    }
    for (const Actor &a : t.data().actors) {
        for (const Status &s : a.statuses)
            absent(s.authorNote, a.id);
        for (const SourceRef &r : a.sources)
            absent(r.authorNote, a.id);
    }
    for (const Series &s : t.data().series)
        absent(s.authorNote, s.id);
    EXPECT_GT(notes, 100); // the authors' notes are there, just not shown
}

TEST(DetailsHtml, BibliographyListsEveryWorkWithHowOftenItIsCited)
{
    const Timeline &t = *builtin();
    const QString html = DetailsHtml::bibliography(t);
    EXPECT_EQ(html.count(QStringLiteral("<li>")), qsizetype(t.data().sources.size()));
    EXPECT_FALSE(html.contains(QStringLiteral("cited 0 times")));
    for (const Source &s : t.data().sources)
        EXPECT_TRUE(html.contains(s.title.toHtmlEscaped())) << s.id.toStdString();
    // Sorted by the first author's surname: Conquest, then Davies, then Service, then Zaleski.
    const qsizetype conquest = html.indexOf(QStringLiteral("Robert Conquest"));
    const qsizetype davies = html.indexOf(QStringLiteral("R. W. Davies"));
    const qsizetype service = html.indexOf(QStringLiteral("Robert Service"));
    const qsizetype zaleski = html.indexOf(QStringLiteral("Eugène Zaleski"));
    EXPECT_GE(conquest, 0);
    EXPECT_LT(conquest, davies);
    EXPECT_LT(davies, service);
    EXPECT_LT(service, zaleski);
}

TEST(MainWindow, TheCursorOptionShowsWhoHeldPowerThatDay)
{
    MainWindow w(builtin());
    ExplorerOptions options;
    options.cursor = QDate(1926, 1, 15).toJulianDay();
    w.apply(options);
    EXPECT_EQ(w.state()->cursor(), QDate(1926, 1, 15).toJulianDay());
    auto *tabs = w.findChild<QTabWidget *>();
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->currentWidget(), w.partyPanel());
    EXPECT_TRUE(w.partyPanel()->toPlainText().contains(QStringLiteral("15 January 1926")));
}

TEST(MainWindow, ARangeFromTheCommandLineBringsTheCursorIntoIt)
{
    MainWindow w(builtin());
    ExplorerOptions options;
    options.window = std::pair {double(QDate(1928, 1, 1).toJulianDay()), double(QDate(1931, 1, 1).toJulianDay())};
    w.apply(options);
    EXPECT_EQ(w.state()->cursor(), QDate(1928, 1, 1).toJulianDay());
    EXPECT_DOUBLE_EQ(w.state()->windowStart(), double(QDate(1928, 1, 1).toJulianDay()));
}
