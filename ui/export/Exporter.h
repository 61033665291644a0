#pragma once

#include "ui/Theme.h"
#include "ui/state/ViewState.h"

#include <QSize>
#include <QString>

class QPainter;
class QWidget;

namespace khronika {

class MapView;

// Turns what the timeline shows into files a teacher hands out or puts in slides: PNG, SVG and PDF of
// the current view at a chosen size, and a printout (a tour's handout is ui/export/Handout).
// Everything renders through the same widgets as the screen, so a file looks like what the class saw.
namespace Exporter {

// The format follows the file's suffix: .png, .svg or .pdf.
bool exportView(ViewState *state, const Theme &theme, const QString &file, QSize size, QString *error);
// Paints the timeline and, when someone is traced and `withCareer` is set, their career chart into `target`.
void renderView(ViewState *state, const Theme &theme, QPainter &painter, const QRectF &target, bool withCareer = true);
void print(ViewState *state, const Theme &theme, QWidget *parent);

// The map as `source` shows it (its area, the window, cursor and selection of its state) in `theme`,
// into a PNG, SVG or PDF file of `size` pixels; clean: nothing that only helps on screen.
bool exportMap(const MapView &source, const Theme &theme, const QString &file, QSize size, QString *error);
// Paints the map as `source` shows it into `target`, laid out at a screen-like size and scaled (the
// handout's small maps, and exportMap).
void renderMap(const MapView &source, const Theme &theme, QPainter &painter, const QRectF &target);

} // namespace Exporter

} // namespace khronika
