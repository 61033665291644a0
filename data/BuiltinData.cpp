#include "BuiltinData.h"

namespace khronika {

QString builtinDataSetPath()
{
    return QStringLiteral(":/khronika/ussr-1923-1941");
}

} // namespace khronika
