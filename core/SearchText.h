#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace khronika {

// Text folded for search, so that what a student types finds what the data writes: case folded,
// ё read as е, and accents and other diacritics dropped (Łódź as lodz, Pyatakóv as pyatakov). The
// Russian й stays a letter of its own (it is not и with a mark to a Russian reader).
QString foldForSearch(QStringView text);

// The words of a query, folded, in the order typed; empty for a blank query.
QStringList searchWords(QStringView query);

// Whether every word occurs somewhere in `foldedText` (a foldForSearch result). No words: no match.
bool matchesAllWords(const QString &foldedText, const QStringList &foldedWords);

// Which of the letters a-z and digits 0-9 a folded text holds, one bit each. A word is only found in a
// text that holds all of its letters and digits, and a word of one of them exactly where its bit is set:
// a search compares these before it reads the text.
quint64 searchLetters(QStringView foldedText);

// Words matched against many texts, each word's letters worked out once (see searchLetters).
class WordMatcher
{
public:
    explicit WordMatcher(const QStringList &foldedWords);
    // As matchesAllWords(foldedText, foldedWords), where `letters` is searchLetters(foldedText).
    bool matches(const QString &foldedText, quint64 letters) const;

private:
    QStringList m_words;
    quint64 m_letters = 0; // the letters and digits of all the words
    std::vector<char> m_decided; // per word: its one letter's bit says all
};

} // namespace khronika
