// The explorer in Russian, as a class in Russia sees it: Khronika's translation and Qt's own are
// loaded, the menus, the search and the dates speak Russian, and English comes back when chosen.
#include "ui/MainWindow.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/DataSetLoader.h"
#include "i18n/Language.h"
#include "ui/ExplorerOptions.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/charts/TimeChartView.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/export/ViewDump.h"
#include "ui/panels/LoadProblems.h"
#include "ui/panels/SidePanel.h"
#include "ui/presentation/PresentationPanel.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/view/TickGenerator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTextBrowser>

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

// Whatever fails in a test, the tests after it run untranslated, in the locale they started in.
struct Untranslated {
    ~Untranslated()
    {
        Language::apply(qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale::system());
    }
};

void settle()
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

} // namespace

TEST(Russian, TheWindowSpeaksRussianAndEnglishComesBack)
{
    Untranslated restore;
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

// A plot's name and unit stand in the chart's gutter with every word whole (no "…"), in either
// language, on a projector's 1024×768 and a 1920×1080 screen, presenting or not; the plots of a chart
// share one gutter, so that their time axes stay one above the other.
TEST(Russian, PlotHeadingsAreWholeInBothLanguagesAtEverySize)
{
    Untranslated restore;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        ASSERT_TRUE(Language::apply(qApp, language));
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            for (const bool presenting : {false, true}) {
                MainWindow w(test::builtinTimeline());
                w.setFullScreenWhenPresenting(false);
                w.state()->setAnimationsEnabled(false);
                ExplorerOptions options;
                options.size = size;
                w.apply(options);
                w.setChartsDetached(false);
                w.setChartsVisible(true);
                if (presenting) {
                    w.setPresenting(true);
                    w.setPresentationCharts(true);
                }
                w.show();
                settle();
                for (const QString &id : EconomyCharts::chartIds()) {
                    w.charts()->setCurrentChart(id);
                    settle();
                    const auto *chart = qobject_cast<const TimeSeriesChart *>(w.charts()->chart(id));
                    if (!chart)
                        continue; // the plans are one grid with no gutter
                    const std::string ctx = language.toStdString() + " " + std::to_string(size.width()) + "x"
                        + std::to_string(size.height()) + (presenting ? " presenting " : " ") + id.toStdString();
                    const ViewDump d = ViewDump::of(&w);
                    const auto headings = d.textsOfKind(QStringLiteral("plot-heading"));
                    ASSERT_FALSE(headings.empty()) << ctx;
                    for (const DrawnText &t : headings) {
                        EXPECT_FALSE(t.cut) << ctx << " " << t.text.toStdString();
                        EXPECT_FALSE(t.text.contains(QChar(0x2026))) << ctx << " " << t.text.toStdString();
                    }
                    double left = -1;
                    for (int p = 0; p < chart->plotCount(); ++p) {
                        const TimeChartView *view = chart->plot(p);
                        if (!view->isVisible())
                            continue;
                        bool whole = false;
                        QStringList lines;
                        for (const TimeChartView::HeadingLine &line : view->headingLines(view->gutter(), &whole)) {
                            lines << line.text;
                            EXPECT_LE(line.box.right(), view->plotRect().left() + 0.5) << ctx;
                        }
                        EXPECT_TRUE(whole) << ctx << " plot " << p << ": " << lines.join(u'|').toStdString();
                        EXPECT_TRUE(lines.join(u' ').startsWith(chart->plotName(p))) << ctx;
                        if (left < 0)
                            left = view->plotRect().left();
                        EXPECT_NEAR(view->plotRect().left(), left, 0.5) << ctx << " plot " << p;
                    }
                }
            }
        }
    }
}

