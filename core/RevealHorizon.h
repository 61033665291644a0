#pragma once

#include "Roster.h"
#include "Timeline.h"

#include <optional>
#include <vector>

namespace khronika {

// What a class may see at one step of a tour played in reveal mode, so that "what happens next?" can
// be asked before it is shown. Every view consults the same horizon (through ViewState): the
// timeline's markers, labels and counts, the overview strip, the charts, "On this day", the search
// results and the event details.
//
// The rule: an event is shown when a step up to this one is about it, or when it is dated no later
// than the step's own event (a date known only to the month or year counts from that period's end,
// as for "On this day") and no later step is about it. A figure or a roster is shown up to `until`.
struct RevealHorizon {
    // The last day the class may see: the start of the step's latest event, or the end of its range
    // when it names no event.
    Day until = 0;
    std::vector<int> seen; // sorted event indices: the events of this step and the steps before it
    std::vector<int> ahead; // sorted event indices: the events of later steps, not seen yet

    bool showsEvent(const Timeline &t, int event) const;
    bool showsDate(const Date &date) const { return hadHappened(date, until); }
};

// The horizon at a step (0-based) of a tour; nothing at the last step, which shows everything.
std::optional<RevealHorizon> revealHorizon(const Timeline &t, const Tour &tour, int step);

} // namespace khronika
