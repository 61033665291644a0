#include "DataSetLoader.h"

#include "Bibliography.h"
#include "ChartData.h"
#include "Colour.h"
#include "Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QResource>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace khronika {

namespace {

const QString kDataSetFile = QStringLiteral("dataset.yaml");
// The largest magnitude a figure may have: far above any quantity of the period (grain in tonnes, people),
// far below where a chart's arithmetic overflows.
constexpr double kLargestNumber = 1e15;

bool isSlug(const QString &id)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.match(id).hasMatch();
}

QString quoted(const QString &s)
{
    return u'\'' + s + u'\'';
}

// A name in `files:` as a path inside the folder, or nothing when it leads out of it. "./a.yaml" and
// "a.yaml" are the same file; "a..yaml" is a name like any other.
std::optional<QString> nameInsideFolder(const QString &name)
{
    if (QDir::isAbsolutePath(name) || name.startsWith(u'~'))
        return std::nullopt;
    const QString clean = QDir::cleanPath(name);
    if (clean == u".." || clean.startsWith(QStringLiteral("../")))
        return std::nullopt;
    return clean;
}

// The fields each kind of mapping may have: the one list the loader checks against and fieldsOf()
// reports. A kind is the list a record sits in ("events"), or a path to a nested mapping
// ("events.actors"); "citation" is the { ref, page } form of a source reference on any record.
struct FieldTable {
    const char *kind;
    std::initializer_list<const char *> fields;
};
const FieldTable kFieldTable[] = {
    {"dataset",
        {"title", "description", "licence", "languages", "unfinished", "period", "files", "translations", "categories",
            "offices", "standing"}},
    {"dataset.period", {"from", "to"}},
    {"dataset.categories", {"id", "title"}},
    {"dataset.offices", {"id", "title", "rank"}},
    {"dataset.standing", {"id", "title", "description"}},
    {"citation", {"ref", "page", "author_note"}},
    {"sources", {"id", "author", "title", "year", "publisher", "url", "author_note"}},
    {"events",
        {"id", "title", "date", "end", "category", "importance", "actors", "factions", "summary", "sources", "notes",
            "author_note", "misconception", "place", "places", "region"}},
    {"events.actors", {"id", "role", "posthumous"}},
    {"events.misconception", {"claim", "correction"}},
    {"actors",
        {"id", "name", "native_name", "born", "died", "fate", "fate_note", "summary", "offices", "memberships",
            "statuses", "standing", "sources"}},
    {"actors.offices", {"office", "title", "from", "to", "rank"}},
    {"actors.memberships", {"faction", "from", "to"}},
    {"actors.statuses", {"date", "status", "note", "author_note"}},
    {"actors.standing", {"date", "level", "reason", "contested", "sources"}},
    {"factions", {"id", "name", "short", "colour", "from", "to", "description", "sources"}},
    {"series", {"id", "title", "unit", "group", "basis", "author_note", "measure", "interpolate", "sources", "points"}},
    {"series.points", {"date", "value", "kind", "variant", "checked", "caveat", "measure"}},
    {"periods", {"id", "title", "from", "to", "plan", "ended", "description", "sources"}},
    {"tours", {"id", "title", "description", "steps"}},
    {"tours.steps",
        {"title", "events", "range", "actors", "narration", "teacher_note", "chart", "plots", "document", "baseline",
            "view"}},
    {"tours.steps.range", {"from", "to"}},
    {"documents", {"id", "title", "date", "author", "extract", "origin", "translation", "events", "sources"}},
    {"places",
        {"id", "name", "lat", "lon", "precision", "outline", "named_from", "inset", "notes", "author_note", "sources"}},
    // A translation file: the texts of one language, record by record. A field of a translation kind is
    // a text of the source record with the same name, unless it is "id", "author_note", the "step" or
    // "date" that picks an item of a nested list, or names a nested kind of its own ("misconception").
    {"translation",
        {"language", "dataset", "categories", "offices", "standing", "events", "actors", "factions", "series",
            "periods", "tours", "documents", "places"}},
    {"translation.dataset", {"source_hash", "title", "description"}},
    {"translation.categories", {"id", "source_hash", "title", "author_note"}},
    {"translation.offices", {"id", "source_hash", "title", "author_note"}},
    {"translation.standing", {"id", "source_hash", "title", "description", "author_note"}},
    {"translation.events", {"id", "source_hash", "title", "summary", "notes", "misconception", "author_note"}},
    {"translation.events.misconception", {"claim", "correction"}},
    {"translation.actors",
        {"id", "source_hash", "name", "fate_note", "summary", "standing", "statuses", "author_note"}},
    {"translation.actors.standing", {"date", "source_hash", "reason", "contested"}},
    {"translation.actors.statuses", {"date", "source_hash", "note"}},
    {"translation.factions", {"id", "source_hash", "name", "short", "description", "author_note"}},
    {"translation.series", {"id", "source_hash", "title", "unit", "basis", "author_note"}},
    {"translation.periods", {"id", "source_hash", "title", "ended", "description", "author_note"}},
    {"translation.tours", {"id", "source_hash", "title", "description", "steps", "author_note"}},
    {"translation.tours.steps", {"step", "source_hash", "title", "narration", "teacher_note"}},
    {"translation.documents",
        {"id", "source_hash", "title", "author", "extract", "origin", "translation", "author_note"}},
    {"translation.places", {"id", "source_hash", "name", "notes", "author_note"}},
};

bool hasKind(std::string_view kind)
{
    for (const FieldTable &t : kFieldTable) {
        if (kind == t.kind)
            return true;
    }
    return false;
}

std::initializer_list<const char *> fieldsFor(std::string_view kind)
{
    for (const FieldTable &t : kFieldTable) {
        if (kind == t.kind)
            return t.fields;
    }
    // Only a kind misspelt in this file gets here; it would reject every field, which every test of
    // the loader would show.
    Q_ASSERT(false);
    return {};
}

// Reads the fields of one YAML mapping, reporting unknown keys, missing fields and wrong types at
// their place in the file.
class Fields
{
public:
    Fields(const YamlTree &tree, const YamlNode *node, Diagnostics &diagnostics, const QString &what,
        std::initializer_list<const char *> allowed)
        : m_tree(tree)
        , m_node(node)
        , m_diagnostics(diagnostics)
        , m_what(what)
    {
        if (!node || !node->isMap()) {
            m_diagnostics.error(m_tree.locationOf(node),
                QCoreApplication::translate("Diagnostics", "%1 must be a mapping of fields, found %2")
                    .arg(what, node ? node->kindName() : QStringLiteral("nothing")));
            m_valid = false;
            return;
        }
        for (const auto &[key, value] : node->map) {
            if (!key->isScalar()) {
                m_diagnostics.error(m_tree.locationOf(key),
                    QCoreApplication::translate("Diagnostics", "a field name must be plain text"));
                continue;
            }
            bool known = false;
            for (const char *a : allowed)
                known = known || key->scalar == QLatin1StringView(a);
            if (!known) {
                QStringList names;
                for (const char *a : allowed)
                    names << QString::fromLatin1(a);
                m_diagnostics.error(m_tree.locationOf(key),
                    QCoreApplication::translate("Diagnostics", "unknown field %1 in %2 (expected one of: %3)")
                        .arg(quoted(key->scalar), what, names.join(u", ")));
            }
        }
    }

    bool valid() const { return m_valid; }
    const YamlNode *node() const { return m_node; }
    Location location() const { return m_tree.locationOf(m_node); }
    Location locationOf(const YamlNode *n) const { return m_tree.locationOf(n); }
    Diagnostics &diagnostics() { return m_diagnostics; }
    const YamlTree &tree() const { return m_tree; }

    const YamlNode *get(const char *key) const
    {
        if (!m_valid)
            return nullptr;
        const YamlNode *v = m_node->value(QLatin1StringView(key));
        return (v && v->kind == YamlNode::Kind::Null) ? nullptr : v;
    }

    bool has(const char *key) const { return get(key) != nullptr; }

    void missing(const char *key)
    {
        if (m_valid)
            m_diagnostics.error(location(),
                QCoreApplication::translate("Diagnostics", "%1 has no %2").arg(m_what, QLatin1StringView(key)));
    }

    QString string(const char *key, bool required)
    {
        const YamlNode *v = get(key);
        if (!v) {
            if (required)
                missing(key);
            return {};
        }
        if (!v->isScalar()) {
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate("Diagnostics", "%1 must be text, found %2")
                    .arg(QLatin1StringView(key), v->kindName()));
            return {};
        }
        const QString text = v->scalar.trimmed();
        if (required && text.isEmpty())
            m_diagnostics.error(
                locationOf(v), QCoreApplication::translate("Diagnostics", "%1 is empty").arg(QLatin1StringView(key)));
        return text;
    }

    QString id()
    {
        const QString value = string("id", true);
        if (!value.isEmpty() && !isSlug(value))
            m_diagnostics.error(locationOf(get("id")),
                QCoreApplication::translate(
                    "Diagnostics", "id %1 is not a slug (lower-case letters, digits and hyphens)")
                    .arg(quoted(value)));
        return value;
    }

    std::optional<Date> date(const char *key, bool required) { return dateOf(get(key), key, required); }

    // The `from` and `to` of anything that lasts; reports a `to` before the `from` as "`what` ends
    // before it starts" at the `to`.
    struct Span {
        std::optional<Date> from;
        std::optional<Date> to;
    };
    Span span(bool toRequired, const char *what)
    {
        Span s {date("from", true), date("to", toRequired)};
        if (s.from && s.to && s.to->lastDay() < s.from->firstDay())
            m_diagnostics.error(locationOf(get("to")),
                QCoreApplication::translate("Diagnostics", "%1 ends before it starts").arg(QLatin1StringView(what)));
        return s;
    }

    std::optional<Date> dateOf(const YamlNode *v, const char *key, bool required)
    {
        if (!v) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v->isScalar()) {
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate("Diagnostics", "%1 must be a date, found %2")
                    .arg(QLatin1StringView(key), v->kindName()));
            return std::nullopt;
        }
        const auto d = Date::parse(v->scalar.trimmed());
        if (!d)
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate(
                    "Diagnostics", "%1 %2 is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
                    .arg(QLatin1StringView(key), quoted(v->scalar)));
        return d;
    }

    std::optional<qint64> integer(const char *key, bool required, qint64 min, qint64 max)
    {
        const YamlNode *v = get(key);
        if (!v) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        bool ok = false;
        // Read as decimal text: yaml-cpp would take a leading 0 as octal.
        const qint64 n = v->isScalar() && !v->quoted ? v->scalar.trimmed().toLongLong(&ok, 10) : 0;
        if (!ok || n < min || n > max) {
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate("Diagnostics", "%1 must be a whole number from %2 to %3, found %4")
                    .arg(QLatin1StringView(key))
                    .arg(min)
                    .arg(max)
                    .arg(v->isScalar() ? quoted(v->scalar) : v->kindName()));
            return std::nullopt;
        }
        return n;
    }

    std::optional<double> number(const char *key, bool required)
    {
        const YamlNode *v = get(key);
        if (!v) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        bool ok = false;
        const double n = v->isScalar() && !v->quoted ? v->scalar.trimmed().toDouble(&ok) : 0;
        // 1.79e308 is finite, but the sums and scales of a chart overflow long before it.
        if (ok && std::isfinite(n) && std::abs(n) > kLargestNumber) {
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate("Diagnostics", "%1 %2 is too large to draw (at most %3 either way)")
                    .arg(QLatin1StringView(key), quoted(v->scalar), QString::number(kLargestNumber, 'g')));
            return std::nullopt;
        }
        if (!ok || !std::isfinite(n)) {
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate("Diagnostics", "%1 must be a number, found %2")
                    .arg(QLatin1StringView(key), v->isScalar() ? quoted(v->scalar) : v->kindName()));
            return std::nullopt;
        }
        return n;
    }

    std::optional<bool> boolean(const char *key)
    {
        const YamlNode *v = get(key);
        if (!v)
            return std::nullopt;
        if (v->isScalar() && !v->quoted && (v->scalar == u"true" || v->scalar == u"false"))
            return v->scalar == u"true";
        m_diagnostics.error(locationOf(v),
            QCoreApplication::translate("Diagnostics", "%1 must be true or false").arg(QLatin1StringView(key)));
        return std::nullopt;
    }

    // The items of a list field; reports a field that is not a list.
    std::vector<const YamlNode *> list(const char *key, bool required)
    {
        const YamlNode *v = get(key);
        if (!v) {
            if (required)
                missing(key);
            return {};
        }
        if (!v->isSequence()) {
            m_diagnostics.error(locationOf(v),
                QCoreApplication::translate("Diagnostics", "%1 must be a list, found %2")
                    .arg(QLatin1StringView(key), v->kindName()));
            return {};
        }
        return v->items;
    }

    // A list of ids, each a slug.
    std::vector<QString> idList(const char *key)
    {
        std::vector<QString> ids;
        for (const YamlNode *item : list(key, false)) {
            if (!item->isScalar() || !isSlug(item->scalar)) {
                m_diagnostics.error(locationOf(item),
                    QCoreApplication::translate("Diagnostics", "each entry of %1 must be an id")
                        .arg(QLatin1StringView(key)));
                continue;
            }
            ids.push_back(item->scalar);
        }
        return ids;
    }

