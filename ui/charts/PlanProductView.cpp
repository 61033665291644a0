#include "PlanProductView.h"

#include "ChartStyle.h"
#include "ui/view/BarLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {

constexpr double kTargetHalfWidth = 0.42; // of a category: the target line spans most of its slot

// The colour of a share that met its target: a bluish green that reads as text on the background.
QColor metColour(const Theme &theme)
{
    return theme.background.lightnessF() < 0.5 ? QColor(0x5C, 0xD6, 0xA5) : QColor(0x00, 0x6D, 0x4F);
}

QString percentText(double percent)
{
    return QStringLiteral("%1\u00A0%").arg(std::lround(percent));
}

} // namespace

PlanProductView::PlanProductView(const PlanComparison &plan, ViewState *state, const Theme &theme, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_plan(plan)
    , m_state(state)
    , m_theme(theme)
    , m_chart(chart())
    , m_series(new QBarSeries)
    , m_bars(new QBarSet(tr("Output achieved")))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    ChartStyle::prepare(m_chart, m_theme);
    m_chart->setTitle(m_plan.product);
    // Ten or more of these stand side by side and take no keys: Tab passes them by (Ctrl+G moves the
    // cursor they would move).
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
    setAccessibleName(m_plan.product);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumSize(minimumSizeHint());

    QStringList names;
    double top = 0;
    if (m_plan.baseline) {
        m_hasBaseline = true;
        // The year before the plans as "’28": five products side by side leave little room per bar.
        names << QStringLiteral("’%1").arg(m_plan.baseline->date.year % 100, 2, 10, QLatin1Char('0'));
        m_bars->append(m_plan.baseline->value);
        m_days.push_back(m_plan.baseline->date.firstDay());
        top = m_plan.baseline->value;
    }
    for (const PlanStage &s : m_plan.plans) {
        // Short ordinals keep five products side by side legible; the legend names the plans in full.
        names << (s.number == 1 ? tr("1st")
                : s.number == 2 ? tr("2nd")
                : s.number == 3 ? tr("3rd")
                                : tr("%1th").arg(s.number));
        m_bars->append(s.achieved ? s.achieved->value : 0);
        m_days.push_back(s.span.first);
        if (s.achieved)
            top = std::max(top, s.achieved->value);
        for (const PlanTarget &t : s.targets)
            top = std::max(top, t.point.value);
    }
    m_bars->setColor(ChartStyle::colour(0));
    m_bars->setBorderColor(ChartStyle::colour(0));
    // The starting level is not a result of the plans: grey, not the plans' colour.
    m_bars->setSelectedColor(QColor(0xA0, 0xA0, 0xA0));
    if (m_hasBaseline)
        m_bars->selectBar(0);
    m_series->append(m_bars);
    m_series->setBarWidth(0.62);
    m_chart->addSeries(m_series);

    m_categories->append(names);
    ChartStyle::styleAxisText(m_categories, m_theme);
    m_categories->setLabelsFont(m_theme.font(0.8));
    m_categories->setGridLineVisible(false);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    ChartStyle::styleValueAxis(m_values, m_theme, m_plan.unit);
    // Room above the highest target for the share written over it.
    m_values->setRange(0, top > 0 ? top * 1.2 : 1);
    m_values->applyNiceNumbers();
    m_values->setTickCount(std::min(m_values->tickCount(), 6));
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_values);

    // Each target a short horizontal line across its plan's bar.
    for (size_t i = 0; i < m_plan.plans.size(); ++i) {
        const PlanStage &s = m_plan.plans[i];
        const double x = double(i + (m_hasBaseline ? 1 : 0));
        for (size_t t = 0; t < s.targets.size(); ++t) {
            const bool main = t + 1 == s.targets.size();
            auto *line = new QLineSeries;
            line->setName(main ? tr("Target") : tr("Lower variant"));
            line->append(x - kTargetHalfWidth, s.targets[t].point.value);
            line->append(x + kTargetHalfWidth, s.targets[t].point.value);
            line->setPen(main ? QPen(m_theme.text, 3.5, Qt::SolidLine, Qt::FlatCap)
                              : QPen(m_theme.text, 2, Qt::DashLine, Qt::FlatCap));
            m_chart->addSeries(line);
            (main ? m_mainTargets : m_lowerTargets).push_back(line);
            m_targetStage.insert(line, int(i));
        }
    }
    // Line series can share the category axis: category i spans [i - 0.5, i + 0.5] on it.
    for (auto *lines : {&m_mainTargets, &m_lowerTargets}) {
        for (QLineSeries *line : *lines) {
            line->attachAxis(m_categories);
            line->attachAxis(m_values);
        }
    }

    connect(m_state, &ViewState::windowChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::cursorChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::filtersChanged, this, &PlanProductView::applyReveal);
    applyReveal();
}

