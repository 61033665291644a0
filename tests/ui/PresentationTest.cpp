#include "ui/MainWindow.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/export/Exporter.h"
#include "ui/map/MapView.h"
#include "ui/panels/DetailsHtml.h"
#include "ui/panels/TourEditor.h"
#include "ui/presentation/PresentationPanel.h"
#include "ui/presentation/PresenterWindow.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/timeline/TimelineView.h"
#include "ui/view/BorderPeriods.h"

#include <QComboBox>
#include <QDate>
#include <QDockWidget>
#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <functional>

using namespace khronika;

namespace {

std::shared_ptr<const Timeline> builtin()
{
    return test::builtinTimeline();
}

// A main window laid out as on a teacher's laptop, presenting in the window rather than full screen.
struct Window {
    MainWindow w {builtin()};
    Window()
    {
        w.setFullScreenWhenPresenting(false);
        w.state()->setAnimationsEnabled(false);
        w.resize(1280, 800);
        w.show();
        QApplication::setActiveWindow(&w);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(w.timelineView(), k, m); }
};

const Tour &tour(const char *id)
{
    const Tour *t = builtin()->tour(QString::fromLatin1(id));
    EXPECT_TRUE(t);
    return *t;
}

} // namespace

TEST(Presentation, KeysStepThroughATour)
{
    Window win;
    const Tour &t = tour("stalin-rise");
    win.w.playTour(t);
    TourPlayer *player = win.w.tourPlayer();
    ASSERT_TRUE(win.w.isPresenting());
    EXPECT_EQ(player->step(), 0);
    win.key(Qt::Key_PageDown);
    EXPECT_EQ(player->step(), 1);
    win.key(Qt::Key_Space);
    EXPECT_EQ(player->step(), 2);
    win.key(Qt::Key_Right);
    EXPECT_EQ(player->step(), 3);
    win.key(Qt::Key_PageUp);
    EXPECT_EQ(player->step(), 2);
    win.key(Qt::Key_Left);
    EXPECT_EQ(player->step(), 1);
    win.key(Qt::Key_End);
    EXPECT_EQ(player->step(), int(t.steps.size()) - 1);
    win.key(Qt::Key_PageDown); // past the end stays at the end
    EXPECT_EQ(player->step(), int(t.steps.size()) - 1);
    win.key(Qt::Key_Home);
    EXPECT_EQ(player->step(), 0);

    // Each step shows its narration and moves the timeline to it.
    win.key(Qt::Key_PageDown);
    const TourStep &s = t.steps[1];
    EXPECT_EQ(win.w.presentationPanel()->body(), s.narration);
    EXPECT_EQ(win.w.presentationPanel()->counter(), QStringLiteral("Step 2 of %1").arg(t.steps.size()));
    const auto [start, end] = TourPlayer::windowOf(*builtin(), s);
    EXPECT_DOUBLE_EQ(win.w.state()->windowStart(), start);
    EXPECT_DOUBLE_EQ(win.w.state()->windowEnd(), end);

    win.key(Qt::Key_B);
    EXPECT_TRUE(win.w.isBlanked());
    win.key(Qt::Key_B);
    EXPECT_FALSE(win.w.isBlanked());

    const double before = win.w.fontScale();
    win.key(Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(win.w.fontScale(), before);
    win.key(Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(win.w.fontScale(), before, 1e-9);

    win.key(Qt::Key_Escape);
    EXPECT_FALSE(win.w.isPresenting());
    EXPECT_FALSE(player->isPlaying());
}

TEST(Presentation, ATourStepShowsItsChartAndTheTeacherCanToggleCharts)
{
    Window win;
    MainWindow &w = win.w;
    const Tour &t = tour("collectivisation-famine");
    int withChart = -1, without = -1;
    for (int i = 0; i < int(t.steps.size()); ++i) {
        if (withChart < 0 && t.steps[size_t(i)].chart == u"collectivisation")
            withChart = i;
        if (withChart >= 0 && without < 0 && t.steps[size_t(i)].chart.isEmpty())
            without = i;
    }
    ASSERT_GE(withChart, 0);
    ASSERT_GT(without, withChart);

    w.playTour(t, 0);
    EXPECT_FALSE(w.charts()->isVisible()); // the first step names no chart
    w.tourPlayer()->goTo(withChart);
    EXPECT_TRUE(w.charts()->isVisible());
    EXPECT_EQ(w.charts()->currentChart(), QStringLiteral("collectivisation"));
    EXPECT_TRUE(w.timelineView()->isVisible()); // the chart shares the screen with the timeline
    EXPECT_TRUE(w.presentationPanel()->isVisible());
    // The narration gets what its text needs, the step's plot two fifths of the screen, the timeline
    // what its lanes need for a row of labels from what is left (each within bounds), and the chart
    // all the rest.
    QApplication::processEvents();
    const auto *splitter = w.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
    const int h = splitter->height();
    const int handles = 2 * splitter->handleWidth(); // taken from the panes they separate
    const double labelled = w.timelineView()->layout().labelledHeight;
    EXPECT_GT(labelled, 100.0);
    // (The window shares out its height less the splitter's handles: one more of them here.)
    const int focus
        = w.charts()->heightForPlots(w.charts()->width(), 1, (h - handles) * 40 / 100 + MainWindow::kFocusSlack);
    // The chart never gets less than its minimum (the timeline gives way first).
    const int chartLeast = std::max(w.charts()->minimumSizeHint().height(), w.charts()->minimumHeight());
    const int left = h - handles - w.presentationPanel()->height() - std::max(focus, chartLeast);
    // (Within a few pixels: the chart page's measure of its rows, without its title, is not exact.)
    EXPECT_GE(w.timelineView()->height(), std::min({labelled, h * 0.34, double(left)}) - handles - 5);
    const int narration = w.presentationPanel()->heightFor(w.presentationPanel()->width());
    EXPECT_GE(w.presentationPanel()->height(), std::min(narration, h * 26 / 100) - handles - 1);
    EXPECT_LE(w.presentationPanel()->height(), std::max(narration, h * 16 / 100) + handles + 1);
    EXPECT_GE(w.charts()->height(), h * 40 / 100 - handles - 1);

    // The teacher hides it for this step with C ...
    win.key(Qt::Key_C);
    EXPECT_FALSE(w.charts()->isVisible());
    // ... and the next step without a chart keeps it hidden.
    w.tourPlayer()->goTo(without);
    EXPECT_FALSE(w.charts()->isVisible());
    // C shows the charts again and they stay for the following steps (Ctrl+J does the same).
    win.key(Qt::Key_C);
    EXPECT_TRUE(w.charts()->isVisible());
    w.tourPlayer()->next();
    EXPECT_TRUE(w.charts()->isVisible());
    win.key(Qt::Key_J, Qt::ControlModifier);
    EXPECT_FALSE(w.charts()->isVisible());

    // Leaving the presentation gives back the charts as they were before it.
    win.key(Qt::Key_Escape);
    EXPECT_TRUE(w.charts()->isVisible());
}

namespace {

// Plays every built-in tour at a window size and calls `check` at each step that opens a chart, on
// that chart's panel; after each tour, `afterTour`. Returns how many steps were checked.
int forEachChartStep(Window &win, QSize size, const std::function<void(const ChartPanel &, const std::string &)> &check,
    const std::function<void()> &afterTour = {})
{
    MainWindow &w = win.w;
    w.resize(size);
    int steps = 0;
    for (const char *id : {"stalin-rise", "collectivisation-famine", "great-terror"}) {
        const Tour &t = tour(id);
        w.playTour(t, 0);
        for (int i = 0; i < int(t.steps.size()); ++i) {
            if (t.steps[size_t(i)].chart.isEmpty())
                continue;
            w.tourPlayer()->goTo(i);
            QApplication::processEvents();
            const auto *panel = w.charts()->chart(t.steps[size_t(i)].chart);
            const std::string where = std::string(id) + " step " + std::to_string(i + 1);
            EXPECT_TRUE(panel) << where;
            if (!panel)
                continue;
            ++steps;
            check(*panel, where);
        }
        win.key(Qt::Key_Escape);
        if (afterTour)
            afterTour();
    }
    return steps;
}

} // namespace

TEST(Presentation, OnASmallProjectorEveryChartStepShowsWholePlotsAndTheWholeNarration)
{
    // 1280x720 full screen: the smallest projector a school is likely to have.
    Window win;
    MainWindow &w = win.w;
    int dropped = 0;
    const int steps = forEachChartStep(
        win, QSize(1280, 720),
        [&](const ChartPanel &panel, const std::string &where) {
            EXPECT_TRUE(panel.isCompact()) << where;
            const auto *scroll = w.charts()->findChild<QScrollArea *>();
            ASSERT_TRUE(scroll);
            // No plot or legend cut by the bottom edge: the page fits, nothing to scroll.
            EXPECT_LE(scroll->widget()->height(), scroll->viewport()->height()) << where;
            EXPECT_GE(panel.plotsShown(), 1) << where;
            if (panel.plotsShown() < panel.plotCount()) {
                ++dropped;
                // Said, not hidden: the plots left out are named, each one click away.
                EXPECT_TRUE(panel.titleNote().startsWith(QStringLiteral("Also in this chart:"))) << where;
                for (int i = 0; i < panel.plotCount(); ++i) {
                    if (!panel.isPlotShown(i)) {
                        EXPECT_TRUE(panel.titleNote().contains(panel.plotName(i))) << where;
                    }
                }
            }
            // The narration keeps the room its text needs.
            const PresentationPanel *narration = w.presentationPanel();
            const auto *splitter = w.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
            const int handles = 2 * splitter->handleWidth(); // taken from the panes they separate
            EXPECT_GE(narration->height() + handles + 1,
                std::min(narration->heightFor(narration->width()), splitter->height() * 26 / 100))
                << where;
        },
        [&] {
            // Back in the window, every plot and the caption come back.
            for (const QString &chart : EconomyCharts::chartIds()) {
                if (const auto *panel = w.charts()->chart(chart)) {
                    EXPECT_FALSE(panel->isCompact());
                    EXPECT_EQ(panel->plotsShown(), panel->plotCount()) << chart.toStdString();
                }
            }
        });
    EXPECT_GE(steps, 5);
    RecordProperty("plotsLeftOut", dropped);
}

TEST(Presentation, OnAFullHdProjectorEveryChartStepShowsAllItsPlots)
{
    Window win;
    MainWindow &w = win.w;
    int flattest = 1080;
    const int steps = forEachChartStep(win, QSize(1920, 1080), [&](const ChartPanel &panel, const std::string &where) {
        EXPECT_EQ(panel.plotsShown(), panel.plotCount()) << where;
        EXPECT_FALSE(panel.titleNote().startsWith(QStringLiteral("Not shown"))) << where;
        // Each plot stands tall enough for a halving to read as one from the back of the room ...
        for (int i = 0; i < panel.plotCount(); ++i) {
            if (const QWidget *view = panel.plotView(i))
                flattest = std::min(flattest, view->height());
        }
        // ... and the timeline still names the event the step is about.
        const int selected = w.state()->selectedEvent();
        if (selected >= 0) {
            bool named = false;
            for (const LaneLabel &label : w.timelineView()->layout().labels)
                named = named || label.event == selected;
            EXPECT_TRUE(named) << where;
        }
    });
    EXPECT_GE(steps, 5);
    EXPECT_GE(flattest, 1080 / 5 - 40);
    RecordProperty("flattestPlot", flattest);
}

TEST(Presentation, WithoutAChartTheTimelineTakesWhatTheNarrationDoesNotNeed)
{
    Window win;
    MainWindow &w = win.w;
    w.resize(1920, 1080);
    const Tour &t = tour("stalin-rise");
    w.playTour(t, 0);
    const auto *splitter = w.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
    int checked = 0;
    for (int i = 0; i < int(t.steps.size()); ++i) {
        if (!t.steps[size_t(i)].chart.isEmpty())
            continue;
        w.tourPlayer()->goTo(i);
        QApplication::processEvents();
        ASSERT_FALSE(w.charts()->isVisible());
        const int h = splitter->height();
        const int handle = splitter->handleWidth();
        const PresentationPanel *narration = w.presentationPanel();
        const int needs = narration->heightFor(narration->width());
        // The whole narration, and no more than it needs (or a sixth of the screen, for a short one).
        EXPECT_GE(narration->height(), std::min(needs, h * 38 / 100) - handle - 1) << "step " << i + 1;
        EXPECT_LE(narration->height(), std::max(needs, h * 16 / 100) + handle + 1) << "step " << i + 1;
        EXPECT_GE(w.timelineView()->height() + narration->height() + 2 * handle, h - 1) << "step " << i + 1;
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

TEST(Presentation, LeavingRestoresTheLayout)
{
    Window win;
    MainWindow &w = win.w;
    auto *splitter = w.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
    QApplication::processEvents();
    const QByteArray state = w.saveState();
    const QByteArray split = splitter->saveState();
    const Theme::Kind theme = w.themeKind();
    const QList<QDockWidget *> docks = w.findChildren<QDockWidget *>();
    ASSERT_FALSE(docks.isEmpty());
    // The map starts hidden; every panel comes back as it was.
    QList<bool> shown;
    for (QDockWidget *d : docks)
        shown << d->isVisible();
    ASSERT_TRUE(shown.contains(true));

    w.setPresenting(true);
    for (QDockWidget *d : docks)
        EXPECT_FALSE(d->isVisible());
    EXPECT_FALSE(w.menuBar()->isVisible());
    EXPECT_TRUE(w.presentationPanel()->isVisible());
    EXPECT_EQ(w.themeKind(), Theme::Kind::Projector);

    w.setPresenting(false);
    QApplication::processEvents();
    for (qsizetype i = 0; i < docks.size(); ++i)
        EXPECT_EQ(docks[i]->isVisible(), shown[i]) << docks[i]->objectName().toStdString();
    EXPECT_TRUE(w.menuBar()->isVisible());
    EXPECT_FALSE(w.presentationPanel()->isVisible());
    EXPECT_EQ(w.themeKind(), theme);
    EXPECT_EQ(w.saveState(), state);
    EXPECT_EQ(splitter->saveState(), split);
}

TEST(Presentation, RevealModeHidesWhatComesNext)
{
    Window win;
    TourPlayer *player = win.w.tourPlayer();
    player->setRevealMode(true);
    win.w.playTour(tour("great-terror"));
    const Timeline &t = *builtin();
    const auto until = win.w.state()->revealUntil();
    ASSERT_TRUE(until.has_value());
    int hidden = 0;
    for (int e = 0; e < t.eventCount(); ++e) {
        if (t.eventRange(e).first > *until) {
            EXPECT_FALSE(win.w.state()->passesFilters(e));
            ++hidden;
        }
    }
    EXPECT_GT(hidden, 10);
    const int murder = t.eventIndex(QStringLiteral("german-invasion"));
    EXPECT_FALSE(win.w.state()->passesFilters(murder));
    // The last step shows everything (issue 14: reaching the last step reveals the whole story).
    win.key(Qt::Key_End);
    EXPECT_FALSE(win.w.state()->revealUntil().has_value());
    EXPECT_TRUE(win.w.state()->passesFilters(murder));
    win.key(Qt::Key_Home);
    EXPECT_EQ(win.w.state()->revealUntil(), until);
    win.key(Qt::Key_Escape);
    EXPECT_FALSE(win.w.state()->revealUntil().has_value());
    EXPECT_TRUE(win.w.state()->passesFilters(murder));
}

TEST(Presentation, PresenterWindowShowsTheTeachersNoteAndWhatIsNext)
{
    Window win;
    const Tour &t = tour("collectivisation-famine");
    win.w.playTour(t);
    PresenterWindow presenter(win.w.tourPlayer());
    EXPECT_EQ(presenter.noteText(), t.steps[0].teacherNote);
    EXPECT_EQ(presenter.nextText(), QStringLiteral("Next: ") + t.steps[1].title);
    // The class view never shows the note.
    EXPECT_FALSE(win.w.presentationPanel()->body().contains(t.steps[0].teacherNote));
}

TEST(Export, ViewAsPngSvgAndPdf)
{
    QTemporaryDir dir;
    ViewState state(builtin());
    state.setTracedActors({builtin()->actorIndex(QStringLiteral("bukharin"))});
    QString error;
    const QString png = dir.filePath(QStringLiteral("view.png"));
    ASSERT_TRUE(Exporter::exportView(&state, Theme::light(), png, QSize(2400, 1200), &error)) << error.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(2400, 1200));

    const QString svg = dir.filePath(QStringLiteral("view.svg"));
    ASSERT_TRUE(Exporter::exportView(&state, Theme::light(), svg, QSize(1600, 900), &error));
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    bool sawText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        sawText = sawText || (xml.isStartElement() && xml.name() == u"text");
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawText);

    const QString pdf = dir.filePath(QStringLiteral("view.pdf"));
    ASSERT_TRUE(Exporter::exportView(&state, Theme::light(), pdf, QSize(1600, 900), &error));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    EXPECT_FALSE(Exporter::exportView(
        &state, Theme::light(), dir.filePath(QStringLiteral("view.bmpx")), QSize(800, 600), &error));
}

TEST(TourEditor, MakesReordersAndSavesATourThatLoadsBack)
{
    QTemporaryDir dir;
    ViewState state(builtin());
    TourEditor editor(&state, dir.path());
    const Timeline &t = *builtin();
    state.setWindow(double(QDate(1927, 1, 1).toJulianDay()), double(QDate(1928, 1, 1).toJulianDay()));
    state.setSelectedEvent(t.eventIndex(QStringLiteral("fifteenth-congress")));
    editor.addCurrentViewAsStep();
    state.setSelectedEvent(-1);
    state.setTracedActors({t.actorIndex(QStringLiteral("bukharin"))});
    state.setWindow(double(QDate(1929, 1, 1).toJulianDay()), double(QDate(1930, 1, 1).toJulianDay()));
    editor.addCurrentViewAsStep();
    ASSERT_EQ(editor.tour().steps.size(), 2u);
    EXPECT_EQ(editor.tour().steps[0].events, std::vector<QString> {QStringLiteral("fifteenth-congress")});
    EXPECT_EQ(editor.tour().steps[1].actors, std::vector<QString> {QStringLiteral("bukharin")});
    EXPECT_EQ(editor.tour().steps[1].rangeFrom->toIso(), QStringLiteral("1929-01-01"));
    // The step on show (the second) is to open the collectivisation chart.
    auto *chart = editor.findChild<QComboBox *>(QStringLiteral("stepChart"));
    ASSERT_TRUE(chart);
    chart->setCurrentIndex(chart->findData(QStringLiteral("collectivisation")));
    editor.moveStep(1, 0);
    EXPECT_EQ(editor.tour().steps[0].actors, std::vector<QString> {QStringLiteral("bukharin")});
    EXPECT_EQ(editor.tour().steps[0].chart, QStringLiteral("collectivisation"));
    EXPECT_TRUE(editor.tour().steps[1].chart.isEmpty());

    QString error;
    ASSERT_TRUE(editor.save(&error)) << error.toStdString();
    // The saved file loads with the built-in data set as one more tour.
    const LoadResult r = DataSetLoader::loadDirectory(builtinDataSetPath(), {}, {dir.path()});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.data.tours.size(), builtin()->data().tours.size() + 1);
    const Tour &saved = r.data.tours.back();
    ASSERT_EQ(saved.steps.size(), 2u);
    EXPECT_EQ(saved.steps[0].actors, editor.tour().steps[0].actors);
    EXPECT_EQ(saved.steps[1].events, editor.tour().steps[1].events);
    EXPECT_EQ(saved.steps[1].narration, editor.tour().steps[1].narration);
    EXPECT_EQ(saved.steps[0].chart, QStringLiteral("collectivisation"));
    EXPECT_FALSE(saved.steps[0].showsMap);

    // The map in the chart's place: the chart and its plots go, `view: map` is saved and loads back.
    auto *steps = editor.findChild<QListWidget *>(QStringLiteral("tourSteps"));
    ASSERT_TRUE(steps);
    steps->setCurrentRow(1);
    chart->setCurrentIndex(chart->findData(QStringLiteral("view: map")));
    ASSERT_GE(chart->currentIndex(), 0);
    steps->setCurrentRow(0);
    EXPECT_TRUE(editor.tour().steps[1].showsMap);
    EXPECT_TRUE(editor.tour().steps[1].chart.isEmpty());
    ASSERT_TRUE(editor.save(&error)) << error.toStdString();
    const LoadResult again = DataSetLoader::loadDirectory(builtinDataSetPath(), {}, {dir.path()});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.data.tours.back().steps[1].showsMap);
}

