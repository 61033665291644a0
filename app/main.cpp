// khronika: the explorer. This file only reads the command line and opens the window.
#include "core/AtomicFile.h"
#include "core/DataSetLoader.h"
#include "core/Roster.h"
#include "core/Translation.h"
#include "data/BuiltinData.h"
#include "i18n/Language.h"
#include "ui/DataSetOpening.h"
#include "ui/MainWindow.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/export/Exporter.h"
#include "ui/export/Handout.h"
#include "ui/export/ViewDump.h"
#include "ui/panels/LoadProblems.h"
#include "ui/presentation/TourPlayer.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdlib>
#include <cstring>

using namespace khronika;

namespace {

enum ExitCode { kOk = 0, kDataErrors = 1, kUsage = 2 };

// "1927", "1927-05", "1927-05-09" or a range "1927..1929" (inclusive at its precision).
std::optional<std::pair<double, double>> parseRange(const QString &text)
{
    const QStringList parts = text.split(QStringLiteral(".."));
    if (parts.size() != 2)
        return std::nullopt;
    const auto from = Date::parse(parts[0].trimmed());
    const auto to = Date::parse(parts[1].trimmed());
    if (!from || !to || to->lastDay() < from->firstDay())
        return std::nullopt;
    return std::pair {double(from->firstDay()), double(to->lastDay() + 1)};
}

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    bool okW = false, okH = false;
    if (parts.size() != 2)
        return std::nullopt;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 320 || h < 240 || w > 8192 || h > 8192)
        return std::nullopt;
    return QSize(w, h);
}