private:
    const YamlTree &m_tree;
    const YamlNode *m_node;
    Diagnostics &m_diagnostics;
    QString m_what;
    bool m_valid = true;
};

// A reference to a record, kept with its place so that it can be checked once every file is read.
struct PendingRef {
    enum class Kind { Event, Actor, Faction, Category, Office, Source, Document, Place };
    Kind kind;
    QString id;
    Location location;
};

QString kindName(PendingRef::Kind kind)
{
    switch (kind) {
    case PendingRef::Kind::Event:
        return QStringLiteral("event");
    case PendingRef::Kind::Actor:
        return QStringLiteral("actor");
    case PendingRef::Kind::Faction:
        return QStringLiteral("faction");
    case PendingRef::Kind::Category:
        return QStringLiteral("category");
    case PendingRef::Kind::Office:
        return QStringLiteral("office");
    case PendingRef::Kind::Source:
        return QStringLiteral("source");
    case PendingRef::Kind::Document:
        return QStringLiteral("document");
    case PendingRef::Kind::Place:
        return QStringLiteral("place");
    }
    return {};
}

class Loader
{
public:
    Loader(LoadResult &result)
        : m_data(result.data)
        , m_diag(result.diagnostics)
    { }

    // What checkReferences() looks at: the whole data set, or only what a tour file added to a data set
    // checked already (whose sources need not be cited again by the tours).
    enum class Scope { WholeDataSet, AddedRecords };

    void readDataSetFile(const YamlTree &tree, std::vector<std::pair<QString, Location>> &files,
        std::vector<std::pair<QString, Location>> &translationFiles);
    // A translation file gives the texts of one declared language for records read already: it is read
    // after every record file.
    void readTranslationFile(const YamlTree &tree);
    // A declared language that is not unfinished must give every text: each record missing some is a
    // warning at the record.
    void checkTranslationsComplete();
    void checkStaleTranslations();
    void readRecordFile(const YamlTree &tree);
    // A tour file holds only tours.
    void readTourFile(const YamlTree &tree);
    void checkReferences(Scope scope = Scope::WholeDataSet);
    void warnOnCopySitesNamed();
    void checkCitationsCanBeChecked();
    void checkConsistency();
    // Events lie within the period dataset.yaml declares and a tour step's range overlaps it; every other
    // date lies within a century of it (a year 0500 or 9999 is a typing slip, not history).
    void checkDates(Scope scope = Scope::WholeDataSet);

private:
    std::vector<SourceRef> sourceRefs(Fields &f, bool required);
    void ref(PendingRef::Kind kind, const QString &id, const Location &where) { m_refs.push_back({kind, id, where}); }
    template<typename Record> void checkUnique(const std::vector<Record> &records, const QString &what);

    void readSource(Fields &f);
    void readEvent(Fields &f);
    void readActor(Fields &f);
    void readFaction(Fields &f);
    void readSeries(Fields &f);
    std::optional<Series::Measure> measureOf(Fields &f);
    void readPeriod(Fields &f);
    void readTour(Fields &f);
    void readDocument(Fields &f);
    void readPlace(Fields &f);
    // The places an event names: each must exist, a region must be an area, and none may be named for
    // a day before the place had that name.
    void checkPlaces();

    void checkStanding(const Actor &actor);
    void readLanguages(Fields &f, const YamlTree &tree);
    void readTranslatedFields(Fields &f, const std::string &kind, const QString &record, const QString &what,
        TextCatalogue &catalogue, const QString &language);
    QStringList fileList(Fields &f, const YamlTree &tree, const char *key, bool required,
        std::vector<std::pair<QString, Location>> &files);

    DataSet &m_data;
    Diagnostics &m_diag;
    std::vector<PendingRef> m_refs;
    // Each standing point's level, where it is written: checked against dataset.yaml's scale.
    std::vector<std::pair<QString, Location>> m_levelRefs;
    // The source texts a translation may give (by key) and their records (by key, in words), built
    // once every record file is read.
    QSet<QString> m_textKeys;
    QHash<QString, QString> m_recordNames;
    // Each place an event names, where it is written and the event's date.
    struct PlaceUse {
        enum class As { Place, Route, Region };
        QString place;
        As as = As::Place;
        Date date;
        Location location;
    };
    std::vector<PlaceUse> m_placeUses;
};

QStringList Loader::fileList(
    Fields &f, const YamlTree &tree, const char *key, bool required, std::vector<std::pair<QString, Location>> &files)
{
    QStringList names;
    for (const YamlNode *item : f.list(key, required)) {
        if (!item->isScalar() || item->scalar.isEmpty()) {
            m_diag.error(tree.locationOf(item),
                QCoreApplication::translate("Diagnostics", "each entry of %1 must be a file name")
                    .arg(QLatin1StringView(key)));
            continue;
        }
        const auto name = nameInsideFolder(item->scalar);
        if (!name) {
            m_diag.error(tree.locationOf(item),
                QCoreApplication::translate("Diagnostics", "file %1 must lie inside the data set's folder")
                    .arg(quoted(item->scalar)));
            continue;
        }
        files.emplace_back(*name, tree.locationOf(item));
        names << *name;
    }
    return names;
}

void Loader::readLanguages(Fields &f, const YamlTree &tree)
{
    // A language code as BCP 47 begins: two or three lower-case letters ("en", "ru", "uk").
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    for (const YamlNode *item : f.list("languages", false)) {
        if (!item->isScalar() || !code.match(item->scalar).hasMatch()) {
            m_diag.error(tree.locationOf(item),
                QCoreApplication::translate("Diagnostics",
                    "each entry of languages must be a language code of two or three lower-case letters "
                    "(en, ru), found %1")
                    .arg(item->isScalar() ? quoted(item->scalar) : item->kindName()));
            continue;
        }
        if (m_data.languages.contains(item->scalar)) {
            m_diag.error(tree.locationOf(item),
                QCoreApplication::translate("Diagnostics", "language %1 is declared twice").arg(quoted(item->scalar)));
            continue;
        }
        m_data.languages << item->scalar;
    }
    for (const YamlNode *item : f.list("unfinished", false)) {
        const QString language = item->isScalar() ? item->scalar : item->kindName();
        if (!item->isScalar() || !m_data.languages.contains(language))
            m_diag.error(tree.locationOf(item),
                QCoreApplication::translate("Diagnostics", "unfinished language %1 is not declared in languages")
                    .arg(quoted(language)));
        else if (language == m_data.languages.front())
            m_diag.error(tree.locationOf(item),
                QCoreApplication::translate(
                    "Diagnostics", "%1 is the source language: its texts are the record files themselves")
                    .arg(quoted(language)));
        else
            m_data.unfinishedLanguages << language;
    }
    for (qsizetype i = 1; i < m_data.languages.size(); ++i)
        m_data.translations[m_data.languages[i]];
}

void Loader::readDataSetFile(const YamlTree &tree, std::vector<std::pair<QString, Location>> &files,
    std::vector<std::pair<QString, Location>> &translationFiles)
{
    Fields f(tree, tree.root(), m_diag, QStringLiteral("dataset.yaml"), fieldsFor("dataset"));
    if (!f.valid())
        return;
    m_data.location = f.location();
    m_data.title = f.string("title", true);
    m_data.description = f.string("description", false);
    m_data.licence = f.string("licence", false);
    if (const YamlNode *p = f.get("period")) {
        Fields period(
            tree, p, m_diag, QCoreApplication::translate("Diagnostics", "the period"), fieldsFor("dataset.period"));
        const auto [from, to] = period.span(true, "the period");
        if (from && to) {
            m_data.periodFrom = *from;
            m_data.periodTo = *to;
        }
    } else {
        f.missing("period");
    }
    fileList(f, tree, "files", true, files);
    readLanguages(f, tree);
    const QStringList translations = fileList(f, tree, "translations", false, translationFiles);
    if (!translations.isEmpty() && m_data.languages.size() < 2)
        m_diag.error(f.locationOf(f.get("translations")),
            QCoreApplication::translate(
                "Diagnostics", "translation files need a second language in languages (e.g. languages: [en, ru])"));
    QSet<QString> seen;
    for (const YamlNode *item : f.list("categories", true)) {
        Fields c(tree, item, m_diag, QCoreApplication::translate("Diagnostics", "a category"),
            fieldsFor("dataset.categories"));
        if (!c.valid())
            continue;
        Category cat {c.id(), c.string("title", true), c.location()};
        if (seen.contains(cat.id))
            m_diag.error(c.location(),
                QCoreApplication::translate("Diagnostics", "category %1 is declared twice").arg(quoted(cat.id)));
        seen.insert(cat.id);
        m_data.categories.push_back(cat);
    }
    seen.clear();
    for (const YamlNode *item : f.list("offices", true)) {
        Fields o(
            tree, item, m_diag, QCoreApplication::translate("Diagnostics", "an office"), fieldsFor("dataset.offices"));
        if (!o.valid())
            continue;
        OfficeKind kind {
            o.id(), o.string("title", true), int(o.integer("rank", true, 1, 10).value_or(1)), o.location()};
        if (seen.contains(kind.id))
            m_diag.error(o.location(),
                QCoreApplication::translate("Diagnostics", "office %1 is declared twice").arg(quoted(kind.id)));
        seen.insert(kind.id);
        m_data.officeKinds.push_back(kind);
    }
    seen.clear();
    const YamlNode *standing = f.get("standing");
    for (const YamlNode *item : f.list("standing", false)) {
        Fields l(tree, item, m_diag, QCoreApplication::translate("Diagnostics", "a standing level"),
            fieldsFor("dataset.standing"));
        if (!l.valid())
            continue;
        StandingLevel level {l.id(), l.string("title", true), l.string("description", true), l.location()};
        if (seen.contains(level.id))
            m_diag.error(l.location(),
                QCoreApplication::translate("Diagnostics", "standing level %1 is declared twice")
                    .arg(quoted(level.id)));
        seen.insert(level.id);
        m_data.standingLevels.push_back(level);
    }
    if (standing && standing->isSequence() && standing->items.empty())
        m_diag.error(tree.locationOf(standing),
            QCoreApplication::translate("Diagnostics", "standing must declare at least one level"));
}