// A tour step may show a document large while presenting; the narration panel gives it room.
TEST(Presentation, AStepWithADocumentShowsTheExtract)
{
    Window win;
    MainWindow &w = win.w;
    const Tour &t = tour("collectivisation-famine");
    int withDocument = -1;
    for (size_t i = 0; i < t.steps.size(); ++i) {
        if (!t.steps[i].document.isEmpty())
            withDocument = int(i);
    }
    ASSERT_GE(withDocument, 0);
    w.playTour(t, withDocument == 0 ? 1 : 0);
    EXPECT_FALSE(w.presentationPanel()->showsDocument());
    w.tourPlayer()->goTo(withDocument);
    QApplication::processEvents();
    const PresentationPanel *panel = w.presentationPanel();
    ASSERT_TRUE(panel->showsDocument());
    const auto *splitter = w.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
    const int handles = 2 * splitter->handleWidth();
    // The extract is shown whole: the narration gets what the text needs at the least type size the
    // back row reads, up to 85 per cent of the screen (narration alone stops at 60 per cent).
    EXPECT_GE(
        panel->height() + handles + 1, std::min(panel->leastHeightFor(panel->width()), splitter->height() * 85 / 100));
    EXPECT_GE(panel->bodyScale(), PresentationPanel::kLeastBodyScale);
}

