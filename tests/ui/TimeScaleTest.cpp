#include "ui/view/TimeScale.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QDate>

#include <cmath>
#include <limits>
#include <random>

using namespace khronika;

namespace {

const double kFirst = double(QDate(1922, 1, 1).toJulianDay());
const double kLast = double(QDate(1943, 1, 1).toJulianDay());
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

TimeScale wholePeriod(double width)
{
    TimeScale s(kFirst, kLast, width);
    s.setLimits(kFirst, kLast, 7.0);
    return s;
}

void expectInsideLimits(const TimeScale &s)
{
    EXPECT_GE(s.start(), kFirst);
    EXPECT_LE(s.end(), kLast);
    EXPECT_GE(s.span(), 7.0 - 1e-9);
    EXPECT_LE(s.span(), kLast - kFirst + 1e-9);
}

} // namespace

TEST(TimeScale, MapsTheWindowOntoThePixels)
{
    const TimeScale s(1000, 1100, 500);
    EXPECT_DOUBLE_EQ(s.xForDay(1000), 0);
    EXPECT_DOUBLE_EQ(s.xForDay(1100), 500);
    EXPECT_DOUBLE_EQ(s.xForDay(1050), 250);
    EXPECT_DOUBLE_EQ(s.dayForX(0), 1000);
    EXPECT_DOUBLE_EQ(s.dayForX(500), 1100);
    EXPECT_DOUBLE_EQ(s.dayForX(-50), 990); // off the widget extrapolates
    EXPECT_DOUBLE_EQ(s.pixelsPerDay(), 5);
}

TEST(TimeScale, DayForXInvertsXForDay)
{
    std::mt19937 rng(1923);
    std::uniform_real_distribution<double> startDist(kFirst - 1e5, kLast + 1e5);
    std::uniform_real_distribution<double> logSpan(std::log(7.0), std::log(1e5));
    std::uniform_real_distribution<double> widthDist(1, 4000);
    std::uniform_real_distribution<double> unit(-0.5, 1.5);
    for (int i = 0; i < 10000; ++i) {
        const double start = startDist(rng);
        const double span = std::exp(logSpan(rng));
        const TimeScale s(start, start + span, widthDist(rng));
        const double day = start + unit(rng) * span;
        ASSERT_NEAR(s.dayForX(s.xForDay(day)), day, 1e-6) << "iteration " << i;
        const double x = unit(rng) * s.width();
        ASSERT_NEAR(s.xForDay(s.dayForX(x)), x, 1e-6) << "iteration " << i;
    }
}

TEST(TimeScale, ZoomKeepsTheDayUnderThePointer)
{
    // Property: whenever neither the minimum span nor the limits stop it, a zoom leaves the day under
    // the anchor where it was and divides the span by the factor.
    std::mt19937 rng(1941);
    std::uniform_real_distribution<double> logFactor(std::log(0.2), std::log(5.0));
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_real_distribution<double> widthDist(100, 3000);
    int unlimited = 0;
    for (int i = 0; i < 20000; ++i) {
        TimeScale s = wholePeriod(widthDist(rng));
        // A random window inside the period, so that most zooms are free and some hit a limit.
        const double span = 7 + unit(rng) * (kLast - kFirst - 7) * 0.5;
        const double start = kFirst + unit(rng) * (kLast - kFirst - span);
        s.setWindow(start, start + span);
        const double anchor = unit(rng) * s.width();
        const double factor = std::exp(logFactor(rng));
        const double before = s.dayForX(anchor);
        const double wantedSpan = s.span() / factor;
        const double wantedStart = before - anchor / s.width() * wantedSpan;
        const bool free = wantedSpan >= 7 && wantedStart >= kFirst && wantedStart + wantedSpan <= kLast;
        s.zoomAt(anchor, factor);
        if (free) {
            ++unlimited;
            ASSERT_NEAR(s.dayForX(anchor), before, 1e-6) << "iteration " << i << " factor " << factor;
            ASSERT_NEAR(s.span(), wantedSpan, 1e-6);
        }
        expectInsideLimits(s);
    }
    EXPECT_GT(unlimited, 10000); // the property was actually exercised
}

TEST(TimeScale, ZoomWalkWithoutLimitsKeepsTheAnchor)
{
    // Many zooms in a row at one pointer position: the error must not accumulate past 1e-6 days.
    std::mt19937 rng(1927);
    std::uniform_real_distribution<double> logFactor(std::log(0.5), std::log(2.0));
    TimeScale s(kFirst, kLast, 1280);
    const double anchor = 517.25;
    const double day = s.dayForX(anchor);
    for (int i = 0; i < 2000; ++i) {
        const double factor = std::exp(logFactor(rng));
        if (s.span() / factor < 7 || s.span() / factor > 1e7)
            continue;
        s.zoomAt(anchor, factor);
        ASSERT_NEAR(s.dayForX(anchor), day, 1e-6) << "step " << i;
    }
}

TEST(TimeScale, ZoomInStopsAtTheMinimumSpanAndStillKeepsTheAnchor)
{
    TimeScale s = wholePeriod(1000);
    const double anchor = 400;
    const double day = s.dayForX(anchor);
    s.zoomAt(anchor, 1e9);
    EXPECT_DOUBLE_EQ(s.span(), 7.0);
    EXPECT_NEAR(s.dayForX(anchor), day, 1e-6);
    s.zoomAt(anchor, 2);
    EXPECT_DOUBLE_EQ(s.span(), 7.0); // no further
}

