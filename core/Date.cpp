#include "Date.h"

#include <QDate>
#include <QLocale>

namespace khronika {

namespace {

// Reads exactly `count` ASCII digits at `pos`, or returns -1.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<Date> Date::parse(QStringView text)
{
    Date d;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    d.year = readDigits(text, 0, 4);
    if (d.year < 1)
        return std::nullopt;
    if (text.size() == 4)
        return d;
    if (text[4] != u'-')
        return std::nullopt;
    d.month = readDigits(text, 5, 2);
    if (d.month < 1 || d.month > 12)
        return std::nullopt;
    d.precision = Precision::Month;
    if (text.size() == 7)
        return d;
    if (text[7] != u'-')
        return std::nullopt;
    d.day = readDigits(text, 8, 2);
    if (d.day < 1 || !QDate::isValid(d.year, d.month, d.day))
        return std::nullopt;
    d.precision = Precision::Day;
    return d;
}

Date Date::fromDay(Day day)
{
    const QDate q = QDate::fromJulianDay(day);
    return Date {q.year(), q.month(), q.day(), Precision::Day};
}

QString Date::toIso() const
{
    QString s = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (precision != Precision::Year)
        s += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (precision == Precision::Day)
        s += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return s;
}

QString Date::toDisplayString(const QLocale &locale) const
{
    // The locale's long date without its weekday ("dddd, d MMMM yyyy 'г.'" in Russian): the order of
    // day, month and year and what follows the year ("г.") are the locale's own. An untranslated
    // program runs in the C locale, whose English names match the data's English text.
    QString format = locale.dateFormat(QLocale::LongFormat);
    for (const QString &weekday : {QStringLiteral("dddd, "), QStringLiteral("dddd "), QStringLiteral(", dddd")})
        format.remove(weekday);
    const QString yearText = QString::number(year);
    // Whatever the format writes after the year (" 'г.'"), unquoted: a year or a month says it too.
    const qsizetype afterYear = format.lastIndexOf(QStringLiteral("yyyy"));
    QString suffix = afterYear < 0 ? QString() : format.mid(afterYear + 4);
    suffix.remove(u'\'');
    switch (precision) {
    case Precision::Year:
        return yearText + suffix;
    case Precision::Month:
        return locale.standaloneMonthName(month) + u' ' + yearText + suffix;
    case Precision::Day:
        return locale.toString(QDate(year, month, day), format);
    }
    return {};
}

Day Date::firstDay() const
{
    return QDate(year, precision == Precision::Year ? 1 : month, precision == Precision::Day ? day : 1).toJulianDay();
}

Day Date::lastDay() const
{
    switch (precision) {
    case Precision::Year:
        return QDate(year, 12, 31).toJulianDay();
    case Precision::Month:
        return QDate(year, month, 1).addMonths(1).toJulianDay() - 1;
    case Precision::Day:
        return firstDay();
    }
    return firstDay();
}

QLocale displayLocale()
{
    const QLocale chosen;
    if (chosen.language() == QLocale::C || chosen.language() == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return chosen;
}

QString precisionName(Date::Precision p)
{
    switch (p) {
    case Date::Precision::Year:
        return QStringLiteral("year");
    case Date::Precision::Month:
        return QStringLiteral("month");
    case Date::Precision::Day:
        return QStringLiteral("day");
    }
    return {};
}

} // namespace khronika
