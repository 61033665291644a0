#include "TimeScale.h"

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

} // namespace

TimeScale::TimeScale(double start, double end, double width)
{
    // Through the setters so that a bad argument leaves the default rather than a NaN that would
    // poison every later mapping.
    setWidth(width);
    setWindow(start, end);
}

double TimeScale::xForDay(double day) const
{
    return (day - m_start) * m_width / span();
}

double TimeScale::dayForX(double x) const
{
    return m_start + x * span() / m_width;
}

void TimeScale::setLimits(double first, double last, double minimumSpan)
{
    if (!finite(first) || !finite(last) || !finite(minimumSpan) || !(first < last) || !(minimumSpan > 0))
        return;
    m_limitFirst = first;
    m_limitLast = last;
    m_minimumSpan = minimumSpan;
    clamp();
}

void TimeScale::setWidth(double width)
{
    // The window is what the user chose; resizing the widget shows it at a new pixel density.
    if (!finite(width) || !(width > 0))
        return;
    m_width = width;
}

void TimeScale::setWindow(double start, double end)
{
    // An empty window (start == end) is allowed and grows to the minimum span around its day.
    if (!finite(start) || !finite(end) || end < start)
        return;
    m_start = start;
    m_end = end;
    clamp();
}

void TimeScale::zoomAt(double anchorX, double factor)
{
    if (!finite(anchorX) || !finite(factor) || !(factor > 0))
        return;
    const double anchorDay = dayForX(anchorX);
    const double fraction = anchorX / m_width;
    const double maxSpan = m_limitLast - m_limitFirst;
    // The span is clamped before the window is placed, so that a zoom stopped by the minimum span
    // still keeps the anchor day under the pointer; only the limits may move it.
    const double newSpan = std::clamp(span() / factor, std::min(m_minimumSpan, maxSpan), maxSpan);
    if (!finite(newSpan) || !(newSpan > 0))
        return;
    const double start = anchorDay - fraction * newSpan;
    const double end = start + newSpan;
    // An absurd anchor (far off the widget) can overflow; leave the window alone rather than store NaN.
    if (!finite(start) || !finite(end) || !(end > start))
        return;
    m_start = start;
    m_end = end;
    clamp();
}

void TimeScale::panPixels(double dx)
{
    if (!finite(dx))
        return;
    // The shift is limited before it is applied, so that even an enormous pan moves the window as a
    // whole and cannot round its span away.
    double shift = dx * span() / m_width;
    if (!finite(shift))
        return;
    shift = std::clamp(shift, std::min(0.0, m_limitFirst - m_start), std::max(0.0, m_limitLast - m_end));
    m_start += shift;
    m_end += shift;
    clamp();
}

void TimeScale::clamp()
{
    const double maxSpan = m_limitLast - m_limitFirst;
    const double s = span();
    // Limits narrower than the minimum span win: the window can never be wider than what exists.
    const double wanted = std::clamp(s, std::min(m_minimumSpan, maxSpan), maxSpan);
    if (wanted >= maxSpan) {
        m_start = m_limitFirst;
        m_end = m_limitLast;
        return;
    }
    if (wanted != s) {
        const double centre = m_start + s / 2;
        m_start = centre - wanted / 2;
        m_end = m_start + wanted;
    }
    // Shift rather than cut, so that panning into a limit stops there without changing the zoom.
    // The far edge is set to the limit exactly, not computed, so that rounding never leaves the window
    // a hair outside the limits.
    if (m_start < m_limitFirst) {
        m_start = m_limitFirst;
        m_end = m_limitFirst + wanted;
    } else if (m_end > m_limitLast) {
        m_end = m_limitLast;
        m_start = m_limitLast - wanted;
    }
    m_start = std::max(m_start, m_limitFirst);
    m_end = std::min(m_end, m_limitLast);
}

} // namespace khronika