// The details of an event show its documents; the printed handout carries them too.
TEST(Export, DocumentsInDetailsAndHandout)
{
    const auto t = builtin();
    const int e = t->eventIndex(QStringLiteral("dizzy-with-success"));
    ASSERT_GE(e, 0);
    const QString html = DetailsHtml::event(*t, e);
    EXPECT_TRUE(html.contains(QStringLiteral("overfulfilled the five-year plan"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("Translation:")));
    const Tour &great = tour("collectivisation-famine");
    QString printed;
    for (const TourStep &s : great.steps)
        printed += DetailsHtml::printedDocuments(*t, s);
    EXPECT_TRUE(printed.contains(QStringLiteral("overfulfilled the five-year plan")));
    EXPECT_TRUE(printed.contains(QStringLiteral("marxists.org")) || printed.contains(QStringLiteral("Works, vol. 12")));
}

// Ctrl+= and Ctrl+− size the type in the window too, not only presenting; + and − still zoom.
TEST(Presentation, TypeSizeKeysWorkOutsidePresentation)
{
    Window win;
    ASSERT_FALSE(win.w.isPresenting());
    const double before = win.w.fontScale();
    const double pointSize = win.w.theme().basePointSize;
    win.key(Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(win.w.fontScale(), before);
    EXPECT_GT(win.w.theme().basePointSize, pointSize);
    const double span = win.w.state()->windowEnd() - win.w.state()->windowStart();
    win.key(Qt::Key_Plus);
    EXPECT_LT(win.w.state()->windowEnd() - win.w.state()->windowStart(), span);
    win.key(Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(win.w.fontScale(), before, 1e-9);
}

// A step with `view: map` shows the map where the chart would stand, with the step's window and
// cursor; the next step gives the place back to the charts, as does leaving the presentation.
TEST(Presentation, AMapStepShowsTheMapInTheChartsPlace)
{
    Window win;
    MainWindow &w = win.w;
    const Tour &t = tour("great-terror");
    int mapStep = -1;
    for (size_t i = 0; i < t.steps.size(); ++i) {
        if (t.steps[i].showsMap && mapStep < 0)
            mapStep = int(i);
    }
    ASSERT_GT(mapStep, 0);
    ASSERT_TRUE(t.steps[size_t(mapStep + 1)].chart.isEmpty());
    const auto *splitter = w.findChild<QSplitter *>(QStringLiteral("centralSplitter"));
    w.playTour(t, mapStep);
    QApplication::processEvents();
    const MapView *map = w.presentedMap();
    ASSERT_TRUE(map);
    EXPECT_TRUE(map->isVisible());
    EXPECT_EQ(splitter->indexOf(const_cast<MapView *>(map)), 2);
    EXPECT_EQ(splitter->indexOf(w.charts()), -1);
    EXPECT_FALSE(w.charts()->isVisible()); // waiting out of the splitter, not a window of its own
    EXPECT_FALSE(w.isMapVisible()); // the pane beside the timeline stays folded away
    EXPECT_GE(map->height(), splitter->height() * 3 / 10);
    EXPECT_TRUE(w.timelineView()->isVisible());
    // It shows the step: the selected event's marker, and the border of the cursor's date.
    const int selected = w.state()->selectedEvent();
    ASSERT_GE(selected, 0);
    EXPECT_TRUE(std::any_of(
        map->markers().begin(), map->markers().end(), [&](const MapMarker &m) { return m.event == selected; }));
    EXPECT_EQ(map->borderPeriod().id, borderPeriodAt(w.state()->cursor()).id);

    // Detached charts leave the map where it is.
    w.setChartsDetached(true);
    EXPECT_TRUE(map->isVisible());
    EXPECT_EQ(splitter->indexOf(const_cast<MapView *>(map)), 2);
    w.setChartsDetached(false);
    EXPECT_TRUE(map->isVisible());
    EXPECT_EQ(splitter->indexOf(w.charts()), -1);

    w.tourPlayer()->goTo(mapStep + 1);
    QApplication::processEvents();
    EXPECT_FALSE(map->isVisible());
    EXPECT_EQ(splitter->indexOf(w.charts()), 2);
    w.tourPlayer()->goTo(mapStep);
    EXPECT_TRUE(map->isVisible());
    w.setPresenting(false);
    EXPECT_FALSE(map->isVisible());
    EXPECT_EQ(splitter->indexOf(w.charts()), 2);
    EXPECT_EQ(splitter->count(), 5);
}
