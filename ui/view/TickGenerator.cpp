#include "TickGenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <utility>

namespace khronika {

namespace {

// QDate covers roughly +-7.8e11 Julian days; anything outside is clamped well inside that so that a
// scale without limits (the default is +-1e12) still yields valid dates instead of year 0 garbage.
constexpr double kSafeDay = 1e11;

// The shortest distance between two consecutive ticks of each unit, in days. unitFor() compares labels
// against the shortest gap (February, a quarter without a leap day, ...) so that the chosen unit does
// not flicker as the user pans across long and short months.
constexpr double minimumDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return 3652; // ten years with two leap days
    case TickUnit::FiveYears:
        return 1826; // five years with one leap day
    case TickUnit::Year:
        return 365;
    case TickUnit::Quarter:
        return 90; // January to March in a common year
    case TickUnit::Month:
        return 28;
    case TickUnit::Week:
        return 7;
    case TickUnit::Day:
        return 1;
    }
    return 1;
}

// The larger unit whose ticks are drawn as major ticks. Days are grouped by month rather than by week:
// "Nov 1927" on the 1st tells the reader where they are, a label on every Monday would not.
std::optional<TickUnit> majorUnit(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
    case TickUnit::FiveYears: // every label already names its year
        return std::nullopt;
    case TickUnit::Year:
        return TickUnit::Decade;
    case TickUnit::Quarter:
    case TickUnit::Month:
        return TickUnit::Year;
    case TickUnit::Week:
    case TickUnit::Day:
        return TickUnit::Month;
    }
    return std::nullopt;
}

QString monthAbbreviation(int month)
{
    // In English fixed three-letter abbreviations, whatever the locale's own ("Sept" in British
    // English); in another interface language the locale's short stand-alone name ("нояб.").
    static constexpr std::array<const char16_t *, 12> names
        = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    if (month < 1 || month > 12)
        return {};
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        return locale.standaloneMonthName(month, QLocale::ShortFormat);
    return QString::fromUtf16(names[size_t(month - 1)]);
}

QString quarterLabel(int quarter)
{
    return QCoreApplication::translate("TickGenerator", "Q%1", "a quarter of the year on the time axis: Q3")
        .arg(quarter);
}

QDate dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(std::clamp(day, -kSafeDay, kSafeDay))));
}

double dayOf(const QDate &date)
{
    return double(date.toJulianDay());
}

int floorDiv(int a, int b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The first day of a decade; there is no year 0 in QDate's proleptic calendar, so the "0s" start at 1 AD.
QDate decadeStart(int year)
{
    return QDate(year == 0 ? 1 : year, 1, 1);
}

// The boundary of `unit` at or before `date`. Decades are counted in steps of `stride` decades.
QDate floorBoundary(const QDate &date, TickUnit unit, int stride)
{
    switch (unit) {
    case TickUnit::Decade:
        return decadeStart(floorDiv(date.year(), 10 * stride) * 10 * stride);
    case TickUnit::FiveYears: {
        const int year = floorDiv(date.year(), 5) * 5;
        return QDate(year == 0 ? 1 : year, 1, 1);
    }
    case TickUnit::Year:
        return QDate(date.year(), 1, 1);
    case TickUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TickUnit::Month:
        return QDate(date.year(), date.month(), 1);
    case TickUnit::Week:
        return date.addDays(1 - date.dayOfWeek()); // Monday is 1
    case TickUnit::Day:
        return date;
    }
    return date;
}

QDate nextBoundary(const QDate &date, TickUnit unit, int stride)
{
    switch (unit) {
    case TickUnit::Decade:
        // By year number, not addYears(10), so that the decade after the "0s" (starting at 1 AD) is the 10s.
        return decadeStart(floorDiv(date.year(), 10 * stride) * 10 * stride + 10 * stride);
    case TickUnit::FiveYears: {
        const int year = floorDiv(date.year(), 5) * 5 + 5;
        return QDate(year == 0 ? 1 : year, 1, 1);
    }
    case TickUnit::Year:
        return date.addYears(1);
    case TickUnit::Quarter:
        return date.addMonths(3);
    case TickUnit::Month:
        return date.addMonths(1);
    case TickUnit::Week:
        return date.addDays(7);
    case TickUnit::Day:
        return date.addDays(1);
    }
    return date.addDays(1);
}

// Calls fn(day) for every boundary of `unit` in [first, last), starting with the one at or before `first`.
template<typename Fn> void forEachBoundary(double first, double last, TickUnit unit, int stride, Fn &&fn)
{
    first = std::clamp(first, -kSafeDay, kSafeDay);
    last = std::clamp(last, -kSafeDay, kSafeDay);
    QDate d = floorBoundary(dateOf(first), unit, stride);
    while (d.isValid() && dayOf(d) < last) {
        fn(d);
        const QDate next = nextBoundary(d, unit, stride);
        if (!(next > d))
            break; // never loop on a calendar edge case
        d = next;
    }
}

// The short label of a minor tick: the larger unit is carried by the major ticks around it.
QString minorLabel(const QDate &date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
    case TickUnit::FiveYears:
    case TickUnit::Year:
        return TickGenerator::label(dayOf(date), unit);
    case TickUnit::Quarter:
        return quarterLabel((date.month() - 1) / 3 + 1);
    case TickUnit::Month:
        return monthAbbreviation(date.month());
    case TickUnit::Week:
    case TickUnit::Day:
        return QString::number(date.day());
    }
    return {};
}

