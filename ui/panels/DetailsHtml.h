#pragma once

#include "core/Timeline.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace khronika {

// The rich text of the side panels, built from the model alone so that it can be tested without
// widgets. Links use the schemes actor:ID, faction:ID and event:ID; sources link to their URL.
// Secondary text is marked class="muted", to be coloured by the view's default style sheet (the
// theme's muted text colour); without one it is drawn in the text colour.
namespace DetailsHtml {

QString event(const Timeline &t, int event);
// "Who held power on this day?": the leadership, the Politburo with each member's faction, the eras in
// force and who was expelled, exiled, arrested or dead.
// In reveal mode (`revealUntil`) a day after the horizon is not told.
QString partyAt(const Timeline &t, Day day, std::optional<Day> revealUntil = std::nullopt);
// What the details panel says of an event reveal mode still hides.
QString hiddenByReveal();
QString actor(const Timeline &t, int actor);
// Every work the data set cites, by author, with how many records cite it: where the facts come from.
QString bibliography(const Timeline &t);
// Where the facts of a tour step come from, for a printed handout: each citation with a page or an
// address, the address written out because paper has no links; books cited without a page are left
// out, as they would send a student to a whole book.
QString printedSources(const Timeline &t, const TourStep &step);
// The same citations one by one (rich text), in the order the step's events cite them.
QStringList stepSources(const Timeline &t, const TourStep &step);
// A primary document as a quoted block; `large` for showing it to a class while presenting.
QString document(const Timeline &t, const Document &d, bool large);
// The documents of a tour step (its own and those of its events), for the printed handout.
QString printedDocuments(const Timeline &t, const TourStep &step);
std::vector<const Document *> stepDocuments(const Timeline &t, const TourStep &step);
QString printedDocument(const Timeline &t, const Document &d);
QString colourChip(const QString &colour);

} // namespace DetailsHtml

} // namespace khronika
