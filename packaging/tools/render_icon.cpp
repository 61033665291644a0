// khronika-render-icon: draws the SVG icon into the PNG sizes desktops ask for, with Qt's own SVG
// renderer, so that the package build needs no image tool beyond what the program links already.
//   khronika-render-icon icon.svg SIZE out.png
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // A build machine has no display; the renderer needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args[2].toInt(&sizeOk) : 0;
    if (!sizeOk || size < 16 || size > 1024) {
        err << "usage: khronika-render-icon icon.svg SIZE out.png (SIZE from 16 to 1024)\n";
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        err << "khronika-render-icon: " << args[1] << ": not a readable SVG\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    // Through a temporary file and a rename, so that an interrupted build leaves no half-written icon.
    QSaveFile file(args[3]);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        err << "khronika-render-icon: cannot write " << args[3] << "\n";
        return 1;
    }
    return 0;
}
