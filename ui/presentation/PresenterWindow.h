#pragma once

#include "ui/presentation/TourPlayer.h"

#include <QWidget>

class QLabel;

namespace khronika {

// The teacher's own screen while the projector shows the class view: the current step, the note for
// the teacher that the class never sees, what comes next, and the time.
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterWindow(TourPlayer *player, QWidget *parent = nullptr);

    QString noteText() const;
    QString nextText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    TourPlayer *m_player;
    QLabel *m_step;
    QLabel *m_note;
    QLabel *m_next;
    QLabel *m_clock;
};

} // namespace khronika
