#include "ViewState.h"

#include <QEasingCurve>
#include <QPointF>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {
constexpr double kMinimumSpan = 7.0;
}

ViewState::ViewState(std::shared_ptr<const Timeline> timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(std::move(timeline))
{
    const DayRange extent = m_timeline->extent();
    // A little room on both sides so that the first and last events are not cut by the edge.
    const Day margin = std::max<Day>(30, extent.length() / 50);
    m_limits = {extent.first - margin, extent.last + margin};
    m_start = double(m_limits.first);
    m_end = double(m_limits.last + 1);
    m_cursor = openingDay(*m_timeline);
    m_eventFactions.resize(size_t(m_timeline->eventCount()));
    m_eventCategories.resize(size_t(m_timeline->eventCount()));
    for (int i = 0; i < m_timeline->eventCount(); ++i) {
        m_eventCategories[size_t(i)] = m_timeline->categoryIndex(m_timeline->event(i).category);
        for (const QString &f : m_timeline->event(i).factions) {
            if (const int index = m_timeline->factionIndex(f); index >= 0)
                m_eventFactions[size_t(i)].push_back(index);
        }
    }
    std::vector<Rgb> colours;
    for (int f = 0; f < m_timeline->factionCount(); ++f)
        colours.push_back(Rgb::parse(m_timeline->faction(f).colour).value_or(Rgb {}));
    m_factionShapes = assignMarkerShapes(colours);
}

bool ViewState::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    const Timeline &now = *m_timeline;
    const Timeline &next = *timeline;
    const auto sameIds = [](const auto &a, const auto &b) {
        return std::equal(
            a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) { return x.id == y.id; });
    };
    // Events are ordered by their dates and ids alone, never by a text, so a translation keeps them in place.
    if (!sameIds(now.data().events, next.data().events) || !sameIds(now.data().actors, next.data().actors)
        || !sameIds(now.data().factions, next.data().factions)
        || !sameIds(now.data().categories, next.data().categories) || !sameIds(now.data().places, next.data().places)
        || next.extent() != now.extent())
        return false;
    m_timeline = std::move(timeline);
    Q_EMIT textsChanged();
    return true;
}

MarkerShape ViewState::factionShape(int faction) const
{
    return faction >= 0 && faction < int(m_factionShapes.size()) ? m_factionShapes[size_t(faction)]
                                                                 : MarkerShape::Circle;
}

MarkerShape ViewState::eventShape(int event) const
{
    const auto &factions = m_eventFactions[size_t(event)];
    return factions.empty() ? MarkerShape::Circle : factionShape(factions.front());
}

void ViewState::setWindow(double start, double end)
{
    // A window set directly wins over a running animation, which would otherwise carry on over it.
    if (m_animation)
        m_animation->stop();
    applyWindow(start, end);
}

void ViewState::applyWindow(double start, double end)
{
    if (!std::isfinite(start) || !std::isfinite(end))
        return;
    const double maxSpan = double(m_limits.last + 1 - m_limits.first);
    double span = std::clamp(end - start, kMinimumSpan, maxSpan);
    if (end - start < kMinimumSpan) {
        const double mid = (start + end) / 2;
        start = mid - span / 2;
    }
    start = std::clamp(start, double(m_limits.first), double(m_limits.last + 1) - span);
    end = start + span;
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    Q_EMIT windowChanged();
}

void ViewState::revealEvent(int event)
{
    if (event < 0 || event >= m_timeline->eventCount())
        return;
    const DayRange r = m_timeline->eventRange(event);
    const double span = m_end - m_start;
    // Keep the zoom when the event fits; centre it when it is off screen.
    if (double(r.first) >= m_start + span * 0.05 && double(r.last + 1) <= m_end - span * 0.05)
        return;
    if (double(r.length()) > span * 0.9) {
        const double pad = double(r.length()) * 0.1;
        setWindow(double(r.first) - pad, double(r.last + 1) + pad);
        return;
    }
    const double centre = (double(r.first) + double(r.last + 1)) / 2;
    setWindow(centre - span / 2, centre + span / 2);
}

