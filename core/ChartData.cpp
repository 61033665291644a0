#include "ChartData.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace khronika {

namespace {

// U+2212 MINUS SIGN, U+2192 RIGHTWARDS ARROW, U+00D7 MULTIPLICATION SIGN and a no-break space: the
// captions are read from the back of a classroom, where "-46 %" split over two lines or a hyphen for a
// minus reads badly.
constexpr char16_t kMinus = u'\u2212';
const QString kArrow = QStringLiteral(" \u2192 ");
constexpr char16_t kTimes = u'\u00D7';
constexpr char16_t kNoBreakSpace = u'\u00A0';

// The title up to its first comma, and what follows it.
std::pair<QString, QString> splitTitle(const QString &title)
{
    const qsizetype comma = title.indexOf(u',');
    if (comma < 0)
        return {title.trimmed(), QString()};
    return {title.left(comma).trimmed(), title.mid(comma + 1).trimmed()};
}

ChartPoint toChartPoint(const SeriesPoint &p, Series::Measure measure = Series::Measure::Count)
{
    const DayRange span = figureSpan(p.date, p.measure.value_or(measure));
    return {(double(span.first) + double(span.last + 1)) / 2, p.value, p.date, p.checked, span, p.caveat};
}

bool earlier(const ChartPoint &a, const ChartPoint &b)
{
    return a.day < b.day;
}

bool isPercentUnit(const QString &unit)
{
    return unit.startsWith(u"per cent", Qt::CaseInsensitive) || unit.startsWith(u"percent", Qt::CaseInsensitive)
        || unit.startsWith(u'%');
}

QLocale english()
{
    // Numbers in the interface's language ("1,234.5"; "1 234,5" in Russian), English the British way.
    return displayLocale();
}

QString signedNumber(double value, int decimals)
{
    const QString digits = english().toString(std::abs(value), 'f', decimals);
    if (value > 0)
        return u'+' + digits;
    if (value < 0)
        return kMinus + digits;
    return digits;
}

} // namespace

const QStringList &economyChartIds()
{
    static const QStringList ids {QStringLiteral("fyp"), QStringLiteral("collectivisation"),
        QStringLiteral("countryside"), QStringLiteral("terror"), QStringLiteral("towns")};
    return ids;
}

QStringList economyChartPlots(QStringView chart)
{
    using namespace chartgroups;
    if (chart == u"collectivisation")
        return {kCollectivisation.toString()};
    if (chart == u"countryside")
        return {kLivestock.toString(), kGrain.toString()};
    // The death sentences first: the spike of 1937–38 is what a class should see without scrolling.
    if (chart == u"terror")
        return {kDeathSentences.toString(), kGulag.toString()};
    if (chart == u"towns")
        return {kUrbanPopulation.toString(), kUrbanShare.toString()};
    return {};
}

double chartDay(const Date &date)
{
    return (double(date.firstDay()) + double(date.lastDay() + 1)) / 2;
}

DayRange figureSpan(const Date &date, Series::Measure measure)
{
    // A yearly figure written with a finer date is taken at its word: the days of that date.
    if (measure == Series::Measure::Count || date.precision != Date::Precision::Year)
        return date.range();
    if (measure == Series::Measure::Year)
        return {Date {date.year, 1, 1, Date::Precision::Day}.firstDay(),
            Date {date.year, 12, 31, Date::Precision::Day}.firstDay()};
    return {Date {date.year - 1, 7, 1, Date::Precision::Day}.firstDay(),
        Date {date.year, 6, 30, Date::Precision::Day}.firstDay()};
}

QString measureText(Series::Measure measure)
{
    switch (measure) {
    // In the interface's language: the charts write it under each plot's unit.
    case Series::Measure::Count:
        return QCoreApplication::translate("ChartData", "counts on the dates given");
    case Series::Measure::Year:
        return QCoreApplication::translate("ChartData", "calendar years");
    case Series::Measure::AgriculturalYear:
        return QCoreApplication::translate("ChartData", "agricultural years, July to June");
    }
    return {};
}

QString ChartSeries::label() const
{
    if (hasAlternatives && !version.isEmpty())
        return subject + QStringLiteral(": ") + version;
    return subject;
}

