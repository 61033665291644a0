#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace khronika {

// Colours and type sizes the explorer's custom-painted views share, chosen to read from the back of a
// classroom. Views take a Theme by value; nothing reads a global. Every text colour meets WCAG AA
// (4.5:1) on the backgrounds it is drawn on, in every theme; ThemeTest checks it.
struct Theme {
    enum class Kind { Light, Dark, Projector };

    Kind kind = Kind::Light;
    QColor background = QColor(0xFF, 0xFF, 0xFF);
    QColor text = QColor(0x1A, 0x1A, 0x1A);
    QColor mutedText = QColor(0x59, 0x59, 0x59);
    QColor grid = QColor(0xDD, 0xDD, 0xDD);
    QColor laneAlternate = QColor(0xF6, 0xF6, 0xF4);
    QColor axisBackground = QColor(0xEE, 0xEC, 0xE6);
    QColor cursor = QColor(0xB0, 0x00, 0x20);
    QColor onCursor = QColor(0xFF, 0xFF, 0xFF); // text on the cursor's date badge
    QColor selection = QColor(0x1A, 0x1A, 0x1A);
    QColor highlight = QColor(0xFF, 0xC4, 0x00);
    QColor cluster = QColor(0x44, 0x44, 0x44);
    QColor onCluster = QColor(0xFF, 0xFF, 0xFF);
    QColor neutralEvent = QColor(0x55, 0x55, 0x55);
    // Drawn around markers whose own colour would not stand out from the background (3:1).
    QColor markerOutline = QColor(0x1A, 0x1A, 0x1A);
    QColor noteBackground = QColor(0xFF, 0xF1, 0xC2); // the misconception box
    // On paper: what a step is about is outlined, not tinted, so that a black-and-white copy keeps it.
    bool outlineEmphasis = false;
    // 12 pt is 16 px at 96 dpi: the least that reads across a classroom in the normal window.
    double basePointSize = 12;

    static Theme light();
    static Theme dark();
    static Theme projector(); // high contrast, larger type
    // The light theme for a printed handout: emphasis by outline and weight, which photocopies.
    static Theme print();
    static Theme ofKind(Kind kind);
    static QString name(Kind kind);

    QFont font(double scale = 1.0, bool bold = false) const;
    QPalette palette() const;
    // Black or white, whichever reads better on `fill` (for labels drawn on faction colours).
    QColor textOn(const QColor &fill) const;
    // The pen to outline a marker of this fill with, or Qt::NoPen-like transparent when it needs none.
    QColor outlineFor(const QColor &fill) const;
    // The line of the `slot`-th traced actor in the career chart: five colours apart from each other
    // and from the faction colours' mid tones, dark on light backgrounds and light on dark ones.
    QColor traceColour(int slot) const;
};

} // namespace khronika
