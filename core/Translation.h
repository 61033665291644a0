#pragma once

#include "DataSet.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace khronika {

// A data set in several languages. The record files are written in the source language (the first
// of dataset.yaml's `languages`); each further language has translation files that give, record by
// record, the texts a class reads. A text is named by a key built from the record and the field:
//
//   dataset/title                         categories/congress/title
//   events/kirov-murder/summary           events/kirov-murder/misconception/claim
//   actors/bukharin/standing/1929-11-17/reason
//   actors/bukharin/statuses/1937-02-27/note
//   tours/stalin-rise/steps/3/narration   (steps count from 1)
//   places/smolny/name
//
// The loader fills DataSet::translations with these keys; translated() reads them back.

// One text of the source language that a translation should give.
struct TranslatableText {
    QString key; // the full key, e.g. "events/kirov-murder/title"
    QString record; // the record's part of the key, e.g. "events/kirov-murder"
    QString field; // the rest, e.g. "title" or "misconception/claim"
    QString what; // the record in words, for diagnostics (recordName): "event 'kirov-murder'"
    Location location; // where the record is written in the source files
    QString text; // the text in the source language
};

// A record as diagnostics name it, in the interface's language: `table` is its kind as translation
// keys write it ("events", "actors", "standing", ...), so recordName("events", "kirov-murder") is
// "event 'kirov-murder'" in English and "событие «kirov-murder»" in Russian. An unknown table gives
// "table 'id'".
QString recordName(const QString &table, const QString &id);

// Every non-empty text of `data` a class can read, in the order of the records, grouped by record.
// Author notes, ids, dates, sources and the actors' native names are not among them.
std::vector<TranslatableText> translatableTexts(const DataSet &data);

// The language the record files are written in: the first declared, or "en" when none is.
QString sourceLanguage(const DataSet &data);

// `data` with every text that has a translation into `language` replaced by it; a text without one
// stays in the source language (English in the built-in data set), so nothing is ever blank. The
// source language, or a language the data set does not have, gives `data` unchanged. The result keeps
// all the catalogues, so it can be translated again.
DataSet translated(const DataSet &data, const QString &language);

// How many of the translatable texts `language` gives, and how many there are.
struct TranslationCoverage {
    int translated = 0;
    int total = 0;
};
TranslationCoverage translationCoverage(const DataSet &data, const QString &language);

// A short hash of the source-language texts `keys` name (in key order, each with its key, white space
// simplified): the first eight hex digits of their SHA-1. Rewrapping a text leaves it as it was;
// changing a word changes it. A translated record keeps it as `source_hash` (DataSet::TranslationStamp).
QString sourceTextHash(const QStringList &keys, const QHash<QString, QString> &sourceTexts);

// Writes every translated record's source_hash into its translation file, for the source texts as they
// are now (`khronika-check --stamp-translations`): a new line after the record's id, step or date (in
// a { … } record, its first field), or the old value replaced. The rest of each file, comments and
// layout included, is kept; files are written through AtomicFile. Returns how many records were
// stamped anew, or -1 with the reason in `error`.
int stampTranslations(const DataSet &data, QString *error = nullptr);

} // namespace khronika
