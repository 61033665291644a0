// Writes imported data sets as Khronika YAML, and data sets as TimelineJS, plain CSV and iCalendar.
#include "AtomicFile.h"
#include "Convert.h"
#include "ConvertExtras.h"
#include "Csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace khronika {

namespace {

struct FormatName {
    ConvertFormat format;
    const char *name;
};
constexpr FormatName kFormatNames[] = {
    {ConvertFormat::DataSet, "dataset"},
    {ConvertFormat::TimelineJsCsv, "timelinejs-csv"},
    {ConvertFormat::TimelineJsJson, "timelinejs-json"},
    {ConvertFormat::TimelineXml, "timeline"},
    {ConvertFormat::PlainCsv, "csv"},
    {ConvertFormat::ICalendar, "ics"},
};

std::string str(const QString &s)
{
    return s.toStdString();
}

// Dates are written quoted: the loader reads them as text, and so will any other YAML reader.
void emitDate(YAML::Emitter &y, const char *key, const Date &d)
{
    y << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << str(d.toIso());
}

void emitText(YAML::Emitter &y, const char *key, const QString &text)
{
    if (text.isEmpty())
        return;
    y << YAML::Key << key << YAML::Value;
    // A text of several lines is written as a literal block, as a person would write it.
    if (text.contains(u'\n'))
        y << YAML::Literal;
    y << str(text);
}

void emitSources(YAML::Emitter &y, const std::vector<SourceRef> &refs)
{
    y << YAML::Key << "sources" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const SourceRef &r : refs) {
        if (r.page.isEmpty()) {
            y << str(r.ref);
        } else {
            y << YAML::BeginMap << YAML::Key << "ref" << YAML::Value << str(r.ref) << YAML::Key << "page" << YAML::Value
              << str(r.page) << YAML::EndMap;
        }
    }
    y << YAML::EndSeq;
}

QByteArray finished(const YAML::Emitter &y, const char *comment)
{
    return QByteArray(comment) + QByteArray(y.c_str(), qsizetype(y.size())) + '\n';
}

const QString &groupOf(const Event &e, GroupAs groupAs, const QHash<QString, QString> &categoryTitles,
    const QHash<QString, QString> &factionNames)
{
    static const QString none;
    if (groupAs == GroupAs::Faction) {
        if (e.factions.empty())
            return none;
        const auto it = factionNames.constFind(e.factions.front());
        return it == factionNames.constEnd() ? e.factions.front() : it.value();
    }
    if (e.category == QLatin1StringView(kUncategorised))
        return none;
    const auto it = categoryTitles.constFind(e.category);
    return it == categoryTitles.constEnd() ? e.category : it.value();
}

// The summary of an event as a slide's text: a note for the class (other than the stored extras)
// follows it as a paragraph of its own.
QString slideText(const Event &e, const QString &otherNotes)
{
    return otherNotes.isEmpty() ? e.summary : e.summary + QStringLiteral("\n\n") + otherNotes;
}

struct Lookups {
    QHash<QString, QString> categories;
    QHash<QString, QString> factions;
    explicit Lookups(const DataSet &data)
    {
        for (const Category &c : data.categories)
            categories.insert(c.id, c.title);
        for (const Faction &f : data.factions)
            factions.insert(f.id, f.name);
    }
};

QStringList dateParts(const std::optional<Date> &d)
{
    if (!d)
        return {QString(), QString(), QString()};
    return {QString::number(d->year), d->precision != Date::Precision::Year ? QString::number(d->month) : QString(),
        d->precision == Date::Precision::Day ? QString::number(d->day) : QString()};
}

