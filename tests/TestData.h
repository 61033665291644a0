#pragma once

#include "core/DataSetLoader.h"
#include "core/Timeline.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "QtPrinters.h"

#include <map>
#include <memory>

namespace khronika::test {

// A small valid data set held in memory: dataset.yaml plus "records.yaml". Tests change one file and
// check what the loader says about it.
std::map<QString, QByteArray> minimalDataSet();

// Loads the minimal data set with "records.yaml" replaced by `records`.
LoadResult loadWithRecords(const QByteArray &records);

// As loadWithRecords, with a standing scale declared in dataset.yaml: top, middle, bottom.
LoadResult loadWithStandingScale(const QByteArray &records);

// The diagnostics as "file:line:col: error: message" lines.
QStringList messages(const LoadResult &result);

// The built-in data set as a model, loaded once for the whole test run.
std::shared_ptr<const Timeline> builtinTimeline();

} // namespace khronika::test
