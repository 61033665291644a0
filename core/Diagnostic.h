#pragma once

#include <QHash>
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
// `file:line:col: error: message`. A note only says how many further problems were left out.
struct Diagnostic {
    enum class Severity { Warning, Error, Note };

    Location location;
    Severity severity = Severity::Error;
    QString message;

    // Control characters, line breaks and the characters that reorder text on a terminal are printed as
    // escapes (\n, \x1b, \u202e), so that nothing quoted from a file can forge a diagnostic line of its
    // own or command the terminal.
    QString toString() const;
};

// `text` with every character that could change how a terminal or a one-line list shows it escaped:
// C0 and C1 controls, DEL, line and paragraph separators and the bidirectional overrides.
QString escapedForDisplay(const QString &text);

// How many diagnostics are kept: a hostile file can hold half a million duplicate keys. Every problem is
// still counted; past these numbers the rest are summed up as "… and N more".
struct DiagnosticLimits {
    int perFile = 100;
    int total = 1000;
};

// Collects diagnostics while a data set loads. Loading never stops at the first problem.
class Diagnostics
{
public:
    explicit Diagnostics(const DiagnosticLimits &limits = {})
        : m_limits(limits)
    { }

    void error(const Location &where, const QString &message);
    void warning(const Location &where, const QString &message);

    // Whether a further diagnostic for `file` would be kept: lets a caller skip building its message.
    bool keeps(const QString &file) const;

    const std::vector<Diagnostic> &all() const { return m_items; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    bool hasErrors() const { return m_errors > 0; }
    // Problems counted but not kept.
    int omittedCount() const { return m_omittedTotal; }
    // Orders by file, line and column, keeping the order of discovery for equal places, and ends each
    // file with a note of the problems it left out.
    void sort();

private:
    void add(const Location &where, Diagnostic::Severity severity, const QString &message);

    DiagnosticLimits m_limits;
    std::vector<Diagnostic> m_items;
    QHash<QString, int> m_keptPerFile;
    QHash<QString, int> m_omittedPerFile;
    int m_kept = 0;
    int m_omittedTotal = 0;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace khronika
