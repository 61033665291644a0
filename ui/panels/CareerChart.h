#pragma once

#include "ui/Theme.h"
#include "ui/state/ViewState.h"
#include "ui/view/TimeAxisGeometry.h"

#include <QWidget>

#include <vector>

namespace khronika {

// The rise and fall of the traced actors on the timeline's time axis. At the top, each actor's standing
// as the data set states it (dated points on the data set's own scale, labelled in words) drawn as
// step lines on one chart, so several actors compare at a glance; each line ends in a cross at death,
// and pointing at a point shows why the sources put the actor there. Below it, for each actor, their
// faction memberships as coloured bands, their offices as labelled bars, and the changes of status
// (expelled, exiled, arrested, executed, murdered) marked on the date.
class CareerChart : public QWidget
{
    Q_OBJECT
public:
    explicit CareerChart(ViewState *state, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);

    QSize sizeHint() const override;

    // Where the chart draws the point that starts step `step` of the `slot`-th traced actor's standing
    // line, and what pointing there shows (level, date, reason, disagreement, sources; empty elsewhere).
    QPointF standingPointAt(int slot, int step) const;
    QString standingToolTip(const QPointF &pos) const;

    // One entry of the legend above the standing chart: a traced actor's line, or a marker and what it
    // means.
    struct LegendItem {
        enum class Kind { Line, Point, Death };
        Kind kind = Kind::Line;
        int slot = 0; // the traced actor's slot, for a line
        QString text;
    };

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The timeline's axis over the visible window, so that a day sits at the same x in both.
    TimeAxisGeometry axis() const { return {double(width()), m_state->windowStart(), m_state->windowEnd()}; }
    double xForDay(double day) const;
    double yForLevel(int level, int slot) const;
    // Lays the legend out in rows across the chart's width: on a change of width, theme or actors.
    void layOutLegend();
    // The legend, the least height and a repaint anew: other actors traced, or another language.
    void relayOut();
    double legendLeft() const;
    double standingChartHeight() const;
    int contentHeight() const;

    ViewState *m_state;
    Theme m_theme;
    std::vector<std::vector<LegendItem>> m_legend; // rows, left to right
};

} // namespace khronika
