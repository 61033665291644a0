#include "ui/timeline/TimelineView.h"
#include "ui/Theme.h"
#include "ui/timeline/OverviewStrip.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/DataSetLoader.h"
#include "core/SyntheticDataSet.h"
#include "data/BuiltinData.h"

#include <QApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSet>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

using namespace khronika;

namespace {

std::shared_ptr<const Timeline> builtin()
{
    return test::builtinTimeline();
}

double day(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}

// A timeline view on the built-in data, laid out at a classroom size.
struct Fixture {
    ViewState state {builtin()};
    TimelineView view {&state};
    Fixture(int w = 1280, int h = 640)
    {
        view.resize(w, h);
        view.show();
    }
};

void wheel(QWidget *w, QPointF pos, QPoint angle)
{
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), angle, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
        Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

} // namespace

TEST(TimelineView, WheelZoomKeepsTheDateUnderThePointer)
{
    Fixture f;
    for (double x : {300.0, 640.0, 1100.0}) {
        for (int notches : {1, 3, -2}) {
            f.state.setWindow(day(1928, 1, 1), day(1932, 1, 1));
            const double before = f.view.layout().dayForX(x);
            const double spanBefore = f.state.windowEnd() - f.state.windowStart();
            wheel(&f.view, QPointF(x, 300), QPoint(0, 120 * notches));
            const double spanAfter = f.state.windowEnd() - f.state.windowStart();
            EXPECT_NEAR(f.view.layout().dayForX(x), before, 1e-6) << "x " << x << " notches " << notches;
            EXPECT_NEAR(spanBefore / spanAfter, std::pow(1.25, notches), 1e-9);
        }
    }
}

TEST(TimelineView, ZoomsDownToDaysAndOutToTheWholePeriod)
{
    Fixture f;
    for (int i = 0; i < 60; ++i)
        f.view.zoomIn();
    EXPECT_NEAR(f.state.windowEnd() - f.state.windowStart(), 7.0, 1e-9);
    for (int i = 0; i < 60; ++i)
        f.view.zoomOut();
    EXPECT_DOUBLE_EQ(f.state.windowStart(), double(f.state.limits().first));
    EXPECT_DOUBLE_EQ(f.state.windowEnd(), double(f.state.limits().last + 1));
}

TEST(TimelineView, DraggingPansByTheDraggedDistance)
{
    Fixture f;
    f.state.setWindow(day(1926, 1, 1), day(1930, 1, 1));
    const double perPixel = 1.0 / f.view.layout().scale.pixelsPerDay();
    const double start = f.state.windowStart();
    mouse(&f.view, QEvent::MouseButtonPress, QPointF(800, 400), Qt::LeftButton);
    mouse(&f.view, QEvent::MouseMove, QPointF(750, 400), Qt::LeftButton);
    mouse(&f.view, QEvent::MouseMove, QPointF(700, 402), Qt::LeftButton);
    mouse(&f.view, QEvent::MouseButtonRelease, QPointF(700, 402), Qt::NoButton);
    EXPECT_NEAR(f.state.windowStart() - start, 100 * perPixel, 1e-6);
    EXPECT_EQ(f.state.selectedEvent(), -1); // a drag is not a click
}

