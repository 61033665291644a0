#include "core/SearchText.h"
#include "core/Timeline.h"

#include "QtPrinters.h"
#include "TestData.h"

#include <gtest/gtest.h>

using namespace khronika;

TEST(SearchText, FoldsCaseAndYoToYe)
{
    EXPECT_EQ(foldForSearch(u"Хрущёв"), QStringLiteral("хрущев"));
    EXPECT_EQ(foldForSearch(u"ХРУЩЁВ"), foldForSearch(u"хрущев"));
    EXPECT_EQ(foldForSearch(u"Ёжов"), QStringLiteral("ежов"));
    EXPECT_EQ(foldForSearch(u"STALIN"), QStringLiteral("stalin"));
}

TEST(SearchText, DropsDiacriticsButKeepsShortI)
{
    EXPECT_EQ(foldForSearch(u"Łódź"), QStringLiteral("łodz")); // Ł has no decomposition: it stays a letter
    EXPECT_EQ(foldForSearch(u"Pyatakóv"), QStringLiteral("pyatakov"));
    EXPECT_EQ(foldForSearch(u"Tomskiĭ"), QStringLiteral("tomskii")); // the Library of Congress breve
    // A stress mark typed apart from its vowel, as Russian dictionaries print it.
    EXPECT_EQ(foldForSearch(u"Буха\u0301рин"), QStringLiteral("бухарин"));
    // й is a letter of its own in Russian: "мой" is not "мои".
    EXPECT_EQ(foldForSearch(u"Зиновьев и Каменев, Троцкий"), QStringLiteral("зиновьев и каменев, троцкий"));
    EXPECT_EQ(foldForSearch(u"ЙОД"), QStringLiteral("йод"));
    EXPECT_NE(foldForSearch(u"мой"), foldForSearch(u"мои"));
}

TEST(SearchText, EveryWordMustMatch)
{
    const QString text = foldForSearch(u"Пленум ЦК ВКП(б), ноябрь 1929 г.: Бухарин выведен из Политбюро");
    EXPECT_TRUE(matchesAllWords(text, searchWords(u"бухарин политбюро")));
    EXPECT_TRUE(matchesAllWords(text, searchWords(u"  ПЛЕНУМ   цк ")));
    EXPECT_FALSE(matchesAllWords(text, searchWords(u"бухарин рыков")));
    EXPECT_FALSE(matchesAllWords(text, searchWords(u"   "))); // a blank query finds nothing
    EXPECT_EQ(searchWords(u"  Хрущёв  Ежов "), (QStringList {QStringLiteral("хрущев"), QStringLiteral("ежов")}));
}

namespace {

const char *kRecords = R"(sources:
  - { id: book, author: A, title: B, year: 1990, url: "https://example.org/book" }
actors:
  - id: khrushchev
    name: Nikita Khrushchev
    native_name: Никита Сергеевич Хрущёв
    born: 1894-04-15
    died: 1971-09-11
    fate: natural
    summary: K.
    sources: [book]
events:
  - { id: metro, title: The Moscow Metro opens, date: 1935-05-15, category: congress, importance: 2, actors: [khrushchev], summary: The first line opens., sources: [book] }
)";

} // namespace

TEST(SearchText, TimelineFindsYoWrittenAsYeAndTheOtherLanguage)
{
    const LoadResult loaded = test::loadWithRecords(kRecords);
    ASSERT_TRUE(loaded.ok()) << loaded.diagnostics.all().front().toString().toStdString();
    // "Хрущев" as most keyboards type it finds Хрущёв's native name.
    const Timeline one(loaded.data);
    EXPECT_EQ(one.search(QStringLiteral("Хрущев")).size(), 1u);
    EXPECT_TRUE(one.search(QStringLiteral("метро")).empty());
    // The same data set in Russian beside it: both languages find the event.
    DataSet russian = loaded.data;
    russian.events.front().title = QStringLiteral("Открытие Московского метрополитена");
    russian.actors.front().name = QStringLiteral("Никита Хрущёв");
    const Timeline both(loaded.data, &russian);
    EXPECT_EQ(both.search(QStringLiteral("метрополитен")).size(), 1u);
    EXPECT_EQ(both.search(QStringLiteral("metro")).size(), 1u);
    EXPECT_EQ(both.search(QStringLiteral("московского KHRUSHCHEV")).size(), 1u);
    EXPECT_TRUE(both.search(QStringLiteral("ленинградского")).empty());
}

// The letters' bits only decide sooner: over many texts and queries (one letter, a digit, several
// words, letters outside a-z, nothing) the answer is always matchesAllWords's.
TEST(SearchText, WordMatcherAnswersAsMatchesAllWords)
{
    const QStringList texts {foldForSearch(u"Trotsky expelled from the USSR, 1929"),
        foldForSearch(u"Пятилетка в четыре года"), foldForSearch(u"Łódź"), QString(), foldForSearch(u"x"),
        foldForSearch(u"Order 00447"), foldForSearch(u"ёж и йод")};
    const QStringList queries {u"t"_qs, u"T"_qs, u"z"_qs, u"4"_qs, u"9"_qs, u"trotsky 1929"_qs, u"trotsky 1930"_qs,
        u"ё"_qs, u"е"_qs, u"й"_qs, u"lodz"_qs, u"order 7"_qs, u"q"_qs, u"   "_qs, QString(), u"года пятилетка"_qs,
        u"x"_qs, u"xx"_qs, u"-"_qs};
    int matched = 0;
    for (const QString &query : queries) {
        const QStringList words = searchWords(query);
        const WordMatcher matcher(words);
        for (const QString &text : texts) {
            const bool expected = matchesAllWords(text, words);
            EXPECT_EQ(matcher.matches(text, searchLetters(text)), expected)
                << query.toStdString() << " in " << text.toStdString();
            matched += expected;
        }
    }
    EXPECT_GT(matched, 8); // the cases include matches as well as misses
}

TEST(SearchText, SearchLettersHoldsExactlyTheLettersAndDigits)
{
    EXPECT_EQ(searchLetters(u"ab9"), (quint64(1) << 0) | (quint64(1) << 1) | (quint64(1) << 35));
    EXPECT_EQ(searchLetters(u"ёж —"), quint64(0));
}
