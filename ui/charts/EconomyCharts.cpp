#include "EconomyCharts.h"

#include "ChartPanel.h"
#include "PlanChart.h"
#include "TimeChartView.h"
#include "TimeSeriesChart.h"

#include <QApplication>
#include <QEvent>
#include <QLayout>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <optional>

namespace khronika {

namespace {

// The least height a column of items needs at a width: wrapped text (a legend, the sources) at the
// height it wraps to there, everything else at its minimum. A layout's own minimum leaves wrapping
// out, and its height for width is that of the preferred sizes, taller than needed. `counts` may
// decide for a widget whether it is in the column, whatever it is now (a plot about to be shown or
// hidden); otherwise what is hidden is left out.
int minimumHeightForWidth(
    const QLayout &layout, int width, const std::function<std::optional<bool>(const QWidget *)> &counts = {})
{
    const QMargins m = layout.contentsMargins();
    const int inner = width - m.left() - m.right();
    int height = m.top() + m.bottom();
    int items = 0;
    for (int i = 0; i < layout.count(); ++i) {
        const QLayoutItem *item = layout.itemAt(i);
        const QWidget *w = item->widget();
        const std::optional<bool> decided = w && counts ? counts(w) : std::nullopt;
        if (decided ? !*decided : item->isEmpty())
            continue;
        // Wrapped text at the width it will have (its minimum was measured at whatever width it had
        // last, perhaps none yet), else the minimum. A widget is asked itself, since its item
        // measures nothing while it is hidden; a minimum set on it wins over its hint, as in a layout.
        int wrapped = -1, least = 0;
        if (w) {
            wrapped = w->hasHeightForWidth() ? w->heightForWidth(inner) : -1;
            least = w->minimumHeight() > 0 ? w->minimumHeight() : w->minimumSizeHint().height();
        } else {
            wrapped = item->hasHeightForWidth() ? item->heightForWidth(inner) : -1;
            least = item->minimumSize().height();
        }
        height += wrapped > 0 ? wrapped : least;
        ++items;
    }
    return height + std::max(0, items - 1) * std::max(0, layout.spacing());
}

// The least height of a chart page showing its first `plots` plots (in the page's order: a tour step's
// first) and, if `sources` says so, its line of sources (as it is now if not said), whatever is shown
// or hidden at the moment.
int pageHeightWith(const ChartPanel &page, int width, int plots, std::optional<bool> sources = std::nullopt)
{
    return minimumHeightForWidth(*page.layout(), width, [&](const QWidget *w) -> std::optional<bool> {
        if (w == page.sourcesWidget())
            return sources ? std::optional<bool>(page.sourcesLineShown(*sources)) : std::nullopt;
        const int plot = page.plotOf(w);
        return plot < 0 ? std::nullopt : std::optional<bool>(page.plotRank(plot) < plots);
    });
}

} // namespace

EconomyCharts::EconomyCharts(ViewState *state, const QStringList &charts, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_theme(theme)
    , m_tabs(new QTabBar)
    , m_stack(new QStackedWidget)
    , m_scroll(new QScrollArea)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs->setDocumentMode(true);
    // A frame around the plots, which take the focus themselves: Tab passes it by.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->setExpanding(false);
    m_tabs->setFont(m_theme.font(1.0));
    layout->addWidget(m_tabs);
    // In a window too small for a chart at its legible minimum (1280x720 with both side panels open,
    // say), the chart scrolls rather than forcing the window past the screen or squeezing the timeline.
    // The page on show fills the view and keeps its own minimum (not the stack's, which is the largest
    // of all pages'): fitted by hand rather than by the scroll area.
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_stack);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0 || index >= int(m_charts.size()))
            return;
        m_stack->setCurrentWidget(m_charts[size_t(index)]);
        fitPage();
        Q_EMIT currentChartChanged(m_charts[size_t(index)]->chartId());
    });
    setShownCharts(charts);
    m_tabs->setAccessibleName(tr("Charts"));
    connect(m_state, &ViewState::textsChanged, this, &EconomyCharts::retranslateSoon);
}

void EconomyCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateSoon();
    QWidget::changeEvent(event);
}

void EconomyCharts::retranslateSoon()
{
    if (m_retranslating)
        return;
    m_retranslating = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_retranslating = false;
            m_tabs->setAccessibleName(tr("Charts"));
            // Titles, legends, captions, axes and sources are all made when a chart is built.
            setShownCharts(shownCharts());
        },
        Qt::QueuedConnection);
}