bool PlanProductView::isRevealed(int category) const
{
    return m_revealed.empty() || m_revealed[size_t(category)];
}

void PlanProductView::applyReveal()
{
    // In reveal mode a result appears once the revealed day has passed the point it is drawn for, and
    // a plan's targets once the plan has begun: the class sees the promise before the outcome.
    const std::optional<Day> until = m_state->revealUntil();
    const auto known = [&](const ChartPoint &p) { return !until || isKnownBy(p, *until); };
    m_revealed.assign(m_days.size(), true);
    for (int c = 0; c < int(m_days.size()); ++c) {
        const std::optional<ChartPoint> &result = figureOf(c);
        m_revealed[size_t(c)] = result && known(*result);
        const double value = m_revealed[size_t(c)] ? result->value : 0;
        if (m_bars->at(c) != value)
            m_bars->replace(c, value);
    }
    m_planStarted.assign(m_plan.plans.size(), true);
    for (size_t i = 0; i < m_plan.plans.size(); ++i)
        m_planStarted[i] = !until || m_plan.plans[i].span.first <= *until;
    updateTargets();
}

void PlanProductView::updateTargets()
{
    for (auto *lines : {&m_mainTargets, &m_lowerTargets}) {
        const bool shown = lines == &m_mainTargets ? m_mainShown : m_lowerShown;
        for (QLineSeries *line : *lines)
            line->setVisible(shown && m_planStarted[size_t(m_targetStage.value(line))]);
    }
    viewport()->update();
}

void PlanProductView::setTargetsShown(bool main, bool shown)
{
    (main ? m_mainShown : m_lowerShown) = shown;
    updateTargets();
}

void PlanProductView::setBarsShown(bool shown)
{
    m_series->setVisible(shown);
    viewport()->update();
}

const PlanStage *PlanProductView::stageOf(int category) const
{
    const int i = category - (m_hasBaseline ? 1 : 0);
    return i >= 0 && i < int(m_plan.plans.size()) ? &m_plan.plans[size_t(i)] : nullptr;
}

const std::optional<ChartPoint> &PlanProductView::figureOf(int category) const
{
    const PlanStage *s = stageOf(category);
    return s ? s->achieved : m_plan.baseline;
}

QColor PlanProductView::barColour(int category) const
{
    return category == 0 && m_hasBaseline ? m_bars->selectedColor() : m_bars->color();
}

QRectF PlanProductView::categoryRect(int category) const
{
    const QRectF plot = m_chart->plotArea();
    const double slot = plot.width() / double(std::max<size_t>(1, m_days.size()));
    return QRectF(plot.left() + slot * category, plot.top(), slot, plot.height());
}

double PlanProductView::yOf(double value) const
{
    const QRectF plot = m_chart->plotArea();
    return plot.bottom() - (value - m_values->min()) / (m_values->max() - m_values->min()) * plot.height();
}

PlanProductView::BarLabels PlanProductView::labelsOf(int c) const
{
    const QRectF plot = m_chart->plotArea();
    const QRectF slot = categoryRect(c);
    const PlanStage *s = stageOf(c);
    BarLabels labels;
    // The target lines drawn across this bar, which the figures keep clear of.
    std::vector<double> lines;
    if (s) {
        for (size_t i = 0; i < s->targets.size(); ++i) {
            if (i + 1 == s->targets.size() ? m_mainShown : m_lowerShown)
                lines.push_back(yOf(s->targets[i].point.value));
        }
    }
    // Each figure shrinks to its room rather than spill: the value to its bar (white onto white
    // otherwise), the share to its slot (onto the neighbouring plan's share otherwise).
    const auto fitted = [this](const QString &text, double room, double from, double to) {
        QFont font = m_theme.font(from, true);
        for (double scale = from - 0.05; scale > to && QFontMetricsF(font).horizontalAdvance(text) > room;
             scale -= 0.05)
            font = m_theme.font(scale, true);
        return font;
    };
    const double value = m_bars->at(c);
    labels.value = formatChartValue(value);
    const double barWidth = slot.width() * m_series->barWidth();
    labels.valueFont = fitted(labels.value, barWidth - 2, 0.85, 0.55);
    if (s && s->mainTarget() && m_mainShown)
        labels.sharePercent = s->percentOf(*s->mainTarget());
    if (labels.sharePercent) {
        labels.share = percentText(*labels.sharePercent);
        // A result of an earlier year than the target's is starred ("68 %*"): the note under the
        // chart says which years are compared and why, there being no room for it above the bar.
        if (s->achieved && s->achieved->date.year != s->targetDate.year)
            labels.share += u'*';
    }
    labels.shareFont = fitted(labels.share, slot.width() - 4, 1.0, 0.6);
    // Still too wide at the least size (a narrow product in large type): the star goes first (the note
    // under the chart still says which years are compared), then the share, rather than overlap.
    const auto tooWide
        = [&] { return QFontMetricsF(labels.shareFont).horizontalAdvance(labels.share) > slot.width() - 4; };
    if (tooWide() && labels.share.endsWith(u'*')) {
        labels.share.chop(1);
        labels.shareFont = fitted(labels.share, slot.width() - 4, 1.0, 0.6);
    }
    if (tooWide())
        labels.share.clear();
    const QFontMetricsF vm(m_theme.font(0.85, true));
    labels.place = placeBarLabels(yOf(value), plot.bottom(), vm.height(),
        QFontMetricsF(labels.valueFont).horizontalAdvance(labels.value) <= barWidth - 2, lines,
        QFontMetricsF(labels.shareFont).height());
    return labels;
}

