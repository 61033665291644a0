#pragma once

#include "DataSet.h"
#include "Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace khronika {

// The formats khronika-convert reads and writes besides Khronika's own data set folders.
enum class ConvertFormat {
    DataSet, // a Khronika data set folder
    TimelineJsCsv, // the TimelineJS Google Sheets template, exported as CSV
    TimelineJsJson, // TimelineJS's JSON
    TimelineXml, // the desktop program Timeline's .timeline file
    PlainCsv, // a header row of date, end, title, summary, group, people, source (works apart by " | ")
    ICalendar, // .ics: all-day entries, export only
};

QString formatName(ConvertFormat format); // as written after --from and --to
std::optional<ConvertFormat> formatFromName(const QString &name);
// The format of an input file or folder: a folder holding dataset.yaml is a data set; a .csv file is a
// TimelineJS sheet when its header row has Year and Headline columns, a plain CSV otherwise.
std::optional<ConvertFormat> guessInputFormat(const QString &path);
// The format an output path asks for: an existing folder or a name without extension is a data set,
// .json TimelineJS JSON, .csv a TimelineJS sheet, .ics iCalendar.
std::optional<ConvertFormat> guessOutputFormat(const QString &path);

// Where a TimelineJS group goes in a Khronika data set (and, on export, what becomes the group).
enum class GroupAs { Category, Faction };

// The category of events that named no group: exported with an empty group.
inline constexpr const char *kUncategorised = "uncategorised";

// What importing a file gives: a data set the loader accepts with warnings only (the imported file
// is its one source, marked unverified), or as much of it as could be read. Every row or element
// that could not be read is an error at its file:line:col naming the row and column; the rest imports.
struct ImportResult {
    DataSet data;
    Diagnostics diagnostics;
    int entriesRead = 0; // rows, events or elements found
    int entriesImported = 0; // those that became an event, a period or the title
    bool ioFailure = false;
    bool ok() const { return !diagnostics.hasErrors(); }
};

// Imports `bytes` read from a file shown as `displayName` in diagnostics and cited as the source.
// `sourceYear` is the year the imported file is cited with (the year it was last changed).
ImportResult importTimeline(
    ConvertFormat format, const QByteArray &bytes, const QString &displayName, GroupAs groupAs, int sourceYear);
// Reads the file at `path` and imports it; a file that cannot be read sets ioFailure.
ImportResult importTimelineFile(ConvertFormat format, const QString &path, GroupAs groupAs);

// The files of a data set folder in Khronika's YAML: dataset.yaml and the records file it lists.
inline constexpr const char *kImportedRecordsFile = "events.yaml";
QByteArray dataSetYaml(const DataSet &data);
QByteArray recordsYaml(const DataSet &data);
// Writes dataset.yaml and events.yaml into `folder` (made if missing), each atomically. Refuses a
// folder that already holds a dataset.yaml: an import never overwrites a data set.
bool writeDataSetFolder(const DataSet &data, const QString &folder, QString *error);

// The part of `data` an export of one view takes: the events and periods that overlap `days`, with
// everything they refer to; the data set's period narrowed to `days`.
DataSet partWithin(const DataSet &data, const DayRange &days);

// A data set in another format (TimelineJS CSV or JSON, plain CSV, iCalendar; empty for the others).
// ICalendar and the TimelineJS formats keep the media, display dates,
// times and backgrounds an import stored on the events.
QByteArray exportTimeline(ConvertFormat format, const DataSet &data, GroupAs groupAs);

} // namespace khronika
