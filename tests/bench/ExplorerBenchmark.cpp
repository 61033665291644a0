// The explorer's benchmarks (issue 17): loading, painting, zooming, searching and restyling the
// timeline on synthetic data sets of 1,000, 10,000 and 100,000 events made by the same generator as
// `khronika-gen` (SyntheticDataSet), and start-up beside a bare Qt window. After the run the targets
// are printed as ratios between figures of this one run, each with PASS or FAIL, so that the verdict
// does not depend on the machine. `make bench` runs them and writes build/bench.json.
//
// What each measures:
//   BM_ParseYamlOnly/N     yaml-cpp reading the same files into its node tree and walking it: the floor
//   BM_LoadDataset/N       DataSetLoader reading and validating them (DataSetLoader::loadBuffers)
//   BM_Paint{Overview,Year,Month}/N  painting the timeline at 1920x1080 into a QImage, its layout built
//                          and its text measured (warm): the repaint an expose or the time cursor costs
//   BM_PaintMap/N          painting the map at 1920x1080 into a QImage with its base map cached: the
//                          events of 1937 at 60 places, one in ten a route, one in twenty a region
//   BM_PaintMapUncached/N  the same with the base map drawn afresh (a resize or a change of theme)
//   BM_LayoutFirstVisit/N  laying out the whole period in a new view (nothing measured yet)
//   BM_WheelZoom/N         one wheel notch over the whole period, then its layout and paint
//   BM_LayoutWheel/N       the same notch and its layout, without painting
//   BM_Search/N            typing "t" in the search field until the results are painted
//   BM_ThemeChange/N       switching between the light and dark themes, then layout and paint
//   BM_Startup             `khronika --screenshot` with the built-in data set, as a process
//   BM_StartupBareQt       a Qt Widgets program that opens one window and grabs it, as a process
// The verdicts compare CPU times (the benchmark's thread), since the machine the figures come from is
// shared; start-up, which runs in another process, compares wall-clock times.

#include "core/DataSetLoader.h"
#include "core/SyntheticDataSet.h"
#include "core/Timeline.h"
#include "ui/Theme.h"
#include "ui/map/MapView.h"
#include "ui/panels/SidePanel.h"
#include "ui/state/ViewState.h"
#include "ui/timeline/TimelineView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>

using namespace khronika;

namespace {

const std::map<QString, QByteArray> &syntheticFiles(int events)
{
    static std::map<int, std::map<QString, QByteArray>> files;
    auto &set = files[events];
    if (set.empty()) {
        SyntheticOptions options;
        options.events = events;
        set = syntheticDataSetFiles(options);
    }
    return set;
}

// Loaded once per size and kept for the whole run.
std::shared_ptr<const Timeline> syntheticTimeline(int events)
{
    static std::map<int, std::shared_ptr<const Timeline>> timelines;
    auto &timeline = timelines[events];
    if (!timeline) {
        LoadResult result = DataSetLoader::loadBuffers(syntheticFiles(events));
        if (!result.ok()) {
            std::fprintf(stderr, "the synthetic data set of %d events has errors: %s\n", events,
                qPrintable(result.diagnostics.all().front().toString()));
            std::abort();
        }
        timeline = std::make_shared<const Timeline>(std::move(result.data));
    }
    return timeline;
}

int64_t totalBytes(const std::map<QString, QByteArray> &files)
{
    int64_t bytes = 0;
    for (const auto &[name, contents] : files)
        bytes += contents.size();
    return bytes;
}

size_t walk(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return node.Scalar().size();
    case YAML::NodeType::Sequence: {
        size_t n = 0;
        for (const YAML::Node &item : node)
            n += walk(item);
        return n;
    }
    case YAML::NodeType::Map: {
        size_t n = 0;
        for (const auto &pair : node)
            n += walk(pair.first) + walk(pair.second);
        return n;
    }
    default:
        return 0;
    }
}

