#include "ui/view/LabelLayout.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace khronika;

namespace {

constexpr double kTop = 40;
constexpr double kRowHeight = 18;

std::vector<int> placedIds(const LabelLayoutResult &r)
{
    std::vector<int> ids;
    for (const PlacedLabel &p : r.placed)
        ids.push_back(p.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The layout written the slow, obvious way: every candidate against every placed label on the row.
std::vector<PlacedLabel> naivePlacement(
    std::vector<LabelRequest> requests, double top, double rowHeight, int rows, double right, double gap)
{
    std::sort(requests.begin(), requests.end(), [](const LabelRequest &a, const LabelRequest &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.x != b.x)
            return a.x < b.x;
        return a.id < b.id;
    });
    std::vector<std::vector<std::pair<double, double>>> taken(size_t(std::max(rows, 0)));
    std::vector<PlacedLabel> placed;
    for (const LabelRequest &r : requests) {
        const double left = r.x + 4;
        const double rightEdge = left + r.width;
        if (rightEdge > right)
            continue;
        for (int row = 0; row < rows; ++row) {
            bool clear = true;
            for (const auto &[a, b] : taken[size_t(row)]) {
                if (a - gap < rightEdge && left < b + gap) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                taken[size_t(row)].push_back({left, rightEdge});
                placed.push_back({r.id, QRectF(left, top + row * rowHeight, r.width, rowHeight)});
                break;
            }
        }
    }
    return placed;
}

// Checks every promise place() makes for one input.
void checkLayout(const std::vector<LabelRequest> &requests, const LabelLayoutResult &result, int rows, double right,
    double gap, double radius, const std::string &ctx)
{
    std::map<int, const LabelRequest *> byId;
    for (const LabelRequest &r : requests)
        byId[r.id] = &r;

    // Every id exactly once in placed or in the clusters.
    std::map<int, int> seen;
    for (const PlacedLabel &p : result.placed)
        ++seen[p.id];
    for (const Cluster &c : result.clusters) {
        for (int id : c.ids)
            ++seen[id];
    }
    ASSERT_EQ(seen.size(), requests.size()) << ctx;
    for (const auto &[id, count] : seen) {
        ASSERT_EQ(count, 1) << ctx << " id " << id;
        ASSERT_TRUE(byId.count(id)) << ctx << " unknown id " << id;
    }

    // Placed rectangles: to the right of their marker, inside a row, not past `right`, and apart by
    // `gap` from every other label on their row.
    std::map<int, std::vector<QRectF>> rowsUsed;
    for (const PlacedLabel &p : result.placed) {
        const LabelRequest &r = *byId[p.id];
        EXPECT_DOUBLE_EQ(p.rect.left(), r.x + 4) << ctx;
        EXPECT_DOUBLE_EQ(p.rect.width(), r.width) << ctx;
        EXPECT_DOUBLE_EQ(p.rect.height(), kRowHeight) << ctx;
        EXPECT_LE(p.rect.right(), right) << ctx;
        const double rowF = (p.rect.top() - kTop) / kRowHeight;
        const int row = int(std::lround(rowF));
        EXPECT_DOUBLE_EQ(rowF, row) << ctx;
        EXPECT_GE(row, 0) << ctx;
        EXPECT_LT(row, rows) << ctx;
        rowsUsed[row].push_back(p.rect);
    }
    for (auto &[row, rects] : rowsUsed) {
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        // Against the furthest right edge so far, which covers every pair, not just neighbours.
        double reach = -1e300;
        for (const QRectF &rect : rects) {
            ASSERT_GE(rect.left(), reach + gap - 1e-9) << ctx << " row " << row << " at " << rect.left();
            reach = std::max(reach, rect.right());
        }
    }

    // No label lost to a lower-priority one at the same marker that is no narrower.
    std::map<int, const LabelRequest *> placedRequests;
    for (const PlacedLabel &p : result.placed)
        placedRequests[p.id] = byId[p.id];
    for (const Cluster &c : result.clusters) {
        for (int id : c.ids) {
            const LabelRequest &lost = *byId[id];
            for (const auto &[pid, won] : placedRequests) {
                if (won->x == lost.x && won->width >= lost.width) {
                    ASSERT_GE(won->priority, lost.priority) << ctx << " id " << pid << " beat id " << id;
                }
            }
        }
    }

    // Clusters: in x order, each a run of markers no further apart than the radius, runs separated by more.
    for (size_t i = 0; i < result.clusters.size(); ++i) {
        const Cluster &c = result.clusters[i];
        ASSERT_FALSE(c.ids.empty()) << ctx;
        EXPECT_LE(c.firstX, c.x) << ctx;
        EXPECT_LE(c.x, c.lastX) << ctx;
        double sum = 0;
        double previousX = c.firstX;
        for (int id : c.ids) {
            const double x = byId[id]->x;
            sum += x;
            EXPECT_GE(x, previousX) << ctx;
            EXPECT_LE(x - previousX, radius) << ctx;
            previousX = x;
        }
        EXPECT_EQ(byId[c.ids.front()]->x, c.firstX) << ctx;
        EXPECT_EQ(previousX, c.lastX) << ctx;
        EXPECT_NEAR(c.x, sum / double(c.ids.size()), 1e-6) << ctx;
        if (i > 0) {
            EXPECT_GT(c.firstX - result.clusters[i - 1].lastX, radius) << ctx;
        }
    }
}

// Rows are dealt out in date order: a label sits below another only because an earlier-starting label
// covers its start on every row above it, so where labels stack, the earlier events are on top.
void checkDateOrder(const LabelLayoutResult &result, double gap, const std::string &ctx)
{
    for (const PlacedLabel &b : result.placed) {
        for (double rowTop = kTop; rowTop < b.rect.top() - 1e-9; rowTop += kRowHeight) {
            const bool pushedDown = std::any_of(result.placed.begin(), result.placed.end(), [&](const PlacedLabel &a) {
                return a.rect.top() == rowTop && a.rect.left() <= b.rect.left() && b.rect.left() < a.rect.right() + gap;
            });
            ASSERT_TRUE(pushedDown) << ctx << " label " << b.id << " could have gone higher";
        }
    }
}

std::vector<LabelRequest> randomRequests(std::mt19937 &rng, int n, double spread)
{
    // Integer positions so that many markers share an x, as events on the same day do.
    std::uniform_int_distribution<int> x(-20, int(spread));
    std::uniform_int_distribution<int> width(0, 220);
    std::uniform_int_distribution<int> priority(0, 4);
    std::vector<LabelRequest> requests;
    for (int i = 0; i < n; ++i)
        requests.push_back({i * 3 + 7, double(x(rng)), double(width(rng)), priority(rng)});
    std::shuffle(requests.begin(), requests.end(), rng);
    return requests;
}

} // namespace

TEST(LabelLayout, PlacesTheHigherPriorityFirst)
{
    const LabelLayoutResult r = LabelLayout::place({{1, 100, 50, 1}, {2, 100, 50, 5}}, kTop, kRowHeight, 1, 1000);
    ASSERT_EQ(r.placed.size(), 1u);
    EXPECT_EQ(r.placed[0].id, 2);
    EXPECT_EQ(r.placed[0].rect, QRectF(104, kTop, 50, kRowHeight));
    ASSERT_EQ(r.clusters.size(), 1u);
    EXPECT_EQ(r.clusters[0].ids, std::vector<int> {1});
    EXPECT_EQ(r.clusters[0].x, 100);
}

TEST(LabelLayout, StacksIntoRowsThenClusters)
{
    const LabelLayoutResult r
        = LabelLayout::place({{1, 100, 50, 3}, {2, 110, 50, 2}, {3, 120, 50, 1}}, kTop, kRowHeight, 2, 1000);
    ASSERT_EQ(r.placed.size(), 2u);
    EXPECT_EQ(r.placed[0].rect.top(), kTop);
    EXPECT_EQ(r.placed[1].rect.top(), kTop + kRowHeight);
    ASSERT_EQ(r.clusters.size(), 1u);
    EXPECT_EQ(r.clusters[0].ids, std::vector<int> {3});
}

TEST(LabelLayout, KeepsTheGapBetweenLabels)
{
    // The first label covers [4, 54]; with a gap of 8 the next may start at 62, not at 61.
    const LabelLayoutResult fits = LabelLayout::place({{1, 0, 50, 2}, {2, 58, 10, 1}}, kTop, kRowHeight, 1, 1000, 8);
    EXPECT_EQ(fits.placed.size(), 2u);
    const LabelLayoutResult tooClose
        = LabelLayout::place({{1, 0, 50, 2}, {2, 57, 10, 1}}, kTop, kRowHeight, 1, 1000, 8);
    EXPECT_EQ(tooClose.placed.size(), 1u);
    // A label on the left of a placed one ([104, 154]) needs the gap too: [44, 96] fits, [44, 97] does not.
    const LabelLayoutResult left = LabelLayout::place({{1, 100, 50, 2}, {2, 40, 52, 1}}, kTop, kRowHeight, 1, 1000, 8);
    EXPECT_EQ(left.placed.size(), 2u);
    const LabelLayoutResult leftTooClose
        = LabelLayout::place({{1, 100, 50, 2}, {2, 40, 53, 1}}, kTop, kRowHeight, 1, 1000, 8);
    EXPECT_EQ(leftTooClose.placed.size(), 1u);
}

TEST(LabelLayout, ZeroWidthLabelsTouchWithoutOverlapping)
{
    // With no gap, a zero-width label at 54 sits on the end of [4, 54] and on the start of [54, 64].
    const LabelLayoutResult r
        = LabelLayout::place({{1, 50, 0, 3}, {2, 50, 10, 2}, {3, 0, 50, 1}}, kTop, kRowHeight, 1, 1000, 0);
    EXPECT_EQ(placedIds(r), (std::vector<int> {1, 2, 3}));
}

TEST(LabelLayout, NeverExtendsPastTheRightEdge)
{
    const LabelLayoutResult r = LabelLayout::place({{1, 900, 96, 1}, {2, 900, 97, 1}}, kTop, kRowHeight, 3, 1000);
    EXPECT_EQ(placedIds(r), std::vector<int> {1});
    ASSERT_EQ(r.clusters.size(), 1u);
    EXPECT_EQ(r.clusters[0].ids, std::vector<int> {2});
}

TEST(LabelLayout, ClustersNearbyMarkers)
{
    // No rows: everything is a cluster. 0, 10, 34 chain within 24 px; 59 is 25 px from 34.
    const LabelLayoutResult r
        = LabelLayout::place({{1, 34, 10}, {2, 0, 10}, {3, 59, 10}, {4, 10, 10}}, kTop, kRowHeight, 0, 1000, 8, 24);
    EXPECT_TRUE(r.placed.empty());
    ASSERT_EQ(r.clusters.size(), 2u);
    EXPECT_EQ(r.clusters[0].ids, (std::vector<int> {2, 4, 1}));
    EXPECT_EQ(r.clusters[0].firstX, 0);
    EXPECT_EQ(r.clusters[0].lastX, 34);
    EXPECT_DOUBLE_EQ(r.clusters[0].x, 44.0 / 3);
    EXPECT_EQ(r.clusters[1].ids, std::vector<int> {3});
    EXPECT_EQ(r.clusters[1].x, 59);
}

TEST(LabelLayout, AHugeRowCountCostsNothing)
{
    const LabelLayoutResult r
        = LabelLayout::place({{1, 0, 10}, {2, 0, 10}, {3, 0, 10}}, kTop, kRowHeight, 1000000000, 1000);
    ASSERT_EQ(r.placed.size(), 3u);
    EXPECT_EQ(r.placed[2].rect.top(), kTop + 2 * kRowHeight);
}

TEST(LabelLayout, EmptyInputGivesAnEmptyResult)
{
    const LabelLayoutResult r = LabelLayout::place({}, kTop, kRowHeight, 3, 1000);
    EXPECT_TRUE(r.placed.empty());
    EXPECT_TRUE(r.clusters.empty());
}

TEST(LabelLayout, BadNumbersStillAccountForEveryItem)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<LabelRequest> requests
        = {{1, nan, 10}, {2, 50, nan}, {3, inf, 10}, {4, 60, -5}, {5, 70, inf}, {6, -inf, 3}};
    const LabelLayoutResult r = LabelLayout::place(requests, kTop, kRowHeight, 2, 1000);
    std::vector<int> ids = placedIds(r);
    for (const Cluster &c : r.clusters)
        ids.insert(ids.end(), c.ids.begin(), c.ids.end());
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<int> {1, 2, 3, 4, 5, 6}));
    for (const PlacedLabel &p : r.placed) {
        EXPECT_TRUE(std::isfinite(p.rect.left()) && std::isfinite(p.rect.right()));
        EXPECT_GE(p.rect.width(), 0);
    }
}

