#include "PlanChart.h"

#include "ChartStyle.h"
#include "PlanProductView.h"
#include "SeriesLegend.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

namespace khronika {

PlanChart::PlanChart(ViewState *state, const Theme &theme, QWidget *parent)
    : ChartPanel(state, theme, parent)
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
    , m_legend(new SeriesLegend(theme))
    , m_comparisonNote(new QLabel)
{
    setTitle(chartTitle());
    const DataSet &data = state->timeline().data();
    const auto plans = planComparisons(data);
    std::vector<SourceRef> sources;
    int unchecked = 0;
    for (const PlanComparison &p : plans) {
        sources.insert(sources.end(), p.sources.begin(), p.sources.end());
        unchecked += p.uncheckedCount();
    }
    setSources(sources, unchecked);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(4);
    for (const PlanComparison &p : plans) {
        m_views.push_back(new PlanProductView(p, state, theme));
        if (const Series *s = state->timeline().series(p.seriesId))
            m_actuals.push_back(chartSeries(*s));
        else
            m_actuals.emplace_back();
    }
    if (plans.empty()) {
        auto *empty = new QLabel(tr("This data set has no series with plan targets."));
        empty->setAlignment(Qt::AlignCenter);
        empty->setFont(theme.font(1.0));
        m_gridLayout->addWidget(empty, 0, 0);
    }
    arrange(std::min<int>(int(m_views.size()), 5));
    // The grid asks for no width of its own: its minimum would be that of its current number of
    // columns, so that a panel once wide enough for five products could never become narrow enough to
    // rearrange them into fewer (resizeEvent). Its height it does need.
    m_grid->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    addBody(m_grid, 1);

    // The legend says what the marks mean, with the variants' names as the data gives them.
    QStringList mainVariants, lowerVariants;
    QString startYear;
    for (const PlanComparison &p : plans) {
        if (p.baseline && startYear.isEmpty())
            startYear = p.baseline->date.toDisplayString();
        for (const PlanStage &s : p.plans) {
            if (s.targets.size() < 2)
                continue;
            for (size_t i = 0; i + 1 < s.targets.size(); ++i) {
                if (!lowerVariants.contains(s.targets[i].variant))
                    lowerVariants << s.targets[i].variant;
            }
            if (!mainVariants.contains(s.mainTarget()->variant))
                mainVariants << s.mainTarget()->variant;
        }
    }
    std::vector<SeriesLegend::Entry> entries;
    SeriesLegend::Entry bars;
    bars.text = startYear.isEmpty()
        ? tr("Output achieved in the 1st, 2nd and 3rd Five Year Plans")
        : tr("Output achieved in the 1st, 2nd and 3rd Five Year Plans (grey: %1, before them)").arg(startYear);
    bars.shortText = startYear.isEmpty() ? tr("Output achieved") : tr("Output achieved (grey: %1)").arg(startYear);
    bars.colour = ChartStyle::colour(0);
    bars.sample = SeriesLegend::Sample::Bar;
    entries.push_back(bars);
    SeriesLegend::Entry target;
    target.text = mainVariants.isEmpty()
        ? tr("The plan's target; % = output achieved as a share of it")
        : tr("The plan's target (where there were variants, the higher: %1); % = output achieved as a share of it")
              .arg(mainVariants.join(QStringLiteral(", ")));
    target.shortText = tr("Target; % = share achieved");
    target.colour = theme.text;
    target.sample = SeriesLegend::Sample::TargetLine;
    entries.push_back(target);
    if (!lowerVariants.isEmpty()) {
        SeriesLegend::Entry lower;
        lower.text = tr("Lower variant of the target: %1").arg(lowerVariants.join(QStringLiteral(", ")));
        lower.shortText = tr("Lower variant: %1").arg(lowerVariants.join(QStringLiteral(", ")));
        lower.colour = theme.text;
        lower.style = Qt::DashLine;
        lower.sample = SeriesLegend::Sample::TargetLine;
        entries.push_back(lower);
    }
    m_legend->setEntries(entries);
    connect(m_legend, &SeriesLegend::toggled, this, [this](int index, bool shown) {
        for (PlanProductView *v : m_views) {
            if (index == 0)
                v->setBarsShown(shown);
            else
                v->setTargetsShown(index == 1, shown);
        }
    });
    addBody(m_legend, 0);

    // A percentage judged on an earlier year than the plan's target says so, and why, on the chart:
    // "68 %" of the Third Plan is 1940 against 1942, the war having cut the plan short.
    QStringList notes, briefs;
    for (const PlanComparison &p : plans) {
        for (const PlanStage &s : p.plans) {
            const QString note = planComparisonNote(data, s);
            if (!note.isEmpty() && !notes.contains(QStringLiteral("* ") + note)) {
                notes << QStringLiteral("* ") + note;
                briefs << planComparisonBrief(data, s);
            }
        }
    }
    m_fullNote = notes.join(u'\n');
    // Presenting, the notes go in brief beside the title, so that the bars keep their height.
    m_briefNote = briefs.isEmpty() ? QString() : QStringLiteral("* ") + briefs.join(QStringLiteral(" · "));
    m_comparisonNote->setText(m_fullNote);
    m_comparisonNote->setToolTip(m_fullNote);
    m_comparisonNote->setWordWrap(true);
    m_comparisonNote->setFont(theme.font(0.9));
    m_comparisonNote->setContentsMargins(8, 0, 8, 0);
    // Placed before it is hidden: a parentless widget made visible would open a window of its own.
    addBody(m_comparisonNote, 0);
    m_comparisonNote->setVisible(!notes.isEmpty());
    connect(state, &ViewState::filtersChanged, this, &ChartPanel::updateCaption);
    updateCaption();
}

QString PlanChart::comparisonNote() const
{
    return isCompact() ? m_briefNote : m_fullNote;
}

QString PlanChart::chartTitle() const
{
    return tr("The Five Year Plans: targets against results");
}

QStringList PlanChart::seriesNames() const
{
    QStringList names;
    for (const PlanProductView *v : m_views)
        names << v->comparison().product;
    for (const SeriesLegend::Entry &e : m_legend->entries())
        names << e.text;
    return names;
}

void PlanChart::arrange(int columns)
{
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (PlanProductView *v : m_views)
        m_gridLayout->removeWidget(v);
    for (int c = 0; c < m_gridLayout->columnCount(); ++c)
        m_gridLayout->setColumnStretch(c, 0);
    for (size_t i = 0; i < m_views.size(); ++i)
        m_gridLayout->addWidget(m_views[i], int(i) / columns, int(i) % columns);
    for (int c = 0; c < columns; ++c)
        m_gridLayout->setColumnStretch(c, 1);
}

void PlanChart::resizeEvent(QResizeEvent *event)
{
    if (!m_views.empty()) {
        // As many columns as fit products at their legible minimum width (below it a product's plan
        // labels start to collide), with the grid's spacing between them.
        const int spacing = m_gridLayout->spacing();
        const int column = m_views.front()->minimumWidth() + spacing;
        arrange(std::clamp((event->size().width() + spacing) / column, 1, int(m_views.size())));
    }
    ChartPanel::resizeEvent(event);
}

void PlanChart::compactChanged()
{
    // Under the timeline while presenting, the bars and their labels still read at this height.
    constexpr int kCompactProductHeight = 185;
    // The comparison note beside the title may take a second line there: the products give it up.
    const int height = kCompactProductHeight - (m_briefNote.isEmpty() ? 0 : 12);
    // And narrower, so that all five products stand in one row on a 1024-pixel projector rather than
    // wrap into a second row the screen has no room for (a share that no longer fits its slot is left
    // out rather than drawn over its neighbour's).
    constexpr int kCompactProductWidth = 190;
    for (PlanProductView *v : m_views) {
        v->setMinimumHeight(isCompact() ? height : v->minimumSizeHint().height());
        v->setMinimumWidth(isCompact() ? kCompactProductWidth : v->minimumSizeHint().width());
    }
    // The columns follow the products' new least width.
    if (!m_views.empty() && width() > 0) {
        const int spacing = m_gridLayout->spacing();
        arrange(std::clamp((width() + spacing) / (m_views.front()->minimumWidth() + spacing), 1, int(m_views.size())));
    }
    m_legend->setCompact(isCompact());
    m_comparisonNote->setVisible(!isCompact() && !m_fullNote.isEmpty());
    setTitleNote(isCompact() ? m_briefNote : QString());
}

ChartPanel::Changes PlanChart::changesAround(Day day) const
{
    // In reveal mode the caption, like the bars, knows nothing after the revealed day.
    const std::optional<Day> until = state()->revealUntil();
    Changes changes;
    for (size_t i = 0; i < m_views.size(); ++i) {
        ChartSeries known = m_actuals[i];
        if (until)
            std::erase_if(known.points, [&](const ChartPoint &p) { return !isKnownBy(p, *until); });
        if (const auto change = findChange(known, double(day) + 0.5))
            changes.brief << describeChange(known, *change, m_views[i]->comparison().product);
    }
    changes.full = changes.brief;
    return changes;
}

} // namespace khronika
