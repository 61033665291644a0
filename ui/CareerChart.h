#pragma once

#include "ui/Theme.h"
#include "ui/ViewState.h"

#include <QWidget>

namespace khronika {

// The rise and fall of the traced actors on the timeline's time axis: their rank over time as lines
// on one chart (so several actors compare at a glance), then for each actor their faction memberships
// as coloured bands, their offices as labelled bars, and the changes of standing (expelled, exiled,
// arrested, executed, murdered) marked on the date.
class CareerChart : public QWidget
{
    Q_OBJECT
public:
    explicit CareerChart(ViewState *state, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double xForDay(double day) const;
    int contentHeight() const;

    ViewState *m_state;
    Theme m_theme;
};

} // namespace khronika
