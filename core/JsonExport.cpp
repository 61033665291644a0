#include "JsonExport.h"

#include <QJsonArray>

namespace khronika {

namespace {

void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

void put(QJsonObject &o, const char *key, const std::optional<Date> &date)
{
    if (date)
        o.insert(QLatin1StringView(key), date->toIso());
}

QJsonArray citations(const std::vector<SourceRef> &refs)
{
    QJsonArray a;
    for (const SourceRef &r : refs) {
        QJsonObject o {{QStringLiteral("ref"), r.ref}};
        put(o, "page", r.page);
        put(o, "author_note", r.authorNote);
        a.append(o);
    }
    return a;
}

QJsonArray strings(const std::vector<QString> &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

template<typename Record, typename Convert> QJsonArray list(const std::vector<Record> &records, Convert convert)
{
    QJsonArray a;
    for (const Record &r : records)
        a.append(convert(r));
    return a;
}

QJsonObject eventJson(const Event &e)
{
    QJsonObject o {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title},
        {QStringLiteral("date"), e.date.toIso()}, {QStringLiteral("category"), e.category},
        {QStringLiteral("importance"), e.importance}, {QStringLiteral("summary"), e.summary},
        {QStringLiteral("sources"), citations(e.sources)}};
    put(o, "end", e.end);
    QJsonArray actors;
    for (const ActorRef &a : e.actors) {
        QJsonObject r {{QStringLiteral("id"), a.id}};
        put(r, "role", a.role);
        if (a.posthumous)
            r.insert(QStringLiteral("posthumous"), true);
        actors.append(r);
    }
    o.insert(QStringLiteral("actors"), actors);
    o.insert(QStringLiteral("factions"), strings(e.factions));
    put(o, "notes", e.notes);
    put(o, "author_note", e.authorNote);
    if (e.misconception)
        o.insert(QStringLiteral("misconception"),
            QJsonObject {{QStringLiteral("claim"), e.misconception->claim},
                {QStringLiteral("correction"), e.misconception->correction}});
    put(o, "place", e.place);
    if (!e.route.empty())
        o.insert(QStringLiteral("places"), strings(e.route));
    put(o, "region", e.region);
    return o;
}

QJsonObject actorJson(const Actor &a)
{
    QJsonObject o {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name},
        {QStringLiteral("native_name"), a.nativeName}, {QStringLiteral("born"), a.born.toIso()},
        {QStringLiteral("fate"), fateName(a.fate)}, {QStringLiteral("summary"), a.summary},
        {QStringLiteral("sources"), citations(a.sources)}};
    put(o, "died", a.died);
    put(o, "fate_note", a.fateNote);
    o.insert(QStringLiteral("offices"), list(a.offices, [](const Office &x) {
        QJsonObject r {{QStringLiteral("office"), x.office}, {QStringLiteral("from"), x.from.toIso()}};
        put(r, "title", x.title);
        put(r, "to", x.to);
        if (x.rank > 0)
            r.insert(QStringLiteral("rank"), x.rank);
        return r;
    }));
    o.insert(QStringLiteral("memberships"), list(a.memberships, [](const Membership &m) {
        QJsonObject r {{QStringLiteral("faction"), m.faction}, {QStringLiteral("from"), m.from.toIso()}};
        put(r, "to", m.to);
        return r;
    }));
    o.insert(QStringLiteral("statuses"), list(a.statuses, [](const Status &s) {
        QJsonObject r {{QStringLiteral("date"), s.date.toIso()}, {QStringLiteral("status"), statusName(s.kind)}};
        put(r, "note", s.note);
        put(r, "author_note", s.authorNote);
        return r;
    }));
    if (!a.standing.empty())
        o.insert(QStringLiteral("standing"), list(a.standing, [](const StandingPoint &p) {
            QJsonObject r {{QStringLiteral("date"), p.date.toIso()}, {QStringLiteral("level"), p.level},
                {QStringLiteral("reason"), p.reason}, {QStringLiteral("sources"), citations(p.sources)}};
            put(r, "contested", p.contested);
            return r;
        }));
    return o;
}

QJsonObject placeJson(const Place &p)
{
    QJsonObject o {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("lat"), p.latitude},
        {QStringLiteral("lon"), p.longitude}, {QStringLiteral("precision"), precisionName(p.precision)},
        {QStringLiteral("sources"), citations(p.sources)}};
    if (!p.outline.empty())
        o.insert(QStringLiteral("outline"), list(p.outline, [](const std::pair<double, double> &point) {
            return QJsonArray {point.first, point.second};
        }));
    put(o, "named_from", p.namedFrom);
    if (p.inset)
        o.insert(QStringLiteral("inset"), true);
    put(o, "notes", p.notes);
    put(o, "author_note", p.authorNote);
    return o;
}

} // namespace

