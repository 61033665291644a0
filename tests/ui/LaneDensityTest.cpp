#include "ui/view/LaneDensity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace khronika;

namespace {

// Items as a lane of a large data set has them: Julian days in the millions, many at the same day,
// ranks 1 to 3, given in no particular order.
std::vector<LaneDensity::Item> randomItems(std::mt19937 &random, int count)
{
    std::uniform_int_distribution<int> day(2423000, 2430000);
    std::uniform_int_distribution<int> rank(1, 3);
    std::uniform_int_distribution<int> half(0, 1);
    std::vector<LaneDensity::Item> items;
    for (int i = 0; i < count; ++i)
        items.push_back({double(day(random)) + 0.5 * half(random), i, rank(random)});
    return items;
}

// The same answers the slow, obvious way: every item looked at.
std::vector<int> idsIn(const std::vector<LaneDensity::Item> &items, double from, double to)
{
    std::vector<LaneDensity::Item> in;
    for (const auto &item : items) {
        if (item.position >= from && item.position < to)
            in.push_back(item);
    }
    std::sort(in.begin(), in.end(),
        [](const auto &a, const auto &b) { return a.position != b.position ? a.position < b.position : a.id < b.id; });
    std::vector<int> ids;
    for (const auto &item : in)
        ids.push_back(item.id);
    return ids;
}

} // namespace

TEST(LaneDensity, AnEmptyLaneHasNothingAnywhere)
{
    const LaneDensity d;
    EXPECT_TRUE(d.empty());
    const auto [first, last] = d.indicesIn(-1e9, 1e9);
    EXPECT_EQ(first, last);
    EXPECT_EQ(d.positionSum(first, last), 0);
    std::vector<size_t> out;
    d.mostImportant(
        first, last, 5, [](size_t) { return true; }, out);
    EXPECT_TRUE(out.empty());
}

TEST(LaneDensity, ItemsAreOrderedByPositionThenId)
{
    const LaneDensity d({{20, 7, 1}, {10, 9, 2}, {20, 3, 3}, {15, 1, 1}});
    ASSERT_EQ(d.size(), 4u);
    const std::vector<int> ids {d.id(0), d.id(1), d.id(2), d.id(3)};
    EXPECT_EQ(ids, (std::vector<int> {9, 1, 3, 7}));
    EXPECT_EQ(d.rank(2), 3);
    EXPECT_EQ(d.position(1), 15);
}

TEST(LaneDensity, AStretchIsHalfOpen)
{
    const LaneDensity d({{10, 0, 1}, {20, 1, 1}, {30, 2, 1}});
    EXPECT_EQ(d.indicesIn(10, 30), (std::pair<size_t, size_t> {0, 2}));
    EXPECT_EQ(d.indicesIn(10.5, 30.5), (std::pair<size_t, size_t> {1, 3}));
    EXPECT_EQ(d.indicesIn(31, 40), (std::pair<size_t, size_t> {3, 3}));
    // A reversed stretch is empty, not an error.
    const auto [first, last] = d.indicesIn(30, 10);
    EXPECT_EQ(first, last);
}

TEST(LaneDensity, CountsAndSumsMatchAScanOfEveryItem)
{
    std::mt19937 random(1923);
    const auto items = randomItems(random, 5000);
    const LaneDensity d(items);
    std::uniform_int_distribution<int> day(2422900, 2430100);
    for (int q = 0; q < 300; ++q) {
        double from = day(random), to = day(random) + 0.5;
        if (to < from)
            std::swap(from, to);
        const std::vector<int> expected = idsIn(items, from, to);
        const auto [first, last] = d.indicesIn(from, to);
        ASSERT_EQ(last - first, expected.size()) << from << " to " << to;
        double sum = 0;
        for (size_t i = first; i < last; ++i) {
            EXPECT_EQ(d.id(i), expected[i - first]);
            sum += d.position(i);
        }
        // Exact to well under a day even for thousands of positions in the millions.
        EXPECT_NEAR(d.positionSum(first, last), sum, 1e-3);
    }
}

TEST(LaneDensity, MostImportantAreTheHighestRankThenTheEarliest)
{
    std::mt19937 random(1937);
    const auto items = randomItems(random, 3000);
    const LaneDensity d(items);
    std::uniform_int_distribution<int> day(2423000, 2430000);
    std::uniform_int_distribution<int> k(0, 12);
    for (int q = 0; q < 300; ++q) {
        double from = day(random), to = day(random);
        if (to < from)
            std::swap(from, to);
        const auto [first, last] = d.indicesIn(from, to);
        const size_t want = size_t(k(random));
        // Odd ids are refused, as the layout refuses events it already keeps for another reason.
        const auto accept = [&](size_t i) { return d.id(i) % 2 == 0; };
        std::vector<size_t> got;
        d.mostImportant(first, last, want, accept, got);

        std::vector<size_t> all;
        for (size_t i = first; i < last; ++i) {
            if (accept(i))
                all.push_back(i);
        }
        std::stable_sort(all.begin(), all.end(), [&](size_t a, size_t b) { return d.rank(a) > d.rank(b); });
        all.resize(std::min(all.size(), want));
        EXPECT_EQ(got, all) << from << " to " << to << ", " << want << " wanted";
    }
}

TEST(LaneDensity, MostImportantAddsToWhatIsAlreadyThere)
{
    const LaneDensity d({{1, 0, 1}, {2, 1, 3}, {3, 2, 2}, {4, 3, 3}});
    std::vector<size_t> out {99};
    d.mostImportant(
        0, 4, 3, [](size_t) { return true; }, out);
    EXPECT_EQ(out, (std::vector<size_t> {99, 1, 3, 2}));
}
