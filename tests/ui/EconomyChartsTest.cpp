#include "ui/charts/EconomyCharts.h"

#include "ChartTestData.h"
#include "QtPrinters.h"
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/PlanChart.h"
#include "ui/charts/PlanProductView.h"
#include "ui/charts/SeriesLegend.h"
#include "ui/charts/TimeChartView.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/timeline/TimelineLayout.h"

#include <QApplication>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <memory>

using namespace khronika;
using namespace khronika::test;

namespace {

Day day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

std::shared_ptr<const Timeline> timelineOf(const LoadResult &r)
{
    EXPECT_TRUE(r.ok()) << messages(r).join(u'\n').toStdString();
    return std::make_shared<const Timeline>(r.data);
}

std::shared_ptr<const Timeline> chartTimeline(const QByteArray &from = {}, const QByteArray &to = {})
{
    return timelineOf(loadChartData(from, to));
}

std::shared_ptr<const Timeline> builtin()
{
    static const std::shared_ptr<const Timeline> timeline
        = timelineOf(DataSetLoader::loadDirectory(builtinDataSetPath()));
    return timeline;
}

// Shows a widget offscreen at a size and lets Qt Charts lay itself out.
void showAt(QWidget &w, QSize size)
{
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.resize(size);
    w.show();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

int seriesIndex(const TimeChartView &view, const QString &id)
{
    for (size_t i = 0; i < view.series().size(); ++i) {
        if (view.series()[i].id == id)
            return int(i);
    }
    return -1;
}

// The texts an SVG shows and its <title> and <desc>, or an error when it does not parse.
struct SvgText {
    QString text;
    QString error;
};

SvgText readSvg(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot open")};
    QXmlStreamReader xml(&f);
    SvgText out;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg")
            sawSvg = true;
        if (xml.isCharacters())
            out.text += xml.text().toString() + u' ';
    }
    if (xml.hasError())
        out.error = xml.errorString();
    else if (!sawSvg)
        out.error = QStringLiteral("no <svg> element");
    // QSvgGenerator writes "&amp;" and friends; the reader has decoded them. Collapse runs of spaces.
    out.text = out.text.simplified();
    return out;
}

} // namespace

TEST(EconomyCharts, ParsesTheChartList)
{
    EXPECT_EQ(EconomyCharts::parseChartList(QStringLiteral("all")), EconomyCharts::chartIds());
    EXPECT_EQ(EconomyCharts::parseChartList(QStringLiteral("fyp")), QStringList {QStringLiteral("fyp")});
    EXPECT_EQ(EconomyCharts::parseChartList(QStringLiteral("countryside|fyp")),
        (QStringList {QStringLiteral("countryside"), QStringLiteral("fyp")}));
    EXPECT_EQ(EconomyCharts::parseChartList(QStringLiteral("fyp,collectivisation")),
        (QStringList {QStringLiteral("fyp"), QStringLiteral("collectivisation")}));
    EXPECT_FALSE(EconomyCharts::parseChartList(QStringLiteral("fyp|pie")));
    EXPECT_FALSE(EconomyCharts::parseChartList(QString()));
}

TEST(EconomyCharts, ShowsOnlyTheChartsAskedFor)
{
    ViewState state(chartTimeline());
    EconomyCharts charts(&state, {QStringLiteral("countryside")});
    EXPECT_EQ(charts.shownCharts(), QStringList {QStringLiteral("countryside")});
    EXPECT_TRUE(charts.chart(QStringLiteral("countryside")));
    EXPECT_FALSE(charts.chart(QStringLiteral("fyp")));
    charts.setShownCharts(EconomyCharts::chartIds());
    EXPECT_EQ(charts.shownCharts(), EconomyCharts::chartIds());
    charts.setCurrentChart(QStringLiteral("collectivisation"));
    EXPECT_EQ(charts.currentChart(), u"collectivisation");
}

// In a small window the Five Year Plans wrap into rows and the panel scrolls; it neither forces the
// window wider nor squeezes one row of products over the next.
TEST(EconomyCharts, ASmallWindowScrollsTheChartRatherThanSqueezingIt)
{
    ViewState state(builtin());
    EconomyCharts charts(&state, {QStringLiteral("fyp")});
    showAt(charts, QSize(720, 340));
    EXPECT_LT(charts.minimumSizeHint().width(), 720);
    EXPECT_LT(charts.minimumSizeHint().height(), 340);
    auto *plans = static_cast<PlanChart *>(charts.chart(QStringLiteral("fyp")));
    ASSERT_EQ(plans->productCount(), 5);
    std::vector<QRect> placed;
    for (int i = 0; i < plans->productCount(); ++i) {
        const PlanProductView *v = plans->product(i);
        EXPECT_GE(v->height(), v->minimumSizeHint().height()) << i;
        const QRect r(v->mapTo(plans, QPoint(0, 0)), v->size());
        for (const QRect &other : placed)
            EXPECT_FALSE(r.intersects(other)) << "product " << i << " overlaps another";
        placed.push_back(r);
    }
    EXPECT_LT(plans->product(0)->y(), plans->product(4)->y()) << "five products in 720 pixels wrap into rows";
}

TEST(EconomyCharts, TimeChartsAreBuiltFromTheDataSetsSeries)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
    ASSERT_EQ(chart->plotCount(), 2);
    TimeChartView *grain = chart->plot(1);
    ASSERT_EQ(grain->series().size(), 4u);
    const int low = seriesIndex(*grain, QStringLiteral("harvest-low"));
    ASSERT_GE(low, 0);
    // Each contested version is its own labelled line, drawn where its figures say.
    EXPECT_EQ(grain->lineSeries(low)->name(), u"Grain harvest: Wheatcroft and Davies's low estimates");
    ASSERT_EQ(grain->lineSeries(low)->count(), 4);
    EXPECT_DOUBLE_EQ(grain->lineSeries(low)->at(1).y(), 56.0);
    EXPECT_DOUBLE_EQ(grain->lineSeries(low)->at(1).x(), chartDay(*Date::parse(u"1931")));
    // The legend names the version and its works.
    const auto &entries = chart->legend(1)->entries();
    EXPECT_TRUE(entries[size_t(low)].text.startsWith(u"Grain harvest: Wheatcroft and Davies's low estimates ["));
    EXPECT_TRUE(chart->sourcesText().contains(u"Alec Nove (1992)"));
}

TEST(EconomyCharts, ChartsFollowAChangeInTheData)
{
    ViewState before(chartTimeline());
    ViewState after(
        chartTimeline("{ date: 1931, value: 56, kind: actual }", "{ date: 1931, value: 48.5, kind: actual }"));
    std::unique_ptr<TimeSeriesChart> a(TimeSeriesChart::countryside(&before, Theme()));
    std::unique_ptr<TimeSeriesChart> b(TimeSeriesChart::countryside(&after, Theme()));
    const int low = seriesIndex(*a->plot(1), QStringLiteral("harvest-low"));
    EXPECT_DOUBLE_EQ(a->plot(1)->lineSeries(low)->at(1).y(), 56.0);
    EXPECT_DOUBLE_EQ(b->plot(1)->lineSeries(low)->at(1).y(), 48.5);

    ViewState plans(chartTimeline("{ date: 1937, value: 128.0", "{ date: 1937, value: 140.5"));
    PlanChart fyp(&plans, Theme());
    ASSERT_EQ(fyp.productCount(), 1);
    const QBarSet *bars = fyp.product(0)->barSet();
    ASSERT_EQ(bars->count(), 4); // 1928, then three plans
    EXPECT_DOUBLE_EQ(bars->at(0), 35.4);
    EXPECT_DOUBLE_EQ(bars->at(2), 140.5);
}

