#include "ui/Theme.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "core/Colour.h"
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"
#include "ui/MainWindow.h"
#include "ui/view/MarkerShape.h"

#include <QApplication>
#include <QSet>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

double contrast(const QColor &a, const QColor &b)
{
    return contrastRatio({a.red(), a.green(), a.blue()}, {b.red(), b.green(), b.blue()});
}

constexpr double kTextAA = 4.5; // WCAG 2 AA, body text
constexpr double kGraphicAA = 3.0; // WCAG 2.1 1.4.11, graphical objects

} // namespace

TEST(Theme, EveryTextColourMeetsAAInEveryTheme)
{
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector}) {
        const Theme t = Theme::ofKind(kind);
        const std::string name = Theme::name(kind).toStdString();
        for (const QColor &bg : {t.background, t.laneAlternate, t.axisBackground}) {
            EXPECT_GE(contrast(t.text, bg), kTextAA) << name;
            EXPECT_GE(contrast(t.mutedText, bg), kTextAA) << name << " muted on " << bg.name().toStdString();
        }
        EXPECT_GE(contrast(t.onCursor, t.cursor), kTextAA) << name;
        EXPECT_GE(contrast(t.onCluster, t.cluster), kTextAA) << name;
        EXPECT_GE(contrast(t.text, t.noteBackground), kTextAA) << name;
        const QPalette p = t.palette();
        EXPECT_GE(contrast(p.color(QPalette::Text), p.color(QPalette::Base)), kTextAA) << name;
        EXPECT_GE(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)), kTextAA) << name;
        EXPECT_GE(contrast(p.color(QPalette::Link), p.color(QPalette::Base)), kTextAA) << name;
        EXPECT_GE(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), kTextAA) << name;
        EXPECT_GE(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)), kTextAA) << name;
        // The cursor line and the highlight ring are graphics on the background.
        EXPECT_GE(contrast(t.cursor, t.background), kGraphicAA) << name;
        EXPECT_GE(contrast(t.selection, t.background), kGraphicAA) << name;
    }
}

TEST(Theme, FactionColoursReadInEveryTheme)
{
    const LoadResult r = DataSetLoader::loadDirectory(builtinDataSetPath());
    ASSERT_FALSE(r.data.factions.empty());
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector}) {
        const Theme t = Theme::ofKind(kind);
        for (const Faction &f : r.data.factions) {
            const QColor fill(f.colour);
            // Names written on a faction's colour (the career chart's bands).
            EXPECT_GE(contrast(t.textOn(fill), fill), kTextAA) << f.id.toStdString();
            // A marker in the faction's colour stands out, by itself or by its outline.
            const QColor outline = t.outlineFor(fill);
            const double visible = outline.alpha() ? contrast(outline, t.background) : contrast(fill, t.background);
            EXPECT_GE(visible, kGraphicAA) << f.id.toStdString() << " in " << Theme::name(kind).toStdString();
        }
    }
}

TEST(Theme, TracedActorsLinesStandOutAndApartInEveryTheme)
{
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector}) {
        const Theme t = Theme::ofKind(kind);
        const std::string name = Theme::name(kind).toStdString();
        for (int i = 0; i < 5; ++i) {
            const QColor c = t.traceColour(i);
            // A rank line is a graphic on the career chart's background.
            EXPECT_GE(contrast(c, t.background), kGraphicAA) << name << " slot " << i;
            for (int j = 0; j < i; ++j)
                EXPECT_NE(c, t.traceColour(j)) << name;
        }
        EXPECT_EQ(t.traceColour(5), t.traceColour(0)) << "a sixth actor takes the first colour again";
    }
}