ChartSeries chartSeries(const Series &series)
{
    ChartSeries s;
    s.id = series.id;
    s.title = series.title;
    std::tie(s.subject, s.version) = splitTitle(series.title);
    s.unit = series.unit;
    s.group = series.group;
    s.basis = series.basis;
    s.sources = series.sources;
    s.measure = series.measure;
    s.interpolate = series.interpolate;
    for (const SeriesPoint &p : series.points) {
        if (p.kind == SeriesPoint::Kind::Actual)
            s.points.push_back(toChartPoint(p, series.measure));
    }
    std::stable_sort(s.points.begin(), s.points.end(), earlier);
    return s;
}

std::vector<ChartSeries> seriesOfGroup(const DataSet &data, QStringView group)
{
    std::vector<ChartSeries> result;
    for (const Series &s : data.series) {
        if (s.group.compare(group, Qt::CaseInsensitive) == 0)
            result.push_back(chartSeries(s));
    }
    QHash<QString, int> subjects;
    for (const ChartSeries &s : result)
        ++subjects[s.subject.toCaseFolded()];
    for (ChartSeries &s : result)
        s.hasAlternatives = subjects.value(s.subject.toCaseFolded()) > 1;
    return result;
}

std::optional<double> PlanStage::percentOf(const PlanTarget &target) const
{
    if (!achieved || target.point.value == 0)
        return std::nullopt;
    return achieved->value / target.point.value * 100;
}

int ChartSeries::uncheckedCount() const
{
    return int(std::count_if(points.begin(), points.end(), [](const ChartPoint &p) { return !p.checked; }));
}

int PlanComparison::uncheckedCount() const
{
    int n = baseline && !baseline->checked;
    for (const PlanStage &s : plans) {
        n += s.achieved && !s.achieved->checked;
        for (const PlanTarget &t : s.targets)
            n += !t.point.checked;
    }
    return n;
}

const PlanStage *PlanComparison::planAt(Day day) const
{
    for (const PlanStage &p : plans) {
        if (p.span.contains(day))
            return &p;
    }
    return nullptr;
}

std::optional<PlanComparison> planComparison(const Series &series)
{
    // Targets grouped by their date (first and last day, so that "1933" and "1933-01" stay apart):
    // every variant set for the same date is one plan.
    std::map<std::pair<Day, Day>, std::vector<const SeriesPoint *>> byDate;
    std::vector<ChartPoint> actuals;
    for (const SeriesPoint &p : series.points) {
        if (p.kind == SeriesPoint::Kind::Target)
            byDate[{p.date.firstDay(), p.date.lastDay()}].push_back(&p);
        else
            actuals.push_back(toChartPoint(p));
    }
    if (byDate.empty())
        return std::nullopt;
    std::stable_sort(actuals.begin(), actuals.end(), earlier);

    PlanComparison c;
    c.seriesId = series.id;
    c.title = series.title;
    c.product = splitTitle(series.title).first;
    c.unit = series.unit;
    c.group = series.group;
    c.basis = series.basis;
    c.sources = series.sources;
    const Date firstTarget = byDate.begin()->second.front()->date;
    if (!actuals.empty() && actuals.front().day < chartDay(firstTarget))
        c.baseline = actuals.front();

    std::optional<Day> previousTargetEnd;
    std::optional<Day> previousEnd = c.baseline ? std::optional(c.baseline->date.lastDay()) : std::nullopt;
    for (const auto &[key, points] : byDate) {
        PlanStage stage;
        stage.number = int(c.plans.size()) + 1;
        stage.targetDate = points.front()->date;
        for (const SeriesPoint *p : points)
            stage.targets.push_back({p->variant, toChartPoint(*p)});
        std::stable_sort(stage.targets.begin(), stage.targets.end(),
            [](const PlanTarget &a, const PlanTarget &b) { return a.point.value < b.point.value; });
        const Day targetEnd = stage.targetDate.lastDay();
        for (size_t i = c.baseline ? 1 : 0; i < actuals.size(); ++i) {
            const ChartPoint &a = actuals[i];
            if ((!previousTargetEnd || a.date.firstDay() > *previousTargetEnd) && a.date.lastDay() <= targetEnd)
                stage.achieved = a;
        }
        const Day last = stage.achieved ? stage.achieved->date.lastDay() : targetEnd;
        const Day first = previousEnd
            ? *previousEnd + 1
            : std::min(stage.targetDate.firstDay(), stage.achieved ? stage.achieved->date.firstDay() : targetEnd);
        stage.span = {std::min(first, last), last};
        previousTargetEnd = targetEnd;
        previousEnd = last;
        c.plans.push_back(std::move(stage));
    }
    return c;
}