void Loader::readTourFile(const YamlTree &tree)
{
    const YamlNode *root = tree.root();
    if (root && root->isMap()) {
        for (const auto &[key, value] : root->map) {
            if (!key->isScalar() || key->scalar != u"tours") {
                m_diag.error(tree.locationOf(key),
                    QCoreApplication::translate("Diagnostics", "a tour file holds only tours, not %1")
                        .arg(quoted(key->isScalar() ? key->scalar : key->kindName())));
                return;
            }
        }
    }
    if (!root && !m_diag.hasErrors())
        m_diag.error(tree.locationOf(nullptr), QCoreApplication::translate("Diagnostics", "the tour file is empty"));
    readRecordFile(tree);
}

void Loader::readRecordFile(const YamlTree &tree)
{
    const YamlNode *root = tree.root();
    if (!root) {
        return;
    }
    if (!root->isMap()) {
        m_diag.error(tree.locationOf(root),
            QCoreApplication::translate("Diagnostics",
                "a data file must be a mapping with lists of records "
                "(sources, events, actors, factions, series, periods, tours, documents, places)"));
        return;
    }
    using Reader = void (Loader::*)(Fields &);
    struct Kind {
        const char *key;
        const char *what;
        Reader read;
    };
    static const Kind kinds[] = {
        {"sources", QT_TRANSLATE_NOOP("Diagnostics", "a source"), &Loader::readSource},
        {"events", QT_TRANSLATE_NOOP("Diagnostics", "an event"), &Loader::readEvent},
        {"actors", QT_TRANSLATE_NOOP("Diagnostics", "an actor"), &Loader::readActor},
        {"factions", QT_TRANSLATE_NOOP("Diagnostics", "a faction"), &Loader::readFaction},
        {"series", QT_TRANSLATE_NOOP("Diagnostics", "a series"), &Loader::readSeries},
        {"periods", QT_TRANSLATE_NOOP("Diagnostics", "a period"), &Loader::readPeriod},
        {"tours", QT_TRANSLATE_NOOP("Diagnostics", "a tour"), &Loader::readTour},
        {"documents", QT_TRANSLATE_NOOP("Diagnostics", "a document"), &Loader::readDocument},
        {"places", QT_TRANSLATE_NOOP("Diagnostics", "a place"), &Loader::readPlace},
    };
    for (const auto &[key, value] : root->map) {
        const Kind *kind = nullptr;
        for (const Kind &k : kinds) {
            if (key->isScalar() && key->scalar == QLatin1StringView(k.key))
                kind = &k;
        }
        if (!kind) {
            m_diag.error(tree.locationOf(key),
                QCoreApplication::translate("Diagnostics",
                    "unknown list %1 (expected sources, events, actors, factions, series, periods, tours, "
                    "documents or places)")
                    .arg(quoted(key->isScalar() ? key->scalar : key->kindName())));
            continue;
        }
        if (value->kind == YamlNode::Kind::Null)
            continue;
        if (!value->isSequence()) {
            m_diag.error(tree.locationOf(value),
                QCoreApplication::translate("Diagnostics", "%1 must be a list, found %2")
                    .arg(QLatin1StringView(kind->key), value->kindName()));
            continue;
        }
        for (const YamlNode *item : value->items) {
            Fields f(tree, item, m_diag, QCoreApplication::translate("Diagnostics", kind->what), fieldsFor(kind->key));
            if (f.valid())
                (this->*(kind->read))(f);
        }
    }
}

void Loader::readTranslationFile(const YamlTree &tree)
{
    const YamlNode *root = tree.root();
    if (!root)
        return;
    Fields f(
        tree, root, m_diag, QCoreApplication::translate("Diagnostics", "a translation file"), fieldsFor("translation"));
    if (!f.valid())
        return;
    if (m_recordNames.isEmpty()) {
        for (const TranslatableText &t : translatableTexts(m_data)) {
            m_textKeys.insert(t.key);
            m_recordNames.insert(t.record, t.what);
        }
    }
    const QString language = f.string("language", true);
    TextCatalogue ignored;
    TextCatalogue *catalogue = &ignored;
    if (!language.isEmpty()) {
        const YamlNode *where = f.get("language");
        if (!m_data.languages.contains(language))
            m_diag.error(f.locationOf(where),
                QCoreApplication::translate(
                    "Diagnostics", "language %1 is not declared in dataset.yaml's languages (%2)")
                    .arg(quoted(language), m_data.languages.join(QStringLiteral(", "))));
        else if (language == m_data.languages.front())
            m_diag.error(f.locationOf(where),
                QCoreApplication::translate(
                    "Diagnostics", "%1 is the source language: its texts are the record files themselves")
                    .arg(quoted(language)));
        else
            catalogue = &m_data.translations[language];
    }
    // The problems of a file in an undeclared language are still reported, against a catalogue no one reads.
    if (const YamlNode *d = f.get("dataset")) {
        Fields fields(tree, d, m_diag, QCoreApplication::translate("Diagnostics", "the data set's translation"),
            fieldsFor("translation.dataset"));
        if (fields.valid())
            readTranslatedFields(fields, "translation.dataset", QStringLiteral("dataset"),
                QCoreApplication::translate("Diagnostics", "the data set"), *catalogue, language);
    }
    for (const char *kind : {"categories", "offices", "standing", "events", "actors", "factions", "series", "periods",
             "tours", "documents", "places"}) {
        const std::string tableKind = std::string("translation.") + kind;
        for (const YamlNode *item : f.list(kind, false)) {
            Fields record(tree, item, m_diag,
                QCoreApplication::translate("Diagnostics", "a translated record of %1").arg(QLatin1StringView(kind)),
                fieldsFor(tableKind));
            if (!record.valid())
                continue;
            const QString id = record.id();
            if (id.isEmpty())
                continue;
            const QString key = QLatin1StringView(kind) + u'/' + id;
            const auto name = m_recordNames.constFind(key);
            if (name == m_recordNames.constEnd()) {
                m_diag.error(record.locationOf(record.get("id")),
                    QCoreApplication::translate("Diagnostics", "there is no %1 to translate")
                        .arg(recordName(QLatin1StringView(kind), id)));
                continue;
            }
            readTranslatedFields(record, tableKind, key, name.value(), *catalogue, language);
        }
    }
}

void Loader::readTranslatedFields(Fields &f, const std::string &kind, const QString &record, const QString &what,
    TextCatalogue &catalogue, const QString &language)
{
    TranslationStamp stamp;
    stamp.language = language;
    stamp.record = record;
    stamp.what = what;
    stamp.where = f.location();
    if (f.node() && f.node()->isMap() && !f.node()->map.empty())
        stamp.firstValueLine = f.node()->map.front().second->line;
    if (const YamlNode *hash = f.get("source_hash")) {
        stamp.hashAt = f.locationOf(hash);
        stamp.hash = f.string("source_hash", false);
    }
    const auto give = [&](const QString &key, const QString &text) {
        catalogue.insert(key, text);
        stamp.keys << key;
    };
    for (const char *field : fieldsFor(kind)) {
        const std::string name(field);
        if (name == "id" || name == "step" || name == "date" || name == "source_hash")
            continue;
        if (name == "author_note") {
            const QString note = f.string(field, false);
            if (!note.isEmpty())
                catalogue.insert(record + QStringLiteral("/author_note"), note);
            continue;
        }
        const std::string nested = kind + '.' + name;
        const QString fieldName = QString::fromLatin1(field);
        if (hasKind(nested)) {
            const YamlNode *v = f.get(field);
            if (!v)
                continue;
            if (v->isMap()) {
                // A nested mapping (a misconception): its fields are texts of the same record.
                Fields inner(f.tree(), v, m_diag,
                    QCoreApplication::translate("Diagnostics", "a translated %1").arg(fieldName), fieldsFor(nested));
                if (!inner.valid())
                    continue;
                for (const char *sub : fieldsFor(nested)) {
                    const QString text = inner.string(sub, false);
                    const QString subName = fieldName + u'/' + QLatin1StringView(sub);
                    const QString key = record + u'/' + subName;
                    if (text.isEmpty())
                        continue;
                    if (!m_textKeys.contains(key))
                        m_diag.error(inner.locationOf(inner.get(sub)),
                            QCoreApplication::translate("Diagnostics", "%1 has no %2 to translate").arg(what, subName));
                    else if (catalogue.contains(key))
                        m_diag.error(inner.locationOf(inner.get(sub)),
                            QCoreApplication::translate("Diagnostics", "%1 of %2 is translated into %3 twice")
                                .arg(subName, what, language));
                    else
                        give(key, text);
                }
                continue;
            }
            // A nested list (tour steps, standing points, statuses): each item names the item it
            // translates by its step number or date.
            bool byStep = false;
            for (const char *sub : fieldsFor(nested))
                byStep = byStep || std::string_view(sub) == "step";
            for (const YamlNode *item : f.list(field, false)) {
                Fields inner(f.tree(), item, m_diag,
                    QCoreApplication::translate("Diagnostics", "a translated item of %1").arg(fieldName),
                    fieldsFor(nested));
                if (!inner.valid())
                    continue;
                QString itemKey;
                QString itemWhat;
                if (byStep) {
                    const auto step = inner.integer("step", true, 1, 100000);
                    if (!step)
                        continue;
                    itemKey = QString::number(*step);
                    itemWhat = QCoreApplication::translate("Diagnostics", "step %1").arg(*step);
                } else {
                    const auto date = inner.date("date", true);
                    if (!date)
                        continue;
                    itemKey = date->toIso();
                    itemWhat
                        = QCoreApplication::translate("Diagnostics", "%1 dated %2")
                              .arg(name == "standing" ? QCoreApplication::translate("Diagnostics", "standing point")
                                                      : QCoreApplication::translate("Diagnostics", "status"),
                                  itemKey);
                }
                const QString itemRecord = record + u'/' + fieldName + u'/' + itemKey;
                const auto itemName = m_recordNames.constFind(itemRecord);
                if (itemName == m_recordNames.constEnd()) {
                    m_diag.error(inner.location(),
                        QCoreApplication::translate("Diagnostics", "%1 has no %2 to translate").arg(what, itemWhat));
                    continue;
                }
                readTranslatedFields(inner, nested, itemRecord, itemName.value(), catalogue, language);
            }
            continue;
        }
        const QString text = f.string(field, false);
        if (text.isEmpty())
            continue;
        const QString key = record + u'/' + fieldName;
        if (!m_textKeys.contains(key))
            m_diag.error(f.locationOf(f.get(field)),
                QCoreApplication::translate("Diagnostics", "%1 has no %2 to translate").arg(what, fieldName));
        else if (catalogue.contains(key))
            m_diag.error(f.locationOf(f.get(field)),
                QCoreApplication::translate("Diagnostics", "%1 of %2 is translated into %3 twice")
                    .arg(fieldName, what, language));
        else
            give(key, text);
    }
    // A file in an undeclared language or the source language is read against a catalogue no one
    // keeps; its records are not stamped either.
    if ((!stamp.keys.isEmpty() || !stamp.hash.isEmpty()) && m_data.languages.indexOf(language) > 0)
        m_data.translationStamps.push_back(std::move(stamp));
}

