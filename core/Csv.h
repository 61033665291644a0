#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace khronika {

// A field of a CSV file with the place where it starts, 1-based as editors count, so that a problem in
// a cell can be reported at its line and column.
struct CsvField {
    QString text;
    int line = 0;
    int column = 0;
};

struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0; // where the record starts
};

// A CSV file as spreadsheets write it (RFC 4180): fields separated by commas (or by semicolons when the
// header row holds no comma, as spreadsheets in some locales write it), quoted fields holding commas,
// line breaks and doubled quotes. Records whose fields are all empty are left out.
struct CsvTable {
    std::vector<CsvRecord> records;
    // A quote opened and never closed: nothing after it can be read.
    std::optional<CsvField> unterminatedQuote;
};

CsvTable parseCsv(const QString &text);

// One CSV line, quoting the fields that need it, ended by CRLF as RFC 4180 asks.
QString csvLine(const QStringList &fields);

} // namespace khronika