std::vector<PlanComparison> planComparisons(const DataSet &data)
{
    std::vector<PlanComparison> result;
    for (const Series &s : data.series) {
        if (auto c = planComparison(s))
            result.push_back(std::move(*c));
    }
    return result;
}

QString planOrdinal(int number)
{
    static constexpr std::array<const char16_t *, 10> names
        = {u"First", u"Second", u"Third", u"Fourth", u"Fifth", u"Sixth", u"Seventh", u"Eighth", u"Ninth", u"Tenth"};
    if (number >= 1 && number <= int(names.size()))
        return QString::fromUtf16(names[size_t(number - 1)]);
    return QStringLiteral("Plan %1").arg(number);
}

std::vector<const Period *> planPeriods(const DataSet &data)
{
    std::vector<const Period *> plans;
    for (const Period &p : data.periods) {
        if (p.plan)
            plans.push_back(&p);
    }
    std::stable_sort(plans.begin(), plans.end(),
        [](const Period *a, const Period *b) { return a->from.firstDay() < b->from.firstDay(); });
    return plans;
}

int planNumberAt(const DataSet &data, Day day)
{
    const auto plans = planPeriods(data);
    for (size_t i = 0; i < plans.size(); ++i) {
        if (day >= plans[i]->from.firstDay() && day <= plans[i]->to.lastDay())
            return int(i) + 1;
    }
    return 0;
}

QString planComparisonNote(const DataSet &data, const PlanStage &stage)
{
    if (!stage.achieved || stage.targets.empty() || stage.achieved->date.year == stage.targetDate.year)
        return {};
    QString note = QStringLiteral("%1 Plan: %2 output against the targets for %3")
                       .arg(planOrdinal(stage.number))
                       .arg(stage.achieved->date.year)
                       .arg(stage.targetDate.year);
    const auto plans = planPeriods(data);
    if (stage.number >= 1 && stage.number <= int(plans.size()) && !plans[size_t(stage.number - 1)]->ended.isEmpty())
        note += QStringLiteral("; the plan was ") + plans[size_t(stage.number - 1)]->ended;
    return note;
}

QString planComparisonBrief(const DataSet &data, const PlanStage &stage)
{
    if (!stage.achieved || stage.targets.empty() || stage.achieved->date.year == stage.targetDate.year)
        return {};
    const QString suffix = stage.number == 1 ? QStringLiteral("st")
        : stage.number == 2                  ? QStringLiteral("nd")
        : stage.number == 3                  ? QStringLiteral("rd")
                                             : QStringLiteral("th");
    QString note = QStringLiteral("%1%2 Plan: %3 output, %4 targets")
                       .arg(stage.number)
                       .arg(suffix)
                       .arg(stage.achieved->date.year)
                       .arg(stage.targetDate.year);
    // The reason up to its first comma: "declared fulfilled early, at the end of 1932" is "declared
    // fulfilled early".
    const auto plans = planPeriods(data);
    if (stage.number >= 1 && stage.number <= int(plans.size()) && !plans[size_t(stage.number - 1)]->ended.isEmpty())
        note += QStringLiteral(" (%1)").arg(plans[size_t(stage.number - 1)]->ended.section(u',', 0, 0).trimmed());
    return note;
}

std::optional<double> SeriesChange::ratio() const
{
    if (from.value == 0)
        return std::nullopt;
    return to.value / from.value;
}

