#pragma once

#include "Timeline.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace khronika {

// "Who held power on this day?": the answer the "On this day" panel shows and `khronika-check --at`
// prints, computed from the data alone so that it is tested without a screen.
//
// The rules, so that the roster never claims more than the data knows:
// - A date known only to the month or year has happened once that month or year is over: an arrest
//   "in 1938" does not count on 15 March 1938, and from 1939 on it reads "arrested in 1938".
// - A person who died on the day (executed, murdered, ...) is dead that day and holds no office.
// - An office no one in the data holds on the day is "not in this data set" (holders empty): the data
//   may simply not record who held it.
// - A day outside the data set's declared period is refused: the data says nothing of it.

// When a dated thing happened, in words that claim no more than the date's precision:
// "on 3 May 1938", "in May 1937", "in 1938".
QString whenText(const Date &date);
// Whether something dated `date` had certainly happened by `day`: counted from the last day the date
// covers.
inline bool hadHappened(const Date &date, Day day)
{
    return day >= date.lastDay();
}

struct RosterHolder {
    int actor = -1;
    QString title; // the precise post as the data gives it
    std::vector<int> factions; // factions the holder belonged to on the day
};

struct RosterOffice {
    QString office; // an OfficeKind id
    QString title; // the kind's title
    std::vector<RosterHolder> holders; // empty: not in this data set
};

// Someone alive on the day whose last status change by then was a fall: expelled, exiled, deported,
// arrested or imprisoned.
struct RosterFall {
    int actor = -1;
    const Status *status = nullptr;
};

struct RosterDeath {
    int actor = -1;
    Date date;
    Actor::Fate fate = Actor::Fate::Unknown;
};

struct Roster {
    Day day = 0;
    std::vector<int> periods; // indices into data().periods of the eras in force, plans included
    std::vector<int> plans; // the plans (Period::plan) in force
    std::vector<RosterOffice> offices; // leadershipOffices() declared by the data set, in that order
    std::vector<RosterFall> fallen; // by date of the fall, then name
    std::vector<RosterDeath> dead; // deaths within the data set's period, by date
};

// The offices the roster lists, in the order it lists them (those the data set does not declare are
// left out).
const QStringList &leadershipOffices();

// The days the roster can speak of: the data set's declared period.
DayRange rosterPeriod(const Timeline &t);
// The roster on a day, or nothing with `refusal` set to a sentence a reader understands when the day
// lies outside rosterPeriod().
std::optional<Roster> rosterAt(const Timeline &t, Day day, QString *refusal = nullptr);
// The plans (Period::plan) in force on a day, in data order.
std::vector<int> plansInForce(const Timeline &t, Day day);

// The roster as plain text, one fact a line, for `khronika-check --at` and for golden files.
QString rosterText(const Timeline &t, const Roster &roster);
// The roster as JSON, records named by id, for `khronika-check --at DATE --json`.
QJsonObject rosterJson(const Timeline &t, const Roster &roster);

} // namespace khronika
