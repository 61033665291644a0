#include "TimeChartView.h"

#include "ChartStyle.h"
#include "ui/TimelineLayout.h"
#include "ui/view/TextWrap.h"
#include "ui/view/TickGenerator.h"
#include "ui/view/TimeScale.h"

#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace khronika {

namespace {

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

// A value scale from zero that ends on a round number just above `top`, with at most `maxSteps`
// steps of 1, 2, 2.5 or 5 times a power of ten: (maximum, step).
std::pair<double, double> niceScale(double top, int maxSteps)
{
    if (!(top > 0))
        return {1, 0.25};
    const double raw = top / std::max(1, maxSteps);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    return {std::ceil(top / step - 1e-9) * step, step};
}

} // namespace

TimeChartView::TimeChartView(ViewState *state, const Theme &theme, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_state(state)
    , m_theme(theme)
    , m_chart(chart())
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    ChartStyle::prepare(m_chart, m_theme);
    // The time axis is drawn by the view with the timeline's tick generator; Qt's axis only maps.
    m_x->setVisible(false);
    m_x->setGridLineVisible(false);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    // The value axis too: with a fixed plot area Qt Charts 6.4 leaves its labels and grid where the
    // automatic layout would have put them (the fixed geometry is only applied to the series).
    m_y->setVisible(false);
    m_y->setGridLineVisible(false);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(minimumSizeHint());

    connect(m_state, &ViewState::windowChanged, this, &TimeChartView::updateRange);
    connect(m_state, &ViewState::cursorChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::filtersChanged, this, &TimeChartView::applyReveal);
    updateRange();
}

void TimeChartView::setHeading(const QString &name, const QString &unit)
{
    m_name = name;
    m_unit = unit;
    viewport()->update();
}

void TimeChartView::setCursorShown(bool shown)
{
    m_cursorShown = shown;
    viewport()->update();
}

void TimeChartView::setShowsEventName(bool shows)
{
    m_showsEventName = shows;
    viewport()->update();
}

void TimeChartView::setSeries(const std::vector<ChartSeries> &series, const std::vector<Style> &styles)
{
    m_chart->removeAllSeries();
    m_lines.clear();
    m_allSeries = series;
    m_series = series;
    for (size_t i = 0; i < series.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(series[i].label());
        const Style style = i < styles.size() ? styles[i] : Style {int(i), 0};
        line->setPen(ChartStyle::linePen(style.colour, style.version));
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        m_lines.push_back(line);
    }
    applyReveal();
    updateRange();
    updatePlotArea(); // which also fits the value axis to the figures
}

void TimeChartView::applyReveal()
{
    // In reveal mode the figures drawn after the revealed day stay hidden with the events, so that a
    // lesson can ask "what happened next?" before showing it. The value scale stays that of all the
    // figures, so revealing more never rescales what the class has already seen.
    const std::optional<Day> until = m_state->revealUntil();
    for (size_t i = 0; i < m_allSeries.size(); ++i) {
        std::vector<ChartPoint> shown;
        QList<QPointF> xy;
        for (const ChartPoint &p : m_allSeries[i].points) {
            if (until && p.day > double(*until) + 0.5)
                continue;
            shown.push_back(p);
            xy.append(QPointF(p.day, p.value));
        }
        if (shown == m_series[i].points && m_lines[i]->count() == int(xy.size()))
            continue;
        m_series[i].points = std::move(shown);
        m_lines[i]->replace(xy);
    }
    viewport()->update();
}

void TimeChartView::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || index >= int(m_lines.size()))
        return;
    m_lines[size_t(index)]->setVisible(visible);
    viewport()->update();
}

bool TimeChartView::isSeriesVisible(int index) const
{
    return index >= 0 && index < int(m_lines.size()) && m_lines[size_t(index)]->isVisible();
}

void TimeChartView::updateValueAxis()
{
    // The scale takes in every series, hidden ones too, so that switching a version off does not
    // rescale the others: the class compares lines against a fixed ruler. It starts at zero so that
    // the height of a line is the size of the quantity.
    double top = 0;
    for (const ChartSeries &s : m_allSeries) {
        for (const ChartPoint &p : s.points)
            top = std::max(top, p.value);
    }
    // The scale ends on its round number a marker's reach below the plot's top edge, so that a point
    // on the top line keeps its whole marker: the plot clips what the series draw. Up to five steps,
    // fewer in a plot too short for five labels one above the other (a projector's chart step).
    const double height = m_chart->plotArea().height();
    const double reach = m_lines.empty() ? 0 : m_lines.front()->markerSize() / 2 + m_lines.front()->pen().widthF();
    const double labelRow = QFontMetricsF(m_theme.font(0.9)).height() + 2;
    const auto [maximum, step] = niceScale(top, std::clamp(int((height - reach) / labelRow), 1, 5));
    m_yTop = maximum;
    m_yStep = step;
    m_y->setRange(0, height > 4 * reach ? maximum * height / (height - reach) : maximum * 1.25);
}

