#include "ui/view/TickGenerator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QDate>

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <random>
#include <set>

using namespace khronika;

namespace {

const double kFirst = double(QDate(1922, 1, 1).toJulianDay());
const double kLast = double(QDate(1943, 1, 1).toJulianDay());
constexpr double kPadding = 12.0;

// Roughly a 13 px UI font: eight pixels a character.
double eightPerChar(const QString &s)
{
    return 8.0 * double(s.size());
}

const char *unitName(TickUnit u)
{
    switch (u) {
    case TickUnit::Decade:
        return "Decade";
    case TickUnit::FiveYears:
        return "FiveYears";
    case TickUnit::Year:
        return "Year";
    case TickUnit::Quarter:
        return "Quarter";
    case TickUnit::Month:
        return "Month";
    case TickUnit::Week:
        return "Week";
    case TickUnit::Day:
        return "Day";
    }
    return "?";
}

// What the generator promises for the ticks around a unit, written out independently of it.
std::optional<TickUnit> expectedMajor(TickUnit u)
{
    switch (u) {
    case TickUnit::Decade:
    case TickUnit::FiveYears:
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

bool onBoundary(double day, TickUnit u)
{
    if (day != std::floor(day))
        return false;
    const QDate d = QDate::fromJulianDay(qint64(day));
    switch (u) {
    case TickUnit::Decade:
        return d.day() == 1 && d.month() == 1 && d.year() % 10 == 0;
    case TickUnit::FiveYears:
        return d.day() == 1 && d.month() == 1 && d.year() % 5 == 0;
    case TickUnit::Year:
        return d.day() == 1 && d.month() == 1;
    case TickUnit::Quarter:
        return d.day() == 1 && (d.month() - 1) % 3 == 0;
    case TickUnit::Month:
        return d.day() == 1;
    case TickUnit::Week:
        return d.dayOfWeek() == Qt::Monday;
    case TickUnit::Day:
        return true;
    }
    return false;
}

QString expectedMinorLabel(double day, TickUnit u)
{
    static const QStringList months
        = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
            QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
            QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QDate d = QDate::fromJulianDay(qint64(day));
    switch (u) {
    case TickUnit::Decade:
        return QString::number(d.year()) + QStringLiteral("s");
    case TickUnit::FiveYears:
    case TickUnit::Year:
        return QString::number(d.year());
    case TickUnit::Quarter:
        return QStringLiteral("Q") + QString::number((d.month() - 1) / 3 + 1);
    case TickUnit::Month:
        return months.at(d.month() - 1);
    case TickUnit::Week:
    case TickUnit::Day:
        return QString::number(d.day());
    }
    return {};
}

// Checks every promise ticks() makes about one scale; returns the number of labels in view.
int checkTicks(
    const TimeScale &s, const TickGenerator::Measure &measure, const std::string &where, TickRows rows = TickRows::One)
{
    const TickUnit unit = TickGenerator::unitFor(s, measure, kPadding);
    const std::optional<TickUnit> major = expectedMajor(unit);
    const std::vector<Tick> ticks = TickGenerator::ticks(s, measure, kPadding, rows);
    // Two labels share a row when all labels do, or when both are major or both minor.
    const auto sameRow = [&](const Tick &a, const Tick &b) { return rows == TickRows::One || a.major == b.major; };
    const std::string ctx = where + " unit " + unitName(unit);
    EXPECT_FALSE(ticks.empty()) << ctx;

    int before = 0, visibleLabels = 0;
    const Tick *previousLabelled[2] = {nullptr, nullptr}; // per row: [0] minor (or the only row), [1] major
    for (size_t i = 0; i < ticks.size(); ++i) {
        const Tick &t = ticks[i];
        EXPECT_DOUBLE_EQ(t.x, s.xForDay(t.day)) << ctx;
        // Sorted, one tick per day (a major replaces the minor on its day).
        if (i > 0) {
            EXPECT_LT(ticks[i - 1].x, t.x) << ctx << " tick " << i;
        }
        // Inside the window, except for the one tick just before it whose label may reach into view.
        EXPECT_LT(t.day, s.end()) << ctx;
        if (t.day < s.start())
            ++before;
        // On a calendar boundary of its unit.
        if (t.major) {
            EXPECT_TRUE(major.has_value()) << ctx << ": a major tick without a larger unit";
            if (major) {
                EXPECT_TRUE(onBoundary(t.day, *major)) << ctx << " major at " << t.day;
                if (!t.label.isEmpty()) {
                    EXPECT_EQ(t.label, TickGenerator::label(t.day, *major)) << ctx;
                }
            }
        } else {
            EXPECT_TRUE(onBoundary(t.day, unit)) << ctx << " minor at " << t.day;
            if (!t.label.isEmpty()) {
                EXPECT_EQ(t.label, expectedMinorLabel(t.day, unit)) << ctx;
            }
        }
        if (t.x >= 0 && t.x < s.width() && !t.label.isEmpty())
            ++visibleLabels;
        // No two labels of a row overlap, not even within the padding. Because the ticks are sorted by
        // x, checking each label against the previous one of its row covers every pair.
        // On two rows, no major tick's line runs through a minor label.
        if (rows == TickRows::Two && !t.major && !t.label.isEmpty()) {
            for (const Tick &m : ticks) {
                if (m.major) {
                    EXPECT_FALSE(t.x - kPadding < m.x && m.x < t.x + measure(t.label) + kPadding)
                        << ctx << ": the line of " << m.label.toStdString() << " crosses \"" << t.label.toStdString()
                        << "\"";
                }
            }
        }
        if (!t.label.isEmpty()) {
            const Tick *&previous = previousLabelled[rows == TickRows::Two && t.major ? 1 : 0];
            if (previous) {
                const double previousRight = previous->x + measure(previous->label);
                EXPECT_LE(previousRight + kPadding, t.x + 1e-6) << ctx << ": \"" << previous->label.toStdString()
                                                                << "\" overlaps \"" << t.label.toStdString() << "\"";
            }
            previous = &t;
        }
    }
    EXPECT_LE(before, 1) << ctx;
    if (before == 1) {
        EXPECT_LE(ticks.front().day, s.start()) << ctx;
    }
    EXPECT_GE(visibleLabels, 1) << ctx;

    // Labels are dropped only when they must be: a tick without a label would have collided with a label
    // that was kept, and a major label gives way only to another major, never to a minor one.
    for (const Tick &t : ticks) {
        if (!t.label.isEmpty())
            continue;
        const QString wouldBe = t.major ? TickGenerator::label(t.day, *major) : expectedMinorLabel(t.day, unit);
        const double a = t.x, b = t.x + measure(wouldBe);
        bool collides = false;
        for (const Tick &kept : ticks) {
            if (kept.label.isEmpty() || (t.major && !kept.major) || !sameRow(t, kept))
                continue;
            const double c = kept.x, d = kept.x + measure(kept.label);
            if (c - kPadding < b - 1e-6 && a < d + kPadding - 1e-6)
                collides = true;
        }
        if (rows == TickRows::Two && !t.major) {
            for (const Tick &m : ticks) {
                if (m.major && m.x - kPadding < b - 1e-6 && a < m.x + kPadding - 1e-6)
                    collides = true;
            }
        }
        EXPECT_TRUE(collides) << ctx << ": \"" << wouldBe.toStdString() << "\" dropped without a collision";
    }
    return visibleLabels;
}

TimeScale wholePeriod(double width)
{
    TimeScale s(kFirst, kLast, width);
    s.setLimits(kFirst, kLast, 7.0);
    return s;
}

} // namespace

TEST(TickGenerator, LabelsEachUnitInFull)
{
    const double day = double(QDate(1927, 11, 14).toJulianDay());
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Decade), QStringLiteral("1920s"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Year), QStringLiteral("1927"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Quarter), QStringLiteral("Q4 1927"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Month), QStringLiteral("Nov 1927"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Week), QStringLiteral("14 Nov"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Day), QStringLiteral("14 Nov"));
    // A fractional day is the day it falls in.
    EXPECT_EQ(TickGenerator::label(day + 0.99, TickUnit::Day), QStringLiteral("14 Nov"));
    EXPECT_EQ(
        TickGenerator::label(double(QDate(1930, 1, 1).toJulianDay()) - 0.5, TickUnit::Decade), QStringLiteral("1920s"));
    EXPECT_EQ(TickGenerator::label(std::numeric_limits<double>::quiet_NaN(), TickUnit::Day), QString());
}

