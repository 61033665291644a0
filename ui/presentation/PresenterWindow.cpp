#include "ui/presentation/PresenterWindow.h"

#include <QEvent>
#include <QLabel>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace khronika {

namespace {

QLabel *label(double scale, bool bold, QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

PresenterWindow::PresenterWindow(TourPlayer *player, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_player(player)
{
    auto *layout = new QVBoxLayout(this);
    m_clock = label(2.5, true, this);
    m_step = label(1.6, true, this);
    m_note = label(1.4, false, this);
    m_next = label(1.2, false, this);
    layout->addWidget(m_clock);
    layout->addWidget(m_step);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_next);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this,
        [this] { m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm"))); });
    timer->start(1000);
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    connect(m_player, &TourPlayer::stepChanged, this, &PresenterWindow::refresh);
    connect(m_player, &TourPlayer::stopped, this, &PresenterWindow::refresh);
    connect(m_player, &TourPlayer::textsChanged, this, &PresenterWindow::refresh);
    resize(800, 600);
    refresh();
}

QString PresenterWindow::noteText() const
{
    return m_note->text();
}

QString PresenterWindow::nextText() const
{
    return m_next->text();
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PresenterWindow::refresh()
{
    setWindowTitle(tr("Khronika — presenter"));
    const TourStep *s = m_player->currentStep();
    if (!s) {
        m_step->setText(tr("No tour is playing"));
        m_note->setText(tr("Choose a tour from the Tours menu."));
        m_next->clear();
        return;
    }
    m_step->setText(tr("Step %1 of %2: %3").arg(m_player->step() + 1).arg(m_player->stepCount()).arg(s->title));
    m_note->setText(s->teacherNote.isEmpty() ? tr("(no note for this step)") : s->teacherNote);
    const TourStep *n = m_player->nextStep();
    m_next->setText(n ? tr("Next: %1").arg(n->title) : tr("This is the last step."));
}

} // namespace khronika