void Loader::checkStaleTranslations()
{
    // A translation whose source_hash no longer matches the source texts it gives was made from an
    // earlier wording: the translator should look again, then stamp it anew.
    QHash<QString, QString> sources;
    for (const TranslatableText &t : translatableTexts(m_data))
        sources.insert(t.key, t.text);
    for (const TranslationStamp &stamp : m_data.translationStamps) {
        if (stamp.hash.isEmpty())
            continue;
        const QString now = sourceTextHash(stamp.keys, sources);
        if (now == stamp.hash)
            continue;
        QStringList fields;
        for (const QString &key : stamp.keys)
            fields << key.mid(stamp.record.size() + 1);
        m_diag.warning(stamp.hashAt,
            QCoreApplication::translate("Diagnostics",
                "%1: the %2 texts it translates (%3) have changed since the %4 translation was stamped "
                "(source_hash %5, now %6): check the translation, then run khronika-check --stamp-translations")
                .arg(stamp.what, sourceLanguage(m_data), fields.join(u", "), stamp.language, stamp.hash, now));
    }
}

void Loader::checkTranslationsComplete()
{
    const std::vector<TranslatableText> texts = translatableTexts(m_data);
    for (qsizetype i = 1; i < m_data.languages.size(); ++i) {
        const QString &language = m_data.languages[i];
        if (m_data.unfinishedLanguages.contains(language))
            continue;
        const TextCatalogue &catalogue = m_data.translations[language];
        // The texts of one record lie together: one warning a record, naming its untranslated fields.
        for (size_t first = 0; first < texts.size();) {
            size_t end = first;
            QStringList missing;
            while (end < texts.size() && texts[end].record == texts[first].record) {
                if (!catalogue.contains(texts[end].key))
                    missing << texts[end].field;
                ++end;
            }
            if (!missing.isEmpty())
                m_diag.warning(texts[first].location,
                    QCoreApplication::translate("Diagnostics", "%1 has no %2 text for %3")
                        .arg(texts[first].what, language, missing.join(u", ")));
            first = end;
        }
    }
}

std::vector<SourceRef> Loader::sourceRefs(Fields &f, bool required)
{
    std::vector<SourceRef> refs;
    for (const YamlNode *item : f.list("sources", required)) {
        SourceRef r;
        r.location = f.locationOf(item);
        if (item->isScalar()) {
            r.ref = item->scalar;
        } else {
            Fields c(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "a citation"),
                fieldsFor("citation"));
            if (!c.valid())
                continue;
            r.ref = c.string("ref", true);
            r.page = c.string("page", false);
            r.authorNote = c.string("author_note", false);
        }
        if (r.ref.isEmpty())
            continue;
        ref(PendingRef::Kind::Source, r.ref, r.location);
        refs.push_back(r);
    }
    if (required && f.has("sources") && refs.empty())
        m_diag.error(f.locationOf(f.get("sources")),
            QCoreApplication::translate("Diagnostics", "sources must cite at least one work"));
    return refs;
}

void Loader::readSource(Fields &f)
{
    Source s;
    s.location = f.location();
    s.id = f.id();
    s.author = f.string("author", true);
    s.title = f.string("title", true);
    s.year = int(f.integer("year", true, 1, 9999).value_or(0));
    s.publisher = f.string("publisher", false);
    s.url = f.string("url", false);
    s.authorNote = f.string("author_note", false);
    if (!s.url.isEmpty() && !s.url.startsWith(u"https://") && !s.url.startsWith(u"http://"))
        m_diag.error(f.locationOf(f.get("url")),
            QCoreApplication::translate("Diagnostics", "url must start with https:// or http://"));
    m_data.sources.push_back(s);
}

void Loader::readEvent(Fields &f)
{
    Event e;
    e.location = f.location();
    e.id = f.id();
    e.title = f.string("title", true);
    const auto date = f.date("date", true);
    e.end = f.date("end", false);
    if (date && e.end && e.end->lastDay() < date->firstDay())
        m_diag.error(f.locationOf(f.get("end")),
            QCoreApplication::translate("Diagnostics", "the event ends (%1) before it starts (%2)")
                .arg(e.end->toIso(), date->toIso()));
    e.category = f.string("category", true);
    if (!e.category.isEmpty())
        ref(PendingRef::Kind::Category, e.category, f.locationOf(f.get("category")));
    e.importance = int(f.integer("importance", true, 1, 3).value_or(1));
    for (const YamlNode *item : f.list("actors", false)) {
        ActorRef a;
        a.location = f.locationOf(item);
        if (item->isScalar()) {
            a.id = item->scalar;
        } else {
            Fields r(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "an actor of an event"),
                fieldsFor("events.actors"));
            if (!r.valid())
                continue;
            a.id = r.string("id", true);
            a.role = r.string("role", false);
            a.posthumous = r.boolean("posthumous").value_or(false);
        }
        if (a.id.isEmpty())
            continue;
        ref(PendingRef::Kind::Actor, a.id, a.location);
        e.actors.push_back(a);
    }
    for (const YamlNode *item : f.list("factions", false)) {
        if (item->isScalar())
            ref(PendingRef::Kind::Faction, item->scalar, f.locationOf(item));
    }
    e.factions = f.idList("factions");
    e.summary = f.string("summary", true);
    e.sources = sourceRefs(f, true);
    e.notes = f.string("notes", false);
    e.authorNote = f.string("author_note", false);
    if (const YamlNode *m = f.get("misconception")) {
        Fields mc(f.tree(), m, m_diag, QCoreApplication::translate("Diagnostics", "a misconception"),
            fieldsFor("events.misconception"));
        if (mc.valid())
            e.misconception = Misconception {mc.string("claim", true), mc.string("correction", true)};
    }
    const auto placeId = [&](const char *key) {
        const QString id = f.string(key, false);
        if (!id.isEmpty() && !isSlug(id)) {
            m_diag.error(f.locationOf(f.get(key)),
                QStringLiteral("%1 must be a place id, found %2").arg(QLatin1StringView(key), quoted(id)));
            return QString();
        }
        return id;
    };
    e.place = placeId("place");
    e.region = placeId("region");
    e.route = f.idList("places");
    if (f.has("places") && f.get("places")->isSequence() && f.get("places")->items.size() < 2)
        m_diag.error(f.locationOf(f.get("places")),
            QStringLiteral("a route (places) needs at least two places, from and to; one place is `place: id`"));
    for (size_t i = 1; i < e.route.size(); ++i) {
        if (e.route[i] == e.route[i - 1])
            m_diag.error(f.locationOf(f.get("places")->items[i]),
                QStringLiteral("the route goes from %1 to %1: a stop is named twice in a row").arg(quoted(e.route[i])));
    }
    // Without a date the event has no place on the timeline; its problem is already reported.
    if (!date)
        return;
    e.date = *date;
    const auto use = [&](const QString &id, PlaceUse::As as, const YamlNode *where) {
        if (!id.isEmpty())
            m_placeUses.push_back({id, as, e.date, f.locationOf(where)});
    };
    use(e.place, PlaceUse::As::Place, f.get("place"));
    use(e.region, PlaceUse::As::Region, f.get("region"));
    if (const YamlNode *route = f.get("places"); route && route->isSequence()) {
        for (const YamlNode *item : route->items) {
            if (item->isScalar() && isSlug(item->scalar))
                use(item->scalar, PlaceUse::As::Route, item);
        }
    }
    m_data.events.push_back(std::move(e));
}

void Loader::readActor(Fields &f)
{
    Actor a;
    a.location = f.location();
    a.id = f.id();
    a.name = f.string("name", true);
    a.nativeName = f.string("native_name", true);
    a.born = f.date("born", true).value_or(Date {});
    a.died = f.date("died", false);
    const QString fate = f.string("fate", true);
    if (!fate.isEmpty()) {
        if (const auto parsed = fateFromName(fate))
            a.fate = *parsed;
        else
            m_diag.error(f.locationOf(f.get("fate")),
                QCoreApplication::translate("Diagnostics",
                    "fate %1 is not one of alive, natural, executed, murdered, suicide, "
                    "died-in-custody, killed-in-action, unknown")
                    .arg(quoted(fate)));
    }
    if (a.died && a.fate == Actor::Fate::Alive)
        m_diag.error(f.locationOf(f.get("fate")),
            QCoreApplication::translate("Diagnostics", "the actor died but their fate is 'alive'"));
    if (!a.died && f.has("fate") && a.fate != Actor::Fate::Alive && a.fate != Actor::Fate::Unknown)
        m_diag.error(f.location(),
            QCoreApplication::translate("Diagnostics", "fate %1 needs the date the actor died").arg(quoted(fate)));
    a.fateNote = f.string("fate_note", false);
    a.summary = f.string("summary", true);
    for (const YamlNode *item : f.list("offices", false)) {
        Fields o(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "an office"),
            fieldsFor("actors.offices"));
        if (!o.valid())
            continue;
        Office office;
        office.location = o.location();
        office.office = o.string("office", true);
        if (!office.office.isEmpty())
            ref(PendingRef::Kind::Office, office.office, o.locationOf(o.get("office")));
        office.title = o.string("title", false);
        const auto [from, to] = o.span(false, "the office");
        office.to = to;
        office.rank = int(o.integer("rank", false, 1, 10).value_or(0));
        if (!from)
            continue;
        office.from = *from;
        a.offices.push_back(office);
    }
    for (const YamlNode *item : f.list("memberships", false)) {
        Fields m(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "a membership"),
            fieldsFor("actors.memberships"));
        if (!m.valid())
            continue;
        Membership ms;
        ms.location = m.location();
        ms.faction = m.string("faction", true);
        if (!ms.faction.isEmpty())
            ref(PendingRef::Kind::Faction, ms.faction, m.locationOf(m.get("faction")));
        const auto [from, to] = m.span(false, "the membership");
        ms.to = to;
        if (!from)
            continue;
        ms.from = *from;
        a.memberships.push_back(ms);
    }
    for (const YamlNode *item : f.list("statuses", false)) {
        Fields s(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "a status"),
            fieldsFor("actors.statuses"));
        if (!s.valid())
            continue;
        Status st;
        st.location = s.location();
        const auto date = s.date("date", true);
        const QString name = s.string("status", true);
        const auto kind = statusFromName(name);
        if (!name.isEmpty() && !kind)
            m_diag.error(s.locationOf(s.get("status")),
                QCoreApplication::translate("Diagnostics",
                    "status %1 is not one of expelled, reinstated, exiled, deported, arrested, "
                    "released, imprisoned, executed, murdered, died")
                    .arg(quoted(name)));
        st.note = s.string("note", false);
        st.authorNote = s.string("author_note", false);
        if (!date || !kind)
            continue;
        st.date = *date;
        st.kind = *kind;
        a.statuses.push_back(st);
    }
    for (const YamlNode *item : f.list("standing", false)) {
        Fields s(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "a standing point"),
            fieldsFor("actors.standing"));
        if (!s.valid())
            continue;
        StandingPoint point;
        point.location = s.location();
        const auto date = s.date("date", true);
        point.level = s.string("level", true);
        if (!point.level.isEmpty())
            m_levelRefs.push_back({point.level, s.locationOf(s.get("level"))});
        point.reason = s.string("reason", true);
        point.contested = s.string("contested", false);
        point.sources = sourceRefs(s, true);
        if (!date)
            continue;
        point.date = *date;
        a.standing.push_back(std::move(point));
    }
    a.sources = sourceRefs(f, true);
    m_data.actors.push_back(std::move(a));
}

