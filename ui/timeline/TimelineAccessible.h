#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace khronika {

class TimelineView;

// What a screen reader reads of the painted timeline: the view is a list whose children are the events
// laid out in the visible window (name: the title; description: date, lane and state) and then the
// count badges of the clusters. Children are made on demand and kept, by event and by badge, for as
// long as the view lives; one that scrolled out of the window reports itself invalid.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    // Registers the factory that gives every TimelineView this interface (once per process).
    static void installFactory();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    TimelineView *view() const;
    // The child index of an event (-1 when it is not laid out), for events announced by the view.
    int indexOfEvent(int event) const;

private:
    int eventCount() const;
    mutable QHash<int, QAccessible::Id> m_events; // by event index
    mutable QHash<int, QAccessible::Id> m_clusters; // by badge index in the layout
};

} // namespace khronika