TEST(TickGenerator, ChoosesTheUnitFromTheSpaceAvailable)
{
    // The whole period: every fifth year is all that fits at 600 px, every year from 1280 px; decades
    // only where not even every fifth year fits (a century in 400 px).
    EXPECT_EQ(TickGenerator::unitFor(wholePeriod(600), eightPerChar), TickUnit::FiveYears);
    const double y1900 = double(QDate(1900, 1, 1).toJulianDay());
    EXPECT_EQ(TickGenerator::unitFor(TimeScale(y1900, y1900 + 36525, 400), eightPerChar), TickUnit::Decade);
    EXPECT_EQ(TickGenerator::unitFor(wholePeriod(1280), eightPerChar), TickUnit::Year);
    EXPECT_EQ(TickGenerator::unitFor(wholePeriod(1920), eightPerChar), TickUnit::Year);

    const double nov = double(QDate(1927, 11, 1).toJulianDay());
    EXPECT_EQ(TickGenerator::unitFor(TimeScale(nov, nov + 7, 600), eightPerChar), TickUnit::Day);
    EXPECT_EQ(TickGenerator::unitFor(TimeScale(nov, nov + 365, 1280), eightPerChar), TickUnit::Month);
    EXPECT_EQ(TickGenerator::unitFor(TimeScale(nov, nov + 120, 1280), eightPerChar), TickUnit::Week);

    // Wider labels need more room: the same window falls back to a coarser unit.
    const auto wide = [](const QString &s) { return 30.0 * double(s.size()); };
    EXPECT_EQ(TickGenerator::unitFor(TimeScale(nov, nov + 7, 600), wide), TickUnit::Day);
    EXPECT_EQ(TickGenerator::unitFor(TimeScale(nov, nov + 60, 600), wide), TickUnit::Month);
}