TEST(LabelLayout, RandomLayoutsKeepEveryPromise)
{
    for (unsigned seed : {1u, 2u, 3u, 1923u, 1941u}) {
        std::mt19937 rng(seed);
        for (int round = 0; round < 6; ++round) {
            const int n = 500 + round * 700; // up to 4000 visible items
            const int rows = 1 + round % 5;
            const double spread = round % 2 ? 2000 : 8000;
            const double right = spread - 100;
            const double gap = round % 3 == 0 ? 0.0 : 8.0;
            const double radius = 24.0;
            const std::vector<LabelRequest> requests = randomRequests(rng, n, spread);
            const LabelLayoutResult result = LabelLayout::place(requests, kTop, kRowHeight, rows, right, gap, radius);
            const std::string ctx = "seed " + std::to_string(seed) + " round " + std::to_string(round);
            checkLayout(requests, result, rows, right, gap, radius, ctx);
            if (::testing::Test::HasFailure())
                return;

            // Exactly the labels the obvious quadratic algorithm places, each at the same x and width;
            // only their rows are dealt out again, in date order.
            const std::vector<PlacedLabel> expected = naivePlacement(requests, kTop, kRowHeight, rows, right, gap);
            ASSERT_EQ(result.placed.size(), expected.size()) << ctx;
            for (size_t i = 0; i < expected.size(); ++i) {
                ASSERT_EQ(result.placed[i].id, expected[i].id) << ctx << " #" << i;
                ASSERT_EQ(result.placed[i].rect.left(), expected[i].rect.left()) << ctx << " #" << i;
                ASSERT_EQ(result.placed[i].rect.width(), expected[i].rect.width()) << ctx << " #" << i;
            }
            checkDateOrder(result, gap, ctx);
        }
    }
}

