#include "core/Timeline.h"

#include "TestData.h"

#include <gtest/gtest.h>

#include <QDate>

#include <random>

using namespace khronika;
using namespace khronika::test;

namespace {

Day day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

Timeline careers()
{
    LoadResult r = loadWithRecords(R"(sources:
  - { id: book, author: A, title: B, year: 1990, url: "https://example.org/book" }
factions:
  - { id: left, name: Left, colour: "#0072B2", from: 1923, to: 1927, description: D., sources: [book] }
  - { id: united, name: United, colour: "#009E73", from: 1926, to: 1927, description: D., sources: [book] }
actors:
  - id: trotsky
    name: Leon Trotsky
    native_name: Лев Давидович Троцкий
    born: 1879-11-07
    died: 1940-08-21
    fate: murdered
    summary: T.
    offices:
      - { office: politburo, from: 1919-03-25, to: 1926-10-23 }
    memberships:
      - { faction: left, from: 1923-10, to: 1927-12 }
      - { faction: united, from: 1926-04, to: 1927-12 }
    statuses:
      - { date: 1927-11-14, status: expelled }
      - { date: 1928-01, status: exiled }
      - { date: 1929-02, status: deported }
    sources: [book]
  - id: zinoviev
    name: Grigory Zinoviev
    native_name: Григорий Евсеевич Зиновьев
    born: 1883-09-23
    died: 1936-08-25
    fate: executed
    summary: Z.
    offices:
      - { office: politburo, from: 1921-03, to: 1926-07-23 }
    memberships:
      - { faction: united, from: 1926-04, to: 1927-12 }
    sources: [book]
  - id: stalin
    name: Joseph Stalin
    native_name: Иосиф Сталин
    born: 1878-12-18
    died: 1953-03-05
    fate: natural
    summary: S.
    offices:
      - { office: general-secretary, from: 1922-04-03 }
      - { office: politburo, from: 1919-03-25 }
    sources: [book]
events:
  - { id: b, title: Trotsky expelled, date: 1927-11-14, category: trial, importance: 3, actors: [trotsky], factions: [left], summary: Expelled from the party., sources: [book] }
  - { id: a, title: Lenin dies, date: 1924-01-21, category: congress, importance: 3, summary: Lenin dies at Gorki., sources: [book] }
  - { id: c, title: Kirov murder, date: 1934-12, category: trial, importance: 2, actors: [stalin], summary: Кировское дело., sources: [book] }
  - { id: d, title: Plan, date: 1928-10, end: 1932-12, category: congress, importance: 2, summary: The First Plan., sources: [book] }
)");
    EXPECT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
    return Timeline(std::move(r.data));
}

} // namespace

TEST(Timeline, SortsEventsByTime)
{
    const Timeline t = careers();
    ASSERT_EQ(t.eventCount(), 4);
    EXPECT_EQ(t.event(0).id, QStringLiteral("a"));
    EXPECT_EQ(t.event(1).id, QStringLiteral("b"));
    EXPECT_EQ(t.event(2).id, QStringLiteral("d"));
    EXPECT_EQ(t.event(3).id, QStringLiteral("c"));
    EXPECT_EQ(t.eventIndex(QStringLiteral("c")), 3);
}

TEST(Timeline, WindowQueryFindsSpansThatCrossIt)
{
    const Timeline t = careers();
    // The First Plan spans 1930 though it starts and ends outside it.
    EXPECT_EQ(t.eventsIn({day(1930, 1, 1), day(1930, 12, 31)}), (std::vector<int> {2}));
    // A month-precision event covers its whole month.
    EXPECT_EQ(t.eventsIn({day(1934, 12, 31), day(1935, 1, 1)}), (std::vector<int> {3}));
    EXPECT_EQ(t.eventsIn(t.extent()).size(), 4u);
}

