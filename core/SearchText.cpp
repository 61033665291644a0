#include "SearchText.h"

#include <algorithm>

namespace khronika {

namespace {

constexpr char16_t kShortI = u'й';
constexpr char16_t kCapitalShortI = u'Й';

// The base letter of a precomposed letter with marks (é -> e, ё -> е), or the character itself.
QChar baseLetter(QChar c)
{
    if (c.decompositionTag() != QChar::Canonical)
        return c;
    const QString parts = c.decomposition();
    return parts.isEmpty() ? c : parts.front();
}

} // namespace

QString foldForSearch(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        // й and Й decompose to и with a breve: keep them whole.
        if (c == QChar(kShortI) || c == QChar(kCapitalShortI)) {
            folded += QChar(kShortI);
            continue;
        }
        const QChar base = baseLetter(c);
        // Marks typed or stored apart from their letter (e + U+0301) go too.
        if (base.category() == QChar::Mark_NonSpacing)
            continue;
        folded += base;
    }
    // Folding case after dropping marks: ß becomes ss, Ё (already Е) becomes е.
    return folded.toCaseFolded();
}

QStringList searchWords(QStringView query)
{
    return foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
}

bool matchesAllWords(const QString &foldedText, const QStringList &foldedWords)
{
    return !foldedWords.isEmpty() && std::all_of(foldedWords.begin(), foldedWords.end(), [&](const QString &w) {
        return foldedText.contains(w);
    });
}

} // namespace khronika
