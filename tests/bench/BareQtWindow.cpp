// The floor BM_Startup is measured against: a Qt Widgets program that opens one window and grabs it,
// as `khronika --screenshot` does, with nothing of its own to load or lay out.
#include "core/AtomicFile.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QPixmap>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Khronika"));
    window.resize(1024, 768);
    window.show();
    int status = 0;
    QTimer::singleShot(0, &window, [&] {
        const QPixmap shot = window.grab();
        // Saved as the explorer saves its screenshot: encoded, then written atomically.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        shot.save(&buffer, "PNG");
        if (argc > 1 && !khronika::writeFileAtomically(QString::fromLocal8Bit(argv[1]), png, nullptr))
            status = 1;
        app.quit();
    });
    app.exec();
    return status;
}
