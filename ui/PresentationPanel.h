#pragma once

#include "ui/Theme.h"
#include "ui/TourPlayer.h"
#include "ui/ViewState.h"

#include <QWidget>

namespace khronika {

// What the class reads in presentation mode, under the timeline: the selected event large with its
// date and summary (and the misconception, if any), or the tour step's narration, with a step counter
// and a progress strip while a tour plays.
class PresentationPanel : public QWidget
{
    Q_OBJECT
public:
    PresentationPanel(ViewState *state, TourPlayer *player, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);

    QString title() const { return m_title; }
    QString body() const { return m_body; }
    QString counter() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    ViewState *m_state;
    TourPlayer *m_player;
    Theme m_theme;
    QString m_title, m_subtitle, m_body, m_note;
};

// Covers the window in black when the teacher presses B, so that the class looks at them.
class BlankOverlay : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace khronika