void BM_ParseYamlOnly(benchmark::State &state)
{
    const auto &files = syntheticFiles(int(state.range(0)));
    for (auto _ : state) {
        size_t bytes = 0;
        for (const auto &[name, contents] : files)
            bytes += walk(YAML::Load(contents.toStdString()));
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(state.iterations() * totalBytes(files));
}

void BM_LoadDataset(benchmark::State &state)
{
    const auto &files = syntheticFiles(int(state.range(0)));
    for (auto _ : state) {
        const LoadResult result = DataSetLoader::loadBuffers(files);
        if (!result.ok()) {
            state.SkipWithError("the synthetic data set has errors");
            break;
        }
        benchmark::DoNotOptimize(result.data.events.data());
    }
    state.SetBytesProcessed(state.iterations() * totalBytes(files));
}

// A timeline view of a synthetic data set at 1920x1080, as the explorer lays it out (faction lanes).
struct Fixture {
    explicit Fixture(int events)
        : state(syntheticTimeline(events))
        , view(&state)
        , image(1920, 1080, QImage::Format_ARGB32_Premultiplied)
    {
        view.setTheme(Theme::light());
        view.resize(1920, 1080);
    }
    void showWindow(const DayRange &days) { state.setWindow(double(days.first), double(days.last + 1)); }
    void paint()
    {
        QPainter p(&image);
        view.render(&p);
    }
    ViewState state;
    TimelineView view;
    QImage image;
};

DayRange dayRangeOf(const char *from, const char *to)
{
    return {Date::parse(QString::fromLatin1(from))->firstDay(), Date::parse(QString::fromLatin1(to))->lastDay()};
}

// The synthetic data set with places: 60 towns on a grid over the USSR, four of them areas with an
// outline; every event placed, one in ten a route between two towns, one in twenty over an area.
std::shared_ptr<const Timeline> placedTimeline(int events)
{
    static std::map<int, std::shared_ptr<const Timeline>> timelines;
    auto &timeline = timelines[events];
    if (timeline)
        return timeline;
    DataSet data = syntheticTimeline(events)->data();
    for (int i = 0; i < 60; ++i) {
        Place place;
        place.id = QStringLiteral("place-%1").arg(i);
        place.name = QStringLiteral("Place %1").arg(i);
        place.latitude = 42.0 + (i % 6) * 4.5;
        place.longitude = 30.0 + (i / 6) * 13.0;
        if (i % 15 == 0) {
            place.precision = Place::Precision::Area;
            place.outline = {{place.latitude + 1.5, place.longitude - 3}, {place.latitude + 1.5, place.longitude + 3},
                {place.latitude - 1.5, place.longitude + 3}, {place.latitude - 1.5, place.longitude - 3}};
        }
        data.places.push_back(place);
    }
    for (size_t e = 0; e < data.events.size(); ++e) {
        Event &event = data.events[e];
        const auto id = [&](size_t k) { return data.places[k % 60].id; };
        if (e % 20 == 0)
            event.region = id((e / 20 % 4) * 15);
        else if (e % 10 == 0)
            event.route = {id(e * 7), id(e * 7 + 23)};
        else
            event.place = id(e * 7);
    }
    timeline = std::make_shared<const Timeline>(std::move(data));
    return timeline;
}

void mapBenchmark(benchmark::State &state, bool cached)
{
    ViewState viewState(placedTimeline(int(state.range(0))));
    const DayRange year = dayRangeOf("1937-01-01", "1937-12-31");
    viewState.setWindow(double(year.first), double(year.last + 1));
    viewState.setCursor(year.first + 180);
    MapView view(&viewState);
    view.setTheme(Theme::light());
    view.resize(1920, 1080);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        QPainter p(&image);
        view.paintMap(p, image.size());
    };
    paint(); // the base map cached, the projected layers built
    for (auto _ : state) {
        if (!cached)
            view.dropCache();
        paint();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["markers"] = double(view.markers().size());
    state.counters["drawn"] = double(view.clusters().size());
}

void BM_PaintMap(benchmark::State &state)
{
    mapBenchmark(state, true);
}

void BM_PaintMapUncached(benchmark::State &state)
{
    mapBenchmark(state, false);
}

void paintBenchmark(benchmark::State &state, std::optional<DayRange> window)
{
    Fixture f(int(state.range(0)));
    if (window)
        f.showWindow(*window);
    f.paint(); // layout and text measurement done once: warm
    for (auto _ : state) {
        f.paint();
        benchmark::DoNotOptimize(f.image.constBits());
    }
    const auto &marks = f.view.layout().marks;
    state.counters["marks"] = double(marks.size());
    state.counters["drawn"] = double(
        std::count_if(marks.begin(), marks.end(), [](const EventMark &m) { return !m.clustered && !m.covered; }));
    state.counters["clusters"] = double(f.view.layout().clusters.size());
    state.counters["labels"] = double(f.view.layout().labels.size());
}

void BM_PaintOverview(benchmark::State &state)
{
    paintBenchmark(state, std::nullopt);
}

// 1937 and March 1937: the densest stretch of the synthetic data, as of the real period.
void BM_PaintYear(benchmark::State &state)
{
    paintBenchmark(state, dayRangeOf("1937-01-01", "1937-12-31"));
}

void BM_PaintMonth(benchmark::State &state)
{
    paintBenchmark(state, dayRangeOf("1937-03-01", "1937-03-31"));
}

void BM_LayoutFirstVisit(benchmark::State &state)
{
    const auto timeline = syntheticTimeline(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        auto f = std::make_unique<Fixture>(int(state.range(0)));
        state.ResumeTiming();
        benchmark::DoNotOptimize(f->view.layout().marks.data());
        state.PauseTiming();
        f.reset();
        state.ResumeTiming();
    }
}

void BM_WheelZoom(benchmark::State &state)
{
    Fixture f(int(state.range(0)));
    f.paint();
    const QPointF at(1920 / 2.0, 540);
    int notch = 0;
    for (auto _ : state) {
        // In, then out again: every iteration a whole-period window at one notch's distance.
        const int delta = (notch++ % 2) ? -120 : 120;
        QWheelEvent wheel(at, at, QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&f.view, &wheel);
        f.paint();
        benchmark::DoNotOptimize(f.image.constBits());
    }
}

// The layout alone after one wheel notch over the whole period (in, then out): what a notch costs
// before painting, with the lanes' densities built and the titles measured.
void BM_LayoutWheel(benchmark::State &state)
{
    Fixture f(int(state.range(0)));
    f.paint();
    const QPointF at(1920 / 2.0, 540);
    int notch = 0;
    for (auto _ : state) {
        const int delta = (notch++ % 2) ? -120 : 120;
        QWheelEvent wheel(at, at, QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&f.view, &wheel);
        benchmark::DoNotOptimize(f.view.layout().marks.data());
    }
    const auto &marks = f.view.layout().marks;
    state.counters["marks"] = double(marks.size());
    state.counters["bars"]
        = double(std::count_if(marks.begin(), marks.end(), [](const EventMark &m) { return m.bar; }));
}

void BM_Search(benchmark::State &state)
{
    ViewState viewState(syntheticTimeline(int(state.range(0))));
    SidePanel panel(&viewState);
    panel.resize(320, 1000);
    panel.setAttribute(Qt::WA_DontShowOnScreen);
    panel.show();
    QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        state.PauseTiming();
        panel.searchField()->clear();
        QCoreApplication::processEvents();
        state.ResumeTiming();
        panel.searchField()->setText(QStringLiteral("t"));
        QPainter p(&image);
        panel.render(&p);
    }
}