TEST(TimelineView, ArrowKeysStepThroughEventsAndPanWithShift)
{
    Fixture f;
    f.state.setWindow(day(1927, 1, 1), day(1928, 1, 1));
    const int first = f.state.timeline().eventIndex(QStringLiteral("november-7-demonstrations"));
    ASSERT_GE(first, 0);
    f.state.setSelectedEvent(first);
    QTest::keyClick(&f.view, Qt::Key_Right);
    EXPECT_EQ(f.state.selectedEvent(), first + 1);
    QTest::keyClick(&f.view, Qt::Key_Left);
    QTest::keyClick(&f.view, Qt::Key_Left);
    EXPECT_EQ(f.state.selectedEvent(), first - 1);
    // The view follows the selection.
    const DayRange r = f.state.timeline().eventRange(first - 1);
    EXPECT_LE(f.state.windowStart(), double(r.first));
    EXPECT_GE(f.state.windowEnd(), double(r.last));

    const double start = f.state.windowStart();
    QTest::keyClick(&f.view, Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_GT(f.state.windowStart(), start);
    EXPECT_EQ(f.state.selectedEvent(), first - 1);
}

TEST(TimelineView, ClickingAnEventSelectsIt)
{
    Fixture f;
    f.state.setWindow(day(1927, 1, 1), day(1928, 1, 1));
    const TimelineLayout &l = f.view.layout();
    ASSERT_FALSE(l.labels.empty());
    const LaneLabel label = l.labels.front();
    QTest::mouseClick(&f.view, Qt::LeftButton, Qt::NoModifier, label.rect.center().toPoint());
    EXPECT_EQ(f.state.selectedEvent(), label.event);

    const EventMark mark = f.view.layout().marks.back();
    QTest::mouseClick(&f.view, Qt::LeftButton, Qt::NoModifier, mark.marker.center().toPoint());
    const int selected = f.state.selectedEvent();
    const auto &marks = f.view.layout().marks;
    EXPECT_TRUE(std::any_of(marks.begin(), marks.end(), [&](const EventMark &m) {
        return m.event == selected && m.marker.adjusted(-5, -7, 5, 7).contains(mark.marker.center());
    }));
}

TEST(TimelineView, TracingHighlightsExactlyTheActorsEvents)
{
    Fixture f;
    const Timeline &t = f.state.timeline();
    f.state.setTracedActors({t.actorIndex(QStringLiteral("bukharin"))});
    const TimelineLayout &l = f.view.layout();
    ASSERT_FALSE(l.marks.empty());
    int highlighted = 0;
    for (const EventMark &m : l.marks) {
        const auto &actors = t.event(m.event).actors;
        const bool his
            = std::any_of(actors.begin(), actors.end(), [](const ActorRef &a) { return a.id == u"bukharin"; });
        EXPECT_EQ(m.highlighted, his) << t.event(m.event).id.toStdString();
        EXPECT_EQ(m.dimmed, !his);
        highlighted += m.highlighted;
    }
    EXPECT_GT(highlighted, 10);

    // The selected event stays at full strength even when it is not the traced person's.
    const int other = t.eventIndex(QStringLiteral("kirov-murder"));
    f.state.setSelectedEvent(other);
    const auto &marks = f.view.layout().marks;
    const auto mark = std::find_if(marks.begin(), marks.end(), [&](const EventMark &m) { return m.event == other; });
    ASSERT_NE(mark, marks.end());
    EXPECT_FALSE(mark->highlighted);
    EXPECT_FALSE(mark->dimmed);
}

TEST(TimelineView, FactionFilterShowsOnlyThatFactionsEvents)
{
    Fixture f;
    const Timeline &t = f.state.timeline();
    f.state.showOnlyFactions({t.factionIndex(QStringLiteral("right-opposition"))});
    const TimelineLayout &l = f.view.layout();
    QSet<int> shown;
    for (const EventMark &m : l.marks)
        shown.insert(m.event);
    QSet<int> expected;
    for (int e = 0; e < t.eventCount(); ++e) {
        const auto &fs = t.event(e).factions;
        if (std::find(fs.begin(), fs.end(), QStringLiteral("right-opposition")) != fs.end())
            expected.insert(e);
    }
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(shown, expected);
    ASSERT_EQ(l.lanes.size(), 1u);
}

TEST(TimelineView, EveryVisibleEventIsLabelledOrCountedAndLabelsNeverOverlap)
{
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(800, 500)}) {
        Fixture f(size.width(), size.height());
        for (LaneMode mode : {LaneMode::Faction, LaneMode::Category, LaneMode::Actor}) {
            f.state.setLaneMode(mode);
            for (const auto &[from, to] : {std::pair {day(1922, 1, 1), day(1942, 1, 1)},
                     std::pair {day(1927, 1, 1), day(1928, 1, 1)}, std::pair {day(1934, 11, 20), day(1934, 12, 20)}}) {
                f.state.setWindow(from, to);
                const TimelineLayout &l = f.view.layout();
                for (size_t lane = 0; lane < l.lanes.size(); ++lane) {
                    QSet<int> marked, accounted;
                    for (const EventMark &m : l.marks) {
                        if (m.lane == int(lane))
                            marked.insert(m.event);
                    }
                    std::vector<QRectF> rects;
                    for (const LaneLabel &label : l.labels) {
                        if (label.lane != int(lane))
                            continue;
                        EXPECT_FALSE(accounted.contains(label.event));
                        accounted.insert(label.event);
                        for (const QRectF &r : rects)
                            EXPECT_FALSE(r.intersects(label.rect)) << "overlapping labels";
                        rects.push_back(label.rect);
                        EXPECT_TRUE(l.lanes[lane].rect.contains(label.rect)) << "label outside its lane";
                    }
                    for (const LaneCluster &c : l.clusters) {
                        if (c.lane != int(lane))
                            continue;
                        EXPECT_GE(c.rect.left(), l.lanes[lane].rect.left() - 0.5) << "count cut by the left edge";
                        EXPECT_LE(c.rect.right(), l.lanes[lane].rect.right() + 0.5) << "count cut by the right edge";
                        for (int e : c.events) {
                            EXPECT_FALSE(accounted.contains(e));
                            accounted.insert(e);
                        }
                    }
                    // What is neither named nor counted is a lone marker, drawn and uncovered.
                    for (const EventMark &m : l.marks) {
                        if (m.lane != int(lane) || accounted.contains(m.event) || m.clustered)
                            continue;
                        accounted.insert(m.event);
                        for (const LaneCluster &c : l.clusters) {
                            if (c.lane == int(lane) && !m.span) {
                                EXPECT_FALSE(c.rect.intersects(m.marker)) << "a count covers a lone marker";
                            }
                        }
                    }
                    EXPECT_EQ(marked, accounted) << "lane " << l.lanes[lane].title.toStdString();
                }
            }
        }
    }
}

