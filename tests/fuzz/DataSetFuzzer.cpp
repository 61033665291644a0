// Feeds arbitrary bytes to the YAML reader and the data set loader: first to YamlTree directly, then
// as a record file and as dataset.yaml of an otherwise valid data set. Whatever the bytes, loading
// must end with diagnostics, never a crash, a hang or unbounded memory. Built as a libFuzzer target
// with clang (KHRONIKA_BUILD_FUZZERS) and, with any compiler, into khronika_fuzz_replay, which runs
// the seed corpus and mutations of it under ctest.

#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "core/Timeline.h"
#include "core/YamlTree.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>

using namespace khronika;

namespace {

const QByteArray kDataSet = QByteArrayLiteral(R"(title: Fuzz
period: { from: 1923, to: 1941 }
files: [records.yaml]
categories:
  - { id: congress, title: Congress }
  - { id: trial, title: Trial }
offices:
  - { id: politburo, title: Politburo member, rank: 8 }
)");

const QByteArray kRecords = QByteArrayLiteral(R"(sources:
  - { id: book, author: A. Historian, title: A Book, year: 1990 }
factions:
  - { id: left, name: Left, colour: "#0072B2", from: 1923, description: The left., sources: [book] }
actors:
  - { id: stalin, name: Joseph Stalin, native_name: Сталин, born: 1878-12-18, died: 1953-03-05, fate: natural,
      summary: General Secretary., sources: [book], offices: [{ office: politburo, from: 1919-03 }] }
events:
  - { id: congress-12, title: 12th Congress, date: 1923-04-17, category: congress, importance: 2,
      actors: [stalin], factions: [left], summary: A congress., sources: [{ ref: book, page: "12" }] }
)");

// Touches every node reachable from the root, as the loader does, within a budget: shared (aliased)
// nodes are visited again, and the tree already bounds how often.
qint64 walk(const YamlNode *node, qint64 budget)
{
    if (!node || budget <= 0)
        return 0;
    qint64 seen = 1 + node->scalar.size();
    for (const YamlNode *item : node->items)
        seen += walk(item, budget - seen);
    for (const auto &[key, value] : node->map) {
        seen += walk(key, budget - seen);
        seen += walk(value, budget - seen);
    }
    return seen;
}

// Uses what loading gave the way the programs do: messages, the timeline, the JSON export.
void use(const LoadResult &result)
{
    qsizetype length = 0;
    for (const Diagnostic &d : result.diagnostics.all())
        length += d.toString().size();
    if (!result.ok())
        return;
    const Timeline timeline(result.data);
    length += qsizetype(timeline.eventsIn(timeline.extent()).size());
    length += qsizetype(timeline.search(QStringLiteral("congress")).size());
    for (int a = 0; a < timeline.actorCount(); ++a)
        length += qsizetype(timeline.standingLine(a).size());
    length += toJson(result.data).size();
    // Sizes are never negative; checking the sum also keeps the work above from being optimised away.
    if (length < 0)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        Diagnostics diagnostics;
        const YamlTree tree(bytes, QStringLiteral("input.yaml"), diagnostics);
        walk(tree.root(), 2'000'000);
        for (const Diagnostic &d : diagnostics.all())
            (void)d.toString();
    }
    use(DataSetLoader::loadBuffers(
        {{QStringLiteral("dataset.yaml"), kDataSet}, {QStringLiteral("records.yaml"), bytes}}));
    use(DataSetLoader::loadBuffers(
        {{QStringLiteral("dataset.yaml"), bytes}, {QStringLiteral("records.yaml"), kRecords}}));
    // As a tour file a teacher saved, loaded on its own against a valid data set.
    const std::map<QString, QByteArray> withTour {{QStringLiteral("dataset.yaml"), kDataSet},
        {QStringLiteral("records.yaml"), kRecords}, {QStringLiteral("mine.tour.yaml"), bytes}};
    const LoadResult toured = DataSetLoader::load(
        [&](const QString &name, QString *error) -> std::optional<QByteArray> {
            const auto it = withTour.find(name);
            if (it == withTour.end()) {
                *error = QStringLiteral("no such file");
                return std::nullopt;
            }
            return it->second;
        },
        {}, {}, {QStringLiteral("mine.tour.yaml")});
    use(toured);
    for (const LoadResult::RejectedFile &tour : toured.rejectedTours) {
        for (const Diagnostic &d : tour.diagnostics.all())
            (void)d.toString();
    }
    return 0;
}
