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

namespace {

int letterBit(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'0' && c <= u'9')
        return 26 + (c - u'0');
    return -1;
}

} // namespace

quint64 searchLetters(QStringView foldedText)
{
    quint64 letters = 0;
    for (const QChar c : foldedText) {
        if (const int bit = letterBit(c.unicode()); bit >= 0)
            letters |= quint64(1) << bit;
    }
    return letters;
}

WordMatcher::WordMatcher(const QStringList &foldedWords)
    : m_words(foldedWords)
    , m_letters(0)
    , m_decided(size_t(foldedWords.size()), 0)
{
    for (qsizetype i = 0; i < foldedWords.size(); ++i) {
        m_letters |= searchLetters(foldedWords[i]);
        m_decided[size_t(i)] = foldedWords[i].size() == 1 && letterBit(foldedWords[i].front().unicode()) >= 0;
    }
}

bool WordMatcher::matches(const QString &foldedText, quint64 letters) const
{
    if (m_words.isEmpty() || (letters & m_letters) != m_letters)
        return false;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!m_decided[size_t(i)] && !foldedText.contains(m_words[i]))
            return false;
    }
    return true;
}

} // namespace khronika
