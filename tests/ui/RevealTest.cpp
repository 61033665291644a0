// Reveal mode at every step of every built-in tour: nothing a later step is about, and nothing dated
// after the step's own event, reaches any view.
#include "core/RevealHorizon.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/charts/PlanChart.h"
#include "ui/charts/PlanProductView.h"
#include "ui/charts/TimeChartView.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/panels/DetailsHtml.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/state/ViewState.h"
#include "ui/timeline/OverviewStrip.h"
#include "ui/timeline/TimelineLayout.h"

#include "QtPrinters.h"
#include "TestData.h"

#include <QBarSet>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>
#include <set>

using namespace khronika;

namespace {

// What a step may show, worked out here from the tour alone, apart from RevealHorizon.
struct Expected {
    std::set<int> seen; // events of this step and the earlier ones
    std::set<int> later; // events of later steps, not seen yet
    Day until = 0; // the start of the step's latest event, or its range's end
};

Expected expectedAt(const Timeline &t, const Tour &tour, int step)
{
    Expected x;
    for (int s = 0; s < int(tour.steps.size()); ++s) {
        for (const QString &id : tour.steps[size_t(s)].events) {
            const int e = t.eventIndex(id);
            if (e >= 0)
                (s <= step ? x.seen : x.later).insert(e);
        }
    }
    for (int e : x.seen)
        x.later.erase(e);
    const TourStep &s = tour.steps[size_t(step)];
    x.until = std::numeric_limits<Day>::min();
    for (const QString &id : s.events)
        x.until = std::max(x.until, t.eventRange(t.eventIndex(id)).first);
    if (x.until == std::numeric_limits<Day>::min())
        x.until = s.rangeTo->lastDay();
    return x;
}

// Whether the class may see an event at the step: seen already, or dated no later than the step's
// own event (a date known only to the month or year counting from its end) and no later step's.
bool mayShow(const Timeline &t, const Expected &x, int e)
{
    if (x.seen.count(e))
        return true;
    return !x.later.count(e) && t.event(e).date.lastDay() <= x.until;
}

std::vector<int> drawnEvents(const TimelineLayout &l)
{
    std::vector<int> events;
    for (const EventMark &m : l.marks)
        events.push_back(m.event);
    for (const LaneLabel &label : l.labels)
        events.push_back(label.event);
    for (const LaneCluster &c : l.clusters)
        events.insert(events.end(), c.events.begin(), c.events.end());
    return events;
}

TimelineLayout layOut(const ViewState &state)
{
    const Theme theme;
    const QFontMetricsF labels(theme.font(1.0)), bold(theme.font(1.0, true)), axis(theme.font(0.95, true));
    QHash<int, double> cache;
    TimelineLayout l;
    l.build(state, QSizeF(1280, 720), labels, bold, axis, cache);
    return l;
}

} // namespace

TEST(Reveal, EveryStepOfEveryTourDrawsNothingOfLaterSteps)
{
    const auto timeline = test::builtinTimeline();
    const Timeline &t = *timeline;
    ASSERT_EQ(t.data().tours.size(), 3u);
    for (const Tour &tour : t.data().tours) {
        ViewState state(timeline);
        state.setAnimationsEnabled(false);
        TourPlayer player(&state);
        player.setRevealMode(true);
        player.setTour(tour);
        OverviewStrip overview(&state);
        std::vector<std::unique_ptr<TimeSeriesChart>> charts;
        charts.emplace_back(TimeSeriesChart::collectivisation(&state, Theme()));
        charts.emplace_back(TimeSeriesChart::countryside(&state, Theme()));
        charts.emplace_back(TimeSeriesChart::terror(&state, Theme()));
        charts.emplace_back(TimeSeriesChart::towns(&state, Theme()));
        PlanChart plans(&state, Theme());

        for (int step = 0; step < int(tour.steps.size()); ++step) {
            player.goTo(step);
            QCoreApplication::processEvents();
            const std::string where = tour.id.toStdString() + " step " + std::to_string(step + 1);
            if (step + 1 == int(tour.steps.size())) {
                // The last step shows everything.
                EXPECT_FALSE(state.reveal().has_value()) << where;
                continue;
            }
            ASSERT_TRUE(state.reveal().has_value()) << where;
            const Expected x = expectedAt(t, tour, step);
            EXPECT_EQ(state.revealUntil(), std::optional<Day>(x.until)) << where;

            // The timeline, at the step's window and over the whole period: markers, labels, counts.
            const auto [start, end] = TourPlayer::windowOf(t, tour.steps[size_t(step)]);
            state.setWindow(start, end);
            size_t drawn = 0;
            for (int whole = 0; whole < 2; ++whole) {
                if (whole)
                    state.setWindow(double(t.extent().first), double(t.extent().last + 1));
                const TimelineLayout l = layOut(state);
                for (int e : drawnEvents(l)) {
                    EXPECT_TRUE(mayShow(t, x, e)) << where << ": " << t.event(e).id.toStdString();
                    ++drawn;
                }
                // Eras begun after the step are not drawn; the others end at it.
                for (const PeriodBar &b : l.periods) {
                    const Period &p = t.data().periods[size_t(b.period)];
                    EXPECT_LE(p.from.lastDay(), x.until) << where << ": " << p.id.toStdString();
                    EXPECT_LE(b.rect.right(), l.xForDay(double(x.until + 1)) + 0.5)
                        << where << ": " << p.id.toStdString();
                }
            }
            EXPECT_GT(drawn, 0u) << where;

            // The overview strip counts only what may be seen.
            int shown = 0;
            const DayRange limits = state.limits();
            for (int e = 0; e < t.eventCount(); ++e)
                shown += limits.contains(t.eventRange(e).first) && mayShow(t, x, e);
            int counted = 0;
            for (int c : overview.monthCounts())
                counted += c;
            EXPECT_EQ(counted, shown) << where;

            // Search finds nothing of later steps, even by its exact title.
            for (int e : x.later) {
                const std::vector<int> found = state.search(t.event(e).title);
                EXPECT_EQ(std::count(found.begin(), found.end(), e), 0) << where << ": " << t.event(e).id.toStdString();
                EXPECT_FALSE(state.isRevealed(e)) << where;
            }

            // "On this day" says nothing of a day after the step.
            EXPECT_TRUE(DetailsHtml::partyAt(t, x.until + 1, state.revealUntil()).contains(u"Hidden in reveal mode"))
                << where;
            EXPECT_FALSE(DetailsHtml::partyAt(t, x.until, state.revealUntil()).contains(u"Hidden in reveal mode"))
                << where;

            // The charts draw no figure the class could not have known by the step's date.
            for (const auto &series : charts) {
                for (int p = 0; p < series->plotCount(); ++p) {
                    for (const ChartSeries &s : series->plot(p)->series()) {
                        for (const ChartPoint &pt : s.points)
                            EXPECT_LE(pt.span.last, x.until)
                                << where << ": " << s.id.toStdString() << " " << pt.date.toIso().toStdString();
                    }
                }
            }
            for (int i = 0; i < plans.productCount(); ++i) {
                const PlanProductView *v = plans.product(i);
                const PlanComparison &plan = v->comparison();
                const int first = plan.baseline ? 1 : 0;
                if (plan.baseline && v->barSet()->at(0) != 0) {
                    EXPECT_LE(plan.baseline->date.lastDay(), x.until) << where;
                }
                for (size_t k = 0; k < plan.plans.size(); ++k) {
                    if (v->barSet()->at(first + int(k)) != 0) {
                        EXPECT_LE(plan.plans[k].achieved->date.lastDay(), x.until)
                            << where << ": " << plan.product.toStdString() << " plan " << k + 1;
                    }
                }
            }
        }
        // Leaving reveal mode shows everything again.
        player.goTo(0);
        ASSERT_TRUE(state.reveal().has_value());
        player.setRevealMode(false);
        EXPECT_FALSE(state.reveal().has_value());
        for (int e = 0; e < t.eventCount(); ++e)
            ASSERT_TRUE(state.isRevealed(e));
    }
}

