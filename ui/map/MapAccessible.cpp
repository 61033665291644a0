#include "MapAccessible.h"

#include "ui/map/MapView.h"
#include "ui/state/ViewState.h"

#include <QAccessible>

namespace khronika {

namespace {

// One marker of the map: an event at its place, read only; selecting it is the view's Return key.
class MarkerItem : public QAccessibleInterface
{
public:
    MarkerItem(const MapAccessible *parent, int event)
        : m_parent(parent)
        , m_event(event)
    { }

    bool isValid() const override { return marker() >= 0; }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override { return const_cast<MapAccessible *>(m_parent); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

    QString text(QAccessible::Text t) const override
    {
        const int m = marker();
        if (m < 0)
            return {};
        if (t == QAccessible::Name)
            return m_parent->view()->state()->timeline().event(m_event).title;
        if (t == QAccessible::Description)
            return m_parent->view()->markerDescription(m);
        return {};
    }

    QRect rect() const override
    {
        const int m = marker();
        if (m < 0)
            return {};
        const QRect local = m_parent->view()->markerRect(m).toAlignedRect();
        return QRect(m_parent->view()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const MapView *view = m_parent->view();
        if (marker() < 0) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        s.selected = view->state()->selectedEvent() == m_event;
        s.focused = view->hasFocus() && view->focusedEvent() == m_event;
        return s;
    }

private:
    int marker() const { return m_parent->view() ? m_parent->view()->markerOfEvent(m_event) : -1; }

    const MapAccessible *m_parent;
    int m_event;
};

QAccessibleInterface *mapFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("khronika::MapView") && object && object->isWidgetType())
        return new MapAccessible(static_cast<MapView *>(object));
    return nullptr;
}

} // namespace

MapAccessible::MapAccessible(MapView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

MapAccessible::~MapAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_events))
        QAccessible::deleteAccessibleInterface(id);
}

void MapAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(mapFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

MapView *MapAccessible::view() const
{
    return static_cast<MapView *>(widget());
}

int MapAccessible::childCount() const
{
    return view() ? int(view()->markers().size()) : 0;
}

QAccessibleInterface *MapAccessible::child(int index) const
{
    if (!view() || index < 0 || index >= int(view()->markers().size()))
        return nullptr;
    const int event = view()->markers()[size_t(index)].event;
    if (!m_events.contains(event))
        m_events.insert(event, QAccessible::registerAccessibleInterface(new MarkerItem(this, event)));
    return QAccessible::accessibleInterface(m_events.value(event));
}

int MapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        if (it.value() == id)
            return view() ? view()->markerOfEvent(it.key()) : -1;
    }
    return -1;
}

QAccessibleInterface *MapAccessible::childAt(int x, int y) const
{
    if (!view())
        return nullptr;
    const QPointF local = view()->mapFromGlobal(QPoint(x, y));
    for (int m = 0; m < int(view()->markers().size()); ++m) {
        if (!view()->markerRect(m).contains(local))
            continue;
        // A count stands for its events: the first of them (the one a click selects) answers.
        const int cluster = view()->clusterOfMarker(m);
        return child(cluster >= 0 ? view()->clusters()[size_t(cluster)].members.front() : m);
    }
    return nullptr;
}

QAccessibleInterface *MapAccessible::focusChild() const
{
    if (!view() || !view()->hasFocus())
        return nullptr;
    const int marker = view()->markerOfEvent(view()->focusedEvent());
    return marker >= 0 ? child(marker) : nullptr;
}

} // namespace khronika
