#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;

namespace khronika {

// What presenting a lesson is, apart from the widgets that show it: whether the window presents, the
// layout to go back to afterwards, whether the charts share the screen, and the teacher's type size.
// One object, shared like ViewState, so that the main window only lays out and wires. Qt Core only:
// tested without widgets.
class PresentationState : public QObject
{
    Q_OBJECT
public:
    // The type size the teacher sets with Ctrl+= and Ctrl+−, in the window and presenting alike.
    static constexpr double kLeastFontScale = 0.6;
    static constexpr double kMostFontScale = 3.0;
    static constexpr double kFontScaleStep = 1.15;

    // The window as it was before presenting, given back exactly when the presentation ends.
    struct SavedLayout {
        QByteArray geometry, state, splitter;
        bool menuBar = true, statusBar = true, career = false, overview = true, charts = true;
        QString theme; // by Theme::name
    };

    explicit PresentationState(QObject *parent = nullptr);

    bool isPresenting() const { return m_presenting; }
    // Starting keeps `layout` to go back to; the teacher's chart choice starts afresh each time.
    void start(const SavedLayout &layout);
    // Ending gives back the layout kept at the start.
    SavedLayout stop();
    const SavedLayout &savedLayout() const { return m_saved; }

    // The charts share the screen with the timeline when the teacher asks for them (C or Ctrl+J) or
    // when the tour step names one; pressing C on such a step hides them there, until the next step.
    bool chartsShown(bool stepHasChart) const;
    void setCharts(bool on); // the teacher's choice for the rest of the presentation
    void toggleCharts(bool stepHasChart); // for this step, and from now on
    void stepChanged(); // a choice made for the last step lapses

    double fontScale() const { return m_fontScale; }
    void setFontScale(double scale); // clamped to [kLeastFontScale, kMostFontScale]
    void largerText() { setFontScale(m_fontScale * kFontScaleStep); }
    void smallerText() { setFontScale(m_fontScale / kFontScaleStep); }
    void normalText() { setFontScale(1.0); }

    // The type size is remembered between sessions.
    void restore(const QSettings &settings);
    void save(QSettings &settings) const;

Q_SIGNALS:
    void presentingChanged(bool presenting);
    void chartsChanged();
    void fontScaleChanged(double scale);

private:
    bool m_presenting = false;
    SavedLayout m_saved;
    bool m_teacherCharts = false;
    std::optional<bool> m_stepCharts;
    double m_fontScale = 1.0;
};

} // namespace khronika
