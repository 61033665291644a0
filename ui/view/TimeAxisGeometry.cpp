#include "TimeAxisGeometry.h"

#include <algorithm>

namespace khronika {

TimeAxisGeometry::TimeAxisGeometry(double widgetWidth, double windowStart, double windowEnd, double gutter)
    : m_gutter(std::max(kGutter, gutter))
    , m_scale(windowStart, windowEnd, std::max(10.0, widgetWidth - m_gutter - kRightMargin))
{ }

} // namespace khronika
