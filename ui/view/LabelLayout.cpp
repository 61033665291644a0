#include "LabelLayout.h"

#include <algorithm>
#include <cmath>
#include <iterator>
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

    // How wide a label starting at `left` may be before it runs into the next one (kept `gap` apart)
    // or `right`; negative when `left` itself is taken.
    double roomAt(double left, double right, double gap) const
    {
        const auto next = m_intervals.lower_bound({left, -std::numeric_limits<double>::infinity()});
        if (next != m_intervals.begin() && left < std::prev(next)->second + gap)
            return -1;
        if (next != m_intervals.end())
            right = std::min(right, next->first - gap);
        return right - left;
    }

private:
    std::set<std::pair<double, double>> m_intervals;
};

// Intervals no label may cover (markers on the row a label shares with them). Unlike labels they
// keep no gap: a label may start right after its own marker.
class Obstacles
{
public:
    explicit Obstacles(std::vector<std::pair<double, double>> intervals)
        : m_intervals(std::move(intervals))
    {
        std::erase_if(m_intervals, [](const auto &i) { return !(i.first <= i.second); });
        std::sort(m_intervals.begin(), m_intervals.end());
        // The furthest right edge up to each interval, so that one binary search answers a query.
        m_reach.reserve(m_intervals.size());
        double reach = -std::numeric_limits<double>::infinity();
        for (const auto &i : m_intervals)
            m_reach.push_back(reach = std::max(reach, i.second));
    }

    bool blocks(double left, double right) const { return roomAt(left, right) < right - left; }

    // The width from `left` to the first obstacle after it (up to `right`); negative inside one.
    double roomAt(double left, double right) const
    {
        const auto after = std::upper_bound(
            m_intervals.begin(), m_intervals.end(), std::pair {left, std::numeric_limits<double>::infinity()});
        const size_t before = size_t(after - m_intervals.begin());
        if (before > 0 && m_reach[before - 1] > left)
            return -1;
        if (after != m_intervals.end())
            right = std::min(right, after->first);
        return right - left;
    }

private:
    std::vector<std::pair<double, double>> m_intervals;
    std::vector<double> m_reach;
};

} // namespace

