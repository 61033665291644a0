#include "core/Colour.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace khronika;

TEST(Colour, ParsesHex)
{
    EXPECT_EQ(Rgb::parse(u"#D55E00"), (Rgb {0xD5, 0x5E, 0x00}));
    EXPECT_EQ(Rgb::parse(u"#d55e00"), (Rgb {0xD5, 0x5E, 0x00}));
    EXPECT_FALSE(Rgb::parse(u"D55E00"));
    EXPECT_FALSE(Rgb::parse(u"#D55E0"));
    EXPECT_FALSE(Rgb::parse(u"#GGGGGG"));
    EXPECT_EQ((Rgb {0xD5, 0x5E, 0x0A}).toHex(), QStringLiteral("#D55E0A"));
}

TEST(Colour, ContrastRatioFollowsWcag)
{
    EXPECT_NEAR(contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio({255, 255, 255}, {255, 255, 255}), 1.0, 1e-9);
    // #767676 on white is the lightest grey that passes AA (4.54).
    EXPECT_NEAR(contrastRatio({0x76, 0x76, 0x76}, {255, 255, 255}), 4.54, 0.01);
}

TEST(Colour, DistanceSeparatesDifferentHues)
{
    EXPECT_NEAR(colourDistance({10, 20, 30}, {10, 20, 30}), 0.0, 1e-9);
    EXPECT_GT(colourDistance({0xD5, 0x5E, 0x00}, {0x00, 0x72, 0xB2}), 50.0);
    EXPECT_LT(colourDistance({0x00, 0x72, 0xB2}, {0x00, 0x75, 0xB5}), 5.0);
}
