// khronika-check: validates data sets and prints their problems as file:line:col diagnostics.
#include "core/Bibliography.h"
#include "core/DataSetLoader.h"
#include "core/JsonExport.h"
#include "core/Roster.h"
#include "core/Timeline.h"
#include "core/Translation.h"
#include "i18n/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

enum ExitCode { kClean = 0, kDataErrors = 1, kUsage = 2 };

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
    QCoreApplication::setApplicationName(QStringLiteral("khronika-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHRONIKA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The language of the messages: --lang when the interface speaks it, else the system's, as for any
    // command-line tool (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). The data set's problems are worded as
    // they are found, so this comes before anything is loaded.
    const QString asked = askedLanguage(argc, argv);
    khronika::Language::apply(&app, khronika::Language::choose(asked, {}, QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("khronika-check",
        "Validates Khronika data sets (folders holding a dataset.yaml) and prints every problem as\n"
        "file:line:col: error|warning: message.\n"
        "\n"
        "Exit status: 0 clean, 1 the data has errors, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate(
            "khronika-check", "Print the whole loaded data set, normalised, as JSON on stdout."));
    const QCommandLineOption statsOption(QStringLiteral("stats"),
        QCoreApplication::translate(
            "khronika-check", "Print the number of records of each kind, and of unchecked figures."));
    const QCommandLineOption sourcesOption(QStringLiteral("sources"),
        QCoreApplication::translate(
            "khronika-check", "Print the bibliography, one work a line, with how often each is cited."));
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate("khronika-check",
            "Print who held power on DATE (YYYY-MM-DD): office holders, the Politburo with factions, "
            "who had fallen or died, the plan in force; as JSON with --json."),
        QStringLiteral("DATE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("khronika-check",
            "Write the messages in LANG (en or ru; default: the system's language). With --json: give the texts in "
            "LANG (one of the data set's languages), the source language where a text has no translation."),
        QStringLiteral("LANG"));
    const QCommandLineOption stampOption(QStringLiteral("stamp-translations"),
        QCoreApplication::translate("khronika-check",
            "Write into each translated record of the translation files the source_hash of the source-language "
            "texts it translates, as they are now, so that a later change to them is reported. Run it after "
            "translating or after checking a translation the checker reports as changed."));
    parser.addOptions({jsonOption, statsOption, sourcesOption, atOption, langOption, stampOption});
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QCoreApplication::translate("khronika-check", "Data set folders to check."), QStringLiteral("PATH..."));
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
    const bool sources = parser.isSet(sourcesOption);
    const bool stamp = parser.isSet(stampOption);
    const std::optional<QString> at
        = parser.isSet(atOption) ? std::optional<QString>(parser.value(atOption)) : std::nullopt;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() || int(json) + int(stats) + int(sources) + int(stamp) > 1) {
        err << parser.helpText();
        return kUsage;
    }
    if (at) {
        if (paths.size() != 1 || stats) {
            err << "khronika-check: --at takes one data set\n" << parser.helpText();
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
    const QString language = parser.value(langOption);
    if (parser.isSet(langOption) && !json && !khronika::Language::available().contains(language)) {
        err << "khronika-check: --lang " << language << ": "
            << QCoreApplication::translate("khronika-check", "expected one of %1")
                   .arg(khronika::Language::available().join(QStringLiteral(", ")))
            << "\n";
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
        if (json && !language.isEmpty() && language != khronika::sourceLanguage(result.data)
            && !result.data.translations.count(language)) {
            const QString languages = result.data.languages.isEmpty()
                ? khronika::sourceLanguage(result.data)
                : result.data.languages.join(QStringLiteral(", "));
            err << "khronika-check: " << path << ": the data set has no language '" << language
                << "' (its languages: " << languages << ")\n";
            status = kUsage;
        } else if (json) {
            const khronika::DataSet data
                = language.isEmpty() ? result.data : khronika::translated(result.data, language);
            out << QString::fromUtf8(QJsonDocument(khronika::toJson(data)).toJson(QJsonDocument::Indented));
        } else if (stamp) {
            // Only a data set that loads without errors: a hash of half-read texts would hide a change.
            if (!result.ok()) {
                err << "khronika-check: " << path << ": "
                    << QCoreApplication::translate(
                           "khronika-check", "the data set has errors; mend them before stamping its translations")
                    << "\n";
                continue;
            }
            QString error;
            const int stamped = khronika::stampTranslations(result.data, &error);
            if (stamped < 0) {
                err << "khronika-check: " << error << "\n";
                status = kUsage;
                continue;
            }
            err << path << ": "
                << QCoreApplication::translate("khronika-check", "%n translated record(s) stamped", nullptr, stamped)
                << "\n";
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
            const auto placed = std::count_if(d.events.begin(), d.events.end(),
                [](const khronika::Event &e) { return !e.place.isEmpty() || !e.route.empty() || !e.region.isEmpty(); });
            out << path << ":\n"
                << "  events:     " << d.events.size() << "\n"
                << "  actors:     " << d.actors.size() << "\n"
                << "  factions:   " << d.factions.size() << "\n"
                << "  series:     " << d.series.size() << " (" << figures << " figures, " << unchecked
                << " not checked against a readable source)\n"
                << "  periods:    " << d.periods.size() << "\n"
                << "  tours:      " << d.tours.size() << "\n"
                << "  documents:  " << d.documents.size() << "\n"
                << "  places:     " << d.places.size() << " (" << placed << " of " << d.events.size()
                << " events placed)\n"
                << "  sources:    " << d.sources.size() << "\n"
                << "  categories: " << d.categories.size() << "\n"
                << "  errors:     " << result.diagnostics.errorCount() << "\n"
                << "  warnings:   " << result.diagnostics.warningCount() << "\n";
            // How far each language's translation has got: the count `unfinished` stands for.
            for (qsizetype i = 1; i < d.languages.size(); ++i) {
                const khronika::TranslationCoverage c = khronika::translationCoverage(d, d.languages[i]);
                out << "  " << d.languages[i] << ":" << QString(qMax(1, 10 - int(d.languages[i].size())), u' ')
                    << c.translated << " of " << c.total << " texts translated"
                    << (d.unfinishedLanguages.contains(d.languages[i]) ? " (unfinished)" : "") << "\n";
            }
        } else {
            int errors = result.diagnostics.errorCount();
            int warnings = result.diagnostics.warningCount();
            for (const khronika::LoadResult::RejectedFile &tour : result.rejectedTours) {
                errors += tour.diagnostics.errorCount();
                warnings += tour.diagnostics.warningCount();
            }
            err << path << ": " << QCoreApplication::translate("khronika-check", "%n error(s)", nullptr, errors) << ", "
                << QCoreApplication::translate("khronika-check", "%n warning(s)", nullptr, warnings) << "\n";
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
