#include "Timeline.h"

#include "SearchText.h"

#include <algorithm>

namespace khronika {

namespace {

template<typename Record> QHash<QString, int> idMap(const std::vector<Record> &records)
{
    QHash<QString, int> ids;
    for (int i = 0; i < int(records.size()); ++i)
        ids.insert(records[size_t(i)].id, i);
    return ids;
}

template<typename Record> const Record *findById(const std::vector<Record> &records, const QString &id)
{
    const auto it = std::find_if(records.begin(), records.end(), [&](const Record &r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

// Lists of people read best by surname: the last word of the name.
QStringView surname(const QString &name)
{
    const qsizetype space = name.lastIndexOf(u' ');
    return QStringView(name).mid(space + 1);
}

Day endOf(const std::optional<Date> &to)
{
    return to ? to->lastDay() : std::numeric_limits<Day>::max();
}

} // namespace

Timeline::Timeline(DataSet data, const DataSet *otherLanguage)
    : m_data(std::move(data))
{
    std::stable_sort(m_data.events.begin(), m_data.events.end(), [](const Event &a, const Event &b) {
        const DayRange ra = a.range(), rb = b.range();
        if (ra.first != rb.first)
            return ra.first < rb.first;
        if (ra.last != rb.last)
            return ra.last < rb.last;
        return a.id < b.id;
    });
    m_eventIds = idMap(m_data.events);
    m_actorIds = idMap(m_data.actors);
    m_factionIds = idMap(m_data.factions);
    m_categoryIds = idMap(m_data.categories);
    m_placeIds = idMap(m_data.places);

    std::vector<DayRange> ranges;
    ranges.reserve(m_data.events.size());
    m_extent
        = m_data.periodFrom.isNull() ? DayRange {} : DayRange {m_data.periodFrom.firstDay(), m_data.periodTo.lastDay()};
    m_byActor.resize(m_data.actors.size());
    m_byFaction.resize(m_data.factions.size());
    m_byCategory.resize(m_data.categories.size());
    m_searchText.reserve(m_data.events.size());
    m_searchLetters.reserve(m_data.events.size());
    QHash<QString, const Event *> otherEvents;
    QHash<QString, const Actor *> otherActors;
    if (otherLanguage) {
        for (const Event &e : otherLanguage->events)
            otherEvents.insert(e.id, &e);
        for (const Actor &a : otherLanguage->actors)
            otherActors.insert(a.id, &a);
    }
    for (int i = 0; i < eventCount(); ++i) {
        const Event &e = m_data.events[size_t(i)];
        const DayRange r = e.range();
        ranges.push_back(r);
        m_starts.push_back(r.first);
        if (!m_extent.isValid())
            m_extent = r;
        m_extent.first = std::min(m_extent.first, r.first);
        m_extent.last = std::max(m_extent.last, r.last);
        QString text = e.title + u'\n' + e.summary;
        for (const ActorRef &a : e.actors) {
            const int actor = actorIndex(a.id);
            if (actor < 0)
                continue;
            m_byActor[size_t(actor)].push_back(i);
            text += u'\n' + m_data.actors[size_t(actor)].name + u'\n' + m_data.actors[size_t(actor)].nativeName;
        }
        for (const QString &f : e.factions) {
            if (const int faction = factionIndex(f); faction >= 0)
                m_byFaction[size_t(faction)].push_back(i);
        }
        if (const int c = categoryIndex(e.category); c >= 0)
            m_byCategory[size_t(c)].push_back(i);
        if (const Event *other = otherEvents.value(e.id))
            text += u'\n' + other->title + u'\n' + other->summary;
        for (const ActorRef &a : e.actors) {
            if (const Actor *other = otherActors.value(a.id))
                text += u'\n' + other->name;
        }
        m_searchText.push_back(foldForSearch(text));
        m_searchLetters.push_back(searchLetters(m_searchText.back()));
    }
    m_index = IntervalIndex(std::move(ranges));
}

const Source *Timeline::source(const QString &id) const
{
    return findById(m_data.sources, id);
}

const OfficeKind *Timeline::officeKind(const QString &id) const
{
    return findById(m_data.officeKinds, id);
}

const Series *Timeline::series(const QString &id) const
{
    return findById(m_data.series, id);
}

const Tour *Timeline::tour(const QString &id) const
{
    return findById(m_data.tours, id);
}

std::vector<int> Timeline::eventsIn(const DayRange &window) const
{
    std::vector<int> found;
    if (!window.isValid())
        return found;
    // Events are sorted by start, so those starting inside the window are one run of indices, found by
    // binary search. Only the spans that began earlier and reach into the window need the interval
    // tree: a query at the window's first day, few and short to sort.
    const auto lo = std::lower_bound(m_starts.begin(), m_starts.end(), window.first);
    const auto hi = std::upper_bound(lo, m_starts.end(), window.last);
    m_index.collect({window.first, window.first}, found);
    const int firstInside = int(lo - m_starts.begin());
    found.erase(std::remove_if(found.begin(), found.end(), [&](int e) { return e >= firstInside; }), found.end());
    std::sort(found.begin(), found.end());
    found.reserve(found.size() + size_t(hi - lo));
    for (int e = firstInside; e < int(hi - m_starts.begin()); ++e)
        found.push_back(e);
    return found;
}

int Timeline::nextEvent(Day day) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), day);
    return it == m_starts.end() ? -1 : int(it - m_starts.begin());
}

int Timeline::previousEvent(Day day) const
{
    const auto it = std::lower_bound(m_starts.begin(), m_starts.end(), day);
    return it == m_starts.begin() ? -1 : int(it - m_starts.begin()) - 1;
}

std::vector<int> Timeline::search(const QString &text) const
{
    const WordMatcher matcher(searchWords(text));
    std::vector<int> found;
    for (int i = 0; i < eventCount(); ++i) {
        if (matcher.matches(m_searchText[size_t(i)], m_searchLetters[size_t(i)]))
            found.push_back(i);
    }
    return found;
}

bool Timeline::holds(const Office &office, Day day)
{
    return day >= office.from.firstDay() && day <= endOf(office.to);
}

bool Timeline::isAlive(int actor, Day day) const
{
    const Actor &a = m_data.actors[size_t(actor)];
    return day >= a.born.firstDay() && (!a.died || day <= a.died->lastDay());
}

std::vector<const Office *> Timeline::officesAt(int actor, Day day) const
{
    std::vector<const Office *> held;
    for (const Office &o : m_data.actors[size_t(actor)].offices) {
        if (holds(o, day))
            held.push_back(&o);
    }
    return held;
}

int Timeline::rankOf(const Office &office) const
{
    if (office.rank > 0)
        return office.rank;
    const OfficeKind *kind = officeKind(office.office);
    return kind ? kind->rank : 0;
}

QString Timeline::titleOf(const Office &office) const
{
    if (!office.title.isEmpty())
        return office.title;
    const OfficeKind *kind = officeKind(office.office);
    return kind ? kind->title : office.office;
}

int Timeline::standingLevelIndex(const QString &id) const
{
    const auto &levels = m_data.standingLevels;
    for (size_t i = 0; i < levels.size(); ++i) {
        if (levels[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<Timeline::StandingStep> Timeline::standingLine(int actor) const
{
    const Actor &a = m_data.actors[size_t(actor)];
    const Day end = a.died ? std::min(a.died->lastDay(), m_extent.last) : m_extent.last;
    std::vector<StandingStep> steps;
    for (size_t i = 0; i < a.standing.size(); ++i) {
        const StandingPoint &p = a.standing[i];
        const int level = standingLevelIndex(p.level);
        // The loader reports an unknown level, a point out of order or after death; a data set with
        // such errors is not shown, but the line must still never run backwards.
        if (level < 0 || p.date.firstDay() > end || (!steps.empty() && p.date.firstDay() <= steps.back().from))
            continue;
        if (!steps.empty())
            steps.back().to = p.date.firstDay() - 1;
        steps.push_back({p.date.firstDay(), end, level, int(i)});
    }
    return steps;
}

std::optional<Timeline::StandingStep> Timeline::standingAt(int actor, Day day) const
{
    for (const StandingStep &s : standingLine(actor)) {
        if (day >= s.from && day <= s.to)
            return s;
    }
    return std::nullopt;
}

std::vector<int> Timeline::factionsAt(int actor, Day day) const
{
    std::vector<int> factions;
    for (const Membership &m : m_data.actors[size_t(actor)].memberships) {
        if (day >= m.from.firstDay() && day <= endOf(m.to)) {
            if (const int f = factionIndex(m.faction); f >= 0)
                factions.push_back(f);
        }
    }
    return factions;
}

std::vector<int> Timeline::membersAt(int faction, Day day) const
{
    std::vector<int> members;
    const QString &id = m_data.factions[size_t(faction)].id;
    for (int a = 0; a < actorCount(); ++a) {
        const auto &ms = m_data.actors[size_t(a)].memberships;
        if (std::any_of(ms.begin(), ms.end(),
                [&](const Membership &m) { return m.faction == id && day >= m.from.firstDay() && day <= endOf(m.to); }))
            members.push_back(a);
    }
    return members;
}

const Status *Timeline::statusAt(int actor, Day day) const
{
    const Status *latest = nullptr;
    for (const Status &s : m_data.actors[size_t(actor)].statuses) {
        if (s.date.firstDay() <= day && (!latest || s.date.firstDay() >= latest->date.firstDay()))
            latest = &s;
    }
    return latest;
}

std::vector<int> Timeline::holdersAt(const QString &officeKind, Day day) const
{
    std::vector<std::pair<int, int>> holders; // rank, actor
    for (int a = 0; a < actorCount(); ++a) {
        for (const Office &o : m_data.actors[size_t(a)].offices) {
            if (o.office == officeKind && holds(o, day)) {
                holders.emplace_back(rankOf(o), a);
                break;
            }
        }
    }
    std::sort(holders.begin(), holders.end(), [&](const auto &x, const auto &y) {
        if (x.first != y.first)
            return x.first > y.first;
        return surname(m_data.actors[size_t(x.second)].name) < surname(m_data.actors[size_t(y.second)].name);
    });
    std::vector<int> actors;
    for (const auto &h : holders)
        actors.push_back(h.second);
    return actors;
}

} // namespace khronika
