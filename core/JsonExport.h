#pragma once

#include "DataSet.h"

#include <QJsonObject>

namespace khronika {

// The whole data set as one JSON object, normalised: the lists events, actors, factions, series,
// periods, tours and sources, each record keyed by its YAML field names, dates as ISO strings at their
// precision. Optional fields that are absent are left out. A data set in several languages also gives
// "languages" and "translations" (language -> text key -> text, keys as in Translation.h).
QJsonObject toJson(const DataSet &data);

} // namespace khronika
