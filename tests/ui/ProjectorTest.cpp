// The classroom projector's rules, held on what the window draws (ViewDump, as `--dump-view` writes it)
// at 1024x768, 1280x720 and 1920x1080, in every theme, presenting and not.
#include "ui/MainWindow.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "ui/export/ViewDump.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace khronika;

namespace {

const QList<QSize> kSizes {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)};
const QList<Theme::Kind> kThemes {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector};

// A main window opened as `khronika --size WxH [--event ID]` opens it: nothing remembered.
struct Explorer {
    MainWindow w {test::builtinTimeline()};
    Explorer(QSize size, Theme::Kind theme, const QString &event = {})
    {
        w.setFullScreenWhenPresenting(false);
        w.state()->setAnimationsEnabled(false);
        ExplorerOptions options;
        options.size = size;
        options.event = event;
        w.apply(options);
        w.setThemeKind(theme);
        w.show();
        settle();
    }
    void settle()
    {
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
    }
    ViewDump dump() const
    {
        ViewDump d = ViewDump::of(&w);
        w.describe(d);
        return d;
    }
};

std::string where(QSize size, Theme::Kind theme)
{
    return std::to_string(size.width()) + "x" + std::to_string(size.height()) + " " + Theme::name(theme).toStdString();
}

bool isYear(const QString &text)
{
    // "1927", or a month or quarter that carries its year ("Nov 1927", "Q3 1927").
    static const QRegularExpression year(QStringLiteral("(^|\\s)(1[89]|20)\\d\\d$"));
    return year.match(text).hasMatch();
}

// The rules every view of the timeline keeps, presenting or not.
void checkTimeline(const ViewDump &d, double leastLabelPixels, const std::string &ctx)
{
    const auto axis = d.textsOfKind(QStringLiteral("axis"));
    const auto cursor = d.textsOfKind(QStringLiteral("cursor"));
    const auto labels = d.textsOfKind(QStringLiteral("event-label"));
    const auto titles = d.textsOfKind(QStringLiteral("lane-title"));
    // 1: the axis names years.
    EXPECT_GE(std::count_if(axis.begin(), axis.end(), [](const DrawnText &t) { return isYear(t.text); }), 1) << ctx;
    // 6: the cursor's date covers no label of the axis.
    for (const DrawnText &c : cursor) {
        for (const DrawnText &a : axis)
            EXPECT_FALSE(c.rect.intersects(a.rect)) << ctx << " the cursor covers " << a.text.toStdString();
    }
    // 1: every lane title is readable: whole (or its short form), not cut; presenting a chart step,
    // a lane squeezed to its marker row names itself in smaller type, in a gutter widened for it.
    for (const DrawnText &t : titles)
        EXPECT_FALSE(t.cut) << ctx << " lane title cut: " << t.text.toStdString();
    // 5: one label per event; labels never overlap one another.
    std::set<QString> named;
    for (size_t i = 0; i < labels.size(); ++i) {
        EXPECT_TRUE(named.insert(labels[i].event).second)
            << ctx << " labelled twice: " << labels[i].event.toStdString();
        EXPECT_GE(labels[i].pixelSize, leastLabelPixels - 0.05) << ctx;
        for (size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels[i].rect.intersects(labels[j].rect))
                << ctx << " " << labels[i].text.toStdString() << " overlaps " << labels[j].text.toStdString();
    }
    // 5: a count never stands against a label on its row: "collectivisation+18" reads as one word.
    for (const DrawnText &b : d.textsOfKind(QStringLiteral("badge"))) {
        for (const DrawnText &l : labels) {
            if (b.rect.bottom() <= l.rect.top() || b.rect.top() >= l.rect.bottom())
                continue;
            const double gap = std::max(b.rect.left() - l.rect.right(), l.rect.left() - b.rect.right());
            EXPECT_GE(gap, 4.0) << ctx << " " << b.text.toStdString() << " against " << l.text.toStdString();
        }
    }
    // 5: a count's number fits its badge.
    for (const DrawnText &b : d.textsOfKind(QStringLiteral("badge")))
        EXPECT_FALSE(b.cut) << ctx << " count wider than its badge: " << b.text.toStdString();
    // 4: the selected event and the events a tour step is about are named, never only counted.
    const QJsonObject timeline = d.sectionValue(QStringLiteral("timeline"));
    if (timeline.contains(QStringLiteral("selected")) && timeline.value(QStringLiteral("selectedShown")).toBool()) {
        EXPECT_TRUE(timeline.value(QStringLiteral("selectedNamed")).toBool())
            << ctx << " selected " << timeline.value(QStringLiteral("selected")).toString().toStdString();
    }
}