// The measure under a plot's unit and the time axis's decade and quarter speak the interface's language.
TEST(Russian, MeasuresAndDecadesAreTranslated)
{
    Untranslated restore;
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("ru")));
    EXPECT_EQ(measureText(Series::Measure::Year), QStringLiteral("календарные годы"));
    EXPECT_EQ(measureText(Series::Measure::Count), QStringLiteral("подсчёты на указанные даты"));
    const double day = double(QDate(1941, 3, 1).toJulianDay());
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Decade), QStringLiteral("1940-е"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Quarter), QStringLiteral("1 кв. 1941"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Month), QStringLiteral("март 1941"));
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("en")));
    EXPECT_EQ(measureText(Series::Measure::Year), QStringLiteral("calendar years"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Decade), QStringLiteral("1940s"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Quarter), QStringLiteral("Q1 1941"));
    EXPECT_EQ(TickGenerator::label(day, TickUnit::Month), QStringLiteral("Mar 1941"));
}

// A data set's problems are worded in the interface's language when it loads; where each one is
// (file:line:col) and its severity stay as an editor reads them.
TEST(Russian, LoadProblemsAreShownInRussian)
{
    Untranslated restore;
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("ru")));
    const LoadResult r = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_FIXTURES "/broken"));
    std::unique_ptr<QMessageBox> box(LoadProblems::dataSetErrors(QStringLiteral("broken"), r));
    EXPECT_EQ(box->text(), QStringLiteral("В broken 3 ошибки; набор данных не открыт."));
    const QString details = box->detailedText();
    EXPECT_TRUE(details.contains(
        QStringLiteral("records.yaml:6:11: error: date '1927-13-40' не имеет вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("records.yaml:11:5: error: событие: нет поля title")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("у источника 'book' нет ни изданной работы"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("is not a date"))) << details.toStdString();
    // Back in English, the same file gives the English messages.
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("en")));
    const LoadResult english = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_FIXTURES "/broken"));
    EXPECT_TRUE(LoadProblems::detailsText(english.diagnostics)
                    .contains(QStringLiteral("records.yaml:6:11: error: date '1927-13-40' is not a date")));
}

namespace {

// What a class sees of the window in a language: a sample of its own texts and of the data set's.
struct SeenTexts {
    QString firstMenu, browseDock, factionsBox, details, chartTitle, chartTab, selectedLabel, status;
};

SeenTexts seen(MainWindow &w, const QString &event)
{
    SeenTexts s;
    s.firstMenu = w.menuBar()->actions().front()->text();
    s.browseDock = w.findChild<QDockWidget *>(QStringLiteral("browseDock"))->windowTitle();
    for (const QGroupBox *box : w.sidePanel()->findChildren<QGroupBox *>()) {
        if (s.factionsBox.isEmpty())
            s.factionsBox = box->title();
    }
    s.details = w.details()->toPlainText();
    if (const ChartPanel *chart = w.charts()->chart(QStringLiteral("terror")))
        s.chartTitle = chart->chartTitle();
    if (const auto *tabs = w.charts()->findChild<QTabBar *>())
        s.chartTab = tabs->tabText(tabs->currentIndex());
    for (const DrawnText &t : ViewDump::of(&w).textsOfKind(QStringLiteral("event-label"))) {
        if (t.event == event)
            s.selectedLabel = t.text;
    }
    s.status = w.statusBar()->currentMessage();
    return s;
}

// The class's place in the window: none of it may move when the language changes.
struct ClassPlace {
    double start = 0, end = 0;
    Day cursor = 0;
    int selected = -1;
    QList<int> traced;
    bool factionShown = true;
    QString search;
    std::vector<int> matches;
    QString chart;
    LaneMode lanes = LaneMode::Faction;
    friend bool operator==(const ClassPlace &, const ClassPlace &) = default;
};

ClassPlace placeIn(MainWindow &w)
{
    const ViewState &s = *w.state();
    return {s.windowStart(), s.windowEnd(), s.cursor(), s.selectedEvent(), s.tracedActors(), s.isFactionShown(0),
        w.sidePanel()->searchField()->text(), s.searchMatches(), w.charts()->currentChart(), s.laneMode()};
}

void chooseLanguage(MainWindow &w, const QString &code)
{
    QMenu *languages = w.findChild<QMenu *>(QStringLiteral("languageMenu"));
    ASSERT_NE(languages, nullptr);
    for (QAction *a : languages->actions()) {
        if (a->data().toString() == code)
            a->trigger();
    }
    settle();
}

} // namespace

