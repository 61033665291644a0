#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace khronika {

class MapView;

// What a screen reader reads of the painted map: the view is a list whose children are the markers of
// its last paint, one per event (name: the title; description: date, place and state, and how many
// share a count), in the order they were collected. Children are made on demand and kept, by event, for
// as long as the view lives; one whose event is no longer drawn reports itself invalid. Follows
// TimelineAccessible.
class MapAccessible : public QAccessibleWidget
{
public:
    explicit MapAccessible(MapView *view);
    ~MapAccessible() override;

    // Registers the factory that gives every MapView this interface (once per process).
    static void installFactory();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    MapView *view() const;

private:
    mutable QHash<int, QAccessible::Id> m_events; // by event index
};

} // namespace khronika
