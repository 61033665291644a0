// Presenting, apart from the widgets: the layout kept and given back, the chart choice and its lapse
// at the next step, and the teacher's type size, clamped and remembered.

#include "ui/presentation/PresentationState.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace khronika;

TEST(PresentationState, KeepsTheLayoutAndGivesItBack)
{
    PresentationState s;
    std::vector<bool> changes;
    QObject::connect(&s, &PresentationState::presentingChanged, [&](bool on) { changes.push_back(on); });
    PresentationState::SavedLayout layout;
    layout.geometry = "geometry";
    layout.charts = false;
    layout.theme = QStringLiteral("dark");
    s.start(layout);
    EXPECT_TRUE(s.isPresenting());
    layout.geometry = "changed meanwhile";
    s.start(layout); // already presenting: the first layout stays
    const PresentationState::SavedLayout back = s.stop();
    EXPECT_FALSE(s.isPresenting());
    EXPECT_EQ(back.geometry, QByteArray("geometry"));
    EXPECT_FALSE(back.charts);
    EXPECT_EQ(back.theme, QStringLiteral("dark"));
    EXPECT_EQ(changes, (std::vector<bool> {true, false}));
}

TEST(PresentationState, ChartsFollowTheStepUntilTheTeacherChooses)
{
    PresentationState s;
    EXPECT_FALSE(s.chartsShown(true)); // not presenting: no presentation charts
    s.start({});
    EXPECT_TRUE(s.chartsShown(true));
    EXPECT_FALSE(s.chartsShown(false));
    // C on a chart step hides the chart there...
    s.toggleCharts(true);
    EXPECT_FALSE(s.chartsShown(true));
    // ...until the next step, which shows its own chart again.
    s.stepChanged();
    EXPECT_TRUE(s.chartsShown(true));
    EXPECT_FALSE(s.chartsShown(false));
    // C on a step without a chart brings the charts for the rest of the presentation.
    s.toggleCharts(false);
    s.stepChanged();
    EXPECT_TRUE(s.chartsShown(false));
    // A new presentation starts afresh.
    s.stop();
    s.start({});
    EXPECT_FALSE(s.chartsShown(false));
}

TEST(PresentationState, TypeSizeIsClampedAndRemembered)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        PresentationState s;
        int signals = 0;
        QObject::connect(&s, &PresentationState::fontScaleChanged, [&] { ++signals; });
        s.largerText();
        EXPECT_NEAR(s.fontScale(), PresentationState::kFontScaleStep, 1e-9);
        s.smallerText();
        EXPECT_NEAR(s.fontScale(), 1.0, 1e-9);
        for (int i = 0; i < 30; ++i)
            s.largerText();
        EXPECT_EQ(s.fontScale(), PresentationState::kMostFontScale);
        for (int i = 0; i < 60; ++i)
            s.smallerText();
        EXPECT_EQ(s.fontScale(), PresentationState::kLeastFontScale);
        s.setFontScale(std::numeric_limits<double>::quiet_NaN());
        EXPECT_EQ(s.fontScale(), PresentationState::kLeastFontScale);
        const int before = signals;
        s.setFontScale(PresentationState::kLeastFontScale); // no change, no signal
        EXPECT_EQ(signals, before);
        s.setFontScale(1.3);
        QSettings settings(file, QSettings::IniFormat);
        s.save(settings);
    }
    PresentationState again;
    QSettings settings(file, QSettings::IniFormat);
    again.restore(settings);
    EXPECT_NEAR(again.fontScale(), 1.3, 1e-9);
    // A value someone wrote by hand is clamped, not trusted.
    settings.setValue(QStringLiteral("view/fontScale"), 40);
    again.restore(settings);
    EXPECT_EQ(again.fontScale(), PresentationState::kMostFontScale);
    settings.setValue(QStringLiteral("view/fontScale"), QStringLiteral("large"));
    again.restore(settings);
    EXPECT_EQ(again.fontScale(), 1.0);
}
