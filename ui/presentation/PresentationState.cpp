#include "PresentationState.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {
const QString kFontScaleKey = QStringLiteral("view/fontScale");
}

PresentationState::PresentationState(QObject *parent)
    : QObject(parent)
{ }

void PresentationState::start(const SavedLayout &layout)
{
    if (m_presenting)
        return;
    m_saved = layout;
    m_teacherCharts = false;
    m_stepCharts.reset();
    m_presenting = true;
    Q_EMIT presentingChanged(true);
}

PresentationState::SavedLayout PresentationState::stop()
{
    if (!m_presenting)
        return m_saved;
    m_presenting = false;
    Q_EMIT presentingChanged(false);
    return m_saved;
}

bool PresentationState::chartsShown(bool stepHasChart) const
{
    if (!m_presenting)
        return false;
    return m_stepCharts.value_or(m_teacherCharts || stepHasChart);
}

void PresentationState::setCharts(bool on)
{
    m_teacherCharts = on;
    m_stepCharts.reset();
    Q_EMIT chartsChanged();
}

void PresentationState::toggleCharts(bool stepHasChart)
{
    const bool on = !chartsShown(stepHasChart);
    m_teacherCharts = on;
    m_stepCharts = on;
    Q_EMIT chartsChanged();
}

void PresentationState::stepChanged()
{
    m_stepCharts.reset();
    Q_EMIT chartsChanged();
}

void PresentationState::setFontScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    scale = std::clamp(scale, kLeastFontScale, kMostFontScale);
    if (scale == m_fontScale)
        return;
    m_fontScale = scale;
    Q_EMIT fontScaleChanged(scale);
}

void PresentationState::restore(const QSettings &settings)
{
    bool ok = false;
    const double scale = settings.value(kFontScaleKey, 1.0).toDouble(&ok);
    setFontScale(ok ? scale : 1.0);
}

void PresentationState::save(QSettings &settings) const
{
    settings.setValue(kFontScaleKey, m_fontScale);
}

} // namespace khronika
