#pragma once

#include "ui/state/ViewState.h"

#include <QSize>
#include <QStringList>

#include <optional>

namespace khronika {

// What the command line asks the explorer to show. Ids are checked against the data set before the
// window sees them.
struct ExplorerOptions {
    std::optional<std::pair<double, double>> window; // days [start, end)
    std::optional<LaneMode> lanes;
    QStringList actors; // traced, compared when several
    QStringList factions; // shown alone when given
    QString event; // selected
    std::optional<Day> cursor; // the time cursor, with the "on this day" panel shown
    QSize size; // empty: the restored or default size
    std::optional<QStringList> charts; // the economy charts to show (ids), when given
    bool map = false; // the map pane shown
};

} // namespace khronika
