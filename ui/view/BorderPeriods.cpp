#include "ui/view/BorderPeriods.h"

#include <QtGlobal>

namespace khronika {

namespace {

Day dayOf(int year, int month, int day)
{
    return Date {year, month, day, Date::Precision::Day}.firstDay();
}

} // namespace

const std::vector<BorderPeriod> &borderPeriods()
{
    // The Soviet invasion of Poland began on 17 September 1939 (the line of the German-Soviet boundary
    // treaty of 28 September is drawn from then); the Moscow peace with Finland, signed on 12 March
    // 1940, took effect at noon on 13 March; Romania ceded Bessarabia and Northern Bukovina on 28 June
    // 1940; the Supreme Soviet admitted Lithuania (3 August), Latvia (5 August) and Estonia (6 August).
    static const std::vector<BorderPeriod> periods = {
        {QStringLiteral("interwar"), dayOf(1922, 12, 30), QT_TRANSLATE_NOOP("khronika::MapView", "of 1921-1939"),
            {QStringLiteral("asia"), QStringLiteral("sakhalin-50n"), QStringLiteral("dniester"),
                QStringLiteral("finland-1920-middle")}},
        {QStringLiteral("poland-1939"), dayOf(1939, 9, 17),
            QT_TRANSLATE_NOOP("khronika::MapView", "after Poland's partition (Sept. 1939)"),
            {QStringLiteral("asia"), QStringLiteral("sakhalin-50n"), QStringLiteral("dniester"),
                QStringLiteral("finland-1920-middle"), QStringLiteral("bug-1939")}},
        {QStringLiteral("finland-1940"), dayOf(1940, 3, 13),
            QT_TRANSLATE_NOOP("khronika::MapView", "after the Winter War (March 1940)"),
            {QStringLiteral("asia"), QStringLiteral("sakhalin-50n"), QStringLiteral("dniester"),
                QStringLiteral("bug-1939"), QStringLiteral("finland-1940")}},
        {QStringLiteral("bessarabia-1940"), dayOf(1940, 6, 28),
            QT_TRANSLATE_NOOP("khronika::MapView", "after Bessarabia and N. Bukovina (June 1940)"),
            {QStringLiteral("asia"), QStringLiteral("sakhalin-50n"), QStringLiteral("bug-1939"),
                QStringLiteral("finland-1940"), QStringLiteral("romania-1940")}},
        {QStringLiteral("baltic-1940"), dayOf(1940, 8, 6),
            QT_TRANSLATE_NOOP("khronika::MapView", "after the Baltic states (Aug. 1940)"),
            {QStringLiteral("asia"), QStringLiteral("sakhalin-50n"), QStringLiteral("bug-1939"),
                QStringLiteral("finland-1940"), QStringLiteral("romania-1940"), QStringLiteral("east-prussia-1940")}},
    };
    return periods;
}

const BorderPeriod &borderPeriodAt(Day day)
{
    const auto &periods = borderPeriods();
    const BorderPeriod *found = &periods.front();
    for (const BorderPeriod &p : periods)
        if (p.first <= day)
            found = &p;
    return *found;
}

} // namespace khronika
