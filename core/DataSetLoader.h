#pragma once

#include "DataSet.h"
#include "Diagnostic.h"
#include "YamlTree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace khronika {

// What loading a data set gives: the records that could be read and every problem found. A data set
// with errors is still returned as far as it could be read, but only one without errors should be
// shown.
struct LoadResult {
    DataSet data;
    Diagnostics diagnostics;
    // Some file could not be read at all (missing, a directory, a FIFO or device, a link out of the data
    // set's folder, larger than the limit, unreadable): an I/O problem, exit status 2 in the command-line
    // tools, where data errors are 1. Its diagnostic is among the others.
    bool ioFailure = false;
    // A tour file a teacher saved that does not fit the data set (a bad file, a duplicate id): it is left
    // out with its own problems, and the data set and the other tours load without it.
    struct RejectedFile {
        QString file;
        Diagnostics diagnostics;
    };
    std::vector<RejectedFile> rejectedTours;
    // Loading was stopped by its progress callback (a Cancel button): nothing is to be shown.
    bool cancelled = false;
    bool ok() const { return !diagnostics.hasErrors(); }
};

// Told how many of a data set's files are read (`done` of `total`) before each file and once at the
// end; returning false stops loading there (the result is then cancelled, with an error). It is called
// on the loading thread.
using LoadProgress = std::function<bool(int done, int total)>;

// Reads and validates a data set: a dataset.yaml naming the other files, each checked for YAML
// syntax, unknown or missing fields, impossible dates, duplicate ids and references to records that
// do not exist. Every problem is collected; loading never stops at the first.
class DataSetLoader
{
public:
    // Loads the data set in a directory (a path on disk or a Qt resource path such as ":/data/x").
    // Only regular files whose real path lies inside the directory are read: a FIFO, a device or a link
    // out of the folder is an error, never followed and never waited on.
    // Tours a teacher saved from the explorer (`*.tour.yaml`) load with it, each file on its own: those
    // in the data set's folder and those in `tourFolders` (where the built-in data set's own tours are
    // kept). A tour file with problems goes to LoadResult::rejectedTours; the rest load.
    static LoadResult loadDirectory(const QString &directory, const YamlLimits &limits = {},
        const QStringList &tourFolders = {}, const LoadProgress &progress = {});

    // Loads a data set held in memory: file name -> contents; must hold "dataset.yaml". `displayRoot`
    // prefixes file names in diagnostics.
    static LoadResult loadBuffers(
        const std::map<QString, QByteArray> &files, const QString &displayRoot = {}, const YamlLimits &limits = {});

    // Reads one file; returns nothing and sets `error` when it cannot be read.
    using FileReader = std::function<std::optional<QByteArray>(const QString &name, QString *error)>;
    // `tourFiles` (absolute paths or names in the folder) are read after the files dataset.yaml lists,
    // each on its own: one that does not fit goes to LoadResult::rejectedTours.
    // `readParsed`, where given, reads a file's tree written beforehand (YamlTree::toBinary), which is
    // then taken instead of parsing the file; it answers nothing for a file that has none. Only for
    // the program's own files (YamlTree::fromBinary checks no limits).
    static LoadResult load(const FileReader &read, const QString &displayRoot, const YamlLimits &limits,
        const QStringList &tourFiles = {}, const LoadProgress &progress = {}, const FileReader &readParsed = {});

    // Beside a file of the data set compiled into the program, its tree parsed when the program was
    // built: "events.yaml" has "events.yaml.tree" (made by khronika_pack_data). loadDirectory reads
    // them for a resource folder (":/...") and parses the YAML only of files that have none.
    static constexpr QLatin1StringView kParsedTreeSuffix {".tree"};

    // The kinds of mapping the loader reads, each named by the list its records sit in ("events"), a
    // path to a nested mapping ("events.actors", "tours.steps.range"), "dataset" and its parts
    // ("dataset.period"), or "citation" (a source reference written { ref, page }).
    static QStringList kinds();
    // The fields a kind of mapping may have, from the very table the loader checks against; empty
    // for an unknown kind.
    static QStringList fieldsOf(const QString &kind);
};

} // namespace khronika