std::vector<QRectF> PlanProductView::shareLabelBoxes() const
{
    std::vector<QRectF> boxes;
    for (int c = 0; c < int(m_days.size()); ++c) {
        const BarLabels labels = labelsOf(c);
        if (!labels.sharePercent || labels.share.isEmpty() || !isRevealed(c)) {
            boxes.emplace_back();
            continue;
        }
        const QFontMetricsF fm(labels.shareFont);
        const double w = fm.horizontalAdvance(labels.share);
        boxes.emplace_back(categoryRect(c).center().x() - w / 2, labels.place.percentTop, w, fm.height());
    }
    return boxes;
}

int PlanProductView::categoryAt(double x)
{
    const QRectF plot = m_chart->plotArea();
    const double sceneX = mapToScene(QPoint(int(x), 0)).x();
    if (sceneX < plot.left() || sceneX >= plot.right() || m_days.empty())
        return -1;
    return std::clamp(int((sceneX - plot.left()) / plot.width() * double(m_days.size())), 0, int(m_days.size()) - 1);
}

int PlanProductView::categoryOf(Day day) const
{
    // The plan in force by the data set's plan periods, the same answer "On this day" gives.
    if (const int number = planNumberAt(m_state->timeline().data(), day); number > 0) {
        for (size_t i = 0; i < m_plan.plans.size(); ++i) {
            if (m_plan.plans[i].number == number)
                return int(i) + (m_hasBaseline ? 1 : 0);
        }
        return -1;
    }
    if (!planPeriods(m_state->timeline().data()).empty()) {
        // Outside every plan: the starting level's column holds the days of its own date only.
        return m_hasBaseline && m_plan.baseline->date.range().contains(day) ? 0 : -1;
    }
    for (size_t i = 0; i < m_plan.plans.size(); ++i) {
        if (m_plan.plans[i].span.contains(day))
            return int(i) + (m_hasBaseline ? 1 : 0);
    }
    if (m_hasBaseline && m_plan.baseline->date.range().contains(day))
        return 0;
    return -1;
}

QString PlanProductView::toolTipFor(int category) const
{
    const QString unit = m_plan.unit.toHtmlEscaped();
    if (m_hasBaseline && category == 0) {
        return tr("<b>%1, %2</b><br>%3 %4: the level the plans started from")
            .arg(m_plan.product.toHtmlEscaped(), m_plan.baseline->date.toDisplayString(),
                formatChartValue(m_plan.baseline->value), unit);
    }
    const PlanStage *s = stageOf(category);
    if (!s)
        return {};
    QString text = tr("<b>%1, %2 Five Year Plan</b>").arg(m_plan.product.toHtmlEscaped(), planOrdinal(s->number));
    for (auto it = s->targets.rbegin(); it != s->targets.rend(); ++it) {
        const QString variant
            = it->variant.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(it->variant.toHtmlEscaped());
        text += tr("<br>Target%1 for %2: %3 %4")
                    .arg(variant, it->point.date.toDisplayString(), formatChartValue(it->point.value), unit);
        if (!it->point.checked)
            text += tr(" (not yet checked against the original table)");
        if (const auto pct = s->percentOf(*it))
            text += tr(", achieved %1").arg(percentText(*pct));
    }
    if (!isRevealed(category)) {
        text += tr("<br>Result not yet shown");
    } else if (s->achieved) {
        text += tr("<br>Achieved in %1: %2 %3")
                    .arg(s->achieved->date.toDisplayString(), formatChartValue(s->achieved->value), unit);
        if (!s->achieved->checked)
            text += tr(" (not yet checked against the original table)");
        if (const QString why = planComparisonNote(m_state->timeline().data(), *s); !why.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(why.toHtmlEscaped());
        if (m_plan.baseline && m_plan.baseline->value != 0) {
            const double times = s->achieved->value / m_plan.baseline->value;
            text += tr("<br>%1 times the level of %2")
                        .arg(QString::number(times, 'f', 1), m_plan.baseline->date.toDisplayString());
        }
    } else {
        text += tr("<br>No result in the data set");
    }
    return text;
}

void PlanProductView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    // The plan running at the cursor, shaded like a period on the timeline.
    const int c = categoryOf(m_state->cursor());
    if (c >= 0)
        painter->fillRect(
            categoryRect(c), QColor(m_theme.cursor.red(), m_theme.cursor.green(), m_theme.cursor.blue(), 24));
}

