#include "EconomyCharts.h"

#include "ChartPanel.h"
#include "PlanChart.h"
#include "TimeSeriesChart.h"

#include <QApplication>
#include <QLayout>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace khronika {

namespace {

QString tabTitle(const QString &id)
{
    if (id == u"fyp")
        return EconomyCharts::tr("Five Year Plans");
    if (id == u"collectivisation")
        return EconomyCharts::tr("Collectivisation");
    return EconomyCharts::tr("Livestock and grain");
}

} // namespace

EconomyCharts::EconomyCharts(ViewState *state, const QStringList &charts, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_theme(theme)
    , m_tabs(new QTabBar)
    , m_stack(new QStackedWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setFont(m_theme.font(1.0));
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0 || index >= int(m_charts.size()))
            return;
        m_stack->setCurrentWidget(m_charts[size_t(index)]);
        // A stack is as tall as its tallest page; let only the page on show ask for room.
        for (ChartPanel *c : m_charts)
            c->setSizePolicy(
                QSizePolicy::Preferred, c == m_charts[size_t(index)] ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->updateGeometry();
        Q_EMIT currentChartChanged(m_charts[size_t(index)]->chartId());
    });
    setShownCharts(charts);
}

QStringList EconomyCharts::chartIds()
{
    return {QStringLiteral("fyp"), QStringLiteral("collectivisation"), QStringLiteral("countryside")};
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
    return nullptr;
}

bool EconomyCharts::exportChart(
    const QString &id, const QString &file, ViewState *state, QString *error, QSize size, const Theme &theme)
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

void EconomyCharts::setShownCharts(const QStringList &ids)
{
    const QString current = currentChart();
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (ChartPanel *c : m_charts) {
        m_stack->removeWidget(c);
        c->deleteLater();
    }
    m_charts.clear();
    for (const QString &id : chartIds()) {
        if (!ids.contains(id))
            continue;
        ChartPanel *c = createChart(id, m_state, m_theme);
        m_charts.push_back(c);
        m_stack->addWidget(c);
        m_tabs->addTab(tabTitle(id));
    }
    m_tabs->setVisible(m_charts.size() > 1);
    if (!current.isEmpty())
        setCurrentChart(current);
    for (ChartPanel *c : m_charts)
        c->setSizePolicy(
            QSizePolicy::Preferred, c == m_stack->currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
}

QStringList EconomyCharts::shownCharts() const
{
    QStringList ids;
    for (const ChartPanel *c : m_charts)
        ids << c->chartId();
    return ids;
}

ChartPanel *EconomyCharts::chart(const QString &id) const
{
    for (ChartPanel *c : m_charts) {
        if (c->chartId() == id)
            return c;
    }
    return nullptr;
}

void EconomyCharts::setCurrentChart(const QString &id)
{
    for (size_t i = 0; i < m_charts.size(); ++i) {
        if (m_charts[i]->chartId() == id)
            m_tabs->setCurrentIndex(int(i));
    }
}

QString EconomyCharts::currentChart() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < int(m_charts.size()) ? m_charts[size_t(i)]->chartId() : QString();
}

} // namespace khronika