// The value of --lang (as "--lang ru" or "--lang=ru"), read before the parser exists: the parser's
// own help text is already in the chosen language.
QString askedLanguage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots and exports need no display: paint offscreen when there is none. Help and version
    // never need one (help2man runs them in package builds), even where DISPLAY names a dead server.
    for (int i = 1; i < argc; ++i) {
        const bool headless = std::strncmp(argv[i], "--screenshot", 12) == 0
            || std::strncmp(argv[i], "--export", 8) == 0 || std::strncmp(argv[i], "--dump-view", 11) == 0;
        const bool textOnly = std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "--help-all") == 0
            || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "-?") == 0
            || std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0;
        if (((headless && !hasDisplay()) || textOnly) && !std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Khronika"));
    QApplication::setOrganizationName(QStringLiteral("Khronika"));
    QApplication::setApplicationVersion(QStringLiteral(KHRONIKA_VERSION));
    // Matches the desktop file, so that desktops show the right icon and name for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.khronika.Khronika"));
    QTextStream err(stderr);
    // The language: --lang, else the one chosen in the menu, else the system's. A screenshot or an
    // export shows what the command line asks, nothing remembered (as for the layout below).
    bool remembers = true;
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--screenshot", "--dump-view", "--export"}) {
            if (std::strncmp(argv[i], option, std::strlen(option)) == 0)
                remembers = false;
        }
    }
    const QString asked = askedLanguage(argc, argv);
    const QString language
        = Language::choose(asked, remembers ? QSettings().value(QStringLiteral("ui/language")).toString() : QString(),
            QLocale::system().uiLanguages());
    Language::apply(&app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A timeline explorer of the USSR, 1923-1941."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"),
        QCoreApplication::translate("main", "Open the data set in folder PATH."), QStringLiteral("PATH"));
    const QCommandLineOption range(QStringLiteral("range"),
        QCoreApplication::translate("main", "Show FROM..TO (YYYY[-MM[-DD]], inclusive)."), QStringLiteral("FROM..TO"));
    const QCommandLineOption lanes(QStringLiteral("lanes"),
        QCoreApplication::translate("main", "Group events by faction, category or actor."),
        QStringLiteral("faction|category|actor"));
    const QCommandLineOption actor(QStringLiteral("actor"),
        QCoreApplication::translate("main", "Trace an actor; repeat to compare."), QStringLiteral("ID"));
    const QCommandLineOption faction(QStringLiteral("faction"),
        QCoreApplication::translate("main", "Show only this faction; repeat for more."), QStringLiteral("ID"));
    const QCommandLineOption event(
        QStringLiteral("event"), QCoreApplication::translate("main", "Select an event."), QStringLiteral("ID"));
    const QCommandLineOption cursor(QStringLiteral("cursor"),
        QCoreApplication::translate("main", "Put the time cursor on a day and show who held power then."),
        QStringLiteral("YYYY[-MM[-DD]]"));
    const QCommandLineOption size(
        QStringLiteral("size"), QCoreApplication::translate("main", "Window size."), QStringLiteral("WxH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Paint the window into FILE.png and exit."), QStringLiteral("FILE.png"));
    const QCommandLineOption dumpView(QStringLiteral("dump-view"),
        QCoreApplication::translate("main",
            "Write every text the window draws, with its rectangle and pixel size, and which plots "
            "are shown, to FILE.json, and exit (with or without --screenshot)."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption present(
        QStringLiteral("present"), QCoreApplication::translate("main", "Start in presentation mode (F5)."));
    const QCommandLineOption tour(QStringLiteral("tour"),
        QCoreApplication::translate("main", "Play a guided tour (with --present)."), QStringLiteral("ID"));
    const QCommandLineOption step(QStringLiteral("step"),
        QCoreApplication::translate("main", "Open the tour at step N (from 1)."), QStringLiteral("N"));
    const QCommandLineOption reveal(QStringLiteral("reveal"),
        QCoreApplication::translate("main", "Reveal mode: hide what comes after the tour step."));
    const QCommandLineOption theme(QStringLiteral("theme"), QCoreApplication::translate("main", "Colour theme."),
        QStringLiteral("light|dark|projector|system"));
    const QCommandLineOption exportView(QStringLiteral("export"),
        QCoreApplication::translate("main", "Export the view to FILE (.png, .svg or .pdf) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportTour(QStringLiteral("export-tour"),
        QCoreApplication::translate("main", "Export tour ID as a PDF handout to FILE.pdf and exit."),
        QStringLiteral("ID"));
    const QCommandLineOption paper(QStringLiteral("paper"),
        QCoreApplication::translate(
            "main", "Paper of the tour handout (default: A4, or US Letter where the locale measures in US units)."),
        QStringLiteral("a4|letter"));
    const QCommandLineOption charts(QStringLiteral("charts"), QCoreApplication::translate("main", "Show these charts."),
        QStringLiteral("fyp|collectivisation|countryside|terror|towns|all"));
    const QCommandLineOption exportChart(QStringLiteral("export-chart"),
        QCoreApplication::translate("main", "Export chart ID to FILE (.png or .svg) and exit."), QStringLiteral("ID"));
    const QCommandLineOption map(
        QStringLiteral("map"), QCoreApplication::translate("main", "Show the map beside the timeline."));
    const QCommandLineOption exportMap(QStringLiteral("export-map"),
        QCoreApplication::translate("main", "Export the map to FILE (.png, .svg or .pdf) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language (default: the system's)."), QStringLiteral("en|ru"));
    parser.addOptions({lang, data, range, lanes, actor, faction, event, cursor, size, screenshot, dumpView, present,
        tour, step, reveal, theme, exportView, exportTour, paper, charts, exportChart, map, exportMap});
    if (!parser.parse(app.arguments())) {
        err << "khronika: " << parser.errorText() << "\n";
        return kUsage;
    }
    // --help, --help-all (with Qt's own options) and --version print and exit 0.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version")))
        parser.process(app);
    // --export-tour ID FILE.pdf and --export-chart ID FILE take the file as the one positional argument.
    const QStringList positional = parser.positionalArguments();
    const bool wantsFile = parser.isSet(QStringLiteral("export-tour")) || parser.isSet(QStringLiteral("export-chart"));
    if (positional.size() != (wantsFile ? 1 : 0)) {
        err << "khronika: "
            << (positional.isEmpty() ? QStringLiteral("--export-tour ID FILE and --export-chart ID FILE need the file")
                                     : QStringLiteral("unexpected argument ") + positional.front())
            << "\n";
        return kUsage;
    }

    if (!asked.isEmpty() && !Language::available().contains(asked)) {
        err << "khronika: --lang " << asked << ": "
            << QCoreApplication::translate("main", "expected one of %1")
                   .arg(Language::available().join(QStringLiteral(", ")))
            << "\n";
        return kUsage;
    }

    ExplorerOptions options;
    if (parser.isSet(range)) {
        options.window = parseRange(parser.value(range));
        if (!options.window) {
            err << "khronika: --range " << parser.value(range)
                << ": expected FROM..TO with dates YYYY, YYYY-MM or YYYY-MM-DD, TO not before FROM\n";
            return kUsage;
        }
    }
    if (parser.isSet(cursor)) {
        const auto date = Date::parse(parser.value(cursor));
        if (!date) {
            err << "khronika: --cursor " << parser.value(cursor) << ": expected a date YYYY, YYYY-MM or YYYY-MM-DD\n";
            return kUsage;
        }
        options.cursor = date->firstDay();
    }
    if (parser.isSet(lanes)) {
        const QString mode = parser.value(lanes);
        if (mode == u"faction")
            options.lanes = LaneMode::Faction;
        else if (mode == u"category")
            options.lanes = LaneMode::Category;
        else if (mode == u"actor")
            options.lanes = LaneMode::Actor;
        else {
            err << "khronika: --lanes " << mode << ": expected faction, category or actor\n";
            return kUsage;
        }
    }
    if (parser.isSet(size)) {
        const auto parsed = parseSize(parser.value(size));
        if (!parsed) {
            err << "khronika: --size " << parser.value(size) << ": expected WIDTHxHEIGHT, e.g. 1920x1080\n";
            return kUsage;
        }
        options.size = *parsed;
    }
    options.map = parser.isSet(map);
    if (parser.isSet(charts)) {
        options.charts = EconomyCharts::parseChartList(parser.value(charts));
        if (!options.charts) {
            err << "khronika: --charts " << parser.value(charts) << ": expected "
                << EconomyCharts::chartIds().join(QStringLiteral(", ")) << " or all\n";
            return kUsage;
        }
    }
    if (parser.isSet(exportChart) && !EconomyCharts::chartIds().contains(parser.value(exportChart))) {
        err << "khronika: --export-chart " << parser.value(exportChart) << ": expected one of "
            << EconomyCharts::chartIds().join(QStringLiteral(", ")) << "\n";
        return kUsage;
    }
    options.actors = parser.values(actor);
    // Comparing several people reads best with a lane each, unless the lanes were chosen.
    if (options.actors.size() > 1 && !options.lanes)
        options.lanes = LaneMode::Actor;
    options.factions = parser.values(faction);
    options.event = parser.value(event);

    const QString path = parser.isSet(data) ? parser.value(data) : builtinDataSetPath();
    // Tours a teacher made: beside a data set on disk, or in the user's data folder for the built-in one.
    const QString userTours
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tours");
    const QString tourFolder = parser.isSet(data) ? path : userTours;
    // Started from a desktop, nobody reads stderr: show the problems in a window.
    const bool interactive = hasDisplay() && QGuiApplication::platformName() != u"offscreen"
        && !parser.isSet(screenshot) && !parser.isSet(dumpView) && !parser.isSet(exportView)
        && !parser.isSet(exportTour) && !parser.isSet(exportChart) && !parser.isSet(exportMap);
    // Each saved tour file loads on its own: a bad one is left out and shown, the rest load.
    const QStringList tourFolders = parser.isSet(data) ? QStringList() : QStringList {userTours};
    // On a desktop a large data set loads on another thread behind a progress bar with Cancel.
    std::optional<LoadResult> opened
        = interactive ? loadWithProgress(path, tourFolders) : DataSetLoader::loadDirectory(path, {}, tourFolders);
    if (!opened)
        return kOk; // cancelled: nothing was asked to be shown
    LoadResult &loaded = *opened;
    for (const Diagnostic &d : loaded.diagnostics.all())
        err << d.toString() << "\n";
    for (const LoadResult::RejectedFile &t : loaded.rejectedTours)
        err << LoadProblems::detailsText(t.diagnostics) << "\nkhronika: " << t.file << " was not loaded\n";
    if (!loaded.ok()) {
        err << "khronika: " << path << ": " << loaded.diagnostics.errorCount() << " error(s); nothing to show\n";
        err.flush();
        if (interactive)
            std::unique_ptr<QMessageBox>(LoadProblems::dataSetErrors(path, loaded))->exec();
        return loaded.ioFailure ? kUsage : kDataErrors;
    }
    // The data set's texts in the interface's language (its own where a text has no translation); the
    // untranslated data set goes along so that search finds events in both languages.
    // The untranslated data set is kept for a change of language while the window is open.
    auto untranslated = std::make_shared<const DataSet>(std::move(loaded.data));
    auto timeline = MainWindow::timelineIn(*untranslated, Language::current());

    const auto unknown = [&](const char *what, const QString &id) {
        err << "khronika: unknown " << what << " '" << id << "'\n";
        return kUsage;
    };
    for (const QString &id : std::as_const(options.actors)) {
        if (timeline->actorIndex(id) < 0)
            return unknown("actor", id);
    }
    for (const QString &id : std::as_const(options.factions)) {
        if (timeline->factionIndex(id) < 0)
            return unknown("faction", id);
    }
    if (!options.event.isEmpty() && timeline->eventIndex(options.event) < 0)
        return unknown("event", options.event);
    // A cursor outside the data set's period would be moved to its edge without a word: refuse it.
    if (options.cursor) {
        QString refusal;
        if (!rosterAt(*timeline, *options.cursor, &refusal)) {
            err << "khronika: --cursor " << parser.value(cursor) << ": " << refusal << "\n";
            return kUsage;
        }
    }

    const Tour *chosenTour = nullptr;
    if (parser.isSet(tour) || parser.isSet(exportTour)) {
        const QString id = parser.isSet(tour) ? parser.value(tour) : parser.value(exportTour);
        chosenTour = timeline->tour(id);
        if (!chosenTour)
            return unknown("tour", id);
    }
    int stepNumber = 1;
    if (parser.isSet(step)) {
        bool ok = false;
        stepNumber = parser.value(step).toInt(&ok);
        if (!ok || !chosenTour || stepNumber < 1 || stepNumber > int(chosenTour->steps.size())) {
            err << "khronika: --step " << parser.value(step) << ": expected a step of the --tour, from 1 to "
                << (chosenTour ? int(chosenTour->steps.size()) : 0) << "\n";
            return kUsage;
        }
    }
    std::optional<Theme::Kind> themeKind;
    if (parser.isSet(theme)) {
        themeKind = Theme::ofName(parser.value(theme));
        if (!themeKind) {
            err << "khronika: --theme " << parser.value(theme) << ": expected light, dark, projector or system\n";
            return kUsage;
        }
    }

    if (parser.isSet(exportTour)) {
        const auto paperSize = parser.isSet(paper) ? Handout::parsePaper(parser.value(paper)) : Handout::defaultPaper();
        if (!paperSize) {
            err << "khronika: --paper " << parser.value(paper) << ": expected a4 or letter\n";
            return kUsage;
        }
        QString error;
        if (!Handout::write(timeline, *chosenTour, *paperSize, positional.front(), &error)) {
            err << "khronika: " << error << "\n";
            return kUsage;
        }
        return kOk;
    }

    MainWindow window(timeline);
    window.setUntranslatedData(untranslated);
    window.setTourFolder(tourFolder);
    // A screenshot and a dump of the view paint the same window, as a user would see it.
    const bool takeScreenshot = parser.isSet(screenshot) || parser.isSet(dumpView);
    // A screenshot or an export shows exactly what the command line asks, nothing remembered.
    if (!takeScreenshot && !parser.isSet(exportView) && !parser.isSet(exportChart) && !parser.isSet(exportMap))
        window.restoreSettings();
    else if (!options.size.isValid())
        options.size = QSize(1920, 1080);
    window.apply(options);
    if (themeKind)
        window.setThemeKind(*themeKind);
    if (parser.isSet(reveal))
        window.tourPlayer()->setRevealMode(true);

    if (parser.isSet(exportChart)) {
        QString error;
        if (!EconomyCharts::exportChart(parser.value(exportChart), positional.front(), window.state(), &error,
                options.size.isValid() ? options.size : QSize(), Theme::light(), parser.isSet(cursor))) {
            err << "khronika: " << error << "\n";
            return kUsage;
        }
        return kOk;
    }
    if (parser.isSet(exportMap)) {
        QString error;
        if (!Exporter::exportMap(*window.mapView(), window.theme(), parser.value(exportMap),
                options.size.isValid() ? options.size : QSize(1920, 1080), &error)) {
            err << "khronika: " << error << "\n";
            return kUsage;
        }
        return kOk;
    }
    if (parser.isSet(exportView)) {
        QString error;
        if (!Exporter::exportView(window.state(), window.theme(), parser.value(exportView),
                options.size.isValid() ? options.size : QSize(1920, 1080), &error)) {
            err << "khronika: " << error << "\n";
            return kUsage;
        }
        return kOk;
    }
    if (takeScreenshot)
        window.setFullScreenWhenPresenting(false); // the screenshot keeps the asked size
    if (parser.isSet(present) || chosenTour)
        window.setPresenting(true);
    if (chosenTour) {
        window.state()->setAnimationsEnabled(!takeScreenshot);
        window.playTour(*chosenTour, stepNumber - 1);
    }
    if (window.isPresenting() && parser.isSet(charts))
        window.setPresentationCharts(true);

    if (takeScreenshot) {
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName() == u"offscreen");
        window.show();
        // Layouts settle over several rounds of posted events (a chart rearranged into more rows asks
        // its panel for more room, which resizes it again): paint what a user would see.
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QString error = QStringLiteral("cannot write %1: the image could not be encoded as PNG").arg(file);
            if (!window.grab().save(&buffer, "PNG") || !writeFileAtomically(file, png, &error)) {
                err << "khronika: " << error << "\n";
                return kUsage;
            }
        }
        if (parser.isSet(dumpView)) {
            ViewDump dump = ViewDump::of(&window);
            window.describe(dump);
            QString error;
            if (!dump.save(parser.value(dumpView), &error)) {
                err << "khronika: " << error << "\n";
                return kUsage;
            }
        }
        return kOk;
    }
    err.flush();
    window.show();
    if (interactive && !loaded.rejectedTours.empty())
        LoadProblems::rejectedTours(loaded, &window)->open();
    return app.exec();
}