// What the details panels draw, as the window styles it: every run of text that sets its own colour
// meets 4.5:1 on what it is drawn on (its own background, its table cell's, else the panel's), in
// every theme. A fixed grey read 2.35:1 on the dark theme.
TEST(Theme, DetailsPanelsTextMeetsAAInEveryTheme)
{
    MainWindow window(test::builtinTimeline());
    const Timeline &t = window.state()->timeline();
    int withRoles = -1;
    for (int e = 0; e < t.eventCount() && withRoles < 0; ++e) {
        for (const ActorRef &a : t.event(e).actors) {
            if (!a.role.isEmpty())
                withRoles = e;
        }
    }
    ASSERT_GE(withRoles, 0);
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector}) {
        window.setThemeKind(kind);
        window.state()->setSelectedEvent(withRoles);
        const QColor panel = window.theme().background;
        int coloured = 0;
        for (QTextBrowser *browser : {window.details(), window.partyPanel()}) {
            QTextDocument *doc = browser->document();
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
                QColor cell = panel;
                if (QTextTable *table = QTextCursor(block).currentTable()) {
                    const QTextTableCell c = table->cellAt(QTextCursor(block));
                    if (c.format().background().style() != Qt::NoBrush)
                        cell = c.format().background().color();
                    else if (table->format().background().style() != Qt::NoBrush)
                        cell = table->format().background().color();
                }
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat f = it.fragment().charFormat();
                    if (!f.hasProperty(QTextFormat::ForegroundBrush) || it.fragment().text().trimmed().isEmpty())
                        continue;
                    const QColor ground = f.background().style() != Qt::NoBrush ? f.background().color() : cell;
                    // Colour swatches draw a block in its own colour: not text.
                    if (f.foreground().color() == ground)
                        continue;
                    ++coloured;
                    EXPECT_GE(contrast(f.foreground().color(), ground), kTextAA)
                        << Theme::name(kind).toStdString() << ": \"" << it.fragment().text().toStdString() << "\" "
                        << f.foreground().color().name().toStdString() << " on " << ground.name().toStdString();
                }
            }
        }
        EXPECT_GT(coloured, 0) << Theme::name(kind).toStdString();
    }
}

// Factions are told apart by more than colour: two factions whose colours a reader with a common
// colour-vision deficiency could confuse (or that anyone could, on a projector) never share a marker
// shape, and the built-in factions, nine, use every shape.
TEST(Theme, FactionsConfusableByColourDifferInShape)
{
    MainWindow window(test::builtinTimeline());
    const Timeline &t = window.state()->timeline();
    ASSERT_GT(t.factionCount(), 1);
    QSet<int> used;
    for (int a = 0; a < t.factionCount(); ++a) {
        used.insert(int(window.state()->factionShape(a)));
        for (int b = a + 1; b < t.factionCount(); ++b) {
            const double least
                = leastDistanceAcrossVision(*Rgb::parse(t.faction(a).colour), *Rgb::parse(t.faction(b).colour));
            if (least < 20) {
                EXPECT_NE(window.state()->factionShape(a), window.state()->factionShape(b))
                    << t.faction(a).id.toStdString() << " and " << t.faction(b).id.toStdString() << ": " << least;
            }
        }
    }
    EXPECT_EQ(used.size(), std::min(t.factionCount(), kMarkerShapeCount));
}

namespace {

// A palette of one background and one text colour everywhere, with its highlight, as a high-contrast
// system theme sets them (Windows' "High Contrast Black" and "White", GNOME's HighContrast).
QPalette twoColourPalette(const QColor &background, const QColor &text, const QColor &highlight,
    const QColor &onHighlight, const QColor &link)
{
    QPalette p;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, background);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::PlaceholderText})
        p.setColor(role, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, onHighlight);
    p.setColor(QPalette::Link, link);
    return p;
}

QPalette highContrastBlack()
{
    return twoColourPalette(Qt::black, Qt::white, QColor(0x1A, 0xEB, 0xFF), Qt::black, QColor(0xFF, 0xFF, 0x00));
}

QPalette highContrastWhite()
{
    return twoColourPalette(Qt::white, Qt::black, QColor(0x37, 0x00, 0x6E), Qt::white, QColor(0x00, 0x00, 0x9F));
}

// A usual light desktop palette: dark grey text on off-white.
QPalette usualLight(const QColor &window, const QColor &text)
{
    QPalette p = twoColourPalette(window, text, QColor(0x30, 0x8C, 0xC6), Qt::white, QColor(0x29, 0x80, 0xB9));
    p.setColor(QPalette::Base, Qt::white);
    return p;
}

} // namespace

