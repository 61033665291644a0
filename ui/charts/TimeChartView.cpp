#include "TimeChartView.h"

#include "ChartStyle.h"
#include "ui/view/TextWrap.h"
#include "ui/view/TickGenerator.h"
#include "ui/view/TimeAxisGeometry.h"
#include "ui/view/TimeScale.h"

#include <QDate>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

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
    setFocusPolicy(Qt::StrongFocus);
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
    connect(m_state, &ViewState::baselineChanged, viewport(), qOverload<>(&QWidget::update));
    updateRange();
}

void TimeChartView::setHeading(const QString &name, const QString &unit)
{
    m_name = name;
    m_unit = unit;
    updateNeededGutter();
    viewport()->update();
}

void TimeChartView::setGutter(double gutter)
{
    gutter = std::max(TimeAxisGeometry::kGutter, gutter);
    if (std::abs(gutter - m_gutter) < 0.5)
        return;
    m_gutter = gutter;
    updatePlotArea();
    viewport()->update();
}

double TimeChartView::valueLabelWidth() const
{
    const QFontMetricsF fm(m_theme.font(0.9));
    double widest = 0;
    for (const double v : valueTicks())
        widest = std::max(widest, fm.horizontalAdvance(formatChartValue(v)));
    return widest + 16;
}

std::vector<TimeChartView::HeadingLine> TimeChartView::headingLines(double gutter, bool *whole) const
{
    // The gutter's whole height is free (the event's name and the time axis sit over and under the
    // plot, not beside it). The heading is tried in its full type and two steps smaller, wrapped at
    // spaces; a word is never shortened or cut in two while a size is left to try.
    const double left = 14;
    const double width = std::max(60.0, gutter - valueLabelWidth() - left);
    const double top = 6, bottom = double(height()) - 6;
    const auto lay = [&](double scale, bool elide, bool *fits) {
        std::vector<HeadingLine> lines;
        double y = top;
        bool ok = true;
        for (const auto &[text, size, bold] : {std::tuple {m_name, 1.0, true}, std::tuple {m_unit, 0.9, false}}) {
            const QFont font = m_theme.font(size * scale, bold);
            const QFontMetricsF fm(font);
            const auto measure = [&fm](const QString &w) { return fm.horizontalAdvance(w); };
            QStringList wrapped;
            if (elide) {
                const int room = int((bottom - y) / fm.lineSpacing());
                wrapped = room > 0 ? wrapText(text, width, room, measure) : QStringList();
            } else {
                wrapped = wrapWords(text, width, measure);
            }
            for (const QString &line : wrapped) {
                ok = ok && measure(line) <= width + 0.5 && y + fm.height() <= bottom;
                lines.push_back(
                    {line, font, QRectF(left, y, measure(line), fm.height()), line.contains(QChar(0x2026))});
                y += fm.lineSpacing();
            }
            if (wrapped.join(u' ') != text.simplified())
                ok = false;
            y += 2;
        }
        *fits = ok;
        return lines;
    };
    bool fits = false;
    for (const double scale : {1.0, 0.9, 0.8}) {
        std::vector<HeadingLine> lines = lay(scale, false, &fits);
        if (fits) {
            if (whole)
                *whole = true;
            return lines;
        }
    }
    // No size fits whole: the words that do not fit end in an ellipsis rather than in a line cut in half.
    if (whole)
        *whole = false;
    return lay(0.8, true, &fits);
}

void TimeChartView::updateNeededGutter()
{
    // The least gutter, widened ten pixels at a time, up to a third of the view: past that the plot
    // would lose more than the heading gains, and the heading's last words are shortened instead.
    const double most = std::max(TimeAxisGeometry::kGutter, std::floor(width() / 3.0));
    double needed = TimeAxisGeometry::kGutter;
    bool whole = false;
    for (; needed < most; needed += 10) {
        headingLines(needed, &whole);
        if (whole)
            break;
    }
    needed = std::min(needed, most);
    if (std::abs(needed - m_neededGutter) < 0.5)
        return;
    m_neededGutter = needed;
    Q_EMIT neededGutterChanged();
}