TEST(Reveal, TheHorizonOfAStepIsComputedFromTheTourAlone)
{
    const auto timeline = test::builtinTimeline();
    const Timeline &t = *timeline;
    const Tour *tour = t.tour(QStringLiteral("collectivisation-famine"));
    ASSERT_TRUE(tour);
    ASSERT_GE(tour->steps.size(), 11u);
    // Step 8 of the issue: the famine, Alliluyeva's suicide and Ryutin's imprisonment belong to later
    // steps and stay hidden, though step 8's range reaches over them.
    const auto h = revealHorizon(t, *tour, 7);
    ASSERT_TRUE(h);
    for (const QString &id : tour->steps[9].events)
        EXPECT_FALSE(h->showsEvent(t, t.eventIndex(id))) << id.toStdString();
    for (const QString &id : tour->steps[10].events)
        EXPECT_FALSE(h->showsEvent(t, t.eventIndex(id))) << id.toStdString();
    for (const QString &id : tour->steps[7].events)
        EXPECT_TRUE(h->showsEvent(t, t.eventIndex(id))) << id.toStdString();
    EXPECT_FALSE(revealHorizon(t, *tour, int(tour->steps.size()) - 1));
}

TEST(Reveal, TheWindowsPanelsTellNothingOfLaterSteps)
{
    const auto timeline = test::builtinTimeline();
    const Timeline &t = *timeline;
    const Tour *tour = t.tour(QStringLiteral("collectivisation-famine"));
    ASSERT_TRUE(tour);
    MainWindow w(timeline);
    w.state()->setAnimationsEnabled(false);
    w.tourPlayer()->setRevealMode(true);
    w.playTour(*tour, 7);
    ASSERT_TRUE(w.state()->reveal().has_value());
    // An event of a later step, selected all the same (a link, the keyboard): its details stay hidden.
    const int later = t.eventIndex(tour->steps[10].events.front());
    ASSERT_GE(later, 0);
    w.state()->setSelectedEvent(later);
    EXPECT_TRUE(w.details()->toPlainText().contains(u"Hidden in reveal mode"))
        << w.details()->toPlainText().toStdString();
    EXPECT_FALSE(w.details()->toPlainText().contains(t.event(later).title));
    // "On this day" after the step's date says so rather than who had fallen by then.
    w.state()->setCursor(*w.state()->revealUntil() + 400);
    EXPECT_TRUE(w.partyPanel()->toPlainText().contains(u"Hidden in reveal mode"));
    // Leaving reveal mode shows everything.
    // (the player goes back to the step's own event; the later one is selected again).
    w.tourPlayer()->setRevealMode(false);
    w.state()->setSelectedEvent(later);
    EXPECT_TRUE(w.details()->toPlainText().contains(t.event(later).title));
    EXPECT_FALSE(w.partyPanel()->toPlainText().contains(u"Hidden in reveal mode"));
}
