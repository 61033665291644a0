// Imports TimelineJS sheets and JSON, Timeline's .timeline files and plain CSV into a Khronika data set.
#include "Convert.h"
#include "ConvertExtras.h"
#include "Csv.h"
#include "TourWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>

namespace khronika {

namespace {

// One slide, era or row read from any of the formats, before it becomes a record.
struct Entry {
    enum class Kind { Event, Era, Title };
    Kind kind = Kind::Event;
    Location location;
    Date start;
    std::optional<Date> end;
    QString headline;
    QString text;
    QString group;
    QString id; // kept where the file gives one that is a slug (TimelineJS's unique_id)
    QStringList sources; // a plain CSV row's own citations
    ConvertExtras extras;
};

QString quoted(const QString &s)
{
    return u'\'' + s + u'\'';
}

// A date from the parts a TimelineJS sheet gives in separate columns. On a problem, `problem` says what
// and `badPart` which part (0 year, 1 month, 2 day).
std::optional<Date> dateFromParts(QString year, QString month, QString day, QString *problem, int *badPart)
{
    year = year.trimmed();
    month = month.trimmed();
    day = day.trimmed();
    bool ok = false;
    const int y = year.toInt(&ok);
    if (!ok || y < 1 || y > 9999) {
        *badPart = 0;
        *problem = year.isEmpty()
            ? QCoreApplication::translate("Import", "no year")
            : QCoreApplication::translate("Import", "%1 is not a year from 1 to 9999").arg(quoted(year));
        return std::nullopt;
    }
    QString iso = QStringLiteral("%1").arg(y, 4, 10, QChar(u'0'));
    if (!month.isEmpty()) {
        const int m = month.toInt(&ok);
        if (!ok || m < 1 || m > 12) {
            *badPart = 1;
            *problem = QCoreApplication::translate("Import", "%1 is not a month (1 to 12)").arg(quoted(month));
            return std::nullopt;
        }
        iso += QStringLiteral("-%1").arg(m, 2, 10, QChar(u'0'));
    }
    if (!day.isEmpty()) {
        if (month.isEmpty()) {
            *badPart = 2;
            *problem = QCoreApplication::translate("Import", "a day without a month");
            return std::nullopt;
        }
        const int d = day.toInt(&ok);
        if (!ok || d < 1 || d > 31) {
            *badPart = 2;
            *problem = QCoreApplication::translate("Import", "%1 is not a day of the month").arg(quoted(day));
            return std::nullopt;
        }
        iso += QStringLiteral("-%1").arg(d, 2, 10, QChar(u'0'));
    }
    const auto date = Date::parse(iso);
    if (!date) {
        *badPart = 2;
        *problem = QCoreApplication::translate("Import", "%1 is not a day of %2").arg(quoted(day), iso.left(7));
    }
    return date;
}

// Turns what was read into a data set: ids from titles, the group as a category or a faction, the
// imported file as the one source, the period spanning everything imported.
class Builder
{
public:
    Builder(const QString &displayName, GroupAs groupAs, int sourceYear, Diagnostics &diagnostics)
        : m_groupAs(groupAs)
        , m_diag(diagnostics)
    {
        const QString fileName = QFileInfo(displayName).fileName();
        m_source.id = QStringLiteral("imported-") + slugOr(QFileInfo(displayName).completeBaseName(), u"file");
        m_source.author = QStringLiteral("Unknown (imported timeline)");
        m_source.title = QStringLiteral("%1, imported without a check of its sources").arg(fileName);
        m_source.year = sourceYear;
        m_source.authorNote = QStringLiteral(
            "Unverified: imported by khronika-convert from %1. The events citing it have not been checked "
            "against a published work; replace this source with the works they stand on, with pages.")
                                  .arg(fileName);
        m_data.title = QFileInfo(displayName).completeBaseName();
    }

