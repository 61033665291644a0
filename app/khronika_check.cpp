// khronika-check: validates data sets and prints their problems as file:line:col diagnostics.
#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "core/Timeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace {

enum ExitCode { kClean = 0, kDataErrors = 1, kUsage = 2 };

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("khronika-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHRONIKA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validates Khronika data sets (folders holding a dataset.yaml) and prints every problem as\n"
                       "file:line:col: error|warning: message.\n"
                       "\n"
                       "Exit status: 0 clean, 1 the data has errors, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print the whole loaded data set, normalised, as JSON on stdout."));
    const QCommandLineOption statsOption(
        QStringLiteral("stats"), QStringLiteral("Print the number of records of each kind, and of unchecked figures."));
    parser.addOptions({jsonOption, statsOption});
    parser.addPositionalArgument(
        QStringLiteral("PATH"), QStringLiteral("Data set folders to check."), QStringLiteral("PATH..."));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "khronika-check: " << parser.errorText() << "\n\n" << parser.helpText();
        return kUsage;
    }
    // --help, --help-all and --version print and exit 0.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version")))
        parser.process(app);

    const bool json = parser.isSet(jsonOption);
    const bool stats = parser.isSet(statsOption);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() || (json && stats)) {
        err << parser.helpText();
        return kUsage;
    }
    if (json && paths.size() > 1) {
        err << "khronika-check: --json takes one data set\n";
        return kUsage;
    }

    int status = kClean;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir() || !QFileInfo::exists(path + QStringLiteral("/dataset.yaml"))) {
            err << "khronika-check: " << path << ": not a data set folder (no dataset.yaml)\n";
            status = kUsage;
            continue;
        }
        const khronika::LoadResult result = khronika::DataSetLoader::loadDirectory(path);
        for (const khronika::Diagnostic &d : result.diagnostics.all())
            err << d.toString() << "\n";
        err.flush();
        if (!result.ok() && status == kClean)
            status = kDataErrors;
        if (json) {
            out << QString::fromUtf8(QJsonDocument(khronika::toJson(result.data)).toJson(QJsonDocument::Indented));
        } else if (stats) {
            const khronika::DataSet &d = result.data;
            qsizetype figures = 0;
            int unchecked = 0;
            for (const khronika::Series &s : d.series) {
                figures += qsizetype(s.points.size());
                unchecked += s.uncheckedCount();
            }
            out << path << ":\n"
                << "  events:     " << d.events.size() << "\n"
                << "  actors:     " << d.actors.size() << "\n"
                << "  factions:   " << d.factions.size() << "\n"
                << "  series:     " << d.series.size() << " (" << figures << " figures, " << unchecked
                << " not checked against a readable source)\n"
                << "  periods:    " << d.periods.size() << "\n"
                << "  tours:      " << d.tours.size() << "\n"
                << "  sources:    " << d.sources.size() << "\n"
                << "  categories: " << d.categories.size() << "\n"
                << "  errors:     " << result.diagnostics.errorCount() << "\n"
                << "  warnings:   " << result.diagnostics.warningCount() << "\n";
        } else {
            err << path << ": " << result.diagnostics.errorCount() << " error(s), " << result.diagnostics.warningCount()
                << " warning(s)\n";
        }
    }
    return status;
}