QByteArray timelineJsCsv(const DataSet &data, GroupAs groupAs)
{
    const Lookups names(data);
    QString out = csvLine({QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Day"),
        QStringLiteral("Time"), QStringLiteral("End Year"), QStringLiteral("End Month"), QStringLiteral("End Day"),
        QStringLiteral("End Time"), QStringLiteral("Display Date"), QStringLiteral("Headline"), QStringLiteral("Text"),
        QStringLiteral("Media"), QStringLiteral("Media Credit"), QStringLiteral("Media Caption"),
        QStringLiteral("Media Thumbnail"), QStringLiteral("Type"), QStringLiteral("Group"),
        QStringLiteral("Background")});
    const auto row = [](const std::optional<Date> &from, const QString &time, const std::optional<Date> &to,
                         const QString &endTime, const QString &headline, const QString &text, const ConvertExtras &x,
                         const QString &type, const QString &group) {
        const QStringList start = dateParts(from);
        const QStringList end = dateParts(to);
        return csvLine({start[0], start[1], start[2], time, end[0], end[1], end[2], endTime, x.displayDate, headline,
            text, x.media, x.mediaCredit, x.mediaCaption, x.mediaThumbnail, type, group, x.background});
    };
    out += row(std::nullopt, QString(), std::nullopt, QString(), data.title, data.description, ConvertExtras {},
        QStringLiteral("title"), QString());
    for (const Event &e : data.events) {
        QString notes;
        const ConvertExtras x = extrasOf(e, &notes);
        out += row(e.date, x.time, e.end, x.endTime, e.title, slideText(e, notes), x, QString(),
            groupOf(e, groupAs, names.categories, names.factions));
    }
    for (const Period &p : data.periods)
        out += row(p.from, QString(), p.to, QString(), p.title, p.description, ConvertExtras {}, QStringLiteral("era"),
            QString());
    return out.toUtf8();
}

QJsonObject jsonDate(const Date &d, const QString &time)
{
    QJsonObject o;
    o.insert(u"year", QString::number(d.year));
    if (d.precision != Date::Precision::Year)
        o.insert(u"month", QString::number(d.month));
    if (d.precision == Date::Precision::Day)
        o.insert(u"day", QString::number(d.day));
    const QStringList hm = time.split(u':');
    if (hm.size() >= 2) {
        o.insert(u"hour", hm[0]);
        o.insert(u"minute", hm[1]);
    }
    return o;
}

QJsonObject jsonText(const QString &headline, const QString &text)
{
    QJsonObject o;
    o.insert(u"headline", headline);
    o.insert(u"text", text);
    return o;
}

QByteArray timelineJsJson(const DataSet &data, GroupAs groupAs)
{
    const Lookups names(data);
    QJsonObject root;
    QJsonObject title;
    title.insert(u"text", jsonText(data.title, data.description));
    root.insert(u"title", title);
    QJsonArray events;
    for (const Event &e : data.events) {
        QString notes;
        const ConvertExtras x = extrasOf(e, &notes);
        QJsonObject o;
        o.insert(u"unique_id", e.id);
        o.insert(u"start_date", jsonDate(e.date, x.time));
        if (e.end)
            o.insert(u"end_date", jsonDate(*e.end, x.endTime));
        o.insert(u"text", jsonText(e.title, slideText(e, notes)));
        const QString &group = groupOf(e, groupAs, names.categories, names.factions);
        if (!group.isEmpty())
            o.insert(u"group", group);
        if (!x.displayDate.isEmpty())
            o.insert(u"display_date", x.displayDate);
        if (!x.media.isEmpty()) {
            QJsonObject media;
            media.insert(u"url", x.media);
            if (!x.mediaCredit.isEmpty())
                media.insert(u"credit", x.mediaCredit);
            if (!x.mediaCaption.isEmpty())
                media.insert(u"caption", x.mediaCaption);
            if (!x.mediaThumbnail.isEmpty())
                media.insert(u"thumbnail", x.mediaThumbnail);
            o.insert(u"media", media);
        }
        if (!x.background.isEmpty()) {
            QJsonObject background;
            background.insert(x.background.startsWith(u'#') ? u"color" : u"url", x.background);
            o.insert(u"background", background);
        }
        events.append(o);
    }
    root.insert(u"events", events);
    QJsonArray eras;
    for (const Period &p : data.periods) {
        QJsonObject o;
        o.insert(u"start_date", jsonDate(p.from, QString()));
        o.insert(u"end_date", jsonDate(p.to, QString()));
        o.insert(u"text", jsonText(p.title, p.description));
        eras.append(o);
    }
    if (!eras.isEmpty())
        root.insert(u"eras", eras);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray plainCsv(const DataSet &data, GroupAs groupAs)
{
    const Lookups names(data);
    QHash<QString, const Source *> works;
    for (const Source &s : data.sources)
        works.insert(s.id, &s);
    QString out = csvLine({QStringLiteral("date"), QStringLiteral("end"), QStringLiteral("title"),
        QStringLiteral("summary"), QStringLiteral("group"), QStringLiteral("people"), QStringLiteral("source")});
    for (const Event &e : data.events) {
        const ConvertExtras x = extrasOf(e);
        QStringList cited;
        for (const SourceRef &r : e.sources) {
            const Source *work = works.value(r.ref);
            // A work imported unverified stands for the file the events came from, not for a citation.
            if (work && work->id.startsWith(u"imported-"))
                continue;
            QString c = work ? QStringLiteral("%1, %2 (%3)").arg(work->author, work->title).arg(work->year) : r.ref;
            if (work && work->author.startsWith(u"Not given"))
                c = work->title;
            if (!r.page.isEmpty())
                c += QStringLiteral(", ") + r.page;
            cited << c;
        }
        out += csvLine({e.date.toIso(), e.end ? e.end->toIso() : QString(), e.title, e.summary,
            groupOf(e, groupAs, names.categories, names.factions), x.people, cited.join(QStringLiteral(" | "))});
    }
    return out.toUtf8();
}

// RFC 5545 text: backslash, semicolon, comma and line breaks escaped.
QString icsText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    return out;
}

