#include "Diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace khronika {

QString escapedForDisplay(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        default:
            break;
        }
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        // Line and paragraph separators break a line; the embeddings, overrides and isolates reorder
        // what follows them (a trick that makes a message read differently from what it says).
        const bool reorders = u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x200e || u == 0x200f || u == 0x061c;
        if (control && u <= 0xff)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (control || reorders)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString Location::toString() const
{
    if (line <= 0)
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString Diagnostic::toString() const
{
    const auto kind = severity == Severity::Error ? QStringLiteral("error")
        : severity == Severity::Warning           ? QStringLiteral("warning")
                                                  : QStringLiteral("note");
    return QStringLiteral("%1: %2: %3").arg(escapedForDisplay(location.toString()), kind, escapedForDisplay(message));
}

bool Diagnostics::keeps(const QString &file) const
{
    return m_kept < m_limits.total && m_keptPerFile.value(file) < m_limits.perFile;
}

void Diagnostics::add(const Location &where, Diagnostic::Severity severity, const QString &message)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    else
        ++m_warnings;
    if (!keeps(where.file)) {
        ++m_omittedPerFile[where.file];
        ++m_omittedTotal;
        return;
    }
    ++m_kept;
    ++m_keptPerFile[where.file];
    m_items.push_back({where, severity, message});
}

void Diagnostics::error(const Location &where, const QString &message)
{
    add(where, Diagnostic::Severity::Error, message);
}

void Diagnostics::warning(const Location &where, const QString &message)
{
    add(where, Diagnostic::Severity::Warning, message);
}

void Diagnostics::sort()
{
    std::erase_if(m_items, [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Note; });
    std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    if (m_omittedTotal == 0)
        return;
    // After the last kept diagnostic of each file (or at the end, for a file with none kept), the note.
    std::vector<Diagnostic> sorted;
    sorted.reserve(m_items.size() + size_t(m_omittedPerFile.size()));
    QHash<QString, int> pending = m_omittedPerFile;
    const auto note = [&](const QString &file) {
        const int n = pending.take(file);
        if (n > 0)
            sorted.push_back({{file, 0, 0}, Diagnostic::Severity::Note,
                QCoreApplication::translate("Diagnostics", "… and %1 more problem(s) in this file, not shown").arg(n)});
    };
    for (size_t i = 0; i < m_items.size(); ++i) {
        sorted.push_back(m_items[i]);
        if (i + 1 == m_items.size() || m_items[i + 1].location.file != m_items[i].location.file)
            note(m_items[i].location.file);
    }
    QStringList rest = pending.keys();
    rest.sort();
    for (const QString &file : rest)
        note(file);
    m_items = std::move(sorted);
}

} // namespace khronika