    void add(Entry e)
    {
        switch (e.kind) {
        case Entry::Kind::Title:
            if (!e.headline.trimmed().isEmpty())
                m_data.title = plain(e.headline);
            m_data.description = e.text.trimmed();
            break;
        case Entry::Kind::Era: {
            Period p;
            p.id = unique(m_periodIds, e.id.isEmpty() ? slugOr(e.headline, u"era") : e.id);
            p.title = plain(e.headline);
            p.from = e.start;
            p.to = e.end.value_or(e.start);
            p.description = e.text.trimmed();
            p.sources.push_back(SourceRef {m_source.id, QString(), QString(), Location {}});
            m_cited.insert(m_source.id);
            widen(p.from, p.to);
            m_data.periods.push_back(std::move(p));
            break;
        }
        case Entry::Kind::Event: {
            Event ev;
            ev.id = unique(m_eventIds, e.id.isEmpty() ? slugOr(e.headline, u"event") : e.id);
            ev.title = plain(e.headline);
            ev.date = e.start;
            ev.end = e.end;
            ev.importance = 2;
            ev.summary = e.text.trimmed();
            if (ev.summary.isEmpty()) {
                // The loader wants a summary; the title is the one thing the sheet said of the event.
                ev.summary = ev.title;
                m_diag.warning(e.location,
                    QCoreApplication::translate("Import", "%1 has no text: its headline is used as the summary")
                        .arg(ev.title));
            }
            const QString group = e.group.trimmed();
            if (group.isEmpty() || m_groupAs == GroupAs::Faction)
                ev.category = useCategory(QString());
            if (!group.isEmpty()) {
                if (m_groupAs == GroupAs::Category)
                    ev.category = useCategory(group);
                else
                    ev.factions.push_back(useFaction(group, e.start));
            }
            if (e.sources.isEmpty())
                e.sources << QString();
            for (const QString &citation : std::as_const(e.sources))
                ev.sources.push_back(SourceRef {sourceFor(citation), QString(), QString(), Location {}});
            storeExtras(ev, e.extras);
            widen(ev.date, ev.end.value_or(ev.date));
            m_data.events.push_back(std::move(ev));
            break;
        }
        }
    }

    DataSet finish(const Location &fileLocation)
    {
        if (m_data.events.empty() && m_data.periods.empty()) {
            m_diag.error(fileLocation,
                QCoreApplication::translate("Import", "nothing to import: no event or era could be read"));
        }
        m_data.sources.insert(m_data.sources.begin(), m_source);
        // A source nobody cites draws a warning: the file itself is cited only if a row did not cite its own.
        std::erase_if(m_data.sources, [&](const Source &s) { return !m_cited.contains(s.id) && s.id == m_source.id; });
        if (m_from)
            m_data.periodFrom = *m_from;
        if (m_to)
            m_data.periodTo = *m_to;
        return std::move(m_data);
    }

private:
    static QString plain(const QString &s) { return s.simplified(); }

    static QString slugOr(const QString &title, QStringView fallback)
    {
        // idForTitle says "tour" when nothing of the title is left in Latin letters (a title in Chinese).
        const QString id = TourWriter::idForTitle(title);
        return id == u"tour" && !title.contains(u"tour", Qt::CaseInsensitive) ? fallback.toString() : id;
    }

