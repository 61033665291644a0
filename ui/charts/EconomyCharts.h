#pragma once

#include "ui/Theme.h"
#include "ui/state/ViewState.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QScrollArea;
class QStackedWidget;
class QTabBar;

namespace khronika {

class ChartPanel;

// The charts of the economy, linked to the timeline through the shared ViewState:
//   "fyp"              the Five Year Plans, targets against results, one small chart per product;
//   "collectivisation" the share of peasant households in collective farms, with the 1930 spike;
//   "countryside"      livestock and grain (each contested harvest figure its own line) on the same years;
//   "terror"           death sentences in political cases and prisoners in the Gulag;
//   "towns"            the urban population and its share at the censuses of 1926, 1937 and 1939.
// One chart at a time under a tab bar (hidden when only one is shown), each filling the widget's
// width with no margin, so that the time charts line up with a timeline of the same width above.
// The charts are built when the widget is first shown or asked about one of them (chart(), the
// heights), not before: hidden under a small window they cost start-up nothing.
// Every number comes from the data set's series (core/ChartData.h).
//
// Embedding: new EconomyCharts(state) under the timeline, as wide as it (the same horizontal
// position and width keep the dates aligned); EconomyCharts::parseChartList() reads
// "--charts fyp|collectivisation|countryside|terror|towns|all" and exportChart() serves
// "--export-chart ID FILE.png|svg" (it needs a QApplication; use the offscreen platform headless).
class EconomyCharts : public QWidget
{
    Q_OBJECT
public:
    explicit EconomyCharts(ViewState *state, const QStringList &charts = chartIds(), const Theme &theme = Theme(),
        QWidget *parent = nullptr);

    // Every chart id, in the order the tabs show them (economyChartIds()).
    static QStringList chartIds();
    // A chart's name as its tab shows it ("Five Year Plans"); an unknown id is returned as it is.
    static QString chartTitle(const QString &id);
    // "all", one id, or ids joined by '|' or ','; nothing when an id is unknown or none is given.
    static std::optional<QStringList> parseChartList(const QString &text);
    // A chart alone (for a main window that places it itself); null for an unknown id.
    static ChartPanel *createChart(
        const QString &id, ViewState *state, const Theme &theme = Theme(), QWidget *parent = nullptr);
    // Draws one chart, as the state shows it (window, cursor, selected event), into a PNG or SVG file
    // without showing a window. `size` defaults to the chart's export size (1600 px wide), `theme` to the
    // light one (print).
    // The time cursor is drawn only when `withCursor` (the command line's --cursor).
    static bool exportChart(const QString &id, const QString &file, ViewState *state, QString *error = nullptr,
        QSize size = QSize(), const Theme &theme = Theme(), bool withCursor = false);

    // Rebuilds the charts in another theme (light, dark, projector); series hidden from a legend
    // are shown again. A change of language rebuilds them too, once the event loop runs (the
    // interface's words and the data set's both change, in whichever order they arrive).
    void setTheme(const Theme &theme);
    // The charts offered, in chartIds() order; unknown ids are ignored.
    void setShownCharts(const QStringList &ids);
    QStringList shownCharts() const;
    ChartPanel *chart(const QString &id) const; // null when not shown
    void setCurrentChart(const QString &id);
    // Presenting: every chart compact (ChartPanel::setCompact), and a chart of several plots shows
    // as many whole plots as the view has room for, rather than a plot cut in half by the edge.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // The least height that shows the chart on show down to its first plot's legend, at a width:
    // what a presentation gives it before the timeline's extra room.
    int heightForFirstPlot(int width) const;
    // The height that shows the chart on show whole, each of its plots at least `plotHeight` tall
    // (or at its minimum, if taller): what a presentation would like to give it.
    int heightForAllPlots(int width, int plotHeight) const;
    // The height that shows the chart's first `plots` plots (a tour step's first), each `plotHeight`
    // tall at least, with its line of sources.
    int heightForPlots(int width, int plots, int plotHeight) const;
    // The plots a tour step is about, by series group, shown first in every chart (ChartPanel).
    void setPreferredPlots(const std::vector<QString> &groups);
    QString currentChart() const;

    // How many pixels of the page on show lie below the view (what it would scroll), 0 when it fits.
    int overflow() const;

    void setVisible(bool visible) override;

Q_SIGNALS:
    void currentChartChanged(const QString &id);
    // The page was fitted to the view again and overflows it by `pixels` (0: it fits).
    void fitted(int pixels);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // One rebuild in the new language, however many changes announce it.
    void retranslateSoon();
    // Builds the charts offered, if they are not built yet (see the class comment).
    void ensureBuilt() const;
    void build(const QString &current);
    void fitPage();
    // The page on show with its first `plots` plots (all if negative), the tabs over it and, if
    // `sources` says so, its line of sources (as it is now if not said), each plot view at least
    // `plotHeight` tall.
    int heightOfPage(int width, int plots, std::optional<bool> sources, int plotHeight) const;

    ViewState *m_state;
    Theme m_theme;
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    std::vector<ChartPanel *> m_charts; // in tab order; empty until built
    bool m_built = false;
    QStringList m_shownIds; // the charts offered, in chartIds() order, built or not
    QString m_current; // until built, the chart to show first (empty: the first offered)
    std::vector<QString> m_preferredPlots;
    bool m_compact = false;
    bool m_retranslating = false;
};

} // namespace khronika