void ViewState::animateWindow(double start, double end)
{
    if (m_animation)
        m_animation->stop();
    if (!m_animationsEnabled) {
        applyWindow(start, end);
        return;
    }
    if (!m_animation) {
        m_animation = new QVariantAnimation(this);
        m_animation->setDuration(450);
        m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    }
    // Animate start and span in one value so that the zoom and the pan arrive together.
    const QPointF from(m_start, m_end), to(start, end);
    m_animation->disconnect(this);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        const QPointF w = v.toPointF();
        applyWindow(w.x(), w.y());
    });
    m_animation->setStartValue(from);
    m_animation->setEndValue(to);
    m_animation->start();
}

void ViewState::setReveal(std::optional<RevealHorizon> horizon)
{
    const bool same = horizon.has_value() == m_reveal.has_value()
        && (!horizon
            || (horizon->until == m_reveal->until && horizon->seen == m_reveal->seen
                && horizon->ahead == m_reveal->ahead));
    if (same)
        return;
    m_reveal = std::move(horizon);
    Q_EMIT filtersChanged();
}

void ViewState::setBaseline(std::optional<DayRange> days)
{
    if (days == m_baseline)
        return;
    m_baseline = days;
    Q_EMIT baselineChanged();
}

void ViewState::setRevealUntil(std::optional<Day> day)
{
    setReveal(day ? std::optional<RevealHorizon>(RevealHorizon {*day, {}, {}}) : std::nullopt);
}

void ViewState::setCursor(Day day)
{
    day = std::clamp(day, m_limits.first, m_limits.last);
    if (day == m_cursor)
        return;
    m_cursor = day;
    Q_EMIT cursorChanged(day);
}

void ViewState::setSelectedEvent(int event)
{
    if (event < -1 || event >= m_timeline->eventCount())
        event = -1;
    if (event == m_selected)
        return;
    m_selected = event;
    if (event >= 0)
        setCursor(m_timeline->eventRange(event).first);
    Q_EMIT selectionChanged(event);
}

void ViewState::setFeaturedEvents(const QList<int> &events)
{
    QList<int> valid;
    for (int e : events) {
        if (e >= 0 && e < m_timeline->eventCount() && !valid.contains(e))
            valid << e;
    }
    if (valid == m_featured)
        return;
    m_featured = valid;
    Q_EMIT featuredChanged();
}

Day ViewState::openingDay(const Timeline &timeline)
{
    const DataSet &d = timeline.data();
    const DayRange extent = timeline.extent();
    if (d.periodFrom.isNull() || timeline.eventCount() == 0)
        return extent.first;
    const Date january {d.periodFrom.year, 1, 1, Date::Precision::Day};
    const int year = d.periodFrom.year + (d.periodFrom.firstDay() != january.firstDay() ? 1 : 0);
    const Day from = Date {year, 1, 1, Date::Precision::Day}.firstDay();
    // Events are kept in time order.
    for (int e = 0; e < timeline.eventCount(); ++e) {
        const Event &ev = timeline.event(e);
        if (timeline.eventRange(e).first >= from && ev.date.precision == Date::Precision::Day)
            return timeline.eventRange(e).first;
    }
    return extent.first;
}

void ViewState::setTracedActors(const QList<int> &actors)
{
    QList<int> valid;
    for (int a : actors) {
        if (a >= 0 && a < m_timeline->actorCount() && !valid.contains(a))
            valid << a;
    }
    if (valid == m_traced)
        return;
    m_traced = valid;
    Q_EMIT tracedActorsChanged();
}

void ViewState::toggleTracedActor(int actor)
{
    QList<int> actors = m_traced;
    if (actors.contains(actor))
        actors.removeAll(actor);
    else
        actors << actor;
    setTracedActors(actors);
}

