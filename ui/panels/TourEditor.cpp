#include "TourEditor.h"

#include "core/TourWriter.h"
#include "ui/charts/EconomyCharts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace khronika {

TourEditor::TourEditor(ViewState *state, const QString &saveFolder, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_folder(saveFolder)
{
    setWindowTitle(tr("Make a tour"));
    m_tour.title = tr("My tour");
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(m_tour.title, this);
    m_title->setObjectName(QStringLiteral("tourTitle"));
    form->addRow(tr("Tour title:"), m_title);
    layout->addLayout(form);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_steps = new QListWidget(this);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setObjectName(QStringLiteral("tourSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setAccessibleDescription(tr("Alt+Up and Alt+Down move the chosen step."));
    m_steps->setToolTip(tr("Drag a step, or press Alt+Up or Alt+Down, to move it"));
    // Reordering without a mouse: Alt+Up and Alt+Down move the current step while the list has the focus.
    for (const int direction : {-1, +1}) {
        auto *move = new QShortcut(QKeySequence(Qt::ALT | (direction < 0 ? Qt::Key_Up : Qt::Key_Down)), m_steps);
        move->setContext(Qt::WidgetShortcut);
        connect(move, &QShortcut::activated, this, [this, direction] {
            const int row = m_steps->currentRow();
            moveStep(row, row + direction);
        });
    }
    left->addWidget(m_steps);
    auto *add = new QPushButton(tr("Add current view as a step"), this);
    auto *remove = new QPushButton(tr("Remove step"), this);
    left->addWidget(add);
    left->addWidget(remove);
    body->addLayout(left, 1);

    auto *right = new QFormLayout;
    m_stepTitle = new QLineEdit(this);
    m_narration = new QPlainTextEdit(this);
    m_narration->setPlaceholderText(tr("What the class reads or hears at this step"));
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("A note only you see, on the presenter screen"));
    right->addRow(tr("Step title:"), m_stepTitle);
    right->addRow(tr("Narration:"), m_narration);
    right->addRow(tr("Teacher's note:"), m_note);
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("stepChart"));
    m_chart->addItem(tr("None"), QString());
    for (const QString &id : EconomyCharts::chartIds())
        m_chart->addItem(EconomyCharts::chartTitle(id), id);
    // The map takes a chart's place (a step's `view: map`); its entry's data is no chart id.
    m_chart->addItem(tr("The map, in the chart's place"), QStringLiteral("view: map"));
    right->addRow(tr("Show the chart:"), m_chart);
    body->addLayout(right, 2);
    layout->addLayout(body);

    auto *buttons = new QDialogButtonBox(this);
    auto *play = buttons->addButton(tr("Play"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(QDialogButtonBox::Save);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &TourEditor::addCurrentViewAsStep);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        if (row < 0)
            return;
        m_tour.steps.erase(m_tour.steps.begin() + row);
        m_current = -1;
        rebuildList();
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, &TourEditor::selectStep);
    connect(m_steps->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int from, int, const QModelIndex &, int to) {
            // The list moved its item; mirror the move in the tour.
            storeStep();
            const int target = to > from ? to - 1 : to;
            std::vector<TourStep> &steps = m_tour.steps;
            TourStep moved = steps[size_t(from)];
            steps.erase(steps.begin() + from);
            steps.insert(steps.begin() + target, moved);
            m_current = target;
        });
    connect(play, &QPushButton::clicked, this, [this] {
        storeStep();
        if (!m_tour.steps.empty())
            Q_EMIT playRequested(m_tour);
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (save(&error))
            QMessageBox::information(
                this, tr("Tour saved"), tr("Saved as %1.\nIt opens with the data set next time.").arg(savePath()));
        else
            QMessageBox::warning(this, tr("Could not save the tour"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 520);
}

void TourEditor::addCurrentViewAsStep()
{
    storeStep();
    const Timeline &t = m_state->timeline();
    TourStep step;
    step.rangeFrom = Date::fromDay(Day(m_state->windowStart()));
    step.rangeTo = Date::fromDay(Day(m_state->windowEnd()) - 1);
    if (m_state->selectedEvent() >= 0) {
        const Event &e = t.event(m_state->selectedEvent());
        step.events = {e.id};
        step.title = e.title;
        step.narration = e.summary;
    } else {
        step.title = tr("%1 to %2").arg(step.rangeFrom->toDisplayString(), step.rangeTo->toDisplayString());
    }
    for (int a : m_state->tracedActors())
        step.actors.push_back(t.actor(a).id);
    if (step.narration.isEmpty())
        step.narration = step.title;
    m_tour.steps.push_back(step);
    rebuildList();
    m_steps->setCurrentRow(int(m_tour.steps.size()) - 1);
}

void TourEditor::moveStep(int from, int to)
{
    if (from < 0 || to < 0 || from >= int(m_tour.steps.size()) || to >= int(m_tour.steps.size()))
        return;
    storeStep();
    TourStep moved = m_tour.steps[size_t(from)];
    m_tour.steps.erase(m_tour.steps.begin() + from);
    m_tour.steps.insert(m_tour.steps.begin() + to, moved);
    m_current = -1;
    rebuildList();
    m_steps->setCurrentRow(to);
}

QString TourEditor::tourId() const
{
    if (!m_tour.id.isEmpty())
        return m_tour.id;
    // A new tour takes an id no tour of the data set has and no file in the folder uses, so that it never
    // replaces another (a tour titled "Great Terror" beside the built-in one of that name).
    QSet<QString> taken;
    for (const Tour &t : m_state->timeline().data().tours)
        taken.insert(t.id);
    return TourWriter::uniqueId(m_title->text().trimmed(), taken, m_folder);
}

QString TourEditor::savePath() const
{
    return QDir(m_folder).filePath(tourId() + QStringLiteral(".tour.yaml"));
}

bool TourEditor::save(QString *error)
{
    storeStep();
    if (m_tour.steps.empty()) {
        *error = tr("Add at least one step first.");
        return false;
    }
    m_tour.title = m_title->text().trimmed();
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    // Once saved, the tour keeps its id and file: saving again replaces only what this editor wrote.
    const QString id = tourId();
    Tour saved = m_tour;
    saved.id = id;
    if (!TourWriter::save(QDir(m_folder).filePath(id + QStringLiteral(".tour.yaml")), {saved}, error))
        return false;
    m_tour.id = id;
    return true;
}

void TourEditor::selectStep(int row)
{
    storeStep();
    m_current = row;
    const bool valid = row >= 0 && row < int(m_tour.steps.size());
    const TourStep empty;
    const TourStep &s = valid ? m_tour.steps[size_t(row)] : empty;
    m_stepTitle->setText(s.title);
    m_narration->setPlainText(s.narration);
    m_note->setPlainText(s.teacherNote);
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(s.showsMap ? QStringLiteral("view: map") : s.chart)));
}

void TourEditor::storeStep()
{
    if (m_current < 0 || m_current >= int(m_tour.steps.size()))
        return;
    TourStep &s = m_tour.steps[size_t(m_current)];
    // A step needs a title and narration to load back; keep what it had rather than store nothing.
    if (!m_stepTitle->text().trimmed().isEmpty())
        s.title = m_stepTitle->text().trimmed();
    if (!m_narration->toPlainText().trimmed().isEmpty())
        s.narration = m_narration->toPlainText().trimmed();
    s.teacherNote = m_note->toPlainText().trimmed();
    const QString shown = m_chart->currentData().toString();
    s.showsMap = shown == u"view: map";
    s.chart = s.showsMap ? QString() : shown;
    // The plots and baseline belong to a chart: with the map they would not load back.
    if (s.showsMap) {
        s.plots.clear();
        s.baseline.reset();
    }
    if (QListWidgetItem *item = m_steps->item(m_current))
        item->setText(s.title);
}

void TourEditor::rebuildList()
{
    const QSignalBlocker block(m_steps);
    m_steps->clear();
    for (const TourStep &s : m_tour.steps)
        m_steps->addItem(s.title);
    m_current = -1;
}

} // namespace khronika
