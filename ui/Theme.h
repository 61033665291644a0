#pragma once

#include <QColor>
#include <QFont>

namespace khronika {

// Colours and type sizes the explorer's custom-painted views share, chosen to read from the back of a
// classroom. Views take a Theme by value; nothing reads a global.
struct Theme {
    QColor background = QColor(0xFF, 0xFF, 0xFF);
    QColor text = QColor(0x1A, 0x1A, 0x1A);
    QColor mutedText = QColor(0x59, 0x59, 0x59);
    QColor grid = QColor(0xDD, 0xDD, 0xDD);
    QColor laneAlternate = QColor(0xF6, 0xF6, 0xF4);
    QColor axisBackground = QColor(0xEE, 0xEC, 0xE6);
    QColor cursor = QColor(0xB0, 0x00, 0x20);
    QColor selection = QColor(0x1A, 0x1A, 0x1A);
    QColor highlight = QColor(0xFF, 0xC4, 0x00);
    QColor cluster = QColor(0x44, 0x44, 0x44);
    QColor neutralEvent = QColor(0x55, 0x55, 0x55);
    int basePointSize = 11;

    QFont font(double scale = 1.0, bool bold = false) const;
};

} // namespace khronika
