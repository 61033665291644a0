#include "TimelineLayout.h"

#include "ui/view/LaneDensity.h"
#include "ui/view/TextWrap.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include <QSet>
#include <cmath>

namespace khronika {

namespace {

constexpr double kMarkerRow = 24; // height of the row holding markers and span bars
constexpr double kMarkerSize = 10;
// A label is drawn whole where it has room. Where a neighbour needs the room it may be cut (elided)
// down to this many average characters; the event the class is looking at (selected, or one a tour
// step is about) down to fewer, since it must be named somewhere whatever the crowd around it.
constexpr double kLeastLabelChars = 12;
constexpr double kLeastFocusLabelChars = 6;
constexpr int kPeriodRows = 3;
constexpr double kBadgeHeight = 17;
constexpr double kBadgeGap = 2;
constexpr double kLabelCountGap = 6; // between a count and a label on the same row
// Counts closer than this read as one number ("+15+3"): they become one count.
constexpr double kBadgesApart = 10;
// Half the width a focus ring covers, its pen included.
constexpr double kRingReach = kSelectionRingRadius + 1.5;
constexpr double kSpanRingReach = 3 + 1.5; // a bar's ring is drawn 3 pixels out
// Overlapping spans of a lane stack on thin sub-rows of the marker row so that each stays visible.
constexpr int kSpanRows = 3;

// From this many events on, a layout counts the crowded stretches of a lane from its LaneDensity
// instead of making a mark for each of their events. Smaller data sets (the built-in one has a few
// hundred) are laid out event by event, as the densities would cost more to build than they save.
constexpr int kDenseDataSet = 1000;

QColor factionColour(const Timeline &t, int faction)
{
    return faction < 0 ? QColor(0x55, 0x55, 0x55) : QColor(t.faction(faction).colour);
}

// A span of a lane, for finding those long enough to be drawn as bars at a zoom: longest first.
struct SpanItem {
    double days = 0; // its length
    int event = -1;
    bool linked = false; // on a lane other than its event's first
};

} // namespace

// The densities of every lane (by its place in the lane keys before empty lanes are dropped), and
// what they were built for: the data, the lane mode, and which lanes the filters show.
struct LaneDensities {
    const Timeline *timeline = nullptr;
    LaneMode mode = LaneMode::Faction;
    std::vector<int> lanesShown; // per mode: factions or categories shown, or the actors with lanes
    std::vector<LaneDensity> primary; // events whose first lane this is: they compete for labels
    std::vector<LaneDensity> linked; // events named on another lane
    std::vector<std::vector<SpanItem>> spans;
    bool anyUnaffiliated = false; // whether any event has no faction
};

void TimelineLayout::build(const ViewState &state, const QSizeF &size, const QFontMetricsF &labelMetrics,
    const QFontMetricsF &boldMetrics, const QFontMetricsF &axisMetrics, QHash<int, double> &labelWidthCache)
{
    const Timeline &t = state.timeline();
    const int selected = state.selectedEvent();
    const bool whole = selectedLabelWhole; // a setting, not a result: kept across the reset
    std::shared_ptr<const LaneDensities> kept = std::move(densities); // a cache: kept too
    *this = TimelineLayout();
    selectedLabelWhole = whole;
    densities = std::move(kept);
    gutter = std::max(kGutter, state.gutter());
    const TimeAxisGeometry geometry(size.width(), state.windowStart(), state.windowEnd(), gutter);
    const double plotWidth = geometry.plotWidth();
    scale = geometry.scale();
    // Rows as tall as the axis type, so that the projector's larger type keeps its rows apart.
    axisRowHeight = std::ceil(axisMetrics.height()) + 2;
    // The cursor's date stands in the gutter beside the two rows of the axis, where no tick label goes.
    cursorRow = QRectF(0, 2, gutter - 6, 2 * axisRowHeight);
    majorRowTop = 2;
    minorRowTop = majorRowTop + axisRowHeight;
    axis = QRectF(gutter, 0, plotWidth, minorRowTop + axisRowHeight + 4);
    const double periodRowHeight = std::max(20.0, std::ceil(axisMetrics.height()) + 2);

    // Years (or months) on the upper row of the axis, the finer unit on the lower one.
    ticks = TickGenerator::ticks(
        scale, [&](const QString &s) { return axisMetrics.horizontalAdvance(s); }, 12.0, TickRows::Two);
    // A label that would run past the right edge is dropped (its tick stays): a cut-off label is worse
    // than none. The view draws a label 4 pixels right of its tick.
    for (Tick &tick : ticks) {
        if (!tick.label.isEmpty() && gutter + tick.x + 4 + axisMetrics.horizontalAdvance(tick.label) > size.width())
            tick.label.clear();
    }
    // The major label of a tick left of the plot would stand in the gutter: it slides to the plot's
    // edge, as a header that says which year (or month) the window starts in, unless the next label of
    // its row needs the room; then it goes.
    // Zoomed into part of a year, the year's own tick lies before the window: a header at the plot's
    // edge names it, so that the axis always says which year the months or days are in.
    const auto namesYear = [](const QString &label) {
        return label.size() >= 4 && std::all_of(label.end() - 4, label.end(), [](QChar c) { return c.isDigit(); });
    };
    if (std::none_of(ticks.begin(), ticks.end(), [&](const Tick &t) { return t.x >= 0 && namesYear(t.label); })) {
        const QString year = QString::number(Date::fromDay(Day(std::floor(scale.start()))).year);
        ticks.insert(ticks.begin(), Tick {scale.start(), -1, year, true});
    }
    tickLabelX.assign(ticks.size(), 0);
    for (size_t i = 0; i < ticks.size(); ++i) {
        tickLabelX[i] = ticks[i].x;
        if (ticks[i].label.isEmpty() || ticks[i].x >= 0)
            continue;
        // A minor label (a year among five-year ticks, a month) left of the plot would name a date
        // that is not on screen.
        if (!ticks[i].major) {
            ticks[i].label.clear();
            continue;
        }
        tickLabelX[i] = 0;
        const double reach = 4 + axisMetrics.horizontalAdvance(ticks[i].label) + 12;
        for (size_t j = i + 1; j < ticks.size(); ++j) {
            if (ticks[j].major == ticks[i].major && !ticks[j].label.isEmpty()) {
                if (ticks[j].x < reach)
                    ticks[i].label.clear();
                break;
            }
        }
    }

    // Periods: stacked into rows so that overlapping eras (a plan and the famine) stay readable.
    std::vector<double> rowEnds(kPeriodRows, -1e18);
    int usedRows = 0;
    const auto &allPeriods = t.data().periods;
    std::vector<int> order(allPeriods.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return allPeriods[size_t(a)].from.firstDay() < allPeriods[size_t(b)].from.firstDay(); });
    // Squeezed (a chart under it while presenting), the timeline gives its era bands' rows to the lanes;
    // the eras are still listed in the "on this day" panel.
    const bool showPeriods = size.height() >= kLeastHeightForPeriods;
    for (int i : order) {
        if (!showPeriods)
            break;
        const Period &p = allPeriods[size_t(i)];
        const double first = double(p.from.firstDay());
        double last = double(p.to.lastDay() + 1);
        int row = 0;
        while (row < kPeriodRows && rowEnds[size_t(row)] > first)
            ++row;
        if (row == kPeriodRows)
            continue; // more overlap than rows: the era is still listed in the "on this day" panel
        rowEnds[size_t(row)] = last;
        usedRows = std::max(usedRows, row + 1);
        // In reveal mode an era shows only once begun, and only as far as the tour has come; its row
        // is kept, so that the strip does not move as the tour goes on.
        if (const std::optional<Day> until = state.revealUntil()) {
            if (!hadHappened(p.from, *until))
                continue;
            last = std::min(last, double(*until + 1));
        }
        if (last < scale.start() || first > scale.end())
            continue;
        const double x0 = std::max(xForDay(first), gutter);
        const double x1 = std::min(xForDay(last), gutter + plotWidth);
        periods.push_back(
            {i, QRectF(x0, axis.bottom() + row * periodRowHeight + 1, x1 - x0, periodRowHeight - 2), p.title});
    }
    periodStrip = QRectF(gutter, axis.bottom(), plotWidth, usedRows * periodRowHeight);
    plot
        = QRectF(gutter, periodStrip.bottom() + 4, plotWidth, std::max(40.0, size.height() - periodStrip.bottom() - 4));

