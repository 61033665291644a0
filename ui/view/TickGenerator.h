#pragma once

#include "TimeScale.h"

#include <QString>

#include <functional>
#include <vector>

namespace khronika {

// A tick on the time axis. Major ticks carry the label of the larger unit (the year above months).
struct Tick {
    double day = 0; // where the tick sits (the first day of its unit)
    double x = 0; // its pixel
    QString label; // empty when the tick is unlabelled
    bool major = false;
};

// The unit between ticks, from decades down to days. Five years come between the decade and the year,
// so that a window too narrow for every year still names years ("1925", "1930") rather than only
// decades ("1920s"), which on a classroom projector told nobody where 1929 was.
enum class TickUnit { Decade, FiveYears, Year, Quarter, Month, Week, Day };

// Where an axis draws its labels: all on one row, or the major ones on a row of their own (the
// timeline's and the charts' axes), where a label only makes way for labels of its own row and, on the
// minor row, for the major ticks' lines, which run through it.
enum class TickRows { One, Two };

// Chooses tick units for a scale so that labels never collide, and lists the ticks in the window.
// Label widths come from a caller-supplied measure so that the math stays free of fonts and widgets.
class TickGenerator
{
public:
    using Measure = std::function<double(const QString &)>;

    // The finest unit whose labels, measured with `measure` plus `padding` pixels, fit between ticks.
    static TickUnit unitFor(const TimeScale &scale, const Measure &measure, double padding = 12.0);

    // Minor ticks at `unit`, and major ticks at the next larger unit; labels on one row never overlap
    // (a label is dropped rather than drawn over another). Sorted by x.
    static std::vector<Tick> ticks(
        const TimeScale &scale, const Measure &measure, double padding = 12.0, TickRows rows = TickRows::One);

    // "1920s", "1925", "1927", "Q3 1927", "Nov 1927", "14 Nov"
    static QString label(double day, TickUnit unit);
};

} // namespace khronika
