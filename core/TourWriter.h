#pragma once

#include "DataSet.h"

#include <QByteArray>
#include <QSet>
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

    // The id a tour titled `title` gets: lower case, Cyrillic transliterated ("Большой террор" ->
    // "bolshoy-terror"), accents dropped, anything else a hyphen; "tour" when nothing is left.
    static QString idForTitle(const QString &title);
    // idForTitle(title), or it with "-2", "-3"… appended, so that it is none of `taken` (the tours of the
    // data set) and no `<id>.tour.yaml` exists in `folder`: a new tour never replaces another.
    static QString uniqueId(const QString &title, const QSet<QString> &taken, const QString &folder);
};

} // namespace khronika
