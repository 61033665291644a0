#include "core/Date.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QDate>

using namespace khronika;

TEST(Date, ParsesEachPrecision)
{
    const auto y = Date::parse(u"1927");
    ASSERT_TRUE(y);
    EXPECT_EQ(y->precision, Date::Precision::Year);
    EXPECT_EQ(y->year, 1927);

    const auto m = Date::parse(u"1927-11");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->precision, Date::Precision::Month);
    EXPECT_EQ(m->month, 11);

    const auto d = Date::parse(u"1927-11-14");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Date::Precision::Day);
    EXPECT_EQ(d->day, 14);
}

TEST(Date, RejectsImpossibleAndMalformedDates)
{
    for (const char16_t *bad : {u"1927-13-40", u"1927-13", u"1930-02-30", u"1931-02-29", u"27", u"1927-1", u"1927-01-1",
             u"1927/01/01", u"0000", u"19x7", u"", u" 1927", u"1927-00", u"1927-01-00", u"+927"})
        EXPECT_FALSE(Date::parse(bad)) << QString::fromUtf16(bad).toStdString();
    EXPECT_TRUE(Date::parse(u"1932-02-29")); // a leap year
}

TEST(Date, KeepsPrecisionInIsoAndDisplay)
{
    EXPECT_EQ(Date::parse(u"1927")->toIso(), QStringLiteral("1927"));
    EXPECT_EQ(Date::parse(u"1927-05")->toIso(), QStringLiteral("1927-05"));
    EXPECT_EQ(Date::parse(u"1927-05-09")->toIso(), QStringLiteral("1927-05-09"));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(Date::parse(u"1927")->toDisplayString(english), QStringLiteral("1927"));
    EXPECT_EQ(Date::parse(u"1927-05")->toDisplayString(english), QStringLiteral("May 1927"));
    EXPECT_EQ(Date::parse(u"1934-12-01")->toDisplayString(english), QStringLiteral("1 December 1934"));
}

TEST(Date, DisplaysInRussianWithTheGenitiveMonthAndYearMark)
{
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    EXPECT_EQ(Date::parse(u"1929-11-17")->toDisplayString(russian), QStringLiteral("17 ноября 1929 г."));
    EXPECT_EQ(Date::parse(u"1929-11")->toDisplayString(russian), QStringLiteral("ноябрь 1929 г."));
    EXPECT_EQ(Date::parse(u"1929")->toDisplayString(russian), QStringLiteral("1929 г."));
    EXPECT_EQ(Date::parse(u"1934-12-01")->toDisplayString(russian), QStringLiteral("1 декабря 1934 г."));
}

TEST(Date, EnglishIsWrittenTheBritishWayWhateverTheRegion)
{
    // An American or an untranslated (C) default still reads day before month, as the data does.
    const QLocale before;
    for (const QLocale &l : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale::c()}) {
        QLocale::setDefault(l);
        EXPECT_EQ(Date::parse(u"1934-12-01")->toDisplayString(), QStringLiteral("1 December 1934"));
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    EXPECT_EQ(Date::parse(u"1934-12-01")->toDisplayString(), QStringLiteral("1 декабря 1934 г."));
    QLocale::setDefault(before);
}

TEST(Date, RangeCoversThePrecision)
{
    const Date year = *Date::parse(u"1932");
    EXPECT_EQ(year.firstDay(), QDate(1932, 1, 1).toJulianDay());
    EXPECT_EQ(year.lastDay(), QDate(1932, 12, 31).toJulianDay());
    const Date feb = *Date::parse(u"1932-02");
    EXPECT_EQ(feb.lastDay() - feb.firstDay() + 1, 29);
    const Date day = *Date::parse(u"1934-12-01");
    EXPECT_EQ(day.firstDay(), day.lastDay());
    EXPECT_EQ(Date::fromDay(day.firstDay()), day);
}