TEST(Timeline, NextAndPreviousEvent)
{
    const Timeline t = careers();
    EXPECT_EQ(t.nextEvent(day(1924, 1, 21)), 1);
    EXPECT_EQ(t.nextEvent(day(1924, 1, 20)), 0);
    EXPECT_EQ(t.previousEvent(day(1927, 11, 14)), 0);
    EXPECT_EQ(t.previousEvent(day(1924, 1, 21)), -1);
    EXPECT_EQ(t.nextEvent(day(1935, 1, 1)), -1);
    EXPECT_EQ(t.nextEvent(1), 2);
    EXPECT_EQ(t.previousEvent(0), -1);
}

TEST(Timeline, IndexesByActorFactionAndCategory)
{
    const Timeline t = careers();
    EXPECT_EQ(t.eventsOfActor(t.actorIndex(QStringLiteral("trotsky"))), (std::vector<int> {1}));
    EXPECT_EQ(t.eventsOfFaction(t.factionIndex(QStringLiteral("left"))), (std::vector<int> {1}));
    EXPECT_EQ(t.eventsOfCategory(t.categoryIndex(QStringLiteral("congress"))), (std::vector<int> {0, 2}));
}

TEST(Timeline, SearchIsCaseInsensitiveAlsoForCyrillic)
{
    const Timeline t = careers();
    EXPECT_EQ(t.search(QStringLiteral("LENIN")), (std::vector<int> {0}));
    EXPECT_EQ(t.search(QStringLiteral("кировское")), (std::vector<int> {3}));
    EXPECT_EQ(t.search(QStringLiteral("троцкий")), (std::vector<int> {1})); // an actor's native name
    EXPECT_EQ(t.search(QStringLiteral("trotsky party")), (std::vector<int> {1}));
    EXPECT_TRUE(t.search(QStringLiteral("trotsky lenin")).empty());
    EXPECT_TRUE(t.search(QStringLiteral("   ")).empty());
}

TEST(Timeline, CareerAtADate)
{
    const Timeline t = careers();
    const int trotsky = t.actorIndex(QStringLiteral("trotsky"));
    EXPECT_EQ(t.factionsAt(trotsky, day(1926, 6, 1)).size(), 2u);
    EXPECT_EQ(t.factionsAt(trotsky, day(1923, 9, 30)).size(), 0u);
    EXPECT_EQ(t.statusAt(trotsky, day(1927, 11, 13)), nullptr);
    EXPECT_EQ(t.statusAt(trotsky, day(1928, 6, 1))->kind, Status::Kind::Exiled);
    EXPECT_TRUE(t.isAlive(trotsky, day(1940, 8, 21)));
    EXPECT_FALSE(t.isAlive(trotsky, day(1940, 8, 22)));
}

TEST(Timeline, StandingLineStepsFromPointToPointAndEndsAtDeath)
{
    LoadResult r = loadWithStandingScale(R"(sources:
  - { id: book, author: A, title: B, year: 1990, url: "https://example.org/book" }
actors:
  - id: trotsky
    name: Leon Trotsky
    native_name: Лев Троцкий
    born: 1879-11-07
    died: 1940-08-21
    fate: murdered
    summary: T.
    offices:
      - { office: politburo, from: 1919-03-25, to: 1926-10-23 }
    standing:
      - { date: 1919-03-25, level: middle, reason: On the Politburo., sources: [book] }
      - { date: 1923-10, level: middle, reason: In opposition., sources: [book] }
      - { date: 1927-11-14, level: bottom, reason: Expelled., sources: [book] }
    sources: [book]
  - id: stalin
    name: Joseph Stalin
    native_name: Иосиф Сталин
    born: 1878-12-18
    died: 1953-03-05
    fate: natural
    summary: S.
    offices:
      - { office: general-secretary, from: 1922-04-03 }
    standing:
      - { date: 1922-04-03, level: middle, reason: One of several., sources: [book] }
      - { date: 1929-11-17, level: top, reason: Unchallenged., sources: [book] }
    sources: [book]
)");
    ASSERT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
    const Timeline t(std::move(r.data));
    const int trotsky = t.actorIndex(QStringLiteral("trotsky"));
    const auto steps = t.standingLine(trotsky);
    ASSERT_EQ(steps.size(), 3u);
    // A month-precise point starts on the month's first day; each step ends the day before the next.
    EXPECT_EQ(steps[0], (Timeline::StandingStep {day(1919, 3, 25), day(1923, 9, 30), 1, 0}));
    EXPECT_EQ(steps[1], (Timeline::StandingStep {day(1923, 10, 1), day(1927, 11, 13), 1, 1}));
    // The line ends at death, not at the end of the data.
    EXPECT_EQ(steps[2], (Timeline::StandingStep {day(1927, 11, 14), day(1940, 8, 21), 2, 2}));
    EXPECT_FALSE(t.standingAt(trotsky, day(1919, 3, 24)));
    EXPECT_EQ(t.standingAt(trotsky, day(1927, 11, 14))->level, 2);
    EXPECT_FALSE(t.standingAt(trotsky, day(1940, 8, 22)));
    // A line whose actor outlives the data ends at the data's last day.
    const auto stalin = t.standingLine(t.actorIndex(QStringLiteral("stalin")));
    ASSERT_EQ(stalin.size(), 2u);
    EXPECT_EQ(stalin[1].level, 0);
    EXPECT_EQ(stalin[1].to, t.extent().last);
    EXPECT_EQ(t.standingLevelIndex(QStringLiteral("bottom")), 2);
    EXPECT_EQ(t.standingLevelIndex(QStringLiteral("nowhere")), -1);
}

