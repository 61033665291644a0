#include "ui/panels/CareerChart.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "ui/Theme.h"
#include "ui/state/ViewState.h"

#include <QDate>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

struct TracedChart {
    explicit TracedChart(const QStringList &ids)
        : timeline(test::builtinTimeline())
        , state(timeline)
        , chart(&state)
    {
        QList<int> actors;
        for (const QString &id : ids)
            actors << timeline->actorIndex(id);
        state.setWindow(double(QDate(1922, 1, 1).toJulianDay()), double(QDate(1942, 1, 1).toJulianDay()));
        state.setTracedActors(actors);
        chart.setTheme(Theme::light());
        chart.resize(1400, chart.minimumHeight());
    }
    std::shared_ptr<const Timeline> timeline;
    ViewState state;
    CareerChart chart;
};

} // namespace

// Pointing at a standing point tells the class why the actor stood there and where that comes from.
TEST(CareerChart, PointingAtAStandingPointGivesItsReasonAndSources)
{
    TracedChart c({QStringLiteral("stalin"), QStringLiteral("trotsky"), QStringLiteral("bukharin")});
    // Stalin's third point: unchallenged from November 1929, with the historians' disagreement.
    const QString supreme = c.chart.standingToolTip(c.chart.standingPointAt(0, 2));
    EXPECT_TRUE(supreme.contains(QStringLiteral("Supreme leader"))) << supreme.toStdString();
    EXPECT_TRUE(supreme.contains(QStringLiteral("17 November 1929"))) << supreme.toStdString();
    EXPECT_TRUE(supreme.contains(QStringLiteral("Historians differ:"))) << supreme.toStdString();
    EXPECT_TRUE(supreme.contains(QStringLiteral("Sources:"))) << supreme.toStdString();
    // Bukharin's arrest, the third actor's fifth point.
    const QString arrest = c.chart.standingToolTip(c.chart.standingPointAt(2, 4));
    EXPECT_TRUE(arrest.contains(QStringLiteral("Nikolai Bukharin"))) << arrest.toStdString();
    EXPECT_TRUE(arrest.contains(QStringLiteral("Imprisoned"))) << arrest.toStdString();
    // Away from any point, nothing.
    EXPECT_TRUE(c.chart.standingToolTip(c.chart.standingPointAt(0, 2) + QPointF(0, 40)).isEmpty());
}

// Higher standing is drawn higher: Lenin above Stalin in 1923, Stalin rising step by step, and the
// lines of his rivals falling below his.
TEST(CareerChart, HigherStandingIsDrawnHigher)
{
    TracedChart c({QStringLiteral("lenin"), QStringLiteral("stalin"), QStringLiteral("trotsky")});
    const QPointF lenin = c.chart.standingPointAt(0, 0);
    const QPointF stalin1922 = c.chart.standingPointAt(1, 0);
    const QPointF stalin1925 = c.chart.standingPointAt(1, 1);
    const QPointF stalin1929 = c.chart.standingPointAt(1, 2);
    EXPECT_LT(lenin.y(), stalin1922.y());
    EXPECT_LT(stalin1925.y(), stalin1922.y());
    EXPECT_LT(stalin1929.y(), stalin1925.y());
    EXPECT_LT(stalin1922.x(), stalin1925.x());
    const QPointF trotskyExpelled = c.chart.standingPointAt(2, 2);
    EXPECT_GT(trotskyExpelled.y(), stalin1925.y());
    // The chart paints without trouble at classroom and desktop sizes.
    for (const QSize size : {QSize(700, 600), QSize(1400, 900)}) {
        c.chart.resize(size.width(), std::max(size.height(), c.chart.minimumHeight()));
        QImage image(c.chart.size(), QImage::Format_ARGB32);
        c.chart.render(&image);
        EXPECT_FALSE(image.isNull());
    }
}
