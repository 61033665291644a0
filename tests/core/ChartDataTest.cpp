#include "core/ChartData.h"
#include "core/DataSetLoader.h"

#include "ChartTestData.h"
#include "TestData.h"

#include <gtest/gtest.h>

#include <QDate>

using namespace khronika;
using namespace khronika::test;

namespace {

Day day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

DataSet chartData(const QByteArray &from = {}, const QByteArray &to = {})
{
    LoadResult r = loadChartData(from, to);
    EXPECT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
    return r.data;
}

const Series &seriesById(const DataSet &data, const QString &id)
{
    for (const Series &s : data.series) {
        if (s.id == id)
            return s;
    }
    ADD_FAILURE() << "no series " << id.toStdString();
    return data.series.front();
}

const ChartSeries *find(const std::vector<ChartSeries> &list, const QString &id)
{
    for (const ChartSeries &s : list) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

ChartSeries line(std::initializer_list<std::pair<int, double>> yearly)
{
    ChartSeries s;
    s.title = QStringLiteral("Things");
    s.unit = QStringLiteral("million");
    for (const auto &[year, value] : yearly) {
        const Date d {year, 0, 0, Date::Precision::Year};
        s.points.push_back({chartDay(d), value, d, true, {}, {}});
    }
    return s;
}

} // namespace

TEST(ChartData, ChartDayIsTheMiddleOfTheDate)
{
    EXPECT_DOUBLE_EQ(chartDay(*Date::parse(u"1930-03-01")), double(day(1930, 3, 1)) + 0.5);
    // 1930 has 365 days: the middle falls at noon on 2 July.
    EXPECT_DOUBLE_EQ(chartDay(*Date::parse(u"1930")), double(day(1930, 1, 1)) + 365.0 / 2);
    EXPECT_DOUBLE_EQ(chartDay(*Date::parse(u"1930-02")), double(day(1930, 2, 1)) + 14);
}

TEST(ChartData, PlanComparisonGroupsTargetsIntoPlansAndFindsTheResults)
{
    const DataSet data = chartData();
    const auto plans = planComparisons(data);
    // Found by its target points, though its group is not called "Five Year Plans".
    ASSERT_EQ(plans.size(), 1u);
    const PlanComparison &coal = plans.front();
    EXPECT_EQ(coal.seriesId, u"coal-plans");
    EXPECT_EQ(coal.product, u"Coal output");
    EXPECT_EQ(coal.unit, u"million tonnes");
    EXPECT_EQ(coal.group, u"Industry");
    ASSERT_TRUE(coal.baseline);
    EXPECT_DOUBLE_EQ(coal.baseline->value, 35.4);
    EXPECT_EQ(coal.baseline->date.toIso(), u"1928");

    ASSERT_EQ(coal.plans.size(), 3u);
    const PlanStage &first = coal.plans[0];
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.targetDate.toIso(), u"1933");
    // Variants ascending by value, whatever their order in the file.
    ASSERT_EQ(first.targets.size(), 2u);
    EXPECT_EQ(first.targets[0].variant, u"basic");
    EXPECT_DOUBLE_EQ(first.targets[0].point.value, 68.0);
    EXPECT_EQ(first.targets[1].variant, u"optimal");
    EXPECT_EQ(first.mainTarget(), &first.targets[1]);
    ASSERT_TRUE(first.achieved);
    EXPECT_DOUBLE_EQ(first.achieved->value, 64.3);
    EXPECT_EQ(first.achieved->date.toIso(), u"1932");
    EXPECT_NEAR(*first.percentOf(first.targets[1]), 64.3 / 75.0 * 100, 1e-9);
    EXPECT_NEAR(*first.percentOf(first.targets[0]), 64.3 / 68.0 * 100, 1e-9);
    // The plan runs from the year after the starting level to the end of its result's year.
    EXPECT_EQ(first.span, (DayRange {day(1929, 1, 1), day(1932, 12, 31)}));

    const PlanStage &second = coal.plans[1];
    ASSERT_EQ(second.targets.size(), 1u);
    EXPECT_EQ(second.targets[0].variant, u"second-plan");
    ASSERT_TRUE(second.achieved);
    EXPECT_DOUBLE_EQ(second.achieved->value, 128.0);
    EXPECT_EQ(second.span, (DayRange {day(1933, 1, 1), day(1937, 12, 31)}));

