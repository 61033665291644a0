#pragma once

#include "ChartPanel.h"

#include <vector>

class QGridLayout;

class QLabel;

namespace khronika {

class PlanProductView;
class SeriesLegend;

// "fyp": the Five Year Plans against reality, one small chart per product in its own unit (coal and
// electricity cannot share an axis), laid out in as many columns as the width allows. Built from
// every series of the data set that has target points (see planComparisons()).
class PlanChart : public ChartPanel
{
    Q_OBJECT
public:
    PlanChart(ViewState *state, const Theme &theme, QWidget *parent = nullptr);

    QString chartId() const override { return QStringLiteral("fyp"); }
    QString chartTitle() const override;
    QStringList seriesNames() const override;
    QSize exportSize() const override { return {1600, 900}; }

    int productCount() const { return int(m_views.size()); }
    PlanProductView *product(int index) const { return m_views[size_t(index)]; }
    SeriesLegend *legend() const { return m_legend; }
    // What the percentages of plans judged on an earlier year's output compare, and why: under the
    // plans, one line per plan; presenting (compact), in brief beside the title.
    QString comparisonNote() const;
    int columns() const { return m_columns; }

protected:
    Changes changesAround(Day day) const override;
    void resizeEvent(QResizeEvent *event) override;
    void compactChanged() override;

private:
    void arrange(int columns);

    std::vector<PlanProductView *> m_views;
    std::vector<ChartSeries> m_actuals; // per product, its actual points as a line, for the caption
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    SeriesLegend *m_legend;
    QLabel *m_comparisonNote;
    QString m_fullNote, m_briefNote; // the comparison notes in full, and on one line when presenting
    int m_columns = 0;
};

} // namespace khronika
