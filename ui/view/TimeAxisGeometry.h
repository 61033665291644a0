#pragma once

#include "TimeScale.h"

namespace khronika {

// Where time runs across a view that shares the timeline's axis (the timeline, the overview strip,
// the career chart, the charts): a gutter on the left for lane and plot names, a margin on the right,
// and the visible window spread over the plot between them. One value for all of them, so that a day
// sits at the same x in every view of the same width.
struct TimeAxisGeometry {
    static constexpr double kGutter = 190;
    static constexpr double kRightMargin = 16;

    TimeAxisGeometry(double widgetWidth, double windowStart, double windowEnd);

    double plotLeft() const { return kGutter; }
    double plotRight() const { return kGutter + m_scale.width(); }
    double plotWidth() const { return m_scale.width(); }
    const TimeScale &scale() const { return m_scale; }

    double xForDay(double day) const { return kGutter + m_scale.xForDay(day); }
    double dayForX(double x) const { return m_scale.dayForX(x - kGutter); }

private:
    TimeScale m_scale; // x from the plot's left edge
};

} // namespace khronika
