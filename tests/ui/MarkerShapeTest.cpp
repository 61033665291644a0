#include "ui/view/MarkerShape.h"

#include <gtest/gtest.h>

#include <set>

using namespace khronika;

TEST(ColourVision, SimulationMergesRedAndGreenForRedGreenDeficienciesOnly)
{
    const Rgb red {0xD5, 0x5E, 0x00}, brightRed {0xE0, 0x30, 0x30}, olive {0x70, 0x90, 0x30};
    // Normal vision tells a red from a green easily; a deuteranope or protanope far less.
    EXPECT_GT(colourDistance(brightRed, olive), 40);
    EXPECT_LT(colourDistance(simulateColourVision(brightRed, ColourVision::Deuteranopia),
                  simulateColourVision(olive, ColourVision::Deuteranopia)),
        colourDistance(brightRed, olive) / 2);
    EXPECT_LT(leastDistanceAcrossVision(brightRed, olive), 25);
    // Grey is grey to everyone (the matrices keep white white).
    const Rgb grey {0x99, 0x99, 0x99};
    for (ColourVision v : {ColourVision::Protanopia, ColourVision::Deuteranopia, ColourVision::Tritanopia}) {
        const Rgb g = simulateColourVision(grey, v);
        EXPECT_NEAR(g.r, 0x99, 3);
        EXPECT_NEAR(g.g, 0x99, 3);
        EXPECT_NEAR(g.b, 0x99, 3);
    }
    EXPECT_EQ(simulateColourVision(red, ColourVision::Normal), red);
}

TEST(MarkerShape, UpToSixColoursTakeSixShapes)
{
    const std::vector<Rgb> okabeIto {{0xE6, 0x9F, 0x00}, {0x56, 0xB4, 0xE9}, {0x00, 0x9E, 0x73}, {0xF0, 0xE4, 0x42},
        {0x00, 0x72, 0xB2}, {0xD5, 0x5E, 0x00}};
    const std::vector<MarkerShape> shapes = assignMarkerShapes(okabeIto);
    EXPECT_EQ(std::set<MarkerShape>(shapes.begin(), shapes.end()).size(), 6u);
    EXPECT_EQ(shapes.front(), MarkerShape::Circle); // the first faction keeps the plain dot
}

TEST(MarkerShape, BeyondSixConfusableColoursNeverShareAShape)
{
    // Okabe and Ito's six, then an olive a deuteranope takes for the vermillion and an indigo close to
    // the blue: each extra shares a shape only with a colour nobody confuses it with.
    const std::vector<Rgb> colours {{0xE6, 0x9F, 0x00}, {0x56, 0xB4, 0xE9}, {0x00, 0x9E, 0x73}, {0xF0, 0xE4, 0x42},
        {0x00, 0x72, 0xB2}, {0xD5, 0x5E, 0x00}, {0x70, 0x90, 0x30}, {0x33, 0x22, 0x88}};
    const std::vector<MarkerShape> shapes = assignMarkerShapes(colours);
    ASSERT_EQ(shapes.size(), colours.size());
    int sharing = 0;
    for (size_t i = 0; i < colours.size(); ++i) {
        for (size_t j = i + 1; j < colours.size(); ++j) {
            if (shapes[i] != shapes[j])
                continue;
            ++sharing;
            EXPECT_GE(leastDistanceAcrossVision(colours[i], colours[j]), 20.0) << i << " and " << j;
        }
    }
    EXPECT_EQ(sharing, 2); // eight colours, six shapes
    // Two confusable colours among few: different shapes.
    const std::vector<MarkerShape> two = assignMarkerShapes({{0xE0, 0x30, 0x30}, {0x70, 0x90, 0x30}});
    EXPECT_NE(two[0], two[1]);
}

TEST(MarkerShape, PolygonsStayInsideTheirBoxGrownByAQuarter)
{
    const QRectF box(10, 20, 12, 12);
    const QRectF grown = box.adjusted(-3, -3, 3, 3);
    EXPECT_TRUE(markerPolygon(MarkerShape::Circle, box).isEmpty());
    for (MarkerShape s : {MarkerShape::Square, MarkerShape::Diamond, MarkerShape::TriangleUp, MarkerShape::TriangleDown,
             MarkerShape::Hexagon}) {
        const QList<QPointF> points = markerPolygon(s, box);
        EXPECT_GE(points.size(), 3);
        for (const QPointF &p : points)
            EXPECT_TRUE(grown.contains(p)) << int(s);
    }
}