TEST(Timeline, WhoHeldPowerOnADay)
{
    const Timeline t = careers();
    const auto names = [&](const std::vector<int> &actors) {
        QStringList n;
        for (int a : actors)
            n << t.actor(a).id;
        return n.join(u',');
    };
    EXPECT_EQ(
        names(t.holdersAt(QStringLiteral("politburo"), day(1926, 1, 1))), QStringLiteral("stalin,trotsky,zinoviev"));
    EXPECT_EQ(names(t.holdersAt(QStringLiteral("politburo"), day(1926, 8, 1))), QStringLiteral("stalin,trotsky"));
    EXPECT_EQ(names(t.holdersAt(QStringLiteral("general-secretary"), day(1930, 1, 1))), QStringLiteral("stalin"));
    EXPECT_EQ(names(t.membersAt(t.factionIndex(QStringLiteral("united")), day(1927, 1, 1))),
        QStringLiteral("trotsky,zinoviev"));
}

TEST(Timeline, RandomWindowsMatchABruteForceScan)
{
    std::mt19937 rng(1941);
    QByteArray records
        = "sources:\n  - { id: book, author: A, title: B, year: 1990, url: \"https://example.org/book\" }\nevents:\n";
    std::uniform_int_distribution<int> year(1923, 1941), month(1, 12), dayOfMonth(1, 28), precision(0, 2), span(0, 4);
    for (int i = 0; i < 3000; ++i) {
        const int y = year(rng);
        QString date = QString::number(y);
        const int p = precision(rng);
        if (p >= 1)
            date += QStringLiteral("-%1").arg(month(rng), 2, 10, QLatin1Char('0'));
        if (p == 2)
            date += QStringLiteral("-%1").arg(dayOfMonth(rng), 2, 10, QLatin1Char('0'));
        const int s = span(rng);
        const QString end = s == 0 ? QStringLiteral(", end: %1").arg(std::min(1941, y + 2)) : QString();
        records += QStringLiteral(
            "  - { id: e%1, title: E, date: %2%3, category: trial, importance: 1, summary: S., sources: [book] }\n")
                       .arg(i)
                       .arg(date, end)
                       .toUtf8();
    }
    LoadResult r = loadWithRecords(records);
    ASSERT_TRUE(r.ok()) << messages(r).mid(0, 5).join(u'\n').toStdString();
    const Timeline t(std::move(r.data));
    std::uniform_int_distribution<Day> start(day(1922, 1, 1), day(1942, 12, 31));
    std::uniform_int_distribution<Day> length(0, 800);
    for (int q = 0; q < 500; ++q) {
        const Day a = start(rng);
        const DayRange window {a, a + length(rng)};
        std::vector<int> expected;
        for (int i = 0; i < t.eventCount(); ++i) {
            if (t.event(i).range().overlaps(window))
                expected.push_back(i);
        }
        ASSERT_EQ(t.eventsIn(window), expected);
    }
}
