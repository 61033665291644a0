#include "TimelineAccessible.h"

#include "ui/timeline/TimelineView.h"

#include <QAccessible>
#include <QCoreApplication>

#include <algorithm>

namespace khronika {

namespace {

// The events a screen reader lists: each laid-out event once (an event of several factions is drawn on
// each of their lanes, hollow and linked on all but the first), in time order.
std::vector<const EventMark *> listedMarks(const TimelineLayout &layout)
{
    std::vector<const EventMark *> marks;
    for (const EventMark &m : layout.marks) {
        if (!m.linked)
            marks.push_back(&m);
    }
    std::stable_sort(
        marks.begin(), marks.end(), [](const EventMark *a, const EventMark *b) { return a->event < b->event; });
    return marks;
}

// What an event and a count badge share: a leaf of the timeline's list, read only.
class TimelineItem : public QAccessibleInterface
{
public:
    explicit TimelineItem(const TimelineAccessible *parent)
        : m_parent(parent)
    { }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override { return const_cast<TimelineAccessible *>(m_parent); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

protected:
    const TimelineAccessible *m_parent;
};

// One event on the timeline.
class EventItem : public TimelineItem
{
public:
    EventItem(const TimelineAccessible *parent, int event)
        : TimelineItem(parent)
        , m_event(event)
    { }

    bool isValid() const override { return m_parent->view() && mark() != nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const TimelineView *view = m_parent->view();
        const EventMark *m = mark();
        if (!view || !m)
            return {};
        const ViewState *state = view->state();
        const Event &e = state->timeline().event(m_event);
        if (t == QAccessible::Name)
            return e.title;
        if (t != QAccessible::Description)
            return {};
        QString when = e.date.toDisplayString();
        if (e.end)
            when += QStringLiteral(" – ") + e.end->toDisplayString();
        QStringList parts {when};
        if (m->lane >= 0 && m->lane < int(view->layout().lanes.size()))
            parts << view->layout().lanes[size_t(m->lane)].title;
        if (state->selectedEvent() == m_event)
            parts << QCoreApplication::translate("khronika::TimelineView", "selected");
        if (std::binary_search(state->searchMatches().begin(), state->searchMatches().end(), m_event))
            parts << QCoreApplication::translate("khronika::TimelineView", "found by the search");
        else if (m->highlighted)
            parts << QCoreApplication::translate("khronika::TimelineView", "highlighted");
        if (m->dimmed)
            parts << QCoreApplication::translate("khronika::TimelineView", "dimmed");
        if (m->clustered)
            parts << QCoreApplication::translate("khronika::TimelineView", "counted in a cluster");
        return parts.join(QStringLiteral(", "));
    }

    QRect rect() const override
    {
        const EventMark *m = mark();
        const TimelineView *view = m_parent->view();
        if (!m || !view)
            return {};
        const QRect local = m->marker.toAlignedRect();
        return QRect(view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const TimelineView *view = m_parent->view();
        const EventMark *m = mark();
        if (!view || !m) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        s.selected = view->state()->selectedEvent() == m_event;
        s.focused = s.selected && view->hasFocus();
        s.offscreen = !view->rect().intersects(m->marker.toAlignedRect());
        return s;
    }

private:
    const EventMark *mark() const
    {
        const TimelineView *view = m_parent->view();
        if (!view)
            return nullptr;
        for (const EventMark &m : view->layout().marks) {
            if (m.event == m_event && !m.linked)
                return &m;
        }
        return nullptr;
    }

    int m_event;
};

// A cluster's count badge: events too close to draw apart at this zoom.
class ClusterItem : public TimelineItem
{
public:
    ClusterItem(const TimelineAccessible *parent, int cluster)
        : TimelineItem(parent)
        , m_cluster(cluster)
    { }

    bool isValid() const override { return cluster() != nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const LaneCluster *c = cluster();
        if (!c)
            return {};
        if (t == QAccessible::Name)
            return QCoreApplication::translate(
                "khronika::TimelineView", "%n more event(s) here; click to zoom in", nullptr, int(c->events.size()));
        if (t != QAccessible::Description)
            return {};
        const QString from = Date::fromDay(Day(c->firstDay)).toDisplayString();
        const QString to = Date::fromDay(Day(c->lastDay)).toDisplayString();
        QString text = from == to ? from : from + QStringLiteral(" – ") + to;
        if (c->highlighted)
            text += QStringLiteral(", ") + QCoreApplication::translate("khronika::TimelineView", "highlighted");
        return text;
    }

    QRect rect() const override
    {
        const LaneCluster *c = cluster();
        if (!c)
            return {};
        const QRect local = c->rect.toAlignedRect();
        return QRect(m_parent->view()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.invalid = cluster() == nullptr;
        return s;
    }

private:
    const LaneCluster *cluster() const
    {
        const TimelineView *view = m_parent->view();
        if (!view || m_cluster >= int(view->layout().clusters.size()))
            return nullptr;
        return &view->layout().clusters[size_t(m_cluster)];
    }

    int m_cluster;
};

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("khronika::TimelineView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_events))
        QAccessible::deleteAccessibleInterface(id);
    for (const QAccessible::Id id : std::as_const(m_clusters))
        QAccessible::deleteAccessibleInterface(id);
}

void TimelineAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

int TimelineAccessible::eventCount() const
{
    return view() ? int(listedMarks(view()->layout()).size()) : 0;
}

int TimelineAccessible::childCount() const
{
    return view() ? eventCount() + int(view()->layout().clusters.size()) : 0;
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (!view() || index < 0)
        return nullptr;
    const std::vector<const EventMark *> marks = listedMarks(view()->layout());
    if (index < int(marks.size())) {
        const int event = marks[size_t(index)]->event;
        if (!m_events.contains(event))
            m_events.insert(event, QAccessible::registerAccessibleInterface(new EventItem(this, event)));
        return QAccessible::accessibleInterface(m_events.value(event));
    }
    const int cluster = index - int(marks.size());
    if (cluster >= int(view()->layout().clusters.size()))
        return nullptr;
    if (!m_clusters.contains(cluster))
        m_clusters.insert(cluster, QAccessible::registerAccessibleInterface(new ClusterItem(this, cluster)));
    return QAccessible::accessibleInterface(m_clusters.value(cluster));
}

int TimelineAccessible::indexOfEvent(int event) const
{
    if (!view())
        return -1;
    const std::vector<const EventMark *> marks = listedMarks(view()->layout());
    for (size_t i = 0; i < marks.size(); ++i) {
        if (marks[i]->event == event)
            return int(i);
    }
    return -1;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        if (it.value() == id)
            return indexOfEvent(it.key());
    }
    for (auto it = m_clusters.cbegin(); it != m_clusters.cend(); ++it) {
        if (it.value() == id && it.key() < int(view()->layout().clusters.size()))
            return eventCount() + it.key();
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    if (!view())
        return nullptr;
    const QPointF local = view()->mapFromGlobal(QPoint(x, y));
    const int event = view()->layout().eventAt(local);
    if (event >= 0)
        return child(indexOfEvent(event));
    return nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    if (!view() || !view()->hasFocus())
        return nullptr;
    const int index = indexOfEvent(view()->state()->selectedEvent());
    return index >= 0 ? child(index) : nullptr;
}

} // namespace khronika
