#pragma once

#include "core/DataSet.h"

#include <QString>

namespace khronika {

// The data's fixed words (an actor's fate, a change of status) as a reader sees them, in the
// interface's language. The data files and the checker keep the ids ("died-in-custody").
QString fateText(Actor::Fate fate);
QString statusText(Status::Kind kind);

} // namespace khronika
