#include "TimeSeriesChart.h"

#include "ChartStyle.h"
#include "SeriesLegend.h"
#include "TimeChartView.h"
#include "ui/view/TimeAxisGeometry.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace khronika {

TimeSeriesChart::TimeSeriesChart(const QString &id, const QString &title, const std::vector<Plot> &plots,
    ViewState *state, const Theme &theme, QWidget *parent)
    : ChartPanel(state, theme, parent)
    , m_id(id)
    , m_title(title)
{
    setTitle(title);
    const DataSet &data = state->timeline().data();
    std::vector<std::vector<ChartSeries>> groups;
    std::vector<SourceRef> allSources;
    int unchecked = 0;
    for (const Plot &plot : plots) {
        groups.push_back(seriesOfGroup(data, plot.group));
        for (const ChartSeries &s : groups.back()) {
            allSources.insert(allSources.end(), s.sources.begin(), s.sources.end());
            unchecked += s.uncheckedCount();
        }
    }
    setSources(allSources, unchecked);

    for (size_t i = 0; i < plots.size(); ++i) {
        const auto &series = groups[i];
        // One colour per subject, in order of first appearance; its versions take dash patterns.
        QHash<QString, int> colourOf, versionsOf;
        std::vector<TimeChartView::Style> styles;
        std::vector<SeriesLegend::Entry> entries;
        // What the points are: under the unit when every series of the plot is measured alike, else
        // in each series' legend entry ("procurements: agricultural years" beside calendar harvests).
        const bool mixed = std::any_of(
            series.begin(), series.end(), [&](const ChartSeries &s) { return s.measure != series.front().measure; });
        for (const ChartSeries &s : series) {
            const QString key = s.subject.toCaseFolded();
            if (!colourOf.contains(key))
                colourOf.insert(key, int(colourOf.size()));
            const TimeChartView::Style style {colourOf.value(key), versionsOf.value(key)};
            versionsOf[key] += 1;
            styles.push_back(style);
            SeriesLegend::Entry entry;
            const QString marks = sourceMarks(s.sources);
            const QString label = mixed ? s.label() + QStringLiteral(" (%1)").arg(measureText(s.measure)) : s.label();
            entry.text = marks.isEmpty() ? label : label + u' ' + marks;
            // Presenting, the legend is short: calendar years go without saying, an agricultural year
            // is still named.
            entry.shortText = mixed && s.measure == Series::Measure::AgriculturalYear
                ? tr("%1 (July to June)", "a series of agricultural years in a short legend").arg(s.label())
                : s.label();
            // Where the compact legend can name subjects and versions apart (SeriesLegend decides).
            if (!mixed && s.hasAlternatives) {
                entry.subject = s.subject;
                entry.version = s.version;
            }
            entry.colour = ChartStyle::colour(style.colour);
            entry.style = ChartStyle::dash(style.version);
            entry.marker = style.version;
            // A count is drawn as points, joined only when the series says so; a year is a step.
            entry.joined = s.interpolate || s.measure != Series::Measure::Count;
            QStringList works;
            for (const CitedWork &w : citedWorks(data, s.sources))
                works << w.fullText();
            entry.toolTip = QStringLiteral("<b>%1</b> (%2)<p>%3</p><p>%4</p>")
                                .arg(s.title.toHtmlEscaped(), s.unit.toHtmlEscaped(), s.basis.toHtmlEscaped(),
                                    works.join(QStringLiteral("<br>")).toHtmlEscaped());
            entries.push_back(entry);
        }

        auto *view = new TimeChartView(state, theme);
        // The heading names the plot; a one-series plot's unit is that series' unit, and plots in
        // one group share theirs (a data set mixing units in a group would show the first).
        view->setHeading(plots[i].name,
            series.empty() ? QString()
                : mixed    ? series.front().unit
                           : series.front().unit + QStringLiteral(", ") + measureText(series.front().measure));
        view->setSeries(series, styles);
        view->setShowsEventName(i == 0);
        view->setAccessibleName(plots[i].name);
        view->setAccessibleDescription(tr("Left and Right move the time cursor a month, with Shift a year."));
        auto *legend = new SeriesLegend(theme);
        legend->setAccessibleName(tr("Legend: %1").arg(plots[i].name));
        legend->setIndent(int(TimeAxisGeometry::kGutter));
        legend->setEntries(entries);
        connect(legend, &SeriesLegend::toggled, view, [this, view](int index, bool shown) {
            view->setSeriesVisible(index, shown);
            updateCaption();
        });
        connect(view, &TimeChartView::neededGutterChanged, this, &TimeSeriesChart::shareGutter);
        addBody(view, 1);
        addBody(legend, 0);
        m_views.push_back(view);
        m_legends.push_back(legend);
        m_plotNames.push_back(plots[i].name);
        m_plotGroups.push_back(plots[i].group);
    }
    setPreferredPlots({});
    m_plotsShown = plotCount();
    connect(state, &ViewState::gutterChanged, this, &TimeSeriesChart::applyGutter);
    shareGutter();
    // After the plots' own connection, so that the caption reads the series as newly revealed.
    connect(state, &ViewState::filtersChanged, this, &ChartPanel::updateCaption);
    updateCaption();
}

