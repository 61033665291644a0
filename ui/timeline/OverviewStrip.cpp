#include "OverviewStrip.h"

#include "ui/view/TimeAxisGeometry.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace khronika {

namespace {
constexpr double kGripWidth = 6;
constexpr double kDaysPerBin = 30.44;
} // namespace

OverviewStrip::OverviewStrip(ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setMouseTracking(true);
    countEvents();
    connect(m_state, &ViewState::filtersChanged, this, [this] {
        countEvents();
        update();
    });
    connect(m_state, &ViewState::windowChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::cursorChanged, this, qOverload<>(&QWidget::update));
}

void OverviewStrip::countEvents()
{
    // The bars' scale is that of all the events, so that reveal mode showing more never rescales them;
    // the counts are of the events reveal mode lets be seen.
    const Timeline &t = m_state->timeline();
    const DayRange limits = m_state->limits();
    m_monthCounts.assign(size_t(double(limits.length()) / kDaysPerBin) + 1, 0);
    std::vector<int> all(m_monthCounts.size(), 0);
    m_maxCount = 1;
    for (int e = 0; e < t.eventCount(); ++e) {
        const auto bin = size_t(double(t.eventRange(e).first - limits.first) / kDaysPerBin);
        if (bin >= m_monthCounts.size())
            continue;
        m_maxCount = std::max(m_maxCount, ++all[bin]);
        if (m_state->isRevealed(e))
            ++m_monthCounts[bin];
    }
}

void OverviewStrip::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

double OverviewStrip::xForDay(double day) const
{
    return axis().xForDay(day);
}

double OverviewStrip::dayForX(double x) const
{
    return axis().dayForX(x);
}

QRectF OverviewStrip::windowRect() const
{
    const double x0 = xForDay(m_state->windowStart());
    const double x1 = xForDay(m_state->windowEnd());
    // Never thinner than the grips, so that a single day's window can still be grabbed.
    const double w = std::max(x1 - x0, 2 * kGripWidth);
    return QRectF(x0 + (x1 - x0) / 2 - w / 2, 1, w, height() - 2);
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme.axisBackground);
    p.setPen(m_theme.text);
    p.setFont(m_theme.font(0.95, true));
    p.drawText(
        QRectF(14, 0, TimeAxisGeometry::kGutter - 20, height()), Qt::AlignVCenter | Qt::AlignLeft, tr("Overview"));

    // Event density per month.
    const DayRange limits = m_state->limits();
    const double barWidth = std::max(1.0, xForDay(double(limits.first) + kDaysPerBin) - xForDay(double(limits.first)));
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.mutedText);
    const double base = height() - 16;
    for (size_t i = 0; i < m_monthCounts.size(); ++i) {
        if (!m_monthCounts[i])
            continue;
        const double h = (base - 6) * m_monthCounts[i] / m_maxCount;
        p.drawRect(QRectF(xForDay(double(limits.first) + double(i) * kDaysPerBin), base - h, barWidth, h));
    }

    // Year labels along the bottom, every few years as room allows.
    p.setFont(m_theme.font(0.85));
    const QFontMetricsF fm(p.font());
    const int firstYear = Date::fromDay(limits.first).year + 1;
    const int lastYear = Date::fromDay(limits.last).year;
    const double perYear = xForDay(365.25) - xForDay(0);
    const int step = perYear > fm.horizontalAdvance(QStringLiteral("0000")) + 10 ? 1
        : perYear * 2 > fm.horizontalAdvance(QStringLiteral("0000")) + 10        ? 2
                                                                                 : 5;
    p.setPen(m_theme.mutedText);
    for (int y = firstYear; y <= lastYear; ++y) {
        const double x = xForDay(double(Date {y, 1, 1, Date::Precision::Day}.firstDay()));
        p.drawLine(QPointF(x, base), QPointF(x, base + 3));
        if (y % step == 0)
            p.drawText(QPointF(x - fm.horizontalAdvance(QString::number(y)) / 2, height() - 3), QString::number(y));
    }

    // The cursor and the visible window.
    p.setPen(QPen(m_theme.cursor, 1.5));
    const double cx = xForDay(double(m_state->cursor()));
    p.drawLine(QPointF(cx, 0), QPointF(cx, height()));
    const QRectF w = windowRect();
    QColor fill = m_theme.highlight;
    fill.setAlphaF(0.25f);
    p.setBrush(fill);
    p.setPen(QPen(m_theme.text, 2));
    p.drawRoundedRect(w, 3, 3);
}

OverviewStrip::Grip OverviewStrip::gripAt(double x) const
{
    const QRectF w = windowRect();
    if (std::abs(x - w.left()) <= kGripWidth)
        return Grip::Left;
    if (std::abs(x - w.right()) <= kGripWidth)
        return Grip::Right;
    if (x > w.left() && x < w.right())
        return Grip::Move;
    return Grip::None;
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    m_grip = gripAt(x);
    if (m_grip == Grip::None) {
        // Clicking beside the window centres it there.
        const double span = m_state->windowEnd() - m_state->windowStart();
        const double day = dayForX(x);
        m_state->setWindow(day - span / 2, day + span / 2);
        m_grip = Grip::Move;
    }
    m_pressDay = dayForX(x);
    m_pressStart = m_state->windowStart();
    m_pressEnd = m_state->windowEnd();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_grip == Grip::None) {
        const Grip g = gripAt(x);
        setCursor(g == Grip::Left || g == Grip::Right ? Qt::SizeHorCursor
                : g == Grip::Move                     ? Qt::OpenHandCursor
                                                      : Qt::ArrowCursor);
        return;
    }
    const double delta = dayForX(x) - m_pressDay;
    switch (m_grip) {
    case Grip::Move:
        m_state->setWindow(m_pressStart + delta, m_pressEnd + delta);
        break;
    case Grip::Left:
        m_state->setWindow(std::min(m_pressStart + delta, m_pressEnd - 7), m_pressEnd);
        break;
    case Grip::Right:
        m_state->setWindow(m_pressStart, std::max(m_pressEnd + delta, m_pressStart + 7));
        break;
    case Grip::None:
        break;
    }
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *)
{
    m_grip = Grip::None;
}

} // namespace khronika