TEST(LabelLayout, StackedLabelsAreInDateOrder)
{
    // The later event is more important and is placed first, on the top row; the earlier one goes
    // under it. Dealt out again, the earlier one is on top.
    const LabelLayoutResult r = LabelLayout::place({{1, 100, 200, 1}, {2, 150, 200, 30}}, kTop, kRowHeight, 2, 1000);
    ASSERT_EQ(r.placed.size(), 2u);
    const auto rowOf = [&](int id) {
        for (const PlacedLabel &p : r.placed) {
            if (p.id == id)
                return int(std::lround((p.rect.top() - kTop) / kRowHeight));
        }
        return -1;
    };
    EXPECT_EQ(rowOf(1), 0);
    EXPECT_EQ(rowOf(2), 1);
}

TEST(LabelLayout, ALabelIsCutOnlyWhereANeighbourNeedsTheRoom)
{
    // Alone, a long label is placed whole.
    LabelLayoutResult r = LabelLayout::place({{1, 100, 300, 1, 50}}, kTop, kRowHeight, 1, 1000);
    ASSERT_EQ(r.placed.size(), 1u);
    EXPECT_DOUBLE_EQ(r.placed[0].rect.width(), 300);
    // A more important neighbour 200 px on takes its room: the label is cut to end before it (less the gap).
    r = LabelLayout::place({{1, 100, 300, 1, 50}, {2, 300, 100, 9}}, kTop, kRowHeight, 1, 1000, 8.0);
    ASSERT_EQ(r.placed.size(), 2u);
    for (const PlacedLabel &p : r.placed) {
        if (p.id == 1) {
            EXPECT_DOUBLE_EQ(p.rect.right(), 304 - 8);
        }
    }
    // Not below its least width: then it is counted instead.
    r = LabelLayout::place({{1, 100, 300, 1, 250}, {2, 300, 100, 9}}, kTop, kRowHeight, 1, 1000, 8.0);
    EXPECT_EQ(r.placed.size(), 1u);
    EXPECT_EQ(r.clusters.size(), 1u);
}

