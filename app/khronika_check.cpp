// khronika-check: validates data sets and prints their problems as file:line:col diagnostics.
#include "core/Bibliography.h"
#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "core/Roster.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

enum ExitCode { kClean = 0, kDataErrors = 1, kUsage = 2 };

const char kUsageText[] = "Usage: khronika-check [--json | --stats | --sources] PATH...\n"
                          "       khronika-check --at DATE [--json] PATH\n"
                          "Validates Khronika data sets (folders holding a dataset.yaml) and prints every problem as\n"
                          "file:line:col: error|warning: message.\n"
                          "\n"
                          "  --json    print the whole loaded data set, normalised, as JSON on stdout\n"
                          "  --stats   print the number of records of each kind, and of unchecked figures\n"
                          "  --sources print the bibliography, one work a line, with how often each is cited\n"
                          "  --at DATE print who held power on DATE (YYYY-MM-DD): office holders, the Politburo with\n"
                          "            factions, who had fallen or died, the plan in force; as JSON with --json\n"
                          "  --help    show this text\n"
                          "\n"
                          "Exit status: 0 clean, 1 the data has errors, 2 usage or I/O error.\n";

// `--at DATE`: the roster of one data set on one day, as text or JSON. A day outside the data set's
// period is refused (exit 2): the data says nothing of it.
int printRoster(const QString &path, const QString &at, bool json, QTextStream &out, QTextStream &err)
{
    const auto date = khronika::Date::parse(at);
    if (!date || date->precision != khronika::Date::Precision::Day) {
        err << "khronika-check: --at takes a day, YYYY-MM-DD, not '" << at << "'\n";
        return kUsage;
    }
    const khronika::LoadResult result = khronika::DataSetLoader::loadDirectory(path);
    for (const khronika::Diagnostic &d : result.diagnostics.all())
        err << d.toString() << "\n";
    if (!result.ok())
        return kDataErrors;
    const khronika::Timeline timeline(result.data);
    QString refusal;
    const auto roster = khronika::rosterAt(timeline, date->firstDay(), &refusal);
    if (!roster) {
        err << "khronika-check: " << refusal << "\n";
        return kUsage;
    }
    if (json)
        out << QString::fromUtf8(
            QJsonDocument(khronika::rosterJson(timeline, *roster)).toJson(QJsonDocument::Indented));
    else
        out << khronika::rosterText(timeline, *roster);
    return kClean;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    bool json = false;
    bool stats = false;
    bool sources = false;
    QStringList paths;
    std::optional<QString> at;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--at") {
            if (i + 1 == args.size()) {
                err << "khronika-check: --at needs a date\n" << kUsageText;
                return kUsage;
            }
            at = args[++i];
        } else if (arg == u"--json") {
            json = true;
        } else if (arg == u"--stats") {
            stats = true;
        } else if (arg == u"--sources") {
            sources = true;
        } else if (arg == u"--help" || arg == u"-h") {
            out << kUsageText;
            return kClean;
        } else if (arg.startsWith(u'-')) {
            err << "khronika-check: unknown option " << arg << "\n" << kUsageText;
            return kUsage;
        } else {
            paths << arg;
        }
    }
    if (paths.isEmpty() || int(json) + int(stats) + int(sources) > 1) {
        err << kUsageText;
        return kUsage;
    }
    if (at) {
        if (paths.size() != 1 || stats) {
            err << "khronika-check: --at takes one data set\n" << kUsageText;
            return kUsage;
        }
        if (!QFileInfo(paths.front() + QStringLiteral("/dataset.yaml")).exists()) {
            err << "khronika-check: " << paths.front() << ": not a data set folder (no dataset.yaml)\n";
            return kUsage;
        }
        return printRoster(paths.front(), *at, json, out, err);
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
        } else if (sources) {
            out << khronika::bibliographyText(result.data);
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
                << "  documents:  " << d.documents.size() << "\n"
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