// Language > Русский and back while the class is looking at something: the menus, a panel's heading,
// the selected event's title in its details and on the timeline, a chart's title and tab all change
// language at once, with no restart, and the window, cursor, selection, tracing, filters, search and
// chart stay where they were.
TEST(Russian, TheLanguageChangesLiveAndTheClassKeepsItsPlace)
{
    Untranslated restore;
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("en")));
    MainWindow w(test::builtinTimeline());
    w.state()->setAnimationsEnabled(false);
    ExplorerOptions options;
    options.size = QSize(1920, 1080);
    w.apply(options);
    w.setChartsDetached(false);
    w.setChartsVisible(true);
    w.charts()->setCurrentChart(QStringLiteral("terror"));
    w.show();
    settle();
    const QString event = QStringLiteral("kirov-murder");
    const int kirov = w.state()->timeline().eventIndex(event);
    ASSERT_GE(kirov, 0);
    w.state()->setSelectedEvent(kirov);
    w.state()->setWindow(double(w.state()->timeline().eventRange(kirov).first) - 200,
        double(w.state()->timeline().eventRange(kirov).first) + 200);
    w.state()->setTracedActors({w.state()->timeline().actorIndex(QStringLiteral("kirov"))});
    w.state()->setFactionShown(0, false);
    w.sidePanel()->searchField()->setText(QStringLiteral("Kirov"));
    settle();
    const ClassPlace before = placeIn(w);
    ASSERT_FALSE(before.matches.empty());
    const SeenTexts english = seen(w, event);
    EXPECT_EQ(english.firstMenu, QStringLiteral("&File"));
    EXPECT_EQ(english.browseDock, QStringLiteral("Browse"));
    EXPECT_EQ(english.factionsBox, QStringLiteral("Factions"));
    EXPECT_TRUE(english.details.contains(QStringLiteral("Kirov murdered in Leningrad")))
        << english.details.toStdString();
    EXPECT_EQ(english.chartTitle, QStringLiteral("Repression: death sentences and the Gulag"));
    EXPECT_EQ(english.chartTab, QStringLiteral("Repression"));
    EXPECT_TRUE(english.selectedLabel.startsWith(QStringLiteral("Kirov"))) << english.selectedLabel.toStdString();
    EXPECT_TRUE(english.status.startsWith(QStringLiteral("Tracing: "))) << english.status.toStdString();

    chooseLanguage(w, QStringLiteral("ru"));
    EXPECT_EQ(Language::current(), QStringLiteral("ru"));
    const SeenTexts russian = seen(w, event);
    EXPECT_EQ(russian.firstMenu, QStringLiteral("&Файл"));
    EXPECT_EQ(russian.browseDock, QStringLiteral("Навигация"));
    EXPECT_EQ(russian.factionsBox, QStringLiteral("Группировки"));
    EXPECT_TRUE(russian.details.contains(QStringLiteral("Убийство Кирова в Ленинграде")))
        << russian.details.toStdString();
    EXPECT_FALSE(russian.details.contains(QStringLiteral("Kirov murdered"))) << russian.details.toStdString();
    EXPECT_EQ(russian.chartTitle, QStringLiteral("Репрессии: смертные приговоры и ГУЛАГ"));
    EXPECT_NE(russian.chartTab, english.chartTab);
    EXPECT_TRUE(russian.selectedLabel.startsWith(QStringLiteral("Убийство"))) << russian.selectedLabel.toStdString();
    EXPECT_NE(russian.status, english.status);
    EXPECT_EQ(placeIn(w), before);
    EXPECT_EQ(w.state()->timeline().event(kirov).id, event);

    chooseLanguage(w, QStringLiteral("en"));
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    const SeenTexts back = seen(w, event);
    EXPECT_EQ(back.firstMenu, english.firstMenu);
    EXPECT_EQ(back.browseDock, english.browseDock);
    EXPECT_EQ(back.factionsBox, english.factionsBox);
    EXPECT_EQ(back.details, english.details);
    EXPECT_EQ(back.chartTitle, english.chartTitle);
    EXPECT_EQ(back.chartTab, english.chartTab);
    EXPECT_EQ(back.selectedLabel, english.selectedLabel);
    EXPECT_EQ(back.status, english.status);
    EXPECT_EQ(placeIn(w), before);
}

