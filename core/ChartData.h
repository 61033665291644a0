#pragma once

#include "DataSet.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace khronika {

// The figures the economy charts draw, computed from a data set's series and nothing else: change a
// value in series.yaml and every chart and caption follows. Qt Core only, so that the numbers are
// tested without widgets and the charts can move to another renderer.

// The groups of series.yaml the charts gather (matched case-insensitively). The plan comparisons are
// not found by group but by their target points, so a data set may split them over several groups.
namespace chartgroups {
inline constexpr QStringView kCollectivisation = u"Collectivisation";
inline constexpr QStringView kLivestock = u"Livestock";
inline constexpr QStringView kGrain = u"Grain";
inline constexpr QStringView kGulag = u"Gulag";
inline constexpr QStringView kDeathSentences = u"Death sentences";
inline constexpr QStringView kUrbanPopulation = u"Urban population";
inline constexpr QStringView kUrbanShare = u"Urban share";
} // namespace chartgroups

// The charts a viewer offers, by the ids the command line and tour steps use: "fyp" (the Five Year
// Plans), "collectivisation", "countryside" (livestock and grain), "terror" (death sentences and the
// Gulag) and "towns" (the urban population at the censuses).
const QStringList &economyChartIds();
// The plots of a chart, top to bottom, by the series group each draws (chartgroups): what a tour step's
// `plots` may name. The Five Year Plans are one plot.
QStringList economyChartPlots(QStringView chart);

// Where a dated value sits on a time axis, as a fractional Julian day: the middle of the days its date
// covers. A yearly figure ("1932") sits in the middle of its year, a monthly one in the middle of its
// month and a count taken on a day ("1930-03-01") on that day.
double chartDay(const Date &date);

struct ChartPoint {
    double day = 0; // chartDay(date)
    double value = 0;
    Date date;
    bool checked = true; // SeriesPoint::checked: charts draw an unchecked figure open
    friend bool operator==(const ChartPoint &, const ChartPoint &) = default;
};

// One line of a time chart: the actual points of one series, in time order (targets are left out).
struct ChartSeries {
    QString id;
    QString title;
    QString subject; // what is counted: the title up to its first comma ("Cattle")
    QString version; // which count or estimate: the title after that comma; empty when there is none
    QString unit;
    QString group;
    QString basis;
    std::vector<SourceRef> sources;
    // Another series of the same group gives the same subject another way (a different kind of count,
    // a disputed estimate): the charts draw each version as its own labelled line.
    bool hasAlternatives = false;
    std::vector<ChartPoint> points;

    // The subject, followed by the version when the series has alternatives: "Cattle: summer counts".
    QString label() const;
    int uncheckedCount() const; // points not checked against a readable source
};

// The series of one group in data order, with their actual points.
std::vector<ChartSeries> seriesOfGroup(const DataSet &data, QStringView group);
ChartSeries chartSeries(const Series &series);

// A plan target: one variant of the goal a plan set for a product.
struct PlanTarget {
    QString variant; // as written in the data ("basic", "optimal", "second-plan"); may be empty
    ChartPoint point;
};

// One Five Year Plan for one product: the goal(s) it set and what was achieved.
struct PlanStage {
    int number = 0; // 1, 2, 3, ... in the order of the target dates
    Date targetDate;
    std::vector<PlanTarget> targets; // ascending by value: the cautious variant first
    // The last actual point after the previous plan's target date and no later than this one's (the
    // starting level excluded). Missing when the data has no result for the plan.
    std::optional<ChartPoint> achieved;
    // The days this plan covers on the time axis: from the day after the previous result (or the
    // starting level) to the end of this plan's result (or target) date. Used to mark the plan that
    // holds the cursor.
    DayRange span;

    // The goal results are judged against: the highest variant (for the First Plan the "optimal" one
    // the party adopted). Null when the plan has no target.
    const PlanTarget *mainTarget() const { return targets.empty() ? nullptr : &targets.back(); }
    // The result as a share of a target, in per cent; nothing without a result or for a zero target.
    std::optional<double> percentOf(const PlanTarget &target) const;
};

// Plan against reality for one product (coal, oil, pig iron, ...): a series that has target points.
struct PlanComparison {
    QString seriesId;
    QString product; // the title up to its first comma ("Coal output")
    QString title;
    QString unit;
    QString group;
    QString basis;
    std::vector<SourceRef> sources;
    // The level the plans started from: the earliest actual point, when a plan's target comes after it.
    std::optional<ChartPoint> baseline;
    std::vector<PlanStage> plans;

    // The plan whose span holds a day, or null.
    const PlanStage *planAt(Day day) const;
    // The drawn figures (starting level, results, targets) not checked against a readable source.
    int uncheckedCount() const;
};

// Every series with at least one target point, in data order; targets are grouped into plans by their
// date (all variants with the same date belong to one plan).
std::vector<PlanComparison> planComparisons(const DataSet &data);
std::optional<PlanComparison> planComparison(const Series &series);

// "First", "Second", ... for plan numbers 1 to 10; "Plan 11" beyond.
QString planOrdinal(int number);

// What changed in a series around a day.
//
// The rule: the change starts at the last point drawn at or before the day (chartDay(point) <= day)
// or, when the day comes before the series' first point by less than `horizonDays`, at that first
// point. From there it follows the series while the values keep moving the same way (up, or down;
// an equal value does not end the run) and ends at the turning point, the last point before the
// direction reverses, or at the last point within `horizonDays` of the start, whichever comes first.
// So cattle counted 70.5 in 1928 and falling every year to 38.4 in 1933 before rising again gives
// "70.5 → 38.4, 1928 → 1933" for any day in 1928 before the summer count. Nothing is said when no
// later point lies within the horizon (the day is after the series, or the next count is far off).
struct ChangeOptions {
    double horizonDays = 1830; // five years, counted generously so that a yearly point 5 years on is in
};

struct SeriesChange {
    ChartPoint from;
    ChartPoint to;
    double difference() const { return to.value - from.value; }
    // to / from; nothing when from is zero.
    std::optional<double> ratio() const;
};

std::optional<SeriesChange> findChange(const ChartSeries &series, double day, const ChangeOptions &options = {});

// The change in words, for captions:
//   "Cattle, summer counts 1928–1935: 70.5 → 38.4 million head, −46 %, 1928 → 1933"
// A series measured in per cent changes by percentage points ("−35.3 points"); a value that more
// than doubles is given as a multiple ("×1.8" reads better than "+81 %" on a projector, "×31" far
// better than "+2,959 %"). `label` replaces the series title when given.
QString describeChange(const ChartSeries &series, const SeriesChange &change, const QString &label = {});
// The size of the change alone, by the same rules: "−46 %", "−35.3 points", "×31", "no change".
QString describeChangeAmount(const ChartSeries &series, const SeriesChange &change);

// findChange + describeChange on a data-set series; empty when nothing can be said.
QString changeAround(const Series &series, Day day, const ChangeOptions &options = {});

// A value as the data writes it: no trailing zeros, thousands separated ("353,074", "0.17").
QString formatChartValue(double value);

// The bibliography for a chart's source line: the works cited by `refs`, each once, in order of first
// citation. A work missing from the bibliography is kept as its id so that nothing is silently lost.
struct CitedWork {
    QString id;
    QString author;
    QString title;
    int year = 0;
    QStringList pages; // the pages cited, each once
    QString shortText() const; // "Alec Nove (1992)"
    QString fullText() const; // "Alec Nove (1992). An Economic History of the USSR, p. 12"
};
std::vector<CitedWork> citedWorks(const DataSet &data, const std::vector<SourceRef> &refs);

} // namespace khronika