TEST(LabelLayout, NeverCoversABlockedInterval)
{
    // Labels beside markers on the markers' row: a label must stop short of the next marker.
    const LabelLayoutResult r
        = LabelLayout::place({{1, 100, 300, 1, 40}}, kTop, kRowHeight, 1, 1000, 8.0, 24.0, {{250, 260}});
    ASSERT_EQ(r.placed.size(), 1u);
    EXPECT_LE(r.placed[0].rect.right(), 250);
    EXPECT_GE(r.placed[0].rect.width(), 40);
    const LabelLayoutResult none
        = LabelLayout::place({{1, 100, 300, 1, 200}}, kTop, kRowHeight, 1, 1000, 8.0, 24.0, {{250, 260}});
    EXPECT_TRUE(none.placed.empty());
}

TEST(LabelLayout, PlacesMostOfManyThinlySpreadItems)
{
    // How fast this runs is measured in the benchmarks (make bench), not asserted here.
    std::mt19937 rng(1932);
    std::vector<LabelRequest> requests = randomRequests(rng, 20000, 2e7);
    const LabelLayoutResult result = LabelLayout::place(std::move(requests), kTop, kRowHeight, 3, 3e7);
    EXPECT_GT(result.placed.size(), 15000u);
}

TEST(NearestClearPosition, StaysPutWhenNothingIsInTheWay)
{
    EXPECT_DOUBLE_EQ(nearestClearPosition(100, 20, {}, 0, 500), 100);
    EXPECT_DOUBLE_EQ(nearestClearPosition(100, 20, {{200, 220}}, 0, 500), 100);
}

