#pragma once

#include "core/RevealHorizon.h"
#include "core/Timeline.h"
#include "ui/view/MarkerShape.h"
#include "ui/view/TimeAxisGeometry.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariantAnimation>

#include <optional>

#include <memory>

namespace khronika {

// How the timeline groups events into lanes.
enum class LaneMode { Faction, Category, Actor };

// The one shared answer to "what is the class looking at?": the visible window, the time cursor, the
// selected event, the traced actors and the filters. The timeline, the overview strip, the career
// chart and the panels all read and change this object and follow its signals; none keeps its own
// copy. Days are Julian day numbers (fractional for the window).
class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(std::shared_ptr<const Timeline> timeline, QObject *parent = nullptr);

    const Timeline &timeline() const { return *m_timeline; }
    std::shared_ptr<const Timeline> timelinePointer() const { return m_timeline; }
    // Puts the same data set in another language in place (a change of the interface's language):
    // the records must be the same, by id and in the same order, so that every index held (selection,
    // traced actors, filters, search matches) still names the same record and every view keeps its
    // place. Emits textsChanged(). Refused (false, nothing changed) when the records differ.
    bool setTimeline(std::shared_ptr<const Timeline> timeline);

    // The visible window [start, end) in days, always inside limits() and at least a week long.
    double windowStart() const { return m_start; }
    double windowEnd() const { return m_end; }
    DayRange limits() const { return m_limits; }
    void setWindow(double start, double end);
    // Shows an event with some room around it.
    void revealEvent(int event);
    // Moves the window smoothly (presentation steps); jumps when animations are off.
    void animateWindow(double start, double end);
    void setAnimationsEnabled(bool enabled) { m_animationsEnabled = enabled; }

    // Reveal mode: what a tour step has not reached yet stays hidden in every view until the teacher
    // moves on (RevealHorizon says what). std::nullopt shows everything.
    const std::optional<RevealHorizon> &reveal() const { return m_reveal; }
    void setReveal(std::optional<RevealHorizon> horizon);
    // The last day shown in reveal mode (figures, rosters); std::nullopt shows everything.
    std::optional<Day> revealUntil() const { return m_reveal ? std::optional<Day>(m_reveal->until) : std::nullopt; }
    // A horizon of a day alone, with no tour steps to hide.
    void setRevealUntil(std::optional<Day> day);
    // Whether reveal mode lets an event be seen anywhere (timeline, overview, search, details).
    bool isRevealed(int event) const { return !m_reveal || m_reveal->showsEvent(*m_timeline, event); }

    // The date a tour step's narration compares with (TourStep::baseline): the charts mark their
    // figures of that date when it lies before the window. std::nullopt for none.
    std::optional<DayRange> baseline() const { return m_baseline; }
    void setBaseline(std::optional<DayRange> days);

    Day cursor() const { return m_cursor; }
    void setCursor(Day day);

    int selectedEvent() const { return m_selected; }
    void setSelectedEvent(int event); // -1 clears; moves the cursor to the event

    // The events a tour step is about: like the selected event, the timeline always names them.
    const QList<int> &featuredEvents() const { return m_featured; }
    bool isFeatured(int event) const { return m_featured.contains(event); }
    void setFeaturedEvents(const QList<int> &events);

    // Where the time cursor starts: the first event dated to the day in the first whole year of the
    // data set's period (a period declared from December 1922 opens on 4 January 1923, not on the
    // invented "1 December" of an event known only to the month), else the first event.
    static Day openingDay(const Timeline &timeline);

    const QList<int> &tracedActors() const { return m_traced; }
    bool isTraced(int actor) const { return m_traced.contains(actor); }
    void setTracedActors(const QList<int> &actors);
    void toggleTracedActor(int actor);

    // A year picked on a chart: its events are highlighted on the timeline until something else is
    // picked. std::nullopt for none.
    std::optional<int> focusYear() const { return m_focusYear; }
    std::optional<DayRange> focusRange() const;
    void setFocusYear(std::optional<int> year);

    // The events the search box found, in time order: ringed on the timeline until the search is cleared.
    const std::vector<int> &searchMatches() const { return m_searchMatches; }
    void setSearchMatches(std::vector<int> events);

    // An event is highlighted when it names a traced actor, falls in the focus year or was found by the
    // search; while anything is highlighted, the rest is dimmed.
    bool isHighlighted(int event) const;
    bool isHighlighting() const { return !m_traced.isEmpty() || m_focusYear.has_value() || !m_searchMatches.empty(); }

    // Filters: hidden factions (-1 stands for events of no faction) and hidden categories.
    bool isFactionShown(int faction) const { return !m_hiddenFactions.contains(faction); }
    // An event's factions and category as indices, resolved once: a layout asks for every visible event.
    const std::vector<int> &eventFactions(int event) const { return m_eventFactions[size_t(event)]; }
    int eventCategory(int event) const { return m_eventCategories[size_t(event)]; }
    void setFactionShown(int faction, bool shown);
    void showOnlyFactions(const QList<int> &factions);
    bool isCategoryShown(int category) const { return !m_hiddenCategories.contains(category); }
    void setCategoryShown(int category, bool shown);
    // The shape a faction's point events are drawn in (a circle for none, -1); an event takes its
    // first faction's. Told apart by shape where their colours might not be (assignMarkerShapes).
    MarkerShape factionShape(int faction) const;
    MarkerShape eventShape(int event) const;
    // Whether the filters let an event through.
    bool passesFilters(int event) const;
    // Timeline::search without what reveal mode hides.
    std::vector<int> search(const QString &text) const;

    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);

    // The gutter left of the time axis, one width for every view so that their axes line up (the
    // timeline and the charts under it): a view whose names need more than the least gutter says how
    // much (its lane titles, a plot's heading), and every view takes the widest need. A view's need
    // goes with it when it is destroyed; 0 asks for no more than the least.
    void setGutterNeed(const QObject *view, double pixels);
    double gutter() const { return m_gutter; }

Q_SIGNALS:
    void windowChanged();
    void cursorChanged(qint64 day);
    void selectionChanged(int event);
    void featuredChanged();
    void tracedActorsChanged();
    void focusChanged();
    void searchMatchesChanged();
    void filtersChanged();
    void laneModeChanged();
    void gutterChanged();
    void baselineChanged();
    // The data set's texts are now in another language (setTimeline); nothing else changed.
    void textsChanged();

private:
    void applyWindow(double start, double end);
    void updateGutter();

    std::shared_ptr<const Timeline> m_timeline;
    QHash<const QObject *, double> m_gutterNeeds;
    double m_gutter = TimeAxisGeometry::kGutter;
    DayRange m_limits;
    double m_start = 0;
    double m_end = 1;
    Day m_cursor = 0;
    int m_selected = -1;
    QList<int> m_featured;
    QList<int> m_traced;
    QSet<int> m_hiddenFactions;
    QSet<int> m_hiddenCategories;
    LaneMode m_laneMode = LaneMode::Faction;
    std::optional<RevealHorizon> m_reveal;
    std::optional<DayRange> m_baseline;
    std::optional<int> m_focusYear;
    std::vector<int> m_searchMatches; // ascending
    std::vector<MarkerShape> m_factionShapes; // by faction index
    bool m_animationsEnabled = true;
    QVariantAnimation *m_animation = nullptr;
    std::vector<std::vector<int>> m_eventFactions; // per event, faction indices
    std::vector<int> m_eventCategories; // per event, its category's index: the filters ask at every layout
};

} // namespace khronika
