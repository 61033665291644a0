#pragma once

#include "Date.h"

#include <vector>

namespace khronika {

// A static centred interval tree over closed day ranges. overlapping() finds the k ranges that meet a
// window in O(log n + k), which lets a view ask only for what it can see. Built once; read-only.
class IntervalIndex
{
public:
    IntervalIndex() = default;
    explicit IntervalIndex(std::vector<DayRange> ranges);

    // Indices (into the ranges given) of every range that overlaps `window`, in ascending order.
    std::vector<int> overlapping(const DayRange &window) const;
    // The same, appended to `out` unordered: no sort, for callers that only count or aggregate.
    void collect(const DayRange &window, std::vector<int> &out) const;

    int size() const { return int(m_ranges.size()); }
    const DayRange &range(int i) const { return m_ranges[size_t(i)]; }

private:
    struct Node {
        Day centre = 0;
        int left = -1;
        int right = -1;
        // The ranges that contain `centre`, as positions into m_byStart / m_byEnd.
        int begin = 0;
        int end = 0;
    };

    int build(std::vector<int> &items);

    std::vector<DayRange> m_ranges;
    std::vector<Node> m_nodes;
    std::vector<int> m_byStart; // per node, its ranges by ascending start
    std::vector<int> m_byEnd; // per node, its ranges by descending end
    int m_root = -1;
};

} // namespace khronika
