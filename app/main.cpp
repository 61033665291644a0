// khronika: the explorer.
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Khronika"));
    QApplication::setOrganizationName(QStringLiteral("Khronika"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A timeline explorer of the USSR, 1923-1941"));
    parser.addHelpOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QStringLiteral("Open the data set in PATH."), QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the window to FILE.png and exit."), QStringLiteral("FILE"));
    parser.addOptions({dataOption, screenshotOption});
    parser.process(app);

    const QString path = parser.isSet(dataOption) ? parser.value(dataOption) : khronika::builtinDataSetPath();
    khronika::LoadResult loaded = khronika::DataSetLoader::loadDirectory(path);
    QTextStream err(stderr);
    for (const auto &d : loaded.diagnostics.all())
        err << d.toString() << "\n";
    if (!loaded.ok())
        return 1;
    auto timeline = std::make_shared<const khronika::Timeline>(std::move(loaded.data));
    khronika::MainWindow window(timeline);
    window.resize(1280, 720);
    if (parser.isSet(screenshotOption)) {
        window.show();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 2;
    }
    window.show();
    return app.exec();
}