TEST(TickGenerator, MonthsCarryTheYearOnJanuary)
{
    const double jul1926 = double(QDate(1926, 7, 1).toJulianDay());
    const TimeScale s(jul1926, jul1926 + 365, 1280); // July 1926 .. June 1927
    ASSERT_EQ(TickGenerator::unitFor(s, eightPerChar), TickUnit::Month);
    const std::vector<Tick> ticks = TickGenerator::ticks(s, eightPerChar);
    ASSERT_EQ(ticks.size(), 12u);
    EXPECT_EQ(ticks[0].label, QStringLiteral("Jul"));
    EXPECT_FALSE(ticks[0].major);
    EXPECT_EQ(ticks[6].day, double(QDate(1927, 1, 1).toJulianDay()));
    EXPECT_TRUE(ticks[6].major);
    EXPECT_EQ(ticks[6].label, QStringLiteral("1927"));
    EXPECT_EQ(ticks[11].label, QStringLiteral("Jun"));
}

TEST(TickGenerator, DaysCarryTheMonthOnTheFirst)
{
    const double oct28 = double(QDate(1927, 10, 28).toJulianDay());
    const TimeScale s(oct28, oct28 + 7, 600);
    const std::vector<Tick> ticks = TickGenerator::ticks(s, eightPerChar);
    ASSERT_EQ(ticks.size(), 7u);
    EXPECT_EQ(ticks[0].label, QStringLiteral("28"));
    EXPECT_EQ(ticks[4].label, QStringLiteral("Nov 1927"));
    EXPECT_TRUE(ticks[4].major);
    EXPECT_TRUE(ticks[5].label.isEmpty() || ticks[5].label == QStringLiteral("2"));
}

