#include "TimeAxisGeometry.h"

#include <algorithm>

namespace khronika {

TimeAxisGeometry::TimeAxisGeometry(double widgetWidth, double windowStart, double windowEnd)
    : m_scale(windowStart, windowEnd, std::max(10.0, widgetWidth - kGutter - kRightMargin))
{ }

} // namespace khronika