QJsonObject toJson(const DataSet &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("title"), data.title);
    root.insert(QStringLiteral("description"), data.description);
    root.insert(QStringLiteral("licence"), data.licence);
    root.insert(QStringLiteral("period"),
        QJsonObject {{QStringLiteral("from"), data.periodFrom.toIso()}, {QStringLiteral("to"), data.periodTo.toIso()}});
    root.insert(QStringLiteral("categories"), list(data.categories, [](const Category &c) {
        return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title}};
    }));
    root.insert(QStringLiteral("offices"), list(data.officeKinds, [](const OfficeKind &k) {
        return QJsonObject {
            {QStringLiteral("id"), k.id}, {QStringLiteral("title"), k.title}, {QStringLiteral("rank"), k.rank}};
    }));
    if (!data.standingLevels.empty())
        root.insert(QStringLiteral("standing"), list(data.standingLevels, [](const StandingLevel &l) {
            return QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("title"), l.title},
                {QStringLiteral("description"), l.description}};
        }));
    root.insert(QStringLiteral("sources"), list(data.sources, [](const Source &s) {
        QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("author"), s.author},
            {QStringLiteral("title"), s.title}, {QStringLiteral("year"), s.year}};
        put(o, "publisher", s.publisher);
        put(o, "url", s.url);
        put(o, "author_note", s.authorNote);
        return o;
    }));
    root.insert(QStringLiteral("events"), list(data.events, eventJson));
    root.insert(QStringLiteral("actors"), list(data.actors, actorJson));
    root.insert(QStringLiteral("factions"), list(data.factions, [](const Faction &f) {
        QJsonObject o {{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name},
            {QStringLiteral("colour"), f.colour}, {QStringLiteral("from"), f.from.toIso()},
            {QStringLiteral("description"), f.description}, {QStringLiteral("sources"), citations(f.sources)}};
        put(o, "to", f.to);
        return o;
    }));
    root.insert(QStringLiteral("series"), list(data.series, [](const Series &s) {
        QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
            {QStringLiteral("unit"), s.unit}, {QStringLiteral("group"), s.group}, {QStringLiteral("basis"), s.basis},
            {QStringLiteral("sources"), citations(s.sources)},
            {QStringLiteral("measure"), measureName(int(s.measure))}};
        if (s.interpolate)
            o.insert(QStringLiteral("interpolate"), true);
        put(o, "author_note", s.authorNote);
        o.insert(QStringLiteral("points"), list(s.points, [](const SeriesPoint &p) {
            QJsonObject r {{QStringLiteral("date"), p.date.toIso()}, {QStringLiteral("value"), p.value},
                {QStringLiteral("kind"),
                    p.kind == SeriesPoint::Kind::Target ? QStringLiteral("target") : QStringLiteral("actual")}};
            put(r, "variant", p.variant);
            if (!p.checked)
                r.insert(QStringLiteral("checked"), false);
            put(r, "caveat", p.caveat);
            if (p.measure)
                r.insert(QStringLiteral("measure"), measureName(int(*p.measure)));
            return r;
        }));
        return o;
    }));
    root.insert(QStringLiteral("periods"), list(data.periods, [](const Period &p) {
        QJsonObject o {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title},
            {QStringLiteral("from"), p.from.toIso()}, {QStringLiteral("to"), p.to.toIso()},
            {QStringLiteral("sources"), citations(p.sources)}};
        if (p.plan)
            o.insert(QStringLiteral("plan"), true);
        put(o, "ended", p.ended);
        put(o, "description", p.description);
        return o;
    }));
    root.insert(QStringLiteral("tours"), list(data.tours, [](const Tour &t) {
        QJsonObject o {{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}};
        put(o, "description", t.description);
        o.insert(QStringLiteral("steps"), list(t.steps, [](const TourStep &s) {
            QJsonObject r {{QStringLiteral("title"), s.title}, {QStringLiteral("narration"), s.narration}};
            if (!s.events.empty())
                r.insert(QStringLiteral("events"), strings(s.events));
            if (!s.actors.empty())
                r.insert(QStringLiteral("actors"), strings(s.actors));
            if (s.rangeFrom && s.rangeTo)
                r.insert(QStringLiteral("range"),
                    QJsonObject {
                        {QStringLiteral("from"), s.rangeFrom->toIso()}, {QStringLiteral("to"), s.rangeTo->toIso()}});
            put(r, "teacher_note", s.teacherNote);
            put(r, "chart", s.chart);
            if (!s.plots.empty())
                r.insert(QStringLiteral("plots"), strings(s.plots));
            put(r, "document", s.document);
            put(r, "baseline", s.baseline);
            if (s.showsMap)
                r.insert(QStringLiteral("view"), QStringLiteral("map"));
            return r;
        }));
        return o;
    }));
    root.insert(QStringLiteral("documents"), list(data.documents, [](const Document &d) {
        return QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("title"), d.title},
            {QStringLiteral("date"), d.date.toIso()}, {QStringLiteral("author"), d.author},
            {QStringLiteral("extract"), d.extract}, {QStringLiteral("origin"), d.origin},
            {QStringLiteral("translation"), d.translation}, {QStringLiteral("events"), strings(d.events)},
            {QStringLiteral("sources"), citations(d.sources)}};
    }));
    // Only a data set with places has the list, so that the JSON of one without is as it was.
    if (!data.places.empty())
        root.insert(QStringLiteral("places"), list(data.places, placeJson));
    // Every language's texts, so that a tool reading the JSON has what the explorer has; only for a data
    // set that declares languages.
    if (!data.languages.isEmpty()) {
        root.insert(QStringLiteral("languages"), QJsonArray::fromStringList(data.languages));
        if (!data.unfinishedLanguages.isEmpty())
            root.insert(QStringLiteral("unfinished"), QJsonArray::fromStringList(data.unfinishedLanguages));
        QJsonObject translations;
        for (const auto &[language, texts] : data.translations) {
            QJsonObject catalogue;
            for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
                catalogue.insert(it.key(), it.value());
            translations.insert(language, catalogue);
        }
        root.insert(QStringLiteral("translations"), translations);
    }
    return root;
}

} // namespace khronika