TEST(TickGenerator, IncludesTheTickBeforeTheWindow)
{
    const double mid = double(QDate(1927, 11, 14).toJulianDay()) + 0.5;
    const TimeScale s(mid, mid + 400, 1280);
    const std::vector<Tick> ticks = TickGenerator::ticks(s, eightPerChar);
    ASSERT_FALSE(ticks.empty());
    EXPECT_EQ(ticks.front().day, double(QDate(1927, 11, 1).toJulianDay()));
    EXPECT_LT(ticks.front().x, 0);
}

TEST(TickGenerator, EveryZoomLevelFromTheWholePeriodToAWeek)
{
    // Zooms in step by step from 1922-1942 to seven days, at several pointer positions and widths,
    // and checks every promise at every level.
    std::mt19937 rng(1922);
    for (double width : {600.0, 1280.0, 1920.0}) {
        for (int anchorCase = 0; anchorCase < 4; ++anchorCase) {
            TimeScale s = wholePeriod(width);
            std::uniform_real_distribution<double> anchorDist(0, width);
            const double anchor = anchorCase == 0 ? 0 : anchorCase == 1 ? width / 2 : anchorDist(rng);
            std::set<TickUnit> seen;
            TickUnit previous = TickUnit::Decade;
            int levels = 0;
            for (;;) {
                const std::string where = "width " + std::to_string(int(width)) + " span " + std::to_string(s.span())
                    + " start " + std::to_string(s.start());
                const TickUnit unit = TickGenerator::unitFor(s, eightPerChar, kPadding);
                // Finer as the window shrinks: the enum runs from coarse to fine.
                EXPECT_GE(int(unit), int(previous)) << where;
                previous = unit;
                seen.insert(unit);
                checkTicks(s, eightPerChar, where);
                if (::testing::Test::HasFailure())
                    return; // one broken level is enough to read
                ++levels;
                if (s.span() <= 7.0)
                    break;
                s.zoomAt(anchor, 1.06);
            }
            EXPECT_GT(levels, 100);
            EXPECT_EQ(previous, TickUnit::Day) << "width " << width;
            for (TickUnit u : {TickUnit::Year, TickUnit::Quarter, TickUnit::Month, TickUnit::Week, TickUnit::Day})
                EXPECT_TRUE(seen.count(u)) << "width " << width << " never used " << unitName(u);
            if (width == 600.0) {
                EXPECT_TRUE(seen.count(TickUnit::FiveYears));
            }
        }
    }
}

TEST(TickGenerator, RandomWindowsAndPansKeepEveryPromise)
{
    std::mt19937 rng(1937);
    std::uniform_real_distribution<double> logSpan(std::log(7.0), std::log(kLast - kFirst));
    std::uniform_real_distribution<double> unit(0, 1);
    for (int i = 0; i < 400; ++i) {
        const double width = 300 + unit(rng) * 2000;
        TimeScale s = wholePeriod(width);
        const double span = std::exp(logSpan(rng));
        const double start = kFirst + unit(rng) * (kLast - kFirst - span);
        s.setWindow(start, start + span);
        checkTicks(s, eightPerChar, "random window " + std::to_string(i));
        if (::testing::Test::HasFailure())
            return;
    }
}

TEST(TickGenerator, OnTwoRowsAMinorLabelOnlyMakesWayForMinorOnes)
{
    // 1936-1938 in 530 px, quarters under years: on one row "1937" leaves no room for "Q2" after it;
    // with the years on a row of their own, every quarter is named.
    const double first = double(QDate(1936, 1, 1).toJulianDay()), last = double(QDate(1939, 1, 1).toJulianDay());
    const TimeScale s(first, last, 530);
    const auto tenPerBoldChar = [](const QString &text) { return 10.0 * double(text.size()); };
    ASSERT_EQ(TickGenerator::unitFor(s, tenPerBoldChar, kPadding), TickUnit::Quarter);
    const auto labelled = [&](TickRows rows) {
        QStringList out;
        for (const Tick &t : TickGenerator::ticks(s, tenPerBoldChar, kPadding, rows))
            out << t.label;
        out.removeAll(QString());
        return out;
    };
    EXPECT_FALSE(labelled(TickRows::One).contains(QStringLiteral("Q2")));
    QStringList quarters;
    for (const int year : {1936, 1937, 1938})
        quarters << QString::number(year) << QStringLiteral("Q2") << QStringLiteral("Q3") << QStringLiteral("Q4");
    EXPECT_EQ(labelled(TickRows::Two), quarters);
    checkTicks(s, tenPerBoldChar, "1936-1938 on two rows", TickRows::Two);
}