void TimeChartView::updateTimeTicks()
{
    // Measured in the wider, bold type of the major labels, so that the grid lines drawn through the
    // plot are those of the labels on the axis. Major labels have a row of their own under the minor.
    // Worked out when the window or the plot changes, not at each paint.
    const QFontMetricsF major(m_theme.font(0.9, true));
    m_timeTicks = TickGenerator::ticks(
        TimeScale(m_x->min(), m_x->max(), m_chart->plotArea().width()),
        [&](const QString &s) { return major.horizontalAdvance(s); }, 12.0, TickRows::Two);
}

std::vector<double> TimeChartView::valueTicks() const
{
    std::vector<double> ticks;
    for (double v = 0; v <= m_yTop + m_yStep / 1000; v += m_yStep)
        ticks.push_back(v);
    return ticks;
}

double TimeChartView::yForValue(double value) const
{
    const QRectF plot = m_chart->plotArea();
    return plot.bottom() - (value - m_y->min()) / (m_y->max() - m_y->min()) * plot.height();
}

void TimeChartView::updateRange()
{
    m_x->setRange(m_state->windowStart(), m_state->windowEnd());
    updateTimeTicks();
    viewport()->update();
}

void TimeChartView::updatePlotArea()
{
    const double left = TimelineLayout::kGutter;
    const double right = std::max(left + 10, double(width()) - TimelineLayout::kRightMargin);
    const double bottom = std::max(kTopMargin + 10, double(height()) - kAxisHeight);
    m_chart->setPlotArea(QRectF(left, kTopMargin, right - left, bottom - kTopMargin));
    updateValueAxis();
    updateTimeTicks();
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updatePlotArea();
}

QRectF TimeChartView::plotRect() const
{
    // The view does not scale the scene, only shifts it: translate rather than map through the
    // integer polygon QGraphicsView::mapFromScene returns.
    return m_chart->mapRectToScene(m_chart->plotArea()).translated(QPointF(mapFromScene(QPointF(0, 0))));
}

double TimeChartView::xForDay(double day)
{
    if (m_lines.empty()) {
        const QRectF plot = m_chart->plotArea();
        return plot.left() + (day - m_x->min()) / (m_x->max() - m_x->min()) * plot.width();
    }
    const QPointF inChart = m_chart->mapToPosition(QPointF(day, 0), m_lines.front());
    return mapFromScene(m_chart->mapToScene(inChart)).x();
}

double TimeChartView::dayForX(double x)
{
    if (m_lines.empty()) {
        const QRectF plot = m_chart->plotArea();
        return m_x->min() + (x - plot.left()) / plot.width() * (m_x->max() - m_x->min());
    }
    const QPointF inChart = m_chart->mapFromScene(mapToScene(QPoint(int(std::lround(x)), 0)));
    // mapToScene works on whole pixels; keep the fraction.
    return m_chart->mapToValue(QPointF(inChart.x() + (x - std::round(x)), inChart.y()), m_lines.front()).x();
}

std::pair<int, int> TimeChartView::pointAt(const QPointF &pos, double radius)
{
    std::pair<int, int> best {-1, -1};
    double bestDistance = radius;
    for (size_t s = 0; s < m_lines.size(); ++s) {
        if (!m_lines[s]->isVisible())
            continue;
        const auto &points = m_series[s].points;
        for (size_t i = 0; i < points.size(); ++i) {
            const QPointF inChart = m_chart->mapToPosition(QPointF(points[i].day, points[i].value), m_lines[s]);
            const QPointF at = mapFromScene(m_chart->mapToScene(inChart));
            const double d = std::hypot(at.x() - pos.x(), at.y() - pos.y());
            if (d <= bestDistance) {
                bestDistance = d;
                best = {int(s), int(i)};
            }
        }
    }
    return best;
}

QString TimeChartView::toolTipFor(int series, int point) const
{
    const ChartSeries &s = m_series[size_t(series)];
    const ChartPoint &p = s.points[size_t(point)];
    QString text = QStringLiteral("<b>%1</b><br>%2 %3<br>%4")
                       .arg(s.label().toHtmlEscaped(), formatChartValue(p.value), s.unit.toHtmlEscaped(),
                           p.date.toDisplayString());
    if (!p.checked)
        text += tr("<br><i>Not yet checked against the original table: a figure as it is commonly reproduced.</i>");
    return text;
}

