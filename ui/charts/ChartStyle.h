#pragma once

#include "ui/Theme.h"

#include <QColor>
#include <QPen>
#include <QPointF>

class QChart;
class QPainter;
class QValueAxis;
class QAbstractAxis;

namespace khronika {

// How the economy charts look, shared by all of them so that they read as one family with the
// timeline: the app's Theme for text, grid and cursor, and the Okabe–Ito palette (the one the data
// set's factions use) for series, which stays distinguishable on a projector and for colour-blind
// students. Versions of the same quantity share a colour and differ by dash pattern and by the shape
// of their points, since points not joined by a line show no dash.
class ChartStyle
{
public:
    static QColor colour(int slot); // Okabe–Ito, skipping the yellow that vanishes on white
    static Qt::PenStyle dash(int version); // solid, dashed, dotted, dash-dot
    static QPen linePen(int slot, int version);
    // A point of a version: a circle, a square, a diamond, a triangle; `radius` is the circle's.
    static void drawMarker(QPainter &p, QPointF at, double radius, int version);

    // A chart stripped of Qt Charts' own decoration (drop shadow, rounded frame, margins, legend):
    // the views paint their own background, grid and legend so that they match the timeline.
    static void prepare(QChart *chart, const Theme &theme);
    static void styleValueAxis(QValueAxis *axis, const Theme &theme, const QString &title);
    static void styleAxisText(QAbstractAxis *axis, const Theme &theme);
};

} // namespace khronika
