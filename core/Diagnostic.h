#pragma once

#include <QString>

#include <vector>

namespace khronika {

// A place in a data file, 1-based as editors count. line == 0 means "the file as a whole".
struct Location {
    QString file;
    int line = 0;
    int column = 0;

    QString toString() const;
};

// One problem found in a data set, printed in the format compilers use so editors can jump to it:
// `file:line:col: error: message`.
struct Diagnostic {
    enum class Severity { Warning, Error };

    Location location;
    Severity severity = Severity::Error;
    QString message;

    QString toString() const;
};

// Collects diagnostics while a data set loads. Loading never stops at the first problem.
class Diagnostics
{
public:
    void error(const Location &where, const QString &message);
    void warning(const Location &where, const QString &message);

    const std::vector<Diagnostic> &all() const { return m_items; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return int(m_items.size()) - m_errors; }
    bool hasErrors() const { return m_errors > 0; }
    // Orders by file, line and column, keeping the order of discovery for equal places.
    void sort();

private:
    std::vector<Diagnostic> m_items;
    int m_errors = 0;
};

} // namespace khronika
