#include "ui/MainWindow.h"
#include "ui/DetailsHtml.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"
#include "ui/TimelineView.h"

#include <QDate>
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
            const qsizetype at = html.indexOf(t.source(r.ref)->title.toHtmlEscaped(), sources);
            ASSERT_GE(at, 0) << r.ref.toStdString();
            if (checkable(r))
                EXPECT_LT(at, further) << t.event(e).id.toStdString() << " " << r.ref.toStdString();
            else
                EXPECT_GT(at, further) << t.event(e).id.toStdString() << " " << r.ref.toStdString();
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