// High contrast is read from the palette alone (Qt 6.4 tells no contrast preference): black on white
// or white on black everywhere is; the usual light and dark palettes, Qt's own and the themes' are not.
TEST(Theme, AHighContrastSystemPaletteIsRecognised)
{
    EXPECT_TRUE(Theme::isHighContrast(highContrastBlack()));
    EXPECT_TRUE(Theme::isHighContrast(highContrastWhite()));
    EXPECT_EQ(Theme::forSystemPalette(highContrastBlack()), Theme::Kind::System);
    EXPECT_EQ(Theme::forSystemPalette(highContrastWhite()), Theme::Kind::System);
    // Black on the #F0F0F0 of classic Windows buttons (18.4:1), Breeze (#232629 on #EFF0F1) and Adwaita
    // (#2E3436 on #F6F5F4) are ordinary palettes.
    for (const QPalette &ordinary : {usualLight(QColor(0xF0, 0xF0, 0xF0), Qt::black),
             usualLight(QColor(0xEF, 0xF0, 0xF1), QColor(0x23, 0x26, 0x29)),
             usualLight(QColor(0xF6, 0xF5, 0xF4), QColor(0x2E, 0x34, 0x36)), Theme::light().palette(),
             Theme::dark().palette(), Theme::projector().palette()}) {
        EXPECT_FALSE(Theme::isHighContrast(ordinary)) << ordinary.color(QPalette::Window).name().toStdString();
        EXPECT_EQ(Theme::forSystemPalette(ordinary), std::nullopt);
    }
    // One pair short of the mark is enough: white fields in a grey window are not high contrast.
    QPalette greyWindow = highContrastWhite();
    greyWindow.setColor(QPalette::Window, QColor(0xE0, 0xE0, 0xE0));
    EXPECT_FALSE(Theme::isHighContrast(greyWindow));
}

// The system theme keeps the reader's colours, at their full contrast, in either polarity; its texts
// meet AA as every theme's do.
TEST(Theme, TheSystemThemeKeepsTheSystemsColours)
{
    for (const QPalette &system : {highContrastBlack(), highContrastWhite()}) {
        const Theme t = Theme::system(system);
        const std::string name = system.color(QPalette::Base).name().toStdString();
        EXPECT_EQ(t.kind, Theme::Kind::System);
        EXPECT_EQ(t.background, system.color(QPalette::Base)) << name;
        EXPECT_EQ(t.text, system.color(QPalette::Text)) << name;
        EXPECT_EQ(t.mutedText, t.text) << name;
        EXPECT_EQ(t.isDark(), system.color(QPalette::Base) == QColor(Qt::black)) << name;
        for (const QColor &bg : {t.background, t.laneAlternate, t.axisBackground, t.noteBackground})
            EXPECT_GE(contrast(t.mutedText, bg), Theme::kHighContrast) << name;
        EXPECT_GE(contrast(t.onCursor, t.cursor), kTextAA) << name;
        EXPECT_GE(contrast(t.onCluster, t.cluster), kTextAA) << name;
        EXPECT_GE(contrast(t.cursor, t.background), kGraphicAA) << name;
        EXPECT_GE(contrast(t.grid, t.background), kGraphicAA) << name;
        const QPalette p = t.palette();
        EXPECT_EQ(p.color(QPalette::Highlight), system.color(QPalette::Highlight)) << name;
        EXPECT_EQ(p.color(QPalette::Link), system.color(QPalette::Link)) << name;
        EXPECT_GE(contrast(p.color(QPalette::Link), p.color(QPalette::Base)), kTextAA) << name;
        EXPECT_GE(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), kTextAA) << name;
        EXPECT_TRUE(Theme::isHighContrast(p)) << name;
        // Traced actors' lines take the colours meant for the background's polarity.
        EXPECT_GE(contrast(t.traceColour(0), t.background), kGraphicAA) << name;
    }
    EXPECT_EQ(Theme::ofName(QStringLiteral("system")), Theme::Kind::System);
}

// A first start on a high-contrast system takes the system's colours; a theme the reader chose wins.
TEST(Theme, AFirstStartOnAHighContrastSystemTakesItsColours)
{
    const QPalette before = QApplication::palette();
    QSettings().clear();
    QApplication::setPalette(highContrastBlack());
    {
        MainWindow window(test::builtinTimeline());
        window.restoreSettings();
        EXPECT_EQ(window.themeKind(), Theme::Kind::System);
        EXPECT_EQ(window.theme().background, QColor(Qt::black));
        EXPECT_EQ(window.theme().text, QColor(Qt::white));
    }
    QSettings().setValue(QStringLiteral("view/theme"), Theme::name(Theme::Kind::Projector));
    {
        MainWindow window(test::builtinTimeline());
        window.restoreSettings();
        EXPECT_EQ(window.themeKind(), Theme::Kind::Projector);
    }
    QSettings().clear();
    QApplication::setPalette(before);
    // An ordinary palette leaves the light theme.
    MainWindow window(test::builtinTimeline());
    window.restoreSettings();
    EXPECT_EQ(window.themeKind(), Theme::Kind::Light);
    QSettings().clear();
}