TEST(EconomyCharts, PlanChartShowsEveryProductAndPlan)
{
    ViewState state(builtin());
    PlanChart fyp(&state, Theme());
    ASSERT_EQ(fyp.productCount(), 5);
    for (int i = 0; i < fyp.productCount(); ++i) {
        const PlanProductView *v = fyp.product(i);
        EXPECT_EQ(v->categoryCount(), 4) << v->comparison().product.toStdString();
        EXPECT_EQ(v->barSet()->count(), 4);
    }
    // The tooltip states target, result and share.
    const QString tip = fyp.product(0)->toolTipFor(1);
    EXPECT_TRUE(tip.contains(u"First Five Year Plan")) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"optimal")) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"%")) << tip.toStdString();
}

TEST(EconomyCharts, PlansSharesOfTheirTargetsNeverTouchEachOther)
{
    // Each share is written above its own plan; at a product's least width, in the projector's large
    // type, "57 %" and "104 %" of two neighbouring plans ran into each other.
    int checked = 0;
    for (const Theme &theme : {Theme::light(), Theme::projector()}) {
        for (const QSize size : {QSize(1280, 300), QSize(1250, 330), QSize(1000, 360), QSize(720, 600),
                 QSize(1920, 480), QSize(490, 900)}) {
            ViewState state(builtin());
            PlanChart fyp(&state, theme);
            showAt(fyp, size);
            for (int i = 0; i < fyp.productCount(); ++i) {
                const PlanProductView *v = fyp.product(i);
                const std::vector<QRectF> boxes = v->shareLabelBoxes();
                ASSERT_EQ(int(boxes.size()), v->categoryCount());
                for (size_t a = 0; a < boxes.size(); ++a) {
                    for (size_t b = a + 1; b < boxes.size(); ++b) {
                        if (boxes[a].isEmpty() || boxes[b].isEmpty())
                            continue;
                        ++checked;
                        EXPECT_FALSE(boxes[a].intersects(boxes[b]))
                            << v->comparison().product.toStdString() << " at " << size.width() << "x" << size.height()
                            << ": plans " << a << " and " << b;
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(EconomyCharts, UncheckedFiguresAreDrawnOpenAndCounted)
{
    const auto stripedPixels = [](PlanProductView *view, int category) {
        const QImage image = view->viewport()->grab().toImage();
        const QRectF plot = view->chart()->plotArea();
        const double slot = plot.width() / view->categoryCount();
        const double x = plot.left() + slot * (category + 0.5);
        // A row low in the bar, clear of the figure written in its middle.
        const double value = view->barSet()->at(category);
        const auto *axis = static_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).front());
        const double barTop = plot.bottom() - value / axis->max() * plot.height();
        const double y = plot.bottom() - (plot.bottom() - barTop) * 0.15;
        int light = 0;
        for (double dx = -slot * 0.2; dx <= slot * 0.2; dx += 1) {
            const QPoint at = view->mapFromScene(QPointF(x + dx, y));
            if (QColor(image.pixel(at)).lightness() > 200)
                ++light;
        }
        return light;
    };

    ViewState plain(chartTimeline());
    PlanChart checkedChart(&plain, Theme());
    showAt(checkedChart, QSize(900, 600));
    EXPECT_FALSE(checkedChart.sourcesText().contains(u"not yet checked"));
    EXPECT_EQ(stripedPixels(checkedChart.product(0), 2), 0);

    // The Second Plan's target and result of the test data, marked as taken on trust.
    const QByteArray text = chartRecords()
                                .replace("variant: second-plan }", "variant: second-plan, checked: false }")
                                .replace("{ date: 1937, value: 128.0, kind: actual }",
                                    "{ date: 1937, value: 128.0, kind: actual, checked: false }");
    ViewState state(timelineOf(loadWithRecords(text)));
    PlanChart chart(&state, Theme());
    showAt(chart, QSize(900, 600));
    EXPECT_TRUE(chart.sourcesText().contains(u"2 figures not yet checked")) << chart.sourcesText().toStdString();
    EXPECT_TRUE(chart.product(0)->toolTipFor(2).contains(u"not yet checked"));
    EXPECT_FALSE(chart.product(0)->toolTipFor(1).contains(u"not yet checked"));
    EXPECT_GT(stripedPixels(chart.product(0), 2), 2); // the Second Plan's bar is striped
    EXPECT_EQ(stripedPixels(chart.product(0), 1), 0); // the First Plan's is not

    // A line chart says so in the point's tooltip and under the chart.
    ViewState cattle(chartTimeline("{ date: 1932, value: 40.7", "{ date: 1932, value: 40.7, checked: false"));
    std::unique_ptr<TimeSeriesChart> countryside(TimeSeriesChart::countryside(&cattle, Theme()));
    EXPECT_TRUE(countryside->sourcesText().contains(u"1 figure not yet checked"));
    const TimeChartView *livestock = countryside->plot(0);
    const int summer = seriesIndex(*livestock, QStringLiteral("cattle-summer"));
    ASSERT_GE(summer, 0);
    const auto &points = livestock->series()[size_t(summer)].points;
    for (size_t i = 0; i < points.size(); ++i) {
        EXPECT_EQ(livestock->toolTipFor(summer, int(i)).contains(u"Not yet checked"), points[i].date.toIso() == u"1932")
            << i;
    }
}

TEST(EconomyCharts, EverySeriesOfTheBuiltInDataSetIsDrawnInSomeChart)
{
    ViewState state(builtin());
    QSet<QString> drawn;
    for (const PlanComparison &plan : planComparisons(builtin()->data()))
        drawn.insert(plan.seriesId);
    for (const QString &id : EconomyCharts::chartIds()) {
        std::unique_ptr<ChartPanel> panel(EconomyCharts::createChart(id, &state, Theme()));
        ASSERT_TRUE(panel) << id.toStdString();
        EXPECT_EQ(panel->chartId(), id);
        EXPECT_FALSE(EconomyCharts::chartTitle(id).isEmpty());
        if (auto *chart = qobject_cast<TimeSeriesChart *>(panel.get())) {
            for (int p = 0; p < chart->plotCount(); ++p) {
                EXPECT_FALSE(chart->plot(p)->series().empty()) << id.toStdString() << " plot " << p << " is empty";
                for (const ChartSeries &s : chart->plot(p)->series())
                    drawn.insert(s.id);
            }
        }
    }
    // Figures a class could never see would be collected, checked and cited for nothing.
    for (const Series &s : builtin()->data().series)
        EXPECT_TRUE(drawn.contains(s.id)) << s.id.toStdString() << " is in no chart";
}

TEST(EconomyCharts, TimeAxisIsAlignedWithTheTimeline)
{
    ViewState state(builtin());
    state.setWindow(double(day(1927, 3, 1)), double(day(1936, 7, 1)));
    for (int width : {900, 1280, 1920}) {
        SCOPED_TRACE(width);
        std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
        showAt(*chart, QSize(width, 800));
        TimelineLayout layout;
        QHash<int, double> cache;
        const QFontMetricsF fm(QApplication::font());
        layout.build(state, QSizeF(width, 600), fm, fm, fm, cache);
        for (int p = 0; p < chart->plotCount(); ++p) {
            TimeChartView *view = chart->plot(p);
            ASSERT_EQ(view->width(), width); // no margin around the plots
            const QRectF plot = view->plotRect();
            EXPECT_NEAR(plot.left(), TimelineLayout::kGutter, 0.5);
            EXPECT_NEAR(plot.right(), width - TimelineLayout::kRightMargin, 0.5);
            for (Day d : {day(1927, 3, 1), day(1930, 3, 2), day(1933, 1, 1), day(1936, 6, 30)}) {
                EXPECT_NEAR(view->xForDay(double(d)), layout.xForDay(double(d)), 0.5);
                EXPECT_NEAR(view->dayForX(layout.xForDay(double(d))), double(d), 1.0);
            }
        }
        // Zooming moves the chart with the timeline.
        state.setWindow(double(day(1929, 1, 1)), double(day(1931, 1, 1)));
        QCoreApplication::processEvents();
        layout.build(state, QSizeF(width, 600), fm, fm, fm, cache);
        EXPECT_NEAR(chart->plot(0)->xForDay(double(day(1930, 3, 2))), layout.xForDay(double(day(1930, 3, 2))), 0.5);
        // A wider gutter that any view needs (the timeline's lane titles, a heading in Russian) moves
        // the axes of both, and goes with the view that needed it.
        {
            QObject titles;
            state.setGutterNeed(&titles, 236);
            QCoreApplication::processEvents();
            layout.build(state, QSizeF(width, 600), fm, fm, fm, cache);
            EXPECT_NEAR(layout.gutter, 236, 0.5);
            for (int p = 0; p < chart->plotCount(); ++p) {
                EXPECT_NEAR(chart->plot(p)->plotRect().left(), 236, 0.5);
                EXPECT_NEAR(
                    chart->plot(p)->xForDay(double(day(1930, 3, 2))), layout.xForDay(double(day(1930, 3, 2))), 0.5);
            }
        }
        QCoreApplication::processEvents();
        EXPECT_NEAR(chart->plot(0)->plotRect().left(), TimelineLayout::kGutter, 0.5);
        state.setWindow(double(day(1927, 3, 1)), double(day(1936, 7, 1)));
    }
}

TEST(EconomyCharts, EveryPointsMarkerFitsInsideThePlot)
{
    ViewState state(builtin());
    for (const QSize size : {QSize(1280, 420), QSize(1280, 720), QSize(1920, 1000)}) {
        for (auto make : {&TimeSeriesChart::countryside, &TimeSeriesChart::collectivisation}) {
            std::unique_ptr<TimeSeriesChart> chart(make(&state, Theme(), nullptr));
            showAt(*chart, size);
            for (int p = 0; p < chart->plotCount(); ++p) {
                TimeChartView *view = chart->plot(p);
                const QRectF plot = view->plotRect();
                for (size_t s = 0; s < view->series().size(); ++s) {
                    QLineSeries *line = view->lineSeries(int(s));
                    const double reach = line->markerSize() / 2 + line->pen().widthF() / 2;
                    for (const ChartPoint &pt : view->series()[s].points) {
                        const QPointF inChart = view->chart()->mapToPosition(QPointF(pt.day, pt.value), line);
                        const QPointF at = view->mapFromScene(view->chart()->mapToScene(inChart));
                        // The top is where a marker gets cut: the plot clips what the series draws.
                        EXPECT_GE(at.y() - reach, plot.top() - 0.5)
                            << view->series()[s].id.toStdString() << " at " << size.width() << "x" << size.height();
                    }
                }
            }
        }
    }
}

TEST(EconomyCharts, ValueLabelsNeverOverlapHoweverFlatThePlot)
{
    // A chart step on a 1280x720 projector leaves a plot at its least height: the value axis then
    // labels fewer round numbers rather than printing "400,000" over "300,000".
    ViewState state(builtin());
    const Theme theme = Theme::projector();
    const double labelHeight = QFontMetricsF(theme.font(0.9)).height();
    int checked = 0;
    for (auto make : {&TimeSeriesChart::terror, &TimeSeriesChart::countryside, &TimeSeriesChart::collectivisation,
             &TimeSeriesChart::towns}) {
        std::unique_ptr<TimeSeriesChart> chart(make(&state, theme, nullptr));
        chart->setCompact(true);
        chart->setPlotsShown(1);
        // From the panel's least height, where its plot is as flat as it gets, to a tall one.
        for (const int height : {chart->minimumSizeHint().height(), chart->minimumSizeHint().height() + 40, 700}) {
            showAt(*chart, QSize(1280, height));
            {
                TimeChartView *view = chart->plot(0);
                const std::vector<double> ticks = view->valueTicks();
                ASSERT_GE(ticks.size(), 2u) << view->series().front().id.toStdString();
                EXPECT_GE(ticks.back(), 0.0);
                for (size_t i = 1; i < ticks.size(); ++i) {
                    EXPECT_GE(view->yForValue(ticks[i - 1]) - view->yForValue(ticks[i]), labelHeight)
                        << view->series().front().id.toStdString() << " at height " << view->height();
                }
                // Still a scale: the highest label is at or above the highest point.
                double top = 0;
                for (const ChartSeries &s : view->series()) {
                    for (const ChartPoint &pt : s.points)
                        top = std::max(top, pt.value);
                }
                EXPECT_GE(ticks.back(), top);
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 12);
}

TEST(EconomyCharts, CursorLinksBothWays)
{
    ViewState state(builtin());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::collectivisation(&state, Theme()));
    showAt(*chart, QSize(1280, 700));
    TimeChartView *view = chart->plot(0);

    // A click on the chart moves the ViewState's cursor to the day under the pointer.
    const double x = view->xForDay(double(day(1934, 9, 15)));
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, QPoint(int(std::round(x)), int(view->plotRect().top()) + 5));
    EXPECT_NEAR(double(state.cursor()), double(day(1934, 9, 15)), 2.0);

    // A click on a point picks that figure's date (zoomed in, so that the spike's counts stand apart).
    state.setWindow(double(day(1928, 1, 1)), double(day(1932, 1, 1)));
    QCoreApplication::processEvents();
    const int spike = seriesIndex(*view, QStringLiteral("collectivised-households-1930"));
    ASSERT_GE(spike, 0);
    const QPointF peak = view->lineSeries(spike)->at(3); // 1 March 1930
    const QPointF at
        = view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(peak, view->lineSeries(spike))));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, (at + QPointF(3, 2)).toPoint());
    EXPECT_EQ(state.cursor(), day(1930, 3, 1));
    // ...and lights up that year's events on the timeline, and only those.
    ASSERT_EQ(state.focusYear(), std::optional<int>(1930));
    const Timeline &t = state.timeline();
    const DayRange year1930 {day(1930, 1, 1), day(1930, 12, 31)};
    for (int e = 0; e < t.eventCount(); ++e)
        EXPECT_EQ(state.isHighlighted(e), t.eventRange(e).overlaps(year1930)) << t.event(e).id.toStdString();

    // The cursor drawn on the chart follows setCursor: the red line moves to the new day's x.
    state.setWindow(double(day(1926, 1, 1)), double(day(1941, 1, 1)));
    state.setCursor(day(1937, 6, 1));
    const QImage image = view->grab().toImage();
    const int cx = int(std::round(view->xForDay(double(day(1937, 6, 1)) + 0.5)));
    const int y = int(view->plotRect().center().y());
    const auto isCursor = [&](int px) {
        const QColor c = image.pixelColor(px, y);
        return c.red() > 150 && c.green() < 60 && c.blue() < 80;
    };
    EXPECT_TRUE(isCursor(cx) || isCursor(cx - 1) || isCursor(cx + 1));
    const int oldX = int(std::round(view->xForDay(double(day(1930, 3, 1)) + 0.5)));
    EXPECT_FALSE(isCursor(oldX) && isCursor(oldX - 1) && isCursor(oldX + 1));

    // A click on a plan moves the cursor to its start.
    PlanChart fyp(&state, Theme());
    showAt(fyp, QSize(1280, 700));
    PlanProductView *coal = fyp.product(0);
    const int second = 2;
    const QRectF plot = coal->chart()->plotArea();
    const double slot = plot.width() / coal->categoryCount();
    const QPoint inSecond = coal->mapFromScene(QPointF(plot.left() + slot * (second + 0.5), plot.center().y()));
    QTest::mouseClick(coal->viewport(), Qt::LeftButton, {}, inSecond);
    EXPECT_EQ(state.cursor(), coal->categoryDay(second));
    EXPECT_EQ(coal->categoryOf(state.cursor()), second);
}

TEST(EconomyCharts, DoubleClickSelectsTheNearestEvent)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::collectivisation(&state, Theme()));
    showAt(*chart, QSize(1280, 700));
    TimeChartView *view = chart->plot(0);
    const double x = view->xForDay(double(day(1930, 4, 10)));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(int(x), int(view->plotRect().top()) + 4));
    EXPECT_EQ(state.selectedEvent(), state.timeline().eventIndex(QStringLiteral("dizzy")));
}