void Loader::readFaction(Fields &f)
{
    Faction x;
    x.location = f.location();
    x.id = f.id();
    x.name = f.string("name", true);
    x.shortName = f.string("short", false);
    x.colour = f.string("colour", true);
    if (!x.colour.isEmpty() && !Rgb::parse(x.colour))
        m_diag.error(f.locationOf(f.get("colour")),
            QCoreApplication::translate(
                "Diagnostics", "colour %1 is not of the form \"#RRGGBB\" (quote it: # starts a YAML comment)")
                .arg(quoted(x.colour)));
    const auto [from, to] = f.span(false, "the faction");
    x.to = to;
    if (from)
        x.from = *from;
    x.description = f.string("description", true);
    x.sources = sourceRefs(f, true);
    m_data.factions.push_back(std::move(x));
}

std::optional<Series::Measure> Loader::measureOf(Fields &f)
{
    const QString measure = f.string("measure", true);
    for (const Series::Measure m : {Series::Measure::Count, Series::Measure::Year, Series::Measure::AgriculturalYear}) {
        if (measure == measureName(int(m)))
            return m;
    }
    if (!measure.isEmpty())
        m_diag.error(f.locationOf(f.get("measure")),
            QCoreApplication::translate("Diagnostics", "measure %1 is not count, year or agricultural-year")
                .arg(quoted(measure)));
    return std::nullopt;
}

void Loader::readSeries(Fields &f)
{
    Series s;
    s.location = f.location();
    s.id = f.id();
    s.title = f.string("title", true);
    s.unit = f.string("unit", true);
    s.group = f.string("group", true);
    s.basis = f.string("basis", true);
    s.authorNote = f.string("author_note", false);
    if (!f.has("measure")) {
        m_diag.warning(s.location,
            QCoreApplication::translate(
                "Diagnostics", "series %1 does not say what its points are (measure: count, year or agricultural-year)")
                .arg(quoted(s.id)));
    } else if (const auto measure = measureOf(f)) {
        s.measure = *measure;
    }
    s.interpolate = f.boolean("interpolate").value_or(false);
    s.sources = sourceRefs(f, true);
    for (const YamlNode *item : f.list("points", true)) {
        Fields p(
            f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "a point"), fieldsFor("series.points"));
        if (!p.valid())
            continue;
        SeriesPoint pt;
        pt.location = p.location();
        const auto date = p.date("date", true);
        const auto value = p.number("value", true);
        const QString kind = p.string("kind", true);
        if (kind == u"target")
            pt.kind = SeriesPoint::Kind::Target;
        else if (!kind.isEmpty() && kind != u"actual")
            m_diag.error(p.locationOf(p.get("kind")),
                QCoreApplication::translate("Diagnostics", "kind %1 is not actual or target").arg(quoted(kind)));
        pt.variant = p.string("variant", false);
        if (!pt.variant.isEmpty() && pt.kind != SeriesPoint::Kind::Target)
            m_diag.error(p.locationOf(p.get("variant")),
                QCoreApplication::translate("Diagnostics", "only a target has a plan variant"));
        pt.checked = p.boolean("checked").value_or(true);
        pt.caveat = p.string("caveat", false);
        if (p.has("measure"))
            pt.measure = measureOf(p);
        if (!date || !value)
            continue;
        pt.date = *date;
        pt.value = *value;
        s.points.push_back(pt);
    }
    if (f.has("points") && s.points.empty() && f.get("points")->isSequence() && f.get("points")->items.empty())
        m_diag.error(f.locationOf(f.get("points")),
            QCoreApplication::translate("Diagnostics", "a series needs at least one point"));
    m_data.series.push_back(std::move(s));
}

void Loader::readPeriod(Fields &f)
{
    Period p;
    p.location = f.location();
    p.id = f.id();
    p.title = f.string("title", true);
    const auto [from, to] = f.span(true, "the period");
    p.plan = f.boolean("plan").value_or(false);
    p.ended = f.string("ended", false);
    p.description = f.string("description", false);
    p.sources = sourceRefs(f, false);
    if (!from || !to)
        return;
    p.from = *from;
    p.to = *to;
    m_data.periods.push_back(std::move(p));
}

void Loader::readTour(Fields &f)
{
    Tour t;
    t.location = f.location();
    t.id = f.id();
    t.title = f.string("title", true);
    t.description = f.string("description", false);
    for (const YamlNode *item : f.list("steps", true)) {
        Fields s(f.tree(), item, m_diag, QCoreApplication::translate("Diagnostics", "a tour step"),
            fieldsFor("tours.steps"));
        if (!s.valid())
            continue;
        TourStep step;
        step.location = s.location();
        step.title = s.string("title", true);
        for (const YamlNode *e : s.list("events", false)) {
            if (e->isScalar())
                ref(PendingRef::Kind::Event, e->scalar, s.locationOf(e));
        }
        step.events = s.idList("events");
        for (const YamlNode *a : s.list("actors", false)) {
            if (a->isScalar())
                ref(PendingRef::Kind::Actor, a->scalar, s.locationOf(a));
        }
        step.actors = s.idList("actors");
        if (const YamlNode *r = s.get("range")) {
            Fields range(f.tree(), r, m_diag, QCoreApplication::translate("Diagnostics", "a range"),
                fieldsFor("tours.steps.range"));
            const auto [from, to] = range.span(true, "the range");
            step.rangeFrom = from;
            step.rangeTo = to;
        }
        if (step.events.empty() && !s.has("range"))
            m_diag.error(
                s.location(), QCoreApplication::translate("Diagnostics", "a tour step needs events or a range"));
        step.narration = s.string("narration", true);
        step.teacherNote = s.string("teacher_note", false);
        step.chart = s.string("chart", false);
        step.document = s.string("document", false);
        if (!step.document.isEmpty())
            ref(PendingRef::Kind::Document, step.document, s.locationOf(s.get("document")));
        if (!step.chart.isEmpty() && !economyChartIds().contains(step.chart)) {
            m_diag.error(s.locationOf(s.get("chart")),
                QCoreApplication::translate("Diagnostics", "unknown chart '%1' (the charts are %2)")
                    .arg(step.chart, economyChartIds().join(QStringLiteral(", "))));
            step.chart.clear();
        }
        const QStringList plots = economyChartPlots(step.chart);
        for (const YamlNode *p : s.list("plots", false)) {
            if (!p->isScalar())
                continue;
            const auto known = std::find_if(plots.begin(), plots.end(),
                [&](const QString &plot) { return plot.compare(p->scalar, Qt::CaseInsensitive) == 0; });
            if (step.chart.isEmpty() || known == plots.end())
                m_diag.error(s.locationOf(p),
                    step.chart.isEmpty()
                        ? QCoreApplication::translate(
                            "Diagnostics", "plot %1 names no chart's plot: give the step a chart")
                              .arg(quoted(p->scalar))
                        : QCoreApplication::translate("Diagnostics", "unknown plot %1 of chart '%2' (its plots are %3)")
                              .arg(quoted(p->scalar), step.chart,
                                  plots.isEmpty() ? QCoreApplication::translate("Diagnostics", "none: it is one plot")
                                                  : plots.join(QStringLiteral(", "))));
            else
                step.plots.push_back(*known);
        }
        step.baseline = s.date("baseline", false);
        if (step.baseline && step.chart.isEmpty())
            m_diag.error(s.locationOf(s.get("baseline")),
                QCoreApplication::translate("Diagnostics", "a baseline is for a step with a chart"));
        if (const YamlNode *view = s.get("view")) {
            const QString name = s.string("view", false);
            if (name == u"map")
                step.showsMap = true;
            else if (name != u"chart" && view->isScalar()) // not text: string() has said so
                m_diag.error(s.locationOf(view),
                    QCoreApplication::translate("Diagnostics", "unknown view %1 (a step's view is chart or map)")
                        .arg(quoted(name)));
            if (step.showsMap && s.has("chart"))
                m_diag.error(s.locationOf(view),
                    QCoreApplication::translate(
                        "Diagnostics", "a step shows its chart or the map, not both: remove the chart or the view"));
        }
        t.steps.push_back(std::move(step));
    }
    if (t.steps.empty() && f.get("steps") && f.get("steps")->isSequence())
        m_diag.error(f.location(), QCoreApplication::translate("Diagnostics", "a tour needs at least one step"));
    m_data.tours.push_back(std::move(t));
}

// An extract long enough to read aloud, short enough to stay a quotation: about 80 words. The limit
// allows a little over, so that a sentence need not be cut in the middle.
constexpr int kMaxExtractWords = 90;

void Loader::readDocument(Fields &f)
{
    Document d;
    d.location = f.location();
    d.id = f.id();
    d.title = f.string("title", true);
    const auto date = f.date("date", true);
    d.author = f.string("author", true);
    d.extract = f.string("extract", true).simplified();
    d.origin = f.string("origin", true);
    d.translation = f.string("translation", true);
    for (const YamlNode *e : f.list("events", true)) {
        if (e->isScalar())
            ref(PendingRef::Kind::Event, e->scalar, f.locationOf(e));
    }
    d.events = f.idList("events");
    if (f.has("events") && d.events.empty())
        m_diag.error(f.locationOf(f.get("events")),
            QCoreApplication::translate("Diagnostics", "a document must belong to at least one event"));
    d.sources = sourceRefs(f, true);
    if (d.wordCount() > kMaxExtractWords)
        m_diag.warning(f.locationOf(f.get("extract")),
            QCoreApplication::translate(
                "Diagnostics", "the extract of %1 has %2 words; keep an extract to about 80 (at most %3)")
                .arg(quoted(d.id))
                .arg(d.wordCount())
                .arg(kMaxExtractWords));
    if (!date)
        return;
    d.date = *date;
    m_data.documents.push_back(std::move(d));
}

// A latitude and longitude in degrees, read from a YAML number; `what` names it in an error.
std::optional<double> degreesOf(
    const YamlTree &tree, const YamlNode *v, const QString &what, double limit, Diagnostics &diagnostics)
{
    bool ok = false;
    const double n = v && v->isScalar() && !v->quoted ? v->scalar.trimmed().toDouble(&ok) : 0;
    if (!ok || !std::isfinite(n) || std::abs(n) > limit) {
        diagnostics.error(tree.locationOf(v),
            QStringLiteral("%1 must be a number of degrees from -%2 to %2, found %3")
                .arg(what)
                .arg(limit)
                .arg(v && v->isScalar() ? quoted(v->scalar)
                        : v             ? v->kindName()
                                        : QStringLiteral("nothing")));
        return std::nullopt;
    }
    return n;
}