void BM_ThemeChange(benchmark::State &state)
{
    Fixture f(int(state.range(0)));
    f.paint();
    bool dark = false;
    for (auto _ : state) {
        dark = !dark;
        f.view.setTheme(dark ? Theme::dark() : Theme::light());
        f.paint();
        benchmark::DoNotOptimize(f.image.constBits());
    }
}

void runProcess(benchmark::State &state, const QString &program, const QStringList &arguments)
{
    QTemporaryDir dir;
    for (auto _ : state) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(program, QStringList(arguments) << dir.filePath(QStringLiteral("shot.png")));
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            state.SkipWithError(("failed: " + program.toStdString()).c_str());
            break;
        }
    }
}

void BM_Startup(benchmark::State &state)
{
    runProcess(state, QStringLiteral(KHRONIKA_EXPLORER),
        {QStringLiteral("--size"), QStringLiteral("1024x768"), QStringLiteral("--screenshot")});
}

void BM_StartupBareQt(benchmark::State &state)
{
    runProcess(state, QStringLiteral(KHRONIKA_BARE_QT), {});
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int events : {1'000, 10'000, 100'000})
        b->Arg(events);
    b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_ParseYamlOnly)->Apply(sizes)->Iterations(3);
BENCHMARK(BM_LoadDataset)->Apply(sizes)->Iterations(3);
BENCHMARK(BM_PaintOverview)->Apply(sizes);
BENCHMARK(BM_PaintYear)->Apply(sizes);
BENCHMARK(BM_PaintMonth)->Apply(sizes);
BENCHMARK(BM_PaintMap)->Apply(sizes);
BENCHMARK(BM_PaintMapUncached)->Apply(sizes)->Iterations(10);
BENCHMARK(BM_LayoutFirstVisit)->Apply(sizes)->Iterations(5);
BENCHMARK(BM_WheelZoom)->Apply(sizes);
BENCHMARK(BM_LayoutWheel)->Apply(sizes);
BENCHMARK(BM_Search)->Apply(sizes)->Iterations(5);
BENCHMARK(BM_ThemeChange)->Apply(sizes)->Iterations(10);
BENCHMARK(BM_Startup)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_StartupBareQt)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