void PlanProductView::drawForeground(QPainter *painter, const QRectF &)
{
    QPainter &p = *painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = m_chart->plotArea();

    // Plans outside the timeline's visible window, veiled: the chart shows what the class is looking at.
    const DayRange window {Day(std::floor(m_state->windowStart())), Day(std::ceil(m_state->windowEnd())) - 1};
    for (int c = 0; c < int(m_days.size()); ++c) {
        const PlanStage *s = stageOf(c);
        const DayRange span = s ? s->span : m_plan.baseline->date.range();
        if (!span.overlaps(window)) {
            QColor veil = m_theme.background;
            veil.setAlphaF(0.65f);
            p.fillRect(categoryRect(c), veil);
        }
    }

    // The selected event's plan, outlined.
    if (const int e = m_state->selectedEvent(); e >= 0) {
        if (const int c = categoryOf(m_state->timeline().eventRange(e).first); c >= 0) {
            p.setPen(QPen(m_theme.selection, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(categoryRect(c).adjusted(1, 1, -1, 0));
        }
    }

    // A figure not checked against a readable source is drawn open: its bar striped, its target line
    // hollowed out, so that a class sees which figures are taken on trust.
    for (int c = 0; c < int(m_days.size()); ++c) {
        const PlanStage *s = stageOf(c);
        const QRectF slot = categoryRect(c);
        const double barWidth = slot.width() * m_series->barWidth();
        const std::optional<ChartPoint> &bar = figureOf(c);
        if (bar && !bar->checked && m_series->isVisible() && isRevealed(c)) {
            const QRectF rect(
                slot.center().x() - barWidth / 2, yOf(bar->value), barWidth, plot.bottom() - yOf(bar->value));
            p.fillRect(rect.adjusted(2, 2, -2, 0), QBrush(m_theme.background, Qt::BDiagPattern));
        }
        if (!s)
            continue;
        for (size_t i = 0; i < s->targets.size(); ++i) {
            const bool main = i + 1 == s->targets.size();
            if (s->targets[i].point.checked || !(main ? m_mainShown : m_lowerShown))
                continue;
            const double half = kTargetHalfWidth * slot.width();
            const double y = yOf(s->targets[i].point.value);
            p.setPen(QPen(m_theme.background, main ? 1.5 : 1, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(slot.center().x() - half + 1.5, y), QPointF(slot.center().x() + half - 1.5, y));
        }
    }

    const QFontMetricsF vm(m_theme.font(0.85, true));
    for (int c = 0; c < int(m_days.size()); ++c) {
        if (!isRevealed(c))
            continue;
        const QRectF slot = categoryRect(c);
        const BarLabels labels = labelsOf(c);
        if (m_series->isVisible()) {
            p.setFont(labels.valueFont);
            p.setPen(labels.place.valueInside ? m_theme.textOn(barColour(c)) : m_theme.text);
            // Text is not clipped to its box: a box exactly one line high at a fractional position
            // would shave the tops off the digits.
            const QRectF box(slot.left(), labels.place.valueTop, slot.width(), vm.height());
            // On a striped (unchecked) bar the figure gets a plain patch of the bar's colour to sit on.
            if (const std::optional<ChartPoint> &bar = figureOf(c); labels.place.valueInside && bar && !bar->checked) {
                const double w = QFontMetricsF(labels.valueFont).horizontalAdvance(labels.value) + 6;
                p.fillRect(QRectF(slot.center().x() - w / 2, labels.place.valueTop, w, vm.height()), barColour(c));
            }
            p.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextDontClip, labels.value);
        }
        // The share of the target: the gap between promise and result.
        if (labels.sharePercent) {
            p.setFont(labels.shareFont);
            p.setPen(*labels.sharePercent >= 100 ? metColour(m_theme) : m_theme.cursor);
            p.drawText(
                QRectF(slot.left(), labels.place.percentTop, slot.width(), QFontMetricsF(labels.shareFont).height()),
                Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextDontClip, labels.share);
        }
    }
    p.restore();
}

void PlanProductView::mousePressEvent(QMouseEvent *event)
{
    QChartView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const int c = categoryAt(event->position().x()); c >= 0) {
        m_state->setFocusYear(Date::fromDay(m_days[size_t(c)]).year);
        m_state->setCursor(m_days[size_t(c)]);
    }
}

void PlanProductView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const int c = categoryAt(event->position().x());
    if (c >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(c), this);
    else
        QToolTip::hideText();
}

} // namespace khronika
