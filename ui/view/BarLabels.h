#pragma once

#include <vector>

namespace khronika {

// Where the figures of one bar of the plan chart go, in pixels (y grows downwards).
struct BarLabelPlacement {
    bool valueInside = false; // the bar's value sits inside the bar, else above it
    double valueTop = 0;
    double percentTop = 0; // the share of the target, above everything else of the bar
};

// The value goes in the middle of its bar when the bar is tall and wide enough for it, else just above
// the bar; either way it keeps clear of the target lines drawn across the bar (`targetLines`, their y),
// moving past them rather than being struck through. The share of the target goes above the bar, the
// lines and the value, so that the three never overlap however short the chart.
BarLabelPlacement placeBarLabels(double barTop, double barBottom, double valueHeight, bool valueFitsWidth,
    std::vector<double> targetLines, double percentHeight);

} // namespace khronika
