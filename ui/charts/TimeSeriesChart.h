#pragma once

#include "ChartPanel.h"

#include <vector>

namespace khronika {

class SeriesLegend;
class TimeChartView;

// A chart of series over time on the timeline's axis: one or more plots stacked on the same years
// (countryside: livestock above grain), each with its legend. Every series of a plot's group is
// drawn; versions of the same subject (summer and January counts, the contested harvests) share a
// colour and differ by dash, and the legend switches each on and off.
class TimeSeriesChart : public ChartPanel
{
    Q_OBJECT
public:
    struct Plot {
        QString group; // the series group of series.yaml
        QString name; // written in the gutter
    };

    TimeSeriesChart(const QString &id, const QString &title, const std::vector<Plot> &plots, ViewState *state,
        const Theme &theme, QWidget *parent = nullptr);

    // Share of peasant households in collective farms, yearly and the 1929–1931 spike.
    static TimeSeriesChart *collectivisation(ViewState *state, const Theme &theme, QWidget *parent = nullptr);
    // Livestock and grain on the same years.
    static TimeSeriesChart *countryside(ViewState *state, const Theme &theme, QWidget *parent = nullptr);
    // The death sentences of the security police above the prisoners in the Gulag, on the same years.
    static TimeSeriesChart *terror(ViewState *state, const Theme &theme, QWidget *parent = nullptr);
    // The towns' population and its share of the whole at the censuses.
    static TimeSeriesChart *towns(ViewState *state, const Theme &theme, QWidget *parent = nullptr);

    QString chartId() const override { return m_id; }
    QString chartTitle() const override { return m_title; }
    QStringList seriesNames() const override;
    QSize exportSize() const override;

    int plotCount() const override { return int(m_views.size()); }
    void setPlotsShown(int count) override;
    int plotsShown() const override { return m_plotsShown; }
    int plotOf(const QWidget *part) const override;
    QString plotName(int plot) const override { return m_plotNames[size_t(plot)]; }
    QString plotGroup(int plot) const override { return m_plotGroups[size_t(plot)]; }
    const QWidget *plotView(int index) const override;
    TimeChartView *plot(int index) const { return m_views[size_t(index)]; }
    SeriesLegend *legend(int index) const { return m_legends[size_t(index)]; }
    // The gutter every plot of the chart has: the widest any shown plot's heading needs, so that
    // the plots' time axes stay one above the other.
    double gutter() const { return m_gutter; }
    // Shows or hides a series by its id, in its plot and its legend.
    void setSeriesShown(const QString &seriesId, bool shown);
    bool isSeriesShown(const QString &seriesId) const;

protected:
    Changes changesAround(Day day) const override;
    void compactChanged() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Tells the state the gutter this chart's headings need, while it is on show.
    void shareGutter();
    // Takes the gutter every view shares.
    void applyGutter();

    QString m_id, m_title;
    double m_gutter = 0;
    std::vector<TimeChartView *> m_views;
    std::vector<SeriesLegend *> m_legends;
    std::vector<QString> m_plotNames;
    std::vector<QString> m_plotGroups;
    int m_plotsShown = 0;
};

} // namespace khronika
