#pragma once

#include "core/DataSet.h"
#include "ui/state/ViewState.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace khronika {

// Lets a teacher make a tour without touching YAML: add the current view as a step, reorder the steps
// by dragging or with Alt+Up/Alt+Down, write the narration and a private note, and save it as `<id>.tour.yaml` in a
// folder that loads with the data set. Saving is atomic (TourWriter).
class TourEditor : public QDialog
{
    Q_OBJECT
public:
    TourEditor(ViewState *state, const QString &saveFolder, QWidget *parent = nullptr);

    const Tour &tour() const { return m_tour; }
    void addCurrentViewAsStep();
    void moveStep(int from, int to);
    // Saves as `<id>.tour.yaml` in the folder. A new tour's id comes from its title, made unique against
    // the data set's tours and the files in the folder; after the first save it stays.
    bool save(QString *error);
    QString tourId() const;
    QString savePath() const;

Q_SIGNALS:
    void playRequested(const Tour &tour);

private:
    void selectStep(int row);
    void storeStep();
    void rebuildList();

    ViewState *m_state;
    QString m_folder;
    Tour m_tour;
    int m_current = -1;
    QLineEdit *m_title;
    QListWidget *m_steps;
    QLineEdit *m_stepTitle;
    QPlainTextEdit *m_narration;
    QPlainTextEdit *m_note;
    QComboBox *m_chart; // the economy chart shown with the step, if any
};

} // namespace khronika
