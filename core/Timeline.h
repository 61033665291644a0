#pragma once

#include "DataSet.h"
#include "IntervalIndex.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace khronika {

// The immutable model every view reads: a validated data set with its events in time order and the
// indexes the views query. Built once from a DataSet; all queries are const and cheap.
//
// Records are addressed by their index in data(): events are sorted by start (then end, then id), so
// event indices are chronological and every query returns them in time order.
class Timeline
{
public:
    Timeline() = default;
    // `otherLanguage`, when given, is the same data set in another language (the same records by id):
    // search finds events by its texts too, so that a class reading Russian still finds "Bukharin".
    explicit Timeline(DataSet data, const DataSet *otherLanguage = nullptr);

    const DataSet &data() const { return m_data; }
    const Event &event(int i) const { return m_data.events[size_t(i)]; }
    const Actor &actor(int i) const { return m_data.actors[size_t(i)]; }
    const Faction &faction(int i) const { return m_data.factions[size_t(i)]; }
    int eventCount() const { return int(m_data.events.size()); }
    int actorCount() const { return int(m_data.actors.size()); }
    int factionCount() const { return int(m_data.factions.size()); }
    const Place &place(int i) const { return m_data.places[size_t(i)]; }
    int placeCount() const { return int(m_data.places.size()); }

    // -1 when there is no record with that id.
    int eventIndex(const QString &id) const { return m_eventIds.value(id, -1); }
    int actorIndex(const QString &id) const { return m_actorIds.value(id, -1); }
    int factionIndex(const QString &id) const { return m_factionIds.value(id, -1); }
    int categoryIndex(const QString &id) const { return m_categoryIds.value(id, -1); }
    int placeIndex(const QString &id) const { return m_placeIds.value(id, -1); }
    const Source *source(const QString &id) const;
    const OfficeKind *officeKind(const QString &id) const;
    const Series *series(const QString &id) const;
    const Tour *tour(const QString &id) const;

    // The days the data set spans: its declared period widened to take in every event.
    DayRange extent() const { return m_extent; }
    DayRange eventRange(int i) const { return m_index.range(i); }

    // Events overlapping a window, in time order: O(log n + k).
    std::vector<int> eventsIn(const DayRange &window) const;
    const IntervalIndex &index() const { return m_index; }

    const std::vector<int> &eventsOfActor(int actor) const { return m_byActor[size_t(actor)]; }
    const std::vector<int> &eventsOfFaction(int faction) const { return m_byFaction[size_t(faction)]; }
    const std::vector<int> &eventsOfCategory(int category) const { return m_byCategory[size_t(category)]; }

    // The first event starting after `day` / the last starting before it; -1 when there is none.
    int nextEvent(Day day) const;
    int previousEvent(Day day) const;
    // Stepping from an event keeps events with the same start in their index order.
    int nextEvent(int event) const { return event + 1 < eventCount() ? event + 1 : -1; }
    int previousEvent(int event) const { return event > 0 ? event - 1 : -1; }

    // Events whose title, summary or actors' names (in either language) contain every word of `text`,
    // folded as foldForSearch folds (case, ё/е, diacritics), in time order.
    std::vector<int> search(const QString &text) const;

    // Careers.
    bool isAlive(int actor, Day day) const;
    std::vector<const Office *> officesAt(int actor, Day day) const;
    std::vector<int> factionsAt(int actor, Day day) const;
    std::vector<int> membersAt(int faction, Day day) const;
    // The last status change on or before `day`, or nullptr.
    const Status *statusAt(int actor, Day day) const;
    // Actors holding an office of this kind on the day, by descending rank then name.
    std::vector<int> holdersAt(const QString &officeKind, Day day) const;
    // The order offices are listed in (their kind's rank, unless the office overrides it).
    int rankOf(const Office &office) const;
    // An actor's standing as the data set states it: steps from each standing point to the next, the
    // last ending at death or at the end of the data set's extent. Levels are indices into
    // data().standingLevels, 0 the highest. Empty when the actor has no standing points.
    struct StandingStep {
        Day from = 0;
        Day to = 0; // the last day, inclusive
        int level = 0;
        int point = 0; // index into the actor's standing points
        friend bool operator==(const StandingStep &, const StandingStep &) = default;
    };
    std::vector<StandingStep> standingLine(int actor) const;
    // The step holding on the day; nothing before the first point or after death.
    std::optional<StandingStep> standingAt(int actor, Day day) const;
    // -1 when the data set declares no such level.
    int standingLevelIndex(const QString &id) const;
    QString titleOf(const Office &office) const;

    static bool holds(const Office &office, Day day);

private:
    DataSet m_data;
    IntervalIndex m_index;
    DayRange m_extent;
    QHash<QString, int> m_eventIds, m_actorIds, m_factionIds, m_categoryIds, m_placeIds;
    std::vector<std::vector<int>> m_byActor, m_byFaction, m_byCategory;
    std::vector<Day> m_starts; // event start days, ascending
    std::vector<QString> m_searchText; // per event: folded title, summary and actor names
    std::vector<quint64> m_searchLetters; // per event: searchLetters of its m_searchText
};

} // namespace khronika