    static QString unique(QSet<QString> &taken, const QString &base)
    {
        QString id = base;
        for (int n = 2; taken.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        taken.insert(id);
        return id;
    }

    void widen(const Date &from, const Date &to)
    {
        if (!m_from || from.firstDay() < m_from->firstDay())
            m_from = from;
        if (!m_to || to.lastDay() > m_to->lastDay())
            m_to = to;
    }

    QString useCategory(const QString &group)
    {
        const QString id = group.isEmpty() ? QString::fromLatin1(kUncategorised) : slugOr(group, u"group");
        const auto known = std::find_if(
            m_data.categories.begin(), m_data.categories.end(), [&](const Category &c) { return c.id == id; });
        if (known == m_data.categories.end())
            m_data.categories.push_back(
                Category {id, group.isEmpty() ? QStringLiteral("Not categorised") : plain(group), Location {}});
        return id;
    }

    QString useFaction(const QString &group, const Date &start)
    {
        const QString id = slugOr(group, u"group");
        for (Faction &f : m_data.factions) {
            if (f.id == id) {
                if (start.firstDay() < f.from.firstDay())
                    f.from = start;
                return id;
            }
        }
        // The Okabe-Ito palette, which stays apart on a projector and for colour-blind students.
        static const char *const palette[]
            = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"};
        Faction f;
        f.id = id;
        f.name = plain(group);
        f.colour = QString::fromLatin1(palette[m_data.factions.size() % std::size(palette)]);
        f.from = start;
        f.description = QStringLiteral("The group %1 of the imported timeline.").arg(quoted(f.name));
        f.sources.push_back(SourceRef {m_source.id, QString(), QString(), Location {}});
        m_cited.insert(m_source.id);
        m_data.factions.push_back(std::move(f));
        return id;
    }

    // A row's own citation becomes a work of the bibliography, unverified like the file; a row without
    // one cites the file.
    QString sourceFor(const QString &citation)
    {
        const QString text = plain(citation);
        if (text.isEmpty()) {
            m_cited.insert(m_source.id);
            return m_source.id;
        }
        const QString id = slugOr(text, u"source");
        for (const Source &s : m_data.sources) {
            if (s.title == text)
                return s.id;
        }
        Source s;
        s.id = unique(m_sourceIds, id);
        s.author = QStringLiteral("Not given (imported)");
        s.title = text;
        static const QRegularExpression yearPattern(QStringLiteral("\\b(1[5-9]\\d\\d|20\\d\\d)\\b"));
        const auto match = yearPattern.match(text);
        s.year = match.hasMatch() ? match.captured(1).toInt() : m_source.year;
        s.authorNote = QStringLiteral("Unverified: written as %1 in the imported file; give its author, "
                                      "publisher and the page cited.")
                           .arg(quoted(text));
        m_data.sources.push_back(s);
        return s.id;
    }

    GroupAs m_groupAs;
    Diagnostics &m_diag;
    DataSet m_data;
    Source m_source;
    QSet<QString> m_eventIds;
    QSet<QString> m_periodIds;
    QSet<QString> m_sourceIds;
    QSet<QString> m_cited;
    std::optional<Date> m_from;
    std::optional<Date> m_to;
};

// The columns of a CSV header row, by name, lower case.
class Columns
{
public:
    explicit Columns(const CsvRecord &header)
    {
        for (qsizetype i = 0; i < qsizetype(header.fields.size()); ++i)
            m_index.insert(header.fields[size_t(i)].text.trimmed().toLower(), i);
        for (qsizetype i = 0; i < qsizetype(header.fields.size()); ++i)
            m_names.push_back(header.fields[size_t(i)].text.trimmed());
    }
    bool has(const QString &name) const { return m_index.contains(name); }
    // The cell of `record` in the column `name` (empty when the row is short or the column absent).
    CsvField cell(const CsvRecord &record, const QString &name) const
    {
        const qsizetype i = m_index.value(name, -1);
        if (i < 0)
            return CsvField {QString(), record.line, 1};
        if (i >= qsizetype(record.fields.size())) {
            const CsvField &last = record.fields.back();
            return CsvField {QString(), last.line, last.column + int(last.text.size())};
        }
        return record.fields[size_t(i)];
    }
    QString nameOf(const QString &name) const
    {
        const qsizetype i = m_index.value(name, -1);
        return i < 0 ? name : m_names[size_t(i)];
    }

private:
    QHash<QString, qsizetype> m_index;
    std::vector<QString> m_names;
};

Location at(const QString &file, const CsvField &f)
{
    return Location {file, f.line, f.column};
}

std::optional<QString> decodeUtf8(const QByteArray &bytes, const QString &file, Diagnostics &diag)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        diag.error(Location {file, 1, 1},
            QCoreApplication::translate(
                "Import", "the file is not UTF-8 text: save it from the spreadsheet as CSV UTF-8"));
        return std::nullopt;
    }
    return text;
}

// Reads the table of a CSV import: the header and the records after it, or nothing after an error.
std::optional<std::pair<Columns, std::vector<CsvRecord>>> readTable(
    const QByteArray &bytes, const QString &file, Diagnostics &diag)
{
    const auto text = decodeUtf8(bytes, file, diag);
    if (!text)
        return std::nullopt;
    CsvTable table = parseCsv(*text);
    if (table.unterminatedQuote)
        diag.error(at(file, *table.unterminatedQuote),
            QCoreApplication::translate(
                "Import", "a quote opened here is never closed: the rest of the file cannot be read"));
    if (table.records.empty()) {
        diag.error(Location {file, 1, 1}, QCoreApplication::translate("Import", "the file has no header row"));
        return std::nullopt;
    }
    Columns columns(table.records.front());
    table.records.erase(table.records.begin());
    return std::make_pair(std::move(columns), std::move(table.records));
}

void importTimelineJsCsv(const QByteArray &bytes, const QString &file, Builder &builder, ImportResult &result)
{
    auto table = readTable(bytes, file, result.diagnostics);
    if (!table)
        return;
    const auto &[columns, records] = *table;
    for (const char *required : {"year", "headline"}) {
        if (!columns.has(QLatin1StringView(required))) {
            result.diagnostics.error(Location {file, 1, 1},
                QCoreApplication::translate("Import", "the header row has no '%1' column: is this a TimelineJS sheet?")
                    .arg(QLatin1StringView(required)));
            return;
        }
    }
    int row = 1;
    for (const CsvRecord &record : records) {
        ++row;
        ++result.entriesRead;
        const auto cell = [&](const char *name) { return columns.cell(record, QLatin1StringView(name)); };
        const auto fail = [&](const char *column, const CsvField &where, const QString &problem) {
            result.diagnostics.error(at(file, where),
                QCoreApplication::translate("Import", "row %1, column '%2': %3; the row is left out")
                    .arg(row)
                    .arg(columns.nameOf(QLatin1StringView(column)), problem));
        };
        Entry e;
        const CsvField type = cell("type");
        const QString kind = type.text.trimmed().toLower();
        if (kind == u"title")
            e.kind = Entry::Kind::Title;
        else if (kind == u"era")
            e.kind = Entry::Kind::Era;
        else if (!kind.isEmpty()) {
            fail("type", type,
                QCoreApplication::translate("Import", "%1 is not 'title', 'era' or empty").arg(quoted(type.text)));
            continue;
        }
        e.location = Location {file, record.line, 1};
        e.headline = cell("headline").text;
        e.text = cell("text").text;
        e.group = cell("group").text;
        e.extras.media = cell("media").text;
        e.extras.mediaCredit = cell("media credit").text;
        e.extras.mediaCaption = cell("media caption").text;
        e.extras.mediaThumbnail = cell("media thumbnail").text;
        e.extras.displayDate = cell("display date").text;
        e.extras.time = cell("time").text;
        e.extras.endTime = cell("end time").text;
        e.extras.background = cell("background").text;
        if (e.kind == Entry::Kind::Title) {
            builder.add(std::move(e));
            ++result.entriesImported;
            continue;
        }
        if (e.headline.trimmed().isEmpty()) {
            fail("headline", cell("headline"), QCoreApplication::translate("Import", "an event needs a headline"));
            continue;
        }
        static const char *const startColumns[] = {"year", "month", "day"};
        static const char *const endColumns[] = {"end year", "end month", "end day"};
        QString problem;
        int bad = 0;
        const auto start = dateFromParts(cell("year").text, cell("month").text, cell("day").text, &problem, &bad);
        if (!start) {
            fail(startColumns[bad], cell(startColumns[bad]), problem);
            continue;
        }
        e.start = *start;
        if (!cell("end year").text.trimmed().isEmpty() || !cell("end month").text.trimmed().isEmpty()
            || !cell("end day").text.trimmed().isEmpty()) {
            const auto end
                = dateFromParts(cell("end year").text, cell("end month").text, cell("end day").text, &problem, &bad);
            if (!end) {
                fail(endColumns[bad], cell(endColumns[bad]), problem);
                continue;
            }
            if (end->lastDay() < start->firstDay()) {
                fail("end year", cell("end year"),
                    QCoreApplication::translate("Import", "it ends (%1) before it starts (%2)")
                        .arg(end->toIso(), start->toIso()));
                continue;
            }
            e.end = *end;
        }
        builder.add(std::move(e));
        ++result.entriesImported;
    }
}

void importPlainCsv(const QByteArray &bytes, const QString &file, Builder &builder, ImportResult &result)
{
    auto table = readTable(bytes, file, result.diagnostics);
    if (!table)
        return;
    const auto &[columns, records] = *table;
    for (const char *required : {"date", "title"}) {
        if (!columns.has(QLatin1StringView(required))) {
            result.diagnostics.error(Location {file, 1, 1},
                QCoreApplication::translate("Import",
                    "the header row has no '%1' column (the columns are date, end, title, summary, "
                    "group, people, source)")
                    .arg(QLatin1StringView(required)));
            return;
        }
    }
    const QString groupColumn = columns.has(QStringLiteral("group"))
        ? QStringLiteral("group")
        : (columns.has(QStringLiteral("faction")) ? QStringLiteral("faction") : QStringLiteral("category"));
    int row = 1;
    for (const CsvRecord &record : records) {
        ++row;
        ++result.entriesRead;
        const auto cell = [&](const QString &name) { return columns.cell(record, name); };
        const auto fail = [&](const QString &column, const QString &problem) {
            result.diagnostics.error(at(file, cell(column)),
                QCoreApplication::translate("Import", "row %1, column '%2': %3; the row is left out")
                    .arg(row)
                    .arg(columns.nameOf(column), problem));
        };
        Entry e;
        e.location = Location {file, record.line, 1};
        e.headline = cell(QStringLiteral("title")).text;
        e.text = cell(QStringLiteral("summary")).text;
        e.group = cell(groupColumn).text;
        // Several works are written apart by " | " (a semicolon is common inside a citation).
        e.sources = cell(QStringLiteral("source")).text.split(QStringLiteral(" | "), Qt::SkipEmptyParts);
        e.extras.people = cell(QStringLiteral("people")).text;
        if (e.headline.trimmed().isEmpty()) {
            fail(QStringLiteral("title"), QCoreApplication::translate("Import", "an event needs a title"));
            continue;
        }
        const QString dateText = cell(QStringLiteral("date")).text.trimmed();
        const auto start = Date::parse(dateText);
        if (!start) {
            fail(QStringLiteral("date"),
                QCoreApplication::translate("Import", "%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                    .arg(quoted(dateText)));
            continue;
        }
        e.start = *start;
        const QString endText = cell(QStringLiteral("end")).text.trimmed();
        if (!endText.isEmpty()) {
            const auto end = Date::parse(endText);
            if (!end) {
                fail(QStringLiteral("end"),
                    QCoreApplication::translate("Import", "%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                        .arg(quoted(endText)));
                continue;
            }
            if (end->lastDay() < start->firstDay()) {
                fail(QStringLiteral("end"),
                    QCoreApplication::translate("Import", "it ends (%1) before it starts (%2)").arg(endText, dateText));
                continue;
            }
            e.end = *end;
        }
        builder.add(std::move(e));
        ++result.entriesImported;
    }
}

// The line and column of a character offset into `bytes`, for a JSON syntax error.
Location locationOfOffset(const QString &file, const QByteArray &bytes, qsizetype offset)
{
    Location l {file, 1, 1};
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++l.line;
            l.column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
            ++l.column;
        }
    }
    return l;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

void importTimelineJsJson(const QByteArray &bytes, const QString &file, Builder &builder, ImportResult &result)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.diagnostics.error(locationOfOffset(file, bytes, parseError.offset),
            QCoreApplication::translate("Import", "not JSON: %1").arg(parseError.errorString()));
        return;
    }
    if (!doc.isObject() || !doc.object().value(u"events").isArray()) {
        result.diagnostics.error(Location {file, 1, 1},
            QCoreApplication::translate("Import", "a TimelineJS file is an object with an 'events' list"));
        return;
    }
    const QJsonObject root = doc.object();
    // JSON values carry no place in the file. A slide is placed at its headline, found as JSON writes it
    // after the slide before (a file that escapes it otherwise places the slide at that one), and the
    // problem names the slide and the field.
    qsizetype cursor = 0;
    const auto placeOf = [&](const QJsonObject &o) {
        const QString headline = o.value(u"text").toObject().value(u"headline").toString();
        if (!headline.isEmpty()) {
            QByteArray written = QJsonDocument(QJsonArray {headline}).toJson(QJsonDocument::Compact);
            written = written.mid(1, written.size() - 2); // the string without the array's brackets
            const qsizetype found = bytes.indexOf(written, cursor);
            if (found >= 0)
                cursor = found;
        }
        return locationOfOffset(file, bytes, cursor);
    };
    const auto read = [&](const QJsonObject &o, Entry::Kind kind, const QString &name) -> bool {
        Entry e;
        e.kind = kind;
        const Location whole = placeOf(o);
        e.location = whole;
        const QJsonObject text = o.value(u"text").toObject();
        e.headline = text.value(u"headline").toString();
        e.text = text.value(u"text").toString();
        e.group = o.value(u"group").toString();
        const QString uniqueId = o.value(u"unique_id").toString();
        static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (slug.match(uniqueId).hasMatch())
            e.id = uniqueId;
        const QJsonObject media = o.value(u"media").toObject();
        e.extras.media = media.value(u"url").toString();
        e.extras.mediaCredit = media.value(u"credit").toString();
        e.extras.mediaCaption = media.value(u"caption").toString();
        e.extras.mediaThumbnail = media.value(u"thumbnail").toString();
        e.extras.displayDate = o.value(u"display_date").toString();
        const QJsonObject background = o.value(u"background").toObject();
        e.extras.background = background.contains(u"color") ? background.value(u"color").toString()
                                                            : background.value(u"url").toString();
        if (kind == Entry::Kind::Title) {
            builder.add(std::move(e));
            return true;
        }
        const auto fail = [&](const QString &field, const QString &problem) {
            result.diagnostics.error(
                whole, QCoreApplication::translate("Import", "%1, %2: %3; it is left out").arg(name, field, problem));
            return false;
        };
        if (e.headline.trimmed().isEmpty())
            return fail(
                QStringLiteral("text.headline"), QCoreApplication::translate("Import", "an event needs a headline"));
        const auto dateOf = [&](const char *key, std::optional<Date> *out, QString *time) -> bool {
            const QJsonObject d = o.value(QLatin1StringView(key)).toObject();
            QString problem;
            int bad = 0;
            *out = dateFromParts(
                jsonText(d.value(u"year")), jsonText(d.value(u"month")), jsonText(d.value(u"day")), &problem, &bad);
            if (!*out) {
                static const char *const parts[] = {"year", "month", "day"};
                fail(QStringLiteral("%1.%2").arg(QLatin1StringView(key), QLatin1StringView(parts[bad])), problem);
                return false;
            }
            if (d.contains(u"hour")) {
                *time = QStringLiteral("%1:%2")
                            .arg(jsonText(d.value(u"hour")).toInt(), 2, 10, QChar(u'0'))
                            .arg(jsonText(d.value(u"minute")).toInt(), 2, 10, QChar(u'0'));
            }
            return true;
        };
        std::optional<Date> start;
        if (!dateOf("start_date", &start, &e.extras.time))
            return false;
        e.start = *start;
        if (o.contains(u"end_date")) {
            std::optional<Date> end;
            if (!dateOf("end_date", &end, &e.extras.endTime))
                return false;
            if (end->lastDay() < start->firstDay())
                return fail(QStringLiteral("end_date"),
                    QCoreApplication::translate("Import", "it ends (%1) before it starts (%2)")
                        .arg(end->toIso(), start->toIso()));
            e.end = end;
        }
        builder.add(std::move(e));
        return true;
    };
    if (root.value(u"title").isObject()) {
        ++result.entriesRead;
        if (read(root.value(u"title").toObject(), Entry::Kind::Title,
                QCoreApplication::translate("Import", "the title")))
            ++result.entriesImported;
    }
    const auto list = [&](const char *key, Entry::Kind kind) {
        const QJsonArray items = root.value(QLatin1StringView(key)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            ++result.entriesRead;
            const QString name = QStringLiteral("%1[%2] (%3)")
                                     .arg(QLatin1StringView(key))
                                     .arg(i)
                                     .arg(items[i].toObject().value(u"text").toObject().value(u"headline").toString());
            if (!items[i].isObject()) {
                result.diagnostics.error(locationOfOffset(file, bytes, cursor),
                    QCoreApplication::translate("Import", "%1 is not an object; it is left out").arg(name));
                continue;
            }
            if (read(items[i].toObject(), kind, name))
                ++result.entriesImported;
        }
    };
    list("events", Entry::Kind::Event);
    list("eras", Entry::Kind::Era);
}

// A date of Timeline's (e.g. "1927-12-02 10:00:00"): the program stores every date to the minute.
std::optional<Date> timelineDate(const QString &text, QString *time)
{
    const QString t = text.trimmed();
    const qsizetype space = t.indexOf(u' ');
    const auto date = Date::parse(space < 0 ? t : t.left(space));
    if (date && space > 0 && time)
        *time = t.mid(space + 1).left(5);
    return date;
}

void importTimelineXml(const QByteArray &bytes, const QString &file, Builder &builder, ImportResult &result)
{
    QXmlStreamReader xml(bytes);
    const auto here = [&] { return Location {file, int(xml.lineNumber()), int(xml.columnNumber())}; };
    int eventIndex = 0;
    // Reads the children of the current element as text, by name, with where each starts.
    const auto readChildren = [&](QHash<QString, std::pair<QString, Location>> &fields) {
        while (xml.readNextStartElement()) {
            const Location where = here();
            const QString name = xml.name().toString();
            fields.insert(name, {xml.readElementText(QXmlStreamReader::SkipChildElements), where});
        }
    };
    bool sawTimeline = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == u"timeline") {
            sawTimeline = true;
            continue;
        }
        if (name == u"events" || name == u"eras")
            continue;
        if (name != u"event" && name != u"era") {
            xml.skipCurrentElement();
            continue;
        }
        const bool era = name == u"era";
        const Location start = here();
        QHash<QString, std::pair<QString, Location>> fields;
        readChildren(fields);
        if (xml.hasError())
            break;
        ++eventIndex;
        ++result.entriesRead;
        const QString what
            = era ? QCoreApplication::translate("Import", "era") : QCoreApplication::translate("Import", "event");
        const auto fail = [&](const QString &field, const QString &problem) {
            const Location where = fields.contains(field) ? fields.value(field).second : start;
            result.diagnostics.error(where,
                QCoreApplication::translate("Import", "%1 %2, <%3>: %4; it is left out")
                    .arg(what)
                    .arg(eventIndex)
                    .arg(field, problem));
        };
        Entry e;
        e.kind = era ? Entry::Kind::Era : Entry::Kind::Event;
        e.location = start;
        e.headline = fields.value(era ? QStringLiteral("name") : QStringLiteral("text")).first;
        e.text = fields.value(QStringLiteral("description")).first;
        e.group = fields.value(QStringLiteral("category")).first;
        if (e.headline.trimmed().isEmpty()) {
            fail(era ? QStringLiteral("name") : QStringLiteral("text"),
                QCoreApplication::translate("Import", "no title"));
            continue;
        }
        const QString startText = fields.value(QStringLiteral("start")).first;
        const auto from = timelineDate(startText, &e.extras.time);
        if (!from) {
            fail(QStringLiteral("start"),
                QCoreApplication::translate("Import", "%1 is not a date").arg(quoted(startText)));
            continue;
        }
        e.start = *from;
        const QString endText = fields.value(QStringLiteral("end")).first;
        if (!endText.trimmed().isEmpty()) {
            QString endTime;
            const auto to = timelineDate(endText, &endTime);
            if (!to) {
                fail(QStringLiteral("end"),
                    QCoreApplication::translate("Import", "%1 is not a date").arg(quoted(endText)));
                continue;
            }
            if (to->lastDay() < from->firstDay()) {
                fail(QStringLiteral("end"), QCoreApplication::translate("Import", "it ends before it starts"));
                continue;
            }
            // Timeline writes an end on every event; one equal to the start is no span.
            if (*to != *from || era)
                e.end = *to;
            if (endTime != e.extras.time)
                e.extras.endTime = endTime;
        }
        builder.add(std::move(e));
        ++result.entriesImported;
    }
    if (xml.hasError())
        result.diagnostics.error(
            here(), QCoreApplication::translate("Import", "not a readable XML file: %1").arg(xml.errorString()));
    else if (!sawTimeline)
        result.diagnostics.error(
            Location {file, 1, 1}, QCoreApplication::translate("Import", "not a Timeline file: no <timeline> element"));
}

} // namespace