// A content line folded at 75 octets, never inside a UTF-8 sequence: a continuation line starts with a
// space, which counts towards its 75.
QByteArray icsLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        const uchar lead = uchar(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8.mid(i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

QString icsDay(Day day)
{
    const Date d = Date::fromDay(day);
    return QStringLiteral("%1%2%3")
        .arg(d.year, 4, 10, QChar(u'0'))
        .arg(d.month, 2, 10, QChar(u'0'))
        .arg(d.day, 2, 10, QChar(u'0'));
}

QByteArray iCalendar(const DataSet &data, GroupAs groupAs)
{
    const Lookups names(data);
    QByteArray out;
    out += icsLine(QStringLiteral("BEGIN:VCALENDAR"));
    out += icsLine(QStringLiteral("VERSION:2.0"));
    out += icsLine(QStringLiteral("PRODID:-//Khronika//khronika-convert//EN"));
    out += icsLine(QStringLiteral("CALSCALE:GREGORIAN"));
    out += icsLine(QStringLiteral("X-WR-CALNAME:") + icsText(data.title));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const Event &e : data.events) {
        const DayRange days = e.range();
        QString notes;
        const ConvertExtras x = extrasOf(e, &notes);
        out += icsLine(QStringLiteral("BEGIN:VEVENT"));
        out += icsLine(QStringLiteral("UID:%1@khronika").arg(e.id));
        out += icsLine(QStringLiteral("DTSTAMP:") + stamp);
        // All-day entries over every day the date covers: "1927" is the whole year, not 1 January.
        // DTEND is the day after the last, as the standard counts it.
        out += icsLine(QStringLiteral("DTSTART;VALUE=DATE:") + icsDay(days.first));
        out += icsLine(QStringLiteral("DTEND;VALUE=DATE:") + icsDay(days.last + 1));
        out += icsLine(QStringLiteral("SUMMARY:") + icsText(e.title));
        QString description = e.summary;
        if (e.date.precision != Date::Precision::Day || (e.end && e.end->precision != Date::Precision::Day))
            description = QStringLiteral("Date: %1%2\n")
                              .arg(e.date.toDisplayString(),
                                  e.end ? QStringLiteral(" – ") + e.end->toDisplayString() : QString())
                + description;
        if (!notes.isEmpty())
            description += QStringLiteral("\n\n") + notes;
        out += icsLine(QStringLiteral("DESCRIPTION:") + icsText(description));
        const QString &group = groupOf(e, groupAs, names.categories, names.factions);
        if (!group.isEmpty())
            out += icsLine(QStringLiteral("CATEGORIES:") + icsText(group));
        if (!x.media.isEmpty())
            out += icsLine(QStringLiteral("ATTACH:") + x.media);
        out += icsLine(QStringLiteral("END:VEVENT"));
    }
    out += icsLine(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace

QString formatName(ConvertFormat format)
{
    for (const FormatName &f : kFormatNames) {
        if (f.format == format)
            return QString::fromLatin1(f.name);
    }
    return {};
}

std::optional<ConvertFormat> formatFromName(const QString &name)
{
    for (const FormatName &f : kFormatNames) {
        if (name == QLatin1StringView(f.name))
            return f.format;
    }
    return std::nullopt;
}

std::optional<ConvertFormat> guessInputFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(QStringLiteral("dataset.yaml")))
            ? std::optional(ConvertFormat::DataSet)
            : std::nullopt;
    const QString suffix = info.suffix().toLower();
    if (suffix == u"json")
        return ConvertFormat::TimelineJsJson;
    if (suffix == u"timeline")
        return ConvertFormat::TimelineXml;
    if (suffix == u"csv") {
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            return ConvertFormat::TimelineJsCsv; // the read that follows reports why it cannot be read
        const QString header = QString::fromUtf8(file.readLine(64 * 1024)).toLower();
        return header.contains(u"year") && header.contains(u"headline") ? ConvertFormat::TimelineJsCsv
                                                                        : ConvertFormat::PlainCsv;
    }
    return std::nullopt;
}

std::optional<ConvertFormat> guessOutputFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return ConvertFormat::DataSet;
    const QString suffix = info.suffix().toLower();
    if (suffix.isEmpty())
        return ConvertFormat::DataSet;
    if (suffix == u"json")
        return ConvertFormat::TimelineJsJson;
    if (suffix == u"csv")
        return ConvertFormat::TimelineJsCsv;
    if (suffix == u"ics")
        return ConvertFormat::ICalendar;
    return std::nullopt;
}

