#include "ui/view/BarLabels.h"

#include <gtest/gtest.h>

#include <random>

using namespace khronika;

namespace {

constexpr double kValue = 14; // height of the value's text
constexpr double kPercent = 18; // height of the share's text

// Whether a horizontal line at y strikes through a text box [top, top + height].
bool strikes(double y, double top, double height)
{
    return y > top - 1 && y < top + height + 1;
}

} // namespace

TEST(BarLabels, ATallBarHoldsItsValueAndTheShareGoesOverTheTarget)
{
    // Bar from 100 to 300, target line at 80 (the plan was missed).
    const BarLabelPlacement p = placeBarLabels(100, 300, kValue, true, {80}, kPercent);
    EXPECT_TRUE(p.valueInside);
    EXPECT_NEAR(p.valueTop + kValue / 2, 200, 1e-9); // in the middle of the bar
    EXPECT_LE(p.percentTop + kPercent, 80);
}

TEST(BarLabels, AValueTooWideGoesAboveTheBarAndClearOfATargetJustAboveIt)
{
    // The 1st plan's coal at 1280x720: a bar top at 150, the target line at 143 and the lower one at
    // 147 (the old layout wrote the value over both lines and the share over the value).
    const BarLabelPlacement p = placeBarLabels(150, 200, kValue, false, {143, 147}, kPercent);
    EXPECT_FALSE(p.valueInside);
    EXPECT_FALSE(strikes(143, p.valueTop, kValue));
    EXPECT_FALSE(strikes(147, p.valueTop, kValue));
    EXPECT_LE(p.valueTop + kValue, 143);
    EXPECT_LE(p.percentTop + kPercent, p.valueTop);
}

TEST(BarLabels, ATargetThroughAShortBarSendsTheValueBelowItOrAbove)
{
    // Steel's 104 %: the target line runs through the bar, close to its top.
    const BarLabelPlacement below = placeBarLabels(100, 180, kValue, true, {135}, kPercent);
    EXPECT_TRUE(below.valueInside);
    EXPECT_FALSE(strikes(135, below.valueTop, kValue));
    EXPECT_LE(below.valueTop + kValue, 180);
    // No room under the line: above the bar.
    const BarLabelPlacement above = placeBarLabels(100, 130, kValue, true, {118}, kPercent);
    EXPECT_FALSE(above.valueInside);
    EXPECT_LE(above.valueTop + kValue, 100);
}

TEST(BarLabels, RandomBarsNeverGetOverlappingOrStruckThroughLabels)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> y(20, 400), len(0, 250);
    for (int i = 0; i < 20000; ++i) {
        const double top = y(rng);
        const double bottom = top + len(rng);
        std::vector<double> lines;
        for (int n = int(rng() % 3); n > 0; --n)
            lines.push_back(y(rng));
        const bool fits = rng() % 4 != 0;
        const BarLabelPlacement p = placeBarLabels(top, bottom, kValue, fits, lines, kPercent);
        for (double line : lines) {
            ASSERT_FALSE(strikes(line, p.valueTop, kValue))
                << i << " bar " << top << ".." << bottom << " line " << line << " value " << p.valueTop
                << (p.valueInside ? " inside" : " above") << " lines " << lines.size();
            ASSERT_LE(p.percentTop + kPercent, line) << i;
        }
        if (p.valueInside) {
            ASSERT_TRUE(fits);
            ASSERT_GE(p.valueTop, top) << i;
            ASSERT_LE(p.valueTop + kValue, bottom) << i;
        } else {
            ASSERT_LE(p.valueTop + kValue, top) << i;
        }
        ASSERT_LE(p.percentTop + kPercent, std::min(top, p.valueTop)) << i;
    }
}