// Measures through the caller's callback once per distinct text: a window of days repeats "1".."31".
class CachedMeasure
{
public:
    explicit CachedMeasure(const TickGenerator::Measure &measure)
        : m_measure(measure)
    { }

    double operator()(const QString &text)
    {
        const auto it = m_cache.constFind(text);
        if (it != m_cache.constEnd())
            return it.value();
        double w = m_measure ? m_measure(text) : 0.0;
        // A NaN or negative width from a broken font would defeat every comparison below.
        if (!(w >= 0))
            w = 0;
        m_cache.insert(text, w);
        return w;
    }

private:
    const TickGenerator::Measure &m_measure;
    QHash<QString, double> m_cache;
};

double sanitizePadding(double padding)
{
    return (std::isfinite(padding) && padding > 0) ? padding : 0.0;
}

// Closed pixel intervals that are kept apart by at least `gap`. Because members never overlap, ordering
// them by start also orders them by end, so a candidate only has to be checked against its two
// neighbours: O(log n) per query.
class DisjointIntervals
{
public:
    explicit DisjointIntervals(double gap)
        : m_gap(gap)
        // Rounding in xForDay must not drop a label that fits exactly; the tolerance stays below the
        // gap so it can never let two labels really overlap.
        , m_tolerance(std::min(1e-6, gap / 2))
    { }

    bool fits(double a, double b) const
    {
        const auto next = m_set.lower_bound({a, -std::numeric_limits<double>::infinity()});
        // Usually only the first member at or after `a` matters; the loop steps past a zero-width
        // interval sitting on `a` when there is no gap, which touches without overlapping.
        for (auto it = next; it != m_set.end() && it->first - m_gap + m_tolerance < b; ++it) {
            if (a < it->second + m_gap - m_tolerance)
                return false;
        }
        if (next != m_set.begin() && a < std::prev(next)->second + m_gap - m_tolerance)
            return false;
        return true;
    }

    void insert(double a, double b) { m_set.emplace(a, b); }

private:
    std::set<std::pair<double, double>> m_set;
    double m_gap;
    double m_tolerance;
};

} // namespace

TickUnit TickGenerator::unitFor(const TimeScale &scale, const Measure &measure, double padding)
{
    const double ppd = scale.pixelsPerDay();
    if (!(ppd > 0) || !std::isfinite(ppd))
        return TickUnit::Decade;
    padding = sanitizePadding(padding);
    CachedMeasure measured(measure);
    for (TickUnit unit :
        {TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter, TickUnit::Year, TickUnit::FiveYears}) {
        const double spacing = minimumDays(unit) * ppd;
        // Cheap rejection before any tick is listed: a unit with ticks closer than the padding (or than
        // a pixel) cannot fit, and skipping it keeps a decades-wide window from listing every day.
        if (spacing < std::max(padding, 1.0))
            continue;
        double widest = 0;
        // Years are measured by their first and last label, not by listing a millennium of them.
        if (unit == TickUnit::FiveYears || unit == TickUnit::Year)
            widest = std::max(measured(label(scale.start(), unit)), measured(label(scale.end(), unit)));
        else
            forEachBoundary(scale.start(), scale.end(), unit, 1,
                [&](const QDate &d) { widest = std::max(widest, measured(minorLabel(d, unit))); });
        if (widest + padding <= spacing)
            return unit;
    }
    return TickUnit::Decade;
}