TEST(EconomyCharts, CaptionSaysWhatChangedAroundTheSelectedEvent)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::collectivisation(&state, Theme()));
    EXPECT_TRUE(chart->captionText().contains(u"Select an event"));
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("dizzy")));
    const QString caption = chart->captionText();
    EXPECT_TRUE(caption.contains(u"Dizzy with Success")) << caption.toStdString();
    EXPECT_TRUE(caption.contains(QStringLiteral("57.2 \u2192 21.9 per cent of peasant households")))
        << caption.toStdString();

    // A hidden series says nothing.
    chart->setSeriesShown(QStringLiteral("spike"), false);
    EXPECT_FALSE(chart->captionText().contains(u"57.2")) << chart->captionText().toStdString();
    EXPECT_FALSE(chart->plot(0)->isSeriesVisible(seriesIndex(*chart->plot(0), QStringLiteral("spike"))));
    chart->setSeriesShown(QStringLiteral("spike"), true);

    // The caption names each subject once; its tooltip has every shown version.
    std::unique_ptr<TimeSeriesChart> countryside(TimeSeriesChart::countryside(&state, Theme()));
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("famine")));
    EXPECT_EQ(countryside->captionText().count(u"Grain harvest"), 1) << countryside->captionText().toStdString();
    EXPECT_TRUE(
        countryside->captionDetails().contains(u"Grain harvest: Wheatcroft and Davies's low estimates: 56 \u2192 65"))
        << countryside->captionDetails().toStdString();
    // A year-long event starts on 1 January: the change runs from the count before it.
    EXPECT_TRUE(countryside->captionText().contains(u"Cattle: 47.9 \u2192 38.4 million head"))
        << countryside->captionText().toStdString();
    EXPECT_TRUE(countryside->captionText().contains(
        u"1931 \u2192 1933; other versions: +0.4\u00A0% (1931 \u2192 1932), +16\u00A0%"))
        << countryside->captionText().toStdString();

    PlanChart fyp(&state, Theme());
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("plan-adopted")));
    EXPECT_TRUE(fyp.captionText().contains(QStringLiteral("Coal output: 35.4 \u2192 64.3 million tonnes")))
        << fyp.captionText().toStdString();
}