void EconomyCharts::fitPage()
{
    auto *page = qobject_cast<ChartPanel *>(m_stack->currentWidget());
    const QSize view = m_scroll->viewport()->size();
    // Wrapped text (the legend, the sources) grows taller as the page narrows: ask for the height
    // at the width the page will have.
    const auto least = [&] {
        QSize size = page->minimumSizeHint().expandedTo(page->minimumSize());
        if (page->layout())
            size.setHeight(minimumHeightForWidth(*page->layout(), std::max(view.width(), size.width())));
        return size;
    };
    if (!page) {
        m_stack->resize(view);
        return;
    }
    if (m_compact && page->layout()) {
        // As many whole plots as fit, from the first, then the line of sources if it fits too.
        // Measured without showing or hiding anything, since each change of the page asks for
        // another fit.
        int shown = page->plotCount();
        while (shown > 1 && pageHeightWith(*page, view.width(), shown, false) > view.height())
            --shown;
        const bool sources = pageHeightWith(*page, view.width(), shown, true) <= view.height();
        if (shown != page->plotsShown() || sources != page->sourcesShown()) {
            page->setPlotsShown(shown);
            page->setSourcesShown(sources);
            page->layout()->activate();
        }
    }
    m_stack->resize(view.expandedTo(least()));
    Q_EMIT fitted(overflow());
}

int EconomyCharts::overflow() const
{
    if (!m_built)
        return 0;
    return std::max(0, m_stack->height() - m_scroll->viewport()->height());
}

int EconomyCharts::heightForFirstPlot(int width) const
{
    return heightOfPage(width, 1, std::nullopt, 0);
}

int EconomyCharts::heightForAllPlots(int width, int plotHeight) const
{
    return heightOfPage(width, -1, true, plotHeight);
}

int EconomyCharts::heightForPlots(int width, int plots, int plotHeight) const
{
    return heightOfPage(width, plots, true, plotHeight);
}

void EconomyCharts::setPreferredPlots(const std::vector<QString> &groups)
{
    m_preferredPlots = groups;
    if (!m_built)
        return;
    for (ChartPanel *c : m_charts) {
        const int shown = c->plotsShown();
        c->setPreferredPlots(groups);
        c->setPlotsShown(shown); // applies the new order to the plots on show
    }
    fitPage();
}

int EconomyCharts::heightOfPage(int width, int plots, std::optional<bool> sources, int plotHeight) const
{
    ensureBuilt();
    auto *page = qobject_cast<ChartPanel *>(m_stack->currentWidget());
    if (!page || !page->layout())
        return 0;
    if (plots < 0)
        plots = page->plotCount();
    const int tabs = m_tabs->isVisibleTo(this) ? m_tabs->sizeHint().height() : 0;
    int height = tabs + pageHeightWith(*page, width, plots, sources);
    for (int i = 0; i < page->plotCount(); ++i) {
        if (const QWidget *view = page->plotView(i); view && page->plotRank(i) < plots)
            height += std::max(0, plotHeight - view->minimumHeight());
    }
    return height;
}

void EconomyCharts::setCompact(bool compact)
{
    m_compact = compact;
    // Presenting, the step chooses the chart (and C shows or hides it): the tabs give their row to the plots.
    m_tabs->setVisible(m_shownIds.size() > 1 && !compact);
    if (!m_built)
        return;
    for (ChartPanel *c : m_charts)
        c->setCompact(compact);
    fitPage();
}

bool EconomyCharts::eventFilter(QObject *watched, QEvent *event)
{
    // The view changed size, or the page on show now needs another minimum (the Five Year Plans
    // rearranged into more rows).
    if ((watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        || (watched == m_stack->currentWidget() && event->type() == QEvent::LayoutRequest))
        fitPage();
    return QWidget::eventFilter(watched, event);
}

QStringList EconomyCharts::chartIds()
{
    return economyChartIds();
}

QString EconomyCharts::chartTitle(const QString &id)
{
    if (id == u"fyp")
        return tr("Five Year Plans");
    if (id == u"collectivisation")
        return tr("Collectivisation");
    if (id == u"countryside")
        return tr("Livestock and grain");
    if (id == u"terror")
        return tr("Repression");
    if (id == u"towns")
        return tr("Towns");
    return id;
}

std::optional<QStringList> EconomyCharts::parseChartList(const QString &text)
{
    if (text.trimmed() == u"all")
        return chartIds();
    QStringList ids;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[|,]")), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (id == u"all")
            return chartIds();
        if (!chartIds().contains(id))
            return std::nullopt;
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

ChartPanel *EconomyCharts::createChart(const QString &id, ViewState *state, const Theme &theme, QWidget *parent)
{
    if (id == u"fyp")
        return new PlanChart(state, theme, parent);
    if (id == u"collectivisation")
        return TimeSeriesChart::collectivisation(state, theme, parent);
    if (id == u"countryside")
        return TimeSeriesChart::countryside(state, theme, parent);
    if (id == u"terror")
        return TimeSeriesChart::terror(state, theme, parent);
    if (id == u"towns")
        return TimeSeriesChart::towns(state, theme, parent);
    return nullptr;
}

bool EconomyCharts::exportChart(const QString &id, const QString &file, ViewState *state, QString *error, QSize size,
    const Theme &theme, bool withCursor)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("exporting a chart needs a QApplication");
        return false;
    }
    std::unique_ptr<ChartPanel> panel(createChart(id, state, theme));
    if (!panel) {
        if (error)
            *error = tr("unknown chart '%1' (expected %2)").arg(id, chartIds().join(QStringLiteral(", ")));
        return false;
    }
    panel->setForExport(withCursor);
    // Laid out and painted like a window, but never shown on a screen.
    panel->setAttribute(Qt::WA_DontShowOnScreen);
    panel->resize(size.isValid() ? size : panel->exportSize());
    panel->show();
    panel->layout()->activate();
    // Qt Charts lays its items out from posted events: let them run before painting.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    const bool ok = panel->exportTo(file, error);
    panel->hide();
    return ok;
}