    // Lanes.
    struct LaneKey {
        QString title;
        QColor colour;
        int actor = -1;
        QString shortTitle = {};
    };
    std::vector<LaneKey> keys;
    const LaneMode mode = state.laneMode();
    // Which lane (by its key) each faction (at its index + 1; events of none at 0), category or actor
    // is drawn on, or -1.
    std::vector<int> factionLane;
    std::vector<int> categoryLane;
    QHash<int, int> actorLane;
    switch (mode) {
    case LaneMode::Faction: {
        factionLane.assign(size_t(t.factionCount()) + 1, -1);
        bool anyUnaffiliated = false;
        if (densities && densities->timeline == &t) {
            anyUnaffiliated = densities->anyUnaffiliated;
        } else {
            for (int e = 0; e < t.eventCount(); ++e)
                anyUnaffiliated = anyUnaffiliated || (state.eventFactions(e).empty() && t.event(e).factions.empty());
        }
        for (int f = 0; f < t.factionCount(); ++f) {
            if (state.isFactionShown(f)) {
                factionLane[size_t(f) + 1] = int(keys.size());
                keys.push_back({t.faction(f).name, factionColour(t, f), -1, t.faction(f).shortName});
            }
        }
        if (anyUnaffiliated && state.isFactionShown(-1)) {
            factionLane[0] = int(keys.size());
            keys.push_back({QObject::tr("No faction"), factionColour(t, -1)});
        }
        break;
    }
    case LaneMode::Category: {
        const auto &categories = t.data().categories;
        categoryLane.assign(categories.size(), -1);
        for (int c = 0; c < int(categories.size()); ++c) {
            if (state.isCategoryShown(c) && !t.eventsOfCategory(c).empty()) {
                categoryLane[size_t(c)] = int(keys.size());
                keys.push_back({categories[size_t(c)].title, QColor(0x44, 0x44, 0x44)});
            }
        }
        break;
    }
    case LaneMode::Actor: {
        QList<int> actors = state.tracedActors();
        if (actors.isEmpty()) {
            // With nobody traced, the actors with most events tell the story.
            std::vector<int> all(size_t(t.actorCount()));
            for (int a = 0; a < t.actorCount(); ++a)
                all[size_t(a)] = a;
            std::stable_sort(all.begin(), all.end(),
                [&](int a, int b) { return t.eventsOfActor(a).size() > t.eventsOfActor(b).size(); });
            for (int i = 0; i < std::min<int>(8, int(all.size())); ++i)
                actors << all[size_t(i)];
        }
        for (int a : actors) {
            actorLane.insert(a, int(keys.size()));
            const auto factions = t.factionsAt(a, state.cursor());
            keys.push_back(
                {t.actor(a).name, factions.empty() ? QColor(0x44, 0x44, 0x44) : factionColour(t, factions.front()), a});
        }
        break;
    }
    }
    // The lanes an event is drawn on, appended to `out`: one, or a few; it is named on the first.
    const auto appendLanes = [&](int e, std::vector<int> &out) {
        switch (mode) {
        case LaneMode::Faction: {
            const std::vector<int> &factions = state.eventFactions(e);
            if (factionLane[0] >= 0 && factions.empty() && t.event(e).factions.empty())
                out.push_back(factionLane[0]);
            for (const int f : factions) {
                if (factionLane[size_t(f) + 1] >= 0)
                    out.push_back(factionLane[size_t(f) + 1]);
            }
            break;
        }
        case LaneMode::Category: {
            const int c = state.eventCategory(e);
            if (c >= 0 && categoryLane[size_t(c)] >= 0)
                out.push_back(categoryLane[size_t(c)]);
            break;
        }
        case LaneMode::Actor:
            for (const ActorRef &r : t.event(e).actors) {
                const auto it = actorLane.constFind(t.actorIndex(r.id));
                if (it != actorLane.constEnd())
                    out.push_back(it.value());
            }
            break;
        }
    };

    // The lanes each laid-out event is drawn on (one, or a few), in one flat list: the k-th laid-out
    // event's lanes are laneList[laneBegin[k], laneBegin[k + 1]), and primaryLane[k] is the lane it is
    // named on (its first, whether or not it is laid out there). Nothing is allocated per event, nor per
    // event of the whole data set.
    std::vector<int> laneBegin;
    std::vector<int> laneList;
    std::vector<int> primaryLane;
    const auto lanesOf
        = [&](size_t k) { return std::span<int>(laneList.data() + laneBegin[k], laneList.data() + laneBegin[k + 1]); };
    // The window is [start, end) in fractional days; a day is visible when any part of it is.
    const DayRange window {Day(std::floor(scale.start())), Day(std::ceil(scale.end())) - 1};
    // The events laid out one by one, in index order.
    std::vector<int> visible;
    // Per lane, how many of its events lie in the window (laid out, or counted without a mark).
    std::vector<double> demand(keys.size(), 0.0);