std::vector<Tick> TickGenerator::ticks(const TimeScale &scale, const Measure &measure, double padding, TickRows rows)
{
    const double ppd = scale.pixelsPerDay();
    if (!(ppd > 0) || !std::isfinite(ppd))
        return {};
    padding = sanitizePadding(padding);
    const TickUnit unit = unitFor(scale, measure, padding);
    const std::optional<TickUnit> major = majorUnit(unit);
    CachedMeasure measured(measure);

    // Decades are the coarsest unit, so nothing else keeps their number bounded when a scale without
    // limits is zoomed out to millennia: step by 1, 2, 5, 10, 20, ... decades until labels fit.
    int stride = 1;
    if (unit == TickUnit::Decade) {
        const double need = std::max({1.0, measured(label(scale.start(), TickUnit::Decade)) + padding,
            measured(label(scale.end(), TickUnit::Decade)) + padding});
        static constexpr std::array<int, 3> steps = {1, 2, 5};
        for (int scaleOf10 = 1; scaleOf10 <= 10000000; scaleOf10 *= 10) {
            bool found = false;
            for (int s : steps) {
                stride = s * scaleOf10;
                if (stride * minimumDays(TickUnit::Decade) * ppd >= need) {
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    }

    std::vector<Tick> minors;
    forEachBoundary(scale.start(), scale.end(), unit, stride, [&](const QDate &d) {
        minors.push_back({dayOf(d), scale.xForDay(dayOf(d)), minorLabel(d, unit), false});
    });
    std::vector<Tick> majors;
    if (major) {
        forEachBoundary(scale.start(), scale.end(), *major, 1, [&](const QDate &d) {
            majors.push_back({dayOf(d), scale.xForDay(dayOf(d)), label(dayOf(d), *major), true});
        });
    }

    // Both lists are in day order; merge them, a major tick taking the place of a minor one on its day.
    std::vector<Tick> out;
    out.reserve(minors.size() + majors.size());
    size_t i = 0, j = 0;
    while (i < minors.size() || j < majors.size()) {
        if (j == majors.size() || (i < minors.size() && minors[i].day < majors[j].day)) {
            out.push_back(std::move(minors[i++]));
        } else {
            if (i < minors.size() && minors[i].day == majors[j].day)
                ++i;
            out.push_back(std::move(majors[j++]));
        }
    }

    // Each list started at its own boundary before the window; only the last tick at or before the
    // start can show part of its label, so the ones before it are dropped.
    const auto firstKept
        = std::find_if(out.rbegin(), out.rend(), [&](const Tick &t) { return t.day <= scale.start(); });
    if (firstKept != out.rend())
        out.erase(out.begin(), std::prev(firstKept.base()));

    // Majors claim their space first, since they carry the context (the year, the month); minor labels
    // that would collide with them (on one row), or with each other, are dropped but keep their tick.
    DisjointIntervals majorRow(padding), minorRow(padding);
    // On two rows, a major tick's line still runs down through the minor row: no minor label is drawn
    // across it (a month starting between two Mondays would cut the "31" before it).
    if (rows == TickRows::Two) {
        for (const Tick &t : out) {
            if (t.major)
                minorRow.insert(t.x, t.x);
        }
    }
    for (bool majorPass : {true, false}) {
        DisjointIntervals &taken = majorPass || rows == TickRows::One ? majorRow : minorRow;
        for (Tick &t : out) {
            if (t.major != majorPass || t.label.isEmpty())
                continue;
            const double w = measured(t.label);
            if (taken.fits(t.x, t.x + w))
                taken.insert(t.x, t.x + w);
            else
                t.label.clear();
        }
    }
    return out;
}

QString TickGenerator::label(double day, TickUnit unit)
{
    if (!std::isfinite(day))
        return {};
    const QDate d = dateOf(day);
    if (!d.isValid())
        return {};
    switch (unit) {
    case TickUnit::Decade:
        return QCoreApplication::translate("TickGenerator", "%1s", "a decade on the time axis: 1940s")
            .arg(floorDiv(d.year(), 10) * 10);
    case TickUnit::FiveYears:
    case TickUnit::Year:
        return QString::number(d.year());
    case TickUnit::Quarter:
        return quarterLabel((d.month() - 1) / 3 + 1) + u' ' + QString::number(d.year());
    case TickUnit::Month:
        return monthAbbreviation(d.month()) + u' ' + QString::number(d.year());
    case TickUnit::Week:
    case TickUnit::Day:
        return QString::number(d.day()) + u' ' + monthAbbreviation(d.month());
    }
    return {};
}

} // namespace khronika
