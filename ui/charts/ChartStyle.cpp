#include "ChartStyle.h"

#include <QChart>
#include <QLegend>
#include <QPainter>
#include <QPolygonF>
#include <QValueAxis>

#include <array>

namespace khronika {

QColor ChartStyle::colour(int slot)
{
    static const std::array<QColor, 7> palette = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0x1A, 0x1A, 0x1A), // near black
    };
    return palette[size_t(slot) % palette.size()];
}

Qt::PenStyle ChartStyle::dash(int version)
{
    static const std::array<Qt::PenStyle, 4> styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[size_t(version) % styles.size()];
}

void ChartStyle::drawMarker(QPainter &p, QPointF at, double radius, int version)
{
    // Shapes of about the circle's area, so that no version looks heavier than another.
    switch (version % 4) {
    case 0:
        p.drawEllipse(at, radius, radius);
        break;
    case 1: {
        const double half = radius * 0.89;
        p.drawRect(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half));
        break;
    }
    case 2: {
        const double r = radius * 1.25;
        p.drawPolygon(QPolygonF {QPointF(at.x(), at.y() - r), QPointF(at.x() + r, at.y()), QPointF(at.x(), at.y() + r),
            QPointF(at.x() - r, at.y())});
        break;
    }
    default: {
        const double r = radius * 1.35;
        p.drawPolygon(QPolygonF {QPointF(at.x(), at.y() - r), QPointF(at.x() + r * 0.87, at.y() + r * 0.5),
            QPointF(at.x() - r * 0.87, at.y() + r * 0.5)});
        break;
    }
    }
}

QPen ChartStyle::linePen(int slot, int version)
{
    // Thick lines with flat caps: a dotted line of round dots at 3 px reads as solid from the back row.
    QPen pen(colour(slot), 3, dash(version), Qt::FlatCap, Qt::RoundJoin);
    return pen;
}

void ChartStyle::prepare(QChart *chart, const Theme &theme)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleFont(theme.font(1.0, true));
    chart->setTitleBrush(theme.text);
}

void ChartStyle::styleAxisText(QAbstractAxis *axis, const Theme &theme)
{
    axis->setLabelsFont(theme.font(0.9));
    axis->setLabelsColor(theme.text);
    axis->setTitleFont(theme.font(0.9));
    axis->setTitleBrush(theme.mutedText);
    axis->setLinePen(QPen(theme.mutedText, 1));
    axis->setGridLinePen(QPen(theme.grid, 1));
}

void ChartStyle::styleValueAxis(QValueAxis *axis, const Theme &theme, const QString &title)
{
    styleAxisText(axis, theme);
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setMinorTickCount(0);
}

} // namespace khronika