void Loader::readPlace(Fields &f)
{
    Place p;
    p.location = f.location();
    p.id = f.id();
    p.name = f.string("name", true);
    // Both are read before either is judged, so that each problem is reported.
    const auto coordinate = [&](const char *key, double limit) -> std::optional<double> {
        const YamlNode *v = f.get(key);
        if (!v) {
            f.missing(key);
            return std::nullopt;
        }
        return degreesOf(f.tree(), v, QLatin1StringView(key), limit, m_diag);
    };
    const YamlNode *lat = f.get("lat");
    const std::optional<double> latitude = coordinate("lat", 90);
    const std::optional<double> longitude = coordinate("lon", 180);
    const QString precision = f.string("precision", true);
    if (const auto parsed = precisionFromName(precision))
        p.precision = *parsed;
    else if (!precision.isEmpty())
        m_diag.error(f.locationOf(f.get("precision")),
            QStringLiteral("precision %1 is not site, town or area").arg(quoted(precision)));
    p.namedFrom = f.date("named_from", false);
    p.inset = f.boolean("inset").value_or(false);
    p.notes = f.string("notes", false);
    p.authorNote = f.string("author_note", false);
    p.sources = sourceRefs(f, true);
    // A place off the main map would be drawn at its edge, or not at all: it belongs in an inset.
    const auto offTheMap = [&](const YamlNode *where, double la, double lo, const QString &what) {
        if (p.inset || onMainMap(la, lo))
            return;
        m_diag.error(f.locationOf(where),
            QStringLiteral("%1 (%2 N, %3 E) lies outside the main map (latitude %4 to %5 N, longitude %6 to %7 E): "
                           "mark the place inset: true to draw it in an inset")
                .arg(what, QString::number(la), QString::number(lo), QString::number(kMainMap.south),
                    QString::number(kMainMap.north), QString::number(kMainMap.west), QString::number(kMainMap.east)));
    };
    if (latitude.has_value() && longitude.has_value()) {
        p.latitude = latitude.value();
        p.longitude = longitude.value();
        offTheMap(lat, p.latitude, p.longitude, QStringLiteral("place %1").arg(quoted(p.id)));
    }
    const std::vector<const YamlNode *> outline = f.list("outline", false);
    for (const YamlNode *point : outline) {
        if (!point->isSequence() || point->items.size() != 2) {
            m_diag.error(f.locationOf(point), QStringLiteral("each point of an outline must be [lat, lon]"));
            continue;
        }
        const auto la = degreesOf(f.tree(), point->items[0], QStringLiteral("an outline's lat"), 90, m_diag);
        const auto lo = degreesOf(f.tree(), point->items[1], QStringLiteral("an outline's lon"), 180, m_diag);
        if (!la || !lo)
            continue;
        offTheMap(point, *la, *lo, QStringLiteral("a point of the outline of %1").arg(quoted(p.id)));
        p.outline.emplace_back(*la, *lo);
    }
    if (p.precision == Place::Precision::Area && f.has("precision") && outline.size() < 3)
        m_diag.error(f.has("outline") ? f.locationOf(f.get("outline")) : f.location(),
            QStringLiteral("an area needs an outline of at least three [lat, lon] points"));
    if (p.precision != Place::Precision::Area && f.has("outline"))
        m_diag.error(f.locationOf(f.get("outline")),
            QStringLiteral("only an area has an outline (precision: area); a %1 is a point")
                .arg(precisionName(p.precision)));
    m_data.places.push_back(std::move(p));
}

void Loader::checkPlaces()
{
    QHash<QString, const Place *> places;
    for (const Place &p : m_data.places)
        places.insert(p.id, &p);
    for (const PlaceUse &use : m_placeUses) {
        const Place *p = places.value(use.place);
        if (!p) {
            m_diag.error(use.location,
                QStringLiteral("unknown place %1: no place with this id is in the data set").arg(quoted(use.place)));
            continue;
        }
        if (use.as == PlaceUse::As::Region && p->precision != Place::Precision::Area)
            m_diag.error(use.location,
                QStringLiteral("region %1 is a %2, not an area: a region must be a place of precision area (or "
                               "write place: %1)")
                    .arg(quoted(p->id), precisionName(p->precision)));
        if (p->namedFrom && use.date.lastDay() < p->namedFrom->firstDay())
            m_diag.error(use.location,
                QStringLiteral("the event (%1) comes before %2 had that name (named_from %3)")
                    .arg(use.date.toIso(), quoted(p->id), p->namedFrom->toIso()));
    }
}

// A standing line is drawn as steps from each point to the next and ends at death, so the points must
// run in date order within the actor's life, and a career the data set shows must have a standing from
// its first day in the period: a line that starts late would leave the chart silent where it matters.
void Loader::checkStanding(const Actor &a)
{
    if (m_data.standingLevels.empty()) {
        if (!a.standing.empty())
            m_diag.error(a.standing.front().location,
                QCoreApplication::translate(
                    "Diagnostics", "%1 has standing points but dataset.yaml declares no standing levels")
                    .arg(a.id));
        return;
    }
    if (a.standing.empty()) {
        if (!a.offices.empty())
            m_diag.error(a.location,
                QCoreApplication::translate("Diagnostics",
                    "%1 holds offices but has no standing: give dated standing points "
                    "(a level, a reason and a source each)")
                    .arg(a.id));
        return;
    }
    const StandingPoint *previous = nullptr;
    for (const StandingPoint &p : a.standing) {
        if (p.date.lastDay() < a.born.firstDay())
            m_diag.error(p.location,
                QCoreApplication::translate("Diagnostics", "a standing point of %1 on %2 comes before their birth")
                    .arg(a.id, p.date.toIso()));
        if (a.died && p.date.firstDay() > a.died->lastDay())
            m_diag.error(p.location,
                QCoreApplication::translate(
                    "Diagnostics", "a standing point of %1 on %2 comes after their death on %3: the line ends at death")
                    .arg(a.id, p.date.toIso(), a.died->toIso()));
        if (previous && p.date.firstDay() <= previous->date.firstDay())
            m_diag.error(p.location,
                QCoreApplication::translate("Diagnostics", "standing points of %1 must be in date order: %2 follows %3")
                    .arg(a.id, p.date.toIso(), previous->date.toIso()));
        previous = &p;
    }
    if (a.offices.empty() || m_data.periodFrom.isNull())
        return;
    Day careerStart = std::numeric_limits<Day>::max();
    for (const Office &o : a.offices)
        careerStart = std::min(careerStart, o.from.firstDay());
    const Day required = std::max({careerStart, m_data.periodFrom.firstDay(), a.born.firstDay()});
    const Day lastDay = a.died ? a.died->lastDay() : m_data.periodTo.lastDay();
    if (required > lastDay || required > m_data.periodTo.lastDay())
        return;
    const StandingPoint &first = a.standing.front();
    if (first.date.firstDay() > required)
        m_diag.error(first.location,
            QCoreApplication::translate("Diagnostics",
                "a gap in the standing of %1: it starts on %2, but their career is shown from %3; "
                "give a point on or before %3")
                .arg(a.id, first.date.toIso(), Date::fromDay(required).toIso()));
}

template<typename Record> void Loader::checkUnique(const std::vector<Record> &records, const QString &what)
{
    QHash<QString, Location> seen;
    for (const Record &r : records) {
        if (r.id.isEmpty())
            continue;
        const auto it = seen.constFind(r.id);
        if (it != seen.constEnd())
            m_diag.error(r.location,
                QCoreApplication::translate("Diagnostics", "duplicate %1 id %2 (first declared at %3)")
                    .arg(what, quoted(r.id), it->toString()));
        else
            seen.insert(r.id, r.location);
    }
}

void Loader::checkReferences(Scope scope)
{
    checkUnique(m_data.sources, QStringLiteral("source"));
    checkUnique(m_data.events, QStringLiteral("event"));
    checkUnique(m_data.actors, QStringLiteral("actor"));
    checkUnique(m_data.factions, QStringLiteral("faction"));
    checkUnique(m_data.series, QStringLiteral("series"));
    checkUnique(m_data.periods, QStringLiteral("period"));
    checkUnique(m_data.tours, QStringLiteral("tour"));
    checkUnique(m_data.documents, QStringLiteral("document"));
    checkUnique(m_data.places, QStringLiteral("place"));

    QHash<PendingRef::Kind, QSet<QString>> known;
    for (const auto &r : m_data.events)
        known[PendingRef::Kind::Event].insert(r.id);
    for (const auto &r : m_data.actors)
        known[PendingRef::Kind::Actor].insert(r.id);
    for (const auto &r : m_data.factions)
        known[PendingRef::Kind::Faction].insert(r.id);
    for (const auto &r : m_data.categories)
        known[PendingRef::Kind::Category].insert(r.id);
    for (const auto &r : m_data.officeKinds)
        known[PendingRef::Kind::Office].insert(r.id);
    for (const auto &r : m_data.documents)
        known[PendingRef::Kind::Document].insert(r.id);
    QSet<QString> cited;
    for (const auto &r : m_data.sources)
        known[PendingRef::Kind::Source].insert(r.id);
    for (const PendingRef &r : m_refs) {
        if (r.kind == PendingRef::Kind::Source)
            cited.insert(r.id);
        if (!known[r.kind].contains(r.id)) {
            const QString declared = r.kind == PendingRef::Kind::Category || r.kind == PendingRef::Kind::Office
                ? QCoreApplication::translate("Diagnostics", " declared in dataset.yaml")
                : QString();
            m_diag.error(r.location,
                QCoreApplication::translate("Diagnostics", "unknown %1 %2: no %1 with this id is%3")
                    .arg(kindName(r.kind), quoted(r.id),
                        declared.isEmpty() ? QCoreApplication::translate("Diagnostics", " in the data set")
                                           : declared));
        }
    }
    if (scope == Scope::AddedRecords)
        return;
    for (const Source &s : m_data.sources) {
        if (!cited.contains(s.id))
            m_diag.warning(
                s.location, QCoreApplication::translate("Diagnostics", "source %1 is never cited").arg(quoted(s.id)));
        const QString problem = citabilityProblem(s);
        if (!problem.isEmpty())
            m_diag.warning(s.location, problem);
    }
    warnOnCopySitesNamed();
    checkCitationsCanBeChecked();
    checkPlaces();
}