// Presenting a tour, a change of language keeps its step and tells the step's narration anew.
TEST(Russian, TheLanguageChangesLiveOnTheSameTourStep)
{
    Untranslated restore;
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("en")));
    MainWindow w(test::builtinTimeline());
    w.setFullScreenWhenPresenting(false);
    w.state()->setAnimationsEnabled(false);
    const Tour *tour = w.state()->timeline().tour(QStringLiteral("great-terror"));
    ASSERT_NE(tour, nullptr);
    w.show();
    w.playTour(*tour, 3);
    settle();
    const QString englishTitle = w.presentationPanel()->title();
    const QString englishBody = w.presentationPanel()->body();
    const double start = w.state()->windowStart(), end = w.state()->windowEnd();
    ASSERT_TRUE(w.setLanguage(QStringLiteral("ru")));
    settle();
    EXPECT_EQ(w.tourPlayer()->step(), 3);
    EXPECT_TRUE(w.isPresenting());
    EXPECT_NE(w.presentationPanel()->title(), englishTitle);
    EXPECT_NE(w.presentationPanel()->body(), englishBody);
    EXPECT_EQ(w.presentationPanel()->title(), w.tourPlayer()->currentStep()->title);
    EXPECT_DOUBLE_EQ(w.state()->windowStart(), start);
    EXPECT_DOUBLE_EQ(w.state()->windowEnd(), end);
    ASSERT_TRUE(w.setLanguage(QStringLiteral("en")));
    settle();
    EXPECT_EQ(w.tourPlayer()->step(), 3);
    EXPECT_EQ(w.presentationPanel()->title(), englishTitle);
    EXPECT_EQ(w.presentationPanel()->body(), englishBody);
}

// In a Russian diagnostic the record it is about is named in Russian, with Russian quotation marks
// and as the sentence's subject: "событие «congress-12»: нет текста…", never "event 'congress-12'".
TEST(Russian, RecordsAreNamedInRussianInDiagnostics)
{
    Untranslated restore;
    ASSERT_TRUE(Language::apply(qApp, QStringLiteral("ru")));
    auto files = test::minimalDataSet();
    files[QStringLiteral("dataset.yaml")] += "languages: [en, ru]\ntranslations: [ru/texts.yaml]\n";
    files[QStringLiteral("records.yaml")] += QByteArrayLiteral(R"(tours:
  - id: lesson
    title: A lesson
    steps:
      - { title: One, narration: First., events: [congress-12] }
)");
    files[QStringLiteral("ru/texts.yaml")] = QByteArrayLiteral(R"(language: ru
events:
  - { id: no-such-event, title: Нет такого }
  - { id: congress-12, title: XII съезд }
tours:
  - id: lesson
    title: Урок
    steps:
      - { step: 3, narration: Третьего шага нет. }
)");
    const LoadResult r = DataSetLoader::loadBuffers(files);
    const QStringList lines = test::messages(r);
    const QString all = lines.join(u'\n');
    EXPECT_TRUE(lines.contains(
        QStringLiteral("ru/texts.yaml:3:11: error: событие «no-such-event»: такой записи нет, переводить нечего")))
        << all.toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("ru/texts.yaml:9:9: error: экскурсия «lesson»: нет элемента для перевода: шаг 3")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("warning: событие «congress-12»: нет текста на языке ru для summary")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("warning: участник «stalin»: нет текста на языке ru для name")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("warning: шаг 1 экскурсии «lesson»: нет текста на языке ru для title")))
        << all.toStdString();
    for (const QString &english : {QStringLiteral("event '"), QStringLiteral("actor '"), QStringLiteral("tour '"),
             QStringLiteral("category '"), QStringLiteral("step 1 of")})
        EXPECT_FALSE(all.contains(english)) << english.toStdString() << "\n" << all.toStdString();
}
