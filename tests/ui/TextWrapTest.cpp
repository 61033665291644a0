#include "ui/view/TextWrap.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace khronika;

namespace {

// Ten pixels a character: widths are easy to reason about.
double tenEach(const QString &s)
{
    return 10.0 * double(s.size());
}

} // namespace

TEST(TextWrap, BreaksAtSpacesWithinTheWidth)
{
    const QStringList lines = wrapText(QStringLiteral("Stalin's group (the leadership majority)"), 150, 3, tenEach);
    EXPECT_EQ(lines,
        (QStringList {
            QStringLiteral("Stalin's group"), QStringLiteral("(the leadership"), QStringLiteral("majority)")}));
}

TEST(TextWrap, EveryLineFitsAndTheLastSaysMoreFollows)
{
    // A lane two lines high: the third line is not drawn half-cut, the second ends with an ellipsis.
    const QString title = QStringLiteral("Syrtsov–Lominadze group (the \"Right-Left bloc\")");
    const QStringList lines = wrapText(title, 150, 2, tenEach);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("Syrtsov–Lomina…")); // one word wider than a line is shortened
    EXPECT_TRUE(lines[1].endsWith(QChar(0x2026))) << lines[1].toStdString();
    for (const QString &line : lines)
        EXPECT_LE(tenEach(line), 150.0) << line.toStdString();
}

TEST(TextWrap, ShortTextIsLeftAlone)
{
    EXPECT_EQ(wrapText(QStringLiteral("No faction"), 150, 2, tenEach), QStringList {QStringLiteral("No faction")});
    EXPECT_TRUE(wrapText(QStringLiteral("No faction"), 150, 0, tenEach).isEmpty());
}

TEST(TextWrap, WrappingWordsWholeShortensNothing)
{
    const QString text = QStringLiteral("Заключённые ГУЛАГа, counts on the dates given");
    const QStringList lines = wrapWords(text, 100, tenEach);
    EXPECT_EQ(lines.join(u' '), text); // every word, none shortened, even the one wider than a line
    EXPECT_EQ(lines.front(), QStringLiteral("Заключённые"));
    for (const QString &line : lines) {
        EXPECT_FALSE(line.contains(QChar(0x2026))) << line.toStdString();
        EXPECT_TRUE(tenEach(line) <= 100 || !line.contains(u' ')) << line.toStdString();
    }
    EXPECT_TRUE(wrapWords(QStringLiteral("  "), 100, tenEach).isEmpty());
}