// A site that hosts copies of books is no source a school accepts, wherever it is named: in a citation's
// page, a series' basis or a source's own fields a student would be sent to it, and in an author's note
// the next author would. Where a figure was read in a copy, the printed work is cited with its page or
// table; a note may say that a copy was read, without naming the site.
void Loader::warnOnCopySitesNamed()
{
    const auto checkRef = [&](const SourceRef &ref) {
        if (namesCopySite(ref.page))
            m_diag.warning(ref.location,
                QCoreApplication::translate("Diagnostics",
                    "the page given for %1 names a site that hosts copies: cite the printed page or "
                    "table instead")
                    .arg(quoted(ref.ref)));
        if (namesCopySite(ref.authorNote))
            m_diag.warning(ref.location,
                QCoreApplication::translate("Diagnostics",
                    "the author's note on the citation of %1 names a site that hosts copies: say that "
                    "a copy was read, without naming the site")
                    .arg(quoted(ref.ref)));
    };
    const auto checkNote = [&](const QString &note, const Location &location, const QString &record) {
        if (namesCopySite(note))
            m_diag.warning(location,
                QCoreApplication::translate("Diagnostics",
                    "the author's note of %1 names a site that hosts copies: name the printed work "
                    "read, without naming the site")
                    .arg(record));
    };
    const auto checkRefs = [&](const auto &records) {
        for (const auto &r : records)
            for (const SourceRef &ref : r.sources)
                checkRef(ref);
    };
    checkRefs(m_data.events);
    checkRefs(m_data.actors);
    checkRefs(m_data.series);
    checkRefs(m_data.factions);
    checkRefs(m_data.periods);
    checkRefs(m_data.documents);
    checkRefs(m_data.places);
    for (const Actor &a : m_data.actors) {
        for (const StandingPoint &point : a.standing)
            for (const SourceRef &ref : point.sources)
                checkRef(ref);
        for (const Status &status : a.statuses)
            checkNote(status.authorNote, status.location, QStringLiteral("a status of actor %1").arg(quoted(a.id)));
    }
    for (const Place &p : m_data.places)
        checkNote(p.authorNote, p.location, QStringLiteral("place %1").arg(quoted(p.id)));
    for (const Event &e : m_data.events)
        checkNote(e.authorNote, e.location, QStringLiteral("event %1").arg(quoted(e.id)));
    for (const Series &s : m_data.series) {
        if (namesCopySite(s.basis))
            m_diag.warning(s.location,
                QCoreApplication::translate("Diagnostics",
                    "the basis of series %1 names a site that hosts copies: name the printed work "
                    "instead")
                    .arg(quoted(s.id)));
        checkNote(s.authorNote, s.location, QStringLiteral("series %1").arg(quoted(s.id)));
    }
    for (const Source &s : m_data.sources) {
        if (namesCopySite(s.author) || namesCopySite(s.title) || namesCopySite(s.publisher))
            m_diag.warning(s.location,
                QCoreApplication::translate("Diagnostics",
                    "source %1 names a site that hosts copies in its author, title or publisher: "
                    "describe the published work only")
                    .arg(quoted(s.id)));
        checkNote(s.authorNote, s.location, QStringLiteral("source %1").arg(quoted(s.id)));
    }
}

// A reader must be able to find where a fact comes from: a book cited without a page sends a student to
// the whole book, so every record needs at least one citation with a page, or a work with an address.
void Loader::checkCitationsCanBeChecked()
{
    QHash<QString, const Source *> works;
    for (const Source &s : m_data.sources)
        works.insert(s.id, &s);
    const auto check = [&](const auto &records, const QString &what) {
        for (const auto &r : records) {
            if (r.sources.empty())
                continue;
            const bool checkable = std::any_of(r.sources.begin(), r.sources.end(), [&](const SourceRef &ref) {
                // A citation of an unknown work is reported as an error already.
                const Source *work = works.value(ref.ref);
                return !work || isCheckable(ref, *work);
            });
            if (!checkable)
                m_diag.warning(r.location,
                    QCoreApplication::translate("Diagnostics",
                        "%1 %2 cites no page or address a reader can check: give the page of a book, "
                        "or cite a work with a url")
                        .arg(what, quoted(r.id)));
        }
    };
    check(m_data.events, QStringLiteral("event"));
    check(m_data.actors, QStringLiteral("actor"));
    check(m_data.factions, QStringLiteral("faction"));
    check(m_data.series, QStringLiteral("series"));
    check(m_data.periods, QStringLiteral("period"));
    check(m_data.places, QStringLiteral("place"));
    for (const Actor &a : m_data.actors) {
        for (const StandingPoint &p : a.standing) {
            const bool checkable = std::any_of(p.sources.begin(), p.sources.end(), [&](const SourceRef &ref) {
                const Source *work = works.value(ref.ref);
                return !work || isCheckable(ref, *work);
            });
            if (!checkable && !p.sources.empty())
                m_diag.warning(p.location,
                    QCoreApplication::translate(
                        "Diagnostics", "the standing point of %1 on %2 cites no page or address a reader can check")
                        .arg(a.id, p.date.toIso()));
        }
    }
}

void Loader::checkConsistency()
{
    QHash<QString, const Actor *> actors;
    for (const Actor &a : m_data.actors)
        actors.insert(a.id, &a);

    for (const Actor &a : m_data.actors) {
        if (a.born.isNull())
            continue;
        const Day born = a.born.firstDay();
        const Day died = a.died ? a.died->lastDay() : std::numeric_limits<Day>::max();
        if (a.died && a.died->lastDay() < born)
            m_diag.error(
                a.location, QCoreApplication::translate("Diagnostics", "%1 dies before they are born").arg(a.id));
        auto outside = [&](const Date &from, const std::optional<Date> &to) {
            return from.lastDay() < born || from.firstDay() > died || (to && to->firstDay() > died);
        };
        for (const Office &o : a.offices) {
            if (outside(o.from, o.to))
                m_diag.error(o.location,
                    QCoreApplication::translate("Diagnostics", "office %1 of %2 lies outside their life")
                        .arg(o.office, a.id));
        }
        for (const Membership &m : a.memberships) {
            if (outside(m.from, m.to))
                m_diag.error(m.location,
                    QCoreApplication::translate("Diagnostics", "membership of %1 for %2 lies outside their life")
                        .arg(m.faction, a.id));
        }
        for (const Status &s : a.statuses) {
            if (outside(s.date, std::nullopt))
                m_diag.error(s.location,
                    QCoreApplication::translate("Diagnostics", "status %1 of %2 lies outside their life")
                        .arg(statusName(s.kind), a.id));
        }
        checkStanding(a);
    }
    QStringList levels;
    for (const StandingLevel &l : m_data.standingLevels)
        levels << l.id;
    for (const auto &[level, where] : m_levelRefs) {
        if (!levels.isEmpty() && !levels.contains(level))
            m_diag.error(where,
                QCoreApplication::translate("Diagnostics", "unknown standing level %1 (dataset.yaml declares %2)")
                    .arg(quoted(level), levels.join(QStringLiteral(", "))));
    }

    for (const Event &e : m_data.events) {
        if (e.date.isNull())
            continue;
        for (const ActorRef &r : e.actors) {
            const Actor *a = actors.value(r.id);
            if (a && !a->born.isNull() && e.date.lastDay() < a->born.firstDay())
                m_diag.error(r.location,
                    QCoreApplication::translate("Diagnostics", "%1 was born on %2, after this event (%3)")
                        .arg(r.id, a->born.toIso(), e.date.toIso()));
            if (!a || !a->died)
                continue;
            const bool after = e.date.firstDay() > a->died->lastDay();
            if (after && !r.posthumous)
                m_diag.error(r.location,
                    QCoreApplication::translate("Diagnostics",
                        "%1 died on %2, before this event; mark the reference posthumous: true "
                        "if that is meant")
                        .arg(r.id, a->died->toIso()));
            if (!after && r.posthumous)
                m_diag.warning(r.location,
                    QCoreApplication::translate("Diagnostics", "%1 is marked posthumous but was alive at the event")
                        .arg(r.id));
        }
    }

    // Factions drawn side by side must stay apart on a projector and for colour-blind students.
    constexpr double kMinimumDistance = 20.0;
    for (size_t i = 0; i < m_data.factions.size(); ++i) {
        const auto a = Rgb::parse(m_data.factions[i].colour);
        for (size_t j = i + 1; a && j < m_data.factions.size(); ++j) {
            const auto b = Rgb::parse(m_data.factions[j].colour);
            if (b && colourDistance(*a, *b) < kMinimumDistance)
                m_diag.warning(m_data.factions[j].location,
                    QCoreApplication::translate(
                        "Diagnostics", "faction colour %1 of %2 is hard to tell from %3 of %4 (distance %5 < %6)")
                        .arg(m_data.factions[j].colour, m_data.factions[j].id, m_data.factions[i].colour,
                            m_data.factions[i].id, QString::number(colourDistance(*a, *b), 'f', 1),
                            QString::number(kMinimumDistance)));
        }
    }
}

void Loader::checkDates(Scope scope)
{
    if (m_data.periodFrom.isNull() || m_data.periodTo.isNull())
        return; // the period is missing or wrong, and reported
    const Day from = m_data.periodFrom.firstDay();
    const Day to = m_data.periodTo.lastDay();
    const QString period = QCoreApplication::translate("Diagnostics", "%1 to %2")
                               .arg(m_data.periodFrom.toIso(), m_data.periodTo.toIso());
    const auto inPeriod = [&](const Date &d) { return d.lastDay() >= from && d.firstDay() <= to; };
    const auto outside = [&](const Location &where, const QString &what, const Date &d) {
        m_diag.error(where,
            QCoreApplication::translate("Diagnostics", "%1 %2 lies outside the data set's period (%3)")
                .arg(what, d.toIso(), period));
    };
    for (const Tour &t : m_data.tours) {
        for (const TourStep &step : t.steps) {
            // A step shows a window of time, which may reach past the period as a view does; it must show
            // some of it.
            if (step.rangeFrom && step.rangeTo && (step.rangeTo->lastDay() < from || step.rangeFrom->firstDay() > to))
                m_diag.error(step.location,
                    QCoreApplication::translate(
                        "Diagnostics", "the step's range, %1 to %2, shows nothing of the data set's period (%3)")
                        .arg(step.rangeFrom->toIso(), step.rangeTo->toIso(), period));
        }
    }
    if (scope == Scope::AddedRecords)
        return;
    for (const Event &e : m_data.events) {
        if (!inPeriod(e.date))
            outside(e.location, QCoreApplication::translate("Diagnostics", "the event's date"), e.date);
        else if (e.end && !inPeriod(*e.end))
            outside(e.location, QCoreApplication::translate("Diagnostics", "the event's end"), *e.end);
    }
    const int firstYear = m_data.periodFrom.year - 100;
    const int lastYear = m_data.periodTo.year + 100;
    const auto far = [&](const Location &where, const QString &what, const Date &d) {
        if (d.isNull() || (d.year >= firstYear && d.year <= lastYear))
            return;
        m_diag.error(where,
            QCoreApplication::translate("Diagnostics", "%1 %2 lies more than a century from the data set's period (%3)")
                .arg(what, d.toIso(), period));
    };
    for (const Actor &a : m_data.actors) {
        far(a.location, QCoreApplication::translate("Diagnostics", "the birth date"), a.born);
        if (a.died)
            far(a.location, QCoreApplication::translate("Diagnostics", "the date of death"), *a.died);
        for (const Office &o : a.offices) {
            far(o.location, QCoreApplication::translate("Diagnostics", "the office's start"), o.from);
            if (o.to)
                far(o.location, QCoreApplication::translate("Diagnostics", "the office's end"), *o.to);
        }
        for (const Membership &m : a.memberships) {
            far(m.location, QCoreApplication::translate("Diagnostics", "the membership's start"), m.from);
            if (m.to)
                far(m.location, QCoreApplication::translate("Diagnostics", "the membership's end"), *m.to);
        }
        for (const Status &st : a.statuses)
            far(st.location, QCoreApplication::translate("Diagnostics", "the status date"), st.date);
    }
    for (const Faction &x : m_data.factions) {
        far(x.location, QCoreApplication::translate("Diagnostics", "the faction's start"), x.from);
        if (x.to)
            far(x.location, QCoreApplication::translate("Diagnostics", "the faction's end"), *x.to);
    }
    for (const Period &p : m_data.periods) {
        far(p.location, QCoreApplication::translate("Diagnostics", "the period's start"), p.from);
        far(p.location, QCoreApplication::translate("Diagnostics", "the period's end"), p.to);
    }
    for (const Series &sr : m_data.series) {
        for (const SeriesPoint &pt : sr.points)
            far(pt.location, QCoreApplication::translate("Diagnostics", "the figure's date"), pt.date);
    }
}

} // namespace

