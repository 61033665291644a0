#pragma once

#include "core/ChartData.h"
#include "ui/Theme.h"
#include "ui/state/ViewState.h"
#include "ui/view/BarLabels.h"

#include <QChartView>
#include <QHash>

#include <vector>

class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace khronika {

// Plan against reality for one product, in its own unit: a bar for the starting level and for each
// plan's result, the plan's target drawn as a thick line across the plan's bar (a lower variant as a
// dashed one), and the result as a share of the target written above it, so that the gap between
// promise and result shows at a glance. The plan that holds the time cursor is shaded, the one of the
// selected event outlined and those outside the timeline's visible window veiled; a click on a plan
// moves the cursor to its start.
class PlanProductView : public QChartView
{
    Q_OBJECT
public:
    PlanProductView(const PlanComparison &plan, ViewState *state, const Theme &theme, QWidget *parent = nullptr);

    const PlanComparison &comparison() const { return m_plan; }
    // Category 0 is the starting level when there is one; then one category per plan.
    int categoryCount() const { return int(m_days.size()); }
    // The category under a widget x, or -1; its first day, where a click puts the cursor.
    int categoryAt(double x);
    Day categoryDay(int category) const { return m_days[size_t(category)]; }
    // The category holding a day (the plan running then, or the starting level's year), or -1.
    int categoryOf(Day day) const;
    QString toolTipFor(int category) const;

    QBarSet *barSet() const { return m_bars; }
    void setTargetsShown(bool main, bool shown); // main targets, or the lower variants
    void setBarsShown(bool shown);

    // Where each plan's share of its target is written, in scene pixels, tight around the text
    // (empty for a category without one): within its own slot, so that neighbours never touch.
    std::vector<QRectF> shareLabelBoxes() const;
    // The share of the target written above a plan ("68 %*"), or empty.
    QString shareText(int category) const { return labelsOf(category).share; }

    QSize sizeHint() const override { return {340, 300}; }
    QSize minimumSizeHint() const override { return {232, 220}; } // narrower, and plan labels collide

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    // The figures of one category's bar: its value, and the share of the target above it.
    struct BarLabels {
        QString value;
        QFont valueFont;
        std::optional<double> sharePercent; // none when the plan has no target to compare with
        QString share;
        QFont shareFont;
        BarLabelPlacement place;
    };
    BarLabels labelsOf(int category) const;
    QRectF categoryRect(int category) const;
    double yOf(double value) const; // a value's y in scene pixels
    const PlanStage *stageOf(int category) const;
    // The figure a category's bar draws: the plan's result, or the starting level; may be missing.
    const std::optional<ChartPoint> &figureOf(int category) const;
    QColor barColour(int category) const; // the starting level's grey, or the results' colour
    void applyReveal();
    void updateTargets();
    bool isRevealed(int category) const;

    PlanComparison m_plan;
    ViewState *m_state;
    Theme m_theme;
    QChart *m_chart;
    QBarSeries *m_series;
    QBarSet *m_bars;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    std::vector<QLineSeries *> m_mainTargets, m_lowerTargets;
    QHash<QLineSeries *, int> m_targetStage; // the plan each target line belongs to
    bool m_mainShown = true, m_lowerShown = true;
    std::vector<bool> m_revealed; // per category: its figure is shown (ViewState::revealUntil)
    std::vector<bool> m_planStarted; // per plan: its targets are shown
    std::vector<Day> m_days; // per category, the day a click moves the cursor to
    bool m_hasBaseline = false;
};

} // namespace khronika