    // The Third Plan is judged by the last result before its target date (the war cut it short).
    const PlanStage &third = coal.plans[2];
    EXPECT_EQ(third.targetDate.toIso(), u"1942");
    ASSERT_TRUE(third.achieved);
    EXPECT_EQ(third.achieved->date.toIso(), u"1940");
    EXPECT_DOUBLE_EQ(third.achieved->value, 165.9);

    EXPECT_EQ(coal.planAt(day(1930, 5, 1)), &first);
    EXPECT_EQ(coal.planAt(day(1940, 5, 1)), &third);
    EXPECT_EQ(coal.planAt(day(1925, 5, 1)), nullptr);
}

TEST(ChartData, PlanComparisonFollowsTheData)
{
    const auto before = planComparisons(chartData());
    const auto after = planComparisons(chartData("{ date: 1932, value: 64.3", "{ date: 1932, value: 80.1"));
    ASSERT_EQ(after.size(), 1u);
    EXPECT_DOUBLE_EQ(before.front().plans[0].achieved->value, 64.3);
    EXPECT_DOUBLE_EQ(after.front().plans[0].achieved->value, 80.1);
    EXPECT_GT(*after.front().plans[0].percentOf(*after.front().plans[0].mainTarget()), 100.0);

    // A plan without a result in its years has none, rather than borrowing the next plan's.
    const auto missing = planComparisons(chartData("{ date: 1937, value: 128.0", "{ date: 1938, value: 128.0"));
    EXPECT_FALSE(missing.front().plans[1].achieved);
    ASSERT_TRUE(missing.front().plans[2].achieved);
    EXPECT_EQ(missing.front().plans[2].achieved->date.toIso(), u"1940");
}

TEST(ChartData, UncheckedFiguresStayMarkedOnTheirWayToTheCharts)
{
    const auto plans = planComparisons(chartData("{ date: 1937, value: 152.5, kind: target, variant: second-plan }",
        "{ date: 1937, value: 152.5, kind: target, variant: second-plan, checked: false }"));
    ASSERT_EQ(plans.size(), 1u);
    ASSERT_EQ(plans.front().plans.size(), 3u);
    EXPECT_TRUE(plans.front().plans[0].mainTarget()->point.checked);
    EXPECT_FALSE(plans.front().plans[1].mainTarget()->point.checked);
    EXPECT_TRUE(plans.front().plans[1].achieved->checked);

    const DataSet data = chartData("{ date: 1932, value: 40.7", "{ date: 1932, value: 40.7, checked: false");
    const ChartSeries cattle = chartSeries(seriesById(data, QStringLiteral("cattle-summer")));
    int unchecked = 0;
    for (const ChartPoint &p : cattle.points) {
        if (!p.checked) {
            EXPECT_EQ(p.date.toIso(), u"1932");
            ++unchecked;
        }
    }
    EXPECT_EQ(unchecked, 1);
}

TEST(ChartData, SeriesWithoutTargetsAreNoPlan)
{
    const DataSet data = chartData();
    EXPECT_FALSE(planComparison(seriesById(data, QStringLiteral("cattle-summer"))));
    EXPECT_TRUE(planComparison(seriesById(data, QStringLiteral("coal-plans"))));
}

TEST(ChartData, GroupsGatherActualPointsInTimeOrder)
{
    const DataSet data = chartData();
    const auto coll = seriesOfGroup(data, chartgroups::kCollectivisation);
    // The group is matched whatever its case ("collectivisation" on the spike series).
    ASSERT_EQ(coll.size(), 2u);
    const ChartSeries *spike = find(coll, QStringLiteral("spike"));
    ASSERT_TRUE(spike);
    ASSERT_EQ(spike->points.size(), 6u);
    for (size_t i = 1; i < spike->points.size(); ++i)
        EXPECT_LT(spike->points[i - 1].day, spike->points[i].day);
    EXPECT_DOUBLE_EQ(spike->points[2].value, 57.2);
    EXPECT_EQ(spike->points[2].date.toIso(), u"1930-03-01");
    EXPECT_FALSE(spike->hasAlternatives);

    const auto industry = seriesOfGroup(data, u"industry");
    ASSERT_EQ(industry.size(), 1u);
    EXPECT_EQ(industry.front().points.size(), 4u); // targets are not drawn as a line
}

