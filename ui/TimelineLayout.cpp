#include "TimelineLayout.h"

#include <algorithm>
#include <array>
#include <optional>

#include <QSet>
#include <cmath>

namespace khronika {

namespace {

constexpr double kMarkerRow = 24; // height of the row holding markers and span bars
constexpr double kMarkerSize = 10;
// A label is at most this many average characters wide, so that it scales with the font (the projector
// theme's larger type gets the same number of words); the event the teacher is talking about (selected,
// or highlighted by a tour step or a trace) may take twice as much.
constexpr double kMaxLabelChars = 42;
constexpr double kPeriodRowHeight = 20;
constexpr int kPeriodRows = 3;
constexpr double kBadgeHeight = 17;
constexpr double kBadgeGap = 2;
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
    *this = TimelineLayout();
    const double plotWidth = std::max(10.0, size.width() - kGutter - kRightMargin);
    scale = TimeScale(state.windowStart(), state.windowEnd(), plotWidth);
    axis = QRectF(kGutter, 0, plotWidth, kAxisHeight);

    // Years (or months) on the upper row of the axis, the finer unit on the lower one.
    ticks = TickGenerator::ticks(
        scale, [&](const QString &s) { return axisMetrics.horizontalAdvance(s); }, 12.0, TickRows::Two);
    // A label that would run past the right edge is dropped (its tick stays): a cut-off label is worse
    // than none. The view draws a label 4 pixels right of its tick.
    for (Tick &tick : ticks) {
        if (!tick.label.isEmpty() && kGutter + tick.x + 4 + axisMetrics.horizontalAdvance(tick.label) > size.width())
            tick.label.clear();
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
    for (int i : order) {
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
        const double x0 = std::max(xForDay(first), kGutter);
        const double x1 = std::min(xForDay(last), kGutter + plotWidth);
        periods.push_back(
            {i, QRectF(x0, kAxisHeight + row * kPeriodRowHeight + 1, x1 - x0, kPeriodRowHeight - 2), p.title});
    }
    periodStrip = QRectF(kGutter, kAxisHeight, plotWidth, usedRows * kPeriodRowHeight);
    plot = QRectF(
        kGutter, periodStrip.bottom() + 4, plotWidth, std::max(40.0, size.height() - periodStrip.bottom() - 4));

    // Lanes.
    struct LaneKey {
        QString title;
        QColor colour;
        int actor = -1;
    };
    std::vector<LaneKey> keys;
    std::vector<std::vector<int>> laneOf(size_t(t.eventCount())); // event -> lanes
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
            anyUnaffiliated = anyUnaffiliated || t.event(e).factions.empty();
        for (int f = 0; f < t.factionCount(); ++f) {
            if (state.isFactionShown(f)) {
                laneIndex[size_t(f) + 1] = int(keys.size());
                keys.push_back({t.faction(f).name, factionColour(t, f)});
            }
        }
        if (anyUnaffiliated && state.isFactionShown(-1)) {
            laneIndex[0] = int(keys.size());
            keys.push_back({QObject::tr("No faction"), factionColour(t, -1)});
        }
        for (int e : visible) {
            const auto &factions = t.event(e).factions;
            if (factions.empty() && laneIndex[0] >= 0)
                laneOf[size_t(e)].push_back(laneIndex[0]);
            for (const QString &id : factions) {
                const int f = t.factionIndex(id);
                if (f >= 0 && laneIndex[size_t(f) + 1] >= 0)
                    laneOf[size_t(e)].push_back(laneIndex[size_t(f) + 1]);
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
            const int c = t.categoryIndex(t.event(e).category);
            if (c >= 0 && laneIndex[size_t(c)] >= 0)
                laneOf[size_t(e)].push_back(laneIndex[size_t(c)]);
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
            for (const ActorRef &r : t.event(e).actors) {
                const auto it = laneIndex.constFind(t.actorIndex(r.id));
                if (it != laneIndex.constEnd())
                    laneOf[size_t(e)].push_back(it.value());
            }
        }
        break;
    }
    }

