#pragma once

#include "core/DataSet.h"
#include "core/Timeline.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace khronika {

// A tour printed for a class to keep: a title page (the tour, the years it covers, its steps and a
// line for the student's name), then each step with its view of the timeline, on chart steps the
// plots the step is about, on a step that asks for the map (`view: map`) the map, and on other steps
// whose events have places a small map of the step's window where it needs no extra page, the
// narration, the documents, every source written out in full, and room for two questions. Portrait
// A4 or US Letter; no text under 9 pt; what a step is about is marked by outline and weight, so that
// a black-and-white photocopy keeps it.
namespace Handout {

enum class Paper { A4, Letter };
// A4, except where the system's locale measures in US units.
Paper defaultPaper();
std::optional<Paper> parsePaper(const QString &name); // "a4" or "letter", any case
QString paperName(Paper paper);

// The least type size on a handout, in points: what a photocopy still reads.
constexpr double kLeastPointSize = 9.0;

// What was put on the paper, in points from a page's top-left corner: the tests hold the handout's
// rules on it without reading the PDF back.
struct Item {
    // "tour-title", "tour-dates", "tour-description", "step-entry", "name-line", "step-header",
    // "step-title", "step-date", "narration", "document", "sources-heading", "source", "notes",
    // "footer"; a picture is "timeline", "chart" or "map", and each text drawn inside it
    // "timeline-text", "chart-text" or "map-text".
    QString role;
    QString text; // plain text, whole
    QRectF rect;
    double pointSize = 0; // the smallest type in the item
    bool emphasised = false; // a label of the step's own event, outlined
    bool cut = false; // a text inside a picture shortened to fit ("…")
    QString event; // the event a timeline text names, by id
    std::vector<QString> plots; // a chart: the plots it shows, by series group
};

struct Page {
    int step = -1; // the tour step, from 0; -1 for the title page
    std::vector<Item> items;
};

struct Layout {
    QSizeF pageSize; // points
    QRectF printable; // points, inside the margins
    std::vector<Page> pages;
};

// Writes the handout through a temporary file and a rename. `layout`, when given, receives what was
// put on each page.
bool write(const std::shared_ptr<const Timeline> &timeline, const Tour &tour, Paper paper, const QString &file,
    QString *error, Layout *layout = nullptr);

} // namespace Handout

} // namespace khronika
