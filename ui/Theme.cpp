#include "Theme.h"

#include "core/Colour.h"

#include <QGuiApplication>

#include <algorithm>

namespace khronika {

namespace {

Rgb rgb(const QColor &c)
{
    return {c.red(), c.green(), c.blue()};
}

} // namespace

Theme Theme::light()
{
    return Theme();
}

Theme Theme::print()
{
    Theme t = light();
    t.outlineEmphasis = true;
    // Rings around the step's events print black; yellow would be lost on a grey copy.
    t.highlight = t.text;
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x1E, 0x1F, 0x22);
    t.text = QColor(0xEE, 0xEE, 0xEE);
    t.mutedText = QColor(0xB4, 0xB4, 0xB4);
    t.grid = QColor(0x3A, 0x3C, 0x40);
    t.laneAlternate = QColor(0x26, 0x27, 0x2B);
    t.axisBackground = QColor(0x2C, 0x2E, 0x33);
    t.cursor = QColor(0xFF, 0x6B, 0x6B);
    t.onCursor = QColor(0x10, 0x10, 0x10);
    t.selection = QColor(0xFF, 0xFF, 0xFF);
    t.highlight = QColor(0xFF, 0xC4, 0x00);
    t.cluster = QColor(0xC8, 0xC8, 0xC8);
    t.onCluster = QColor(0x10, 0x10, 0x10);
    t.neutralEvent = QColor(0xA0, 0xA0, 0xA0);
    t.markerOutline = QColor(0xEE, 0xEE, 0xEE);
    t.noteBackground = QColor(0x4A, 0x3F, 0x14);
    return t;
}

Theme Theme::projector()
{
    // Projectors wash out pale tints and thin lines: pure white and black, strong lines, bigger type.
    Theme t;
    t.kind = Kind::Projector;
    t.background = QColor(0xFF, 0xFF, 0xFF);
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x33, 0x33, 0x33);
    t.grid = QColor(0xA0, 0xA0, 0xA0);
    t.laneAlternate = QColor(0xEE, 0xEE, 0xEE);
    t.axisBackground = QColor(0xE0, 0xE0, 0xE0);
    t.cursor = QColor(0xC0, 0x00, 0x00);
    t.selection = QColor(0x00, 0x00, 0x00);
    t.cluster = QColor(0x00, 0x00, 0x00);
    t.neutralEvent = QColor(0x33, 0x33, 0x33);
    t.markerOutline = QColor(0x00, 0x00, 0x00);
    t.basePointSize = 15; // 20 px at 96 dpi: timeline labels for the back row
    return t;
}

Theme Theme::system(const QPalette &palette)
{
    Theme t;
    t.kind = Kind::System;
    t.background = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::Text);
    // The reader asked for the most contrast there is: nothing is grey, nothing tinted.
    t.mutedText = t.text;
    t.laneAlternate = t.background;
    t.axisBackground = palette.color(QPalette::Window);
    const auto mix = [](const QColor &a, const QColor &b) {
        return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
    };
    t.grid = mix(t.text, t.background);
    t.cursor = palette.color(QPalette::Highlight);
    t.onCursor = palette.color(QPalette::HighlightedText);
    t.selection = t.text;
    t.highlight = palette.color(QPalette::Highlight);
    t.cluster = t.text;
    t.onCluster = t.background;
    t.neutralEvent = t.text;
    t.markerOutline = t.text;
    t.noteBackground = t.background;
    t.selectedFill = palette.color(QPalette::Highlight);
    t.onSelectedFill = palette.color(QPalette::HighlightedText);
    t.link = palette.color(QPalette::Link);
    return t;
}

bool Theme::isHighContrast(const QPalette &palette)
{
    const auto ratio = [&](QPalette::ColorRole text, QPalette::ColorRole ground) {
        return contrastRatio(rgb(palette.color(QPalette::Active, text)), rgb(palette.color(QPalette::Active, ground)));
    };
    return std::min({ratio(QPalette::WindowText, QPalette::Window), ratio(QPalette::Text, QPalette::Base),
               ratio(QPalette::ButtonText, QPalette::Button)})
        >= kHighContrast;
}

std::optional<Theme::Kind> Theme::forSystemPalette(const QPalette &palette)
{
    return isHighContrast(palette) ? std::optional<Kind>(Kind::System) : std::nullopt;
}

bool Theme::isDark() const
{
    return relativeLuminance(rgb(background)) < relativeLuminance(rgb(text));
}

Theme Theme::ofKind(Kind kind)
{
    switch (kind) {
    case Kind::System:
        return system(QGuiApplication::palette());
    case Kind::Light:
        return light();
    case Kind::Dark:
        return dark();
    case Kind::Projector:
        return projector();
    }
    return light();
}

QString Theme::name(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::Projector:
        return QStringLiteral("projector");
    case Kind::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<Theme::Kind> Theme::ofName(const QString &name)
{
    for (Kind k : {Kind::Light, Kind::Dark, Kind::Projector, Kind::System}) {
        if (name == Theme::name(k))
            return k;
    }
    return std::nullopt;
}

QFont Theme::font(double scale, bool bold) const
{
    QFont f;
    f.setPointSizeF(basePointSize * scale);
    f.setBold(bold);
    return f;
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, axisBackground);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::AlternateBase, laneAlternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, axisBackground);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, background);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Highlight,
        selectedFill.isValid() ? selectedFill
            : isDark()         ? QColor(0x2F, 0x5D, 0x9E)
                               : QColor(0x1F, 0x4E, 0x9A));
    p.setColor(QPalette::HighlightedText, onSelectedFill.isValid() ? onSelectedFill : QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Link, link.isValid() ? link : isDark() ? QColor(0x8A, 0xB4, 0xF8) : QColor(0x1A, 0x4F, 0xA0));
    p.setColor(QPalette::LinkVisited, p.color(QPalette::Link));
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    return p;
}

QColor Theme::textOn(const QColor &fill) const
{
    const Rgb f = rgb(fill);
    const QColor black(0x10, 0x10, 0x10), white(0xFF, 0xFF, 0xFF);
    return contrastRatio(f, rgb(black)) >= contrastRatio(f, rgb(white)) ? black : white;
}

QColor Theme::traceColour(int slot) const
{
    static const QColor onLight[] = {QColor(0x1A, 0x1A, 0x1A), QColor(0xA5, 0x1C, 0x30), QColor(0x1F, 0x4E, 0x9A),
        QColor(0x2E, 0x7D, 0x32), QColor(0x6A, 0x3D, 0x9A)};
    static const QColor onDark[] = {QColor(0xEE, 0xEE, 0xEE), QColor(0xFF, 0x85, 0x8F), QColor(0x85, 0xB4, 0xFF),
        QColor(0x7F, 0xD1, 0x8B), QColor(0xC8, 0xA8, 0xF0)};
    const int i = ((slot % 5) + 5) % 5;
    return isDark() ? onDark[i] : onLight[i];
}

QColor Theme::outlineFor(const QColor &fill) const
{
    // WCAG 1.4.11: graphical objects need 3:1 against what surrounds them.
    return contrastRatio(rgb(fill), rgb(background)) >= 3.0 ? QColor(Qt::transparent) : markerOutline;
}

} // namespace khronika
