// Benchmarks of the queries the explorer makes while it paints and of loading a data set.
//
// The window queries compare Timeline::eventsIn (the interval index) with the linear scan it replaces,
// on synthetic data sets of 1k, 10k and 100k events spread over 1923-1941, for windows of a month and
// of a year: the two zoom levels a class spends most time at. Run with `make bench`.

#include "core/DataSetLoader.h"
#include "core/Timeline.h"
#include "data/BuiltinData.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <random>

using namespace khronika;

namespace {

const QStringList kWords
    = {QStringLiteral("congress"), QStringLiteral("plenum"), QStringLiteral("trial"), QStringLiteral("decree"),
        QStringLiteral("famine"), QStringLiteral("plan"), QStringLiteral("purge"), QStringLiteral("speech"),
        QStringLiteral("treaty"), QStringLiteral("strike"), QStringLiteral("harvest"), QStringLiteral("exile")};
const QStringList kCategories = {QStringLiteral("congress"), QStringLiteral("trial"), QStringLiteral("policy")};

// One synthetic event: when it happens, at what precision, and whether it is a span.
struct SyntheticEvent {
    QString id;
    QString title;
    QString summary;
    Date date;
    std::optional<Date> end;
    QString category;
    int importance = 1;
};

// `count` events placed at random (fixed seed) between 1923 and mid-1941: most on a day, some on a
// month, one in ten a span of up to a year, like the built-in data set.
std::vector<SyntheticEvent> syntheticEvents(int count)
{
    std::mt19937 random(1923);
    const Day first = Date {1923, 1, 1, Date::Precision::Day}.firstDay();
    const Day last = Date {1941, 6, 22, Date::Precision::Day}.firstDay();
    std::vector<SyntheticEvent> events;
    events.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        SyntheticEvent e;
        e.id = QStringLiteral("event-%1").arg(i);
        const QString &word = kWords[qsizetype(random() % kWords.size())];
        e.title = QStringLiteral("Synthetic %1 number %2").arg(word).arg(i);
        e.summary
            = QStringLiteral("A generated %1 for the benchmarks.").arg(kWords[qsizetype(random() % kWords.size())]);
        const Day day = first + Day(random() % uint32_t(last - first + 1));
        e.date = Date::fromDay(day);
        const uint32_t shape = random() % 10;
        if (shape == 0) {
            e.date = Date {e.date.year, e.date.month, 0, Date::Precision::Month};
        } else if (shape == 1) {
            e.end = Date::fromDay(day + 1 + Day(random() % 365));
        }
        e.category = kCategories[qsizetype(random() % kCategories.size())];
        e.importance = int(1 + random() % 3);
        events.push_back(e);
    }
    return events;
}

