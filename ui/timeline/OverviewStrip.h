#pragma once

#include "ui/Theme.h"
#include "ui/state/ViewState.h"
#include "ui/view/TimeAxisGeometry.h"

#include <QWidget>

#include <vector>

namespace khronika {

// The whole period in one strip under the timeline: how many events each month holds, the eras, and
// the visible window as a rectangle that can be dragged, resized at its edges, or moved by clicking
// elsewhere on the strip.
class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(ViewState *state, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);
    // Events starting in each month of the limits that reveal mode lets be seen, as drawn.
    const std::vector<int> &monthCounts() const { return m_monthCounts; }

    double xForDay(double day) const;
    double dayForX(double x) const;
    // The timeline's gutter and margin, over the whole period rather than the visible window.
    TimeAxisGeometry axis() const
    {
        return {double(width()), double(m_state->limits().first), double(m_state->limits().last + 1)};
    }
    QRectF windowRect() const;

    QSize sizeHint() const override { return {1200, 64}; }
    QSize minimumSizeHint() const override { return {300, 48}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    enum class Grip { None, Move, Left, Right };
    Grip gripAt(double x) const;
    void countEvents();

    ViewState *m_state;
    Theme m_theme;

    std::vector<int> m_monthCounts; // events starting in each month of the limits, those revealed
    int m_maxCount = 1;
    Grip m_grip = Grip::None;
    double m_pressDay = 0;
    double m_pressStart = 0, m_pressEnd = 0;
};

} // namespace khronika
