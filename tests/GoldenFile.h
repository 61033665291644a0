#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace khronika::test {

// The lines of `actual` against those of `expected` as a unified diff (3 lines of context), or an empty
// string when they are the same.
QString unifiedDiff(
    const QStringList &expected, const QStringList &actual, const QString &expectedName, const QString &actualName);

// Compares `actual` with the golden file `path`. When they differ (or the golden file is missing) it writes
// `actual` to `<path>.actual` and returns a message with the unified diff; when they match it removes a
// stale `.actual` and returns nothing. To accept a change: mv <path>.actual <path>.
std::optional<QString> compareWithGolden(const QString &path, const QString &actual);

} // namespace khronika::test
