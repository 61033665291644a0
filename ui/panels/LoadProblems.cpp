#include "LoadProblems.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace khronika::LoadProblems {

QString detailsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.all())
        lines << d.toString();
    return lines.join(u'\n');
}

QMessageBox *dataSetErrors(const QString &path, const LoadResult &result, QWidget *parent)
{
    const QString text = result.ioFailure
        ? QCoreApplication::translate("LoadProblems", "%1 could not be read and was not opened.").arg(path)
        : QCoreApplication::translate(
            "LoadProblems", "%1 has %n error(s) and was not opened.", nullptr, result.diagnostics.errorCount())
              .arg(path);
    auto *box = new QMessageBox(QMessageBox::Warning,
        QCoreApplication::translate("LoadProblems", "The data set has errors"), text, QMessageBox::Ok, parent);
    box->setInformativeText(
        QCoreApplication::translate("LoadProblems", "Each problem is listed with its file, line and column."));
    box->setDetailedText(detailsText(result.diagnostics));
    return box;
}

QMessageBox *rejectedTours(const LoadResult &result, QWidget *parent)
{
    if (result.rejectedTours.empty())
        return nullptr;
    QStringList files;
    QStringList details;
    for (const LoadResult::RejectedFile &tour : result.rejectedTours) {
        files << tour.file;
        details << detailsText(tour.diagnostics);
    }
    auto *box = new QMessageBox(QMessageBox::Warning,
        QCoreApplication::translate("LoadProblems", "Some tours were not loaded"),
        QCoreApplication::translate("LoadProblems",
            "%n saved tour file(s) do not fit the data set and were left out; the other tours are loaded:", nullptr,
            int(result.rejectedTours.size())),
        QMessageBox::Ok, parent);
    box->setInformativeText(files.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(details.join(u'\n'));
    return box;
}

} // namespace khronika::LoadProblems