TEST(ChartData, VersionsOfTheSameSubjectAreLabelledAlternatives)
{
    const DataSet data = chartData();
    const auto grain = seriesOfGroup(data, chartgroups::kGrain);
    ASSERT_EQ(grain.size(), 4u);
    const ChartSeries *low = find(grain, QStringLiteral("harvest-low"));
    ASSERT_TRUE(low);
    EXPECT_TRUE(low->hasAlternatives);
    EXPECT_EQ(low->subject, u"Grain harvest");
    EXPECT_EQ(low->label(), u"Grain harvest: Wheatcroft and Davies's low estimates");
    const ChartSeries *exports = find(grain, QStringLiteral("exports"));
    EXPECT_FALSE(exports->hasAlternatives);
    EXPECT_EQ(exports->label(), u"Grain exports");

    const auto livestock = seriesOfGroup(data, chartgroups::kLivestock);
    EXPECT_TRUE(find(livestock, QStringLiteral("cattle-january"))->hasAlternatives);
    EXPECT_FALSE(find(livestock, QStringLiteral("horses-summer"))->hasAlternatives);
    EXPECT_EQ(find(livestock, QStringLiteral("horses-summer"))->label(), u"Horses");
}

TEST(ChartData, GroupSeriesFollowTheData)
{
    const auto changed = seriesOfGroup(chartData("{ date: 1930-03-01, value: 57.2", "{ date: 1930-03-01, value: 44.4"),
        chartgroups::kCollectivisation);
    EXPECT_DOUBLE_EQ(find(changed, QStringLiteral("spike"))->points[2].value, 44.4);
}

TEST(ChartData, ChangeRunsToTheNextTurningPoint)
{
    const DataSet data = chartData();
    const auto livestock = seriesOfGroup(data, chartgroups::kLivestock);
    const ChartSeries &cattle = *find(livestock, QStringLiteral("cattle-summer"));

    // Before the 1928 summer count: from the first point down to the low of 1933.
    auto change = findChange(cattle, double(day(1928, 1, 15)));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->from.date.toIso(), u"1928");
    EXPECT_EQ(change->to.date.toIso(), u"1933");
    EXPECT_DOUBLE_EQ(change->difference(), 38.4 - 70.5);

    // In the middle of the fall: from the last count before the day.
    change = findChange(cattle, double(day(1931, 9, 1)));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->from.date.toIso(), u"1931");
    EXPECT_EQ(change->to.date.toIso(), u"1933");

    // At the low: the recovery.
    change = findChange(cattle, double(day(1933, 8, 1)));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->to.date.toIso(), u"1934");

    // After the last point, or long before the first, nothing is said.
    EXPECT_FALSE(findChange(cattle, double(day(1934, 8, 1))));
    EXPECT_FALSE(findChange(cattle, double(day(1920, 8, 1))));
}

TEST(ChartData, ChangeStopsAtTheHorizon)
{
    const ChartSeries rising
        = line({{1928, 1}, {1929, 2}, {1930, 3}, {1931, 4}, {1932, 5}, {1933, 6}, {1934, 7}, {1935, 8}});
    auto change = findChange(rising, double(day(1928, 8, 1)));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->from.date.year, 1928);
    EXPECT_EQ(change->to.date.year, 1933); // five years on
    change = findChange(rising, double(day(1928, 8, 1)), ChangeOptions {800});
    ASSERT_TRUE(change);
    EXPECT_EQ(change->to.date.year, 1930);

    // A flat stretch does not end the run; the turn does.
    const ChartSeries flat = line({{1928, 5}, {1929, 5}, {1930, 3}, {1931, 4}});
    change = findChange(flat, double(day(1928, 8, 1)));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->to.date.year, 1930);

    // Counts too far apart say nothing.
    const ChartSeries sparse = line({{1920, 5}, {1930, 3}});
    EXPECT_FALSE(findChange(sparse, double(day(1921, 1, 1))));
}

