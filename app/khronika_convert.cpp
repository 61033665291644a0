// khronika-convert: imports TimelineJS sheets and JSON, Timeline files and plain CSV into new Khronika data
// set folders, and exports data sets to TimelineJS, plain CSV and iCalendar.
#include "core/AtomicFile.h"
#include "core/Convert.h"
#include "core/DataSetLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

enum ExitCode { kClean = 0, kDataErrors = 1, kUsage = 2 };

void print(const khronika::Diagnostics &diagnostics, QTextStream &err)
{
    for (const khronika::Diagnostic &d : diagnostics.all())
        err << d.toString() << "\n";
}

int importInto(khronika::ConvertFormat from, const QString &input, const QString &output, khronika::GroupAs groupAs,
    QTextStream &err)
{
    khronika::ImportResult result = khronika::importTimelineFile(from, input, groupAs);
    result.diagnostics.sort();
    print(result.diagnostics, err);
    if (result.ioFailure)
        return kUsage;
    if (result.data.events.empty() && result.data.periods.empty()) {
        err << "khronika-convert: nothing imported from " << input << "\n";
        return kDataErrors;
    }
    QString error;
    if (!khronika::writeDataSetFolder(result.data, output, &error)) {
        err << "khronika-convert: " << error << "\n";
        return kUsage;
    }
    err << input << ": imported " << result.entriesImported << " of " << result.entriesRead << " row(s) into " << output
        << " (" << result.diagnostics.errorCount() << " left out); check it with khronika-check " << output << "\n";
    return result.ok() ? kClean : kDataErrors;
}

int exportTo(khronika::ConvertFormat to, const QString &input, const QString &output, khronika::GroupAs groupAs,
    QTextStream &err)
{
    const khronika::LoadResult loaded = khronika::DataSetLoader::loadDirectory(input);
    // Errors stop the export and are shown; warnings (an imported data set has one on each event) are
    // counted, and khronika-check lists them.
    for (const khronika::Diagnostic &d : loaded.diagnostics.all()) {
        if (d.severity != khronika::Diagnostic::Severity::Warning)
            err << d.toString() << "\n";
    }
    if (loaded.ioFailure)
        return kUsage;
    // A data set with errors is not what its authors meant: it is not sent out half read.
    if (!loaded.ok()) {
        err << "khronika-convert: " << input << " has errors: nothing exported\n";
        return kDataErrors;
    }
    QString error;
    if (!khronika::writeFileAtomically(output, khronika::exportTimeline(to, loaded.data, groupAs), &error)) {
        err << "khronika-convert: " << error << "\n";
        return kUsage;
    }
    err << input << ": " << loaded.data.events.size() << " event(s) exported to " << output;
    if (const int warnings = loaded.diagnostics.warningCount(); warnings > 0)
        err << " (the data set has " << warnings << " warning(s): khronika-check " << input << " lists them)";
    err << "\n";
    return kClean;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("khronika-convert"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHRONIKA_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a timeline into a new Khronika data set folder, or exports a data set to another format.\n"
        "\n"
        "Import from: timelinejs-csv (a TimelineJS sheet saved as CSV), timelinejs-json, timeline (the .timeline\n"
        "files of the program Timeline), csv (a header row of date, end, title, summary, group, people, source).\n"
        "Export to: timelinejs-json, timelinejs-csv, csv, ics (iCalendar, all-day entries).\n"
        "Formats are guessed from the names: a folder is a data set; .json is TimelineJS JSON; .csv is a\n"
        "TimelineJS sheet when its header has Year and Headline (on output: always), plain CSV otherwise;\n"
        ".timeline and .ics as named.\n"
        "\n"
        "Imported events cite the imported file as their source, marked unverified: khronika-check warns about\n"
        "them until real sources are given. A row that cannot be read is reported as file:line:col and left out.\n"
        "\n"
        "Exit status: 0 done, 1 rows left out or the data set has errors, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QStringLiteral("The format of INPUT, when its name does not say."), QStringLiteral("FORMAT"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QStringLiteral("The format of OUTPUT, when its name does not say."), QStringLiteral("FORMAT"));
    const QCommandLineOption groupOption(QStringLiteral("group-as"),
        QStringLiteral("What a TimelineJS group is in Khronika: category (the default) or faction."),
        QStringLiteral("KIND"), QStringLiteral("category"));
    parser.addOptions({fromOption, toOption, groupOption});
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("A timeline file, or a data set folder."));
    parser.addPositionalArgument(
        QStringLiteral("OUTPUT"), QStringLiteral("A new data set folder, or the file to export to."));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "khronika-convert: " << parser.errorText() << "\n\n" << parser.helpText();
        return kUsage;
    }
    // --help, --help-all and --version print and exit 0.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version")))
        parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << parser.helpText();
        return kUsage;
    }
    const QString &input = args[0];
    const QString &output = args[1];
    const QString groupName = parser.value(groupOption);
    if (groupName != u"category" && groupName != u"faction") {
        err << "khronika-convert: --group-as takes category or faction, not '" << groupName << "'\n";
        return kUsage;
    }
    const khronika::GroupAs groupAs
        = groupName == u"faction" ? khronika::GroupAs::Faction : khronika::GroupAs::Category;
    if (!QFileInfo::exists(input)) {
        err << "khronika-convert: " << input << ": no such file or folder\n";
        return kUsage;
    }

    const auto formatOf
        = [&](const QCommandLineOption &option, const QString &path,
              std::optional<khronika::ConvertFormat> guessed) -> std::optional<khronika::ConvertFormat> {
        if (!parser.isSet(option)) {
            if (!guessed)
                err << "khronika-convert: cannot tell the format of " << path << ": name it with --"
                    << option.names().front() << "\n";
            return guessed;
        }
        const auto named = khronika::formatFromName(parser.value(option));
        if (!named)
            err << "khronika-convert: unknown format '" << parser.value(option)
                << "' (dataset, timelinejs-csv, timelinejs-json, timeline, csv, ics)\n";
        return named;
    };
    const auto from = formatOf(fromOption, input, khronika::guessInputFormat(input));
    if (!from)
        return kUsage;
    const auto to = formatOf(toOption, output, khronika::guessOutputFormat(output));
    if (!to)
        return kUsage;

    const bool fromDataSet = *from == khronika::ConvertFormat::DataSet;
    const bool toDataSet = *to == khronika::ConvertFormat::DataSet;
    if (fromDataSet == toDataSet || *from == khronika::ConvertFormat::ICalendar
        || *to == khronika::ConvertFormat::TimelineXml) {
        err << "khronika-convert: converts a timeline into a data set or a data set into a timeline, not "
            << khronika::formatName(*from) << " into " << khronika::formatName(*to) << "\n";
        return kUsage;
    }
    if (fromDataSet && !QFileInfo::exists(input + QStringLiteral("/dataset.yaml"))) {
        err << "khronika-convert: " << input << ": not a data set folder (no dataset.yaml)\n";
        return kUsage;
    }
    return toDataSet ? importInto(*from, input, output, groupAs, err) : exportTo(*to, input, output, groupAs, err);
}
