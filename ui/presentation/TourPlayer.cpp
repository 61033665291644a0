#include "ui/presentation/TourPlayer.h"

#include <algorithm>
#include <limits>

namespace khronika {

TourPlayer::TourPlayer(ViewState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(m_state, &ViewState::textsChanged, this, &TourPlayer::followTexts);
}

void TourPlayer::followTexts()
{
    // The data set's own tour in the new language, at the same step and without moving the view; a tour
    // made in the explorer has no translation and stays as it was written.
    if (isPlaying()) {
        if (const Tour *same = m_state->timeline().tour(m_tour.id); same && same->steps.size() == m_tour.steps.size())
            m_tour = *same;
    }
    Q_EMIT textsChanged();
}

void TourPlayer::setTour(const Tour &tour)
{
    m_tour = tour;
    m_step = 0;
    if (isPlaying())
        apply();
}

void TourPlayer::stop()
{
    if (!isPlaying())
        return;
    m_tour = Tour();
    m_state->setReveal(std::nullopt);
    m_state->setBaseline(std::nullopt);
    m_state->setFeaturedEvents({});
    Q_EMIT stopped();
}

const TourStep *TourPlayer::currentStep() const
{
    return isPlaying() ? &m_tour.steps[size_t(m_step)] : nullptr;
}

const TourStep *TourPlayer::nextStep() const
{
    return m_step + 1 < stepCount() ? &m_tour.steps[size_t(m_step + 1)] : nullptr;
}

void TourPlayer::setRevealMode(bool on)
{
    m_reveal = on;
    if (isPlaying())
        apply();
    else
        m_state->setReveal(std::nullopt);
}

void TourPlayer::goTo(int step)
{
    if (!isPlaying())
        return;
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == m_step)
        return;
    m_step = step;
    apply();
}

std::pair<double, double> TourPlayer::windowOf(const Timeline &t, const TourStep &step)
{
    if (step.rangeFrom && step.rangeTo) {
        // A little room inside the edges, so that an event on the range's first day is not cut in half.
        const double first = double(step.rangeFrom->firstDay()), last = double(step.rangeTo->lastDay() + 1);
        const double pad = (last - first) * 0.04;
        return {first - pad, last + pad};
    }
    DayRange span {std::numeric_limits<Day>::max(), std::numeric_limits<Day>::min()};
    for (const QString &id : step.events) {
        const int e = t.eventIndex(id);
        if (e < 0)
            continue;
        span.first = std::min(span.first, t.eventRange(e).first);
        span.last = std::max(span.last, t.eventRange(e).last);
    }
    if (!span.isValid())
        return {double(t.extent().first), double(t.extent().last + 1)};
    // Room on both sides, and at least two months so that a single day is seen in its context.
    const double pad = std::max(30.0, double(span.length()) * 0.25);
    return {double(span.first) - pad, double(span.last + 1) + pad};
}

void TourPlayer::apply()
{
    const Timeline &t = m_state->timeline();
    const TourStep &s = m_tour.steps[size_t(m_step)];
    const auto [start, end] = windowOf(t, s);
    // Everything up to this step is known; what follows is the class's guess.
    m_state->setReveal(m_reveal ? revealHorizon(t, m_tour, m_step) : std::nullopt);
    // The date the narration compares with: the charts mark its figures though it lies outside the
    // step's window.
    m_state->setBaseline(s.baseline ? std::optional<DayRange>(s.baseline->range()) : std::nullopt);
    QList<int> actors;
    for (const QString &id : s.actors) {
        if (const int a = t.actorIndex(id); a >= 0)
            actors << a;
    }
    m_state->setTracedActors(actors);
    QList<int> featured;
    for (const QString &id : s.events) {
        if (const int e = t.eventIndex(id); e >= 0)
            featured << e;
    }
    m_state->setFeaturedEvents(featured);
    const int first = s.events.empty() ? -1 : t.eventIndex(s.events.front());
    if (first >= 0)
        m_state->setSelectedEvent(first);
    else
        m_state->setCursor(Day(start + (end - start) / 2));
    // Last, so that nothing that follows the selection or the cursor moves the view elsewhere.
    m_state->animateWindow(start, end);
    Q_EMIT stepChanged(m_step);
}

} // namespace khronika
