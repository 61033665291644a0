#include "Diagnostic.h"

#include <algorithm>

namespace khronika {

QString Location::toString() const
{
    if (line <= 0)
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString Diagnostic::toString() const
{
    const auto kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1: %2: %3").arg(location.toString(), kind, message);
}

void Diagnostics::error(const Location &where, const QString &message)
{
    m_items.push_back({where, Diagnostic::Severity::Error, message});
    ++m_errors;
}

void Diagnostics::warning(const Location &where, const QString &message)
{
    m_items.push_back({where, Diagnostic::Severity::Warning, message});
}

void Diagnostics::sort()
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
}

} // namespace khronika
