#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace khronika {

// Text folded for search, so that what a student types finds what the data writes: case folded,
// ё read as е, and accents and other diacritics dropped (Łódź as lodz, Pyatakóv as pyatakov). The
// Russian й stays a letter of its own (it is not и with a mark to a Russian reader).
QString foldForSearch(QStringView text);

// The words of a query, folded, in the order typed; empty for a blank query.
QStringList searchWords(QStringView query);

// Whether every word occurs somewhere in `foldedText` (a foldForSearch result). No words: no match.
bool matchesAllWords(const QString &foldedText, const QStringList &foldedWords);

} // namespace khronika
