#include "BarLabels.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace khronika {

namespace {

constexpr double kGap = 2; // between a label and a line or another label

bool crosses(double line, double top, double height)
{
    return line >= top - kGap && line <= top + height + kGap;
}

} // namespace

BarLabelPlacement placeBarLabels(double barTop, double barBottom, double valueHeight, bool valueFitsWidth,
    std::vector<double> targetLines, double percentHeight)
{
    const auto clear = [&](double top) {
        return std::none_of(
            targetLines.begin(), targetLines.end(), [&](double line) { return crosses(line, top, valueHeight); });
    };
    BarLabelPlacement out;
    // Inside: the middle of the bar, or else just under one of the lines through it, whichever clear
    // place is nearest the middle.
    if (valueFitsWidth && barBottom - barTop > valueHeight + 2 * kGap) {
        const double middle = (barTop + barBottom - valueHeight) / 2;
        std::vector<double> candidates {middle};
        for (double line : targetLines)
            candidates.push_back(line + kGap + 1);
        std::sort(candidates.begin(), candidates.end(),
            [middle](double a, double b) { return std::abs(a - middle) < std::abs(b - middle); });
        for (double top : candidates) {
            if (top >= barTop + kGap && top + valueHeight <= barBottom - kGap && clear(top)) {
                out.valueInside = true;
                out.valueTop = top;
                break;
            }
        }
    }
    // Above: just over the bar, or else just over one of the lines near its top, whichever clear place
    // is lowest. Over the highest line is always clear.
    if (!out.valueInside) {
        std::vector<double> candidates {barTop - valueHeight - kGap};
        for (double line : targetLines)
            candidates.push_back(line - valueHeight - kGap - 1);
        std::sort(candidates.begin(), candidates.end(), std::greater<>());
        for (double top : candidates) {
            if (top + valueHeight <= barTop - kGap + 1e-9 && clear(top)) {
                out.valueTop = top;
                break;
            }
        }
    }

    double top = out.valueInside ? barTop : std::min(barTop, out.valueTop);
    for (double line : targetLines)
        top = std::min(top, line);
    out.percentTop = top - percentHeight - kGap - 1;
    return out;
}

} // namespace khronika