ImportResult importTimeline(
    ConvertFormat format, const QByteArray &bytes, const QString &displayName, GroupAs groupAs, int sourceYear)
{
    ImportResult result;
    Builder builder(displayName, groupAs, sourceYear, result.diagnostics);
    switch (format) {
    case ConvertFormat::TimelineJsCsv:
        importTimelineJsCsv(bytes, displayName, builder, result);
        break;
    case ConvertFormat::TimelineJsJson:
        importTimelineJsJson(bytes, displayName, builder, result);
        break;
    case ConvertFormat::TimelineXml:
        importTimelineXml(bytes, displayName, builder, result);
        break;
    case ConvertFormat::PlainCsv:
        importPlainCsv(bytes, displayName, builder, result);
        break;
    case ConvertFormat::DataSet:
    case ConvertFormat::ICalendar:
        result.diagnostics.error(Location {displayName, 0, 0},
            QCoreApplication::translate("Import", "%1 cannot be imported from").arg(formatName(format)));
        return result;
    }
    // A file refused as a whole (not UTF-8, no header) has said why; "nothing to import" would add nothing.
    if (!(result.diagnostics.hasErrors() && result.entriesRead == 0))
        result.data = builder.finish(Location {displayName, 1, 1});
    result.diagnostics.sort();
    return result;
}

ImportResult importTimelineFile(ConvertFormat format, const QString &path, GroupAs groupAs)
{
    QFile file(path);
    // Timelines are small: a sheet of ten thousand rows is a few megabytes.
    constexpr qint64 kLimit = 64 * 1024 * 1024;
    const auto refuse = [&](const QString &why) {
        ImportResult result;
        result.ioFailure = true;
        result.diagnostics.error(
            Location {path, 0, 0}, QCoreApplication::translate("Import", "cannot read the file: %1").arg(why));
        return result;
    };
    // A FIFO or a device would be waited on, never finished: only a regular file is read.
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(QCoreApplication::translate("Import", "it is a folder"));
    if (!info.isFile())
        return refuse(QCoreApplication::translate("Import", "it is not a regular file"));
    if (info.size() > kLimit)
        return refuse(QCoreApplication::translate("Import", "it is larger than 64 MiB"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    const QByteArray bytes = file.read(kLimit);
    const int year = QFileInfo(path).lastModified().date().year();
    return importTimeline(format, bytes, path, groupAs, year);
}

} // namespace khronika
