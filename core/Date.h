#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace khronika {

// A calendar day as a Julian day number. Days are the unit of every time computation in Khronika.
using Day = qint64;

// A closed range of days [first, last]; first <= last for a valid range.
struct DayRange {
    Day first = 0;
    Day last = -1;

    bool isValid() const { return first <= last; }
    bool contains(Day d) const { return d >= first && d <= last; }
    bool overlaps(const DayRange &o) const { return first <= o.last && o.first <= last; }
    Day length() const { return last - first + 1; }
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

// A historical date as written in the data: a year, a month or a day. The precision is part of the
// value: "1927" means some time in 1927, so it covers the days of 1927 rather than 1 January.
QLocale displayLocale();

struct Date {
    enum class Precision { Year, Month, Day };

    int year = 0;
    int month = 0; // 1-12, 0 when the precision is Year
    int day = 0; // 1-31, 0 unless the precision is Day
    Precision precision = Precision::Year;

    bool isNull() const { return year == 0; }

    // Parses YYYY, YYYY-MM or YYYY-MM-DD; returns nothing for anything else, including impossible
    // dates such as 1927-13-40 or 1930-02-30.
    static std::optional<Date> parse(QStringView text);
    static Date fromDay(Day day);

    QString toIso() const; // at its precision: "1927", "1927-11", "1927-11-14"
    // For reading, in the locale's language: "1927", "November 1927", "14 November 1927" in English;
    // "1927 г.", "ноябрь 1927 г.", "14 ноября 1927 г." in Russian.
    QString toDisplayString(const QLocale &locale = displayLocale()) const;
    Day firstDay() const;
    Day lastDay() const;
    DayRange range() const { return {firstDay(), lastDay()}; }

    friend bool operator==(const Date &, const Date &) = default;
};

QString precisionName(Date::Precision p);

// The locale dates and numbers are shown in: the default locale, which the application sets to the
// interface's language; English (or no language, the C locale) is always written the British way,
// day before month, as the data's own texts are, whatever the machine's region.
QLocale displayLocale();

} // namespace khronika