LabelLayoutResult LabelLayout::place(std::vector<LabelRequest> requests, double top, double rowHeight, int rows,
    double right, double gap, double clusterRadius, const std::vector<std::pair<double, double>> &blocked,
    std::vector<LabelRequest> crowd, const std::function<void(LabelRequest &)> &measure)
{
    const Obstacles obstacles(blocked);
    LabelLayoutResult result;
    // Without a way to measure them, deferred requests are measured as they stand.
    for (LabelRequest &r : requests)
        r.deferred = r.deferred && measure && !r.required;
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
        if (a.whole != b.whole)
            return a.whole;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.x != b.x)
            return a.x < b.x;
        return a.id < b.id; // deterministic, so labels do not swap places between repaints
    });

    // A label only goes to row k when rows 0..k-1 each hold one already, so no more rows than requests
    // can ever be used; capping keeps a huge `rows` from allocating for nothing.
    const int usableRows = canPlace ? int(std::min<qsizetype>(rows, qsizetype(requests.size()))) : 0;
    // Required labels share the rows: one that would cover the starts of as many other required labels
    // as there are rows ends before the next one starts, so that the first does not take the room of
    // all the events the class is looking at.
    if (usableRows > 0) {
        std::vector<double> requiredX;
        for (auto it = requests.begin(); it != finiteEnd; ++it) {
            if (it->required)
                requiredX.push_back(it->x);
        }
        std::sort(requiredX.begin(), requiredX.end());
        for (auto it = requests.begin(); it != finiteEnd; ++it) {
            const auto next = std::upper_bound(requiredX.begin(), requiredX.end(), it->x);
            if (!it->required || it->whole || next == requiredX.end())
                continue;
            const auto covered = std::upper_bound(next, requiredX.end(), it->x + it->width + gap);
            if (covered - next < usableRows)
                continue;
            // Never below its least width: a label cut to "…" names nothing.
            it->width
                = std::max(std::min(it->width, std::max(it->minWidth, 0.0)), std::min(it->width, *next - it->x - gap));
        }
    }
    std::vector<Row> rowSets(static_cast<size_t>(usableRows));
    std::vector<LabelRequest> unplaced;
    result.placed.reserve(size_t(finiteEnd - requests.begin()));
    for (auto it = requests.begin(); it != finiteEnd; ++it) {
        const double left = it->x + kMarkerOffset;
        if (it->deferred) {
            // Every way of placing a label (whole, cut, or required) needs its start free on a row.
            bool free = false;
            for (int row = 0; canPlace && row < usableRows && !free; ++row)
                free = rowSets[size_t(row)].roomAt(left, std::numeric_limits<double>::infinity(), gap) >= 0;
            if (!free) {
                unplaced.push_back(*it);
                continue;
            }
            measure(*it);
            it->deferred = false;
            if (!(it->width >= 0))
                it->width = 0;
        }
        const double rightEdge = left + it->width;
        int chosen = -1;
        double width = it->width;
        if (canPlace && std::isfinite(rightEdge) && rightEdge <= right && !obstacles.blocks(left, rightEdge)) {
            for (int row = 0; row < usableRows && chosen < 0; ++row) {
                if (rowSets[size_t(row)].fits(left, rightEdge, gap))
                    chosen = row;
            }
        }
        // Cut to the room before its neighbour, on the row that leaves it most of its text.
        const double least = std::min(it->minWidth, it->width);
        if (chosen < 0 && canPlace && least >= 0 && std::isfinite(left)) {
            double best = least;
            const double limit = std::min(right, left + it->width);
            for (int row = 0; row < usableRows; ++row) {
                const double room
                    = std::min(rowSets[size_t(row)].roomAt(left, limit, gap), obstacles.roomAt(left, limit));
                if (room >= best && (chosen < 0 || room > best)) {
                    best = room;
                    chosen = row;
                }
            }
            width = best;
        }
        // A required label goes where its row has most room, over markers if need be: the event the
        // class is looking at is never only a count.
        if (chosen < 0 && it->required && canPlace && std::isfinite(left)) {
            double best = std::max(0.0, std::min(it->minWidth, it->width)) - 1e-9;
            const double limit = std::min(right, left + it->width);
            for (int row = 0; row < usableRows; ++row) {
                const double room = rowSets[size_t(row)].roomAt(left, limit, gap);
                if (room > best) {
                    best = room;
                    chosen = row;
                }
            }
            width = best;
        }
        if (chosen < 0) {
            unplaced.push_back(*it);
            continue;
        }
        rowSets[size_t(chosen)].insert(left, left + width);
        result.placed.push_back({it->id, QRectF(left, top + chosen * rowHeight, width, rowHeight)});
    }

    // Rows dealt out again in date order: each label, from the left, takes the first row free at its
    // left edge. Every label already on a row there covers that edge, so they form a clique with it and
    // no more rows are needed than the first pass used (obstacles lie on every row alike, and no label
    // moves along its row). Should that ever fail, the first pass's rows stand.
    if (usableRows > 1 && !result.placed.empty()) {
        std::vector<size_t> order(result.placed.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const QRectF &ra = result.placed[a].rect, &rb = result.placed[b].rect;
            if (ra.left() != rb.left())
                return ra.left() < rb.left();
            return result.placed[a].id < result.placed[b].id;
        });
        std::vector<Row> again(static_cast<size_t>(usableRows));
        std::vector<int> rows2(result.placed.size(), -1);
        bool fits = true;
        for (size_t i : order) {
            const QRectF &r = result.placed[i].rect;
            for (int row = 0; row < usableRows; ++row) {
                if (again[size_t(row)].fits(r.left(), r.right(), gap)) {
                    again[size_t(row)].insert(r.left(), r.right());
                    rows2[i] = row;
                    break;
                }
            }
            if (rows2[i] < 0) {
                fits = false;
                break;
            }
        }
        if (fits) {
            for (size_t i = 0; i < result.placed.size(); ++i)
                result.placed[i].rect.moveTop(top + rows2[i] * rowHeight);
        }
    }

    // Nearby markers that lost their label are merged into one count, so a crowded stretch reads as
    // "12 more here" rather than as a silent gap; zooming in opens it.
    std::vector<LabelRequest> positionless;
    const auto byPosition
        = [](const LabelRequest &a, const LabelRequest &b) { return a.x != b.x ? a.x < b.x : a.id < b.id; };
    std::sort(unplaced.begin(), unplaced.end(), byPosition);
    if (!crowd.empty()) {
        // A crowd can be large (the whole period of a big data set), and usually comes in order already.
        // Without a usable position a member is a cluster of its own, as among the requests.
        for (const LabelRequest &r : crowd) {
            if (!std::isfinite(r.x))
                positionless.push_back(r);
        }
        std::erase_if(crowd, [](const LabelRequest &r) { return !std::isfinite(r.x); });
        if (!std::is_sorted(crowd.begin(), crowd.end(), byPosition))
            std::sort(crowd.begin(), crowd.end(), byPosition);
        std::vector<LabelRequest> merged;
        merged.reserve(unplaced.size() + crowd.size());
        std::merge(
            unplaced.begin(), unplaced.end(), crowd.begin(), crowd.end(), std::back_inserter(merged), byPosition);
        unplaced = std::move(merged);
    }
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
    for (const LabelRequest &r : positionless)
        result.clusters.push_back({r.x, r.x, r.x, {r.id}});
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
