#include "core/IntervalIndex.h"

#include <gtest/gtest.h>

#include <random>

using namespace khronika;

namespace {

std::vector<int> bruteForce(const std::vector<DayRange> &ranges, const DayRange &window)
{
    std::vector<int> out;
    for (int i = 0; i < int(ranges.size()); ++i) {
        if (ranges[size_t(i)].isValid() && ranges[size_t(i)].overlaps(window))
            out.push_back(i);
    }
    return out;
}

} // namespace

TEST(IntervalIndex, EmptyIndexFindsNothing)
{
    const IntervalIndex index;
    EXPECT_TRUE(index.overlapping({0, 100}).empty());
}

TEST(IntervalIndex, ClosedRangesTouchAtTheirEnds)
{
    const IntervalIndex index({{10, 20}, {21, 30}, {5, 5}});
    EXPECT_EQ(index.overlapping({20, 20}), (std::vector<int> {0}));
    EXPECT_EQ(index.overlapping({20, 21}), (std::vector<int> {0, 1}));
    EXPECT_EQ(index.overlapping({0, 4}), (std::vector<int> {}));
    EXPECT_EQ(index.overlapping({5, 5}), (std::vector<int> {2}));
    EXPECT_EQ(index.overlapping({31, 40}), (std::vector<int> {}));
}

TEST(IntervalIndex, MatchesBruteForceOnThousandsOfRandomRanges)
{
    std::mt19937 rng(1923);
    for (int round = 0; round < 20; ++round) {
        std::uniform_int_distribution<int> start(0, 7000);
        std::geometric_distribution<int> shortLength(0.05);
        std::uniform_int_distribution<int> longLength(0, 2000);
        std::vector<DayRange> ranges;
        const int n = 500 + round * 200;
        for (int i = 0; i < n; ++i) {
            const Day s = start(rng);
            const Day len = (i % 10 == 0) ? longLength(rng) : shortLength(rng);
            ranges.push_back({s, s + len});
        }
        ranges.push_back({50, 40}); // an invalid range is never found
        const IntervalIndex index(ranges);
        for (int q = 0; q < 200; ++q) {
            const Day a = start(rng) - 500;
            const Day len = (q % 3 == 0) ? longLength(rng) : shortLength(rng);
            const DayRange window {a, a + len};
            ASSERT_EQ(index.overlapping(window), bruteForce(ranges, window))
                << "round " << round << " window " << window.first << ".." << window.last;
        }
    }
}
