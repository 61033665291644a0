#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace khronika {

// Writes `bytes` to `path` so that a reader only ever sees the old file or the whole new one: the bytes go
// to a temporary file in the same folder, are flushed to the disk, and the temporary file then replaces
// `path` by a rename. On any failure the old file is left as it was, the temporary file is removed, and
// `error` says why in the system's words ("cannot write t.png: No space left on device").
// `beforeCommit`, when set, runs just before the rename; returning false abandons the write (tests use it
// to interrupt one).
bool writeFileAtomically(
    const QString &path, const QByteArray &bytes, QString *error, const std::function<bool()> &beforeCommit = {});

} // namespace khronika
