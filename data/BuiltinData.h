#pragma once

#include <QString>

namespace khronika {

// The resource path of the data set compiled into the program (data/ussr-1923-1941).
QString builtinDataSetPath();

} // namespace khronika
