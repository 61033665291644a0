#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace khronika {

// The items of one lane of the timeline (events, by the caller's id), ordered by where their marker
// stands (the middle of their dates, in days), for laying out a crowded lane at the detail its pixels
// can show. How many items a stretch holds, the sum of their positions (so their mean) and its most
// important items are answered without visiting the rest: binary searches, prefix sums and one sorted
// list per rank, built once for a lane's items and kept while the items stay the same. The layout of a
// whole period of 100,000 events then costs what its marker widths and labels do.
//
// Positions are finite; the order of items at one position is by id, so that every answer is the same
// whatever order the items were given in.
class LaneDensity
{
public:
    struct Item {
        double position = 0; // where the marker stands, in days
        int id = -1;
        int rank = 0; // higher is labelled first (an event's importance)
    };

    LaneDensity() = default;
    explicit LaneDensity(std::vector<Item> items);

    size_t size() const { return m_position.size(); }
    bool empty() const { return m_position.empty(); }
    double position(size_t i) const { return m_position[i]; }
    int id(size_t i) const { return m_id[i]; }
    int rank(size_t i) const { return m_rank[i]; }

    // The items at positions in [from, to), as indices [first, last).
    std::pair<size_t, size_t> indicesIn(double from, double to) const;
    // The sum of the positions of the items [first, last).
    double positionSum(size_t first, size_t last) const;

    // Up to `k` indices of [first, last) that `accept(index)` lets through: the highest rank first and,
    // within a rank, the earliest position (the order in which their labels would be tried). Visits
    // only the items of each rank from `first` on until `k` are found, not the whole stretch.
    template<class Accept>
    void mostImportant(size_t first, size_t last, size_t k, Accept &&accept, std::vector<size_t> &out) const
    {
        size_t found = 0;
        for (const std::vector<size_t> &level : m_byRank) {
            for (auto it = lowerBound(level, first); found < k && it != level.end() && *it < last; ++it) {
                if (accept(*it)) {
                    out.push_back(*it);
                    ++found;
                }
            }
            if (found == k)
                return;
        }
    }

private:
    static std::vector<size_t>::const_iterator lowerBound(const std::vector<size_t> &level, size_t first);

    std::vector<double> m_position; // ascending
    std::vector<int> m_id;
    std::vector<int> m_rank;
    // m_prefix[i]: the sum of (position - m_origin) of the items before i; positions are Julian days in
    // the millions, so the sums are kept relative to the first, where a double stays exact.
    std::vector<double> m_prefix;
    double m_origin = 0;
    std::vector<std::vector<size_t>> m_byRank; // per rank, highest first: the indices of its items, ascending
};

} // namespace khronika
