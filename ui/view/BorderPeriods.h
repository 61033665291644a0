#pragma once

#include "core/Date.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace khronika {

// The USSR's external border changed four times between 1923 and 1941. Each period names the layers
// of the base map (resources/map/ussr-1923-1941.khmap, "border/..." without the prefix) that show the
// border as it stood; resources/map/README.md says which stretches are drawn and why the rest are not.
struct BorderPeriod {
    QString id; // stable, for the view dump and the tests
    Day first = 0; // the first day of the period; the last is the day before the next period begins
    const char *description = nullptr; // what changed, in English; translated in the context "khronika::MapView"
    QStringList layers;
};

// The periods in order; the first starts before the data set's period and the last runs on to its end.
const std::vector<BorderPeriod> &borderPeriods();

// The period a day falls in (days before the first period count as the first).
const BorderPeriod &borderPeriodAt(Day day);

} // namespace khronika