TEST(TimelineView, ALoneEventKeepsItsMarkerInsteadOfACountOfOne)
{
    // At 1280x720 several faction lanes are one marker row high: their events cannot be named.
    Fixture f(1280, 720);
    int lone = 0;
    for (const auto &[from, to] : {std::pair {day(1922, 1, 1), day(1942, 1, 1)},
             std::pair {day(1930, 1, 1), day(1934, 1, 1)}, std::pair {day(1936, 1, 1), day(1939, 1, 1)}}) {
        f.state.setWindow(from, to);
        const TimelineLayout &l = f.view.layout();
        for (const LaneCluster &c : l.clusters)
            EXPECT_GE(c.events.size(), 2u) << "a count of one in lane " << l.lanes[size_t(c.lane)].title.toStdString();
        for (const EventMark &m : l.marks) {
            const bool labelled = std::any_of(l.labels.begin(), l.labels.end(),
                [&](const LaneLabel &x) { return x.event == m.event && x.lane == m.lane; });
            lone += !m.span && !m.clustered && !labelled;
        }
    }
    EXPECT_GT(lone, 0) << "the case this test is about did not occur";
}

TEST(TimelineView, TooShortForLabelsOnEveryLaneTheBusiestLaneStillHasThem)
{
    // A chart below the timeline leaves it this little room in a classroom presentation.
    Fixture f(1280, 380);
    f.state.setWindow(day(1934, 1, 1), day(1941, 1, 1));
    const TimelineLayout &l = f.view.layout();
    ASSERT_GE(l.lanes.size(), 5u);
    size_t busiest = 0;
    for (size_t i = 0; i < l.lanes.size(); ++i) {
        EXPECT_GE(l.lanes[i].rect.height(), 24.0) << "every lane keeps its row of markers";
        if (l.lanes[i].events.size() > l.lanes[busiest].events.size())
            busiest = i;
    }
    int named = 0;
    for (const LaneLabel &label : l.labels)
        named += label.lane == int(busiest);
    EXPECT_GT(named, 0) << "the busiest lane shows counts alone";
}