TEST(EconomyCharts, RevealModeHidesTheFiguresStillToCome)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::collectivisation(&state, Theme()));
    PlanChart fyp(&state, Theme());
    TimeChartView *view = chart->plot(0);
    const int spike = seriesIndex(*view, QStringLiteral("spike"));
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("dizzy")));

    state.setRevealUntil(day(1930, 3, 2));
    EXPECT_EQ(view->lineSeries(spike)->count(), 3); // 1 October 1929, 1 January and 1 March 1930
    EXPECT_EQ(view->series()[size_t(spike)].points.size(), 3u);
    EXPECT_FALSE(chart->captionText().contains(u"21.9")) << chart->captionText().toStdString();
    const PlanProductView *coal = fyp.product(0);
    EXPECT_DOUBLE_EQ(coal->barSet()->at(0), 35.4); // 1928 is known
    EXPECT_DOUBLE_EQ(coal->barSet()->at(1), 0.0); // the First Plan's result is not
    EXPECT_TRUE(coal->toolTipFor(1).contains(u"not yet shown"));

    state.setRevealUntil(std::nullopt);
    EXPECT_EQ(view->lineSeries(spike)->count(), 6);
    EXPECT_TRUE(chart->captionText().contains(u"21.9"));
    EXPECT_DOUBLE_EQ(coal->barSet()->at(1), 64.3);
}

TEST(EconomyCharts, LegendClickHidesAndShowsASeries)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
    showAt(*chart, QSize(1280, 900));
    SeriesLegend *legend = chart->legend(1);
    const int official = seriesIndex(*chart->plot(1), QStringLiteral("harvest-official"));
    const QPoint at = legend->entryRect(official).center().toPoint();
    QTest::mouseClick(legend, Qt::LeftButton, {}, at);
    EXPECT_FALSE(chart->plot(1)->lineSeries(official)->isVisible());
    EXPECT_FALSE(chart->isSeriesShown(QStringLiteral("harvest-official")));
    QTest::mouseClick(legend, Qt::LeftButton, {}, at);
    EXPECT_TRUE(chart->plot(1)->lineSeries(official)->isVisible());
}