TimeSeriesChart *TimeSeriesChart::collectivisation(ViewState *state, const Theme &theme, QWidget *parent)
{
    return new TimeSeriesChart(QStringLiteral("collectivisation"),
        tr("Collectivisation: peasant households in collective farms"),
        {{chartgroups::kCollectivisation.toString(), tr("Households in collective farms")}}, state, theme, parent);
}

TimeSeriesChart *TimeSeriesChart::countryside(ViewState *state, const Theme &theme, QWidget *parent)
{
    return new TimeSeriesChart(QStringLiteral("countryside"), tr("The countryside: livestock and grain"),
        {{chartgroups::kLivestock.toString(), tr("Livestock")}, {chartgroups::kGrain.toString(), tr("Grain")}}, state,
        theme, parent);
}

TimeSeriesChart *TimeSeriesChart::terror(ViewState *state, const Theme &theme, QWidget *parent)
{
    // The death sentences first: the spike of 1937–38 is what a class should see without scrolling.
    return new TimeSeriesChart(QStringLiteral("terror"), tr("Repression: death sentences and the Gulag"),
        {{chartgroups::kDeathSentences.toString(), tr("Death sentences")},
            {chartgroups::kGulag.toString(), tr("Prisoners in the Gulag")}},
        state, theme, parent);
}

TimeSeriesChart *TimeSeriesChart::towns(ViewState *state, const Theme &theme, QWidget *parent)
{
    return new TimeSeriesChart(QStringLiteral("towns"), tr("Towns: the urban population at the censuses"),
        {{chartgroups::kUrbanPopulation.toString(), tr("People in towns")},
            {chartgroups::kUrbanShare.toString(), tr("Share of the population")}},
        state, theme, parent);
}

QStringList TimeSeriesChart::seriesNames() const
{
    QStringList names;
    for (const TimeChartView *v : m_views) {
        for (const ChartSeries &s : v->series())
            names << s.label();
    }
    return names;
}

QSize TimeSeriesChart::exportSize() const
{
    return {1600, 520 + 380 * int(m_views.size())};
}

void TimeSeriesChart::setSeriesShown(const QString &seriesId, bool shown)
{
    for (size_t v = 0; v < m_views.size(); ++v) {
        const auto &series = m_views[v]->series();
        for (size_t i = 0; i < series.size(); ++i) {
            if (series[i].id == seriesId) {
                m_views[v]->setSeriesVisible(int(i), shown);
                m_legends[v]->setShown(int(i), shown);
            }
        }
    }
    updateCaption();
}

void TimeSeriesChart::setPlotsShown(int count)
{
    count = std::clamp(count, std::min(1, plotCount()), plotCount());
    bool changed = count != m_plotsShown;
    m_plotsShown = count;
    // The first `count` plots in the panel's order (a tour step's first), drawn top to bottom.
    for (int i = 0; i < plotCount(); ++i) {
        changed = changed || m_views[size_t(i)]->isHidden() == isPlotShown(i);
        m_views[size_t(i)]->setVisible(isPlotShown(i));
        m_legends[size_t(i)]->setVisible(isPlotShown(i));
    }
    // Only the topmost plot shown names the selected event above its lines.
    int first = -1;
    for (int i = 0; i < plotCount() && first < 0; ++i)
        first = isPlotShown(i) ? i : -1;
    for (int i = 0; i < plotCount(); ++i)
        m_views[size_t(i)]->setShowsEventName(i == first);
    if (changed)
        noteLeftOutPlots();
    shareGutter();
}