std::optional<DayRange> ViewState::focusRange() const
{
    if (!m_focusYear)
        return std::nullopt;
    return Date {*m_focusYear, 0, 0, Date::Precision::Year}.range();
}

void ViewState::setFocusYear(std::optional<int> year)
{
    if (year == m_focusYear)
        return;
    m_focusYear = year;
    Q_EMIT focusChanged();
}

void ViewState::setSearchMatches(std::vector<int> events)
{
    std::sort(events.begin(), events.end());
    if (events == m_searchMatches)
        return;
    m_searchMatches = std::move(events);
    Q_EMIT searchMatchesChanged();
}

bool ViewState::isHighlighted(int event) const
{
    if (std::binary_search(m_searchMatches.begin(), m_searchMatches.end(), event))
        return true;
    if (const auto focus = focusRange(); focus && m_timeline->eventRange(event).overlaps(*focus))
        return true;
    if (m_traced.isEmpty())
        return false;
    for (const ActorRef &a : m_timeline->event(event).actors) {
        if (m_traced.contains(m_timeline->actorIndex(a.id)))
            return true;
    }
    return false;
}

void ViewState::setFactionShown(int faction, bool shown)
{
    if (shown == isFactionShown(faction))
        return;
    if (shown)
        m_hiddenFactions.remove(faction);
    else
        m_hiddenFactions.insert(faction);
    Q_EMIT filtersChanged();
}

void ViewState::showOnlyFactions(const QList<int> &factions)
{
    QSet<int> hidden;
    for (int f = -1; f < m_timeline->factionCount(); ++f) {
        if (!factions.contains(f))
            hidden.insert(f);
    }
    if (hidden == m_hiddenFactions)
        return;
    m_hiddenFactions = hidden;
    Q_EMIT filtersChanged();
}

void ViewState::setCategoryShown(int category, bool shown)
{
    if (shown == isCategoryShown(category))
        return;
    if (shown)
        m_hiddenCategories.remove(category);
    else
        m_hiddenCategories.insert(category);
    Q_EMIT filtersChanged();
}

bool ViewState::passesFilters(int event) const
{
    if (!isRevealed(event))
        return false;
    // Nothing filtered out (the usual case): no set to look in, for each of the events in the window.
    if (m_hiddenCategories.isEmpty() && m_hiddenFactions.isEmpty())
        return true;
    if (!isCategoryShown(m_eventCategories[size_t(event)]))
        return false;
    const auto &factions = m_eventFactions[size_t(event)];
    if (factions.empty())
        return isFactionShown(-1);
    return std::any_of(factions.begin(), factions.end(), [&](int f) { return isFactionShown(f); });
}

std::vector<int> ViewState::search(const QString &text) const
{
    std::vector<int> found = m_timeline->search(text);
    std::erase_if(found, [&](int e) { return !isRevealed(e); });
    return found;
}

void ViewState::setGutterNeed(const QObject *view, double pixels)
{
    if (!view)
        return;
    if (!m_gutterNeeds.contains(view)) {
        // Told later, not from the view's destructor: the view itself may still be connected to
        // gutterChanged there, half destroyed.
        connect(view, &QObject::destroyed, this, [this, view] {
            m_gutterNeeds.remove(view);
            QMetaObject::invokeMethod(this, &ViewState::updateGutter, Qt::QueuedConnection);
        });
    }
    m_gutterNeeds.insert(view, std::max(0.0, pixels));
    updateGutter();
}

void ViewState::updateGutter()
{
    double gutter = TimeAxisGeometry::kGutter;
    for (const double need : std::as_const(m_gutterNeeds))
        gutter = std::max(gutter, std::ceil(need));
    if (gutter == m_gutter)
        return;
    m_gutter = gutter;
    Q_EMIT gutterChanged();
}

void ViewState::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    Q_EMIT laneModeChanged();
}

} // namespace khronika