TEST(TimelineView, AtTheLeastHeightThatNamesSomethingTheSelectedEventIsNamed)
{
    // Presenting a chart step on a projector, the timeline is given just this much: a marker row on
    // every lane and one row of labels, which goes to the selected event's lane, busy or not.
    Fixture f(1920, 640);
    f.state.setWindow(day(1930, 3, 1), day(1935, 3, 1));
    const TimelineLayout *l = &f.view.layout();
    ASSERT_GE(l->lanes.size(), 4u);
    ASSERT_LT(l->namedHeight, l->labelledHeight);
    // An event of the quietest lane that is not the busiest's: slices in proportion to the lanes'
    // business would name nothing there.
    size_t quiet = 0;
    for (size_t i = 0; i < l->lanes.size(); ++i) {
        if (l->lanes[i].events.size() < l->lanes[quiet].events.size())
            quiet = i;
    }
    const int e = l->lanes[quiet].events.front();
    f.state.setSelectedEvent(e);
    f.view.resize(1920, int(std::ceil(l->namedHeight)));
    l = &f.view.layout();
    bool named = false;
    for (const LaneLabel &label : l->labels)
        named = named || label.event == e;
    EXPECT_TRUE(named) << f.state.timeline().event(e).title.toStdString();
    for (const Lane &lane : l->lanes)
        EXPECT_GE(lane.rect.height(), 24.0) << "every lane keeps its row of markers";
}

TEST(TimelineView, ASqueezedLaneIsStillNamedInSmallerTypeThatFitsIt)
{
    // A 1280x720 projector with a chart under the timeline: six lanes in a little over 100 pixels.
    Fixture f(1280, 220);
    f.view.setTheme(Theme::projector());
    f.state.setWindow(day(1930, 3, 1), day(1935, 3, 1));
    const TimelineLayout &l = f.view.layout();
    ASSERT_GE(l.lanes.size(), 5u);
    const QFontMetricsF full(Theme::projector().font(1.0, true));
    int smaller = 0;
    for (size_t i = 0; i < l.lanes.size(); ++i) {
        const Lane &lane = l.lanes[i];
        const TimelineView::LaneTitle title = f.view.laneTitle(int(i));
        EXPECT_FALSE(title.lines.isEmpty()) << lane.title.toStdString() << " lost its name";
        const QFontMetricsF used(Theme::projector().font(title.scale, true));
        // Whole lines only: no letters cut by the neighbouring lanes.
        EXPECT_LE(used.height() * double(title.lines.size()), lane.rect.height()) << lane.title.toStdString();
        smaller += title.scale < 1.0 && lane.rect.height() < full.height() + 4;
    }
    EXPECT_GT(smaller, 0) << "the lanes were not squeezed: the test proves nothing";
}

TEST(TimelineView, TheSelectedEventIsNamedInFullWhenThereIsRoom)
{
    Fixture f(1920, 1080);
    const Timeline &t = f.state.timeline();
    const int e = t.eventIndex(QStringLiteral("distortions-resolution")); // a 70-character title
    ASSERT_GE(e, 0);
    f.state.setWindow(day(1930, 3, 1), day(1930, 4, 30));
    const auto labelOf = [&]() -> QString {
        for (const LaneLabel &l : f.view.layout().labels) {
            if (l.event == e)
                return l.text;
        }
        return {};
    };
    // Unselected, a long title is shortened only where a neighbour needs the room: drawn whole, it
    // would run into the next label on its row (or past the edge) ...
    const TimelineLayout &before = f.view.layout();
    for (const LaneLabel &label : before.labels) {
        if (!label.cut)
            continue;
        const bool bold = t.event(label.event).importance == 3;
        const double whole = QFontMetricsF(Theme().font(1.0, bold)).horizontalAdvance(t.event(label.event).title);
        const QRectF full(label.rect.left(), label.rect.top(), whole, label.rect.height());
        bool crowded = full.right() > before.plot.right();
        for (const LaneLabel &other : before.labels)
            crowded
                = crowded || (other.event != label.event && other.lane == label.lane && full.intersects(other.rect));
        EXPECT_TRUE(crowded) << t.event(label.event).id.toStdString() << " was cut with room to spare";
    }
    // ... and the event the teacher has selected is named in full.
    f.state.setSelectedEvent(e);
    f.state.setWindow(day(1930, 3, 1), day(1930, 4, 30));
    EXPECT_EQ(labelOf(), t.event(e).title);
}