TEST(ChartData, ChangeIsDescribedForTheClass)
{
    const DataSet data = chartData();
    EXPECT_EQ(changeAround(seriesById(data, QStringLiteral("cattle-summer")), day(1928, 3, 1)),
        QStringLiteral("Cattle, summer counts: 70.5 \u2192 38.4 million head, \u221246\u00A0%, 1928 \u2192 1933"));
    // Shares change by points, not by per cent of themselves.
    EXPECT_EQ(changeAround(seriesById(data, QStringLiteral("spike")), day(1930, 3, 2)),
        QStringLiteral("The collectivisation spike and retreat of 1929–1930: 57.2 \u2192 21.9 per cent of peasant "
                       "households, \u221235.3\u00A0points, 1 March 1930 \u2192 1 August 1930"));
    // A rise of more than double reads as a multiple.
    EXPECT_EQ(changeAround(seriesById(data, QStringLiteral("exports")), day(1929, 6, 1)),
        QStringLiteral("Grain exports: 0.17 \u2192 5.2 million tonnes, \u00D731, 1929 \u2192 1931"));
    const auto grain = seriesOfGroup(data, chartgroups::kGrain);
    const ChartSeries &official = *find(grain, QStringLiteral("harvest-official"));
    const auto rise = findChange(official, double(day(1932, 8, 1)));
    ASSERT_TRUE(rise);
    EXPECT_EQ(describeChange(official, *rise, official.label()),
        QStringLiteral("Grain harvest: figures published in the 1930s: 69.8 \u2192 89.8 million tonnes, +29\u00A0%, "
                       "1932 \u2192 1933"));
    EXPECT_TRUE(changeAround(seriesById(data, QStringLiteral("exports")), day(1936, 1, 1)).isEmpty());
}

TEST(ChartData, SmallChangesAreNotRoundedAway)
{
    ChartSeries s = line({{1931, 69.5}, {1932, 69.8}});
    const auto change = findChange(s, double(day(1931, 1, 1)));
    ASSERT_TRUE(change);
    EXPECT_EQ(describeChangeAmount(s, *change), QStringLiteral("+0.4\u00A0%"));
    s.points.back().value = 69.5;
    EXPECT_EQ(describeChangeAmount(s, *findChange(s, double(day(1931, 1, 1)))), u"no change");
}

TEST(ChartData, ChangeFollowsTheData)
{
    const DataSet data = chartData("{ date: 1933, value: 38.4", "{ date: 1933, value: 35.25");
    EXPECT_EQ(changeAround(seriesById(data, QStringLiteral("cattle-summer")), day(1928, 3, 1)),
        QStringLiteral("Cattle, summer counts: 70.5 \u2192 35.25 million head, \u221250\u00A0%, 1928 \u2192 1933"));
}

TEST(ChartData, ValuesAreWrittenAsTheDataWritesThem)
{
    EXPECT_EQ(formatChartValue(35.4), u"35.4");
    EXPECT_EQ(formatChartValue(0.17), u"0.17");
    EXPECT_EQ(formatChartValue(65), u"65");
    EXPECT_EQ(formatChartValue(353074), u"353,074");
    EXPECT_EQ(formatChartValue(5.05), u"5.05");
    EXPECT_EQ(formatChartValue(-2.5), u"\u22122.5");
}

TEST(ChartData, CitedWorksAreListedOnceWithTheirPages)
{
    const DataSet data = chartData();
    const auto works = citedWorks(data, seriesById(data, QStringLiteral("coal-plans")).sources);
    ASSERT_EQ(works.size(), 2u);
    EXPECT_EQ(works[0].id, u"nove");
    EXPECT_EQ(works[0].shortText(), u"Alec Nove (1992)");
    EXPECT_EQ(works[0].pages, QStringList {QStringLiteral("190")});
    EXPECT_EQ(works[1].fullText(), u"R. W. Davies (1980). The Socialist Offensive, 12");
    // A reference the bibliography lacks keeps its id rather than vanishing.
    const auto unknown = citedWorks(data, {SourceRef {QStringLiteral("lost-book"), {}, {}, {}}});
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].shortText(), u"lost-book");
}

