#include "core/Roster.h"

#include "TestData.h"

#include <gtest/gtest.h>

#include <QDate>

using namespace khronika;
using namespace khronika::test;

namespace {

Day day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// Three careers that end in the ways the roster must tell apart: an arrest known only to the year, an
// execution on a given day, an office taken in a month without a day.
Timeline people()
{
    LoadResult r = loadWithRecords(R"(sources:
  - { id: book, author: A, title: B, year: 1990, url: "https://example.org/book" }
factions:
  - { id: centre, name: Centre, colour: "#0072B2", from: 1923, to: 1941, description: D., sources: [book] }
actors:
  - id: chubar
    name: Vlas Chubar
    native_name: Влас Чубарь
    born: 1891-02-22
    died: 1939-02-26
    fate: executed
    summary: C.
    offices:
      - { office: politburo, from: 1935-02-01, to: 1938-06-16 }
    memberships:
      - { faction: centre, from: 1926, to: 1938-06 }
    statuses:
      - { date: 1938, status: arrested }
      - { date: 1939-02-26, status: executed }
    sources: [book]
  - id: bukharin
    name: Nikolai Bukharin
    native_name: Николай Бухарин
    born: 1888-10-09
    died: 1938-03-15
    fate: executed
    summary: B.
    offices:
      - { office: politburo, from: 1924-06-02, to: 1938-03-15 }
    statuses:
      - { date: 1937-02-27, status: arrested }
      - { date: 1937-03, status: expelled }
      - { date: 1938-03-15, status: executed }
    sources: [book]
  - id: andreyev
    name: Andrei Andreyev
    native_name: Андрей Андреев
    born: 1895-10-30
    fate: alive
    summary: A.
    offices:
      - { office: politburo, from: 1930-12 }
    sources: [book]
periods:
  - { id: second-plan, title: Second Plan, from: 1933-01-01, to: 1937-12-31, plan: true }
  - { id: terror, title: Terror, from: 1936-08, to: 1938-11 }
)");
    EXPECT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
    return Timeline(std::move(r.data));
}

std::vector<QString> ids(const Timeline &t, const std::vector<RosterHolder> &holders)
{
    std::vector<QString> out;
    for (const RosterHolder &h : holders)
        out.push_back(t.actor(h.actor).id);
    return out;
}

const RosterOffice &office(const Roster &r, const QString &id)
{
    for (const RosterOffice &o : r.offices) {
        if (o.office == id)
            return o;
    }
    ADD_FAILURE() << "no office " << id.toStdString();
    static const RosterOffice none;
    return none;
}

} // namespace

TEST(Roster, AnArrestKnownOnlyToTheYearCountsOnceTheYearIsOver)
{
    const Timeline t = people();
    const auto march = rosterAt(t, day(1938, 3, 20));
    ASSERT_TRUE(march);
    // Still in the Politburo in March 1938, and not yet listed as arrested.
    EXPECT_EQ(ids(t, office(*march, QStringLiteral("politburo")).holders),
        (std::vector<QString> {QStringLiteral("andreyev"), QStringLiteral("chubar")}));
    EXPECT_TRUE(march->fallen.empty());

    const auto january = rosterAt(t, day(1939, 1, 10));
    ASSERT_TRUE(january);
    ASSERT_EQ(january->fallen.size(), 1u);
    EXPECT_EQ(t.actor(january->fallen[0].actor).id, u"chubar");
    EXPECT_EQ(whenText(january->fallen[0].status->date), u"in 1938");
    EXPECT_TRUE(rosterText(t, *january).contains(u"Vlas Chubar (arrested in 1938)"));
}

