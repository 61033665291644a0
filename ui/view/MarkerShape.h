#pragma once

#include "core/Colour.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace khronika {

// Point events are drawn in their faction's shape as well as its colour, so that factions are told
// apart on a grey printout, on a washed-out projector and by readers with a colour-vision deficiency.
enum class MarkerShape { Circle, Square, Diamond, TriangleUp, TriangleDown, Hexagon };
inline constexpr int kMarkerShapeCount = 6;

// One shape per colour, in order: each takes the shape shared with the fewest earlier colours it
// could be confused with (closer than `confusable` under normal vision or a common deficiency), then
// with the fewest earlier colours at all. Up to kMarkerShapeCount colours get a shape each; beyond
// that, two colours share a shape only where they are easily told apart.
std::vector<MarkerShape> assignMarkerShapes(const std::vector<Rgb> &colours, double confusable = 20);

// The outline of a shape inscribed in `box`, clockwise; empty for a circle (drawn as an ellipse).
QList<QPointF> markerPolygon(MarkerShape shape, const QRectF &box);

} // namespace khronika
