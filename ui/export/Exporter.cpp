#include "Exporter.h"

#include "ui/map/MapView.h"
#include "ui/panels/CareerChart.h"
#include "ui/timeline/TimelineView.h"

#include "core/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSvgGenerator>

#include <functional>

namespace khronika::Exporter {

namespace {

// Renders a widget at its own size into `target`, scaled to fit.
void renderWidget(QWidget &w, QPainter &painter, const QRectF &target)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / w.width(), target.height() / w.height());
    w.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

} // namespace

void renderView(ViewState *state, const Theme &theme, QPainter &painter, const QRectF &target, bool withCareer)
{
    // Lay the widgets out at a screen-like size (in logical pixels) so that text keeps its proportions,
    // then scale into the target.
    const double scale = std::max(1.0, target.width() / 1600.0);
    const QSize logical(int(target.width() / scale), int(target.height() / scale));
    const bool career = withCareer && !state->tracedActors().isEmpty();
    const int timelineHeight = career ? int(logical.height() * 0.62) : logical.height();
    TimelineView timeline(state);
    timeline.setTheme(theme);
    timeline.resize(logical.width(), timelineHeight);
    renderWidget(timeline, painter, QRectF(target.left(), target.top(), target.width(), timelineHeight * scale));
    if (career) {
        CareerChart chart(state);
        chart.setTheme(theme);
        chart.resize(logical.width(), logical.height() - timelineHeight);
        renderWidget(chart, painter,
            QRectF(target.left(), target.top() + timelineHeight * scale, target.width(),
                (logical.height() - timelineHeight) * scale));
    }
}

namespace {

// Writes what `paint` draws into a PNG, SVG or PDF of `size` pixels (the format follows the suffix).
// Every export is made in memory and written in one atomic step: a full disk never leaves half a file
// where the old one was. `dpi` is the resolution the painting's type was measured at (0: each
// device's own), so that text in an SVG or PDF is as large against the drawing as on screen.
bool writePainted(const QString &file, QSize size, const QString &title, const QString &description,
    const QColor &background, int dpi, const std::function<void(QPainter &, const QRectF &)> &paint, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (!size.isValid() || size.width() < 200 || size.height() < 150) {
        *error = QStringLiteral("the size must be at least 200x150");
        return false;
    }
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    if (suffix == u"png") {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        if (dpi > 0) {
            image.setDotsPerMeterX(qRound(dpi / 0.0254));
            image.setDotsPerMeterY(qRound(dpi / 0.0254));
        }
        image.fill(background);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            paint(p, QRectF(QPointF(0, 0), size));
        }
        if (!image.save(&bytes, "PNG")) {
            *error = QStringLiteral("cannot write %1: the image could not be encoded as PNG").arg(file);
            return false;
        }
        return writeFileAtomically(file, bytes.data(), error);
    }
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&bytes);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        if (dpi > 0)
            svg.setResolution(dpi);
        svg.setTitle(title);
        svg.setDescription(description);
        QPainter p;
        if (!p.begin(&svg)) {
            *error = QStringLiteral("cannot write %1").arg(file);
            return false;
        }
        paint(p, QRectF(QPointF(0, 0), size));
        p.end();
        return writeFileAtomically(file, bytes.data(), error);
    }
    if (suffix == u"pdf") {
        QPdfWriter pdf(&bytes);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Khronika"));
        pdf.setResolution(96);
        // One page exactly the asked size, in points at 96 dpi.
        pdf.setPageLayout(
            QPageLayout(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
        QPainter p;
        if (!p.begin(&pdf)) {
            *error = QStringLiteral("cannot write %1").arg(file);
            return false;
        }
        paint(p, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        p.end();
        return writeFileAtomically(file, bytes.data(), error);
    }
    *error = QStringLiteral("unknown format '%1' (use .png, .svg or .pdf)").arg(suffix);
    return false;
}

} // namespace

bool exportView(ViewState *state, const Theme &theme, const QString &file, QSize size, QString *error)
{
    return writePainted(
        file, size, state->timeline().data().title, QStringLiteral("Khronika timeline export"), theme.background, 0,
        [&](QPainter &p, const QRectF &target) { renderView(state, theme, p, target); }, error);
}

void renderMap(const MapView &source, const Theme &theme, QPainter &painter, const QRectF &target)
{
    // As renderView: laid out at a screen-like size, so that markers and type keep their proportions
    // to the land, then scaled into the target.
    const double scale = std::max(1.0, target.width() / 1600.0);
    const QSize logical(int(target.width() / scale), int(target.height() / scale));
    MapView map(source.state());
    map.setTheme(theme);
    map.showSameAreaAs(source);
    map.resize(logical);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logical.width(), target.height() / logical.height());
    painter.setClipRect(QRect(QPoint(0, 0), logical));
    map.paintForExport(painter, logical);
    painter.restore();
}

bool exportMap(const MapView &source, const Theme &theme, const QString &file, QSize size, QString *error)
{
    const Timeline &t = source.state()->timeline();
    return writePainted(
        file, size, QCoreApplication::translate("khronika::Exporter", "%1: map").arg(t.data().title),
        QStringLiteral("Khronika map export"), theme.background, source.logicalDpiX(),
        [&](QPainter &p, const QRectF &target) { renderMap(source, theme, p, target); }, error);
}

void print(ViewState *state, const Theme &theme, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter p(&printer);
    renderView(state, theme, p,
        printer.pageLayout()
            .paintRectPixels(printer.resolution())
            .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()));
}

} // namespace khronika::Exporter
