#pragma once

#include "core/ChartData.h"
#include "ui/Theme.h"
#include "ui/export/ViewDump.h"
#include "ui/state/ViewState.h"
#include "ui/view/TickGenerator.h"
#include "ui/view/TimeAxisGeometry.h"

#include <QChartView>
#include <QFont>

#include <optional>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace khronika {

// One plot of series over time, on the timeline's time axis: the plot area spans
// x in the plot of a TimeAxisGeometry (ui/view) of the view's width and the visible window of the
// ViewState, so a date sits at the same x as on the timeline above it at every zoom, whatever the
// width of the value labels. The gutter holds the plot's name and unit, every word whole: where they do
// not fit in the least gutter the view asks for a wider one (neededGutter), which its chart gives all
// its plots alike (setGutter), so that their axes stay aligned. The view draws the year ticks
// (the timeline's own tick generator), the time cursor and the selected event; a click moves the
// cursor, a double click selects the nearest event, hovering a point shows its value.
//
// Points are drawn in the middle of the days they cover (ChartPoint::span): a count on its day, a
// yearly figure in the middle of its year with a step across the year. The view keeps a copy of its
// series; it does not own the ViewState.
class TimeChartView
    : public QChartView
    , public DumpsView
{
    Q_OBJECT
public:
    struct Style {
        int colour = 0; // ChartStyle::colour slot
        int version = 0; // ChartStyle::dash pattern
    };

    TimeChartView(ViewState *state, const Theme &theme, QWidget *parent = nullptr);

    // The plot's name and unit, written in the gutter.
    void setHeading(const QString &name, const QString &unit);
    // The gutter left of the plot (at least TimeAxisGeometry::kGutter), and the least one in which
    // the heading is drawn with every word whole at the view's present height.
    void setGutter(double gutter);
    double gutter() const { return m_gutter; }
    double neededGutter() const { return m_neededGutter; }
    // The heading's lines as laid out in a gutter: each with its type and box. `whole` tells whether
    // every word is drawn in full; when the heading cannot be, the last words end in an ellipsis.
    struct HeadingLine {
        QString text;
        QFont font;
        QRectF box;
        bool cut = false;
    };
    std::vector<HeadingLine> headingLines(double gutter, bool *whole = nullptr) const;
    QString unitHeading() const { return m_unit; } // the unit line, with what the points are
    // Whether the selected event is named above the plot (plots stacked under the first need not
    // repeat it; they still mark its date).
    void setShowsEventName(bool shows);
    // Whether the time cursor is drawn: on screen always; in an export only when asked for (--cursor).
    void setCursorShown(bool shown);
    void setSeries(const std::vector<ChartSeries> &series, const std::vector<Style> &styles);
    // The series as drawn: in reveal mode (ViewState::revealUntil) without the points after it.
    const std::vector<ChartSeries> &series() const { return m_series; }
    QLineSeries *lineSeries(int index) const { return m_lines[size_t(index)]; }
    void setSeriesVisible(int index, bool visible);
    bool isSeriesVisible(int index) const;

    // Widget x of a day, through the chart's own mapping (what the reader sees), and back.
    double xForDay(double day);
    double dayForX(double x);
    QRectF plotRect() const; // the plot area, in widget coordinates
    // The values labelled on the value axis, from zero up, and the widget y of a value.
    std::vector<double> valueTicks() const;
    double yForValue(double value) const;
    // The point nearest to a widget position within `radius` pixels among the shown series:
    // (series, point), or (-1, -1).
    std::pair<int, int> pointAt(const QPointF &pos, double radius = 14);
    // What hovering over a point says: the series, the value and its date, and whether it is checked.
    QString toolTipFor(int series, int point) const;
    // The caveats written beside their points at the last paint (SeriesPoint::caveat), as drawn.
    struct DrawnCaveat {
        QRectF box;
        QString text;
    };
    const std::vector<DrawnCaveat> &drawnCaveats() const { return m_caveats; }
    // The figures of a tour step's baseline (ViewState::baseline) marked at the last paint, when the
    // baseline lies before the window: a level line across the plot, labelled "1928: 70.5".
    struct DrawnBaseline {
        int series = -1;
        double value = 0;
        QString text;
        QRectF box;
    };
    const std::vector<DrawnBaseline> &drawnBaselines() const { return m_baselines; }

    // The heading's lines ("plot-heading") and the value labels ("plot-value").
    void dumpView(ViewDump &dump) const override;

    QSize sizeHint() const override { return {1200, 300}; }
    QSize minimumSizeHint() const override { return {400, 160}; }

    static constexpr double kTopMargin = 30; // room for the selected event's name above the lines
    // The selected event's name above the plot, as drawn; none when no event is selected in the window.
    struct EventName {
        QString text;
        QRectF box;
        QFont font;
        bool cut = false;
    };
    std::optional<EventName> selectedEventName(const QRectF &plot) const;
    static constexpr double kAxisHeight = 48; // two rows of tick labels under the plot

Q_SIGNALS:
    void neededGutterChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    // Left/Right move the time cursor a month (with Shift, a year), as clicking the plot moves it.
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updatePlotArea();
    void updateRange();
    void updateValueAxis();
    void applyReveal();
    int nearestEvent(double day) const;
    void updateTimeTicks();
    void updateNeededGutter();
    // The value labels' column against the plot, with the room between them and the heading.
    double valueLabelWidth() const;

    ViewState *m_state;
    Theme m_theme;
    // The time axis's ticks for the window and the plot's width, as labelled (the grid lines go
    // through the labelled ones).
    std::vector<Tick> m_timeTicks;
    QChart *m_chart;
    QValueAxis *m_x;
    QValueAxis *m_y;
    double m_yTop = 1; // the scale's round top, drawn a little below the plot's edge
    double m_yStep = 1;
    QString m_name, m_unit;
    double m_gutter = TimeAxisGeometry::kGutter;
    double m_neededGutter = TimeAxisGeometry::kGutter;
    std::vector<ChartSeries> m_allSeries; // as the data set gives them
    std::vector<int> m_versions; // each series' version: its dash and the shape of its points
    std::vector<ChartSeries> m_series; // as drawn
    std::vector<QLineSeries *> m_lines;
    std::vector<DrawnCaveat> m_caveats;
    std::vector<DrawnBaseline> m_baselines;
    double m_hoverX = -1;
    bool m_showsEventName = true;
    bool m_cursorShown = true;
};

} // namespace khronika
