#include "IntervalIndex.h"

#include <algorithm>

namespace khronika {

IntervalIndex::IntervalIndex(std::vector<DayRange> ranges)
    : m_ranges(std::move(ranges))
{
    std::vector<int> all;
    all.reserve(m_ranges.size());
    for (int i = 0; i < int(m_ranges.size()); ++i) {
        if (m_ranges[size_t(i)].isValid())
            all.push_back(i);
    }
    m_byStart.reserve(all.size());
    m_byEnd.reserve(all.size());
    m_root = build(all);
}

int IntervalIndex::build(std::vector<int> &items)
{
    if (items.empty())
        return -1;
    // The median of the endpoints splits the ranges evenly, which keeps the depth logarithmic.
    std::vector<Day> points;
    points.reserve(items.size() * 2);
    for (int i : items) {
        points.push_back(m_ranges[size_t(i)].first);
        points.push_back(m_ranges[size_t(i)].last);
    }
    const auto mid = points.begin() + std::ptrdiff_t(points.size() / 2);
    std::nth_element(points.begin(), mid, points.end());
    const Day centre = *mid;

    std::vector<int> left, right, here;
    for (int i : items) {
        const DayRange &r = m_ranges[size_t(i)];
        if (r.last < centre)
            left.push_back(i);
        else if (r.first > centre)
            right.push_back(i);
        else
            here.push_back(i);
    }
    items.clear();
    items.shrink_to_fit();

    const int index = int(m_nodes.size());
    m_nodes.push_back({});
    Node node;
    node.centre = centre;
    node.begin = int(m_byStart.size());
    std::sort(
        here.begin(), here.end(), [&](int a, int b) { return m_ranges[size_t(a)].first < m_ranges[size_t(b)].first; });
    m_byStart.insert(m_byStart.end(), here.begin(), here.end());
    std::sort(
        here.begin(), here.end(), [&](int a, int b) { return m_ranges[size_t(a)].last > m_ranges[size_t(b)].last; });
    m_byEnd.insert(m_byEnd.end(), here.begin(), here.end());
    node.end = int(m_byStart.size());
    node.left = build(left);
    node.right = build(right);
    m_nodes[size_t(index)] = node;
    return index;
}

void IntervalIndex::collect(const DayRange &window, std::vector<int> &out) const
{
    if (!window.isValid())
        return;
    // Iterative descent: a window left of a node's centre can only meet the node's ranges that start
    // early enough, one right of it only those that end late enough; a window across the centre meets
    // all of them and continues on both sides.
    std::vector<int> stack;
    if (m_root >= 0)
        stack.push_back(m_root);
    while (!stack.empty()) {
        const Node &n = m_nodes[size_t(stack.back())];
        stack.pop_back();
        if (window.last < n.centre) {
            for (int p = n.begin; p < n.end && m_ranges[size_t(m_byStart[size_t(p)])].first <= window.last; ++p)
                out.push_back(m_byStart[size_t(p)]);
            if (n.left >= 0)
                stack.push_back(n.left);
        } else if (window.first > n.centre) {
            for (int p = n.begin; p < n.end && m_ranges[size_t(m_byEnd[size_t(p)])].last >= window.first; ++p)
                out.push_back(m_byEnd[size_t(p)]);
            if (n.right >= 0)
                stack.push_back(n.right);
        } else {
            out.insert(out.end(), m_byStart.begin() + n.begin, m_byStart.begin() + n.end);
            if (n.left >= 0)
                stack.push_back(n.left);
            if (n.right >= 0)
                stack.push_back(n.right);
        }
    }
}

std::vector<int> IntervalIndex::overlapping(const DayRange &window) const
{
    std::vector<int> out;
    collect(window, out);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace khronika