    // Lanes with nothing in the window give their room to the others.
    {
        std::vector<int> used(keys.size(), 0);
        for (int e : visible) {
            for (int lane : laneOf[size_t(e)])
                used[size_t(lane)] = 1;
        }
        std::vector<int> remap(keys.size(), -1);
        std::vector<LaneKey> kept;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (used[i]) {
                remap[i] = int(kept.size());
                kept.push_back(keys[i]);
            }
        }
        keys = std::move(kept);
        for (int e : visible) {
            for (int &lane : laneOf[size_t(e)])
                lane = remap[size_t(lane)];
        }
    }
    if (keys.empty())
        return;
    const double rowHeight = std::ceil(labelMetrics.height() + 4);
    // Every lane keeps room for its markers, one row of labels and its cluster counts; the rest of the
    // height goes to the lanes with most to show, so a busy lane is not starved by an empty one.
    std::vector<double> demand(keys.size(), 0.0);
    for (int e : visible) {
        for (int lane : laneOf[size_t(e)])
            demand[size_t(lane)] += 1.0;
    }
    const double minimum = kMarkerRow + rowHeight + 4;
    labelledHeight = plot.top() + minimum * double(keys.size()) + (size.height() - plot.bottom());
    const double spare = std::max(0.0, plot.height() - minimum * double(keys.size()));
    double totalWeight = 0;
    for (double &d : demand) {
        d = std::sqrt(d);
        totalWeight += d;
    }
    // Too short for a row of labels on every lane (a chart shares the screen, say): every lane keeps
    // its marker row, and what is left goes to the busiest lanes, so that some events are still named
    // rather than every lane showing counts alone. First of all, the lane of the selected event (else
    // the busiest) gets a whole row of labels if there is room for one: slices too thin for a label on
    // every lane would name nothing at all.
    const double markersOnly = kMarkerRow + 4;
    const double labelRow = minimum - markersOnly;
    namedHeight = labelledHeight - labelRow * double(keys.size() - 1);
    const bool markersFit = plot.height() >= markersOnly * double(keys.size());
    double shortSpare = std::max(0.0, plot.height() - markersOnly * double(keys.size()));
    std::optional<size_t> named;
    if (spare <= 0 && shortSpare >= labelRow) {
        named = size_t(std::max_element(demand.begin(), demand.end()) - demand.begin());
        // Only the events in the window have lanes.
        if (const int selected = state.selectedEvent(); selected >= 0 && !laneOf[size_t(selected)].empty())
            named = size_t(laneOf[size_t(selected)].front());
        shortSpare -= labelRow;
    }
    lanes.resize(keys.size());
    double y = plot.top();
    for (size_t i = 0; i < keys.size(); ++i) {
        const double share = totalWeight > 0 ? demand[i] / totalWeight : 1.0 / double(keys.size());
        const double h = spare > 0 ? minimum + spare * share
            : markersFit           ? markersOnly + shortSpare * share + (named == i ? labelRow : 0.0)
                                   : plot.height() / double(keys.size());
        lanes[i].title = keys[i].title;
        lanes[i].colour = keys[i].colour;
        lanes[i].actor = keys[i].actor;
        lanes[i].rect = QRectF(kGutter, y, plotWidth, h);
        y += h;
    }

