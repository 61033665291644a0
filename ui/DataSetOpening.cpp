#include "DataSetOpening.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace khronika {

std::optional<LoadResult> loadWithProgress(const QString &directory, const QStringList &tourFolders, QWidget *parent)
{
    QProgressDialog dialog(QCoreApplication::translate("DataSetOpening", "Opening %1…").arg(QDir(directory).dirName()),
        QCoreApplication::translate("DataSetOpening", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(QCoreApplication::translate("DataSetOpening", "Opening a data set"));
    // Window-modal: the window behind it still paints, but nothing is opened twice meanwhile.
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    std::atomic<bool> cancelled {false};
    // The button, Escape and closing the dialog all cancel.
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });
    QObject::connect(&dialog, &QDialog::rejected, &dialog, [&cancelled] { cancelled = true; });
    LoadResult result;
    const std::unique_ptr<QThread> worker(QThread::create([&] {
        result = DataSetLoader::loadDirectory(directory, {}, tourFolders, [&](int done, int total) {
            // Queued to the dialog, which drops them if it is gone.
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, done, total] {
                    dialog.setMaximum(total);
                    dialog.setValue(done);
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
    }));
    QEventLoop loop;
    // Emitted on the worker thread: queued to the loop, so it is not lost if the work ends first.
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    if (cancelled || result.cancelled)
        return std::nullopt;
    return result;
}

} // namespace khronika
