#include "LabelLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

namespace khronika {

namespace {

// Labels start this far right of their marker, so the text does not sit on the marker's dot.
constexpr double kMarkerOffset = 4.0;

// The labels on one row as [left, right] pixel intervals. Members are kept `gap` apart, so none
// contains another and ordering by left edge also orders by right edge: a candidate only has to be
// checked against its two neighbours, O(log n) per query instead of a scan of the row.
class Row
{
public:
    bool fits(double left, double right, double gap) const
    {
        const auto next = m_intervals.lower_bound({left, -std::numeric_limits<double>::infinity()});
        // Usually only the first member at or after `left` matters; the loop steps past a zero-width
        // label sitting exactly on `left` when there is no gap, which touches without overlapping.
        for (auto it = next; it != m_intervals.end() && it->first - gap < right; ++it) {
            if (left < it->second + gap)
                return false;
        }
        if (next != m_intervals.begin() && left < std::prev(next)->second + gap)
            return false;
        return true;
    }

    void insert(double left, double right) { m_intervals.emplace(left, right); }

private:
    std::set<std::pair<double, double>> m_intervals;
};

} // namespace

LabelLayoutResult LabelLayout::place(std::vector<LabelRequest> requests, double top, double rowHeight, int rows,
    double right, double gap, double clusterRadius)
{
    LabelLayoutResult result;
    if (!std::isfinite(gap) || gap < 0)
        gap = 0;
    if (!std::isfinite(clusterRadius) || clusterRadius < 0)
        clusterRadius = 0;
    // Without room for a single row nothing can be placed; everything still ends up in a cluster.
    const bool canPlace
        = rows > 0 && std::isfinite(top) && std::isfinite(rowHeight) && rowHeight > 0 && !std::isnan(right);
    for (LabelRequest &r : requests) {
        // A NaN or negative measurement would poison the row's ordering; an infinite one simply never fits.
        if (!(r.width >= 0))
            r.width = 0;
    }

    // Requests with no usable position cannot be ordered by x; they become clusters of their own below.
    const auto finiteEnd = std::stable_partition(
        requests.begin(), requests.end(), [](const LabelRequest &r) { return std::isfinite(r.x); });

    std::sort(requests.begin(), finiteEnd, [](const LabelRequest &a, const LabelRequest &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.x != b.x)
            return a.x < b.x;
        return a.id < b.id; // deterministic, so labels do not swap places between repaints
    });

    // A label only goes to row k when rows 0..k-1 each hold one already, so no more rows than requests
    // can ever be used; capping keeps a huge `rows` from allocating for nothing.
    const int usableRows = canPlace ? int(std::min<qsizetype>(rows, qsizetype(requests.size()))) : 0;
    std::vector<Row> rowSets(static_cast<size_t>(usableRows));
    std::vector<LabelRequest> unplaced;
    result.placed.reserve(size_t(finiteEnd - requests.begin()));
    for (auto it = requests.begin(); it != finiteEnd; ++it) {
        const double left = it->x + kMarkerOffset;
        const double rightEdge = left + it->width;
        bool placed = false;
        if (canPlace && std::isfinite(rightEdge) && rightEdge <= right) {
            for (int row = 0; row < usableRows; ++row) {
                Row &set = rowSets[size_t(row)];
                if (!set.fits(left, rightEdge, gap))
                    continue;
                set.insert(left, rightEdge);
                result.placed.push_back({it->id, QRectF(left, top + row * rowHeight, it->width, rowHeight)});
                placed = true;
                break;
            }
        }
        if (!placed)
            unplaced.push_back(*it);
    }

    // Nearby markers that lost their label are merged into one count, so a crowded stretch reads as
    // "12 more here" rather than as a silent gap; zooming in opens it.
    std::sort(unplaced.begin(), unplaced.end(),
        [](const LabelRequest &a, const LabelRequest &b) { return a.x != b.x ? a.x < b.x : a.id < b.id; });
    double sum = 0;
    // The mean of the members, kept inside their span against rounding.
    const auto finishCluster = [&result, &sum] {
        Cluster &c = result.clusters.back();
        c.x = std::clamp(sum / double(c.ids.size()), c.firstX, c.lastX);
    };
    for (size_t i = 0; i < unplaced.size(); ++i) {
        const LabelRequest &r = unplaced[i];
        if (i == 0 || r.x - unplaced[i - 1].x > clusterRadius) {
            if (i > 0)
                finishCluster();
            result.clusters.push_back({r.x, r.x, r.x, {}});
            sum = 0;
        }
        Cluster &c = result.clusters.back();
        c.ids.push_back(r.id);
        c.lastX = r.x;
        sum += r.x;
    }
    if (!unplaced.empty())
        finishCluster();

    for (auto it = finiteEnd; it != requests.end(); ++it)
        result.clusters.push_back({it->x, it->x, it->x, {it->id}});
    return result;
}

double nearestClearPosition(double x, double width, const std::vector<std::pair<double, double>> &keepClear,
    double left, double right, double gap)
{
    const double fallback = std::max(left, std::min(x, right - width));
    if (!std::isfinite(x) || !std::isfinite(width))
        return x;
    const auto clear = [&](double at) {
        if (at < left || at + width > right)
            return false;
        for (const auto &[from, to] : keepClear) {
            if (at < to + gap && at + width > from - gap)
                return false;
        }
        return true;
    };
    // The nearest clear place either is `x` itself or touches the gap beside one of the intervals.
    double best = fallback;
    double bestDistance = std::numeric_limits<double>::infinity();
    const auto consider = [&](double at) {
        if (std::abs(at - x) < bestDistance && clear(at)) {
            best = at;
            bestDistance = std::abs(at - x);
        }
    };
    consider(fallback);
    consider(left);
    consider(right - width);
    for (const auto &[from, to] : keepClear) {
        consider(from - gap - width);
        consider(to + gap);
    }
    return best;
}

} // namespace khronika
