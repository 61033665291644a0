#include "Exporter.h"

#include "ui/CareerChart.h"
#include "ui/DetailsHtml.h"
#include "ui/TimelineView.h"
#include "ui/TourPlayer.h"

#include "core/AtomicFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSvgGenerator>
#include <QTextDocument>

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

bool exportView(ViewState *state, const Theme &theme, const QString &file, QSize size, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (!size.isValid() || size.width() < 200 || size.height() < 150) {
        *error = QStringLiteral("the size must be at least 200x150");
        return false;
    }
    if (suffix == u"png") {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(theme.background);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            renderView(state, theme, p, QRectF(QPointF(0, 0), size));
        }
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        if (!image.save(&bytes, "PNG")) {
            *error = QStringLiteral("cannot write %1: the image could not be encoded as PNG").arg(file);
            return false;
        }
        return writeFileAtomically(file, bytes.data(), error);
    }
    if (suffix == u"svg") {
        // Every export is made in memory and written in one atomic step: a full disk never leaves half a
        // file where the old one was.
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&bytes);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(state->timeline().data().title);
        svg.setDescription(QStringLiteral("Khronika timeline export"));
        QPainter p;
        if (!p.begin(&svg)) {
            *error = QStringLiteral("cannot write %1").arg(file);
            return false;
        }
        renderView(state, theme, p, QRectF(QPointF(0, 0), size));
        p.end();
        return writeFileAtomically(file, bytes.data(), error);
    }
    if (suffix == u"pdf") {
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&bytes);
        pdf.setTitle(state->timeline().data().title);
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
        renderView(state, theme, p, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        p.end();
        return writeFileAtomically(file, bytes.data(), error);
    }
    *error = QStringLiteral("unknown format '%1' (use .png, .svg or .pdf)").arg(suffix);
    return false;
}

bool exportTour(const std::shared_ptr<const Timeline> &timeline, const Tour &tour, const Theme &theme,
    const QString &file, QString *error)
{
    if (tour.steps.empty()) {
        *error = QStringLiteral("the tour has no steps");
        return false;
    }
    if (QFileInfo(file).suffix().toLower() != u"pdf") {
        *error = QStringLiteral("%1: a tour handout is a PDF; name the file .pdf").arg(file);
        return false;
    }
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&bytes);
    pdf.setTitle(tour.title);
    pdf.setCreator(QStringLiteral("Khronika"));
    pdf.setResolution(150);
    pdf.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&pdf)) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    ViewState state(timeline);
    state.setAnimationsEnabled(false);
    TourPlayer player(&state);
    player.setTour(tour);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    for (int i = 0; i < player.stepCount(); ++i) {
        if (i > 0)
            pdf.newPage();
        player.goTo(i);
        const TourStep &s = tour.steps[size_t(i)];
        // Top: the view of the step; bottom: the narration and where its facts come from.
        const QRectF view(page.left(), page.top(), page.width(), page.height() * 0.55);
        // The career chart needs more room than half a page gives it; the handout keeps the timeline.
        renderView(&state, theme, p, view, false);
        QString html
            = QStringLiteral("<p style=\"color:#595959\">%1 · %2</p><h2>%3</h2><p style=\"font-size:large\">%4</p>")
                  .arg(tour.title.toHtmlEscaped(), QObject::tr("Step %1 of %2").arg(i + 1).arg(tour.steps.size()),
                      s.title.toHtmlEscaped(), s.narration.toHtmlEscaped());
        html += DetailsHtml::printedDocuments(*timeline, s);
        html += DetailsHtml::printedSources(*timeline, s);
        QTextDocument doc;
        QFont f = theme.font(1.0);
        f.setPointSizeF(11);
        doc.setDefaultFont(f);
        doc.setHtml(html);
        // Text is laid out in points and scaled to the device, so it has the same size on every page.
        const double toDevice = pdf.resolution() / 72.0;
        const QRectF text(page.left(), view.bottom() + 20, page.width(), page.bottom() - view.bottom() - 20);
        doc.setTextWidth(text.width() / toDevice);
        p.save();
        p.translate(text.topLeft());
        p.scale(toDevice, toDevice);
        doc.drawContents(&p, QRectF(0, 0, text.width() / toDevice, text.height() / toDevice));
        p.restore();
    }
    p.end();
    return writeFileAtomically(file, bytes.data(), error);
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
