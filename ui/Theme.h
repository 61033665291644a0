#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

#include <optional>

namespace khronika {

// Colours and type sizes the explorer's custom-painted views share, chosen to read from the back of a
// classroom. Views take a Theme by value; nothing reads a global. Every text colour meets WCAG AA
// (4.5:1) on the backgrounds it is drawn on, in every theme; ThemeTest checks it.
struct Theme {
    // System: the colours of the reader's own palette, for one who chose a high-contrast one.
    enum class Kind { Light, Dark, Projector, System };

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
    // Selected text and links in widgets; invalid: the theme's own blue (the system theme takes the
    // system's).
    QColor selectedFill;
    QColor onSelectedFill;
    QColor link;
    // On paper: what a step is about is outlined, not tinted, so that a black-and-white copy keeps it.
    bool outlineEmphasis = false;
    // 12 pt is 16 px at 96 dpi: the least that reads across a classroom in the normal window.
    double basePointSize = 12;

    static Theme light();
    static Theme dark();
    static Theme projector(); // high contrast, larger type
    // The system palette's own colours, light on dark or dark on light as it is: text and lines at its
    // full contrast (no grey), its highlight for the cursor, the selection and the highlighted events.
    static Theme system(const QPalette &palette);
    // A palette is high contrast when its text stands at least kHighContrast:1 on each of the window,
    // the fields (base) and the buttons: pure black on white is 21:1, a high-contrast theme's text is
    // black on white or white on black, while the usual light palettes reach 11-18.5:1 (black on
    // #F0F0F0 is 18.4:1) and dark ones less. Qt 6.4 (Debian 12) tells no contrast preference
    // (QStyleHints::accessibility() comes with Qt 6.10), so the palette itself is read.
    static constexpr double kHighContrast = 19.0;
    static bool isHighContrast(const QPalette &palette);
    // The theme a reader's system asks for when they have chosen none: the system's colours when its
    // palette is high contrast, otherwise nothing (the light theme, or dark where Qt tells it).
    static std::optional<Kind> forSystemPalette(const QPalette &palette);
    // The light theme for a printed handout: emphasis by outline and weight, which photocopies.
    static Theme print();
    // The theme of a kind; the system theme from the application's palette.
    static Theme ofKind(Kind kind);
    static QString name(Kind kind);
    static std::optional<Kind> ofName(const QString &name); // the inverse of name()

    // Light text on a dark background.
    bool isDark() const;
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