    std::vector<std::vector<LabelRequest>> requests(lanes.size());
    std::vector<QHash<int, QRectF>> markerOf(lanes.size()); // per lane: event -> marker
    // Overlapping spans of a lane stack on thin sub-rows of the marker row so that each stays visible.
    constexpr int kSpanRows = 3;
    std::vector<std::array<double, kSpanRows>> spanRowEnds(lanes.size());
    for (auto &ends : spanRowEnds)
        ends.fill(-1e18);
    for (int e : visible) {
        const DayRange r = t.eventRange(e);
        const bool span = t.event(e).end.has_value() || r.length() > 1;
        for (int lane : laneOf[size_t(e)]) {
            Lane &l = lanes[size_t(lane)];
            l.events.push_back(e);
            EventMark m;
            m.event = e;
            m.lane = lane;
            m.span = span;
            m.highlighted = state.isHighlighted(e);
            // The selected event is never dimmed: it is what the class is looking at.
            m.dimmed = state.isHighlighting() && !m.highlighted && e != state.selectedEvent();
            // A lane squeezed below its marker row (too many lanes for the height) keeps its markers
            // in the middle, not hanging over its lower neighbour or the edge.
            const double cy = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2;
            double x0 = xForDay(double(r.first));
            double x1 = xForDay(double(r.last + 1));
            if (span && x1 - x0 >= kMarkerSize) {
                x0 = std::max(x0, kGutter - 2);
                x1 = std::min(x1, kGutter + plotWidth + 2);
                auto &ends = spanRowEnds[size_t(lane)];
                int row = 0;
                while (row < kSpanRows - 1 && ends[size_t(row)] > x0)
                    ++row;
                ends[size_t(row)] = std::max(ends[size_t(row)], x1 + 2);
                m.marker = QRectF(x0, cy - 9 + row * 7, x1 - x0, 5);
            } else {
                const double cx = (x0 + x1) / 2;
                m.marker = QRectF(cx - kMarkerSize / 2, cy - kMarkerSize / 2, kMarkerSize, kMarkerSize);
            }
            markerOf[size_t(lane)].insert(e, m.marker);
            marks.push_back(m);

            auto natural = labelWidthCache.constFind(e);
            if (natural == labelWidthCache.constEnd())
                natural = labelWidthCache.insert(
                    e, (t.event(e).importance == 3 ? boldMetrics : labelMetrics).horizontalAdvance(t.event(e).title));
            const bool inFocus = m.highlighted || e == state.selectedEvent();
            const double width
                = std::min(natural.value(), labelMetrics.averageCharWidth() * kMaxLabelChars * (inFocus ? 2 : 1));
            // Labels of spans that began off screen start at the plot's edge.
            double labelX = std::max(m.marker.left(), kGutter) - 4 + (m.span ? 0 : kMarkerSize / 2);
            // Near the right edge a label would not fit after its marker: it ends at the edge instead,
            // so that the last events of the window are named rather than counted.
            const double plotRight = kGutter + plotWidth;
            if (labelX + 4 + width > plotRight)
                labelX = std::max(kGutter - 4, plotRight - width - 4 - 1);
            // The selected event is labelled first: it is what the teacher is talking about.
            const int priority
                = t.event(e).importance * 10 + (m.highlighted ? 5 : 0) + (e == state.selectedEvent() ? 100 : 0);
            requests[size_t(lane)].push_back({e, labelX, width, priority});
        }
    }

