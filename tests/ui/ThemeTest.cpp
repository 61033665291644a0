#include "ui/Theme.h"

#include "QtPrinters.h"
#include "core/Colour.h"
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"

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
