// khronika-gen: writes a made-up data set of any size, for measuring the explorer (`make bench`) and
// for trying it on more events than any real data set holds yet.
#include "core/SyntheticDataSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("khronika-gen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHRONIKA_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic data set: clustered dates, spans, month and year precision, actors with careers "
        "and 12 factions. The same seed always gives the same files."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("How many events (default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The random seed (default 1923)."),
        QStringLiteral("S"), QStringLiteral("1923"));
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("The folder to write (created if missing)."), QStringLiteral("DIR"));
    parser.addOptions({events, seed, out});
    parser.process(app);

    bool eventsOk = false, seedOk = false;
    khronika::SyntheticOptions options;
    options.events = parser.value(events).toInt(&eventsOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!eventsOk || options.events < 0 || options.events > 10'000'000) {
        err << "khronika-gen: --events takes a number from 0 to 10000000, not '" << parser.value(events) << "'\n";
        return 2;
    }
    if (!seedOk) {
        err << "khronika-gen: --seed takes a number from 0 to 4294967295, not '" << parser.value(seed) << "'\n";
        return 2;
    }
    if (!parser.isSet(out)) {
        err << "khronika-gen: --out DIR is required\n";
        return 2;
    }
    QString error;
    if (!khronika::writeSyntheticDataSet(parser.value(out), options, &error)) {
        err << "khronika-gen: " << error << "\n";
        return 1;
    }
    return 0;
}
