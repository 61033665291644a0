// khronika-check: validates data sets and prints their problems as file:line:col diagnostics.
#include "core/Bibliography.h"
#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

enum ExitCode { kClean = 0, kDataErrors = 1, kUsage = 2 };

const char kUsageText[] = "Usage: khronika-check [--json | --stats | --sources] PATH...\n"
                          "Validates Khronika data sets (folders holding a dataset.yaml) and prints every problem as\n"
                          "file:line:col: error|warning: message.\n"
                          "\n"
                          "  --json    print the whole loaded data set, normalised, as JSON on stdout\n"
                          "  --stats   print the number of records of each kind, and of unchecked figures\n"
                          "  --sources print the bibliography, one work a line, with how often each is cited\n"
                          "  --help    show this text\n"
                          "\n"
                          "Exit status: 0 clean, 1 the data has errors, 2 usage or I/O error.\n";

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
    const QStringList args = app.arguments().mid(1);
    for (const QString &arg : args) {
        if (arg == u"--json") {
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
        // A tour file that does not fit is left out by the explorer; here it is an error like any other.
        for (const khronika::LoadResult::RejectedFile &tour : result.rejectedTours) {
            for (const khronika::Diagnostic &d : tour.diagnostics.all())
                err << d.toString() << "\n";
        }
        err.flush();
        if (result.ioFailure)
            status = kUsage;
        else if ((!result.ok() || !result.rejectedTours.empty()) && status == kClean)
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
            int errors = result.diagnostics.errorCount();
            int warnings = result.diagnostics.warningCount();
            for (const khronika::LoadResult::RejectedFile &tour : result.rejectedTours) {
                errors += tour.diagnostics.errorCount();
                warnings += tour.diagnostics.warningCount();
            }
            err << path << ": " << errors << " error(s), " << warnings << " warning(s)\n";
        }
    }
    // Output that did not reach its file (a full disk) is an I/O error, not a success.
    out.flush();
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << "khronika-check: cannot write the output: " << QString::fromLocal8Bit(std::strerror(errno)) << "\n";
        return kUsage;
    }
    return status;
}