TEST(EconomyCharts, ContextMenuOnAPlotReachesThePanel)
{
    // The export menu belongs to the panel: a right click on a plot must not stop at Qt Charts.
    struct Catcher : QObject {
        int menus = 0;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() != QEvent::ContextMenu)
                return false;
            ++menus;
            return true; // no menu: nothing to close in a test
        }
    } catcher;
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::collectivisation(&state, Theme()));
    showAt(*chart, QSize(1280, 700));
    chart->installEventFilter(&catcher);
    const QPoint at = chart->plot(0)->plotRect().center().toPoint();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, chart->plot(0)->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(chart->plot(0)->viewport(), &event);
    EXPECT_EQ(catcher.menus, 1);
}

TEST(EconomyCharts, ExportsPngAndSvgNamingEverySeries)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ViewState state(builtin());
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("dizzy-with-success")));
    for (const QString &id : EconomyCharts::chartIds()) {
        SCOPED_TRACE(id.toStdString());
        const QString png = dir.filePath(id + QStringLiteral(".png"));
        const QString svg = dir.filePath(id + QStringLiteral(".svg"));
        QString error;
        ASSERT_TRUE(EconomyCharts::exportChart(id, png, &state, &error)) << error.toStdString();
        ASSERT_TRUE(EconomyCharts::exportChart(id, svg, &state, &error)) << error.toStdString();
        const QImage image(png);
        EXPECT_EQ(image.width(), 1600);
        EXPECT_GT(image.height(), 600);

        const SvgText text = readSvg(svg);
        ASSERT_TRUE(text.error.isEmpty()) << text.error.toStdString();
        std::unique_ptr<ChartPanel> panel(EconomyCharts::createChart(id, &state));
        ASSERT_FALSE(panel->seriesNames().isEmpty());
        for (const QString &name : panel->seriesNames())
            EXPECT_TRUE(text.text.contains(name)) << name.toStdString();
        EXPECT_TRUE(text.text.contains(panel->chartTitle()));
    }
    QString error;
    EXPECT_FALSE(
        EconomyCharts::exportChart(QStringLiteral("pie"), dir.filePath(QStringLiteral("x.png")), &state, &error));
    EXPECT_TRUE(error.contains(u"pie"));
    EXPECT_FALSE(
        EconomyCharts::exportChart(QStringLiteral("fyp"), dir.filePath(QStringLiteral("x.gif")), &state, &error));
}

TEST(EconomyCharts, EmptyDataSetGivesEmptyChartsNotACrash)
{
    ViewState state(timelineOf(loadWithRecords(minimalDataSet()[QStringLiteral("records.yaml")])));
    EconomyCharts charts(&state);
    showAt(charts, QSize(1280, 700));
    for (const QString &id : EconomyCharts::chartIds()) {
        charts.setCurrentChart(id);
        QCoreApplication::processEvents();
        EXPECT_FALSE(charts.grab().isNull());
    }
}

// Not a check: writes each chart at classroom sizes for a person to look at, when
// KHRONIKA_CHART_SCREENSHOTS names a folder.
TEST(EconomyCharts, Screenshots)
{
    const QString folder = qEnvironmentVariable("KHRONIKA_CHART_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set KHRONIKA_CHART_SCREENSHOTS=folder to write the charts as PNGs";
    QDir().mkpath(folder);
    ViewState state(builtin());
    state.setWindow(double(day(1926, 1, 1)), double(day(1942, 1, 1)));
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("dizzy-with-success")));
    for (const QSize size : {QSize(1280, 560), QSize(1920, 760)}) {
        for (const QString &id : EconomyCharts::chartIds()) {
            std::unique_ptr<ChartPanel> panel(EconomyCharts::createChart(id, &state));
            showAt(*panel, id == u"countryside" ? QSize(size.width(), size.height() + 300) : size);
            panel->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder, id).arg(size.width()));
        }
    }
    // The exports, the SVG drawn back to a PNG to see what an SVG viewer shows.
    for (const QString &id : EconomyCharts::chartIds()) {
        const QString svg = QStringLiteral("%1/%2-export.svg").arg(folder, id);
        EXPECT_TRUE(EconomyCharts::exportChart(id, QStringLiteral("%1/%2-export.png").arg(folder, id), &state));
        EXPECT_TRUE(EconomyCharts::exportChart(id, svg, &state));
        QSvgRenderer renderer(svg);
        QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        renderer.render(&p);
        p.end();
        image.save(QStringLiteral("%1/%2-export-svg.png").arg(folder, id));
        EXPECT_TRUE(EconomyCharts::exportChart(id, QStringLiteral("%1/%2-dark-1280.png").arg(folder, id), &state,
            nullptr, QSize(1280, id == u"countryside" ? 860 : 560), Theme::dark()));
    }
}

TEST(EconomyCharts, AnExportedChartCarriesNoScreenHintAndNoCursorUnlessAsked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ViewState state(builtin()); // nothing selected: on screen the caption would say how to use the chart
    state.setCursor(
        state.timeline().eventRange(state.timeline().eventIndex(QStringLiteral("dizzy-with-success"))).first);
    const QString plain = dir.filePath(QStringLiteral("plain.svg"));
    const QString withCursor = dir.filePath(QStringLiteral("cursor.svg"));
    QString error;
    ASSERT_TRUE(EconomyCharts::exportChart(QStringLiteral("collectivisation"), plain, &state, &error))
        << error.toStdString();
    ASSERT_TRUE(EconomyCharts::exportChart(
        QStringLiteral("collectivisation"), withCursor, &state, &error, QSize(), Theme::light(), true))
        << error.toStdString();
    const SvgText text = readSvg(plain);
    ASSERT_TRUE(text.error.isEmpty()) << text.error.toStdString();
    EXPECT_FALSE(text.text.contains(QStringLiteral("Select an event")));
    // The cursor is the only thing drawn in the cursor's red on a time chart.
    QFile a(plain), b(withCursor);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray red = Theme::light().cursor.name().toLatin1();
    EXPECT_FALSE(a.readAll().contains(red));
    EXPECT_TRUE(b.readAll().contains(red));
}

namespace {

// Whether a pixel near `at` (within `radius`, `across` pixels sideways when given) has the colour of
// a series' line.
bool hasColourNear(const QImage &image, QPointF at, const QColor &colour, int radius, int across = -1)
{
    if (across < 0)
        across = radius;
    for (int dx = -across; dx <= across; ++dx) {
        for (int dy = -radius; dy <= radius; ++dy) {
            const QPoint p(int(std::round(at.x())) + dx, int(std::round(at.y())) + dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 60)
                return true;
        }
    }
    return false;
}

} // namespace

