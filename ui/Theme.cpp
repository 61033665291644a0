#include "Theme.h"

namespace khronika {

QFont Theme::font(double scale, bool bold) const
{
    QFont f;
    f.setPointSizeF(basePointSize * scale);
    f.setBold(bold);
    return f;
}

} // namespace khronika
