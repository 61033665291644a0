#include "LaneDensity.h"

#include <algorithm>
#include <map>

namespace khronika {

LaneDensity::LaneDensity(std::vector<Item> items)
{
    std::sort(items.begin(), items.end(),
        [](const Item &a, const Item &b) { return a.position != b.position ? a.position < b.position : a.id < b.id; });
    m_position.reserve(items.size());
    m_id.reserve(items.size());
    m_rank.reserve(items.size());
    m_prefix.reserve(items.size() + 1);
    m_origin = items.empty() ? 0 : items.front().position;
    double sum = 0;
    m_prefix.push_back(0);
    std::map<int, std::vector<size_t>, std::greater<>> byRank;
    for (size_t i = 0; i < items.size(); ++i) {
        m_position.push_back(items[i].position);
        m_id.push_back(items[i].id);
        m_rank.push_back(items[i].rank);
        sum += items[i].position - m_origin;
        m_prefix.push_back(sum);
        byRank[items[i].rank].push_back(i);
    }
    for (auto &[rank, indices] : byRank)
        m_byRank.push_back(std::move(indices));
}

std::pair<size_t, size_t> LaneDensity::indicesIn(double from, double to) const
{
    const auto first = std::lower_bound(m_position.begin(), m_position.end(), from);
    const auto last = std::lower_bound(first, m_position.end(), std::max(from, to));
    return {size_t(first - m_position.begin()), size_t(last - m_position.begin())};
}

double LaneDensity::positionSum(size_t first, size_t last) const
{
    if (last <= first)
        return 0;
    return m_prefix[last] - m_prefix[first] + double(last - first) * m_origin;
}

std::vector<size_t>::const_iterator LaneDensity::lowerBound(const std::vector<size_t> &level, size_t first)
{
    return std::lower_bound(level.begin(), level.end(), first);
}

} // namespace khronika
