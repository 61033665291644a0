#include "ui/export/TimelineTransfer.h"

#include "core/AtomicFile.h"
#include "core/Convert.h"
#include "ui/panels/LoadProblems.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace khronika::TimelineTransfer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TimelineTransfer", text);
}

} // namespace

QString importDialog(QWidget *parent)
{
    const QString file = QFileDialog::getOpenFileName(parent, tr("Import a timeline"), QString(),
        tr("Timelines (*.csv *.json *.timeline);;TimelineJS sheet or CSV (*.csv);;TimelineJS JSON (*.json);;"
           "Timeline (*.timeline)"));
    if (file.isEmpty())
        return {};
    const auto format = guessInputFormat(file);
    if (!format || *format == ConvertFormat::DataSet) {
        QMessageBox::warning(parent, tr("Import a timeline"), tr("%1 is not a timeline Khronika can read.").arg(file));
        return {};
    }
    const QFileInfo info(file);
    // A new folder beside the file, named after it: an import never goes into an existing data set.
    const QString folder = QFileDialog::getSaveFileName(parent, tr("Name the new data set folder"),
        info.dir().filePath(info.completeBaseName()), QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (folder.isEmpty())
        return {};
    const ImportResult result = importTimelineFile(*format, file, GroupAs::Category);
    if (result.data.events.empty() && result.data.periods.empty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import a timeline"),
            tr("Nothing could be imported from %1.").arg(file), QMessageBox::Ok, parent);
        box.setDetailedText(LoadProblems::detailsText(result.diagnostics));
        box.exec();
        return {};
    }
    QString error;
    if (!writeDataSetFolder(result.data, folder, &error)) {
        QMessageBox::warning(parent, tr("Import a timeline"), error);
        return {};
    }
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Information, tr("Import a timeline"),
            tr("%1 of %2 rows were imported into %3; the others could not be read (see the details).")
                .arg(result.entriesImported)
                .arg(result.entriesRead)
                .arg(folder),
            QMessageBox::Ok, parent);
        box.setDetailedText(LoadProblems::detailsText(result.diagnostics));
        box.exec();
    }
    return folder;
}

void exportDialog(const DataSet &data, const DayRange &view, QWidget *parent)
{
    const QString json = tr("TimelineJS JSON (*.json)");
    const QString sheet = tr("TimelineJS sheet (*.csv)");
    const QString csv = tr("CSV: date, end, title, summary, group (*.csv)");
    const QString ics = tr("iCalendar (*.ics)");
    QString filter = json;
    const QString file = QFileDialog::getSaveFileName(parent, tr("Export the events in view"),
        QStringLiteral("khronika.json"), QStringList {json, sheet, csv, ics}.join(QStringLiteral(";;")), &filter);
    if (file.isEmpty())
        return;
    const ConvertFormat format = filter == sheet ? ConvertFormat::TimelineJsCsv
        : filter == csv                          ? ConvertFormat::PlainCsv
        : filter == ics                          ? ConvertFormat::ICalendar
                                                 : ConvertFormat::TimelineJsJson;
    QString error;
    if (!writeFileAtomically(file, exportTimeline(format, partWithin(data, view), GroupAs::Category), &error))
        QMessageBox::warning(parent, tr("Export the events in view"), error);
}

} // namespace khronika::TimelineTransfer
