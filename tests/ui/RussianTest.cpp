// The explorer in Russian, as a class in Russia sees it: Khronika's translation and Qt's own are
// loaded, the menus, the search and the dates speak Russian, and English comes back when chosen.
#include "ui/MainWindow.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "i18n/Language.h"
#include "ui/panels/SidePanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

TEST(Russian, TheWindowSpeaksRussianAndEnglishComesBack)
{
    // Whatever fails below, the tests after this one run untranslated, in the locale they started in.
    struct Untranslated {
        ~Untranslated()
        {
            Language::apply(qApp, QStringLiteral("en"));
            QLocale::setDefault(QLocale::system());
        }
    } restore;
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("ru")));
    EXPECT_EQ(Language::current(), QStringLiteral("ru"));
    {
        MainWindow window(test::builtinTimeline());
        EXPECT_EQ(menuTitles(window).front(), QStringLiteral("&Файл"));
        EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("&Экскурсии")));
        SidePanel *side = window.sidePanel();
        EXPECT_EQ(side->searchField()->placeholderText(), QStringLiteral("Поиск (Ctrl+F)…"));
        // Plurals in Russian's three forms.
        side->searchField()->setText(QStringLiteral("Бухарин"));
        const qsizetype found = qsizetype(window.state()->searchMatches().size());
        ASSERT_GT(found, 4);
        EXPECT_TRUE(side->resultCount()->text().startsWith(QStringLiteral("Найдено %1 событ").arg(found)))
            << side->resultCount()->text().toStdString();
        // Dates in Russian, with the genitive month.
        EXPECT_EQ(Date::parse(u"1929-11-17")->toDisplayString(), QStringLiteral("17 ноября 1929 г."));
    }
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("en")));
    MainWindow english(test::builtinTimeline());
    EXPECT_EQ(menuTitles(english).front(), QStringLiteral("&File"));
    EXPECT_EQ(Date::parse(u"1929-11-17")->toDisplayString(), QStringLiteral("17 November 1929"));
}

TEST(Russian, ALargerSystemFontIsKeptAndScaledByTheTheme)
{
    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSizeF(16);
    QApplication::setFont(large);
    {
        MainWindow window(test::builtinTimeline());
        EXPECT_GE(window.theme().basePointSize, 16.0);
        window.setThemeKind(Theme::Kind::Projector);
        // The projector's type is a quarter larger than the light theme's, on the reader's size too.
        EXPECT_GE(window.theme().basePointSize, 20.0);
        EXPECT_DOUBLE_EQ(window.font().pointSizeF(), window.theme().basePointSize);
    }
    QApplication::setFont(before);
    // A small system font leaves the themes' own sizes (12 pt, 15 pt projecting).
    MainWindow window(test::builtinTimeline());
    EXPECT_DOUBLE_EQ(window.theme().basePointSize, std::max(12.0, before.pointSizeF()));
}
