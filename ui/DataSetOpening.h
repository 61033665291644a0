#pragma once

#include "core/DataSetLoader.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace khronika {

// Loads a data set folder on a worker thread while a progress dialog with a Cancel button shows how
// many of its files are read; the event loop runs meanwhile, so the windows already open keep
// answering (repainting, scrolling) however large the data set. The dialog only appears when loading
// takes more than a moment. Returns nothing when loading was cancelled.
std::optional<LoadResult> loadWithProgress(
    const QString &directory, const QStringList &tourFolders = {}, QWidget *parent = nullptr);

} // namespace khronika
