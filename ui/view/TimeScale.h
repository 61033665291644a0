#pragma once

#include "core/Date.h"

namespace khronika {

// Maps days to pixels and back for a horizontal time axis: the visible window [start, end) in
// fractional days (Julian day numbers) is laid over [0, width) pixels. Pure value type, no widgets.
// Zoom keeps the day under an anchor pixel fixed; spans are clamped between minimumSpan and the
// limits, and the window never leaves the limits.
class TimeScale
{
public:
    TimeScale() = default;
    TimeScale(double start, double end, double width);

    double start() const { return m_start; }
    double end() const { return m_end; }
    double span() const { return m_end - m_start; }
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_width / span(); }

    double xForDay(double day) const;
    double dayForX(double x) const;

    // The limits the window must stay within, and the smallest span (days) zoom may reach.
    void setLimits(double first, double last, double minimumSpan = 7.0);
    void setWidth(double width);
    void setWindow(double start, double end); // clamped to the limits

    // Multiplies the span by 1/factor (factor > 1 zooms in), keeping dayForX(anchorX) fixed unless a
    // limit forbids it.
    void zoomAt(double anchorX, double factor);
    // Moves the window by dx pixels (positive: later dates come into view).
    void panPixels(double dx);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    void clamp();

    double m_start = 0;
    double m_end = 1;
    double m_width = 1;
    double m_limitFirst = -1e12;
    double m_limitLast = 1e12;
    double m_minimumSpan = 7.0;
};

} // namespace khronika
