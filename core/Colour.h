#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace khronika {

// An sRGB colour as the data set writes it ("#RRGGBB"). Core cannot use QColor (Qt Gui), and the
// checks below belong with the data: faction colours must stay apart and readable.
struct Rgb {
    int r = 0;
    int g = 0;
    int b = 0;

    static std::optional<Rgb> parse(QStringView text);
    QString toHex() const;
    friend bool operator==(const Rgb &, const Rgb &) = default;
};

// CIE76 distance in CIELAB (D65): about 2.3 is a just-noticeable difference; below 20, two colours
// side by side on a projector are easily confused.
double colourDistance(const Rgb &a, const Rgb &b);

// The common colour-vision deficiencies, as simulated by Machado, Oliveira and Fernandes (2009, "A
// Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6)), at full
// severity: what a faction's colour looks like to about one boy in twelve.
enum class ColourVision { Normal, Protanopia, Deuteranopia, Tritanopia };
Rgb simulateColourVision(const Rgb &c, ColourVision vision);
// The least colourDistance between two colours over normal vision and the three deficiencies.
double leastDistanceAcrossVision(const Rgb &a, const Rgb &b);

// WCAG 2 relative luminance and contrast ratio (1 to 21; AA asks 4.5 for text, 3 for large text).
double relativeLuminance(const Rgb &c);
double contrastRatio(const Rgb &a, const Rgb &b);

} // namespace khronika
