// The JSON Schemas in data/schema/ must describe exactly what the loader accepts: an editor that
// flags a field the loader reads, or completes one it rejects, misleads the author. The field lists
// come from DataSetLoader's own table, so a field added to the loader fails here until the schema
// has it too.

#include "core/Colour.h"
#include "core/DataSet.h"
#include "core/DataSetLoader.h"
#include "core/Date.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

#include "QtPrinters.h"

using namespace khronika;

namespace {

QJsonObject readSchema(const char *name)
{
    QFile file(QStringLiteral(KHRONIKA_SCHEMA_DIR "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << file.fileName().toStdString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << name << ": " << error.errorString().toStdString();
    EXPECT_TRUE(doc.isObject()) << name;
    return doc.object();
}

const QJsonObject &datasetSchema()
{
    static const QJsonObject schema = readSchema("khronika-dataset.schema.json");
    return schema;
}

const QJsonObject &recordsSchema()
{
    static const QJsonObject schema = readSchema("khronika-records.schema.json");
    return schema;
}

const QJsonObject &translationSchema()
{
    static const QJsonObject schema = readSchema("khronika-translation.schema.json");
    return schema;
}

// Follows $ref, array items and the one alternative of a oneOf/anyOf that is a mapping, down to the
// object schema that lists properties. Returns an empty object when there is none.
QJsonObject resolve(const QJsonObject &root, QJsonObject node)
{
    for (int hops = 0; hops < 16; ++hops) {
        if (node.contains(u"$ref")) {
            const QString ref = node.value(u"$ref").toString();
            const QString prefix = QStringLiteral("#/definitions/");
            if (!ref.startsWith(prefix)) {
                ADD_FAILURE() << "unexpected $ref " << ref.toStdString();
                return {};
            }
            node = root.value(u"definitions").toObject().value(ref.mid(prefix.size())).toObject();
        } else if (node.contains(u"properties")) {
            return node;
        } else if (node.contains(u"items")) {
            node = node.value(u"items").toObject();
        } else if (node.contains(u"oneOf") || node.contains(u"anyOf")) {
            const QJsonArray alternatives = node.value(node.contains(u"oneOf") ? u"oneOf" : u"anyOf").toArray();
            QJsonObject found;
            for (const QJsonValue &alternative : alternatives) {
                const QJsonObject o = resolve(root, alternative.toObject());
                if (!o.isEmpty()) {
                    EXPECT_TRUE(found.isEmpty()) << "two alternatives are mappings";
                    found = o;
                }
            }
            return found;
        } else {
            return {};
        }
    }
    ADD_FAILURE() << "$ref cycle";
    return {};
}

// The object schema at a path of property names below a schema's root.
QJsonObject objectAt(const QJsonObject &root, const QStringList &path)
{
    QJsonObject node = resolve(root, root);
    for (const QString &name : path) {
        const QJsonObject properties = node.value(u"properties").toObject();
        if (!properties.contains(name))
            return {};
        node = resolve(root, properties.value(name).toObject());
    }
    return node;
}

// Where each loader kind is described: "dataset..." in the dataset schema, a citation under the
// sources of every record kind that has them, everything else by its path in the records schema.
std::vector<std::pair<QString, QJsonObject>> schemaObjectsFor(const QString &kind)
{
    std::vector<std::pair<QString, QJsonObject>> objects;
    QStringList path = kind.split(u'.');
    if (path.first() == u"dataset") {
        path.removeFirst();
        objects.emplace_back(QStringLiteral("dataset schema: ") + kind, objectAt(datasetSchema(), path));
    } else if (path.first() == u"translation") {
        path.removeFirst();
        objects.emplace_back(QStringLiteral("translation schema: ") + kind, objectAt(translationSchema(), path));
    } else if (kind == u"citation") {
        for (const QString &record : DataSetLoader::kinds()) {
            if (!record.contains(u'.') && DataSetLoader::fieldsOf(record).contains(u"sources"))
                objects.emplace_back(QStringLiteral("records schema: %1.sources").arg(record),
                    objectAt(recordsSchema(), {record, QStringLiteral("sources")}));
        }
    } else {
        objects.emplace_back(QStringLiteral("records schema: ") + kind, objectAt(recordsSchema(), path));
    }
    return objects;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

QJsonObject definition(const char *name)
{
    return recordsSchema().value(u"definitions").toObject().value(QLatin1StringView(name)).toObject();
}

} // namespace

TEST(Schema, EverySchemaIsADraft07Object)
{
    for (const QJsonObject *schema : {&datasetSchema(), &recordsSchema(), &translationSchema()}) {
        EXPECT_EQ(schema->value(u"$schema").toString(), u"http://json-schema.org/draft-07/schema#");
        EXPECT_EQ(schema->value(u"type").toString(), u"object");
        EXPECT_FALSE(schema->value(u"additionalProperties").toBool(true));
    }
}

TEST(Schema, LoaderNamesItsKinds)
{
    const QStringList kinds = DataSetLoader::kinds();
    // The test below compares nothing if the table is empty.
    ASSERT_GE(kinds.size(), 20);
    for (const QString &kind : kinds)
        EXPECT_FALSE(DataSetLoader::fieldsOf(kind).isEmpty()) << kind.toStdString();
    EXPECT_TRUE(DataSetLoader::fieldsOf(QStringLiteral("no-such-kind")).isEmpty());
    EXPECT_EQ(DataSetLoader::fieldsOf(QStringLiteral("factions")),
        (QStringList {
            u"id"_qs, u"name"_qs, u"short"_qs, u"colour"_qs, u"from"_qs, u"to"_qs, u"description"_qs, u"sources"_qs}));
}

TEST(Schema, PropertiesAreExactlyTheFieldsTheLoaderAccepts)
{
    for (const QString &kind : DataSetLoader::kinds()) {
        const QStringList fields = sorted(DataSetLoader::fieldsOf(kind));
        const auto objects = schemaObjectsFor(kind);
        ASSERT_FALSE(objects.empty()) << kind.toStdString();
        for (const auto &[where, object] : objects) {
            SCOPED_TRACE(where.toStdString());
            ASSERT_FALSE(object.isEmpty()) << "the schema does not describe " << kind.toStdString();
            EXPECT_EQ(sorted(object.value(u"properties").toObject().keys()), fields);
            EXPECT_EQ(object.value(u"additionalProperties"), QJsonValue(false));
            for (const QString &required : strings(object.value(u"required").toArray()))
                EXPECT_TRUE(fields.contains(required)) << "required but unknown: " << required.toStdString();
        }
    }
}

TEST(Schema, RecordFileListsAreTheRecordKinds)
{
    QStringList recordKinds;
    for (const QString &kind : DataSetLoader::kinds()) {
        if (!kind.contains(u'.') && kind != u"dataset" && kind != u"citation" && kind != u"translation")
            recordKinds << kind;
    }
    EXPECT_EQ(sorted(recordsSchema().value(u"properties").toObject().keys()), sorted(recordKinds));
}

TEST(Schema, EnumsMatchTheLoader)
{
    QStringList fates;
    for (int f = int(Actor::Fate::Alive); f <= int(Actor::Fate::Unknown); ++f)
        fates << fateName(Actor::Fate(f));
    const QJsonObject actor = objectAt(recordsSchema(), {QStringLiteral("actors")});
    EXPECT_EQ(sorted(strings(actor.value(u"properties").toObject().value(u"fate").toObject().value(u"enum").toArray())),
        sorted(fates));

    QStringList statuses;
    for (int s = int(Status::Kind::Expelled); s <= int(Status::Kind::Died); ++s)
        statuses << statusName(Status::Kind(s));
    const QJsonObject status = objectAt(recordsSchema(), {QStringLiteral("actors"), QStringLiteral("statuses")});
    EXPECT_EQ(
        sorted(strings(status.value(u"properties").toObject().value(u"status").toObject().value(u"enum").toArray())),
        sorted(statuses));

    const QJsonObject point = objectAt(recordsSchema(), {QStringLiteral("series"), QStringLiteral("points")});
    EXPECT_EQ(sorted(strings(point.value(u"properties").toObject().value(u"kind").toObject().value(u"enum").toArray())),
        (QStringList {u"actual"_qs, u"target"_qs}));
}

TEST(Schema, PatternsAgreeWithTheParsers)
{
    const QRegularExpression date(definition("date").value(u"pattern").toString());
    const QRegularExpression colour(definition("colour").value(u"pattern").toString());
    const QRegularExpression id(definition("id").value(u"pattern").toString());
    ASSERT_TRUE(date.isValid() && colour.isValid() && id.isValid());
    EXPECT_EQ(date.pattern(), uR"(^\d{4}(-\d{2}(-\d{2})?)?$)"_qs);

    // Every date the loader reads matches; the shapes it refuses do not. (Impossible days such as
    // 1930-02-30 match the pattern: only khronika-check can tell.)
    for (const char *text : {"1927", "1927-05", "1927-12-02", "0500"}) {
        EXPECT_TRUE(Date::parse(QString::fromLatin1(text))) << text;
        EXPECT_TRUE(date.match(QString::fromLatin1(text)).hasMatch()) << text;
    }
    for (const char *text : {"27", "1927-5", "1927/05", "1927-05-2", "1927-05-02T10:00", " 1927", "19270"}) {
        EXPECT_FALSE(Date::parse(QString::fromLatin1(text))) << text;
        EXPECT_FALSE(date.match(QString::fromLatin1(text)).hasMatch()) << text;
    }

    for (const char *text : {"#009E73", "#d55e00"}) {
        EXPECT_TRUE(Rgb::parse(QString::fromLatin1(text))) << text;
        EXPECT_TRUE(colour.match(QString::fromLatin1(text)).hasMatch()) << text;
    }
    for (const char *text : {"009E73", "#009E7", "#009E733", "#GG0000", "red"}) {
        EXPECT_FALSE(Rgb::parse(QString::fromLatin1(text))) << text;
        EXPECT_FALSE(colour.match(QString::fromLatin1(text)).hasMatch()) << text;
    }

    for (const char *text : {"kirov-murder", "ussr-1923", "a"})
        EXPECT_TRUE(id.match(QString::fromLatin1(text)).hasMatch()) << text;
    for (const char *text : {"Kirov", "kirov--murder", "-kirov", "kirov_murder", "kirov-", ""})
        EXPECT_FALSE(id.match(QString::fromLatin1(text)).hasMatch()) << text;
}