// The synthetic events as a data set in memory: dataset.yaml, a source and the events.
std::map<QString, QByteArray> syntheticFiles(int count)
{
    QByteArray events = "sources:\n  - { id: book, author: A. Historian, title: A Book, year: 1990 }\nevents:\n";
    for (const SyntheticEvent &e : syntheticEvents(count)) {
        events += "  - id: " + e.id.toUtf8() + "\n    title: " + e.title.toUtf8()
            + "\n    date: " + e.date.toIso().toUtf8() + "\n";
        if (e.end)
            events += "    end: " + e.end->toIso().toUtf8() + "\n";
        events += "    category: " + e.category.toUtf8() + "\n    importance: " + QByteArray::number(e.importance)
            + "\n    summary: " + e.summary.toUtf8() + "\n    sources: [{ ref: book, page: \"1\" }]\n";
    }
    return {
        {QStringLiteral("dataset.yaml"), QByteArrayLiteral(R"(title: Synthetic
period: { from: 1923, to: 1941 }
files: [events.yaml]
categories:
  - { id: congress, title: Congress }
  - { id: trial, title: Trial }
  - { id: policy, title: Policy }
offices: []
)")},
        {QStringLiteral("events.yaml"), events},
    };
}

// The synthetic events as a DataSet built directly, without YAML: quick to make even at 100k events.
DataSet syntheticDataSet(int count)
{
    DataSet data;
    data.title = QStringLiteral("Synthetic");
    data.periodFrom = Date {1923, 0, 0, Date::Precision::Year};
    data.periodTo = Date {1941, 0, 0, Date::Precision::Year};
    for (const QString &c : kCategories)
        data.categories.push_back(Category {c, c, {}});
    for (const SyntheticEvent &s : syntheticEvents(count)) {
        Event e;
        e.id = s.id;
        e.title = s.title;
        e.summary = s.summary;
        e.date = s.date;
        e.end = s.end;
        e.category = s.category;
        e.importance = s.importance;
        data.events.push_back(std::move(e));
    }
    return data;
}

// Built once per size and kept for the whole run.
const Timeline &syntheticTimeline(int count)
{
    static std::map<int, std::unique_ptr<Timeline>> timelines;
    auto &timeline = timelines[count];
    if (!timeline)
        timeline = std::make_unique<Timeline>(syntheticDataSet(count));
    return *timeline;
}

const Timeline &builtinTimeline()
{
    static const Timeline timeline(DataSetLoader::loadDirectory(builtinDataSetPath()).data);
    return timeline;
}

// Window starts spread over the timeline's extent, the same for the index and the scan.
std::vector<DayRange> windows(const Timeline &timeline, Day length)
{
    std::mt19937 random(1941);
    const DayRange extent = timeline.extent();
    std::vector<DayRange> list;
    for (int i = 0; i < 256; ++i) {
        const Day start = extent.first + Day(random() % uint32_t(std::max<Day>(1, extent.length() - length)));
        list.push_back({start, start + length - 1});
    }
    return list;
}

std::vector<int> linearScan(const Timeline &timeline, const DayRange &window)
{
    std::vector<int> out;
    for (int i = 0; i < timeline.eventCount(); ++i) {
        if (timeline.eventRange(i).overlaps(window))
            out.push_back(i);
    }
    return out;
}

enum class Query { Index, IndexUnordered, Scan };

// Arguments: events in the data set, window length in days.
template<Query How> void windowQuery(benchmark::State &state)
{
    const Timeline &timeline = syntheticTimeline(int(state.range(0)));
    const std::vector<DayRange> list = windows(timeline, state.range(1));
    size_t next = 0;
    int64_t hits = 0;
    std::vector<int> found;
    for (auto _ : state) {
        const DayRange &window = list[next++ % list.size()];
        if constexpr (How == Query::Index) {
            found = timeline.eventsIn(window);
        } else if constexpr (How == Query::IndexUnordered) {
            // A fresh vector, as the other two build one per query.
            std::vector<int> unordered;
            timeline.index().collect(window, unordered);
            found = std::move(unordered);
        } else {
            found = linearScan(timeline, window);
        }
        hits += int64_t(found.size());
        benchmark::DoNotOptimize(found.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["hits"] = benchmark::Counter(double(hits), benchmark::Counter::kAvgIterations);
}

// Timeline::eventsIn: the interval index, its answer sorted into time order.
void BM_EventsInIndex(benchmark::State &state)
{
    windowQuery<Query::Index>(state);
}

// The index without the sort (IntervalIndex::collect), for callers that only count or aggregate.
void BM_EventsInIndexUnordered(benchmark::State &state)
{
    windowQuery<Query::IndexUnordered>(state);
}

// What the index replaces: every event tested against the window, in time order.
void BM_EventsInScan(benchmark::State &state)
{
    windowQuery<Query::Scan>(state);
}

void windowArguments(benchmark::internal::Benchmark *b)
{
    b->ArgNames({"events", "days"});
    for (int events : {1'000, 10'000, 100'000}) {
        for (int days : {30, 365})
            b->Args({events, days});
    }
}

BENCHMARK(BM_EventsInIndex)->Apply(windowArguments);
BENCHMARK(BM_EventsInIndexUnordered)->Apply(windowArguments);
BENCHMARK(BM_EventsInScan)->Apply(windowArguments);

int64_t totalBytes(const std::map<QString, QByteArray> &files)
{
    int64_t bytes = 0;
    for (const auto &[name, contents] : files)
        bytes += contents.size();
    return bytes;
}

// Loading the built-in data set from the compiled-in resources: read, parse, validate.
void BM_LoadBuiltinDataSet(benchmark::State &state)
{
    const QDir dir(builtinDataSetPath());
    std::map<QString, QByteArray> files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files[name] = file.readAll();
    }
    size_t events = 0;
    for (auto _ : state) {
        const LoadResult result = DataSetLoader::loadDirectory(builtinDataSetPath());
        if (!result.ok()) {
            state.SkipWithError("the built-in data set has errors");
            break;
        }
        events = result.data.events.size();
    }
    state.SetItemsProcessed(state.iterations() * int64_t(events));
    state.SetBytesProcessed(state.iterations() * totalBytes(files));
    state.counters["events"] = double(events);
}
BENCHMARK(BM_LoadBuiltinDataSet)->Unit(benchmark::kMillisecond);

// Loading a synthetic data set held in memory; items are events.
void BM_LoadSynthetic(benchmark::State &state)
{
    const auto files = syntheticFiles(int(state.range(0)));
    for (auto _ : state) {
        const LoadResult result = DataSetLoader::loadBuffers(files);
        if (!result.ok()) {
            state.SkipWithError(result.diagnostics.all().front().toString().toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(result.data.events.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * totalBytes(files));
}
BENCHMARK(BM_LoadSynthetic)->ArgName("events")->Arg(10'000)->Unit(benchmark::kMillisecond);

// Building the Timeline (sort, id maps, interval index, search text) from a loaded data set.
void BM_BuildTimeline(benchmark::State &state)
{
    const DataSet data = syntheticDataSet(int(state.range(0)));
    for (auto _ : state) {
        const Timeline timeline(data);
        benchmark::DoNotOptimize(&timeline);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_BuildTimeline)->ArgName("events")->Arg(10'000)->Unit(benchmark::kMillisecond);

// Search as the user types: every word must occur in the title, summary or actors' names.
const QStringList kQueries
    = {QStringLiteral("stalin"), QStringLiteral("trial"), QStringLiteral("Бухарин"), QStringLiteral("no-such-word")};

void search(benchmark::State &state, const Timeline &timeline)
{
    const QString &query = kQueries[qsizetype(state.range(0))];
    state.SetLabel(query.toStdString());
    size_t hits = 0;
    for (auto _ : state) {
        const std::vector<int> found = timeline.search(query);
        hits = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    // Items are events searched through.
    state.SetItemsProcessed(state.iterations() * timeline.eventCount());
    state.counters["hits"] = double(hits);
}

void BM_SearchBuiltin(benchmark::State &state)
{
    search(state, builtinTimeline());
}
BENCHMARK(BM_SearchBuiltin)->ArgName("query")->DenseRange(0, int(kQueries.size()) - 1);

void BM_SearchSynthetic(benchmark::State &state)
{
    search(state, syntheticTimeline(10'000));
}
BENCHMARK(BM_SearchSynthetic)->ArgName("query")->DenseRange(0, int(kQueries.size()) - 1);

} // namespace

BENCHMARK_MAIN();