TEST(TimelineView, ACountNeverCoversTheSelectedEventsRing)
{
    Fixture f(1280, 720);
    const Timeline &t = f.state.timeline();
    int covered = 0, checked = 0;
    for (int e = 0; e < t.eventCount(); ++e) {
        f.state.setSelectedEvent(e);
        const double first = double(t.eventRange(e).first);
        for (const auto &[from, to] :
            {std::pair {day(1922, 1, 1), day(1942, 1, 1)}, std::pair {first - 120, first + 120}}) {
            f.state.setWindow(from, to);
            const TimelineLayout &l = f.view.layout();
            for (const EventMark &m : l.marks) {
                // Dots, and bars so short that a count could hide them (a long bar shows around one).
                if (m.event != e || (m.span && m.marker.width() > 40))
                    continue;
                const QPointF c = m.marker.center();
                const QRectF ring = m.span ? m.marker.adjusted(-3, -3, 3, 3)
                                           : QRectF(c.x() - kSelectionRingRadius, c.y() - kSelectionRingRadius,
                                               2 * kSelectionRingRadius, 2 * kSelectionRingRadius);
                for (const LaneCluster &badge : l.clusters) {
                    if (badge.lane != m.lane)
                        continue;
                    ++checked;
                    if (badge.rect.intersects(ring)) {
                        ++covered;
                        ADD_FAILURE() << t.event(e).id.toStdString() << ": a count covers the selected marker";
                    }
                    // Moving aside does not carry a count away from the events it stands for.
                    const double firstX = l.xForDay(badge.firstDay);
                    const double lastX = l.xForDay(badge.lastDay);
                    EXPECT_LT(badge.rect.left(), lastX + 2 * kSelectionRingRadius + 4);
                    EXPECT_GT(badge.rect.right(), firstX - 2 * kSelectionRingRadius - 4);
                }
            }
        }
    }
    EXPECT_GT(checked, 100); // the check ran on crowded lanes, not on empty ones
    EXPECT_EQ(covered, 0);
}

TEST(OverviewStrip, DragsAndResizesTheVisibleWindow)
{
    ViewState state(builtin());
    OverviewStrip strip(&state);
    strip.resize(1280, 64);
    strip.show();
    state.setWindow(day(1927, 1, 1), day(1929, 1, 1));
    const double span = state.windowEnd() - state.windowStart();
    const QRectF w = strip.windowRect();

    // Drag the middle: the window moves by the dragged distance, keeping its span.
    mouse(&strip, QEvent::MouseButtonPress, w.center(), Qt::LeftButton);
    mouse(&strip, QEvent::MouseMove, w.center() + QPointF(100, 0), Qt::LeftButton);
    mouse(&strip, QEvent::MouseButtonRelease, w.center() + QPointF(100, 0), Qt::NoButton);
    EXPECT_NEAR(state.windowEnd() - state.windowStart(), span, 1e-6);
    EXPECT_NEAR(state.windowStart(), strip.dayForX(w.left() + 100), 1e-6);

    // Drag the right edge: the window grows, its start stays.
    const QRectF moved = strip.windowRect();
    const double start = state.windowStart();
    mouse(&strip, QEvent::MouseButtonPress, QPointF(moved.right(), 30), Qt::LeftButton);
    mouse(&strip, QEvent::MouseMove, QPointF(moved.right() + 80, 30), Qt::LeftButton);
    mouse(&strip, QEvent::MouseButtonRelease, QPointF(moved.right() + 80, 30), Qt::NoButton);
    EXPECT_NEAR(state.windowStart(), start, 1e-6);
    EXPECT_GT(state.windowEnd() - state.windowStart(), span * 1.2);

    // Click beside the window: it centres there.
    mouse(&strip, QEvent::MouseButtonPress, QPointF(strip.xForDay(day(1938, 1, 1)), 30), Qt::LeftButton);
    mouse(&strip, QEvent::MouseButtonRelease, QPointF(strip.xForDay(day(1938, 1, 1)), 30), Qt::NoButton);
    EXPECT_NEAR((state.windowStart() + state.windowEnd()) / 2, day(1938, 1, 1), 1.0);
}

