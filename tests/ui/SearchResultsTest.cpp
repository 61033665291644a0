#include "ui/panels/SearchResultsModel.h"
#include "ui/panels/SidePanel.h"

#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include <gtest/gtest.h>

using namespace khronika;

TEST(SearchResultsModel, IsAWellBehavedModelOfTheEventsFoundInTimeOrder)
{
    ViewState state(test::builtinTimeline());
    SearchResultsModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setQuery(QStringLiteral("  бухарин "));
    ASSERT_GT(model.rowCount(), 1);
    EXPECT_EQ(model.events(), state.timeline().search(QStringLiteral("бухарин")));
    int previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const int e = index.data(SearchResultsModel::EventIndexRole).toInt();
        EXPECT_GT(e, previous) << "not in time order";
        previous = e;
        const Event &event = state.timeline().event(e);
        EXPECT_EQ(index.data().toString(), event.date.toIso() + QStringLiteral(" — ") + event.title);
        EXPECT_EQ(index.data(Qt::ToolTipRole).toString(), event.summary);
        EXPECT_TRUE(model.flags(index) & Qt::ItemIsSelectable);
    }
    model.setQuery(QStringLiteral("no-such-word-anywhere"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0).data().toString().contains(QStringLiteral("no-such-word-anywhere")));
    EXPECT_FALSE(model.index(0).data(SearchResultsModel::EventIndexRole).isValid());
    EXPECT_FALSE(model.flags(model.index(0)) & Qt::ItemIsSelectable) << "\"No event matches\" can be chosen";
    model.setQuery(QString());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SearchResultsModel, TheKeyboardChoosesAResultInThePanel)
{
    ViewState state(test::builtinTimeline());
    SidePanel panel(&state);
    panel.resize(320, 800);
    panel.show();
    QTest::keyClicks(panel.searchField(), QStringLiteral("plenum"));
    QListView *results = panel.searchResults();
    ASSERT_TRUE(results->isVisible());
    ASSERT_GT(results->model()->rowCount(), 1);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Home);
    QTest::keyClick(results, Qt::Key_Down);
    const QModelIndex current = results->currentIndex();
    ASSERT_EQ(current.row(), 1);
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(state.selectedEvent(), current.data(SearchResultsModel::EventIndexRole).toInt());
    // Nothing found: the row that says so selects nothing.
    const int chosen = state.selectedEvent();
    panel.searchField()->setText(QStringLiteral("no-such-word-anywhere"));
    QTest::mouseClick(
        results->viewport(), Qt::LeftButton, {}, results->visualRect(results->model()->index(0, 0)).center());
    EXPECT_EQ(state.selectedEvent(), chosen);
    panel.searchField()->clear();
    EXPECT_FALSE(results->isVisible());
}