TEST(ChartData, BuiltinDataSetHasEveryChartsSeries)
{
    const LoadResult r = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_DATA_DIR));
    ASSERT_TRUE(r.ok());
    const auto plans = planComparisons(r.data);
    ASSERT_EQ(plans.size(), 5u); // coal, oil, pig iron, steel, electricity
    for (const PlanComparison &p : plans) {
        SCOPED_TRACE(p.seriesId.toStdString());
        EXPECT_TRUE(p.baseline);
        ASSERT_EQ(p.plans.size(), 3u);
        ASSERT_EQ(p.plans[0].targets.size(), 2u);
        EXPECT_EQ(p.plans[0].targets[0].variant, u"basic");
        EXPECT_EQ(p.plans[0].targets[1].variant, u"optimal");
        for (const PlanStage &s : p.plans)
            EXPECT_TRUE(s.achieved);
    }
    EXPECT_EQ(seriesOfGroup(r.data, chartgroups::kCollectivisation).size(), 2u);
    const auto livestock = seriesOfGroup(r.data, chartgroups::kLivestock);
    EXPECT_EQ(livestock.size(), 8u);
    const auto grain = seriesOfGroup(r.data, chartgroups::kGrain);
    EXPECT_EQ(std::count_if(grain.begin(), grain.end(), [](const ChartSeries &s) { return s.hasAlternatives; }), 3);
    // Every series names its works, and every work is in the bibliography.
    for (const auto &group : {livestock, grain}) {
        for (const ChartSeries &s : group) {
            for (const CitedWork &w : citedWorks(r.data, s.sources))
                EXPECT_FALSE(w.author.isEmpty()) << w.id.toStdString();
        }
    }
}

TEST(ChartData, EachSeriesSaysWhatItsPointsAreAndCoversThoseDays)
{
    const DataSet data = chartData();
    // A count taken on a day covers that day; a calendar year its year; an agricultural year July of
    // the year before to June of the year written.
    EXPECT_EQ(
        figureSpan(*Date::parse(u"1930-03-01"), Series::Measure::Count), (DayRange {day(1930, 3, 1), day(1930, 3, 1)}));
    EXPECT_EQ(
        figureSpan(*Date::parse(u"1931"), Series::Measure::Year), (DayRange {day(1931, 1, 1), day(1931, 12, 31)}));
    EXPECT_EQ(figureSpan(*Date::parse(u"1931"), Series::Measure::AgriculturalYear),
        (DayRange {day(1930, 7, 1), day(1931, 6, 30)}));

    const ChartSeries spike = chartSeries(seriesById(data, QStringLiteral("spike")));
    EXPECT_EQ(spike.measure, Series::Measure::Count);
    EXPECT_FALSE(spike.interpolate);
    EXPECT_EQ(spike.points[2].span, (DayRange {day(1930, 3, 1), day(1930, 3, 1)}));
    EXPECT_DOUBLE_EQ(spike.points[2].day, double(day(1930, 3, 1)) + 0.5);

    const ChartSeries harvest = chartSeries(seriesById(data, QStringLiteral("harvest-official")));
    EXPECT_EQ(harvest.measure, Series::Measure::Year);
    EXPECT_EQ(harvest.points[0].span, (DayRange {day(1930, 1, 1), day(1930, 12, 31)}));
    EXPECT_EQ(measureText(Series::Measure::AgriculturalYear), u"agricultural years, July to June");

    // Procurements by agricultural year: the 1931 point is the year from July 1930, and is known by
    // the end of June 1931, not at the end of 1931.
    const DataSet agri
        = chartData("    measure: year\n    basis: Exports.", "    measure: agricultural-year\n    basis: Exports.");
    const ChartSeries exports = chartSeries(seriesById(agri, QStringLiteral("exports")));
    ASSERT_EQ(exports.measure, Series::Measure::AgriculturalYear);
    const ChartPoint &y1931 = exports.points[2];
    EXPECT_EQ(y1931.span, (DayRange {day(1930, 7, 1), day(1931, 6, 30)}));
    EXPECT_TRUE(isKnownBy(y1931, day(1931, 6, 30)));
    EXPECT_FALSE(isKnownBy(y1931, day(1931, 6, 29)));
    // A yearly figure is known once its year is over, a count on its day.
    EXPECT_FALSE(isKnownBy(harvest.points[0], day(1930, 12, 30)));
    EXPECT_TRUE(isKnownBy(harvest.points[0], day(1930, 12, 31)));
    EXPECT_TRUE(isKnownBy(spike.points[2], day(1930, 3, 1)));

    // A point measured otherwise than its series says so itself.
    const DataSet mixed = chartData("{ date: 1929, value: 0.17, kind: actual }",
        "{ date: 1929, value: 0.17, kind: actual, measure: agricultural-year }");
    const ChartSeries mixedExports = chartSeries(seriesById(mixed, QStringLiteral("exports")));
    EXPECT_EQ(mixedExports.points[0].span, (DayRange {day(1928, 7, 1), day(1929, 6, 30)}));
    EXPECT_EQ(mixedExports.points[1].span, (DayRange {day(1930, 1, 1), day(1930, 12, 31)}));
}