TEST(Roster, SomeoneExecutedOnTheDayIsDeadThatDayAndHoldsNothing)
{
    const Timeline t = people();
    const auto before = rosterAt(t, day(1938, 3, 14));
    ASSERT_TRUE(before);
    ASSERT_EQ(before->fallen.size(), 1u);
    EXPECT_EQ(t.actor(before->fallen[0].actor).id, u"bukharin");
    // Expelled from the party after his arrest, he was still under arrest: the graver fall stands.
    EXPECT_EQ(before->fallen[0].status->kind, Status::Kind::Arrested);
    EXPECT_EQ(whenText(before->fallen[0].status->date), u"on 27 February 1937");

    const auto on = rosterAt(t, day(1938, 3, 15));
    ASSERT_TRUE(on);
    EXPECT_TRUE(on->fallen.empty());
    ASSERT_EQ(on->dead.size(), 1u);
    EXPECT_EQ(t.actor(on->dead[0].actor).id, u"bukharin");
    EXPECT_EQ(on->dead[0].fate, Actor::Fate::Executed);
    const auto &politburo = office(*on, QStringLiteral("politburo")).holders;
    EXPECT_EQ(std::count_if(politburo.begin(), politburo.end(),
                  [&](const RosterHolder &h) { return t.actor(h.actor).id == u"bukharin"; }),
        0);
    EXPECT_TRUE(rosterText(t, *on).contains(u"Nikolai Bukharin (executed, on 15 March 1938)"));
}

TEST(Roster, AnOfficeTakenInAMonthWithoutADayCountsFromTheMonthsEnd)
{
    const Timeline t = people();
    const auto holdsIt = [&](Day d) {
        const auto ids = ::ids(t, office(*rosterAt(t, d), QStringLiteral("politburo")).holders);
        return std::find(ids.begin(), ids.end(), QStringLiteral("andreyev")) != ids.end();
    };
    // Andreyev entered the Politburo "in December 1930": not yet on the 10th, certainly on the 31st.
    EXPECT_FALSE(holdsIt(day(1930, 12, 10)));
    EXPECT_TRUE(holdsIt(day(1930, 12, 31)));
}

TEST(Roster, AnOfficeNoOneInTheDataHoldsIsNotInTheDataSet)
{
    const Timeline t = people();
    const auto r = rosterAt(t, day(1936, 1, 1));
    ASSERT_TRUE(r);
    // The test data set declares two of the leadership offices, and no one here is General Secretary:
    // the roster says the data does not know rather than that the post was empty.
    ASSERT_EQ(r->offices.size(), 2u);
    EXPECT_TRUE(office(*r, QStringLiteral("general-secretary")).holders.empty());
    EXPECT_TRUE(rosterText(t, *r).contains(u"General Secretary: not in this data set\n"));
    EXPECT_FALSE(rosterText(t, *r).contains(u"Politburo member: not in this data set"));
}

TEST(Roster, NamesThePlanInForce)
{
    const Timeline t = people();
    const auto r = rosterAt(t, day(1937, 6, 1));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->plans.size(), 1u);
    EXPECT_EQ(t.data().periods[size_t(r->plans[0])].id, u"second-plan");
    EXPECT_EQ(r->periods.size(), 2u);
    EXPECT_TRUE(rosterText(t, *r).contains(u"Plan in force: Second Plan\n"));
    EXPECT_TRUE(rosterText(t, *rosterAt(t, day(1938, 6, 1))).contains(u"Plan in force: none\n"));
}

TEST(Roster, RefusesADayOutsideThePeriod)
{
    const Timeline t = people();
    QString refusal;
    EXPECT_FALSE(rosterAt(t, day(1950, 1, 1), &refusal));
    EXPECT_EQ(refusal,
        u"1 January 1950 is outside the period of this data set (1 January 1923 to 31 December 1941): "
        u"it records no one's office or fate then.");
    EXPECT_FALSE(rosterAt(t, day(1922, 12, 31)));
    EXPECT_TRUE(rosterAt(t, day(1923, 1, 1)));
    EXPECT_TRUE(rosterAt(t, day(1941, 12, 31)));
}