    // Per lane, the markers drawn with a ring: the selected event's and those a tour step points at.
    // Dots, and bars short enough that a count would hide most of them (a long bar stays in sight
    // around a count).
    constexpr double kShortBar = 3 * kBadgeHeight;
    std::vector<std::vector<const EventMark *>> focusMarks(lanes.size());
    for (const EventMark &m : marks) {
        if ((!m.span || m.marker.width() <= kShortBar) && (m.highlighted || m.event == state.selectedEvent()))
            focusMarks[size_t(m.lane)].push_back(&m);
    }
    for (size_t i = 0; i < lanes.size(); ++i) {
        const Lane &l = lanes[i];
        const double top = l.rect.top() + kMarkerRow;
        const int rows = std::max(0, int((l.rect.bottom() - top - 2) / rowHeight));
        LabelLayoutResult placed
            = LabelLayout::place(std::move(requests[i]), top, rowHeight, rows, kGutter + plotWidth, 10.0, 28.0);
        for (const PlacedLabel &p : placed.placed) {
            const QString text = (t.event(p.id).importance == 3 ? boldMetrics : labelMetrics)
                                     .elidedText(t.event(p.id).title, Qt::ElideRight, p.rect.width() + 1);
            labels.push_back({p.id, int(i), p.rect, text, markerOf[i].value(p.id)});
        }
        // Badges: one per cluster, merged with the previous one when they would touch.
        // A cluster's badge sits on the marker row in place of the dots it counts.
        const double badgeY = l.rect.top() + std::min(kMarkerRow, l.rect.height()) / 2 - kBadgeHeight / 2;
        std::vector<LaneCluster> laneClusters;
        for (const Cluster &c : placed.clusters) {
            const QString count = QString::number(c.ids.size());
            const double w = std::max(kBadgeHeight + 6, axisMetrics.horizontalAdvance(count) + 14);
            // Centred on the members' markers, not on where their labels would have started: near the
            // right edge those are pulled left of their markers.
            double centre = 0;
            for (int e : c.ids)
                centre += std::max(markerOf[i].value(e).center().x(), kGutter);
            centre /= double(c.ids.size());
            const double x = std::clamp(centre - w / 2, kGutter, kGutter + plotWidth - w);
            if (!laneClusters.empty() && laneClusters.back().rect.right() + 4 > x) {
                LaneCluster &prev = laneClusters.back();
                prev.events.insert(prev.events.end(), c.ids.begin(), c.ids.end());
                const double pw = std::max(
                    kBadgeHeight + 6, axisMetrics.horizontalAdvance(QString::number(prev.events.size())) + 14);
                prev.rect.setWidth(pw);
                continue;
            }
            LaneCluster lc;
            lc.lane = int(i);
            lc.rect = QRectF(x, badgeY, w, kBadgeHeight);
            lc.events = c.ids;
            laneClusters.push_back(lc);
        }
        // A lone unlabelled event keeps its own marker: a "+1" would read as one more event hidden
        // somewhere, where there is exactly the one the marker shows. Its place was cleared for a
        // badge above, so no other count touches it.
        std::vector<std::pair<double, double>> keepClear;
        std::erase_if(laneClusters, [&](const LaneCluster &lc) {
            if (lc.events.size() != 1)
                return false;
            const int e = lc.events.front();
            const bool span = std::any_of(marks.begin(), marks.end(),
                [&](const EventMark &m) { return m.event == e && m.lane == int(i) && m.span; });
            // A bar is drawn under counts anyway; a dot must stay uncovered.
            if (!span) {
                const QRectF marker = markerOf[i].value(e);
                keepClear.emplace_back(marker.left() - kBadgeGap, marker.right() + kBadgeGap);
            }
            return true;
        });
        // A count must not cover the selected event's marker or one a tour step points at: it moves
        // aside, and the counts already placed keep their room too.
        for (const EventMark *m : focusMarks[i]) {
            // A highlighted dot that lost its label is one of the counted, drawn as the count itself.
            const bool counted = m->event != state.selectedEvent()
                && std::none_of(
                    placed.placed.begin(), placed.placed.end(), [m](const PlacedLabel &p) { return p.id == m->event; });
            if (!counted && m->span)
                keepClear.emplace_back(m->marker.left() - kSpanRingReach, m->marker.right() + kSpanRingReach);
            else if (!counted)
                keepClear.emplace_back(m->marker.center().x() - kRingReach, m->marker.center().x() + kRingReach);
        }
        for (LaneCluster &lc : laneClusters) {
            lc.rect.moveLeft(nearestClearPosition(
                lc.rect.left(), lc.rect.width(), keepClear, kGutter, kGutter + plotWidth, kBadgeGap));
            keepClear.emplace_back(lc.rect.left(), lc.rect.right());
        }
        for (LaneCluster &lc : laneClusters) {
            lc.firstDay = 1e18;
            lc.lastDay = -1e18;
            for (int e : lc.events) {
                lc.highlighted = lc.highlighted || state.isHighlighted(e);
                lc.firstDay = std::min(lc.firstDay, double(t.eventRange(e).first));
                lc.lastDay = std::max(lc.lastDay, double(t.eventRange(e).last + 1));
            }
            clusters.push_back(std::move(lc));
        }
    }
    QSet<std::pair<int, int>> clusteredPoints; // (lane, event)
    for (const LaneCluster &c : clusters) {
        for (int e : c.events)
            clusteredPoints.insert({c.lane, e});
    }
    for (EventMark &m : marks)
        m.clustered = !m.span && m.event != state.selectedEvent() && clusteredPoints.contains({m.lane, m.event});
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