void TimeSeriesChart::shareGutter()
{
    // The widest heading of a plot on show; a chart out of sight (another tab, the charts closed)
    // does not widen the timeline's gutter.
    double need = 0;
    for (const TimeChartView *view : m_views) {
        if (!view->isHidden())
            need = std::max(need, view->neededGutter());
    }
    state()->setGutterNeed(this, isVisible() ? need : 0);
    applyGutter();
}

void TimeSeriesChart::showEvent(QShowEvent *event)
{
    ChartPanel::showEvent(event);
    shareGutter();
}

void TimeSeriesChart::hideEvent(QHideEvent *event)
{
    ChartPanel::hideEvent(event);
    state()->setGutterNeed(this, 0);
}

void TimeSeriesChart::applyGutter()
{
    const double gutter = std::max(TimeAxisGeometry::kGutter, state()->gutter());
    if (gutter == m_gutter)
        return;
    m_gutter = gutter;
    for (TimeChartView *view : m_views)
        view->setGutter(gutter);
    for (SeriesLegend *legend : m_legends)
        legend->setIndent(int(std::lround(gutter)));
}

void TimeSeriesChart::compactChanged()
{
    // Under the timeline while presenting, a plot's heading and axis still read at this height.
    constexpr int kCompactPlotHeight = 140;
    for (TimeChartView *view : m_views)
        view->setMinimumHeight(isCompact() ? kCompactPlotHeight : view->minimumSizeHint().height());
    // The works' numbers refer to the line of sources, which a compact panel may leave out.
    for (SeriesLegend *legend : m_legends)
        legend->setCompact(isCompact());
}

const QWidget *TimeSeriesChart::plotView(int index) const
{
    return plot(index);
}

int TimeSeriesChart::plotOf(const QWidget *part) const
{
    for (int i = 0; i < plotCount(); ++i) {
        if (part == m_views[size_t(i)] || part == m_legends[size_t(i)])
            return i;
    }
    return -1;
}

bool TimeSeriesChart::isSeriesShown(const QString &seriesId) const
{
    for (const TimeChartView *v : m_views) {
        const auto &series = v->series();
        for (size_t i = 0; i < series.size(); ++i) {
            if (series[i].id == seriesId)
                return v->isSeriesVisible(int(i));
        }
    }
    return false;
}

ChartPanel::Changes TimeSeriesChart::changesAround(Day day) const
{
    // The caption names each subject once, by its first shown version, and adds how much the other
    // shown versions moved ("other versions: −2 %, +16 %") so that a contested figure is seen to be
    // contested without a line per version; the tooltip has every version in full.
    Changes changes;
    QStringList subjects;
    std::vector<SeriesChange> firsts;
    std::vector<QStringList> others;
    for (const TimeChartView *v : m_views) {
        const auto &series = v->series();
        for (size_t i = 0; i < series.size(); ++i) {
            if (!v->isSeriesVisible(int(i)))
                continue;
            // The middle of the day, where a count taken on that day is drawn.
            const auto change = findChange(series[i], double(day) + 0.5);
            if (!change)
                continue;
            changes.full << describeChange(series[i], *change, series[i].label());
            const QString subject = series[i].subject.toCaseFolded();
            if (const qsizetype k = subjects.indexOf(subject); k >= 0) {
                // The years too when this version's run is not the first one's (years only, unless
                // the run lies within one year: the full dates are in the tooltip).
                QString amount = describeChangeAmount(series[i], *change);
                const SeriesChange &first = firsts[size_t(k)];
                const Date &from = change->from.date, &to = change->to.date;
                if (!(from == first.from.date && to == first.to.date)) {
                    const bool sameYear = from.year == to.year;
                    amount += QStringLiteral(" (%1 \u2192 %2)")
                                  .arg(sameYear ? from.toDisplayString() : QString::number(from.year),
                                      sameYear ? to.toDisplayString() : QString::number(to.year));
                }
                others[size_t(k)] << amount;
                continue;
            }
            subjects << subject;
            firsts.push_back(*change);
            others.emplace_back();
            changes.brief << describeChange(series[i], *change, series[i].subject);
        }
    }
    for (qsizetype k = 0; k < changes.brief.size(); ++k) {
        if (!others[size_t(k)].isEmpty())
            changes.brief[k] += tr("; other versions: %1").arg(others[size_t(k)].join(QStringLiteral(", ")));
    }
    return changes;
}

} // namespace khronika