// The events of a tour step on screen, and how many of them are named.
std::pair<int, int> featuredNamed(const ViewDump &d)
{
    int shown = 0, named = 0;
    for (const QJsonValue &f : d.sectionValue(QStringLiteral("timeline")).value(QStringLiteral("featured")).toArray()) {
        const QJsonObject o = f.toObject();
        shown += o.value(QStringLiteral("shown")).toBool();
        named += o.value(QStringLiteral("shown")).toBool() && o.value(QStringLiteral("named")).toBool();
    }
    return {shown, named};
}

} // namespace

TEST(Projector, TheExplorerReadsFromTheBackOfTheRoomAtEverySizeAndTheme)
{
    QSettings().clear();
    for (const QSize size : kSizes) {
        for (const Theme::Kind theme : kThemes) {
            Explorer e(size, theme);
            const ViewDump d = e.dump();
            const std::string ctx = where(size, theme);
            checkTimeline(d, 16, ctx);
            // 2: nothing in the window is set below 16 px.
            for (const DrawnText &t : d.texts())
                EXPECT_GE(t.pixelSize, 16 - 0.05) << ctx << " " << t.kind.toStdString() << " " << t.text.toStdString();
            // 1: Present is on the toolbar, not behind its overflow.
            const auto buttons = d.textsOfKind(QStringLiteral("button"));
            EXPECT_TRUE(std::any_of(buttons.begin(), buttons.end(), [](const DrawnText &t) {
                return t.text == u"Present";
            })) << ctx;
            const auto axis = d.textsOfKind(QStringLiteral("axis"));
            EXPECT_GE(std::count_if(axis.begin(), axis.end(), [](const DrawnText &t) { return isYear(t.text); }), 3)
                << ctx << " the whole period names at least three years";
            if (size.width() < MainWindow::kNarrowWidth) {
                // 1: the timeline first: the side panels fold away, and the whole period names events
                // (at least 12 in the default theme; the projector theme's larger type names fewer).
                EXPECT_TRUE(d.toJson().value(QStringLiteral("docks")).toArray().isEmpty()) << ctx;
                EXPECT_GE(
                    d.textsOfKind(QStringLiteral("event-label")).size(), theme == Theme::Kind::Projector ? 6u : 12u)
                    << ctx;
            }
        }
    }
}

TEST(Projector, TheSelectedEventIsNamedAtEverySize)
{
    // 4: every event of the data set, selected as `--event ID` opens it, is named on the timeline.
    const Timeline &t = *test::builtinTimeline();
    for (const QSize size : kSizes) {
        Explorer e(size, Theme::Kind::Light);
        int checked = 0;
        for (int ev = 0; ev < t.eventCount(); ++ev) {
            ExplorerOptions options;
            options.event = t.event(ev).id;
            e.w.apply(options);
            const TimelineLayout &l = e.w.timelineView()->layout();
            ASSERT_TRUE(l.isShown(ev)) << t.event(ev).id.toStdString();
            EXPECT_TRUE(
                std::any_of(l.labels.begin(), l.labels.end(), [ev](const LaneLabel &x) { return x.event == ev; }))
                << size.width() << "x" << size.height() << " " << t.event(ev).id.toStdString() << " not named";
            EXPECT_TRUE(std::none_of(l.clusters.begin(), l.clusters.end(),
                [ev](const LaneCluster &c) {
                    return std::find(c.events.begin(), c.events.end(), ev) != c.events.end();
                }))
                << t.event(ev).id.toStdString() << " counted in a badge";
            ++checked;
        }
        EXPECT_EQ(checked, t.eventCount());
    }
}

TEST(Projector, ALaneWithRoomNamesItsEventsInEveryLaneMode)
{
    // 5: at 1920x1080, in every lane mode (20 category lanes), at least four lanes in five name some of
    // their events (before: one category lane of 19).
    for (const LaneMode mode : {LaneMode::Faction, LaneMode::Category, LaneMode::Actor}) {
        Explorer e(QSize(1920, 1080), Theme::Kind::Light);
        e.w.state()->setLaneMode(mode);
        const TimelineLayout &l = e.w.timelineView()->layout();
        ASSERT_FALSE(l.lanes.empty());
        int lanesNamed = 0;
        for (int lane = 0; lane < int(l.lanes.size()); ++lane)
            lanesNamed
                += std::any_of(l.labels.begin(), l.labels.end(), [lane](const LaneLabel &x) { return x.lane == lane; });
        EXPECT_GE(lanesNamed * 10, int(l.lanes.size()) * 8)
            << int(mode) << ": " << lanesNamed << " of " << l.lanes.size();
        RecordProperty("lanesNamed" + std::to_string(int(mode)), lanesNamed);
    }
}