TEST(TimelineView, TickLabelsOnTheAxisNeverOverlapAtAnyZoom)
{
    Fixture f(1280, 600);
    f.state.setWindow(double(f.state.limits().first), double(f.state.limits().last + 1));
    const QFontMetricsF fm(f.view.theme().font(0.95, true));
    for (int step = 0; step < 40; ++step) {
        const TimelineLayout &l = f.view.layout();
        double lastMinorRight = -1e9, lastMajorRight = -1e9;
        for (const Tick &t : l.ticks) {
            if (t.label.isEmpty())
                continue;
            double &lastRight = t.major ? lastMajorRight : lastMinorRight;
            EXPECT_GE(t.x, lastRight) << t.label.toStdString();
            lastRight = t.x + fm.horizontalAdvance(t.label);
            EXPECT_LE(TimelineLayout::kGutter + t.x + 4 + fm.horizontalAdvance(t.label), double(f.view.width()))
                << "cut off at the right edge: " << t.label.toStdString();
        }
        f.view.zoomIn();
    }
}

TEST(TimelineView, PinchZoomsAtTheFingersAndHorizontalScrollPans)
{
    Fixture f;
    f.state.setWindow(day(1928, 1, 1), day(1932, 1, 1));
    const QPointF at(500, 300);
    const double before = f.view.layout().dayForX(at.x());
    const double span = f.state.windowEnd() - f.state.windowStart();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
        f.view.mapToGlobal(at), 0.5, QPointF());
    QApplication::sendEvent(&f.view, &pinch);
    EXPECT_NEAR(f.state.windowEnd() - f.state.windowStart(), span / 1.5, 1e-6);
    EXPECT_NEAR(f.view.layout().dayForX(at.x()), before, 1e-6);

    const double start = f.state.windowStart();
    wheel(&f.view, at, QPoint(-120, 0)); // a touchpad swipe to the left shows later dates
    EXPECT_GT(f.state.windowStart(), start);
    EXPECT_NEAR(f.state.windowEnd() - f.state.windowStart(), span / 1.5, 1e-6);
}

// A data set far denser than the built-in one (the benchmarks' generator: clustered dates, spans,
// events known to the month or year, events of two factions), in every lane mode and at three zooms.
TEST(TimelineView, DenseDataIsAggregatedWhateverItsShapeAndEveryCountIsExact)
{
    SyntheticOptions options;
    options.events = 6000;
    LoadResult loaded = DataSetLoader::loadBuffers(syntheticDataSetFiles(options));
    ASSERT_TRUE(loaded.ok());
    ViewState state(std::make_shared<const Timeline>(std::move(loaded.data)));
    TimelineView view(&state);
    view.resize(1920, 1080);
    int imprecisePointsCounted = 0;
    for (const LaneMode mode : {LaneMode::Faction, LaneMode::Category, LaneMode::Actor}) {
        state.setLaneMode(mode);
        for (const auto &[from, to] : {std::pair {day(1922, 1, 1), day(1942, 1, 1)},
                 std::pair {day(1937, 1, 1), day(1938, 1, 1)}, std::pair {day(1937, 3, 1), day(1937, 4, 1)}}) {
            state.setWindow(from, to);
            const TimelineLayout &l = view.layout();
            const Timeline &t = state.timeline();
            // Every mark a count stands for is in exactly one count of its lane, and no count holds
            // an event twice.
            std::map<std::pair<int, int>, int> countedIn; // (lane, event) -> counts holding it
            for (const LaneCluster &c : l.clusters) {
                const std::set<int> distinct(c.events.begin(), c.events.end());
                EXPECT_EQ(distinct.size(), c.events.size()) << "an event counted twice in one count";
                for (int e : c.events)
                    ++countedIn[{c.lane, e}];
            }
            std::vector<int> drawnPerLane(l.lanes.size(), 0);
            for (const EventMark &m : l.marks) {
                const auto it = countedIn.find({m.lane, m.event});
                const int counts = it == countedIn.end() ? 0 : it->second;
                EXPECT_LE(counts, 1) << t.event(m.event).id.toStdString() << " in two counts";
                if (m.clustered) {
                    EXPECT_EQ(counts, 1) << t.event(m.event).id.toStdString() << " hidden without a number";
                }
                if (m.clustered && m.span && !m.bar)
                    ++imprecisePointsCounted;
                drawnPerLane[size_t(m.lane)] += !m.clustered && !m.covered;
            }
            for (size_t i = 0; i < l.lanes.size(); ++i)
                EXPECT_LE(drawnPerLane[i], int(l.lanes[i].rect.width()))
                    << "lane " << i << " draws more marks than pixels";
        }
    }
    EXPECT_GT(imprecisePointsCounted, 0) << "spans and months too short to draw as bars are never counted";
}

