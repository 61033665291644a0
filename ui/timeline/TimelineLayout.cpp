#include "TimelineLayout.h"

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

QColor factionColour(const Timeline &t, int faction)
{
    return faction < 0 ? QColor(0x55, 0x55, 0x55) : QColor(t.faction(faction).colour);
}

} // namespace

void TimelineLayout::build(const ViewState &state, const QSizeF &size, const QFontMetricsF &labelMetrics,
    const QFontMetricsF &boldMetrics, const QFontMetricsF &axisMetrics, QHash<int, double> &labelWidthCache)
{
    const Timeline &t = state.timeline();
    const int selected = state.selectedEvent();
    const bool whole = selectedLabelWhole; // a setting, not a result: kept across the reset
    *this = TimelineLayout();
    selectedLabelWhole = whole;
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
    // The lanes each visible event is drawn on (one, or a few), in one flat list: the k-th visible event's
    // lanes are laneList[laneBegin[k], laneBegin[k + 1]). Nothing is allocated per event, nor per event
    // of the whole data set.
    std::vector<int> laneBegin;
    std::vector<int> laneList;
    const auto lanesOf
        = [&](size_t k) { return std::span<int>(laneList.data() + laneBegin[k], laneList.data() + laneBegin[k + 1]); };
    // The window is [start, end) in fractional days; a day is visible when any part of it is.
    const DayRange window {Day(std::floor(scale.start())), Day(std::ceil(scale.end())) - 1};
    std::vector<int> visible;
    for (int e : t.eventsIn(window)) {
        if (state.passesFilters(e))
            visible.push_back(e);
    }
    switch (state.laneMode()) {
    case LaneMode::Faction: {
        std::vector<int> laneIndex(size_t(t.factionCount()) + 1, -1);
        bool anyUnaffiliated = false;
        for (int e = 0; e < t.eventCount(); ++e)
            anyUnaffiliated = anyUnaffiliated || (state.eventFactions(e).empty() && t.event(e).factions.empty());
        for (int f = 0; f < t.factionCount(); ++f) {
            if (state.isFactionShown(f)) {
                laneIndex[size_t(f) + 1] = int(keys.size());
                keys.push_back({t.faction(f).name, factionColour(t, f), -1, t.faction(f).shortName});
            }
        }
        if (anyUnaffiliated && state.isFactionShown(-1)) {
            laneIndex[0] = int(keys.size());
            keys.push_back({QObject::tr("No faction"), factionColour(t, -1)});
        }
        for (int e : visible) {
            laneBegin.push_back(int(laneList.size()));
            const std::vector<int> &factions = state.eventFactions(e);
            if (laneIndex[0] >= 0 && factions.empty() && t.event(e).factions.empty())
                laneList.push_back(laneIndex[0]);
            for (const int f : factions) {
                if (laneIndex[size_t(f) + 1] >= 0)
                    laneList.push_back(laneIndex[size_t(f) + 1]);
            }
        }
        break;
    }
    case LaneMode::Category: {
        const auto &categories = t.data().categories;
        std::vector<int> laneIndex(categories.size(), -1);
        for (int c = 0; c < int(categories.size()); ++c) {
            if (state.isCategoryShown(c) && !t.eventsOfCategory(c).empty()) {
                laneIndex[size_t(c)] = int(keys.size());
                keys.push_back({categories[size_t(c)].title, QColor(0x44, 0x44, 0x44)});
            }
        }
        for (int e : visible) {
            laneBegin.push_back(int(laneList.size()));
            const int c = state.eventCategory(e);
            if (c >= 0 && laneIndex[size_t(c)] >= 0)
                laneList.push_back(laneIndex[size_t(c)]);
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
        QHash<int, int> laneIndex;
        for (int a : actors) {
            laneIndex.insert(a, int(keys.size()));
            const auto factions = t.factionsAt(a, state.cursor());
            keys.push_back(
                {t.actor(a).name, factions.empty() ? QColor(0x44, 0x44, 0x44) : factionColour(t, factions.front()), a});
        }
        for (int e : visible) {
            laneBegin.push_back(int(laneList.size()));
            for (const ActorRef &r : t.event(e).actors) {
                const auto it = laneIndex.constFind(t.actorIndex(r.id));
                if (it != laneIndex.constEnd())
                    laneList.push_back(it.value());
            }
        }
        break;
    }
    }
    laneBegin.push_back(int(laneList.size()));

    // Lanes with nothing in the window give their room to the others.
    {
        std::vector<int> used(keys.size(), 0);
        for (int lane : laneList)
            used[size_t(lane)] = 1;
        std::vector<int> remap(keys.size(), -1);
        std::vector<LaneKey> kept;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (used[i]) {
                remap[i] = int(kept.size());
                kept.push_back(keys[i]);
            }
        }
        keys = std::move(kept);
        for (int &lane : laneList)
            lane = remap[size_t(lane)];
    }
    if (keys.empty())
        return;
    const double rowHeight = std::ceil(labelMetrics.height() + 2);
    // Every lane keeps room for its markers, one row of labels and its cluster counts; the rest of the
    // height goes to the lanes with most to show, so a busy lane is not starved by an empty one.
    std::vector<double> demand(keys.size(), 0.0);
    for (int lane : laneList)
        demand[size_t(lane)] += 1.0;
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
    lanesSqueezed = plot.height() < sumOf(markersOnly + labelRow, titleNeedsIn(kGutter - kLaneTitleMargins));
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
            // Only the events in the window have lanes.
            // Visible events are in index order.
            const auto at = std::lower_bound(visible.begin(), visible.end(), selected);
            if (selected >= 0 && at != visible.end() && *at == selected) {
                const auto lanesOfSelected = lanesOf(size_t(at - visible.begin()));
                if (!lanesOfSelected.empty())
                    named = size_t(lanesOfSelected.front());
            }
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
    // Overlapping spans of a lane stack on thin sub-rows of the marker row so that each stays visible.
    constexpr int kSpanRows = 3;
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
    marks.reserve(laneList.size());
    for (size_t k = 0; k < visible.size(); ++k) {
        const auto eventLanes = lanesOf(k);
        if (eventLanes.empty())
            continue;
        const int e = visible[k];
        const DayRange r = t.eventRange(e);
        const bool span = t.event(e).end.has_value() || r.length() > 1;
        const bool highlighted = state.isHighlighted(e);
        const int primary = eventLanes.front();
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
                auto &ends = spanRowEnds[size_t(lane)];
                int row = 0;
                while (row < kSpanRows - 1 && ends[size_t(row)] > x0)
                    ++row;
                ends[size_t(row)] = std::max(ends[size_t(row)], x1 + 2);
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
    // A cluster while it is being built: its members as mark indices.
    struct Counted {
        QRectF rect;
        std::vector<int> marks;
    };
    for (size_t i = 0; i < lanes.size(); ++i) {
        const Lane &l = lanes[i];
        const bool beside = besideMarkers[i];
        const double markerMiddle = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2;
        const double top = beside ? std::clamp(markerMiddle - rowHeight / 2, l.rect.top(), l.rect.bottom() - rowHeight)
                                  : l.rect.top() + kMarkerRow;
        const int rows = beside ? 1 : std::max(0, int((l.rect.bottom() - top - 2) / rowHeight));

        // Where more markers crowd one marker's width than there are rows, no more than a row's worth of
        // them can ever be named there: a label is wider than a marker, so a row holds at most one label
        // starting within it. Only the likeliest few of such a crowd (by priority) compete for labels;
        // the rest are counted at once, without measuring their titles or sorting them with the others.
        // This keeps a layout's cost to what the screen can show rather than to the events in the window.
        const size_t keep = size_t(std::max(rows, 1)) + 1;
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
        for (int id : candidates) {
            const EventMark &m = marks[size_t(id)];
            const int e = m.event;
            auto natural = labelWidthCache.constFind(e);
            if (natural == labelWidthCache.constEnd())
                natural = labelWidthCache.insert(
                    e, (t.event(e).importance == 3 ? boldMetrics : labelMetrics).horizontalAdvance(t.event(e).title));
            const bool inFocus = e == selected || state.isFeatured(e);
            const double width = std::min(natural.value(), plotWidth - 8);
            const double least
                = std::min(width, averageCharWidth * (inFocus ? kLeastFocusLabelChars : kLeastLabelChars));
            double labelX = labelStart(m, beside);
            // Near the right edge a label would not fit after its marker: it ends at the edge instead,
            // so that the last events of the window are named rather than counted.
            // Beside the markers a label is cut to the room after its marker instead.
            // The selected event's label is never cut: it too ends at the edge, beside the markers as well.
            if (labelX + 4 + width > plotRight && !beside)
                labelX = std::max(gutter - 4, plotRight - width - 4 - 1);
            requests.push_back({id, labelX, width, priorityOf(m), least, inFocus, selectedLabelWhole && e == selected});
        }
        LabelLayoutResult placed = LabelLayout::place(
            std::move(requests), top, rowHeight, rows, plotRight, 10.0, 28.0, dotsOf[i], std::move(crowd));
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
        for (const Cluster &c : placed.clusters) {
            const double w = badgeWidth(c.ids.size());
            // Centred on the members' markers, not on where their labels would have started: near the
            // right edge those are pulled left of their markers.
            double centre = 0;
            for (int id : c.ids)
                centre += std::max(marks[size_t(id)].marker.center().x(), gutter);
            centre /= double(c.ids.size());
            const double x = std::clamp(centre - w / 2, gutter, gutter + plotWidth - w);
            if (!laneClusters.empty() && laneClusters.back().rect.right() + 4 > x) {
                Counted &prev = laneClusters.back();
                prev.marks.insert(prev.marks.end(), c.ids.begin(), c.ids.end());
                const double pw = badgeWidth(prev.marks.size());
                prev.rect.setWidth(pw);
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
            if (lc.marks.size() != 1)
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
        // merged count is no wider than the two and the gap between them, which were clear.
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
            prev.rect.setWidth(std::min(badgeWidth(prev.marks.size()), next.rect.right() - prev.rect.left()));
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
                lo = std::min(lo, marks[size_t(id)].marker.center().x());
                hi = std::max(hi, marks[size_t(id)].marker.center().x());
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
            lc.events.reserve(counted.marks.size());
            for (int id : counted.marks) {
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
