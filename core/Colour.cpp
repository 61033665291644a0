#include "Colour.h"

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

struct Lab {
    double l, a, b;
};

Lab toLab(const Rgb &c)
{
    const double r = linear(c.r), g = linear(c.g), b = linear(c.b);
    // sRGB to XYZ (D65), normalised by the white point.
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 1.0;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    const double fx = f(x), fy = f(y), fz = f(z);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

} // namespace

std::optional<Rgb> Rgb::parse(QStringView text)
{
    if (text.size() != 7 || text[0] != u'#')
        return std::nullopt;
    bool ok = false;
    const uint value = text.mid(1).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return Rgb {int((value >> 16) & 0xff), int((value >> 8) & 0xff), int(value & 0xff)};
}

QString Rgb::toHex() const
{
    return QStringLiteral("#%1%2%3")
        .arg(r, 2, 16, QLatin1Char('0'))
        .arg(g, 2, 16, QLatin1Char('0'))
        .arg(b, 2, 16, QLatin1Char('0'))
        .toUpper();
}

double colourDistance(const Rgb &a, const Rgb &b)
{
    const Lab p = toLab(a), q = toLab(b);
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

Rgb simulateColourVision(const Rgb &c, ColourVision vision)
{
    // Machado et al. (2009), table of matrices for severity 1.0, applied to linear RGB.
    static constexpr double kProtan[3][3]
        = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static constexpr double kDeutan[3][3]
        = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    static constexpr double kTritan[3][3]
        = {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
    const double(*m)[3] = vision == ColourVision::Protanopia ? kProtan
        : vision == ColourVision::Deuteranopia               ? kDeutan
        : vision == ColourVision::Tritanopia                 ? kTritan
                                                             : nullptr;
    if (!m)
        return c;
    const double in[3] = {linear(c.r), linear(c.g), linear(c.b)};
    int out[3];
    for (int row = 0; row < 3; ++row) {
        const double v = std::clamp(m[row][0] * in[0] + m[row][1] * in[1] + m[row][2] * in[2], 0.0, 1.0);
        // Back to sRGB's gamma.
        const double s = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
        out[row] = int(std::lround(s * 255));
    }
    return {out[0], out[1], out[2]};
}

double leastDistanceAcrossVision(const Rgb &a, const Rgb &b)
{
    double least = colourDistance(a, b);
    for (ColourVision v : {ColourVision::Protanopia, ColourVision::Deuteranopia, ColourVision::Tritanopia})
        least = std::min(least, colourDistance(simulateColourVision(a, v), simulateColourVision(b, v)));
    return least;
}

double relativeLuminance(const Rgb &c)
{
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrastRatio(const Rgb &a, const Rgb &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace khronika
