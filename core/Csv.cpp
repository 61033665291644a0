#include "Csv.h"

#include <algorithm>

namespace khronika {

CsvTable parseCsv(const QString &input)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QChar separator = u',';
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QStringView header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    if (!header.contains(u',') && header.contains(u';'))
        separator = u';';

    CsvTable table;
    CsvRecord record;
    CsvField field;
    int line = 1;
    int column = 1;
    bool quoted = false;
    bool fieldStarted = false;
    const auto startField = [&] {
        field = CsvField {QString(), line, column};
        fieldStarted = true;
    };
    const auto endField = [&] {
        if (!fieldStarted)
            startField();
        record.fields.push_back(std::move(field));
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = std::all_of(
            record.fields.begin(), record.fields.end(), [](const CsvField &f) { return f.text.trimmed().isEmpty(); });
        if (!blank)
            table.records.push_back(std::move(record));
        record = CsvRecord {};
    };

    CsvField openingQuote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!fieldStarted) {
            startField();
            if (record.fields.empty())
                record.line = line;
            if (c == u'"') {
                quoted = true;
                openingQuote = field;
                ++column;
                continue;
            }
        }
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.text += u'"';
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
                ++column;
                continue;
            }
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            // A CRLF inside a quoted field is one line break, as the spreadsheet meant it.
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            field.text += c;
            continue;
        }
        if (c == separator) {
            endField();
            ++column;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            column = 1;
        } else {
            field.text += c;
            ++column;
        }
    }
    if (quoted) {
        table.unterminatedQuote = openingQuote;
        return table;
    }
    if (fieldStarted || !record.fields.empty())
        endRecord();
    return table;
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        const bool needsQuotes = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')
            || f.contains(u';') || f.startsWith(u' ') || f.endsWith(u' ');
        if (needsQuotes)
            out << u'"' + QString(f).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            out << f;
    }
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace khronika