// The dense layout counts a crowded stretch from the lanes' densities instead of making a mark per
// event: every event of the window is still on its lanes, named, counted or drawn on each, and what the
// class is looking at is drawn and named however crowded its stretch.
TEST(TimelineView, DenseLayoutAccountsForEveryEventAndNamesTheSelectedOne)
{
    SyntheticOptions options;
    options.events = 6000;
    LoadResult loaded = DataSetLoader::loadBuffers(syntheticDataSetFiles(options));
    ASSERT_TRUE(loaded.ok());
    ViewState state(std::make_shared<const Timeline>(std::move(loaded.data)));
    const Timeline &t = state.timeline();
    TimelineView view(&state);
    view.resize(1920, 1080);
    int checkedSelections = 0;
    for (const auto &[from, to] : {std::pair {day(1922, 1, 1), day(1942, 1, 1)},
             std::pair {day(1936, 9, 14), day(1938, 2, 3)}, std::pair {day(1937, 3, 1), day(1937, 4, 1)}}) {
        state.setSelectedEvent(-1);
        state.setWindow(from, to);
        const TimelineLayout &l = view.layout();
        const DayRange window {Day(std::floor(l.scale.start())), Day(std::ceil(l.scale.end())) - 1};
        std::set<int> inWindow;
        for (const int e : t.eventsIn(window))
            inWindow.insert(e);
        // Faction lanes: every event is on one at least ("No faction" for none).
        std::set<int> onLanes;
        for (size_t lane = 0; lane < l.lanes.size(); ++lane) {
            const std::vector<int> &events = l.lanes[lane].events;
            const std::set<int> laneEvents(events.begin(), events.end());
            EXPECT_EQ(laneEvents.size(), events.size()) << "an event twice on lane " << lane;
            onLanes.insert(laneEvents.begin(), laneEvents.end());
            std::multiset<int> accounted;
            for (const LaneLabel &label : l.labels) {
                if (label.lane == int(lane))
                    accounted.insert(label.event);
            }
            for (const LaneCluster &c : l.clusters) {
                if (c.lane == int(lane))
                    accounted.insert(c.events.begin(), c.events.end());
            }
            for (const EventMark &m : l.marks) {
                if (m.lane == int(lane) && !m.clustered && !accounted.contains(m.event))
                    accounted.insert(m.event);
            }
            EXPECT_EQ(std::set<int>(accounted.begin(), accounted.end()), laneEvents) << "lane " << lane;
            EXPECT_EQ(accounted.size(), laneEvents.size()) << "an event named or counted twice on lane " << lane;
        }
        EXPECT_EQ(onLanes, inWindow) << "events of the window lost or added";
        if (from == day(1922, 1, 1)) {
            size_t onLaneCount = 0;
            for (const Lane &lane : l.lanes)
                onLaneCount += lane.events.size();
            EXPECT_LT(l.marks.size(), onLaneCount) << "the whole period was laid out event by event";
        }

        // The selected event, taken from the largest count, is drawn and named wherever it stands.
        const LaneCluster *largest = nullptr;
        for (const LaneCluster &c : l.clusters) {
            if (!largest || c.events.size() > largest->events.size())
                largest = &c;
        }
        ASSERT_NE(largest, nullptr);
        const int chosen = largest->events[largest->events.size() / 2];
        state.setSelectedEvent(chosen);
        state.setWindow(from, to); // selecting moves the cursor only; the window stays
        const TimelineLayout &selected = view.layout();
        EXPECT_TRUE(std::any_of(
            selected.labels.begin(), selected.labels.end(), [&](const LaneLabel &x) { return x.event == chosen; }))
            << t.event(chosen).id.toStdString() << " not named";
        EXPECT_TRUE(std::any_of(selected.marks.begin(), selected.marks.end(),
            [&](const EventMark &m) { return m.event == chosen && !m.clustered && !m.covered; }))
            << t.event(chosen).id.toStdString() << " not drawn";
        for (const LaneCluster &c : selected.clusters)
            EXPECT_EQ(std::count(c.events.begin(), c.events.end(), chosen), 0) << "the selected event counted";
        ++checkedSelections;
    }
    EXPECT_EQ(checkedSelections, 3);
}
