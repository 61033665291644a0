// A lesson taught without a mouse: every step below is a key press sent to the widget that has the
// focus (or to the window, for shortcuts), never a click or a direct call.
#include "ui/MainWindow.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/charts/SeriesLegend.h"
#include "ui/charts/TimeChartView.h"
#include "ui/panels/SidePanel.h"
#include "ui/panels/TourEditor.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/timeline/TimelineView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace khronika;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Types text as key presses, Cyrillic too (QTest::keyClicks sends Latin-1 only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Answers the next modal dialog of type T by keys once it is up: the callback runs from the dialog's
// own event loop (posted again, never waiting on a clock, until the dialog is the active modal one).
template<typename T> void answer(QObject *context, std::function<void(T *)> act, int tries = 200)
{
    QTimer::singleShot(0, context, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<T *>(modal)) {
            QApplication::setActiveWindow(dialog); // the offscreen platform does not activate it
            act(dialog);
        } else if (tries > 0)
            answer<T>(context, act, tries - 1);
        else if (auto *other = qobject_cast<QDialog *>(modal)) {
            // Never left waiting: a dialog that is not the one expected is closed, and the test fails.
            ADD_FAILURE() << "expected a " << T::staticMetaObject.className() << ", found a "
                          << modal->metaObject()->className();
            other->reject();
        } else {
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " came up";
        }
    });
}

// Presses Tab until `reached` holds for the focused widget; false after a whole round of the window
// (a Tab order that never gets there).
template<typename Pred> bool tabUntil(QWidget *window, Pred reached, int most = 120)
{
    for (int i = 0; i < most; ++i) {
        if (focused() && reached(focused()))
            return true;
        QTest::keyClick(focused() ? focused() : window, Qt::Key_Tab);
    }
    return focused() && reached(focused());
}

} // namespace