QByteArray dataSetYaml(const DataSet &data)
{
    YAML::Emitter y;
    y << YAML::BeginMap;
    y << YAML::Key << "title" << YAML::Value << str(data.title);
    emitText(y, "description", data.description);
    y << YAML::Key << "period" << YAML::Value << YAML::Flow << YAML::BeginMap;
    emitDate(y, "from", data.periodFrom);
    emitDate(y, "to", data.periodTo);
    y << YAML::EndMap;
    y << YAML::Key << "files" << YAML::Value << YAML::Flow << YAML::BeginSeq << kImportedRecordsFile << YAML::EndSeq;
    y << YAML::Key << "categories" << YAML::Value << YAML::BeginSeq;
    for (const Category &c : data.categories)
        y << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << str(c.id) << YAML::Key << "title"
          << YAML::Value << str(c.title) << YAML::EndMap;
    y << YAML::EndSeq;
    y << YAML::Key << "offices" << YAML::Value << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    y << YAML::EndMap;
    return finished(y, "# Imported by khronika-convert. See data/README.md for the format.\n");
}

QByteArray recordsYaml(const DataSet &data)
{
    YAML::Emitter y;
    y << YAML::BeginMap;
    y << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const Source &s : data.sources) {
        y << YAML::BeginMap;
        y << YAML::Key << "id" << YAML::Value << str(s.id);
        y << YAML::Key << "author" << YAML::Value << str(s.author);
        y << YAML::Key << "title" << YAML::Value << str(s.title);
        y << YAML::Key << "year" << YAML::Value << s.year;
        emitText(y, "publisher", s.publisher);
        emitText(y, "url", s.url);
        emitText(y, "author_note", s.authorNote);
        y << YAML::EndMap;
    }
    y << YAML::EndSeq;
    if (!data.factions.empty()) {
        y << YAML::Key << "factions" << YAML::Value << YAML::BeginSeq;
        for (const Faction &f : data.factions) {
            y << YAML::BeginMap;
            y << YAML::Key << "id" << YAML::Value << str(f.id);
            y << YAML::Key << "name" << YAML::Value << str(f.name);
            y << YAML::Key << "colour" << YAML::Value << YAML::DoubleQuoted << str(f.colour);
            emitDate(y, "from", f.from);
            emitText(y, "description", f.description);
            emitSources(y, f.sources);
            y << YAML::EndMap;
        }
        y << YAML::EndSeq;
    }
    if (!data.periods.empty()) {
        y << YAML::Key << "periods" << YAML::Value << YAML::BeginSeq;
        for (const Period &p : data.periods) {
            y << YAML::BeginMap;
            y << YAML::Key << "id" << YAML::Value << str(p.id);
            y << YAML::Key << "title" << YAML::Value << str(p.title);
            emitDate(y, "from", p.from);
            emitDate(y, "to", p.to);
            emitText(y, "description", p.description);
            emitSources(y, p.sources);
            y << YAML::EndMap;
        }
        y << YAML::EndSeq;
    }
    y << YAML::Key << "events" << YAML::Value << YAML::BeginSeq;
    for (const Event &e : data.events) {
        y << YAML::BeginMap;
        y << YAML::Key << "id" << YAML::Value << str(e.id);
        y << YAML::Key << "title" << YAML::Value << str(e.title);
        emitDate(y, "date", e.date);
        if (e.end)
            emitDate(y, "end", *e.end);
        y << YAML::Key << "category" << YAML::Value << str(e.category);
        y << YAML::Key << "importance" << YAML::Value << e.importance;
        if (!e.factions.empty()) {
            y << YAML::Key << "factions" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &f : e.factions)
                y << str(f);
            y << YAML::EndSeq;
        }
        emitText(y, "summary", e.summary);
        emitSources(y, e.sources);
        emitText(y, "notes", e.notes);
        emitText(y, "author_note", e.authorNote);
        y << YAML::EndMap;
    }
    y << YAML::EndSeq;
    y << YAML::EndMap;
    return finished(y, "# Imported by khronika-convert. See data/README.md for the format.\n");
}

