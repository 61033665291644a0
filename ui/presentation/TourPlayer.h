#pragma once

#include "core/DataSet.h"
#include "ui/state/ViewState.h"

#include <QObject>

namespace khronika {

// Plays a guided tour on a ViewState: each step moves the timeline to its range (animated), selects
// its first event and traces its actors; in reveal mode, what comes after the step stays hidden.
class TourPlayer : public QObject
{
    Q_OBJECT
public:
    explicit TourPlayer(ViewState *state, QObject *parent = nullptr);

    void setTour(const Tour &tour); // starts at step 0
    void stop();
    bool isPlaying() const { return !m_tour.steps.empty(); }
    const Tour &tour() const { return m_tour; }
    int step() const { return m_step; }
    int stepCount() const { return int(m_tour.steps.size()); }
    const TourStep *currentStep() const;
    const TourStep *nextStep() const;

    void setRevealMode(bool on);
    bool revealMode() const { return m_reveal; }

    void goTo(int step);
    void next() { goTo(m_step + 1); }
    void previous() { goTo(m_step - 1); }

    // The window a step shows: its range, or its events with room around them.
    static std::pair<double, double> windowOf(const Timeline &t, const TourStep &step);

Q_SIGNALS:
    void stepChanged(int step);
    void stopped();
    // The tour's texts are now in another language (ViewState::textsChanged); the step is the same.
    void textsChanged();

private:
    void apply();
    void followTexts();

    ViewState *m_state;
    Tour m_tour;
    int m_step = 0;
    bool m_reveal = false;
};

} // namespace khronika