std::optional<SeriesChange> findChange(const ChartSeries &series, double day, const ChangeOptions &options)
{
    const auto &pts = series.points;
    if (pts.empty())
        return std::nullopt;
    // The last point at or before the day; failing that, a first point close after it.
    const auto after
        = std::upper_bound(pts.begin(), pts.end(), day, [](double d, const ChartPoint &p) { return d < p.day; });
    size_t start = 0;
    if (after == pts.begin()) {
        if (pts.front().day - day > options.horizonDays)
            return std::nullopt;
    } else {
        start = size_t(after - pts.begin()) - 1;
    }

    // Follow the series while it keeps moving the same way, up to the horizon.
    size_t end = start;
    int direction = 0;
    for (size_t j = start + 1; j < pts.size(); ++j) {
        if (pts[j].day - pts[start].day > options.horizonDays)
            break;
        const double step = pts[j].value - pts[j - 1].value;
        const int d = step > 0 ? 1 : (step < 0 ? -1 : 0);
        if (direction == 0)
            direction = d;
        else if (d != 0 && d != direction)
            break;
        end = j;
    }
    if (end == start)
        return std::nullopt;
    return SeriesChange {pts[start], pts[end]};
}

QString describeChangeAmount(const ChartSeries &series, const SeriesChange &change)
{
    const double difference = change.difference();
    if (difference == 0)
        return QStringLiteral("no change");
    // A share changes by points: 57.2 to 21.9 per cent is not "−62 %".
    if (isPercentUnit(series.unit))
        return signedNumber(difference, 1) + kNoBreakSpace + QStringLiteral("points");
    const auto ratio = change.ratio();
    if (!ratio)
        return signedNumber(difference, 1);
    if (*ratio >= 2)
        return kTimes + english().toString(*ratio, 'f', *ratio < 10 ? 1 : 0);
    // Whole per cents, except that a change under one per cent is not rounded away to "0 %".
    const double percent = (*ratio - 1) * 100;
    if (std::abs(percent) < 0.95)
        return signedNumber(std::round(percent * 10) / 10, 1) + kNoBreakSpace + u'%';
    return signedNumber(std::round(percent), 0) + kNoBreakSpace + u'%';
}

QString describeChange(const ChartSeries &series, const SeriesChange &change, const QString &label)
{
    QString text = (label.isEmpty() ? series.title : label) + QStringLiteral(": ") + formatChartValue(change.from.value)
        + kArrow + formatChartValue(change.to.value);
    if (!series.unit.isEmpty())
        text += u' ' + series.unit;
    text += QStringLiteral(", ") + describeChangeAmount(series, change) + QStringLiteral(", ")
        + change.from.date.toDisplayString() + kArrow + change.to.date.toDisplayString();
    return text;
}

QString changeAround(const Series &series, Day day, const ChangeOptions &options)
{
    const ChartSeries s = chartSeries(series);
    // The middle of the day, as a point counted on that day is drawn.
    const auto change = findChange(s, double(day) + 0.5, options);
    return change ? describeChange(s, *change) : QString();
}

QString formatChartValue(double value)
{
    int decimals = 0;
    while (decimals < 3) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            break;
        ++decimals;
    }
    QString text = english().toString(std::abs(value), 'f', decimals);
    return value < 0 ? kMinus + text : text;
}

QString CitedWork::shortText() const
{
    if (author.isEmpty())
        return id;
    return year ? QStringLiteral("%1 (%2)").arg(author).arg(year) : author;
}

QString CitedWork::fullText() const
{
    QString text = shortText();
    if (!title.isEmpty())
        text += QStringLiteral(". ") + title;
    if (!pages.isEmpty())
        text += QStringLiteral(", ") + pages.join(QStringLiteral("; "));
    return text;
}

std::vector<CitedWork> citedWorks(const DataSet &data, const std::vector<SourceRef> &refs)
{
    std::vector<CitedWork> works;
    for (const SourceRef &ref : refs) {
        auto it = std::find_if(works.begin(), works.end(), [&](const CitedWork &w) { return w.id == ref.ref; });
        if (it == works.end()) {
            CitedWork w;
            w.id = ref.ref;
            const auto source = std::find_if(
                data.sources.begin(), data.sources.end(), [&](const Source &s) { return s.id == ref.ref; });
            if (source != data.sources.end()) {
                w.author = source->author;
                w.title = source->title;
                w.year = source->year;
            }
            works.push_back(w);
            it = works.end() - 1;
        }
        if (!ref.page.isEmpty() && !it->pages.contains(ref.page))
            it->pages << ref.page;
    }
    return works;
}

} // namespace khronika
