#include "RevealHorizon.h"

#include <algorithm>
#include <limits>

namespace khronika {

namespace {

std::vector<int> sortedEvents(const Timeline &t, const std::vector<TourStep> &steps, size_t from, size_t to)
{
    std::vector<int> events;
    for (size_t s = from; s < to; ++s) {
        for (const QString &id : steps[s].events) {
            if (const int e = t.eventIndex(id); e >= 0)
                events.push_back(e);
        }
    }
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

} // namespace

bool RevealHorizon::showsEvent(const Timeline &t, int event) const
{
    if (std::binary_search(seen.begin(), seen.end(), event))
        return true;
    if (std::binary_search(ahead.begin(), ahead.end(), event))
        return false;
    return showsDate(t.event(event).date);
}

std::optional<RevealHorizon> revealHorizon(const Timeline &t, const Tour &tour, int step)
{
    if (step < 0 || step + 1 >= int(tour.steps.size()))
        return std::nullopt;
    const TourStep &s = tour.steps[size_t(step)];
    RevealHorizon h;
    h.until = std::numeric_limits<Day>::min();
    for (const QString &id : s.events) {
        if (const int e = t.eventIndex(id); e >= 0)
            h.until = std::max(h.until, t.eventRange(e).first);
    }
    if (h.until == std::numeric_limits<Day>::min())
        h.until = s.rangeTo ? s.rangeTo->lastDay() : t.extent().last;
    h.seen = sortedEvents(t, tour.steps, 0, size_t(step) + 1);
    std::vector<int> later = sortedEvents(t, tour.steps, size_t(step) + 1, tour.steps.size());
    std::set_difference(later.begin(), later.end(), h.seen.begin(), h.seen.end(), std::back_inserter(h.ahead));
    return h;
}

} // namespace khronika