TEST(EconomyCharts, CountsAreDrawnAsPointsNotAsALineThroughMonthsNoOneCounted)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::collectivisation(&state, Theme()));
    showAt(*chart, QSize(1280, 600));
    state.setWindow(double(day(1929, 6, 1)), double(day(1931, 6, 1)));
    QCoreApplication::processEvents();
    TimeChartView *view = chart->plot(0);
    const int spike = seriesIndex(*view, QStringLiteral("spike"));
    ASSERT_GE(spike, 0);
    const QImage image = view->grab().toImage();
    const QColor colour = view->lineSeries(spike)->pen().color();
    // The count of 1 March 1930 is drawn...
    const QPointF march(view->xForDay(double(day(1930, 3, 1)) + 0.5), view->yForValue(57.2));
    EXPECT_TRUE(hasColourNear(image, march, colour, 2));
    // ...but nothing on the straight line to the count of 1 June: nobody counted in between.
    const QPointF between(view->xForDay(double(day(1930, 4, 15))), view->yForValue((57.2 + 23.6) / 2));
    EXPECT_FALSE(hasColourNear(image, between, colour, 3));

    // A series that says its values follow a line is drawn with one.
    ViewState joined(chartTimeline(
        "    measure: count\n    basis: Monthly.", "    measure: count\n    interpolate: true\n    basis: Monthly."));
    std::unique_ptr<TimeSeriesChart> joinedChart(TimeSeriesChart::collectivisation(&joined, Theme()));
    showAt(*joinedChart, QSize(1280, 600));
    joined.setWindow(double(day(1929, 6, 1)), double(day(1931, 6, 1)));
    QCoreApplication::processEvents();
    TimeChartView *joinedView = joinedChart->plot(0);
    ASSERT_TRUE(joinedView->series()[size_t(spike)].interpolate);
    const QImage joinedImage = joinedView->grab().toImage();
    const double x = joinedView->xForDay(double(day(1930, 4, 15)));
    const double t = (x - joinedView->xForDay(double(day(1930, 3, 1)) + 0.5))
        / (joinedView->xForDay(double(day(1930, 6, 1)) + 0.5) - joinedView->xForDay(double(day(1930, 3, 1)) + 0.5));
    const QPointF onLine(x, joinedView->yForValue(57.2 + t * (23.6 - 57.2)));
    EXPECT_TRUE(hasColourNear(joinedImage, onLine, colour, 3));
}

TEST(EconomyCharts, YearlyFiguresAreStepsAcrossTheirYear)
{
    ViewState state(chartTimeline());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
    showAt(*chart, QSize(1280, 900));
    state.setWindow(double(day(1929, 1, 1)), double(day(1935, 1, 1)));
    QCoreApplication::processEvents();
    TimeChartView *grain = chart->plot(1);
    const int low = seriesIndex(*grain, QStringLiteral("harvest-low"));
    ASSERT_GE(low, 0);
    const QImage image = grain->grab().toImage();
    const QColor colour = grain->lineSeries(low)->pen().color();
    // 56 million tonnes in 1931 holds across 1931, from February to November, not at one point.
    for (const Day d : {day(1931, 2, 15), day(1931, 11, 15)})
        EXPECT_TRUE(hasColourNear(image, QPointF(grain->xForDay(double(d)), grain->yForValue(56)), colour, 2, 12))
            << Date::fromDay(d).toIso().toStdString();
    // Between the 1930 step (65) and the 1931 one (56) no slope is drawn.
    EXPECT_FALSE(
        hasColourNear(image, QPointF(grain->xForDay(double(day(1931, 1, 1))), grain->yForValue(60.5)), colour, 2));
}

TEST(EconomyCharts, EachPlotSaysWhatItsPointsAre)
{
    ViewState state(builtin());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
    // Livestock: all counts, said once under the unit.
    EXPECT_TRUE(chart->plot(0)->unitHeading().contains(u"counts on the dates given"))
        << chart->plot(0)->unitHeading().toStdString();
    // Grain mixes calendar-year harvests with agricultural-year procurements: each legend entry says.
    const auto &entries = chart->legend(1)->entries();
    int agricultural = 0, calendar = 0;
    for (const SeriesLegend::Entry &e : entries) {
        if (e.text.startsWith(u"State grain procurements")) {
            EXPECT_TRUE(e.text.contains(u"(agricultural years, July to June)")) << e.text.toStdString();
            ++agricultural;
        }
        if (e.text.startsWith(u"Grain harvest")) {
            EXPECT_TRUE(e.text.contains(u"(calendar years)")) << e.text.toStdString();
            ++calendar;
        }
    }
    EXPECT_EQ(agricultural, 1);
    EXPECT_EQ(calendar, 3);
    EXPECT_FALSE(chart->plot(1)->unitHeading().contains(u"years"));
    // A point's tooltip says what it covers, also where a point differs from its series.
    const TimeChartView *grain = chart->plot(1);
    const int procurements = seriesIndex(*grain, QStringLiteral("grain-procurements"));
    const int exports = seriesIndex(*grain, QStringLiteral("grain-exports"));
    ASSERT_GE(procurements, 0);
    ASSERT_GE(exports, 0);
    const auto tip = [&](int series, const QString &iso) {
        const auto &points = grain->series()[size_t(series)].points;
        for (size_t i = 0; i < points.size(); ++i) {
            if (points[i].date.toIso() == iso)
                return grain->toolTipFor(series, int(i));
        }
        return QString();
    };
    EXPECT_TRUE(tip(procurements, QStringLiteral("1931")).contains(u"agricultural year 1930/31"));
    EXPECT_TRUE(tip(exports, QStringLiteral("1927")).contains(u"agricultural year 1926/27"));
    EXPECT_TRUE(tip(exports, QStringLiteral("1930")).contains(u"the whole year"));
}

TEST(EconomyCharts, ASuppressedCensusIsMarkedOnTheChartItself)
{
    ViewState state(builtin());
    std::unique_ptr<TimeSeriesChart> towns(TimeSeriesChart::towns(&state, Theme()));
    showAt(*towns, QSize(1280, 800));
    state.setWindow(double(day(1925, 1, 1)), double(day(1941, 1, 1)));
    QCoreApplication::processEvents();
    for (int plot = 0; plot < 2; ++plot) {
        TimeChartView *view = towns->plot(plot);
        view->grab(); // paints
        QStringList texts;
        for (const auto &c : view->drawnCaveats()) {
            texts << c.text;
            EXPECT_TRUE(view->plotRect().adjusted(-10, -TimeChartView::kTopMargin, 10, 0).contains(c.box))
                << c.text.toStdString();
        }
        EXPECT_TRUE(texts.contains(u"1937 census: results suppressed")) << texts.join(u" | ").toStdString();
        EXPECT_TRUE(texts.contains(u"1939 census: perhaps inflated"));
        // The 1926 census is an ordinary count.
        EXPECT_EQ(texts.size(), 2);
    }
}

