#include "Handout.h"

#include "ui/Theme.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/export/ViewDump.h"
#include "ui/map/EventGeography.h"
#include "ui/map/MapView.h"
#include "ui/panels/DetailsHtml.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/timeline/TimelineView.h"

#include "core/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>

namespace khronika::Handout {

namespace {

// Device pixels per inch of the PDF: fine enough that rounding never shows in print.
constexpr double kResolution = 300;
constexpr double kImageResolution = 200; // the pictures of the timeline and charts
constexpr double kMarginMm = 15;

double toPoints(double px)
{
    return px * 72.0 / kResolution;
}
double toPixels(double pt)
{
    return pt * kResolution / 72.0;
}
QRectF toPoints(const QRectF &r)
{
    return {toPoints(r.x()), toPoints(r.y()), toPoints(r.width()), toPoints(r.height())};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A paragraph of rich text laid out for the PDF: its size is in the PDF's pixels, its fonts in points.
class TextBlock
{
public:
    TextBlock(QPaintDevice *device, const QString &html, const QFont &font, double width)
    {
        m_doc.documentLayout()->setPaintDevice(device);
        m_doc.setDefaultFont(font);
        m_doc.setDocumentMargin(0);
        m_doc.setHtml(html);
        m_doc.setTextWidth(width);
    }
    double height() const { return m_doc.size().height(); }
    QString plainText() const { return m_doc.toPlainText(); }
    void paint(QPainter &p, const QPointF &at) const
    {
        p.save();
        p.translate(at);
        m_doc.drawContents(&p, QRectF(QPointF(0, 0), m_doc.size()));
        p.restore();
    }
    // The smallest type actually laid out, in points: read from the glyphs, so that a relative size
    // in the HTML ("small") is measured as printed.
    double leastPointSize() const
    {
        double least = std::numeric_limits<double>::infinity();
        for (QTextBlock b = m_doc.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                    continue;
                // The format's font carries the HTML's relative sizes ("small" is 0.8 of the base).
                const QFont font = fragment.charFormat().font().resolve(m_doc.defaultFont());
                least = std::min(least, font.pointSizeF());
            }
        }
        return least;
    }

private:
    mutable QTextDocument m_doc; // drawContents is not const
};

// One thing put on the paper, its height known before it is painted.
struct Block {
    double height = 0; // PDF pixels
    double spaceBefore = 0;
    bool keepWithNext = false; // a heading stays on the page of what it heads
    std::function<void(QPainter &, const QRectF &, Page &)> paint;
};

QFont pointFont(double points, bool bold = false)
{
    QFont f = Theme::light().font(1.0, bold);
    f.setPointSizeF(points);
    return f;
}

// The text a step says it is about, as the plot list names it.
QString stepDate(const Timeline &t, const TourStep &step)
{
    if (step.rangeFrom && step.rangeTo)
        return QStringLiteral("%1 – %2").arg(step.rangeFrom->toDisplayString(), step.rangeTo->toDisplayString());
    for (const QString &id : step.events) {
        const int e = t.eventIndex(id);
        if (e >= 0)
            return t.event(e).date.toDisplayString();
    }
    return {};
}

std::pair<int, int> tourYears(const Timeline &t, const Tour &tour)
{
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    const auto take = [&](const Date &d) {
        first = std::min(first, d.year);
        last = std::max(last, d.year);
    };
    for (const TourStep &s : tour.steps) {
        if (s.rangeFrom)
            take(*s.rangeFrom);
        if (s.rangeTo)
            take(*s.rangeTo);
        for (const QString &id : s.events) {
            const int e = t.eventIndex(id);
            if (e < 0)
                continue;
            take(t.event(e).date);
            if (t.event(e).end)
                take(*t.event(e).end);
        }
    }
    if (first > last)
        return {0, 0};
    return {first, last};
}

// The width a picture's widget is first laid out at, for `width` PDF pixels on paper: the screen's 16 px
// type then prints a little over the least size.
double firstLogicalWidth(double width)
{
    return std::floor(toPoints(width) * 16.0 / (kLeastPointSize + 0.2));
}

// Lays a widget out for `width` PDF pixels of paper so that its smallest text prints at kLeastPointSize
// or larger: a narrower logical width means larger type on paper, so the width is cut until the least
// type fits. The widget is asked for `height` PDF pixels and may take more when it cannot shrink so far.
// Returns the PDF pixels per logical pixel, and what the widget draws.
std::pair<double, ViewDump> fitWidget(
    QWidget &widget, double width, double height, const std::function<void(QWidget &)> &settle)
{
    double logicalWidth = firstLogicalWidth(width);
    ViewDump dump(&widget);
    double scale = 1;
    for (int attempt = 0; attempt < 4; ++attempt) {
        scale = width / logicalWidth;
        widget.resize(int(logicalWidth), int(height / scale));
        settle(widget);
        dump = ViewDump::of(&widget);
        double least = std::numeric_limits<double>::infinity();
        for (const DrawnText &t : dump.texts()) {
            if (!t.text.trimmed().isEmpty())
                least = std::min(least, t.pixelSize);
        }
        if (!std::isfinite(least) || toPoints(least * scale) >= kLeastPointSize - 1e-6)
            break;
        logicalWidth = std::floor(toPoints(width) * least / kLeastPointSize);
    }
    return {width / widget.width(), dump};
}

// Paints a widget fitted by fitWidget into `target` and records each text it drew.
void paintWidget(QWidget &widget, QPainter &p, const QRectF &target, const QString &role, Page &page,
    const std::function<void(QWidget &)> &settle, const QString &emphasisedEvent, Item picture)
{
    auto [scale, dump] = fitWidget(widget, target.width(), target.height(), settle);
    // A widget taller than the room kept for it is scaled down to fit (the pre-pass keeps room enough).
    scale = std::min(scale, target.height() / widget.height());
    // Painted into an image at the PDF's resolution, then placed: a widget painting straight onto the
    // PDF measures its text against the PDF's resolution and leaves labels out.
    // 200 dpi is sharper than a copier prints and keeps a 12-step handout a few megabytes.
    const double imageScale = scale * kImageResolution / kResolution;
    const QSize pixels(int(std::ceil(widget.width() * imageScale)), int(std::ceil(widget.height() * imageScale)));
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDevicePixelRatio(imageScale);
    widget.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    p.drawImage(QRectF(target.topLeft(), QSizeF(widget.width() * scale, widget.height() * scale)), image);

    picture.rect = toPoints(QRectF(target.topLeft(), QSizeF(widget.width() * scale, widget.height() * scale)));
    page.items.push_back(picture);
    for (const DrawnText &t : dump.texts()) {
        if (t.text.trimmed().isEmpty())
            continue;
        Item item;
        item.role = role + QStringLiteral("-text");
        item.text = t.text;
        item.rect = toPoints(QRectF(target.topLeft() + t.rect.topLeft() * scale, t.rect.size() * scale));
        item.pointSize = toPoints(t.pixelSize * scale);
        item.event = t.event;
        item.cut = t.cut;
        item.emphasised = !t.event.isEmpty() && t.event == emphasisedEvent && t.kind == u"event-label";
        page.items.push_back(item);
    }
}

// Qt Charts lays its items out from posted events: they run before the chart is measured or painted.
void settleChart(QWidget &w)
{
    w.layout()->activate();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

class Writer
{
public:
    Writer(const std::shared_ptr<const Timeline> &timeline, const Tour &tour, QPdfWriter &pdf)
        : m_timeline(timeline)
        , m_t(*timeline)
        , m_tour(tour)
        , m_pdf(pdf)
        , m_width(pdf.width())
        , m_height(pdf.height())
        , m_state(timeline)
        , m_player(&m_state)
    {
        m_state.setAnimationsEnabled(false);
        m_player.setTour(tour);
        for (const EventGeography &g : eventGeography(m_t))
            m_placed.insert(m_t.event(g.event).id);
        // A footer line and the space above it.
        m_footerHeight = TextBlock(&m_pdf, QStringLiteral("X"), pointFont(kLeastPointSize), m_width).height() * 1.8;
    }

    // Lays every page out; with a painter, paints them too. The first run only counts the pages, so
    // that each footer can say "page 2 of 14".
    std::vector<Page> run(QPainter *painter)
    {
        m_painter = painter;
        m_pages.clear();
        flow(-1, titleBlocks());
        for (int i = 0; i < int(m_tour.steps.size()); ++i)
            flow(i, stepBlocks(i));
        finishPage();
        return m_pages;
    }

    void setPageCount(int count) { m_pageCount = count; }

private:
    Block text(const QString &role, const QString &html, const QFont &font, double spaceBefore = 0,
        bool keepWithNext = false, const QString &plain = {})
    {
        auto block = std::make_shared<TextBlock>(&m_pdf, html, font, m_width);
        Block b;
        b.height = block->height();
        b.spaceBefore = spaceBefore;
        b.keepWithNext = keepWithNext;
        b.paint = [block, role, plain](QPainter &p, const QRectF &r, Page &page) {
            block->paint(p, r.topLeft());
            Item item;
            item.role = role;
            item.text = plain.isEmpty() ? block->plainText() : plain;
            item.rect = toPoints(QRectF(r.topLeft(), QSizeF(r.width(), block->height())));
            item.pointSize = block->leastPointSize();
            page.items.push_back(item);
        };
        return b;
    }

    std::vector<Block> titleBlocks()
    {
        std::vector<Block> blocks;
        blocks.push_back(text(QStringLiteral("tour-dataset"), esc(m_t.data().title), pointFont(11)));
        blocks.push_back(text(QStringLiteral("tour-title"), esc(m_tour.title), pointFont(24, true), toPixels(6)));
        const auto [first, last] = tourYears(m_t, m_tour);
        if (first > 0) {
            const QString years = first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
            blocks.push_back(text(QStringLiteral("tour-dates"),
                esc(QObject::tr("%1 · %n steps", nullptr, int(m_tour.steps.size())).arg(years)), pointFont(13),
                toPixels(4)));
        }
        if (!m_tour.description.isEmpty())
            blocks.push_back(
                text(QStringLiteral("tour-description"), esc(m_tour.description), pointFont(12), toPixels(10)));
        blocks.push_back(writingLine(QStringLiteral("name-line"),
            {QObject::tr("Name"), QObject::tr("Class"), QObject::tr("Date")}, toPixels(18)));
        blocks.push_back(text(QStringLiteral("steps-heading"), esc(QObject::tr("The steps of the tour")),
            pointFont(14, true), toPixels(22), true));
        for (int i = 0; i < int(m_tour.steps.size()); ++i) {
            const TourStep &s = m_tour.steps[size_t(i)];
            const QString date = stepDate(m_t, s);
            const QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                                "<td width=\"7%\"><b>%1.</b></td><td width=\"63%\">%2</td>"
                                                "<td width=\"30%\" align=\"right\">%3</td></tr></table>")
                                     .arg(i + 1)
                                     .arg(esc(s.title), esc(date));
            blocks.push_back(text(QStringLiteral("step-entry"), html, pointFont(11.5), toPixels(5), false,
                QStringLiteral("%1. %2 %3").arg(i + 1).arg(s.title, date)));
        }
        return blocks;
    }

    // Labelled lines to write on ("Name ______ Class ______").
    Block writingLine(const QString &role, const QStringList &labels, double spaceBefore)
    {
        const QFont font = pointFont(11);
        const double lineHeight = toPixels(26);
        Block b;
        b.height = lineHeight;
        b.spaceBefore = spaceBefore;
        b.paint = [this, role, labels, font, lineHeight](QPainter &p, const QRectF &r, Page &page) {
            p.save();
            p.setFont(font);
            p.setPen(QPen(Qt::black, toPixels(0.6)));
            const QFontMetricsF fm(font, &m_pdf);
            const double share = r.width() / labels.size();
            for (int i = 0; i < labels.size(); ++i) {
                const double x = r.left() + i * share;
                const QString label = labels[i] + QLatin1Char(':');
                const double baseline = r.top() + lineHeight - toPixels(4);
                p.drawText(QPointF(x, baseline), label);
                const double lineFrom = x + fm.horizontalAdvance(label) + toPixels(4);
                p.drawLine(QPointF(lineFrom, baseline + toPixels(1)),
                    QPointF(x + share - toPixels(12), baseline + toPixels(1)));
            }
            p.restore();
            Item item;
            item.role = role;
            item.text = labels.join(QStringLiteral(": ")) + QLatin1Char(':');
            item.rect = toPoints(QRectF(r.topLeft(), QSizeF(r.width(), lineHeight)));
            item.pointSize = QFontInfo(QFont(font, &m_pdf)).pointSizeF();
            page.items.push_back(item);
        };
        return b;
    }

    std::vector<Block> stepBlocks(int i)
    {
        const TourStep &s = m_tour.steps[size_t(i)];
        std::vector<Block> blocks;
        blocks.push_back(text(QStringLiteral("step-header"),
            QStringLiteral("<span style=\"color:#404040\">%1 · %2</span>")
                .arg(esc(m_tour.title), esc(QObject::tr("Step %1 of %2").arg(i + 1).arg(m_tour.steps.size()))),
            pointFont(10)));
        blocks.push_back(text(QStringLiteral("step-title"), esc(s.title), pointFont(17, true), toPixels(3)));
        if (const QString date = stepDate(m_t, s); !date.isEmpty())
            blocks.push_back(text(QStringLiteral("step-date"), esc(date), pointFont(11.5), toPixels(1)));

        const bool chart = !s.chart.isEmpty() && EconomyCharts::chartIds().contains(s.chart);
        const int namedPlots = std::max<int>(1, int(s.plots.size()));
        const double timelineShare = chart || s.showsMap ? 0.25 : 0.34;
        const double chartShare = !chart ? 0 : namedPlots > 1 ? 0.6 : 0.42;
        blocks.push_back(timelinePicture(i, m_height * timelineShare));
        // Where the step asks for the map, it stands as large as a chart.
        if (chart) {
            for (Block &b : chartPicture(i, m_height * chartShare))
                blocks.push_back(std::move(b));
        } else if (s.showsMap) {
            blocks.push_back(mapPicture(i, m_height * 0.42));
        }
        const size_t afterPictures = blocks.size();
        // The narration, a paragraph a block, so that a long one can go on over the page.
        const QStringList paragraphs = s.narration.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (int k = 0; k < paragraphs.size(); ++k)
            blocks.push_back(text(
                QStringLiteral("narration"), esc(paragraphs[k].trimmed()), pointFont(12), toPixels(k == 0 ? 10 : 5)));
        for (const Document *d : DetailsHtml::stepDocuments(m_t, s))
            blocks.push_back(
                text(QStringLiteral("document"), DetailsHtml::printedDocument(m_t, *d), pointFont(11.5), toPixels(8)));
        const QStringList sources = DetailsHtml::stepSources(m_t, s);
        if (!sources.isEmpty()) {
            blocks.push_back(text(QStringLiteral("sources-heading"), esc(QObject::tr("Sources")), pointFont(10.5, true),
                toPixels(10), true));
            for (const QString &source : sources)
                blocks.push_back(text(QStringLiteral("source"), source, pointFont(kLeastPointSize + 0.5), toPixels(2)));
        }
        blocks.push_back(notes());
        // Other steps whose events have places get a small map under the timeline, so that a student
        // sees where they happened, where it costs no paper: not when it would need another page.
        if (!chart && !s.showsMap && isPlaced(s)) {
            std::vector<Block> withMap = blocks;
            withMap.insert(withMap.begin() + std::ptrdiff_t(afterPictures), mapPicture(i, m_height * 0.24));
            if (pagesFor(withMap) <= pagesFor(blocks))
                return withMap;
        }
        return blocks;
    }

    // The pages flow() would fill with a step's blocks.
    int pagesFor(const std::vector<Block> &blocks) const
    {
        const double bottom = m_height - m_footerHeight;
        const double continued = TextBlock(&m_pdf, QStringLiteral("X"), pointFont(10), m_width).height();
        int pages = 1;
        double y = 0;
        for (size_t k = 0; k < blocks.size(); ++k) {
            const Block &b = blocks[k];
            double needed = b.spaceBefore + b.height;
            if (b.keepWithNext && k + 1 < blocks.size())
                needed += blocks[k + 1].spaceBefore + blocks[k + 1].height;
            if (y > 0 && y + needed > bottom) {
                ++pages;
                y = continued;
            }
            y += (y > 0 ? b.spaceBefore : 0) + b.height;
        }
        return pages;
    }

    Block timelinePicture(int step, double height)
    {
        Block b;
        b.height = height;
        b.spaceBefore = toPixels(8);
        b.paint = [this, step](QPainter &p, const QRectF &r, Page &page) {
            m_player.goTo(step);
            TimelineView view(&m_state);
            view.setTheme(Theme::print());
            const int selected = m_state.selectedEvent();
            const QString selectedId = selected >= 0 ? m_t.event(selected).id : QString();
            Item picture;
            picture.role = QStringLiteral("timeline");
            picture.text = selectedId;
            picture.event = selectedId;
            // A thin frame, so that the view reads as a figure on a white page.
            paintWidget(
                view, p, r, QStringLiteral("timeline"), page, [](QWidget &) {}, selectedId, picture);
            p.save();
            p.setPen(QPen(QColor(0x80, 0x80, 0x80), toPixels(0.5)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            p.restore();
        };
        return b;
    }

    bool isPlaced(const TourStep &s) const
    {
        return std::any_of(s.events.begin(), s.events.end(), [this](const QString &id) { return m_placed.count(id); });
    }

    // The map of the step's window and cursor: its events' places, the border of its date.
    Block mapPicture(int step, double height)
    {
        Block b;
        b.height = height;
        b.spaceBefore = toPixels(8);
        b.paint = [this, step](QPainter &p, const QRectF &r, Page &page) {
            m_player.goTo(step);
            MapView view(&m_state);
            view.setTheme(Theme::print());
            const int selected = m_state.selectedEvent();
            Item picture;
            picture.role = QStringLiteral("map");
            picture.event = selected >= 0 ? m_t.event(selected).id : QString();
            // The map knows what it drew only once it has painted: painted aside at each size tried, so
            // that its texts are measured for the least type size.
            const auto paintAside = [](QWidget &w) {
                QImage aside(w.size(), QImage::Format_RGB32);
                QPainter painter(&aside);
                static_cast<MapView &>(w).paintMap(painter, w.size());
            };
            paintWidget(view, p, r, QStringLiteral("map"), page, paintAside, picture.event, picture);
        };
        return b;
    }

    // The chart the step is about, showing the plots it names, and under it the works its figures come
    // from, wrapped as the other sources are rather than on the chart's one line.
    std::unique_ptr<ChartPanel> stepChart(int step)
    {
        m_player.goTo(step);
        const TourStep &s = m_tour.steps[size_t(step)];
        std::unique_ptr<ChartPanel> panel(EconomyCharts::createChart(s.chart, &m_state, Theme::print()));
        if (!panel)
            return panel;
        panel->setForExport(false);
        // Compact, as when presenting: the room goes to the plots; the narration under it says what the
        // caption would, and the chart's works are printed in full below it.
        panel->setCompact(true);
        panel->setTitleShown(true);
        panel->setPreferredPlots(s.plots);
        panel->setPlotsShown(std::max<int>(1, int(s.plots.size())));
        panel->setSourcesShown(false);
        return panel;
    }

    std::vector<Block> chartPicture(int step, double height)
    {
        std::vector<Block> blocks;
        // A chart of two plots with their legends, laid out at the width that keeps its type large
        // enough, may need more than its share of the page: measured as it will be painted, once (the
        // counting run measures, the painting run reuses it).
        auto measured = m_charts.find(step);
        if (measured == m_charts.end()) {
            const std::unique_ptr<ChartPanel> panel = stepChart(step);
            if (!panel)
                return blocks;
            panel->setAttribute(Qt::WA_DontShowOnScreen);
            panel->show();
            const auto [scale, dump] = fitWidget(*panel, m_width, height, settleChart);
            measured = m_charts
                           .emplace(step,
                               MeasuredChart {std::min(std::max(height, panel->height() * scale), m_height * 0.75),
                                   panel->sourcesText()})
                           .first;
            panel->hide();
        }
        height = measured->second.height;
        const QString sources = measured->second.sources;
        Block b;
        b.height = height;
        b.spaceBefore = toPixels(8);
        b.paint = [this, step](QPainter &p, const QRectF &r, Page &page) {
            const std::unique_ptr<ChartPanel> panel = stepChart(step);
            panel->setAttribute(Qt::WA_DontShowOnScreen);
            panel->show();
            Item picture;
            picture.role = QStringLiteral("chart");
            picture.text = panel->chartTitle();
            paintWidget(*panel, p, r, QStringLiteral("chart"), page, settleChart, {}, picture);
            // Which plots are shown depends on the size the panel was given: record them as painted.
            const auto recorded = std::find_if(
                page.items.rbegin(), page.items.rend(), [](const Item &item) { return item.role == u"chart"; });
            for (int plot = 0; plot < panel->plotCount(); ++plot) {
                if (panel->isPlotShown(plot))
                    recorded->plots.push_back(panel->plotGroup(plot));
            }
            panel->hide();
        };
        blocks.push_back(b);
        if (!sources.isEmpty())
            blocks.push_back(
                text(QStringLiteral("chart-sources"), sources, pointFont(kLeastPointSize + 0.5), toPixels(3)));
        return blocks;
    }

    // Room for the class: two numbered questions, each with lines to answer on.
    Block notes()
    {
        const QFont heading = pointFont(11, true);
        const double headingHeight = TextBlock(&m_pdf, QStringLiteral("X"), heading, m_width).height();
        const double line = toPixels(21);
        Block b;
        b.spaceBefore = toPixels(14);
        b.height = headingHeight + 2 * 3 * line;
        b.paint = [this, heading, headingHeight, line](QPainter &p, const QRectF &r, Page &page) {
            p.save();
            p.setFont(heading);
            p.setPen(Qt::black);
            const QString title = QObject::tr("Notes for the class");
            p.drawText(QRectF(r.left(), r.top(), r.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
            p.setFont(pointFont(11));
            p.setPen(QPen(QColor(0x60, 0x60, 0x60), toPixels(0.5)));
            double y = r.top() + headingHeight;
            for (int q = 1; q <= 2; ++q) {
                for (int l = 0; l < 3; ++l) {
                    y += line;
                    if (l == 0)
                        p.drawText(QPointF(r.left(), y - toPixels(4)), QStringLiteral("%1.").arg(q));
                    p.drawLine(QPointF(r.left() + (l == 0 ? toPixels(16) : 0), y), QPointF(r.right(), y));
                }
            }
            p.restore();
            Item item;
            item.role = QStringLiteral("notes");
            item.text = title;
            item.rect = toPoints(QRectF(r.topLeft(), QSizeF(r.width(), headingHeight + 6 * line)));
            item.pointSize = 11;
            page.items.push_back(item);
        };
        return b;
    }

    void newPage(int step)
    {
        if (!m_pages.empty()) {
            finishPage();
            if (m_painter)
                m_pdf.newPage();
        }
        m_pages.push_back(Page {step, {}});
        m_y = 0;
    }

    // The footer, drawn when a page is done: a QPdfWriter cannot go back to an earlier page.
    void finishPage()
    {
        Item item;
        item.role = QStringLiteral("footer");
        item.text = QObject::tr("%1 · page %2 of %3").arg(m_tour.title).arg(m_pages.size()).arg(m_pageCount);
        const QFont font = pointFont(kLeastPointSize);
        const double h = TextBlock(&m_pdf, QStringLiteral("X"), font, m_width).height();
        const QRectF r(0, m_height - h, m_width, h);
        item.rect = toPoints(r);
        item.pointSize = kLeastPointSize;
        if (m_painter) {
            m_painter->save();
            m_painter->setFont(font);
            m_painter->setPen(QColor(0x40, 0x40, 0x40));
            m_painter->drawText(r, Qt::AlignRight | Qt::AlignBottom, item.text);
            m_painter->restore();
        }
        m_pages.back().items.push_back(item);
    }

    // Puts the blocks one under another, each step on a page of its own; a block that does not fit
    // goes over to the next page (with its heading), which repeats the step's number.
    void flow(int step, const std::vector<Block> &blocks)
    {
        newPage(step);
        const double bottom = m_height - m_footerHeight;
        for (size_t k = 0; k < blocks.size(); ++k) {
            const Block &b = blocks[k];
            double needed = b.spaceBefore + b.height;
            if (b.keepWithNext && k + 1 < blocks.size())
                needed += blocks[k + 1].spaceBefore + blocks[k + 1].height;
            if (m_y > 0 && m_y + needed > bottom) {
                newPage(step);
                if (step >= 0) {
                    const Block more = text(QStringLiteral("step-header"),
                        QStringLiteral("<span style=\"color:#404040\">%1 · %2</span>")
                            .arg(esc(m_tour.title),
                                esc(QObject::tr("Step %1 of %2, continued").arg(step + 1).arg(m_tour.steps.size()))),
                        pointFont(10));
                    place(more, 0);
                }
            }
            place(b, m_y > 0 ? b.spaceBefore : 0);
        }
    }

    void place(const Block &b, double spaceBefore)
    {
        const QRectF r(0, m_y + spaceBefore, m_width, b.height);
        if (m_painter)
            b.paint(*m_painter, r, m_pages.back());
        m_y = r.bottom();
    }

private:
    std::shared_ptr<const Timeline> m_timeline;
    const Timeline &m_t;
    const Tour &m_tour;
    QPdfWriter &m_pdf;
    double m_width;
    double m_height;
    ViewState m_state;
    TourPlayer m_player;
    QPainter *m_painter = nullptr;
    std::vector<Page> m_pages;
    double m_y = 0;
    double m_footerHeight = 0;
    int m_pageCount = 0;
    struct MeasuredChart {
        double height = 0; // PDF pixels
        QString sources; // the chart's works, rich text
    };
    std::map<int, MeasuredChart> m_charts; // by step
    std::set<QString> m_placed; // the events the map can show, by id
};

QPageSize pageSizeOf(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

Paper defaultPaper()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter : Paper::A4;
}

std::optional<Paper> parsePaper(const QString &name)
{
    if (name.compare(QStringLiteral("a4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QStringLiteral("letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

bool write(const std::shared_ptr<const Timeline> &timeline, const Tour &tour, Paper paper, const QString &file,
    QString *error, Layout *layout)
{
    if (tour.steps.empty()) {
        *error = QObject::tr("the tour has no steps");
        return false;
    }
    if (QFileInfo(file).suffix().toLower() != u"pdf") {
        *error = QObject::tr("%1: a tour handout is a PDF; name the file .pdf").arg(file);
        return false;
    }
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&bytes);
    pdf.setTitle(tour.title);
    pdf.setCreator(QStringLiteral("Khronika"));
    pdf.setResolution(int(kResolution));
    pdf.setPageLayout(QPageLayout(pageSizeOf(paper), QPageLayout::Portrait,
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));

    Writer writer(timeline, tour, pdf);
    writer.setPageCount(int(writer.run(nullptr).size()));

    QPainter p;
    if (!p.begin(&pdf)) {
        *error = QObject::tr("cannot write %1").arg(file);
        return false;
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    std::vector<Page> pages = writer.run(&p);
    p.end();
    if (layout) {
        const QPageLayout pl = pdf.pageLayout();
        layout->pageSize = pl.fullRect(QPageLayout::Point).size();
        layout->printable = pl.paintRect(QPageLayout::Point);
        layout->pages = std::move(pages);
        for (Page &page : layout->pages) {
            for (Item &item : page.items)
                item.rect.translate(layout->printable.topLeft());
        }
    }
    return writeFileAtomically(file, bytes.data(), error);
}

} // namespace khronika::Handout