TEST(Keyboard, ALessonByKeysAlone)
{
    QSettings().clear();
    MainWindow window(test::builtinTimeline());
    window.resize(1600, 1000);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(window.isActiveWindow());
    ViewState *state = window.state();
    const Timeline &t = state->timeline();

    // Ctrl+F: the search field; type a name the way a Russian keyboard writes it.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window.sidePanel()->searchField();
    ASSERT_EQ(focused(), search);
    type(search, QStringLiteral("Бухарин"));
    ASSERT_FALSE(state->searchMatches().empty());
    // Down to the results and Return: the first one found is selected.
    QTest::keyClick(search, Qt::Key_Tab);
    QListView *results = window.sidePanel()->searchResults();
    ASSERT_EQ(focused(), results);
    QTest::keyClick(results, Qt::Key_Home);
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(state->selectedEvent(), state->searchMatches().front());

    // Trace a person: Tab to the people's filter, type, Tab to the list, Space.
    ASSERT_TRUE(tabUntil(&window, [](QWidget *w) { return w->accessibleName() == u"Find a person"; }));
    type(focused(), QStringLiteral("Хрущев"));
    ASSERT_TRUE(tabUntil(&window, [&](QWidget *w) { return w == window.sidePanel()->actorView(); }));
    QTest::keyClick(focused(), Qt::Key_Home);
    QTest::keyClick(focused(), Qt::Key_Space);
    ASSERT_EQ(state->tracedActors().size(), 1);
    EXPECT_EQ(t.actor(state->tracedActors().front()).id, QStringLiteral("khrushchev"));
    // Return on the same person stops tracing them, as a second click does.
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_TRUE(state->tracedActors().isEmpty());

    // Ctrl+G: a date, typed; the cursor goes there.
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    auto *goTo = window.findChild<QInputDialog *>(QStringLiteral("goToDateDialog"));
    ASSERT_TRUE(goTo);
    QApplication::setActiveWindow(goTo);
    auto *dateField = goTo->findChild<QLineEdit *>();
    ASSERT_TRUE(dateField);
    dateField->selectAll();
    QTest::keyClicks(dateField, QStringLiteral("1929-11-17"));
    QTest::keyClick(dateField, Qt::Key_Return);
    EXPECT_EQ(state->cursor(), QDate(1929, 11, 17).toJulianDay());
    QApplication::setActiveWindow(&window);

    // Open a chart (Ctrl+J), pick the collectivisation chart on its tab bar, move the cursor with the
    // arrows in its plot, and hide a series from the legend with Space.
    window.setChartsVisible(false);
    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
    ASSERT_TRUE(window.charts()->isVisible());
    ASSERT_TRUE(
        tabUntil(&window, [&](QWidget *w) { return qobject_cast<QTabBar *>(w) && window.charts()->isAncestorOf(w); }));
    auto *tabs = qobject_cast<QTabBar *>(focused());
    const int wanted = int(EconomyCharts::chartIds().indexOf(QStringLiteral("collectivisation")));
    ASSERT_GE(wanted, 0);
    for (int i = 0; i < tabs->count() && tabs->currentIndex() != wanted; ++i)
        QTest::keyClick(tabs, tabs->currentIndex() < wanted ? Qt::Key_Right : Qt::Key_Left);
    ASSERT_EQ(window.charts()->currentChart(), QStringLiteral("collectivisation"));
    ASSERT_TRUE(tabUntil(&window, [](QWidget *w) { return qobject_cast<TimeChartView *>(w) != nullptr; }));
    const Day before = state->cursor();
    QTest::keyClick(focused(), Qt::Key_Right);
    EXPECT_EQ(state->cursor(), QDate::fromJulianDay(before).addMonths(1).toJulianDay());
    QTest::keyClick(focused(), Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(state->cursor(), QDate::fromJulianDay(before).addMonths(1).addYears(-1).toJulianDay());
    ASSERT_TRUE(tabUntil(&window, [](QWidget *w) { return qobject_cast<SeriesLegend *>(w) != nullptr; }));
    auto *legend = qobject_cast<SeriesLegend *>(focused());
    ASSERT_FALSE(legend->entries().empty());
    const bool shownBefore = legend->entries().front().shown;
    QTest::keyClick(legend, Qt::Key_Home); // not an entry key: ignored, the first entry stays focused
    QTest::keyClick(legend, Qt::Key_Space);
    EXPECT_NE(legend->entries()[size_t(legend->focusedEntry())].shown, shownBefore);

    // Present a tour from the Tours menu (Alt+T, Return on the first tour), step on with PageDown.
    window.setFullScreenWhenPresenting(false);
    QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_TRUE(menu);
    QTest::keyClick(menu, Qt::Key_Return);
    ASSERT_TRUE(window.tourPlayer()->isPlaying());
    ASSERT_TRUE(window.isPresenting());
    const int step = window.tourPlayer()->step();
    QTest::keyClick(&window, Qt::Key_PageDown);
    EXPECT_EQ(window.tourPlayer()->step(), step + 1);
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(window.isPresenting());

    // Export the view (Ctrl+E): the file dialog and the size dialog answered by keys.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lesson.png"));
    bool named = false, sized = false;
    answer<QFileDialog>(&window, [&](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        ASSERT_TRUE(name);
        name->selectAll();
        QTest::keyClicks(name, file);
        named = true;
        answer<QInputDialog>(&window, [&](QInputDialog *size) {
            auto *field = size->findChild<QLineEdit *>();
            ASSERT_TRUE(field);
            field->selectAll();
            QTest::keyClicks(field, QStringLiteral("800x500"));
            sized = true;
            QTest::keyClick(field, Qt::Key_Return);
        });
        // The file name's completion list, if it opened, would take the Return for itself.
        if (QCompleter *completer = name->completer(); completer && completer->popup()->isVisible())
            QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTest::keyClick(name, Qt::Key_Return);
        // Qt's own dialog on the offscreen platform does not always take Return from the name field:
        // then Tab to its Save button and press Space, as a keyboard user would.
        for (int i = 0; i < 12 && dialog->isVisible(); ++i) {
            if (auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget()); button && button->isEnabled()
                && dialog->isAncestorOf(button) && button->text().contains(QStringLiteral("Save"))) {
                QTest::keyClick(button, Qt::Key_Space);
                break;
            }
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Tab);
        }
        if (dialog->isVisible()) {
            QWidget *button = dialog->focusWidget();
            ADD_FAILURE() << "the file dialog did not take " << name->text().toStdString() << "; focus on "
                          << (button ? button->metaObject()->className() : "nothing") << ", selected "
                          << dialog->selectedFiles().join(u',').toStdString();
            dialog->reject();
        }
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    EXPECT_TRUE(named);
    EXPECT_TRUE(sized);
    EXPECT_TRUE(QFileInfo(file).size() > 0) << file.toStdString();
    QSettings().clear();
}

TEST(Keyboard, TourStepsMoveWithAltUpAndDown)
{
    ViewState state(test::builtinTimeline());
    TourEditor editor(&state, QDir::tempPath());
    editor.show();
    QApplication::setActiveWindow(&editor);
    for (int year : {1925, 1929, 1933}) {
        state.setWindow(double(QDate(year, 1, 1).toJulianDay()), double(QDate(year + 1, 1, 1).toJulianDay()));
        editor.addCurrentViewAsStep();
    }
    auto *steps = editor.findChild<QListWidget *>(QStringLiteral("tourSteps"));
    ASSERT_TRUE(steps);
    steps->setFocus();
    const QString first = editor.tour().steps[0].title;
    const QString last = editor.tour().steps[2].title;
    steps->setCurrentRow(0);
    QTest::keyClick(steps, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(editor.tour().steps[1].title, first);
    EXPECT_EQ(steps->currentRow(), 1);
    steps->setCurrentRow(2);
    QTest::keyClick(steps, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(editor.tour().steps[1].title, last);
    // Past the ends nothing moves.
    steps->setCurrentRow(0);
    const QString top = editor.tour().steps[0].title;
    QTest::keyClick(steps, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(editor.tour().steps[0].title, top);
}
