#include "Translation.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <map>

namespace khronika {

namespace {

QString diagnostic(const char *text)
{
    return QCoreApplication::translate("Diagnostics", text);
}

// Calls visit(record, what, location, field, text) for every translatable text of `data`, where text
// is a QString& when `data` may be changed. One walk serves both the list of texts and translated(),
// so the two can never disagree about which fields a language gives.
template<typename Data, typename Visit> void visitTexts(Data &data, Visit &&visit)
{
    const Location &dataSetFile = data.location;
    const QString dataSetName = diagnostic(QT_TRANSLATE_NOOP("Diagnostics", "the data set"));
    visit(QStringLiteral("dataset"), dataSetName, dataSetFile, QStringLiteral("title"), data.title);
    visit(QStringLiteral("dataset"), dataSetName, dataSetFile, QStringLiteral("description"), data.description);
    for (auto &c : data.categories) {
        const QString record = QStringLiteral("categories/") + c.id;
        const QString what = recordName(QStringLiteral("categories"), c.id);
        visit(record, what, c.location, QStringLiteral("title"), c.title);
    }
    for (auto &o : data.officeKinds) {
        const QString record = QStringLiteral("offices/") + o.id;
        const QString what = recordName(QStringLiteral("offices"), o.id);
        visit(record, what, o.location, QStringLiteral("title"), o.title);
    }
    for (auto &l : data.standingLevels) {
        const QString record = QStringLiteral("standing/") + l.id;
        const QString what = recordName(QStringLiteral("standing"), l.id);
        visit(record, what, l.location, QStringLiteral("title"), l.title);
        visit(record, what, l.location, QStringLiteral("description"), l.description);
    }
    for (auto &e : data.events) {
        const QString record = QStringLiteral("events/") + e.id;
        const QString what = recordName(QStringLiteral("events"), e.id);
        visit(record, what, e.location, QStringLiteral("title"), e.title);
        visit(record, what, e.location, QStringLiteral("summary"), e.summary);
        visit(record, what, e.location, QStringLiteral("notes"), e.notes);
        if (e.misconception) {
            visit(record, what, e.location, QStringLiteral("misconception/claim"), e.misconception->claim);
            visit(record, what, e.location, QStringLiteral("misconception/correction"), e.misconception->correction);
        }
    }
    for (auto &a : data.actors) {
        const QString record = QStringLiteral("actors/") + a.id;
        const QString what = recordName(QStringLiteral("actors"), a.id);
        visit(record, what, a.location, QStringLiteral("name"), a.name);
        visit(record, what, a.location, QStringLiteral("fate_note"), a.fateNote);
        visit(record, what, a.location, QStringLiteral("summary"), a.summary);
        for (auto &p : a.standing) {
            const QString date = p.date.toIso();
            const QString pointRecord = record + QStringLiteral("/standing/") + date;
            const QString pointWhat
                = diagnostic(QT_TRANSLATE_NOOP("Diagnostics", "the standing of actor '%1' from %2")).arg(a.id, date);
            visit(pointRecord, pointWhat, p.location, QStringLiteral("reason"), p.reason);
            visit(pointRecord, pointWhat, p.location, QStringLiteral("contested"), p.contested);
        }
        for (auto &s : a.statuses) {
            const QString date = s.date.toIso();
            visit(record + QStringLiteral("/statuses/") + date,
                diagnostic(QT_TRANSLATE_NOOP("Diagnostics", "the status of actor '%1' on %2")).arg(a.id, date),
                s.location, QStringLiteral("note"), s.note);
        }
    }
    for (auto &x : data.factions) {
        const QString record = QStringLiteral("factions/") + x.id;
        const QString what = recordName(QStringLiteral("factions"), x.id);
        visit(record, what, x.location, QStringLiteral("name"), x.name);
        visit(record, what, x.location, QStringLiteral("short"), x.shortName);
        visit(record, what, x.location, QStringLiteral("description"), x.description);
    }
    for (auto &s : data.series) {
        const QString record = QStringLiteral("series/") + s.id;
        const QString what = recordName(QStringLiteral("series"), s.id);
        visit(record, what, s.location, QStringLiteral("title"), s.title);
        visit(record, what, s.location, QStringLiteral("unit"), s.unit);
        visit(record, what, s.location, QStringLiteral("basis"), s.basis);
    }
    for (auto &p : data.periods) {
        const QString record = QStringLiteral("periods/") + p.id;
        const QString what = recordName(QStringLiteral("periods"), p.id);
        visit(record, what, p.location, QStringLiteral("title"), p.title);
        visit(record, what, p.location, QStringLiteral("ended"), p.ended);
        visit(record, what, p.location, QStringLiteral("description"), p.description);
    }
    for (auto &t : data.tours) {
        const QString record = QStringLiteral("tours/") + t.id;
        const QString what = recordName(QStringLiteral("tours"), t.id);
        visit(record, what, t.location, QStringLiteral("title"), t.title);
        visit(record, what, t.location, QStringLiteral("description"), t.description);
        int number = 0;
        for (auto &step : t.steps) {
            ++number;
            const QString stepRecord = record + QStringLiteral("/steps/") + QString::number(number);
            const QString stepWhat
                = diagnostic(QT_TRANSLATE_NOOP("Diagnostics", "step %1 of tour '%2'")).arg(number).arg(t.id);
            visit(stepRecord, stepWhat, step.location, QStringLiteral("title"), step.title);
            visit(stepRecord, stepWhat, step.location, QStringLiteral("narration"), step.narration);
            visit(stepRecord, stepWhat, step.location, QStringLiteral("teacher_note"), step.teacherNote);
        }
    }
    for (auto &d : data.documents) {
        const QString record = QStringLiteral("documents/") + d.id;
        const QString what = recordName(QStringLiteral("documents"), d.id);
        visit(record, what, d.location, QStringLiteral("title"), d.title);
        visit(record, what, d.location, QStringLiteral("author"), d.author);
        visit(record, what, d.location, QStringLiteral("extract"), d.extract);
        visit(record, what, d.location, QStringLiteral("origin"), d.origin);
        visit(record, what, d.location, QStringLiteral("translation"), d.translation);
    }
    for (auto &p : data.places) {
        const QString record = QStringLiteral("places/") + p.id;
        const QString what = recordName(QStringLiteral("places"), p.id);
        visit(record, what, p.location, QStringLiteral("name"), p.name);
        visit(record, what, p.location, QStringLiteral("notes"), p.notes);
    }
}

} // namespace

QString recordName(const QString &table, const QString &id)
{
    // Whole phrases, not a kind and an id joined: a language puts the quotation marks and the word
    // order its own way ("событие «kirov-murder»").
    static const std::map<QString, const char *> names {
        {QStringLiteral("categories"), QT_TRANSLATE_NOOP("Diagnostics", "category '%1'")},
        {QStringLiteral("offices"), QT_TRANSLATE_NOOP("Diagnostics", "office '%1'")},
        {QStringLiteral("standing"), QT_TRANSLATE_NOOP("Diagnostics", "standing level '%1'")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("Diagnostics", "event '%1'")},
        {QStringLiteral("actors"), QT_TRANSLATE_NOOP("Diagnostics", "actor '%1'")},
        {QStringLiteral("factions"), QT_TRANSLATE_NOOP("Diagnostics", "faction '%1'")},
        {QStringLiteral("series"), QT_TRANSLATE_NOOP("Diagnostics", "series '%1'")},
        {QStringLiteral("periods"), QT_TRANSLATE_NOOP("Diagnostics", "period '%1'")},
        {QStringLiteral("tours"), QT_TRANSLATE_NOOP("Diagnostics", "tour '%1'")},
        {QStringLiteral("documents"), QT_TRANSLATE_NOOP("Diagnostics", "document '%1'")},
        {QStringLiteral("places"), QT_TRANSLATE_NOOP("Diagnostics", "place '%1'")},
    };
    const auto found = names.find(table);
    if (found == names.end())
        return QStringLiteral("%1 '%2'").arg(table, id);
    return diagnostic(found->second).arg(id);
}

std::vector<TranslatableText> translatableTexts(const DataSet &data)
{
    std::vector<TranslatableText> texts;
    visitTexts(data,
        [&](const QString &record, const QString &what, const Location &where, const QString &field,
            const QString &text) {
            if (!text.isEmpty())
                texts.push_back({record + u'/' + field, record, field, what, where, text});
        });
    return texts;
}

QString sourceLanguage(const DataSet &data)
{
    return data.languages.isEmpty() ? QStringLiteral("en") : data.languages.front();
}

DataSet translated(const DataSet &data, const QString &language)
{
    DataSet result = data;
    const auto catalogue = data.translations.find(language);
    if (catalogue == data.translations.end())
        return result;
    const TextCatalogue &texts = catalogue->second;
    visitTexts(
        result, [&](const QString &record, const QString &, const Location &, const QString &field, QString &text) {
            if (text.isEmpty())
                return;
            const auto found = texts.constFind(record + u'/' + field);
            if (found != texts.constEnd())
                text = found.value();
        });
    return result;
}

TranslationCoverage translationCoverage(const DataSet &data, const QString &language)
{
    TranslationCoverage coverage;
    const auto catalogue = data.translations.find(language);
    for (const TranslatableText &t : translatableTexts(data)) {
        ++coverage.total;
        if (language == sourceLanguage(data)
            || (catalogue != data.translations.end() && catalogue->second.contains(t.key)))
            ++coverage.translated;
    }
    return coverage;
}

QString sourceTextHash(const QStringList &keys, const QHash<QString, QString> &sourceTexts)
{
    QStringList sorted = keys;
    sorted.sort();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &key : sorted)
        hash.addData((key + u'\t' + sourceTexts.value(key).simplified() + u'\n').toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(8));
}

