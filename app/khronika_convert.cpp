// khronika-convert: imports TimelineJS sheets and JSON, Timeline files and plain CSV into new Khronika data
// set folders, and exports data sets to TimelineJS, plain CSV and iCalendar.
#include "core/AtomicFile.h"
#include "core/Convert.h"
#include "core/DataSetLoader.h"
#include "i18n/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

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
        err << "khronika-convert: "
            << QCoreApplication::translate("khronika-convert", "nothing imported from %1").arg(input) << "\n";
        return kDataErrors;
    }
    QString error;
    if (!khronika::writeDataSetFolder(result.data, output, &error)) {
        err << "khronika-convert: " << error << "\n";
        return kUsage;
    }
    err << input << ": "
        << QCoreApplication::translate(
               "khronika-convert", "imported %1 of %2 row(s) into %3 (%4 left out); check it with khronika-check %3")
               .arg(result.entriesImported)
               .arg(result.entriesRead)
               .arg(output)
               .arg(result.diagnostics.errorCount())
        << "\n";
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
        err << "khronika-convert: "
            << QCoreApplication::translate("khronika-convert", "%1 has errors: nothing exported").arg(input) << "\n";
        return kDataErrors;
    }
    QString error;
    if (!khronika::writeFileAtomically(output, khronika::exportTimeline(to, loaded.data, groupAs), &error)) {
        err << "khronika-convert: " << error << "\n";
        return kUsage;
    }
    err << input << ": "
        << QCoreApplication::translate("khronika-convert", "%1 event(s) exported to %2")
               .arg(loaded.data.events.size())
               .arg(output);
    if (const int warnings = loaded.diagnostics.warningCount(); warnings > 0)
        err << " "
            << QCoreApplication::translate(
                   "khronika-convert", "(the data set has %1 warning(s): khronika-check %2 lists them)")
                   .arg(warnings)
                   .arg(input);
    err << "\n";
    return kClean;
}

// The value of --lang (as "--lang ru" or "--lang=ru"), read before the parser exists, so that the
// help and every message are already in that language.
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("khronika-convert"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHRONIKA_VERSION));
    QTextStream err(stderr);
    // The language of the help and the messages, as khronika-check chooses it: --lang, else the system's.
    khronika::Language::apply(
        &app, khronika::Language::choose(askedLanguage(argc, argv), {}, QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("khronika-convert",
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
        QCoreApplication::translate("khronika-convert", "The format of INPUT, when its name does not say."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QCoreApplication::translate("khronika-convert", "The format of OUTPUT, when its name does not say."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption groupOption(QStringLiteral("group-as"),
        QCoreApplication::translate(
            "khronika-convert", "What a TimelineJS group is in Khronika: category (the default) or faction."),
        QStringLiteral("KIND"), QStringLiteral("category"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate(
            "khronika-convert", "Write the help and the messages in LANG (en or ru; default: the system's language)."),
        QStringLiteral("LANG"));
    parser.addOptions({fromOption, toOption, groupOption, langOption});
    parser.addPositionalArgument(QStringLiteral("INPUT"),
        QCoreApplication::translate("khronika-convert", "A timeline file, or a data set folder."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"),
        QCoreApplication::translate("khronika-convert", "A new data set folder, or the file to export to."));
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
        err << "khronika-convert: "
            << QCoreApplication::translate("khronika-convert", "--group-as takes category or faction, not '%1'")
                   .arg(groupName)
            << "\n";
        return kUsage;
    }
    const khronika::GroupAs groupAs
        = groupName == u"faction" ? khronika::GroupAs::Faction : khronika::GroupAs::Category;
    if (!QFileInfo::exists(input)) {
        err << "khronika-convert: "
            << QCoreApplication::translate("khronika-convert", "%1: no such file or folder").arg(input) << "\n";
        return kUsage;
    }

    const auto formatOf
        = [&](const QCommandLineOption &option, const QString &path,
              std::optional<khronika::ConvertFormat> guessed) -> std::optional<khronika::ConvertFormat> {
        if (!parser.isSet(option)) {
            if (!guessed)
                err << "khronika-convert: "
                    << QCoreApplication::translate(
                           "khronika-convert", "cannot tell the format of %1: name it with --%2")
                           .arg(path, option.names().front())
                    << "\n";
            return guessed;
        }
        const auto named = khronika::formatFromName(parser.value(option));
        if (!named)
            err << "khronika-convert: "
                << QCoreApplication::translate("khronika-convert",
                       "unknown format '%1' (dataset, timelinejs-csv, timelinejs-json, timeline, csv, ics)")
                       .arg(parser.value(option))
                << "\n";
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
        err << "khronika-convert: "
            << QCoreApplication::translate("khronika-convert",
                   "converts a timeline into a data set or a data set into a timeline, not %1 into %2")
                   .arg(khronika::formatName(*from), khronika::formatName(*to))
            << "\n";
        return kUsage;
    }
    if (fromDataSet && !QFileInfo::exists(input + QStringLiteral("/dataset.yaml"))) {
        err << "khronika-convert: "
            << QCoreApplication::translate("khronika-convert", "%1: not a data set folder (no dataset.yaml)").arg(input)
            << "\n";
        return kUsage;
    }
    return toDataSet ? importInto(*from, input, output, groupAs, err) : exportTo(*to, input, output, groupAs, err);
}