TEST(TimeScale, ZoomOutStopsAtTheLimits)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst + 3000, kFirst + 3100);
    s.zoomAt(100, 1e-9);
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_EQ(s.end(), kLast);
    s.zoomAt(900, 0.5);
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_EQ(s.end(), kLast);
}

TEST(TimeScale, ZoomOutNearALimitShiftsTheWindowBackInside)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst + 10, kFirst + 110);
    s.zoomAt(1000, 0.5); // anchored at the right edge: the ideal window would start before kFirst
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_NEAR(s.span(), 200, 1e-9);

    s.setWindow(kLast - 110, kLast - 10);
    s.zoomAt(0, 0.5);
    EXPECT_EQ(s.end(), kLast);
    EXPECT_NEAR(s.span(), 200, 1e-9);
}

TEST(TimeScale, PanMovesByPixels)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst + 1000, kFirst + 2000);
    const double dayAt300 = s.dayForX(300);
    s.panPixels(300); // positive: later dates come into view
    EXPECT_NEAR(s.dayForX(0), dayAt300, 1e-9);
    EXPECT_NEAR(s.span(), 1000, 1e-9);
    s.panPixels(-300);
    EXPECT_NEAR(s.start(), kFirst + 1000, 1e-9);
}

TEST(TimeScale, PanStopsAtTheLimitsWithoutChangingTheSpan)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst + 1000, kFirst + 1365);
    s.panPixels(1e9);
    EXPECT_EQ(s.end(), kLast);
    EXPECT_NEAR(s.span(), 365, 1e-9);
    s.panPixels(-1e300);
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_NEAR(s.span(), 365, 1e-9);

    std::mt19937 rng(1934);
    std::uniform_real_distribution<double> dx(-5000, 5000);
    for (int i = 0; i < 2000; ++i) {
        s.panPixels(dx(rng));
        expectInsideLimits(s);
        ASSERT_NEAR(s.span(), 365, 1e-6);
    }
}

TEST(TimeScale, SetWidthKeepsTheWindow)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst + 100, kFirst + 500);
    s.setWidth(1500);
    EXPECT_EQ(s.width(), 1500);
    EXPECT_EQ(s.start(), kFirst + 100);
    EXPECT_EQ(s.end(), kFirst + 500);
    EXPECT_DOUBLE_EQ(s.xForDay(kFirst + 500), 1500);
}

TEST(TimeScale, SetWindowIsClampedToTheLimits)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst - 500, kFirst + 500);
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_EQ(s.end(), kFirst + 1000);

    s.setWindow(kLast - 10, kLast + 90);
    EXPECT_EQ(s.end(), kLast);
    EXPECT_EQ(s.start(), kLast - 100);

    s.setWindow(kFirst - 1e6, kLast + 1e6);
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_EQ(s.end(), kLast);

    s.setWindow(kFirst + 100, kFirst + 101); // narrower than the minimum: grows around its centre
    EXPECT_DOUBLE_EQ(s.span(), 7);
    EXPECT_DOUBLE_EQ(s.start() + s.span() / 2, kFirst + 100.5);

    s.setWindow(kFirst, kFirst); // an empty window at the limit grows inwards
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_DOUBLE_EQ(s.span(), 7);
}

TEST(TimeScale, SetLimitsClampsTheCurrentWindow)
{
    TimeScale s(kFirst - 5000, kLast + 5000, 800);
    s.setLimits(kFirst, kLast, 7);
    EXPECT_EQ(s.start(), kFirst);
    EXPECT_EQ(s.end(), kLast);

    // Limits narrower than the minimum span win: the window is all there is.
    s.setLimits(100, 103, 7);
    EXPECT_EQ(s.start(), 100);
    EXPECT_EQ(s.end(), 103);
    s.zoomAt(400, 10);
    EXPECT_EQ(s.start(), 100);
    EXPECT_EQ(s.end(), 103);
}

TEST(TimeScale, IgnoresNonFiniteAndNonsensicalInput)
{
    TimeScale s = wholePeriod(1000);
    s.setWindow(kFirst + 100, kFirst + 500);
    const TimeScale before = s;

    s.setWidth(0);
    s.setWidth(-10);
    s.setWidth(kNaN);
    s.setWidth(kInf);
    s.zoomAt(kNaN, 2);
    s.zoomAt(kInf, 2);
    s.zoomAt(100, kNaN);
    s.zoomAt(100, kInf);
    s.zoomAt(100, 0);
    s.zoomAt(100, -2);
    s.zoomAt(1e308, 2); // overflows inside: ignored rather than stored as NaN
    s.panPixels(kNaN);
    s.panPixels(kInf);
    s.panPixels(-kInf);
    s.setWindow(kNaN, kFirst + 10);
    s.setWindow(kFirst, kInf);
    s.setWindow(kFirst + 500, kFirst + 100); // reversed
    s.setLimits(kNaN, kLast);
    s.setLimits(kFirst, -kInf);
    s.setLimits(kLast, kFirst);
    s.setLimits(kFirst, kLast, 0);
    s.setLimits(kFirst, kLast, kNaN);
    EXPECT_EQ(s, before);
    EXPECT_TRUE(std::isfinite(s.start()) && std::isfinite(s.end()));

    const TimeScale bad(kNaN, 10, -4);
    EXPECT_TRUE(std::isfinite(bad.start()) && std::isfinite(bad.end()));
    EXPECT_GT(bad.width(), 0);
    EXPECT_GT(bad.span(), 0);
}