    // A large data set with nothing highlighted and nothing held back by a tour is laid out from the
    // lanes' densities (see below): only the events that can be seen one by one get a mark.
    const bool dense = t.eventCount() >= kDenseDataSet && !state.isHighlighting() && !state.reveal();
    // Dense layout, per lane: which of its densities' items are laid out whatever the crowd (the
    // selected event, a tour step's, a bar), and its stretch of items outside the window's days that
    // may still reach into it.
    struct DenseLane {
        std::vector<size_t> forced[2]; // indices into primary [0] and linked [1], ascending
        std::pair<size_t, size_t> core[2]; // items whose middle lies in the window: all shown
        std::pair<size_t, size_t> reach[2]; // items near enough to the window to reach into it
        std::vector<std::pair<int, int>> barRows; // (event, row) of the lane's bars, by event
    };
    std::vector<DenseLane> denseLanes;
    // The shortest span drawn as a bar, in days; an item shorter than that stands at most half of it
    // from the window when any of it is inside.
    const double barDays = kMarkerSize / scale.pixelsPerDay();
    if (dense) {
        std::vector<int> shown;
        for (int f = -1; f < t.factionCount(); ++f)
            shown.push_back(state.isFactionShown(f));
        for (int c = 0; c < int(t.data().categories.size()); ++c)
            shown.push_back(state.isCategoryShown(c));
        if (mode == LaneMode::Actor) {
            for (const LaneKey &key : keys)
                shown.push_back(key.actor);
        }
        if (!densities || densities->timeline != &t || densities->mode != mode || densities->lanesShown != shown
            || densities->primary.size() != keys.size()) {
            auto built = std::make_shared<LaneDensities>();
            built->timeline = &t;
            built->mode = mode;
            built->lanesShown = std::move(shown);
            for (int e = 0; e < t.eventCount() && !built->anyUnaffiliated; ++e)
                built->anyUnaffiliated = state.eventFactions(e).empty() && t.event(e).factions.empty();
            std::vector<std::vector<LaneDensity::Item>> items[2];
            items[0].resize(keys.size());
            items[1].resize(keys.size());
            built->spans.resize(keys.size());
            std::vector<int> eventLanes;
            for (int e = 0; e < t.eventCount(); ++e) {
                if (!state.passesFilters(e))
                    continue;
                eventLanes.clear();
                appendLanes(e, eventLanes);
                const DayRange r = t.eventRange(e);
                const double middle = (double(r.first) + double(r.last + 1)) / 2;
                const bool span = t.event(e).end.has_value() || r.length() > 1;
                for (const int lane : eventLanes) {
                    const bool linked = lane != eventLanes.front();
                    items[linked][size_t(lane)].push_back({middle, e, t.event(e).importance});
                    if (span)
                        built->spans[size_t(lane)].push_back({double(r.length()), e, linked});
                }
            }
            for (size_t lane = 0; lane < keys.size(); ++lane) {
                built->primary.emplace_back(std::move(items[0][lane]));
                built->linked.emplace_back(std::move(items[1][lane]));
                std::stable_sort(built->spans[lane].begin(), built->spans[lane].end(),
                    [](const SpanItem &a, const SpanItem &b) { return a.days > b.days; });
            }
            densities = std::move(built);
        }
        const LaneDensities &d = *densities;
        // Where an item of a density is (its event is one of many at its middle day).
        const auto indexOf = [](const LaneDensity &density, int e, double middle) {
            for (size_t i = density.indicesIn(middle, middle + 0.25).first; i < density.size(); ++i) {
                if (density.id(i) == e)
                    return i;
            }
            return density.size();
        };
        const auto middleOf = [&](int e) {
            const DayRange r = t.eventRange(e);
            return (double(r.first) + double(r.last + 1)) / 2;
        };
        denseLanes.resize(keys.size());
        // What the class is looking at is laid out wherever it is drawn.
        std::vector<int> focus(state.featuredEvents().begin(), state.featuredEvents().end());
        if (selected >= 0)
            focus.push_back(selected);
        std::vector<int> eventLanes;
        for (const int e : focus) {
            if (e < 0 || e >= t.eventCount() || !state.passesFilters(e) || !t.eventRange(e).overlaps(window))
                continue;
            eventLanes.clear();
            appendLanes(e, eventLanes);
            for (const int lane : eventLanes) {
                const bool linked = lane != eventLanes.front();
                const LaneDensity &density = (linked ? d.linked : d.primary)[size_t(lane)];
                if (const size_t i = indexOf(density, e, middleOf(e)); i < density.size())
                    denseLanes[size_t(lane)].forced[linked].push_back(i);
            }
        }
        for (size_t lane = 0; lane < keys.size(); ++lane) {
            DenseLane &dl = denseLanes[lane];
            // Spans long enough to be drawn as bars, in the order the marks are made (by event), each
            // on its row of bars as laying out every event would put it (see the marks below). One that
            // the bars before it on its row already cover is drawn only if it gets a mark for another
            // reason; in a crowd it is counted like a dot. The others are laid out one by one.
            struct Bar {
                int event = -1;
                bool linked = false;
                double x0 = 0, x1 = 0;
            };
            std::vector<Bar> bars;
            for (const SpanItem &s : d.spans[lane]) {
                if (s.days * scale.pixelsPerDay() < kMarkerSize - 1e-6)
                    break;
                const DayRange r = t.eventRange(s.event);
                const double x0 = xForDay(double(r.first)), x1 = xForDay(double(r.last + 1));
                if (x1 - x0 < kMarkerSize || !r.overlaps(window))
                    continue;
                bars.push_back({s.event, s.linked, std::max(x0, gutter - 2), std::min(x1, gutter + plotWidth + 2)});
            }
            std::sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.event < b.event; });
            std::array<double, kSpanRows> ends;
            ends.fill(-1e18);
            // Per kind of mark (linked or not) and row, the stretch drawn so far.
            std::array<std::array<std::pair<double, double>, kSpanRows>, 2> stretches;
            for (auto &kind : stretches)
                kind.fill({-1e18, -1e18});
            for (const Bar &bar : bars) {
                int row = 0;
                while (row < kSpanRows - 1 && ends[size_t(row)] > bar.x0)
                    ++row;
                ends[size_t(row)] = std::max(ends[size_t(row)], bar.x1 + 2);
                dl.barRows.emplace_back(bar.event, row);
                const LaneDensity &density = (bar.linked ? d.linked : d.primary)[lane];
                const size_t i = indexOf(density, bar.event, middleOf(bar.event));
                if (i >= density.size())
                    continue;
                const bool inFocus = std::find(focus.begin(), focus.end(), bar.event) != focus.end();
                auto &stretch = stretches[bar.linked][size_t(row)];
                bool covered = false;
                if (!inFocus) {
                    if (bar.x0 >= stretch.first - 1 && bar.x1 <= stretch.second + 1)
                        covered = true;
                    else if (bar.x0 <= stretch.second + 1)
                        stretch.second = std::max(stretch.second, bar.x1);
                    else
                        stretch = {bar.x0, bar.x1};
                }
                const double at = density.position(i);
                if (!covered || at < double(window.first) - barDays - 1 || at >= double(window.last) + barDays + 2)
                    dl.forced[bar.linked].push_back(i);
            }
            for (int linked = 0; linked < 2; ++linked) {
                const LaneDensity &density = (linked ? d.linked : d.primary)[lane];
                auto &forced = dl.forced[linked];
                std::sort(forced.begin(), forced.end());
                forced.erase(std::unique(forced.begin(), forced.end()), forced.end());
                // An item whose middle lies in [first + 0.5, last + 0.5] of the window overlaps it.
                dl.core[linked] = density.indicesIn(double(window.first) + 0.5, double(window.last) + 0.5 + 1e-9);
                dl.reach[linked]
                    = density.indicesIn(double(window.first) - barDays - 1, double(window.last) + barDays + 2);
                // Counted: the core, what reaches in from beside it, and the bars standing further off.
                double count = double(dl.core[linked].second - dl.core[linked].first);
                for (size_t i = dl.reach[linked].first; i < dl.reach[linked].second; ++i) {
                    if ((i < dl.core[linked].first || i >= dl.core[linked].second)
                        && t.eventRange(density.id(i)).overlaps(window))
                        count += 1;
                }
                for (const size_t i : forced) {
                    if (i < dl.reach[linked].first || i >= dl.reach[linked].second)
                        count += 1;
                }
                demand[lane] += count;
            }
        }
    } else {
        for (int e : t.eventsIn(window)) {
            if (state.passesFilters(e))
                visible.push_back(e);
        }
        for (int e : visible) {
            laneBegin.push_back(int(laneList.size()));
            appendLanes(e, laneList);
            primaryLane.push_back(laneBegin.back() < int(laneList.size()) ? laneList[size_t(laneBegin.back())] : -1);
        }
        laneBegin.push_back(int(laneList.size()));
        for (int lane : laneList)
            demand[size_t(lane)] += 1.0;
    }
    // The lanes of the selected event, if it is in the window.
    std::vector<int> selectedLanes;
    if (selected >= 0 && selected < t.eventCount() && state.passesFilters(selected)
        && t.eventRange(selected).overlaps(window))
        appendLanes(selected, selectedLanes);

    // Lanes with nothing in the window give their room to the others.
    std::vector<int> keyOfLane; // the key (and densities) of each lane kept
    {
        std::vector<int> remap(keys.size(), -1);
        std::vector<LaneKey> kept;
        std::vector<double> keptDemand;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (demand[i] > 0) {
                remap[i] = int(kept.size());
                kept.push_back(keys[i]);
                keptDemand.push_back(demand[i]);
                keyOfLane.push_back(int(i));
            }
        }
        keys = std::move(kept);
        demand = std::move(keptDemand);
        for (int &lane : laneList)
            lane = remap[size_t(lane)];
        for (int &lane : primaryLane)
            lane = lane >= 0 ? remap[size_t(lane)] : -1;
        for (int &lane : selectedLanes)
            lane = remap[size_t(lane)];
    }
    if (keys.empty())
        return;
    const double rowHeight = std::ceil(labelMetrics.height() + 2);
    // Every lane keeps room for its markers, one row of labels and its cluster counts; the rest of the
    // height goes to the lanes with most to show, so a busy lane is not starved by an empty one.
    // What each lane needs at the least: its marker row (and, better, a row of labels under it), and
    // room for its title whole in the gutter (up to three lines of the labels' bold type): a lane
    // title cut to "New Oppositi…" tells a class nothing.
    const double markersOnly = kMarkerRow + 4;
    const double labelRow = rowHeight;
    const auto titleNeedsIn = [&](double width) {
        std::vector<double> needs(keys.size());
        for (size_t i = 0; i < keys.size(); ++i) {
            const auto wrapped = [&](const QString &title) {
                return wrapText(title, width, 3, [&](const QString &s) { return boldMetrics.horizontalAdvance(s); });
            };
            // A title of more than two lines gives way to its short form, where the data set has one.
            QStringList lines = wrapped(keys[i].title);
            if ((lines.size() > 2 || lines.join(u' ') != keys[i].title) && !keys[i].shortTitle.isEmpty())
                lines = wrapped(keys[i].shortTitle);
            needs[i] = double(std::max<qsizetype>(1, lines.size())) * boldMetrics.lineSpacing() + 4;
        }
        return needs;
    };
    const std::vector<double> titleNeed = titleNeedsIn(laneTitleWidth());
    const auto sumOf = [&](double base, const std::vector<double> &needs = {}) {
        double sum = 0;
        for (double need : needs.empty() ? titleNeed : needs)
            sum += std::max(base, need);
        return sum;
    };
    // Whether the lanes are too short for a row of labels and their titles, measured in the least
    // gutter: then a title has one line, and the view asks for a gutter it fits in. Measured in the
    // least gutter, not the one in use, so that the answer does not follow from the gutter it asks for.
    lanesSqueezed = plot.height()
        < sumOf(markersOnly + labelRow, gutter == kGutter ? titleNeed : titleNeedsIn(kGutter - kLaneTitleMargins));
    const double labelledSum = sumOf(markersOnly + labelRow);
    const double markersSum = sumOf(markersOnly);
    labelledHeight = plot.top() + labelledSum + (size.height() - plot.bottom());
    namedHeight = plot.top() + markersSum + labelRow + (size.height() - plot.bottom());
    double totalWeight = 0;
    for (double &d : demand) {
        d = std::sqrt(d);
        totalWeight += d;
    }
    // Every lane keeps room for its markers, one row of labels and its title, and the rest of the height
    // goes to the lanes with most to show, so a busy lane is not starved by an empty one. Too short for
    // that (a chart shares the screen, say), every lane keeps its marker row (where labels go beside the
    // markers) and its title, and the lane of the selected event (else the busiest) gets a row of
    // labels under its markers first. Shorter still, the lanes share the height evenly and their titles
    // shrink.
    std::vector<double> base(keys.size(), plot.height() / double(keys.size()));
    double spare = 0;
    std::optional<size_t> named;
    if (plot.height() >= labelledSum) {
        for (size_t i = 0; i < keys.size(); ++i)
            base[i] = std::max(markersOnly + labelRow, titleNeed[i]);
        spare = plot.height() - labelledSum;
    } else if (plot.height() >= markersSum) {
        for (size_t i = 0; i < keys.size(); ++i)
            base[i] = std::max(markersOnly, titleNeed[i]);
        spare = plot.height() - markersSum;
        if (spare >= labelRow) {
            named = size_t(std::max_element(demand.begin(), demand.end()) - demand.begin());
            if (!selectedLanes.empty())
                named = size_t(selectedLanes.front());
            const double extra = std::max(0.0, markersOnly + labelRow - base[*named]);
            base[*named] += extra;
            spare -= extra;
        }
    } else if (plot.height() >= markersOnly * double(keys.size())) {
        std::fill(base.begin(), base.end(), markersOnly);
        spare = plot.height() - markersOnly * double(keys.size());
    }
    lanes.resize(keys.size());
    double y = plot.top();
    for (size_t i = 0; i < keys.size(); ++i) {
        const double share = totalWeight > 0 ? demand[i] / totalWeight : 1.0 / double(keys.size());
        const double h = base[i] + spare * share;
        lanes[i].title = keys[i].title;
        lanes[i].shortTitle = keys[i].shortTitle;
        lanes[i].colour = keys[i].colour;
        lanes[i].actor = keys[i].actor;
        lanes[i].rect = QRectF(gutter, y, plotWidth, h);
        y += h;
    }

    // Per lane, the marks that want a label, as indices into `marks`. A label request's id is its mark's
    // index, so that its marker and event are found without a lookup.
    std::vector<std::vector<int>> wanting(lanes.size());
    std::vector<std::array<double, kSpanRows>> spanRowEnds(lanes.size());
    for (auto &ends : spanRowEnds)
        ends.fill(-1e18);
    // Lanes too short for a row of labels under their markers name their events beside the markers,
    // on the markers' own row.
    std::vector<char> besideMarkers(lanes.size(), 0);
    for (size_t i = 0; i < lanes.size(); ++i) {
        const double below = lanes[i].rect.bottom() - (lanes[i].rect.top() + kMarkerRow) - 2;
        besideMarkers[i] = below < rowHeight && lanes[i].rect.height() >= rowHeight;
    }
    // What a label beside the markers must not cover: the lane's dots and short bars.
    std::vector<std::vector<std::pair<double, double>>> dotsOf(lanes.size());
    // Where a lane's labels go: the top of their first row, and how many rows it has.
    const auto labelRowsOf = [&](size_t i) {
        const Lane &l = lanes[i];
        const bool beside = besideMarkers[i];
        const double markerMiddle = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2;
        const double top = beside ? std::clamp(markerMiddle - rowHeight / 2, l.rect.top(), l.rect.bottom() - rowHeight)
                                  : l.rect.top() + kMarkerRow;
        const int rows = beside ? 1 : std::max(0, int((l.rect.bottom() - top - 2) / rowHeight));
        return std::pair {top, rows};
    };
    // Where more markers crowd one marker's width than there are rows, no more than a row's worth of
    // them can ever be named there: a label is wider than a marker, so a row holds at most one label
    // starting within it. So many compete for labels; the rest are only counted (see below).
    const auto keepOf = [&](size_t i) { return size_t(std::max(labelRowsOf(i).second, 1)) + 1; };

    // Dense layout. Per lane, per marker's width of the plot, the lane's items there are counted from
    // its densities; where more crowd it than could ever be named, only the likeliest few (by
    // importance), the selected event, a tour step's events and the bars get a mark, and the rest
    // become one crowd: a count and the mean of their positions, its events listed only to fill the
    // count it joins. The cost is that of the plot's width and the marks, not of the events in the
    // window; what is drawn and counted is what laying out every event would give.
    struct Crowd {
        int lane = -1;
        const LaneDensity *density = nullptr;
        size_t first = 0, last = 0; // its stretch of the density
        std::vector<size_t> excluded; // the stretch's items laid out, or outside the window; ascending
        size_t count = 0;
        double x = 0; // the mean of its markers' centres
        double minX = 0, maxX = 0; // the centres of its first and last markers
    };
    std::vector<Crowd> crowds;
    std::vector<std::vector<size_t>> crowdsOf(lanes.size());
    if (dense) {
        const LaneDensities &d = *densities;
        std::vector<int> laneOfKey(d.primary.size(), -1);
        for (size_t i = 0; i < keyOfLane.size(); ++i)
            laneOfKey[size_t(keyOfLane[i])] = int(i);
        std::vector<std::pair<int, int>> laidOut; // (event, lane)
        std::vector<size_t> excluded, top;
        for (size_t i = 0; i < lanes.size(); ++i) {
            const DenseLane &dl = denseLanes[size_t(keyOfLane[i])];
            const size_t keep = keepOf(i);
            const int firstBucket = int(std::floor(xForDay(double(window.first) - barDays - 1) / kMarkerSize));
            const int lastBucket = int(std::floor(xForDay(double(window.last) + barDays + 2) / kMarkerSize));
            size_t from[2] = {dl.reach[0].first, dl.reach[1].first};
            for (int b = firstBucket; b <= lastBucket; ++b) {
                // Linked items crowd with the lane's own: where those are only counted, so are they.
                bool crowded = false;
                for (int linked = 0; linked < 2; ++linked) {
                    const LaneDensity &density = (linked ? d.linked : d.primary)[size_t(keyOfLane[i])];
                    const auto [reachFirst, reachLast] = dl.reach[linked];
                    const auto [coreFirst, coreLast] = dl.core[linked];
                    const size_t i0 = from[linked];
                    const size_t i1 = b == lastBucket
                        ? reachLast
                        : std::clamp(density.indicesIn(dayForX((b + 1) * kMarkerSize), 1e18).first, i0, reachLast);
                    from[linked] = i1;
                    if (i0 == i1)
                        continue;
                    excluded.clear();
                    const std::vector<size_t> &forced = dl.forced[linked];
                    for (auto it = std::lower_bound(forced.begin(), forced.end(), i0); it != forced.end() && *it < i1;
                         ++it)
                        excluded.push_back(*it);
                    // Beside the window's days only what reaches into them counts.
                    const auto outside = [&](size_t j) {
                        if (!std::binary_search(forced.begin(), forced.end(), j)
                            && !t.eventRange(density.id(j)).overlaps(window))
                            excluded.push_back(j);
                    };
                    for (size_t j = i0; j < std::min(i1, coreFirst); ++j)
                        outside(j);
                    for (size_t j = std::max(i0, coreLast); j < i1; ++j)
                        outside(j);
                    std::sort(excluded.begin(), excluded.end());
                    const auto isExcluded
                        = [&](size_t j) { return std::binary_search(excluded.begin(), excluded.end(), j); };
                    const size_t available = (i1 - i0) - excluded.size();
                    crowded = crowded || available > keep + 1;
                    top.clear();
                    if (crowded && !linked)
                        density.mostImportant(
                            i0, i1, keep, [&](size_t j) { return !isExcluded(j); }, top);
                    // A crowd of one would be "+1" for an event that its own marker shows better.
                    if (!crowded || available - top.size() < 2) {
                        for (size_t j = i0; j < i1; ++j) {
                            if (!isExcluded(j))
                                laidOut.emplace_back(density.id(j), int(i));
                        }
                        continue;
                    }
                    Crowd c;
                    c.lane = int(i);
                    c.density = &density;
                    c.first = i0;
                    c.last = i1;
                    for (const size_t j : top)
                        laidOut.emplace_back(density.id(j), int(i));
                    c.excluded = excluded;
                    c.excluded.insert(c.excluded.end(), top.begin(), top.end());
                    std::sort(c.excluded.begin(), c.excluded.end());
                    c.count = available - top.size();
                    double sum = density.positionSum(i0, i1);
                    for (const size_t j : c.excluded)
                        sum -= density.position(j);
                    c.x = xForDay(sum / double(c.count));
                    size_t lo = i0, hi = i1 - 1;
                    while (std::binary_search(c.excluded.begin(), c.excluded.end(), lo))
                        ++lo;
                    while (std::binary_search(c.excluded.begin(), c.excluded.end(), hi))
                        --hi;
                    c.minX = xForDay(density.position(lo));
                    c.maxX = xForDay(density.position(hi));
                    crowdsOf[i].push_back(crowds.size());
                    crowds.push_back(std::move(c));
                }
            }
            for (int linked = 0; linked < 2; ++linked) {
                const LaneDensity &density = (linked ? d.linked : d.primary)[size_t(keyOfLane[i])];
                for (const size_t j : dl.forced[linked])
                    laidOut.emplace_back(density.id(j), int(i));
            }
        }
        // The laid-out events in index order, each with its lanes in the order it is drawn on them, as
        // the layout of every event would have them.
        std::sort(laidOut.begin(), laidOut.end());
        laidOut.erase(std::unique(laidOut.begin(), laidOut.end()), laidOut.end());
        std::vector<int> eventLanes;
        for (size_t k = 0; k < laidOut.size();) {
            const int e = laidOut[k].first;
            size_t next = k;
            while (next < laidOut.size() && laidOut[next].first == e)
                ++next;
            eventLanes.clear();
            appendLanes(e, eventLanes);
            visible.push_back(e);
            laneBegin.push_back(int(laneList.size()));
            primaryLane.push_back(eventLanes.empty() ? -1 : laneOfKey[size_t(eventLanes.front())]);
            for (const int key : eventLanes) {
                const int lane = laneOfKey[size_t(key)];
                if (lane >= 0
                    && std::binary_search(laidOut.begin() + std::ptrdiff_t(k), laidOut.begin() + std::ptrdiff_t(next),
                        std::pair {e, lane}))
                    laneList.push_back(lane);
            }
            k = next;
        }
        laneBegin.push_back(int(laneList.size()));
    }
    // The events of a crowd, in the order of its stretch.
    const auto forEachOfCrowd = [&](const Crowd &c, const auto &f) {
        for (size_t j = c.first; j < c.last; ++j) {
            if (!std::binary_search(c.excluded.begin(), c.excluded.end(), j))
                f(c.density->id(j));
        }
    };
    for (const Crowd &c : crowds) {
        forEachOfCrowd(c, [&](int e) { lanes[size_t(c.lane)].events.push_back(e); });
        if (besideMarkers[size_t(c.lane)])
            dotsOf[size_t(c.lane)].emplace_back(c.minX - kMarkerSize / 2, c.maxX + kMarkerSize / 2);
    }

    marks.reserve(laneList.size());
    for (size_t k = 0; k < visible.size(); ++k) {
        const auto eventLanes = lanesOf(k);
        if (eventLanes.empty())
            continue;
        const int e = visible[k];
        const DayRange r = t.eventRange(e);
        const bool span = t.event(e).end.has_value() || r.length() > 1;
        const bool highlighted = state.isHighlighted(e);
        const int primary = primaryLane[k];
        for (int lane : eventLanes) {
            Lane &l = lanes[size_t(lane)];
            l.events.push_back(e);
            EventMark m;
            m.event = e;
            m.lane = lane;
            m.span = span;
            m.highlighted = highlighted;
            // The selected event is never dimmed: it is what the class is looking at.
            m.dimmed = state.isHighlighting() && !m.highlighted && e != selected;
            // A lane squeezed below its marker row (too many lanes for the height) keeps its markers
            // in the middle, not hanging over its lower neighbour or the edge.
            const double cy = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2;
            double x0 = xForDay(double(r.first));
            double x1 = xForDay(double(r.last + 1));
            if (span && x1 - x0 >= kMarkerSize) {
                x0 = std::max(x0, gutter - 2);
                x1 = std::min(x1, gutter + plotWidth + 2);
                int row = 0;
                if (dense) {
                    // Its row among all the lane's bars, laid out or not.
                    const auto &rows = denseLanes[size_t(keyOfLane[size_t(lane)])].barRows;
                    const auto it = std::lower_bound(rows.begin(), rows.end(), std::pair {e, -1});
                    row = it != rows.end() && it->first == e ? it->second : 0;
                } else {
                    auto &ends = spanRowEnds[size_t(lane)];
                    while (row < kSpanRows - 1 && ends[size_t(row)] > x0)
                        ++row;
                    ends[size_t(row)] = std::max(ends[size_t(row)], x1 + 2);
                }
                m.marker = QRectF(x0, cy - 9 + row * 7, x1 - x0, 5);
                m.bar = true;
            } else {
                const double cx = (x0 + x1) / 2;
                m.marker = QRectF(cx - kMarkerSize / 2, cy - kMarkerSize / 2, kMarkerSize, kMarkerSize);
            }
            m.linked = lane != primary;
            if (besideMarkers[size_t(lane)] && (!span || m.marker.width() <= 3 * kBadgeHeight))
                dotsOf[size_t(lane)].emplace_back(m.marker.left(), m.marker.right());
            if (!m.linked)
                wanting[size_t(lane)].push_back(int(marks.size()));
            marks.push_back(m);
        }
    }

    // What the teacher is talking about is labelled first: the selected event, then the events of the
    // tour's step, then the turning points.
    const auto priorityOf = [&](const EventMark &m) {
        return t.event(m.event).importance * 10 + (m.highlighted ? 5 : 0) + (m.event == selected ? 1000 : 0)
            + (state.isFeatured(m.event) ? 500 : 0);
    };
    // Measured once a layout: QFontMetricsF computes it afresh at every call.
    const double averageCharWidth = labelMetrics.averageCharWidth();
    const double plotRight = gutter + plotWidth;
    // Under the markers a label starts at its dot (a leader joins them); beside them, after it. Labels
    // of spans that began off screen start at the plot's edge.
    const auto labelStart = [&](const EventMark &m, bool beside) {
        return beside && !m.span ? m.marker.right() + 3 - 4
                                 : std::max(m.marker.left(), gutter) - 4 + (m.span ? 0 : kMarkerSize / 2);
    };

    // Per lane, the markers drawn with a ring: the selected event's and those a tour step points at.
    // Dots, and bars short enough that a count would hide most of them (a long bar stays in sight
    // around a count).
    constexpr double kShortBar = 3 * kBadgeHeight;
    std::vector<std::vector<const EventMark *>> focusMarks(lanes.size());
    // Per lane, the dots of events named on another lane: never counted, so a count keeps off them.
    std::vector<std::vector<const EventMark *>> linkedDots(lanes.size());
    for (const EventMark &m : marks) {
        if ((!m.span || m.marker.width() <= kShortBar)
            && (m.highlighted || m.event == selected || state.isFeatured(m.event)))
            focusMarks[size_t(m.lane)].push_back(&m);
        if (m.linked && !m.bar)
            linkedDots[size_t(m.lane)].push_back(&m);
    }
    std::vector<char> labelled(marks.size(), 0);
    // A cluster while it is being built: its members as mark indices, and crowds of the dense layout
    // as -2 - their index.
    struct Counted {
        QRectF rect;
        std::vector<int> marks;
    };
    // How many events the members of a count stand for.
    const auto countOf = [&](const std::vector<int> &members) {
        size_t n = 0;
        for (const int id : members)
            n += id >= 0 ? 1 : crowds[size_t(-2 - id)].count;
        return n;
    };
    for (size_t i = 0; i < lanes.size(); ++i) {
        const Lane &l = lanes[i];
        const bool beside = besideMarkers[i];
        const auto [top, rows] = labelRowsOf(i);

        // Only the likeliest few of a crowd of one marker's width (by priority) compete for labels;
        // the rest are counted at once, without measuring their titles or sorting them with the others.
        // This keeps a layout's cost to what the screen can show rather than to the events in the window.
        const size_t keep = keepOf(i);
        std::vector<int> candidates;
        std::vector<LabelRequest> crowd;
        const std::vector<int> &want = wanting[i];
        std::vector<std::pair<int, int>> group; // (priority, mark) of one crowded spot
        for (size_t from = 0; from < want.size();) {
            const auto bucket
                = [&](int mark) { return std::floor(marks[size_t(mark)].marker.center().x() / kMarkerSize); };
            size_t to = from + 1;
            while (to < want.size() && bucket(want[to]) == bucket(want[from]))
                ++to;
            if (to - from > keep) {
                group.clear();
                for (size_t g = from; g < to; ++g)
                    group.emplace_back(priorityOf(marks[size_t(want[g])]), want[g]);
                // Highest priority first, then earliest: the order the labels would be placed in.
                std::stable_sort(
                    group.begin(), group.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
                for (size_t g = 0; g < group.size(); ++g) {
                    const auto [priority, id] = group[g];
                    // Priorities of 500 and more are the selected event's and a tour step's: always tried.
                    if (g < keep || priority >= 500)
                        candidates.push_back(id);
                    else
                        crowd.push_back({id, labelStart(marks[size_t(id)], beside), 0, priority, -1, false});
                }
            } else {
                candidates.insert(candidates.end(), want.begin() + qsizetype(from), want.begin() + qsizetype(to));
            }
            from = to;
        }
        std::vector<LabelRequest> requests;
        requests.reserve(candidates.size());
        // A title's width, measured once a view and font (the costly part of a layout), and the least
        // its label may be cut to.
        const auto measure = [&](LabelRequest &r) {
            const int e = marks[size_t(r.id)].event;
            auto natural = labelWidthCache.constFind(e);
            if (natural == labelWidthCache.constEnd())
                natural = labelWidthCache.insert(
                    e, (t.event(e).importance == 3 ? boldMetrics : labelMetrics).horizontalAdvance(t.event(e).title));
            r.width = std::min(natural.value(), plotWidth - 8);
            r.minWidth = std::min(r.width, averageCharWidth * (r.required ? kLeastFocusLabelChars : kLeastLabelChars));
        };
        for (int id : candidates) {
            const EventMark &m = marks[size_t(id)];
            const int e = m.event;
            const bool inFocus = e == selected || state.isFeatured(e);
            double labelX = labelStart(m, beside);
            // A label that certainly ends before the plot's right edge keeps its start whatever its width:
            // its title is measured only if its turn comes with room left for it (LabelLayout::place).
            // The bound is generous: no glyph is wider than the font's widest, a title has no more
            // glyphs than characters, and a quarter more allows for the odd positive kerning.
            const double widest = (t.event(e).importance == 3 ? boldMetrics : labelMetrics).maxWidth();
            if (!inFocus && !labelWidthCache.contains(e)
                && labelX + 4 + 1.25 * widest * double(t.event(e).title.size()) <= plotRight) {
                LabelRequest r {id, labelX, 0, priorityOf(m), 0, false, false};
                r.deferred = true;
                requests.push_back(r);
                continue;
            }
            LabelRequest r {id, labelX, 0, priorityOf(m), 0, inFocus, selectedLabelWhole && e == selected};
            measure(r);
            const double width = r.width;
            // Near the right edge a label would not fit after its marker: it ends at the edge instead,
            // so that the last events of the window are named rather than counted.
            // Beside the markers a label is cut to the room after its marker instead.
            // The selected event's label is never cut: it too ends at the edge, beside the markers as well.
            if (labelX + 4 + width > plotRight && !beside)
                r.x = std::max(gutter - 4, plotRight - width - 4 - 1);
            requests.push_back(r);
        }
        // A crowd of the dense layout joins the counts as one member standing for all of its events, at
        // the mean of their positions: its id is -2 - its index.
        for (const size_t c : crowdsOf[i]) {
            const double x = crowds[c].x;
            crowd.push_back({-2 - int(c),
                beside ? x + kMarkerSize / 2 + 3 - 4 : std::max(x - kMarkerSize / 2, gutter) - 4 + kMarkerSize / 2, 0,
                0, -1, false});
        }
        LabelLayoutResult placed = LabelLayout::place(
            std::move(requests), top, rowHeight, rows, plotRight, 10.0, 28.0, dotsOf[i], std::move(crowd), measure);
        const size_t laneLabelsBegin = labels.size();
        std::vector<int> laneLabelMarks; // the mark of each of this lane's labels
        for (const PlacedLabel &p : placed.placed) {
            laneLabelMarks.push_back(p.id);
            const EventMark &m = marks[size_t(p.id)];
            const Event &event = t.event(m.event);
            // Elided here, once a layout; painting draws the text as it is.
            const QString text = (event.importance == 3 ? boldMetrics : labelMetrics)
                                     .elidedText(event.title, Qt::ElideRight, p.rect.width() + 1);
            labelled[size_t(p.id)] = 1;
            labels.push_back({m.event, int(i), p.rect, text, beside ? QRectF() : m.marker, text != event.title});
        }
        // Badges: one per cluster, merged with the previous one when they would touch.
        // A cluster's badge sits on the marker row in place of the dots it counts.
        const double badgeY = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2 - kBadgeHeight / 2;
        std::vector<Counted> laneClusters;
        // A badge is as wide as its "+N" needs.
        const auto badgeWidth = [&](size_t count) {
            return std::max(kBadgeHeight + 6, axisMetrics.horizontalAdvance(QString::number(count)) + 14);
        };
        // The linked dots and labels near a count may join it below (a count covering a dot or, beside
        // the markers, a label counts it): its badge is made wide enough for them now, so that "+5" grown to "+12" is
        // not clipped in a badge for one digit. At most that many: an extra digit's room is all it can cost.
        std::vector<double> linkedX;
        for (const EventMark *m : linkedDots[i])
            linkedX.push_back(m->marker.center().x());
        std::sort(linkedX.begin(), linkedX.end());
        const auto linkedNear = [&](double from, double to) {
            return size_t(std::upper_bound(linkedX.begin(), linkedX.end(), to)
                - std::lower_bound(linkedX.begin(), linkedX.end(), from));
        };
        const auto xOfMember = [&](int id) {
            return id >= 0 ? std::max(marks[size_t(id)].marker.center().x(), gutter)
                           : std::max(crowds[size_t(-2 - id)].x, gutter);
        };
        const auto widthFor = [&](const std::vector<int> &members) {
            double lo = 1e18, hi = -1e18;
            for (int id : members) {
                lo = std::min(lo, xOfMember(id));
                hi = std::max(hi, xOfMember(id));
            }
            const double reach = badgeWidth(countOf(members)) + kSelectionRingRadius;
            // Beside the markers, a label it covers gives way and is counted with it too (below).
            size_t labelsNear = 0;
            if (beside) {
                for (const PlacedLabel &p : placed.placed)
                    labelsNear += p.rect.right() >= lo - reach && p.rect.left() <= hi + reach;
            }
            return badgeWidth(countOf(members) + linkedNear(lo - reach, hi + reach) + labelsNear);
        };
        for (const Cluster &c : placed.clusters) {
            const double w = widthFor(c.ids);
            // Centred on the members' markers, not on where their labels would have started: near the
            // right edge those are pulled left of their markers.
            double centre = 0;
            for (int id : c.ids)
                centre += (id >= 0 ? 1.0 : double(crowds[size_t(-2 - id)].count)) * xOfMember(id);
            centre /= double(countOf(c.ids));
            const double x = std::clamp(centre - w / 2, gutter, gutter + plotWidth - w);
            if (!laneClusters.empty() && laneClusters.back().rect.right() + 4 > x) {
                Counted &prev = laneClusters.back();
                prev.marks.insert(prev.marks.end(), c.ids.begin(), c.ids.end());
                prev.rect.setWidth(widthFor(prev.marks));
                continue;
            }
            laneClusters.push_back({QRectF(x, badgeY, w, kBadgeHeight), c.ids});
        }
        // A lone unlabelled event keeps its own marker: a "+1" would read as one more event hidden
        // somewhere, where there is exactly the one the marker shows. Its place was cleared for a
        // badge above, so no other count touches it.
        std::vector<std::pair<double, double>> keepClear;
        // Beside the markers, labels share the row the counts sit on: a count keeps off them where it
        // can do so without straying from the events it stands for.
        std::vector<std::pair<double, double>> ratherClear;
        if (beside) {
            // The selected event's label and a tour step's must stay readable: no count covers them, nor
            // stands against them ("collectivisation+18" reads as one word).
            for (const PlacedLabel &p : placed.placed) {
                const int e = marks[size_t(p.id)].event;
                (e == selected || state.isFeatured(e) ? keepClear : ratherClear)
                    .emplace_back(p.rect.left() - kLabelCountGap, p.rect.right() + kLabelCountGap);
            }
        }
        std::erase_if(laneClusters, [&](const Counted &lc) {
            if (countOf(lc.marks) != 1)
                return false;
            const EventMark &m = marks[size_t(lc.marks.front())];
            // A bar is drawn under counts anyway; a dot must stay uncovered.
            if (!m.bar)
                keepClear.emplace_back(m.marker.left() - kBadgeGap, m.marker.right() + kBadgeGap);
            return true;
        });
        for (const EventMark *m : linkedDots[i])
            ratherClear.emplace_back(m->marker.left() - kBadgeGap, m->marker.right() + kBadgeGap);
        // A count must not cover the selected event's marker or one a tour step points at: it moves
        // aside, and the counts already placed keep their room too.
        for (const EventMark *m : focusMarks[i]) {
            // A highlighted dot that lost its label is one of the counted, drawn as the count itself.
            const bool counted = m->event != selected && !labelled[size_t(m - marks.data())];
            if (!counted && m->span)
                keepClear.emplace_back(m->marker.left() - kSpanRingReach, m->marker.right() + kSpanRingReach);
            else if (!counted)
                keepClear.emplace_back(m->marker.center().x() - kRingReach, m->marker.center().x() + kRingReach);
        }
        // A count is only moved a little to keep off these (see below): only those near it matter.
        std::sort(ratherClear.begin(), ratherClear.end());
        double longestRatherClear = 0;
        for (const auto &[from, to] : ratherClear)
            longestRatherClear = std::max(longestRatherClear, to - from);
        for (Counted &lc : laneClusters) {
            const double at = lc.rect.left();
            const double reach = 2 * kSelectionRingRadius + kBadgeGap + lc.rect.width() + longestRatherClear;
            std::vector<std::pair<double, double>> both = keepClear;
            for (auto it = std::lower_bound(ratherClear.begin(), ratherClear.end(), std::pair {at - reach, -1e18});
                 it != ratherClear.end() && it->first <= at + reach; ++it)
                both.push_back(*it);
            double x = nearestClearPosition(at, lc.rect.width(), both, gutter, gutter + plotWidth, kBadgeGap);
            if (std::abs(x - at) > 2 * kSelectionRingRadius)
                x = nearestClearPosition(at, lc.rect.width(), keepClear, gutter, gutter + plotWidth, kBadgeGap);
            lc.rect.moveLeft(x);
            keepClear.emplace_back(lc.rect.left(), lc.rect.right());
        }
        // Moved aside, two counts may end up side by side: they merge where the first one stands. The
        // merged count is no wider than the two and the gap between them, which were clear, unless its
        // number needs more.
        std::sort(laneClusters.begin(), laneClusters.end(),
            [](const Counted &a, const Counted &b) { return a.rect.left() < b.rect.left(); });
        for (size_t c = 1; c < laneClusters.size();) {
            Counted &prev = laneClusters[c - 1];
            const Counted &next = laneClusters[c];
            if (next.rect.left() - prev.rect.right() >= kBadgesApart) {
                ++c;
                continue;
            }
            prev.marks.insert(prev.marks.end(), next.marks.begin(), next.marks.end());
            // No narrower than its number, though: centred on the two when that is wider than both.
            const double from = prev.rect.left(), to = std::max(prev.rect.right(), next.rect.right());
            const double w = std::max(std::min(widthFor(prev.marks), to - from), badgeWidth(countOf(prev.marks)));
            prev.rect.moveLeft(std::clamp((from + to - w) / 2, gutter, gutter + plotWidth - w));
            prev.rect.setWidth(w);
            laneClusters.erase(laneClusters.begin() + std::ptrdiff_t(c));
        }
        // A linked dot that a count still covers is counted with it: the count says how many events
        // lie there, whichever lane names them, and no marker is hidden without a number. So is one
        // among the markers a count stands for (between its first and last), unless the class is
        // looking at it: in a crowd, rings of events named elsewhere would only hide the count's story.
        std::vector<std::pair<double, double>> stretches; // per count, its members' markers' centres
        for (const Counted &lc : laneClusters) {
            double lo = 1e18, hi = -1e18;
            for (int id : lc.marks) {
                lo = std::min(lo, id >= 0 ? marks[size_t(id)].marker.center().x() : crowds[size_t(-2 - id)].minX);
                hi = std::max(hi, id >= 0 ? marks[size_t(id)].marker.center().x() : crowds[size_t(-2 - id)].maxX);
            }
            stretches.emplace_back(lo, hi);
        }
        for (const EventMark *m : linkedDots[i]) {
            const bool inFocus = m->highlighted || m->event == selected || state.isFeatured(m->event);
            const double cx = m->marker.center().x();
            for (size_t c = 0; c < laneClusters.size(); ++c) {
                if (laneClusters[c].rect.intersects(m->marker.adjusted(-kBadgeGap, 0, kBadgeGap, 0))
                    || (!inFocus && cx >= stretches[c].first && cx <= stretches[c].second)) {
                    laneClusters[c].marks.push_back(int(m - marks.data()));
                    break;
                }
            }
        }
        // A count that could not keep off a label (beside the markers, where they share a row) wins:
        // "Po+9uro decre+4…" reads as nothing. The label goes, unless the class is looking at its
        // event, and its event is counted with the count that covered it, so that the count stays exact.
        if (beside) {
            for (size_t k = laneLabelMarks.size(); k-- > 0;) {
                LaneLabel &label = labels[laneLabelsBegin + k];
                if (label.event == selected || state.isFeatured(label.event))
                    continue;
                const auto covering = std::find_if(laneClusters.begin(), laneClusters.end(),
                    [&](const Counted &c) { return c.rect.intersects(label.rect.adjusted(-1, 0, 1, 0)); });
                if (covering == laneClusters.end())
                    continue;
                const int id = laneLabelMarks[k];
                labelled[size_t(id)] = 0;
                if (std::find(covering->marks.begin(), covering->marks.end(), id) == covering->marks.end())
                    covering->marks.push_back(id);
                labels.erase(labels.begin() + std::ptrdiff_t(laneLabelsBegin + k));
            }
        }
        for (const Counted &counted : laneClusters) {
            LaneCluster lc;
            lc.lane = int(i);
            lc.rect = counted.rect;
            lc.firstDay = 1e18;
            lc.lastDay = -1e18;
            lc.events.reserve(countOf(counted.marks));
            for (int id : counted.marks) {
                if (id < 0) {
                    forEachOfCrowd(crowds[size_t(-2 - id)], [&](int e) {
                        lc.events.push_back(e);
                        lc.firstDay = std::min(lc.firstDay, double(t.eventRange(e).first));
                        lc.lastDay = std::max(lc.lastDay, double(t.eventRange(e).last + 1));
                    });
                    continue;
                }
                EventMark &m = marks[size_t(id)];
                const int e = m.event;
                lc.events.push_back(e);
                // A bar stays drawn under its count; a dot is drawn as the count itself.
                m.clustered = !m.bar && e != selected;
                lc.highlighted = lc.highlighted || m.highlighted;
                lc.firstDay = std::min(lc.firstDay, double(t.eventRange(e).first));
                lc.lastDay = std::max(lc.lastDay, double(t.eventRange(e).last + 1));
            }
            clusters.push_back(std::move(lc));
        }
    }

    // A lane never draws more marks than it has pixels to show them: a plain marker (not labelled, not
    // selected, ringed or traced) that the marks already drawn on its lane and row would cover almost
    // whole is left out of the painting. Dots within half a marker of the last one drawn like them, and
    // bars inside the stretch the bars before them on their row already cover, add nothing to see.
    // They stay laid out (hit-testing, the view dump and the counts still have every event).
    struct Drawn {
        double dotX = -1e18; // the centre of the last dot drawn
        std::array<std::pair<double, double>, kSpanRows> bars; // the stretch drawn on each row of bars
    };
    // Per lane, and per kind of mark (linked or not, dimmed or not), as they look different.
    std::vector<std::array<Drawn, 4>> drawn(lanes.size());
    for (auto &kinds : drawn) {
        for (Drawn &d : kinds)
            d.bars.fill({-1e18, -1e18});
    }
    for (size_t id = 0; id < marks.size(); ++id) {
        EventMark &m = marks[id];
        if (m.clustered || labelled[id] || m.highlighted || m.event == selected || state.isFeatured(m.event))
            continue;
        Drawn &d = drawn[size_t(m.lane)][size_t((m.linked ? 2 : 0) + (m.dimmed ? 1 : 0))];
        if (!m.bar) {
            const double cx = m.marker.center().x();
            if (std::abs(cx - d.dotX) < kMarkerSize / 2)
                m.covered = true;
            else
                d.dotX = cx;
            continue;
        }
        // Which of the lane's rows of bars it is on (they stand 7 pixels apart).
        const Lane &l = lanes[size_t(m.lane)];
        const double firstRowTop = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2 - 9;
        const auto row = size_t(std::clamp(int(std::lround((m.marker.top() - firstRowTop) / 7)), 0, kSpanRows - 1));
        auto &stretch = d.bars[row];
        if (m.marker.left() >= stretch.first - 1 && m.marker.right() <= stretch.second + 1) {
            m.covered = true;
        } else if (m.marker.left() <= stretch.second + 1) {
            stretch.second = std::max(stretch.second, m.marker.right());
        } else {
            stretch = {m.marker.left(), m.marker.right()};
        }
    }
}

int TimelineLayout::eventAt(const QPointF &p) const
{
    for (const LaneLabel &l : labels) {
        if (l.rect.contains(p))
            return l.event;
    }
    // The nearest marker within a few pixels: small dots are hard to hit on a projector remote.
    int best = -1;
    double bestDistance = 8.0;
    for (const EventMark &m : marks) {
        const QRectF hit = m.marker.adjusted(-4, -6, 4, 6);
        if (!hit.contains(p))
            continue;
        const double d = m.span ? 0.0 : std::abs(m.marker.center().x() - p.x());
        if (d <= bestDistance) {
            bestDistance = d;
            best = m.event;
        }
    }
    return best;
}

const LaneCluster *TimelineLayout::clusterAt(const QPointF &p) const
{
    for (const LaneCluster &c : clusters) {
        if (c.rect.contains(p))
            return &c;
    }
    return nullptr;
}

bool TimelineLayout::isShown(int event) const
{
    return std::any_of(marks.begin(), marks.end(), [&](const EventMark &m) { return m.event == event; });
}

QRectF TimelineLayout::markerOf(int event) const
{
    for (const EventMark &m : marks) {
        if (m.event == event)
            return m.marker;
    }
    return {};
}

} // namespace khronika