void EconomyCharts::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_tabs->setFont(m_theme.font(1.0));
    setShownCharts(shownCharts());
}

void EconomyCharts::setVisible(bool visible)
{
    // Built before it is shown, as it would have been at construction: laid out once, with its charts.
    if (visible)
        ensureBuilt();
    QWidget::setVisible(visible);
}

void EconomyCharts::ensureBuilt() const
{
    if (m_built)
        return;
    // Building is not a change anyone can see: the charts are what they would have been all along.
    auto *self = const_cast<EconomyCharts *>(this);
    self->m_built = true;
    self->build(m_current);
}

void EconomyCharts::setShownCharts(const QStringList &ids)
{
    const QString current = currentChart();
    m_shownIds.clear();
    for (const QString &id : chartIds()) {
        if (ids.contains(id))
            m_shownIds << id;
    }
    if (!m_built) {
        m_current = m_shownIds.contains(current) ? current : QString();
        m_tabs->setVisible(m_shownIds.size() > 1 && !m_compact);
        return;
    }
    build(current);
}

void EconomyCharts::build(const QString &current)
{
    // The series the class has hidden stay hidden in the charts built again (a change of language
    // rebuilds them all).
    QSet<QString> hidden;
    for (const ChartPanel *c : m_charts) {
        const auto *series = qobject_cast<const TimeSeriesChart *>(c);
        for (int p = 0; series && p < series->plotCount(); ++p) {
            for (const ChartSeries &s : series->plot(p)->series()) {
                if (!series->isSeriesShown(s.id))
                    hidden.insert(c->chartId() + u'/' + s.id);
            }
        }
    }
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (ChartPanel *c : m_charts) {
        m_stack->removeWidget(c);
        c->deleteLater();
    }
    m_charts.clear();
    for (const QString &id : std::as_const(m_shownIds)) {
        ChartPanel *c = createChart(id, m_state, m_theme);
        c->setCompact(m_compact);
        if (!m_preferredPlots.empty()) {
            c->setPreferredPlots(m_preferredPlots);
            c->setPlotsShown(c->plotsShown());
        }
        if (auto *series = qobject_cast<TimeSeriesChart *>(c); series && !hidden.isEmpty()) {
            for (int p = 0; p < series->plotCount(); ++p) {
                for (const ChartSeries &s : series->plot(p)->series()) {
                    if (hidden.contains(id + u'/' + s.id))
                        series->setSeriesShown(s.id, false);
                }
            }
        }
        m_charts.push_back(c);
        m_stack->addWidget(c);
        c->installEventFilter(this);
        m_tabs->addTab(chartTitle(id));
    }
    m_tabs->setVisible(m_charts.size() > 1 && !m_compact);
    // A hidden tab bar does not tell the layout that its tabs changed its size: the layout may have
    // measured it empty, before the first build.
    m_tabs->updateGeometry();
    if (!current.isEmpty())
        setCurrentChart(current);
    fitPage();
}

QStringList EconomyCharts::shownCharts() const
{
    return m_shownIds;
}

ChartPanel *EconomyCharts::chart(const QString &id) const
{
    ensureBuilt();
    for (ChartPanel *c : m_charts) {
        if (c->chartId() == id)
            return c;
    }
    return nullptr;
}

void EconomyCharts::setCurrentChart(const QString &id)
{
    if (!m_built) {
        if (m_shownIds.contains(id))
            m_current = id;
        return;
    }
    for (size_t i = 0; i < m_charts.size(); ++i) {
        if (m_charts[i]->chartId() == id)
            m_tabs->setCurrentIndex(int(i));
    }
}

QString EconomyCharts::currentChart() const
{
    if (!m_built)
        return m_current.isEmpty() ? m_shownIds.value(0) : m_current;
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < int(m_charts.size()) ? m_charts[size_t(i)]->chartId() : QString();
}

} // namespace khronika
