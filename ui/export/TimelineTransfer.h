#pragma once

#include "core/DataSet.h"

#include <QString>

class QWidget;

namespace khronika {

// File → Import Timeline… and Export Timeline…: the dialogs over core/Convert.h, which khronika-convert
// runs from the command line.
namespace TimelineTransfer {

// Asks for a timeline file (TimelineJS CSV or JSON, a .timeline file, a plain CSV) and the name of a new
// data set folder, imports the one into the other and says what was left out. Returns the folder, or
// nothing when the teacher cancelled or nothing could be imported.
QString importDialog(QWidget *parent);

// Asks for a file and a format and exports the events and eras of `data` that overlap `view`.
void exportDialog(const DataSet &data, const DayRange &view, QWidget *parent);

} // namespace TimelineTransfer

} // namespace khronika