TEST(NearestClearPosition, StepsAsideToTheNearerSideOfWhatItWouldCover)
{
    // The item [100, 120] covers [115, 125]: the gap of 2 puts it at 93 on the left or 127 on the right.
    EXPECT_DOUBLE_EQ(nearestClearPosition(100, 20, {{115, 125}}, 0, 500, 2), 93);
    EXPECT_DOUBLE_EQ(nearestClearPosition(110, 20, {{105, 115}}, 0, 500, 2), 117);
}

TEST(NearestClearPosition, KeepsInsideTheBoundsAndSkipsGapsTooNarrow)
{
    // No room on the left of [5, 15]: it goes right.
    EXPECT_DOUBLE_EQ(nearestClearPosition(2, 20, {{5, 15}}, 0, 500, 2), 17);
    // Between [100, 110] and [125, 140] there are only 15 pixels, too few for 20 (plus the gaps).
    EXPECT_DOUBLE_EQ(nearestClearPosition(118, 20, {{100, 110}, {125, 140}}, 0, 500, 2), 142);
    // A 10 pixel item fits there.
    EXPECT_DOUBLE_EQ(nearestClearPosition(108, 10, {{100, 110}, {125, 140}}, 0, 500, 2), 112);
}

TEST(NearestClearPosition, WithoutRoomItStaysWithinTheBounds)
{
    EXPECT_DOUBLE_EQ(nearestClearPosition(40, 20, {{0, 100}}, 0, 100, 2), 40);
    EXPECT_DOUBLE_EQ(nearestClearPosition(95, 20, {{0, 100}}, 0, 100, 2), 80);
}

TEST(LabelLayout, ARequiredLabelIsPlacedOverMarkers)
{
    // The selected event's label must be drawn even where markers leave it no room.
    LabelRequest selected {1, 100, 300, 100, 60};
    selected.required = true;
    const LabelLayoutResult r
        = LabelLayout::place({selected, {2, 110, 50, 1, 20}}, kTop, kRowHeight, 1, 1000, 8.0, 24.0, {{100, 130}});
    ASSERT_FALSE(r.placed.empty());
    EXPECT_EQ(r.placed.front().id, 1);
    EXPECT_DOUBLE_EQ(r.placed.front().rect.width(), 300);
}

// Deferred requests are measured only when their start is free on some row, and are placed exactly as
// if every width had been known up front.
TEST(LabelLayout, DeferredWidthsGiveTheSameLayoutAndSkipLabelsThatCannotGoAnywhere)
{
    std::mt19937 random(1941);
    std::uniform_real_distribution<double> x(0, 1200), width(20, 260);
    std::uniform_int_distribution<int> priority(1, 3);
    for (int round = 0; round < 20; ++round) {
        std::vector<LabelRequest> measured;
        std::map<int, double> widths;
        for (int id = 0; id < 400; ++id) {
            const double w = width(random);
            widths[id] = w;
            measured.push_back({id, x(random), w, priority(random), std::min(w, 60.0), false, false});
        }
        std::vector<LabelRequest> deferred = measured;
        for (LabelRequest &r : deferred) {
            r.width = 0;
            r.minWidth = 0;
            r.deferred = true;
        }
        int calls = 0;
        const auto measure = [&](LabelRequest &r) {
            ++calls;
            r.width = widths.at(r.id);
            r.minWidth = std::min(r.width, 60.0);
        };
        const std::vector<std::pair<double, double>> blocked {{300, 310}};
        const LabelLayoutResult a = LabelLayout::place(measured, kTop, kRowHeight, 3, 1300, 10, 28, blocked);
        const LabelLayoutResult b
            = LabelLayout::place(deferred, kTop, kRowHeight, 3, 1300, 10, 28, blocked, {}, measure);
        ASSERT_EQ(a.placed.size(), b.placed.size());
        for (size_t i = 0; i < a.placed.size(); ++i) {
            EXPECT_EQ(a.placed[i].id, b.placed[i].id);
            EXPECT_EQ(a.placed[i].rect, b.placed[i].rect);
        }
        ASSERT_EQ(a.clusters.size(), b.clusters.size());
        for (size_t i = 0; i < a.clusters.size(); ++i)
            EXPECT_EQ(a.clusters[i].ids, b.clusters[i].ids);
        // 400 labels on three rows of 1,300 pixels: most start inside labels already placed.
        EXPECT_LT(calls, 300) << "titles measured that could not be placed";
        EXPECT_GE(calls, int(b.placed.size()));
    }
}