TEST(EconomyCharts, APlansPercentageNamesTheYearComparedAndWhy)
{
    ViewState state(builtin());
    PlanChart fyp(&state, Theme());
    EXPECT_TRUE(fyp.comparisonNote().contains(
        u"* Third Plan: 1940 output against the targets for 1942; the plan was cut short by the German invasion of "
        u"22 June 1941"))
        << fyp.comparisonNote().toStdString();
    EXPECT_TRUE(fyp.comparisonNote().contains(u"First Plan: 1932 output against the targets for 1933"));
    EXPECT_FALSE(fyp.comparisonNote().contains(u"Second Plan")); // 1937 output, 1937 targets
    // Above the bars, the starred shares are those the note explains.
    showAt(fyp, QSize(1280, 500));
    const PlanProductView *coal = fyp.product(0);
    ASSERT_EQ(coal->categoryCount(), 4);
    EXPECT_TRUE(coal->shareText(1).endsWith(u'*')) << coal->shareText(1).toStdString();
    EXPECT_FALSE(coal->shareText(2).endsWith(u'*')) << coal->shareText(2).toStdString();
    EXPECT_TRUE(coal->shareText(3).endsWith(u'*')) << coal->shareText(3).toStdString();
    EXPECT_TRUE(coal->toolTipFor(3).contains(u"cut short by the German invasion"));
    // Presenting, the notes go in brief beside the title.
    fyp.setCompact(true);
    EXPECT_EQ(fyp.comparisonNote(),
        u"* 1st Plan: 1932 output, 1933 targets (declared fulfilled early) · 3rd Plan: 1940 output, 1942 targets (cut "
        u"short by the German invasion of 22 June 1941)");
    EXPECT_EQ(fyp.titleNote(), fyp.comparisonNote().toHtmlEscaped());
}

TEST(EconomyCharts, TheHighlightedColumnIsThePlanInForce)
{
    ViewState state(builtin());
    PlanChart fyp(&state, Theme());
    const PlanProductView *coal = fyp.product(0);
    ASSERT_EQ(coal->categoryCount(), 4); // 1928, then the three plans
    EXPECT_EQ(coal->categoryOf(day(1928, 6, 1)), 0); // the starting level's year, before the plans
    EXPECT_EQ(coal->categoryOf(day(1928, 10, 1)), 1); // the First Plan began in October 1928
    EXPECT_EQ(coal->categoryOf(day(1932, 12, 31)), 1);
    EXPECT_EQ(coal->categoryOf(day(1935, 6, 1)), 2);
    EXPECT_EQ(coal->categoryOf(day(1938, 3, 15)), 3);
    EXPECT_EQ(coal->categoryOf(day(1941, 6, 22)), 3);
    // After the invasion the Third Plan was no longer in force, though its targets were for 1942.
    EXPECT_EQ(coal->categoryOf(day(1941, 9, 1)), -1);
}

TEST(EconomyCharts, AStepsChartShowsTheBaselineItsNarrationComparesWith)
{
    // "Herds had been roughly halved": the countryside step of the collectivisation tour must show
    // the herds of 1928 it compares with, though its range starts in mid-1930.
    ViewState state(builtin());
    state.setAnimationsEnabled(false);
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
    showAt(*chart, QSize(1280, 900));
    const Tour *tour = builtin()->tour(QStringLiteral("collectivisation-famine"));
    ASSERT_TRUE(tour);
    TourPlayer player(&state);
    player.setTour(*tour);
    int countryside = -1;
    for (int i = 0; i < int(tour->steps.size()); ++i) {
        if (tour->steps[size_t(i)].chart == u"countryside")
            countryside = i;
    }
    ASSERT_GE(countryside, 0);
    player.goTo(countryside);
    QCoreApplication::processEvents();
    ASSERT_TRUE(tour->steps[size_t(countryside)].baseline);
    EXPECT_EQ(tour->steps[size_t(countryside)].baseline->year, 1928);
    TimeChartView *livestock = chart->plot(0);
    const int cattle = seriesIndex(*livestock, QStringLiteral("cattle-summer"));
    ASSERT_GE(cattle, 0);
    // The step's window starts in mid-1930; the herds of 1928 are marked across the plot.
    ASSERT_GT(livestock->dayForX(livestock->plotRect().left()), double(day(1929, 1, 1)));
    livestock->grab(); // paints
    bool cattle1928 = false;
    for (const auto &b : livestock->drawnBaselines()) {
        EXPECT_TRUE(livestock->plotRect().adjusted(0, -TimeChartView::kTopMargin, 0, 0).intersects(b.box));
        if (b.series == cattle) {
            cattle1928 = true;
            EXPECT_DOUBLE_EQ(b.value, 70.5);
            EXPECT_EQ(b.text, u"1928: 70.5");
        }
    }
    EXPECT_TRUE(cattle1928);
    // Leaving the tour, nothing is marked.
    player.stop();
    livestock->grab();
    EXPECT_TRUE(livestock->drawnBaselines().empty());
}

// Hidden under a small window, the charts cost start-up nothing: they are built when first shown (or
// asked for), with every choice made meanwhile (the charts offered, the one on show, the compact mode).
TEST(EconomyCharts, ChartsAreBuiltWhenFirstShown)
{
    ViewState state(builtin());
    QWidget window;
    auto *charts = new EconomyCharts(&state, EconomyCharts::chartIds(), Theme(), &window);
    charts->hide();
    showAt(window, QSize(1200, 600));
    charts->setShownCharts({QStringLiteral("terror"), QStringLiteral("towns")});
    charts->setCurrentChart(QStringLiteral("towns"));
    EXPECT_EQ(charts->findChildren<ChartPanel *>().size(), 0);
    EXPECT_EQ(charts->currentChart(), QStringLiteral("towns"));
    EXPECT_EQ(charts->shownCharts(), (QStringList {QStringLiteral("terror"), QStringLiteral("towns")}));
    charts->show();
    const auto panels = charts->findChildren<ChartPanel *>();
    ASSERT_EQ(panels.size(), 2);
    EXPECT_EQ(charts->currentChart(), QStringLiteral("towns"));
    ASSERT_TRUE(charts->chart(QStringLiteral("towns")));
    EXPECT_TRUE(charts->chart(QStringLiteral("towns"))->isVisible());
    // Asked about a chart while hidden, a fresh widget builds its charts then.
    EconomyCharts asked(&state);
    EXPECT_TRUE(asked.chart(QStringLiteral("fyp")));
    EXPECT_EQ(asked.findChildren<ChartPanel *>().size(), EconomyCharts::chartIds().size());
}

TEST(EconomyCharts, SeriesTheClassHidStayHiddenWhenTheChartsAreBuiltAgain)
{
    // A change of language builds every chart again: a version of a figure the teacher hid to
    // compare the other alone stays hidden.
    ViewState state(builtin());
    QWidget window;
    auto *charts = new EconomyCharts(&state, {QStringLiteral("countryside")}, Theme(), &window);
    showAt(window, QSize(1200, 700));
    auto *before = qobject_cast<TimeSeriesChart *>(charts->chart(QStringLiteral("countryside")));
    ASSERT_TRUE(before);
    before->setSeriesShown(QStringLiteral("grain-harvest-official"), false);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(charts, &change);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *after = qobject_cast<TimeSeriesChart *>(charts->chart(QStringLiteral("countryside")));
    ASSERT_TRUE(after);
    ASSERT_NE(after, before); // built again
    EXPECT_FALSE(after->isSeriesShown(QStringLiteral("grain-harvest-official")));
    EXPECT_TRUE(after->isSeriesShown(QStringLiteral("grain-harvest-revised")));
}

