#include "ui/state/ViewState.h"
#include "ui/panels/ActorListModel.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

std::shared_ptr<const Timeline> builtin()
{
    return test::builtinTimeline();
}

bool names(const Event &e, const QString &actor)
{
    return std::any_of(e.actors.begin(), e.actors.end(), [&](const ActorRef &a) { return a.id == actor; });
}

} // namespace

TEST(ViewState, WindowStaysInsideLimitsAndAboveAWeek)
{
    ViewState state(builtin());
    QSignalSpy spy(&state, &ViewState::windowChanged);
    state.setWindow(double(state.limits().first) - 5000, double(state.limits().first) - 4000);
    EXPECT_DOUBLE_EQ(state.windowStart(), double(state.limits().first));
    EXPECT_DOUBLE_EQ(state.windowEnd() - state.windowStart(), 1000.0);
    state.setWindow(1000.0 + state.windowStart(), 1000.5 + state.windowStart());
    EXPECT_DOUBLE_EQ(state.windowEnd() - state.windowStart(), 7.0);
    EXPECT_EQ(spy.count(), 2);
}

TEST(ViewState, FactionFilterHidesExactlyTheOtherFactionsEvents)
{
    ViewState state(builtin());
    const Timeline &t = state.timeline();
    const int left = t.factionIndex(QStringLiteral("left-opposition"));
    ASSERT_GE(left, 0);
    state.showOnlyFactions({left});
    int shown = 0;
    for (int e = 0; e < t.eventCount(); ++e) {
        const auto &f = t.event(e).factions;
        const bool isLeft = std::find(f.begin(), f.end(), QStringLiteral("left-opposition")) != f.end();
        EXPECT_EQ(state.passesFilters(e), isLeft) << t.event(e).id.toStdString();
        shown += isLeft;
    }
    EXPECT_GT(shown, 5);
}

TEST(ViewState, TracingAnActorHighlightsExactlyTheirEvents)
{
    ViewState state(builtin());
    const Timeline &t = state.timeline();
    for (int e = 0; e < t.eventCount(); ++e)
        EXPECT_FALSE(state.isHighlighted(e));
    state.setTracedActors({t.actorIndex(QStringLiteral("bukharin"))});
    int highlighted = 0;
    for (int e = 0; e < t.eventCount(); ++e) {
        EXPECT_EQ(state.isHighlighted(e), names(t.event(e), QStringLiteral("bukharin"))) << t.event(e).id.toStdString();
        highlighted += state.isHighlighted(e);
    }
    EXPECT_GT(highlighted, 10);
}

TEST(ViewState, SelectingAnEventMovesTheCursorToIt)
{
    ViewState state(builtin());
    const int e = state.timeline().eventIndex(QStringLiteral("november-1929-plenum"));
    ASSERT_GE(e, 0);
    QSignalSpy spy(&state, &ViewState::cursorChanged);
    state.setSelectedEvent(e);
    EXPECT_EQ(state.cursor(), state.timeline().eventRange(e).first);
    EXPECT_EQ(spy.count(), 1);
}

TEST(ViewState, EveryViewSharesTheWidestGutterAnyViewNeeds)
{
    ViewState state(builtin());
    QSignalSpy spy(&state, &ViewState::gutterChanged);
    EXPECT_DOUBLE_EQ(state.gutter(), TimeAxisGeometry::kGutter);
    QObject timeline, chart;
    // Less than the least gutter changes nothing.
    state.setGutterNeed(&timeline, 120);
    EXPECT_DOUBLE_EQ(state.gutter(), TimeAxisGeometry::kGutter);
    EXPECT_EQ(spy.count(), 0);
    state.setGutterNeed(&timeline, 201.4);
    EXPECT_DOUBLE_EQ(state.gutter(), 202.0); // whole pixels
    {
        QObject exported;
        state.setGutterNeed(&exported, 260);
        state.setGutterNeed(&chart, 230);
        EXPECT_DOUBLE_EQ(state.gutter(), 260.0);
    }
    // A view that is gone needs nothing any more (said once it is wholly gone).
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(state.gutter(), 230.0);
    state.setGutterNeed(&chart, 0);
    EXPECT_DOUBLE_EQ(state.gutter(), 202.0);
    EXPECT_EQ(spy.count(), 4);
}

TEST(ActorListModel, IsAWellBehavedModelThatFollowsTracing)
{
    ViewState state(builtin());
    ActorListModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), state.timeline().actorCount());
    const int bukharin = state.timeline().actorIndex(QStringLiteral("bukharin"));
    const QModelIndex index = model.index(bukharin);
    EXPECT_EQ(index.data(Qt::DisplayRole).toString(), QStringLiteral("Nikolai Bukharin"));
    EXPECT_EQ(index.data(ActorListModel::SortKeyRole).toString(), QStringLiteral("Bukharin"));
    // Folded as the search field's text is folded, so that either finds the other.
    EXPECT_TRUE(index.data(ActorListModel::SearchTextRole).toString().contains(QStringLiteral("бухарин")));
    EXPECT_EQ(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    state.setTracedActors({bukharin});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}