TEST(ChartData, ASeriesThatDoesNotSayWhatItsPointsAreIsWarnedAbout)
{
    const LoadResult r = loadChartData("    measure: year\n    basis: Exports.", "    basis: Exports.");
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(messages(r).join(u'\n').contains(u"series 'exports' does not say what its points are"))
        << messages(r).join(u'\n').toStdString();
    const LoadResult bad
        = loadChartData("    measure: year\n    basis: Exports.", "    measure: monthly\n    basis: Exports.");
    EXPECT_FALSE(bad.ok());
    EXPECT_TRUE(messages(bad).join(u'\n').contains(u"measure 'monthly' is not count, year or agricultural-year"));
}

TEST(ChartData, ACaveatReachesTheChartPoint)
{
    const DataSet data = chartData("{ date: 1931, value: 52.7, kind: actual }",
        "{ date: 1931, value: 52.7, kind: actual, caveat: \"contested\" }");
    const ChartSeries households = chartSeries(seriesById(data, QStringLiteral("households")));
    EXPECT_EQ(households.points[3].caveat, u"contested");
    EXPECT_TRUE(households.points[2].caveat.isEmpty());
}

TEST(ChartData, APlansPercentageNamesTheYearComparedAndWhy)
{
    // The test data's plans with periods: the Third cut short, the First declared fulfilled early.
    QByteArray records = chartRecords();
    records += R"(periods:
  - { id: first, title: First Plan, from: 1928-10-01, to: 1932-12-31, plan: true, ended: declared fulfilled early }
  - { id: second, title: Second Plan, from: 1933-01-01, to: 1937-12-31, plan: true }
  - { id: third, title: Third Plan, from: 1938-01-01, to: 1941-06-22, plan: true, ended: cut short by the war }
)";
    LoadResult r = loadWithRecords(records);
    ASSERT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
    const auto coal = planComparison(seriesById(r.data, QStringLiteral("coal-plans")));
    ASSERT_TRUE(coal);
    ASSERT_EQ(coal->plans.size(), 3u);
    EXPECT_EQ(planComparisonNote(r.data, coal->plans[0]),
        u"First Plan: 1932 output against the targets for 1933; the plan was declared fulfilled early");
    EXPECT_EQ(planComparisonNote(r.data, coal->plans[1]), QString()); // 1937 against 1937
    EXPECT_EQ(planComparisonNote(r.data, coal->plans[2]),
        u"Third Plan: 1940 output against the targets for 1942; the plan was cut short by the war");
    EXPECT_EQ(
        planComparisonBrief(r.data, coal->plans[2]), u"3rd Plan: 1940 output, 1942 targets (cut short by the war)");
    EXPECT_EQ(planComparisonBrief(r.data, coal->plans[1]), QString());

    // The plan in force is the plan period holding the day, numbered in order of their starts.
    EXPECT_EQ(planNumberAt(r.data, day(1928, 9, 30)), 0);
    EXPECT_EQ(planNumberAt(r.data, day(1932, 12, 31)), 1);
    EXPECT_EQ(planNumberAt(r.data, day(1933, 1, 7)), 2);
    EXPECT_EQ(planNumberAt(r.data, day(1941, 6, 22)), 3);
    EXPECT_EQ(planNumberAt(r.data, day(1941, 6, 23)), 0);
}