namespace {

// What a file that is not a regular file is, for the error.
QString fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("Diagnostics", "a directory");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("Diagnostics", "a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("Diagnostics", "a device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("Diagnostics", "a socket");
    return QCoreApplication::translate("Diagnostics", "not a regular file");
}

// Reads `path`, which must be a regular file whose real path lies inside `folder`, of at most `maxBytes`.
// The file is opened without waiting (a FIFO would block until someone writes to it) and checked on the
// very descriptor that is read, so it cannot be swapped between the check and the read. `identity` gets
// the real path, to see the same file named twice.
std::optional<QByteArray> readFileInside(
    const QString &folder, const QString &path, qsizetype maxBytes, QString *error, QString *identity)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    if (real.isEmpty()) {
        *error = info.isSymLink()
            ? QCoreApplication::translate("Diagnostics", "it is a link to something that does not exist")
            : QCoreApplication::translate("Diagnostics", "no such file");
        return std::nullopt;
    }
    const QString realFolder = QFileInfo(folder).canonicalFilePath();
    if (realFolder.isEmpty() || !real.startsWith(realFolder + u'/')) {
        *error
            = QCoreApplication::translate("Diagnostics", "it is a link to %1, outside the data set's folder").arg(real);
        return std::nullopt;
    }
    *identity = real;
    const QByteArray encoded = QFile::encodeName(real);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return std::nullopt;
    }
    const auto done = [fd](std::optional<QByteArray> r) {
        ::close(fd);
        return r;
    };
    struct stat st {
    };
    if (::fstat(fd, &st) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return done(std::nullopt);
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QCoreApplication::translate("Diagnostics", "it is %1, not a regular file").arg(fileKind(st.st_mode));
        return done(std::nullopt);
    }
    if (st.st_size > maxBytes) {
        *error = QCoreApplication::translate("Diagnostics", "the file is %1 bytes, larger than the limit of %2")
                     .arg(st.st_size)
                     .arg(maxBytes);
        return done(std::nullopt);
    }
    QByteArray bytes;
    bytes.resize(qsizetype(st.st_size));
    qsizetype got = 0;
    // A file that grows while it is read is read up to the limit and no further.
    while (true) {
        if (got == bytes.size()) {
            if (bytes.size() > maxBytes)
                break;
            bytes.resize(std::min<qsizetype>(maxBytes + 1, bytes.size() + 65536));
        }
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return done(std::nullopt);
        }
        if (n == 0)
            break;
        got += n;
    }
    bytes.truncate(got);
    if (bytes.size() > maxBytes) {
        *error
            = QCoreApplication::translate("Diagnostics", "the file is larger than the limit of %1 bytes").arg(maxBytes);
        return done(std::nullopt);
    }
    return done(bytes);
}

} // namespace

LoadResult DataSetLoader::load(const FileReader &read, const QString &displayRoot, const YamlLimits &limits,
    const QStringList &tourFiles, const LoadProgress &progress, const FileReader &readParsed)
{
    LoadResult result;
    Loader loader(result);
    const auto display
        = [&](const QString &name) { return displayRoot.isEmpty() ? name : QDir(displayRoot).filePath(name); };
    // The tree written beforehand, if the file has one that reads back whole.
    const auto parsedTree = [&](const QString &name, const QString &shown) -> std::unique_ptr<YamlTree> {
        QString ignored;
        const std::optional<QByteArray> bytes = readParsed ? readParsed(name, &ignored) : std::nullopt;
        return bytes ? YamlTree::fromBinary(*bytes, shown) : nullptr;
    };

    QString error;
    std::vector<std::pair<QString, Location>> files;
    std::vector<std::pair<QString, Location>> translationFiles;
    {
        std::unique_ptr<YamlTree> tree = parsedTree(kDataSetFile, display(kDataSetFile));
        if (!tree) {
            const auto top = read(kDataSetFile, &error);
            if (!top) {
                result.diagnostics.error({display(kDataSetFile), 0, 0},
                    QCoreApplication::translate("Diagnostics", "cannot read dataset.yaml: %1").arg(error));
                result.ioFailure = true;
                return result;
            }
            tree = std::make_unique<YamlTree>(*top, display(kDataSetFile), result.diagnostics, limits);
        }
        if (!tree->root()) {
            if (!result.diagnostics.hasErrors())
                result.diagnostics.error(
                    {display(kDataSetFile), 1, 1}, QCoreApplication::translate("Diagnostics", "dataset.yaml is empty"));
            result.diagnostics.sort();
            return result;
        }
        loader.readDataSetFile(*tree, files, translationFiles);
    }

    QSet<QString> loaded;
    const int total = int(files.size() + translationFiles.size());
    int done = 0;
    const auto goOn = [&] {
        if (!progress || progress(done, total))
            return true;
        result.cancelled = true;
        result.diagnostics.error(
            {display(kDataSetFile), 0, 0}, QCoreApplication::translate("Diagnostics", "loading was cancelled"));
        return false;
    };
    // Record files first, then translation files, which name records of any file.
    const auto readFile = [&](const QString &name, const Location &where, bool translation) {
        if (loaded.contains(name)) {
            result.diagnostics.error(
                where, QCoreApplication::translate("Diagnostics", "file %1 is listed twice").arg(quoted(name)));
            return;
        }
        loaded.insert(name);
        const QString shown = display(name);
        std::unique_ptr<YamlTree> tree = parsedTree(name, shown);
        if (!tree) {
            const auto bytes = read(name, &error);
            if (!bytes) {
                result.diagnostics.error(
                    where, QCoreApplication::translate("Diagnostics", "cannot read %1: %2").arg(quoted(name), error));
                result.ioFailure = true;
                return;
            }
            tree = std::make_unique<YamlTree>(*bytes, shown, result.diagnostics, limits);
            if (!tree->root() && bytes->trimmed().isEmpty())
                result.diagnostics.warning(
                    {shown, 1, 1}, QCoreApplication::translate("Diagnostics", "the file is empty"));
        }
        if (translation)
            loader.readTranslationFile(*tree);
        else
            loader.readRecordFile(*tree);
        // Records keep copies of what they need; the tree can go.
    };
    for (const auto &[name, where] : files) {
        if (!goOn())
            return result;
        ++done;
        readFile(name, where, false);
    }
    for (const auto &[name, where] : translationFiles) {
        if (!goOn())
            return result;
        ++done;
        readFile(name, where, true);
    }
    if (!goOn())
        return result;
    loader.checkTranslationsComplete();
    loader.checkStaleTranslations();
    loader.checkReferences();
    loader.checkConsistency();
    loader.checkDates();
    result.diagnostics.sort();
    if (!result.ok())
        return result;

    // Each tour file on its own against the data set, so that one bad file costs only its own tours.
    for (const QString &name : tourFiles) {
        if (loaded.contains(name))
            continue;
        const QString shown = QDir::isAbsolutePath(name) ? name : display(name);
        LoadResult trial;
        trial.data = result.data;
        std::unique_ptr<YamlTree> tree = parsedTree(name, shown);
        if (!tree) {
            const auto bytes = read(name, &error);
            if (bytes)
                tree = std::make_unique<YamlTree>(*bytes, shown, trial.diagnostics, limits);
            else
                trial.diagnostics.error({shown, 0, 0},
                    QCoreApplication::translate("Diagnostics", "cannot read the tour file: %1").arg(error));
        }
        if (tree) {
            Loader tourLoader(trial);
            tourLoader.readTourFile(*tree);
            tourLoader.checkReferences(Loader::Scope::AddedRecords);
            tourLoader.checkDates(Loader::Scope::AddedRecords);
        }
        trial.diagnostics.sort();
        if (trial.ok())
            result.data.tours = std::move(trial.data.tours);
        else
            result.rejectedTours.push_back({shown, std::move(trial.diagnostics)});
    }
    return result;
}

LoadResult DataSetLoader::loadDirectory(
    const QString &directory, const YamlLimits &limits, const QStringList &tourFolders, const LoadProgress &progress)
{
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir()) {
        LoadResult result;
        result.diagnostics.error(
            {directory, 0, 0}, QCoreApplication::translate("Diagnostics", "not a data set folder (no such directory)"));
        result.ioFailure = true;
        return result;
    }
    // The built-in data set is compiled in: Qt's resource system is the only way to read it.
    const bool resource = directory.startsWith(u':');
    QHash<QString, QString> readAs; // real path -> the name it was first read as
    const auto read = [&](const QString &name, QString *error) -> std::optional<QByteArray> {
        if (resource && !QDir::isAbsolutePath(name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = file.errorString();
                return std::nullopt;
            }
            return file.read(limits.maxFileBytes + 1);
        }
        // A tour file from another folder is read from inside that folder.
        const QString path = QDir::isAbsolutePath(name) ? name : dir.filePath(name);
        const QString folder = QDir::isAbsolutePath(name) ? QFileInfo(name).absolutePath() : dir.path();
        QString identity;
        auto bytes = readFileInside(folder, path, limits.maxFileBytes, error, &identity);
        if (bytes) {
            const auto first = readAs.constFind(identity);
            if (first != readAs.constEnd()) {
                *error = QCoreApplication::translate("Diagnostics", "it is the same file as %1, read already")
                             .arg(quoted(first.value()));
                return std::nullopt;
            }
            readAs.insert(identity, name);
        }
        return bytes;
    };
    // The built-in data set's trees were parsed when the program was built (only a resource can hold them).
    const auto readParsed = [&](const QString &name, QString *error) -> std::optional<QByteArray> {
        if (!resource || QDir::isAbsolutePath(name))
            return std::nullopt;
        const QResource tree(dir.filePath(name + kParsedTreeSuffix));
        if (!tree.isValid()) {
            *error = QStringLiteral("no such resource");
            return std::nullopt;
        }
        // Uncompressed (data/CMakeLists.txt), a tree is read where the program holds it.
        if (tree.compressionAlgorithm() == QResource::NoCompression)
            return QByteArray::fromRawData(reinterpret_cast<const char *>(tree.data()), qsizetype(tree.size()));
        return tree.uncompressedData();
    };
    QStringList tours;
    const QStringList pattern {QStringLiteral("*.tour.yaml")};
    for (const QString &name : dir.entryList(pattern, QDir::Files, QDir::Name))
        tours << name;
    for (const QString &folder : tourFolders) {
        const QDir d(folder);
        for (const QString &name : d.entryList(pattern, QDir::Files, QDir::Name))
            tours << d.absoluteFilePath(name);
    }
    return load(read, directory, limits, tours, progress, resource ? FileReader(readParsed) : FileReader());
}

LoadResult DataSetLoader::loadBuffers(
    const std::map<QString, QByteArray> &files, const QString &displayRoot, const YamlLimits &limits)
{
    const auto read = [&](const QString &name, QString *error) -> std::optional<QByteArray> {
        const auto it = files.find(name);
        if (it == files.end()) {
            *error = QCoreApplication::translate("Diagnostics", "no such file");
            return std::nullopt;
        }
        return it->second;
    };
    return load(read, displayRoot, limits);
}

QStringList DataSetLoader::kinds()
{
    QStringList names;
    for (const FieldTable &t : kFieldTable)
        names << QString::fromLatin1(t.kind);
    return names;
}

QStringList DataSetLoader::fieldsOf(const QString &kind)
{
    QStringList names;
    for (const FieldTable &t : kFieldTable) {
        if (kind == QLatin1StringView(t.kind)) {
            for (const char *field : t.fields)
                names << QString::fromLatin1(field);
        }
    }
    return names;
}

} // namespace khronika