void TimeChartView::dumpView(ViewDump &dump) const
{
    for (const HeadingLine &line : headingLines(m_gutter))
        dump.addText(this, QStringLiteral("plot-heading"), line.text, line.box, line.font, line.cut);
    const QFont labelFont = m_theme.font(0.9);
    const QFontMetricsF fm(labelFont);
    const QRectF plot = m_chart->plotArea();
    for (const double v : valueTicks()) {
        const QString text = formatChartValue(v);
        const double w = fm.horizontalAdvance(text);
        dump.addText(this, QStringLiteral("plot-value"), text,
            QRectF(plot.left() - 8 - w, yForValue(v) - fm.height() / 2, w, fm.height()), labelFont);
    }
    if (const std::optional<EventName> name = selectedEventName(plot))
        dump.addText(this, QStringLiteral("plot-event"), name->text, name->box, name->font, name->cut,
            m_state->timeline().event(m_state->selectedEvent()).id);
}

std::optional<TimeChartView::EventName> TimeChartView::selectedEventName(const QRectF &plot) const
{
    const int e = m_state->selectedEvent();
    if (!m_showsEventName || e < 0)
        return std::nullopt;
    const double x0 = plot.left()
        + (double(m_state->timeline().eventRange(e).first) - m_x->min()) / (m_x->max() - m_x->min()) * plot.width();
    if (x0 < plot.left() || x0 > plot.right())
        return std::nullopt;
    EventName name;
    name.font = m_theme.font(0.9, true);
    const QFontMetricsF fm(name.font);
    // After the event's start if the name fits there, else before it; a name longer than either side
    // is cut to the larger one (it was cut at 360 px with room to spare).
    constexpr double kPadding = 10, kGap = 4;
    const double after = plot.right() + TimeAxisGeometry::kRightMargin - x0 - kGap - kPadding;
    const double before = x0 - plot.left() - kGap - kPadding;
    const QString &title = m_state->timeline().event(e).title;
    const double natural = fm.horizontalAdvance(title);
    const bool right = natural <= after || (natural > before && after >= before);
    name.text = fm.elidedText(title, Qt::ElideRight, std::max(right ? after : before, 60.0));
    name.cut = name.text != title;
    const double w = fm.horizontalAdvance(name.text) + kPadding;
    const double left = right ? x0 + kGap : x0 - w - kGap;
    name.box = QRectF(std::max(left, plot.left()), plot.top() - kTopMargin + 3, w, fm.height() + 2);
    return name;
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
    m_versions.clear();
    for (size_t i = 0; i < series.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(series[i].label());
        const Style style = i < styles.size() ? styles[i] : Style {int(i), 0};
        m_versions.push_back(style.version);
        line->setPen(ChartStyle::linePen(style.colour, style.version));
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        // The series keeps the chart's mapping and its visibility; the view draws the figures itself,
        // as the series says they were measured (drawForeground), never a line through months no one
        // counted unless the series asks for one.
        line->setOpacity(0.0);
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
            if (until && !isKnownBy(p, *until))
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
    const TimeAxisGeometry axis(width(), m_state->windowStart(), m_state->windowEnd(), m_gutter);
    const double left = axis.plotLeft();
    const double right = axis.plotRight();
    const double bottom = std::max(kTopMargin + 10, double(height()) - kAxisHeight);
    m_chart->setPlotArea(QRectF(left, kTopMargin, right - left, bottom - kTopMargin));
    updateValueAxis();
    updateTimeTicks();
    updateNeededGutter();
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
    // What the figure covers, from its span: a point of a series of calendar years may itself be an
    // agricultural year.
    const DayRange span = p.span.isValid() ? p.span : p.date.range();
    const Date first = Date::fromDay(span.first);
    if (span.length() >= 365 && first.month == 7 && first.day == 1)
        text += tr(" (agricultural year %1/%2, July to June)")
                    .arg(first.year)
                    .arg((first.year + 1) % 100, 2, 10, QLatin1Char('0'));
    else if (span.length() >= 365 && s.measure != Series::Measure::Count)
        text += tr(" (the whole year)");
    if (!p.caveat.isEmpty())
        text += QStringLiteral("<br><b>%1</b>").arg(p.caveat.toHtmlEscaped());
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
    p.setFont(labelFont);
    p.setPen(m_theme.text);
    for (const double v : valueTicks()) {
        const QString text = formatChartValue(v);
        const double w = labelMetrics.horizontalAdvance(text);
        const double y = yForValue(v);
        p.drawText(QRectF(plot.left() - 8 - w, y - labelMetrics.height() / 2, w + 1, labelMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, text);
    }

    // The plot's name and unit in the gutter, clear of the value labels.
    for (const HeadingLine &line : headingLines(m_gutter)) {
        p.setFont(line.font);
        p.setPen(line.font.bold() ? m_theme.text : m_theme.mutedText);
        p.drawText(QPointF(line.box.left(), line.box.top() + QFontMetricsF(line.font).ascent()), line.text);
    }

    // The figures, drawn as what they are: a count taken on a day is a point; a figure for a calendar
    // or an agricultural year a step across the days it covers, with its point in the middle. Points
    // are joined only when the series says the values in between follow the line. A figure not
    // checked against a readable source is drawn open, so that a class sees which points are the
    // data's own and which are taken on trust; one whose standing is in question (a suppressed
    // census) is ringed and says why beside it.
    p.save();
    p.setClipRect(plot.adjusted(-6, -kTopMargin + 4, 6, 0));
    m_caveats.clear();
    const QFont caveatFont = m_theme.font(0.8, true);
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (!m_lines[i]->isVisible())
            continue;
        const ChartSeries &s = m_series[i];
        const QPen linePen = m_lines[i]->pen();
        const QColor colour = linePen.color();
        const double radius = m_lines[i]->markerSize() / 2;
        if (s.interpolate && s.points.size() > 1) {
            QPolygonF poly;
            for (const ChartPoint &pt : s.points)
                poly << QPointF(xOf(pt.day), yForValue(pt.value));
            p.setPen(linePen);
            p.drawPolyline(poly);
        }
        if (s.measure != Series::Measure::Count) {
            QPen step = linePen;
            step.setWidthF(std::max(3.0, linePen.widthF() + 1));
            step.setCapStyle(Qt::FlatCap);
            for (const ChartPoint &pt : s.points) {
                const DayRange span = pt.span.isValid() ? pt.span : pt.date.range();
                const double y = yForValue(pt.value);
                QPen pen = step;
                if (!pt.checked)
                    pen.setStyle(Qt::DashLine);
                p.setPen(pen);
                p.drawLine(QPointF(xOf(double(span.first)) + 1, y), QPointF(xOf(double(span.last + 1)) - 1, y));
            }
        }
        for (const ChartPoint &pt : s.points) {
            const QPointF at(xOf(pt.day), yForValue(pt.value));
            p.setPen(QPen(colour, 2));
            p.setBrush(pt.checked ? QBrush(colour) : QBrush(m_theme.background));
            ChartStyle::drawMarker(p, at, radius - 1, i < m_versions.size() ? m_versions[i] : 0);
            if (pt.caveat.isEmpty())
                continue;
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(m_theme.cursor, 2, Qt::DotLine));
            p.drawEllipse(at, radius + 4, radius + 4);
            p.setFont(caveatFont);
            const QFontMetricsF fm(caveatFont);
            const QString text = fm.elidedText(pt.caveat, Qt::ElideRight, std::max(80.0, plot.width() * 0.45));
            const double w = fm.horizontalAdvance(text) + 8;
            // Beside the point, on the side with room, and above it where the line is.
            const double left = at.x() + radius + 6 + w <= plot.right() ? at.x() + radius + 6 : at.x() - radius - 6 - w;
            const QRectF box(
                left, std::max(plot.top() - kTopMargin + 4, at.y() - radius - 6 - fm.height()), w, fm.height() + 2);
            p.fillRect(box, withAlpha(m_theme.background, 0.9));
            p.setPen(m_theme.cursor);
            p.drawText(box, Qt::AlignCenter, text);
            m_caveats.push_back({box, text});
        }
    }
    p.restore();
    p.setBrush(Qt::NoBrush);

    // The figures a tour step's narration compares with, when their date lies before the window
    // ("herds had been roughly halved" since 1928): a faint level line across the plot, labelled at
    // its left edge, so that the class sees the starting level beside what followed.
    m_baselines.clear();
    if (const std::optional<DayRange> baseline = m_state->baseline();
        baseline && double(baseline->last + 1) <= m_x->min()) {
        const QFont font = m_theme.font(0.8, true);
        const QFontMetricsF fm(font);
        std::vector<DrawnBaseline> marks;
        for (size_t i = 0; i < m_series.size(); ++i) {
            if (!m_lines[i]->isVisible())
                continue;
            for (const ChartPoint &pt : m_allSeries[i].points) {
                const DayRange span = pt.span.isValid() ? pt.span : pt.date.range();
                if (span.overlaps(*baseline)) {
                    marks.push_back({int(i), pt.value,
                        QStringLiteral("%1: %2").arg(pt.date.toDisplayString(), formatChartValue(pt.value)), {}});
                    break;
                }
            }
        }
        // Labels from the top down, each below the one before when they would touch.
        std::sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) { return a.value > b.value; });
        double nextTop = plot.top() - kTopMargin + 4;
        p.save();
        p.setFont(font);
        QString lastText;
        QColor lastColour;
        for (DrawnBaseline &m : marks) {
            const QColor colour = m_lines[size_t(m.series)]->pen().color();
            const double y = yForValue(m.value);
            p.setPen(QPen(withAlpha(colour, 0.7), 1.5, Qt::DashDotLine));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            // Two versions of one subject with the same figure (the published and the revised harvest
            // of 1928) share a colour and a line: one label says it.
            if (m.text == lastText && colour == lastColour) {
                m.box = QRectF();
                continue;
            }
            lastText = m.text;
            lastColour = colour;
            const double w = fm.horizontalAdvance(m.text) + 8;
            const double top = std::max(nextTop, y - fm.height() - 1);
            m.box = QRectF(plot.left() + 2, top, w, fm.height() + 1);
            nextTop = m.box.bottom() + 1;
            p.fillRect(m.box, withAlpha(m_theme.background, 0.9));
            p.setPen(colour);
            p.drawText(m.box, Qt::AlignCenter, m.text);
        }
        p.restore();
        std::erase_if(marks, [](const DrawnBaseline &m) { return m.box.isNull(); });
        m_baselines = std::move(marks);
    }

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
        if (x + 4 + w > plot.right() + TimeAxisGeometry::kRightMargin)
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
        if (const std::optional<EventName> name = selectedEventName(plot)) {
            p.setFont(name->font);
            p.fillRect(name->box, m_theme.highlight);
            p.setPen(m_theme.textOn(m_theme.highlight));
            p.drawText(name->box, Qt::AlignCenter, name->text);
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

void TimeChartView::keyPressEvent(QKeyEvent *event)
{
    const int direction = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? +1 : 0;
    if (direction == 0) {
        QChartView::keyPressEvent(event);
        return;
    }
    const QDate now = QDate::fromJulianDay(m_state->cursor());
    const QDate next = event->modifiers() & Qt::ShiftModifier ? now.addYears(direction) : now.addMonths(direction);
    const DayRange limits = m_state->limits();
    m_state->setCursor(std::clamp(Day(next.toJulianDay()), limits.first, limits.last));
    event->accept();
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
