#include "MarkerShape.h"

#include <cmath>
#include <numbers>

namespace khronika {

std::vector<MarkerShape> assignMarkerShapes(const std::vector<Rgb> &colours, double confusable)
{
    std::vector<MarkerShape> shapes;
    shapes.reserve(colours.size());
    for (size_t i = 0; i < colours.size(); ++i) {
        int best = 0;
        long bestCost = -1;
        for (int s = 0; s < kMarkerShapeCount; ++s) {
            long cost = 0;
            for (size_t j = 0; j < i; ++j) {
                if (int(shapes[j]) != s)
                    continue;
                // Sharing a shape with a confusable colour costs more than any number of others.
                cost += leastDistanceAcrossVision(colours[i], colours[j]) < confusable ? 1000 : 1;
            }
            if (bestCost < 0 || cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        shapes.push_back(MarkerShape(best));
    }
    return shapes;
}

QList<QPointF> markerPolygon(MarkerShape shape, const QRectF &box)
{
    const QPointF c = box.center();
    const double w = box.width() / 2, h = box.height() / 2;
    switch (shape) {
    case MarkerShape::Circle:
        return {};
    case MarkerShape::Square: {
        // A square looks larger than a circle of the same width: inset it a little.
        const double k = 0.85;
        return {c + QPointF(-w * k, -h * k), c + QPointF(w * k, -h * k), c + QPointF(w * k, h * k),
            c + QPointF(-w * k, h * k)};
    }
    case MarkerShape::Diamond:
        return {c + QPointF(0, -h * 1.1), c + QPointF(w * 1.1, 0), c + QPointF(0, h * 1.1), c + QPointF(-w * 1.1, 0)};
    case MarkerShape::TriangleUp:
        return {c + QPointF(0, -h * 1.15), c + QPointF(w * 1.1, h * 0.85), c + QPointF(-w * 1.1, h * 0.85)};
    case MarkerShape::TriangleDown:
        return {c + QPointF(-w * 1.1, -h * 0.85), c + QPointF(w * 1.1, -h * 0.85), c + QPointF(0, h * 1.15)};
    case MarkerShape::Hexagon: {
        QList<QPointF> points;
        for (int k = 0; k < 6; ++k) {
            const double angle = std::numbers::pi / 3 * k;
            points << c + QPointF(w * std::cos(angle), h * std::sin(angle));
        }
        return points;
    }
    }
    return {};
}

} // namespace khronika