int stampTranslations(const DataSet &data, QString *error)
{
    QHash<QString, QString> sources;
    for (const TranslatableText &t : translatableTexts(data))
        sources.insert(t.key, t.text);
    // Each file's edits from the bottom up, so that the lines and columns of the ones above still hold.
    std::map<QString, std::vector<const TranslationStamp *>> byFile;
    for (const TranslationStamp &stamp : data.translationStamps) {
        if (!stamp.keys.isEmpty())
            byFile[stamp.where.file].push_back(&stamp);
    }
    int stamped = 0;
    for (auto &[file, stamps] : byFile) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(file, in.errorString());
            return -1;
        }
        QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
        in.close();
        std::sort(stamps.begin(), stamps.end(), [](const TranslationStamp *a, const TranslationStamp *b) {
            return std::pair(a->where.line, a->where.column) > std::pair(b->where.line, b->where.column);
        });
        bool changed = false;
        for (const TranslationStamp *stamp : stamps) {
            const QString hash = sourceTextHash(stamp->keys, sources);
            if (hash == stamp->hash)
                continue;
            const QString value = u'"' + hash + u'"';
            if (stamp->hashAt.line > 0 && stamp->hashAt.line <= lines.size()) {
                // The old value, plain or quoted, ends at its closing quote or before a comma, brace or space.
                QString &line = lines[stamp->hashAt.line - 1];
                const qsizetype from = stamp->hashAt.column - 1;
                qsizetype to = from;
                if (to < line.size() && (line[to] == u'"' || line[to] == u'\'')) {
                    const QChar quote = line[to];
                    to = line.indexOf(quote, to + 1);
                    to = to < 0 ? line.size() : to + 1;
                } else {
                    while (to < line.size() && line[to] != u',' && line[to] != u'}' && !line[to].isSpace())
                        ++to;
                }
                line.replace(from, to - from, value);
            } else if (stamp->where.line > 0 && stamp->where.line <= lines.size()) {
                QString &line = lines[stamp->where.line - 1];
                const qsizetype at = stamp->where.column - 1;
                if (at < line.size() && line[at] == u'{') {
                    // A record on one line: the hash is its first field.
                    qsizetype after = at + 1;
                    while (after < line.size() && line[after] == u' ')
                        ++after;
                    line.insert(after, QStringLiteral("source_hash: %1, ").arg(value));
                } else if (stamp->firstValueLine == stamp->where.line) {
                    // Under the id, step or date, at the record's indentation.
                    lines.insert(stamp->where.line, QString(at, u' ') + QStringLiteral("source_hash: ") + value);
                } else {
                    // Before the first field, which takes over the line's "- " if it had one.
                    const QString prefix = line.left(at);
                    lines.insert(stamp->where.line - 1, prefix + QStringLiteral("source_hash: ") + value);
                    lines[stamp->where.line].replace(0, at, QString(at, u' '));
                }
            } else {
                continue;
            }
            changed = true;
            ++stamped;
        }
        if (changed && !writeFileAtomically(file, lines.join(u'\n').toUtf8(), error))
            return -1;
    }
    return stamped;
}

} // namespace khronika