bool writeDataSetFolder(const DataSet &data, const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (dir.exists(QStringLiteral("dataset.yaml"))) {
        *error = QCoreApplication::translate("Import", "%1 already holds a data set: choose a new folder").arg(folder);
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Import", "cannot make the folder %1").arg(folder);
        return false;
    }
    // The records first: a dataset.yaml appears only once what it lists is there.
    return writeFileAtomically(dir.filePath(QString::fromLatin1(kImportedRecordsFile)), recordsYaml(data), error)
        && writeFileAtomically(dir.filePath(QStringLiteral("dataset.yaml")), dataSetYaml(data), error);
}

DataSet partWithin(const DataSet &data, const DayRange &days)
{
    DataSet part = data;
    std::erase_if(part.events, [&](const Event &e) { return !e.range().overlaps(days); });
    std::erase_if(part.periods, [&](const Period &p) {
        return !DayRange {p.from.firstDay(), p.to.lastDay()}.overlaps(days);
    });
    if (days.first > data.periodFrom.firstDay())
        part.periodFrom = Date::fromDay(days.first);
    if (days.last < data.periodTo.lastDay())
        part.periodTo = Date::fromDay(days.last);
    return part;
}

QByteArray exportTimeline(ConvertFormat format, const DataSet &data, GroupAs groupAs)
{
    switch (format) {
    case ConvertFormat::TimelineJsCsv:
        return timelineJsCsv(data, groupAs);
    case ConvertFormat::TimelineJsJson:
        return timelineJsJson(data, groupAs);
    case ConvertFormat::PlainCsv:
        return plainCsv(data, groupAs);
    case ConvertFormat::ICalendar:
        return iCalendar(data, groupAs);
    case ConvertFormat::DataSet: // a folder: writeDataSetFolder
    case ConvertFormat::TimelineXml: // read only
        break;
    }
    return {};
}

} // namespace khronika
