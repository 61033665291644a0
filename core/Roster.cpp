#include "Roster.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace khronika {

namespace {

// Lists of people read best by surname: the last word of the name.
QStringView surname(const QString &name)
{
    const qsizetype space = name.lastIndexOf(u' ');
    return QStringView(name).mid(space + 1);
}

bool isDeath(Status::Kind kind)
{
    return kind == Status::Kind::Executed || kind == Status::Kind::Murdered || kind == Status::Kind::Died;
}

bool isFall(Status::Kind kind)
{
    return kind != Status::Kind::Reinstated && kind != Status::Kind::Released && !isDeath(kind);
}

// The date an actor died, from `died` or else from a status of death; nothing for the living.
std::optional<Date> deathDate(const Actor &a)
{
    if (a.died)
        return a.died;
    for (const Status &s : a.statuses) {
        if (isDeath(s.kind))
            return s.date;
    }
    return std::nullopt;
}

bool deadBy(const Actor &a, Day day)
{
    const auto died = deathDate(a);
    return died && hadHappened(*died, day);
}

// Held for certain on the day: the appointment had happened (counted from the end of a month or year
// it is known only to) and the removal had not yet (a removal known only to the month is not counted
// before that month is over either).
bool heldOn(const Office &o, Day day)
{
    return hadHappened(o.from, day) && (!o.to || day <= o.to->lastDay());
}

// How hard a fall is: someone arrested and then expelled is still under arrest.
int severity(Status::Kind kind)
{
    switch (kind) {
    case Status::Kind::Expelled:
        return 1;
    case Status::Kind::Exiled:
        return 2;
    case Status::Kind::Deported:
        return 3;
    case Status::Kind::Arrested:
        return 4;
    case Status::Kind::Imprisoned:
        return 5;
    default:
        return 0;
    }
}

// The actor's standing by the day: the gravest fall since the last reinstatement or release that had
// happened by then, or that reinstatement or release itself; nullptr when nothing had happened.
const Status *lastStatus(const Actor &a, Day day)
{
    std::vector<const Status *> happened;
    for (const Status &s : a.statuses) {
        if (hadHappened(s.date, day))
            happened.push_back(&s);
    }
    std::stable_sort(happened.begin(), happened.end(),
        [](const Status *x, const Status *y) { return x->date.lastDay() < y->date.lastDay(); });
    const Status *standing = nullptr;
    for (const Status *s : happened) {
        if (!standing || !isFall(s->kind) || !isFall(standing->kind) || severity(s->kind) >= severity(standing->kind))
            standing = s;
    }
    return standing;
}

QString names(const Timeline &t, const std::vector<int> &factions)
{
    QStringList parts;
    for (int f : factions)
        parts << t.faction(f).name;
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString whenText(const Date &date)
{
    return (date.precision == Date::Precision::Day ? QStringLiteral("on ") : QStringLiteral("in "))
        + date.toDisplayString();
}

const QStringList &leadershipOffices()
{
    static const QStringList offices {QStringLiteral("general-secretary"), QStringLiteral("government-head"),
        QStringLiteral("head-of-state"), QStringLiteral("secret-police-head"), QStringLiteral("comintern-head"),
        QStringLiteral("politburo"), QStringLiteral("politburo-candidate")};
    return offices;
}

DayRange rosterPeriod(const Timeline &t)
{
    const DataSet &d = t.data();
    if (d.periodFrom.isNull() || d.periodTo.isNull())
        return t.extent();
    return {d.periodFrom.firstDay(), d.periodTo.lastDay()};
}

std::vector<int> plansInForce(const Timeline &t, Day day)
{
    std::vector<int> plans;
    const auto &periods = t.data().periods;
    for (int i = 0; i < int(periods.size()); ++i) {
        const Period &p = periods[size_t(i)];
        if (p.plan && day >= p.from.firstDay() && day <= p.to.lastDay())
            plans.push_back(i);
    }
    return plans;
}

std::optional<Roster> rosterAt(const Timeline &t, Day day, QString *refusal)
{
    const DayRange period = rosterPeriod(t);
    if (!period.contains(day)) {
        if (refusal) {
            *refusal = QStringLiteral("%1 is outside the period of this data set (%2 to %3): it records no one's "
                                      "office or fate then.")
                           .arg(Date::fromDay(day).toDisplayString(), Date::fromDay(period.first).toDisplayString(),
                               Date::fromDay(period.last).toDisplayString());
        }
        return std::nullopt;
    }
    Roster r;
    r.day = day;
    const auto &periods = t.data().periods;
    for (int i = 0; i < int(periods.size()); ++i) {
        if (day >= periods[size_t(i)].from.firstDay() && day <= periods[size_t(i)].to.lastDay())
            r.periods.push_back(i);
    }
    r.plans = plansInForce(t, day);

    for (const QString &id : leadershipOffices()) {
        const OfficeKind *kind = t.officeKind(id);
        if (!kind)
            continue;
        RosterOffice office {id, kind->title, {}};
        std::vector<std::pair<int, RosterHolder>> ranked;
        for (int a = 0; a < t.actorCount(); ++a) {
            const Actor &actor = t.actor(a);
            if (deadBy(actor, day))
                continue;
            for (const Office &o : actor.offices) {
                if (o.office == id && heldOn(o, day)) {
                    ranked.push_back({t.rankOf(o), {a, t.titleOf(o), t.factionsAt(a, day)}});
                    break;
                }
            }
        }
        std::sort(ranked.begin(), ranked.end(), [&](const auto &x, const auto &y) {
            if (x.first != y.first)
                return x.first > y.first;
            return surname(t.actor(x.second.actor).name) < surname(t.actor(y.second.actor).name);
        });
        for (auto &[rank, holder] : ranked)
            office.holders.push_back(std::move(holder));
        r.offices.push_back(std::move(office));
    }

    for (int a = 0; a < t.actorCount(); ++a) {
        const Actor &actor = t.actor(a);
        if (day < actor.born.firstDay())
            continue;
        if (deadBy(actor, day)) {
            // Only deaths within the data set's period: those are part of this story.
            const Date died = *deathDate(actor);
            if (died.lastDay() >= period.first)
                r.dead.push_back({a, died, actor.fate});
            continue;
        }
        const Status *s = lastStatus(actor, day);
        if (s && isFall(s->kind))
            r.fallen.push_back({a, s});
    }
    const auto byName = [&](int a, int b) { return surname(t.actor(a).name) < surname(t.actor(b).name); };
    std::stable_sort(r.fallen.begin(), r.fallen.end(), [&](const RosterFall &x, const RosterFall &y) {
        if (x.status->date.lastDay() != y.status->date.lastDay())
            return x.status->date.lastDay() < y.status->date.lastDay();
        return byName(x.actor, y.actor);
    });
    std::stable_sort(r.dead.begin(), r.dead.end(), [&](const RosterDeath &x, const RosterDeath &y) {
        if (x.date.lastDay() != y.date.lastDay())
            return x.date.lastDay() < y.date.lastDay();
        return byName(x.actor, y.actor);
    });
    return r;
}

QString rosterText(const Timeline &t, const Roster &r)
{
    QString text = Date::fromDay(r.day).toDisplayString() + u'\n';
    QStringList plans;
    for (int p : r.plans)
        plans << t.data().periods[size_t(p)].title;
    text += QStringLiteral("Plan in force: %1\n")
                .arg(plans.isEmpty() ? QStringLiteral("none") : plans.join(QStringLiteral("; ")));
    QStringList eras;
    for (int p : r.periods)
        eras << t.data().periods[size_t(p)].title;
    text
        += QStringLiteral("In force: %1\n").arg(eras.isEmpty() ? QStringLiteral("—") : eras.join(QStringLiteral("; ")));
    for (const RosterOffice &o : r.offices) {
        text += o.title + u':';
        if (o.holders.empty()) {
            text += QStringLiteral(" not in this data set\n");
            continue;
        }
        text += u'\n';
        for (const RosterHolder &h : o.holders) {
            text += QStringLiteral("  ") + t.actor(h.actor).name;
            if (!h.factions.empty())
                text += QStringLiteral(" [%1]").arg(names(t, h.factions));
            text += u'\n';
        }
    }
    text += QStringLiteral("Expelled, exiled or arrested:%1\n")
                .arg(r.fallen.empty() ? QStringLiteral(" none") : QString());
    for (const RosterFall &f : r.fallen)
        text += QStringLiteral("  %1 (%2 %3)\n")
                    .arg(t.actor(f.actor).name, statusName(f.status->kind), whenText(f.status->date));
    text += QStringLiteral("Dead:%1\n").arg(r.dead.empty() ? QStringLiteral(" none") : QString());
    for (const RosterDeath &d : r.dead)
        text += QStringLiteral("  %1 (%2, %3)\n").arg(t.actor(d.actor).name, fateName(d.fate), whenText(d.date));
    return text;
}

QJsonObject rosterJson(const Timeline &t, const Roster &r)
{
    const auto ids = [&](const std::vector<int> &periods) {
        QJsonArray a;
        for (int p : periods)
            a.append(t.data().periods[size_t(p)].id);
        return a;
    };
    QJsonArray offices;
    for (const RosterOffice &o : r.offices) {
        QJsonArray holders;
        for (const RosterHolder &h : o.holders) {
            QJsonArray factions;
            for (int f : h.factions)
                factions.append(t.faction(f).id);
            holders.append(QJsonObject {{QStringLiteral("actor"), t.actor(h.actor).id},
                {QStringLiteral("name"), t.actor(h.actor).name}, {QStringLiteral("title"), h.title},
                {QStringLiteral("factions"), factions}});
        }
        offices.append(QJsonObject {{QStringLiteral("office"), o.office}, {QStringLiteral("title"), o.title},
            {QStringLiteral("in_data_set"), !o.holders.empty()}, {QStringLiteral("holders"), holders}});
    }
    QJsonArray fallen;
    for (const RosterFall &f : r.fallen)
        fallen.append(QJsonObject {{QStringLiteral("actor"), t.actor(f.actor).id},
            {QStringLiteral("status"), statusName(f.status->kind)}, {QStringLiteral("date"), f.status->date.toIso()}});
    QJsonArray dead;
    for (const RosterDeath &d : r.dead)
        dead.append(QJsonObject {{QStringLiteral("actor"), t.actor(d.actor).id},
            {QStringLiteral("fate"), fateName(d.fate)}, {QStringLiteral("date"), d.date.toIso()}});
    return {{QStringLiteral("date"), Date::fromDay(r.day).toIso()}, {QStringLiteral("plans"), ids(r.plans)},
        {QStringLiteral("periods"), ids(r.periods)}, {QStringLiteral("offices"), offices},
        {QStringLiteral("fallen"), fallen}, {QStringLiteral("dead"), dead}};
}

} // namespace khronika