// Keeps every run's time (in milliseconds, per iteration) for the verdicts after the run.
class RecordingReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            // Keyed by name and argument ("BM_Search/100000"), without the fixed iteration count.
            const std::string args = run.run_name.args;
            // The machine is shared: what runs in this process is timed by its CPU time, which other
            // programs do not inflate; start-up runs in other processes and is timed by the clock.
            const double time = run.run_name.function_name.rfind("BM_Startup", 0) == 0 ? run.GetAdjustedRealTime()
                                                                                       : run.GetAdjustedCPUTime();
            if (run.run_type == Run::RT_Iteration && !run.error_occurred)
                times[run.run_name.function_name + (args.empty() ? "" : "/" + args)]
                    = time / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e3;
        }
        ConsoleReporter::ReportRuns(runs);
    }
    std::map<std::string, double> times;
};

// The targets of issue 17, each a figure of this run against a bound or against another figure of it.
void printVerdicts(const std::map<std::string, double> &times)
{
    const auto time = [&](const std::string &name) -> std::optional<double> {
        const auto it = times.find(name);
        return it == times.end() ? std::nullopt : std::optional<double>(it->second);
    };
    int failed = 0, missing = 0;
    std::printf("\n%-44s %10s %10s  %s\n", "target", "measured", "bound", "verdict");
    const auto verdict = [&](const std::string &what, std::optional<double> value, double bound, const char *unit) {
        if (!value) {
            std::printf("%-44s %10s %10s  not run\n", what.c_str(), "-", "-");
            ++missing;
            return;
        }
        const bool pass = *value <= bound;
        failed += pass ? 0 : 1;
        std::printf("%-44s %9.2f%s %9.2f%s  %s\n", what.c_str(), *value, unit, bound, unit, pass ? "PASS" : "FAIL");
    };
    const auto ratio = [&](const std::string &a, const std::string &b) -> std::optional<double> {
        const auto x = time(a), y = time(b);
        return x && y && *y > 0 ? std::optional<double>(*x / *y) : std::nullopt;
    };
    for (const char *paint : {"BM_PaintOverview", "BM_PaintYear", "BM_PaintMonth"}) {
        const std::string name = paint;
        verdict(name + "/100000 ÷ /1000", ratio(name + "/100000", name + "/1000"), 2.0, "x");
        verdict(name + "/100000", time(name + "/100000"), 8.0, "ms");
    }
    // The map, base map cached: a data set of the built-in one's size within a frame of 8 ms, and
    // 15,000 markers in the window (100k) costing less than twice that.
    verdict("BM_PaintMap/1000", time("BM_PaintMap/1000"), 8.0, "ms");
    verdict("BM_PaintMap/100000 ÷ /1000", ratio("BM_PaintMap/100000", "BM_PaintMap/1000"), 2.0, "x");
    verdict("BM_WheelZoom/100000", time("BM_WheelZoom/100000"), 16.0, "ms");
    verdict("BM_LayoutFirstVisit/100000", time("BM_LayoutFirstVisit/100000"), 50.0, "ms");
    verdict("BM_Search/100000", time("BM_Search/100000"), 16.0, "ms");
    verdict("BM_ThemeChange/100000", time("BM_ThemeChange/100000"), 50.0, "ms");
    verdict("BM_LoadDataset/100000 ÷ BM_ParseYamlOnly/100000",
        ratio("BM_LoadDataset/100000", "BM_ParseYamlOnly/100000"), 1.0, "x");
    verdict("BM_Startup ÷ BM_StartupBareQt", ratio("BM_Startup", "BM_StartupBareQt"), 1.5, "x");
    std::printf("\n%d target(s) failed, %d not run\n", failed, missing);
}

} // namespace

int main(int argc, char *argv[])
{
    // Painting needs a QApplication; offscreen, so that `make bench` runs without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printVerdicts(reporter.times);
    benchmark::Shutdown();
    return 0;
}
