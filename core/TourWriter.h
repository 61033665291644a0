#pragma once

#include "DataSet.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace khronika {

// Writes tours as a YAML record file in the data set format, so that a tour a teacher made in the
// explorer loads back exactly as it was.
class TourWriter
{
public:
    static QByteArray toYaml(const std::vector<Tour> &tours);

    // Writes atomically: the new text goes to a temporary file that replaces `path` only once it is
    // complete, so a crash or a full disk while saving never loses the old file. `beforeCommit`, when
    // set, runs just before the replacement; returning false abandons the save (tests use it to
    // interrupt one). Returns false and sets `error` on failure.
    static bool save(const QString &path, const std::vector<Tour> &tours, QString *error,
        const std::function<bool()> &beforeCommit = {});
};

} // namespace khronika
