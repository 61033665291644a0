#pragma once

#include "TimeScale.h"

namespace khronika {

// Where time runs across a view that shares the timeline's axis (the timeline, the overview strip,
// the career chart, the charts): a gutter on the left for lane and plot names, a margin on the right,
// and the visible window spread over the plot between them. One value for all of them, so that a day
// sits at the same x in every view of the same width. A chart whose plot headings do not fit whole in
// kGutter (long Russian words beside the value labels, in the projector's type) asks for a wider
// gutter, the same for all its plots; kGutter is the least.
struct TimeAxisGeometry {
    static constexpr double kGutter = 190;
    static constexpr double kRightMargin = 16;

    TimeAxisGeometry(double widgetWidth, double windowStart, double windowEnd, double gutter = kGutter);

    double gutter() const { return m_gutter; }
    double plotLeft() const { return m_gutter; }
    double plotRight() const { return m_gutter + m_scale.width(); }
    double plotWidth() const { return m_scale.width(); }
    const TimeScale &scale() const { return m_scale; }

    double xForDay(double day) const { return m_gutter + m_scale.xForDay(day); }
    double dayForX(double x) const { return m_scale.dayForX(x - m_gutter); }

private:
    double m_gutter;
    TimeScale m_scale; // x from the plot's left edge
};

} // namespace khronika