TEST(Projector, PresentingEveryStepOfTheToursReadsFromTheBackRow)
{
    const Timeline &t = *test::builtinTimeline();
    int steps = 0, featuredShown = 0, featuredNamedCount = 0;
    for (const QSize size : kSizes) {
        // Presenting turns the light theme into the projector's; dark stays dark.
        for (const Theme::Kind theme : {Theme::Kind::Dark, Theme::Kind::Projector}) {
            Explorer e(size, theme);
            for (const Tour &tour : t.data().tours) {
                e.w.playTour(tour, 0);
                for (int s = 0; s < int(tour.steps.size()); ++s) {
                    e.w.tourPlayer()->goTo(s);
                    e.settle();
                    const ViewDump d = e.dump();
                    const std::string ctx
                        = where(size, theme) + " " + tour.id.toStdString() + " step " + std::to_string(s + 1);
                    // 2, 3: the narration at 28 px at least, never cut.
                    const auto narration = d.textsOfKind(QStringLiteral("narration"));
                    ASSERT_EQ(narration.size(), 1u) << ctx;
                    EXPECT_GE(narration.front().pixelSize, 28 - 0.05) << ctx;
                    EXPECT_FALSE(narration.front().cut) << ctx;
                    // 3: the legends under a presented chart name every series whole.
                    for (const DrawnText &entry : d.textsOfKind(QStringLiteral("legend")))
                        EXPECT_FALSE(entry.cut) << ctx << ": " << entry.text.toStdString();
                    // 4: the step's event named above its chart, whole.
                    for (const DrawnText &name : d.textsOfKind(QStringLiteral("plot-event")))
                        EXPECT_FALSE(name.cut) << ctx << ": " << name.text.toStdString();
                    // 2: timeline labels at 20 px at least; the rules of every view.
                    if (d.toJson().contains(QStringLiteral("timeline"))) {
                        checkTimeline(d, 20, ctx);
                        const auto [shown, named] = featuredNamed(d);
                        featuredShown += shown;
                        featuredNamedCount += named;
                    }
                    // 3: no scroll bar while presenting.
                    EXPECT_TRUE(d.toJson().value(QStringLiteral("scrollBars")).toArray().isEmpty()) << ctx;
                    // 3: a chart step shows the plot its narration is about, never "not shown for lack
                    // of room"; on a full HD projector all the plots it names, two fifths of the
                    // screen tall together.
                    const TourStep &step = tour.steps[size_t(s)];
                    if (!step.chart.isEmpty()) {
                        const QJsonObject charts = d.sectionValue(QStringLiteral("charts"));
                        ASSERT_TRUE(charts.value(QStringLiteral("visible")).toBool()) << ctx;
                        EXPECT_FALSE(
                            charts.value(QStringLiteral("note")).toString().contains(QStringLiteral("Not shown")))
                            << ctx;
                        const QJsonArray plots = charts.value(QStringLiteral("plots")).toArray();
                        double namedHeight = 0;
                        int namedShown = 0;
                        for (const QJsonValue &p : plots) {
                            const QJsonObject o = p.toObject();
                            const bool named = step.plots.empty()
                                || std::any_of(step.plots.begin(), step.plots.end(), [&](const QString &n) {
                                       return o.value(QStringLiteral("group"))
                                                  .toString()
                                                  .compare(n, Qt::CaseInsensitive)
                                           == 0;
                                   });
                            if (!named || !o.value(QStringLiteral("shown")).toBool())
                                continue;
                            ++namedShown;
                            namedHeight += o.value(QStringLiteral("rect")).toArray().at(3).toDouble();
                        }
                        EXPECT_GE(namedShown, 1) << ctx;
                        if (size.height() >= 1080) {
                            EXPECT_EQ(namedShown, step.plots.empty() ? int(plots.size()) : int(step.plots.size()))
                                << ctx;
                        }
                        // On the 1024x768 projector the plot a step names stands two fifths of the
                        // screen tall.
                        if (step.plots.size() <= 1 && size == QSize(1024, 768)) {
                            EXPECT_GE(namedHeight, 0.4 * size.height() - 1) << ctx;
                        }
                    }
                    ++steps;
                }
                e.w.setPresenting(false);
            }
        }
    }
    EXPECT_GE(steps, 6 * 30);
    // The other events of the step (the selected one is always named): nearly all named too, where a
    // lane has them crowded a few are counted.
    EXPECT_GE(featuredNamedCount * 100, featuredShown * 93) << featuredNamedCount << " of " << featuredShown;
    RecordProperty("stepEventsNamed", featuredNamedCount);
    RecordProperty("stepEventsShown", featuredShown);
}