TEST(TickGenerator, RandomWindowsOnTwoRowsKeepEveryPromise)
{
    std::mt19937 rng(1938);
    std::uniform_real_distribution<double> logSpan(std::log(7.0), std::log(kLast - kFirst));
    std::uniform_real_distribution<double> unit(0, 1);
    for (int i = 0; i < 200; ++i) {
        TimeScale s = wholePeriod(300 + unit(rng) * 2000);
        const double span = std::exp(logSpan(rng));
        const double start = kFirst + unit(rng) * (kLast - kFirst - span);
        s.setWindow(start, start + span);
        checkTicks(s, eightPerChar, "random window on two rows " + std::to_string(i), TickRows::Two);
        if (::testing::Test::HasFailure())
            return;
    }
}

TEST(TickGenerator, LabelsNeverOverlapEvenWhenNothingFits)
{
    // Absurdly wide labels: nothing fits at any unit, so labels are dropped rather than overlapped.
    const auto huge = [](const QString &s) { return 150.0 * double(s.size()); };
    for (double span : {7.0, 100.0, 3000.0, kLast - kFirst}) {
        const TimeScale s(kFirst, kFirst + span, 800);
        const std::vector<Tick> ticks = TickGenerator::ticks(s, huge);
        double right = -std::numeric_limits<double>::infinity();
        for (const Tick &t : ticks) {
            if (t.label.isEmpty())
                continue;
            EXPECT_GE(t.x, right + kPadding - 1e-6) << "span " << span;
            right = t.x + huge(t.label);
        }
    }
}

TEST(TickGenerator, WholePeriodIsCheap)
{
    // The whole period at 2000 px must not walk the days of two decades: count the measurements.
    int calls = 0;
    const TickGenerator::Measure counting = [&calls](const QString &s) {
        ++calls;
        return eightPerChar(s);
    };
    const TimeScale s = wholePeriod(2000);
    const auto begin = std::chrono::steady_clock::now();
    std::vector<Tick> ticks;
    for (int i = 0; i < 100; ++i)
        ticks = TickGenerator::ticks(s, counting);
    const auto elapsed = std::chrono::steady_clock::now() - begin;
    EXPECT_LT(calls, 100 * 100);
    EXPECT_LT(ticks.size(), 100u);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

TEST(TickGenerator, StaysBoundedWithoutLimits)
{
    // A scale that was never given limits can be zoomed out to millennia; the ticks must stay few.
    for (double span : {1e5, 1e7, 1e9, 1.9e11}) {
        const TimeScale s(-span / 2, span / 2, 1000);
        const std::vector<Tick> ticks = TickGenerator::ticks(s, eightPerChar);
        EXPECT_LE(ticks.size(), 1000u) << "span " << span;
        EXPECT_FALSE(ticks.empty()) << "span " << span;
        for (size_t i = 1; i < ticks.size(); ++i)
            EXPECT_LT(ticks[i - 1].x, ticks[i].x);
    }
}

TEST(TickGenerator, SurvivesABrokenMeasure)
{
    const TimeScale s = wholePeriod(1280);
    const auto nan = [](const QString &) { return std::numeric_limits<double>::quiet_NaN(); };
    EXPECT_FALSE(TickGenerator::ticks(s, nan).empty());
    EXPECT_FALSE(TickGenerator::ticks(s, TickGenerator::Measure()).empty());
}
