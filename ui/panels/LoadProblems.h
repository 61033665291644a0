#pragma once

#include "core/DataSetLoader.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace khronika {

// What a teacher sees when a data set or a saved tour does not load: the count in a sentence and every
// diagnostic, one a line, under "Show Details", so that nothing goes only to a terminal nobody reads.
namespace LoadProblems {

// The diagnostics, one a line, as the command line prints them.
QString detailsText(const Diagnostics &diagnostics);
// A message box (not yet shown) for a data set in `path` that has errors and is not opened.
QMessageBox *dataSetErrors(const QString &path, const LoadResult &result, QWidget *parent = nullptr);
// A message box (not yet shown; it deletes itself when closed) for the tour files left out, or nullptr
// when there are none.
QMessageBox *rejectedTours(const LoadResult &result, QWidget *parent = nullptr);

} // namespace LoadProblems

} // namespace khronika
