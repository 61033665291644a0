#include "i18n/Language.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace khronika;

TEST(Language, AskedThenRememberedThenSystemThenEnglish)
{
    const QStringList russianSystem {QStringLiteral("ru-RU"), QStringLiteral("en-GB")};
    EXPECT_EQ(Language::choose(QStringLiteral("en"), QStringLiteral("ru"), russianSystem), QStringLiteral("en"));
    EXPECT_EQ(Language::choose({}, QStringLiteral("en"), russianSystem), QStringLiteral("en"));
    EXPECT_EQ(Language::choose({}, {}, russianSystem), QStringLiteral("ru"));
    EXPECT_EQ(Language::choose({}, {}, {QStringLiteral("de-DE"), QStringLiteral("ru_RU")}), QStringLiteral("ru"));
    EXPECT_EQ(Language::choose({}, {}, {QStringLiteral("de-DE"), QStringLiteral("C")}), QStringLiteral("en"));
    // An unknown code asked for or remembered is passed over.
    EXPECT_EQ(Language::choose(QStringLiteral("xx"), QStringLiteral("fr"), russianSystem), QStringLiteral("ru"));
    EXPECT_EQ(Language::choose(QStringLiteral("RU"), {}, {}), QStringLiteral("ru"));
}

TEST(Language, LocalesWriteDatesAsEachLanguageDoes)
{
    EXPECT_EQ(Language::locale(QStringLiteral("ru")).language(), QLocale::Russian);
    EXPECT_EQ(Language::locale(QStringLiteral("en")).territory(), QLocale::UnitedKingdom);
    EXPECT_EQ(Language::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
}