namespace {

std::vector<SeriesLegend::Entry> livestockEntries()
{
    // Two counts of each of three subjects: the colour tells the subject, dash and shape the count.
    std::vector<SeriesLegend::Entry> entries;
    const QStringList subjects {QStringLiteral("Cattle"), QStringLiteral("Pigs"), QStringLiteral("Horses")};
    const QStringList versions {QStringLiteral("summer counts"), QStringLiteral("1 January counts")};
    for (int v = 0; v < versions.size(); ++v) {
        for (int s = 0; s < subjects.size(); ++s) {
            SeriesLegend::Entry e;
            e.subject = subjects[s];
            e.version = versions[v];
            e.text = e.subject + QStringLiteral(": ") + e.version;
            e.colour = ChartStyle::colour(s);
            e.style = ChartStyle::dash(v);
            e.marker = v;
            e.joined = false;
            entries.push_back(e);
        }
    }
    return entries;
}

QStringList legendTexts(const SeriesLegend &legend)
{
    ViewDump dump(&legend);
    legend.dumpView(dump);
    QStringList texts;
    for (const DrawnText &t : dump.textsOfKind(QStringLiteral("legend")))
        texts << t.text;
    return texts;
}

} // namespace

TEST(EconomyCharts, ACompactLegendNamesEachSubjectAndEachVersionOnce)
{
    SeriesLegend legend {Theme()};
    legend.setEntries(livestockEntries());
    showAt(legend, QSize(1000, 200));
    // Not compact: one entry per series.
    EXPECT_FALSE(legend.namesSubjectsApart());
    EXPECT_EQ(legendTexts(legend).size(), 6);
    const int perSeries = legend.heightForWidth(1000);

    legend.setCompact(true);
    ASSERT_TRUE(legend.namesSubjectsApart());
    EXPECT_EQ(legendTexts(legend),
        QStringList({QStringLiteral("Cattle"), QStringLiteral("Pigs"), QStringLiteral("Horses"),
            QStringLiteral("Summer counts"), QStringLiteral("1 January counts")}));
    // Two rows: the subjects, then the versions.
    {
        ViewDump dump(&legend);
        legend.dumpView(dump);
        const auto keys = dump.textsOfKind(QStringLiteral("legend"));
        ASSERT_EQ(keys.size(), size_t(5));
        EXPECT_DOUBLE_EQ(keys[0].rect.top(), keys[2].rect.top());
        EXPECT_LT(keys[2].rect.bottom(), keys[3].rect.top());
        EXPECT_DOUBLE_EQ(keys[3].rect.top(), keys[4].rect.top());
    }
    EXPECT_LE(legend.heightForWidth(1000), perSeries);

    // A subject's key hides both its counts, and shows them again.
    std::vector<std::pair<int, bool>> toggled;
    QObject::connect(&legend, &SeriesLegend::toggled, [&](int i, bool shown) { toggled.emplace_back(i, shown); });
    QTest::mouseClick(&legend, Qt::LeftButton, {}, legend.entryRect(1).center().toPoint());
    EXPECT_EQ(toggled, (std::vector<std::pair<int, bool>> {{1, false}, {4, false}}));
    EXPECT_FALSE(legend.entries()[1].shown);
    EXPECT_FALSE(legend.entries()[4].shown);
    EXPECT_TRUE(legend.entries()[0].shown);
    // A version's key hides every series of that count that is still shown, by the keyboard too.
    toggled.clear();
    legend.setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&legend, Qt::Key_Right); // from the pigs' key, clicked, to the second version
    QTest::keyClick(&legend, Qt::Key_Space);
    EXPECT_EQ(toggled, (std::vector<std::pair<int, bool>> {{3, false}, {5, false}}));
    // Pigs show nothing now: their key shows both counts again.
    toggled.clear();
    QTest::mouseClick(&legend, Qt::LeftButton, {}, legend.entryRect(1).center().toPoint());
    EXPECT_EQ(toggled, (std::vector<std::pair<int, bool>> {{1, true}, {4, true}}));
}

TEST(EconomyCharts, ALegendWhoseColoursDoNotFollowTheSubjectsKeepsOneEntryPerSeries)
{
    // Naming subjects apart would say something false if a colour stood for two subjects, a dash or a
    // shape for two versions, or if a series were no version of anything.
    const auto compactTexts = [](std::vector<SeriesLegend::Entry> entries) {
        SeriesLegend legend {Theme()};
        legend.setEntries(entries);
        legend.setCompact(true);
        showAt(legend, QSize(1000, 200));
        return std::make_pair(legend.namesSubjectsApart(), legendTexts(legend).size());
    };
    EXPECT_EQ(compactTexts(livestockEntries()), std::make_pair(true, qsizetype(5)));
    auto colours = livestockEntries();
    colours[4].colour = ChartStyle::colour(5);
    EXPECT_EQ(compactTexts(colours), std::make_pair(false, qsizetype(6)));
    auto shapes = livestockEntries();
    shapes[5].marker = 2;
    EXPECT_EQ(compactTexts(shapes), std::make_pair(false, qsizetype(6)));
    auto alone = livestockEntries();
    alone[2].version.clear();
    EXPECT_EQ(compactTexts(alone), std::make_pair(false, qsizetype(6)));
}

TEST(EconomyCharts, TheVersionsOfASubjectAreToldApartByTheShapeOfTheirPoints)
{
    // The built-in livestock plot: summer and 1 January counts of cattle share a colour; their points
    // differ in shape, which the compact legend names.
    ViewState state(builtin());
    std::unique_ptr<TimeSeriesChart> chart(TimeSeriesChart::countryside(&state, Theme()));
    chart->setCompact(true);
    showAt(*chart, QSize(1024, 600));
    SeriesLegend *legend = chart->legend(0);
    ASSERT_TRUE(legend->namesSubjectsApart());
    const QStringList texts = legendTexts(*legend);
    EXPECT_TRUE(texts.contains(QStringLiteral("Cattle"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("1 January counts"))) << texts.join(u'|').toStdString();
    TimeChartView *view = chart->plot(0);
    const int summer = seriesIndex(*view, QStringLiteral("cattle-summer"));
    const int january = seriesIndex(*view, QStringLiteral("cattle-january"));
    ASSERT_GE(summer, 0);
    ASSERT_GE(january, 0);
    const auto &entries = legend->entries();
    EXPECT_EQ(entries[size_t(summer)].colour, entries[size_t(january)].colour);
    EXPECT_NE(entries[size_t(summer)].marker, entries[size_t(january)].marker);
    // Drawn: the corner of a square, where a circle of the same size leaves background.
    state.setWindow(double(day(1933, 6, 1)), double(day(1934, 6, 1)));
    QCoreApplication::processEvents();
    const QImage image = view->grab().toImage();
    const QColor colour = view->lineSeries(january)->pen().color();
    const QPointF at(view->xForDay(double(day(1934, 1, 1)) + 0.5), view->yForValue(33.5));
    const double r = view->lineSeries(january)->markerSize() / 2 - 1;
    EXPECT_TRUE(hasColourNear(image, at + QPointF(r * 0.89, r * 0.89), colour, 1));
}