void TimeChartView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    const QRectF plot = m_chart->plotArea();
    painter->setPen(QPen(m_theme.grid, 1));
    for (const double v : valueTicks()) {
        if (v > 0) { // zero is the axis, drawn over the plot
            const double y = yForValue(v);
            painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
    }
    const double top = yForValue(m_yTop);
    // Year lines through the plot, faint like the timeline's, so that a point can be read off its year.
    for (const Tick &tick : m_timeTicks) {
        if ((!tick.major && tick.label.isEmpty()) || tick.x < 0 || tick.x > plot.width())
            continue;
        painter->setPen(QPen(withAlpha(m_theme.grid, tick.major ? 1.0 : 0.7), 1));
        const double x = plot.left() + tick.x;
        painter->drawLine(QPointF(x, top), QPointF(x, plot.bottom()));
    }
}

void TimeChartView::drawForeground(QPainter *painter, const QRectF &)
{
    QPainter &p = *painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = m_chart->plotArea();
    const auto xOf
        = [&](double day) { return plot.left() + (day - m_x->min()) / (m_x->max() - m_x->min()) * plot.width(); };

    // The value labels, right-aligned against the plot.
    const QFont labelFont = m_theme.font(0.9);
    const QFontMetricsF labelMetrics(labelFont);
    double labelWidth = 0;
    p.setFont(labelFont);
    p.setPen(m_theme.text);
    for (const double v : valueTicks()) {
        const QString text = formatChartValue(v);
        const double w = labelMetrics.horizontalAdvance(text);
        labelWidth = std::max(labelWidth, w);
        const double y = yForValue(v);
        p.drawText(QRectF(plot.left() - 8 - w, y - labelMetrics.height() / 2, w + 1, labelMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, text);
    }
    labelWidth += 16;

    // The plot's name and unit in the gutter, clear of the value labels. The gutter's whole height is
    // free (the event's name and the time axis sit over and under the plot, not beside it); in a short
    // plot the words that do not fit end in an ellipsis rather than in a line cut in half.
    const QRectF heading(14, 6, std::max(60.0, plot.left() - labelWidth - 14), height() - 12);
    double lineTop = heading.top();
    // A word too long for the gutter at the full size (the projector's type) is tried a step smaller
    // before it is shortened.
    const auto drawWrapped = [&](const QString &text, double size, bool bold, const QColor &colour) {
        QStringList wrapped;
        QFontMetricsF fm(m_theme.font(size, bold));
        for (double scale = size; scale >= size * 0.8 - 1e-9; scale -= size * 0.1) {
            fm = QFontMetricsF(m_theme.font(scale, bold));
            p.setFont(m_theme.font(scale, bold));
            const int lines = int((heading.bottom() - lineTop) / fm.lineSpacing());
            if (lines <= 0)
                return;
            wrapped
                = wrapText(text, heading.width(), lines, [&fm](const QString &w) { return fm.horizontalAdvance(w); });
            if (wrapped.join(u' ') == text.simplified())
                break;
        }
        p.setPen(colour);
        for (const QString &line : wrapped) {
            p.drawText(QPointF(heading.left(), lineTop + fm.ascent()), line);
            lineTop += fm.lineSpacing();
        }
    };
    drawWrapped(m_name, 1.0, true, m_theme.text);
    lineTop += 2;
    drawWrapped(m_unit, 0.9, false, m_theme.mutedText);

    // A figure not checked against a readable source is drawn open: the line's marker hollowed out,
    // so that a class sees which points are the data's own and which are taken on trust.
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (!m_lines[i]->isVisible())
            continue;
        const double radius = m_lines[i]->markerSize() / 2;
        p.setPen(QPen(m_lines[i]->pen().color(), 2));
        p.setBrush(m_theme.background);
        for (const ChartPoint &pt : m_series[i].points) {
            if (pt.checked)
                continue;
            const QPointF at(xOf(pt.day), yForValue(pt.value));
            if (plot.adjusted(-radius, -radius, radius, radius).contains(at))
                p.drawEllipse(at, radius - 1, radius - 1);
        }
    }
    p.setBrush(Qt::NoBrush);

    if (m_series.empty()) {
        p.setFont(m_theme.font(1.0));
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("This data set has no figures for this chart."));
    }

    // The time axis: the timeline's ticks, minor labels on the first row and major ones under them.
    p.setPen(QPen(m_theme.mutedText, 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    const QFont minorFont = m_theme.font(0.9), majorFont = m_theme.font(0.9, true);
    const QFontMetricsF minor(minorFont), major(majorFont);
    const double row = std::ceil(minor.height());
    for (const Tick &tick : m_timeTicks) {
        if (tick.x < -0.5 || tick.x > plot.width() + 0.5)
            continue;
        const double x = plot.left() + tick.x;
        p.setPen(QPen(tick.major ? m_theme.mutedText : m_theme.grid, 1));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + (tick.major ? 2 * row + 4 : row)));
        if (tick.label.isEmpty())
            continue;
        p.setFont(tick.major ? majorFont : minorFont);
        const double w = (tick.major ? major : minor).horizontalAdvance(tick.label);
        if (x + 4 + w > plot.right() + TimelineLayout::kRightMargin)
            continue; // a label cut by the edge is worse than none
        p.setPen(m_theme.text);
        const double y = plot.bottom() + 3 + (tick.major ? row : 0);
        p.drawText(QRectF(x + 4, y, w + 2, row), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }

    // The selected event: its span shaded, its start marked and named above the plot.
    const Timeline &t = m_state->timeline();
    if (const int e = m_state->selectedEvent(); e >= 0) {
        const DayRange r = t.eventRange(e);
        const double x0 = xOf(double(r.first)), x1 = xOf(double(r.last + 1));
        const QRectF band = QRectF(x0, plot.top(), x1 - x0, plot.height()).intersected(plot);
        if (x1 - x0 > 3 && !band.isEmpty())
            p.fillRect(band, withAlpha(m_theme.highlight, 0.18));
        if (x0 >= plot.left() && x0 <= plot.right()) {
            p.setPen(QPen(m_theme.selection, 1.5, Qt::DashLine));
            p.drawLine(QPointF(x0, plot.top() - 6), QPointF(x0, plot.bottom()));
        }
        if (m_showsEventName && x0 >= plot.left() && x0 <= plot.right()) {
            p.setFont(m_theme.font(0.9, true));
            const QFontMetricsF fm(p.font());
            const QString text = fm.elidedText(t.event(e).title, Qt::ElideRight, 360);
            const double w = fm.horizontalAdvance(text) + 10;
            const double left = x0 + w + 4 <= plot.right() + TimelineLayout::kRightMargin ? x0 + 4 : x0 - w - 4;
            const QRectF box(std::max(left, plot.left()), plot.top() - kTopMargin + 3, w, fm.height() + 2);
            p.fillRect(box, m_theme.highlight);
            p.setPen(m_theme.textOn(m_theme.highlight));
            p.drawText(box, Qt::AlignCenter, text);
        }
    }

    // Where the pointer is, faintly, so that the reader sees which year a click would pick.
    if (m_hoverX >= plot.left() && m_hoverX <= plot.right()) {
        p.setPen(QPen(withAlpha(m_theme.mutedText, 0.6), 1, Qt::DotLine));
        p.drawLine(QPointF(m_hoverX, plot.top()), QPointF(m_hoverX, plot.bottom()));
    }

    // The time cursor, as on the timeline.
    const double cx = xOf(double(m_state->cursor()) + 0.5);
    if (m_cursorShown && cx >= plot.left() && cx <= plot.right()) {
        p.setPen(QPen(m_theme.cursor, 2));
        p.drawLine(QPointF(cx, plot.top() - 6), QPointF(cx, plot.bottom()));
    }
    p.restore();
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    QChartView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QRectF plot = plotRect();
    const QPointF pos = event->position();
    if (pos.x() < plot.left() || pos.x() > plot.right())
        return;
    // A click on a point picks that figure's date; elsewhere the day under the pointer.
    const auto [s, i] = pointAt(pos);
    const double day = s >= 0 ? m_series[size_t(s)].points[size_t(i)].day : dayForX(pos.x());
    // The year clicked lights up its events on the timeline, and the cursor moves there.
    m_state->setFocusYear(Date::fromDay(Day(std::floor(day))).year);
    m_state->setCursor(Day(std::floor(day)));
}

void TimeChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QRectF plot = plotRect();
    if (event->position().x() < plot.left() || event->position().x() > plot.right())
        return;
    if (const int e = nearestEvent(dayForX(event->position().x())); e >= 0)
        m_state->setSelectedEvent(e);
}

int TimeChartView::nearestEvent(double day) const
{
    // The event starting closest to the day within a year either side, among those the filters show;
    // a turning point wins a tie.
    const Timeline &t = m_state->timeline();
    const Day d = Day(std::floor(day));
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int e : t.eventsIn({d - 366, d + 366})) {
        if (!m_state->passesFilters(e))
            continue;
        const double distance = std::abs(double(t.eventRange(e).first) - day);
        if (distance < bestDistance
            || (distance == bestDistance && best >= 0 && t.event(e).importance > t.event(best).importance)) {
            best = e;
            bestDistance = distance;
        }
    }
    return best;
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF pos = event->position();
    const QRectF plot = plotRect();
    m_hoverX = plot.contains(pos) ? pos.x() : -1;
    viewport()->update();
    const auto [s, i] = pointAt(pos);
    if (s >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(s, i), this);
    else
        QToolTip::hideText();
}

void TimeChartView::leaveEvent(QEvent *event)
{
    m_hoverX = -1;
    viewport()->update();
    QChartView::leaveEvent(event);
}

} // namespace khronika
