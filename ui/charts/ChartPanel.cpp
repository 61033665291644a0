#include "ChartPanel.h"

#include "TimeChartView.h"
#include "core/AtomicFile.h"

#include <QBuffer>
#include <QContextMenuEvent>

#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace khronika {

namespace {

constexpr int kTextMargin = 14; // the timeline's gutter text starts here too

QLabel *textLabel(const QFont &font, const QColor &colour)
{
    auto *label = new QLabel;
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(kTextMargin, 0, kTextMargin, 0);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    return label;
}

} // namespace

ChartPanel::ChartPanel(ViewState *state, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_theme(theme)
    , m_layout(new QVBoxLayout(this))
    , m_header(new QHBoxLayout)
    , m_footerRow(new QWidget)
    , m_footer(new QHBoxLayout(m_footerRow))
    , m_title(textLabel(theme.font(1.2, true), theme.text))
    , m_hint(textLabel(theme.font(0.85), theme.mutedText))
    , m_caption(textLabel(theme.font(1.0), theme.text))
    , m_sources(textLabel(theme.font(0.85), theme.mutedText))
{
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, m_theme.background);
    setPalette(palette);

    m_layout->setContentsMargins(0, 10, 0, 10);
    m_layout->setSpacing(6);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(false);
    m_header->addWidget(m_title, 0);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // How to use the chart, as a tooltip: on a small screen the line would take the chart's room.
    setToolTip(tr("Click a name to hide or show it · click the chart to move the time cursor · right-click to export"));
    m_hint->setVisible(false);
    m_hint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // A plot left out for lack of room is one click away: its name in the note brings it in.
    connect(m_hint, &QLabel::linkActivated, this, [this](const QString &link) {
        const int plot = link.startsWith(QStringLiteral("plot:")) ? link.mid(5).toInt() : -1;
        if (plot < 0 || plot >= plotCount())
            return;
        const int shown = plotsShown();
        // As many plots as before, the chosen one first (setPlotsShown applies the new order).
        setPreferredPlots({plotGroup(plot)});
        setPlotsShown(shown);
    });
    m_header->addWidget(m_hint, 1);
    m_layout->addLayout(m_header);
    m_layout->addWidget(m_caption);
    m_footer->setContentsMargins(0, 0, 0, 0);
    m_footer->addWidget(m_sources, 1);
    m_layout->addWidget(m_footerRow);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_state, &ViewState::selectionChanged, this, &ChartPanel::updateCaption);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title.toHtmlEscaped());
}

void ChartPanel::addBody(QWidget *widget, int stretch)
{
    // Above the caption and the sources, below whatever was added before.
    m_layout->insertWidget(m_layout->count() - 2, widget, stretch);
}

void ChartPanel::setSources(const std::vector<SourceRef> &refs, int uncheckedFigures)
{
    m_works = citedWorks(m_state->timeline().data(), refs);
    QStringList items, full;
    for (size_t i = 0; i < m_works.size(); ++i) {
        items << QStringLiteral("[%1]&nbsp;%2").arg(i + 1).arg(m_works[i].shortText().toHtmlEscaped());
        full << QStringLiteral("[%1] %2").arg(i + 1).arg(m_works[i].fullText());
    }
    QString text = tr("Sources: %1").arg(items.join(QStringLiteral(" · ")));
    QString unchecked;
    if (uncheckedFigures > 0)
        unchecked = uncheckedFigures == 1
            ? tr("Open points, striped bars and hollow target lines: 1 figure not yet checked against the "
                 "original table, a figure as it is commonly reproduced.")
            : tr("Open points, striped bars and hollow target lines: %1 figures not yet checked against the "
                 "original tables, figures as they are commonly reproduced.")
                  .arg(uncheckedFigures);
    if (!unchecked.isEmpty())
        text += QStringLiteral("<br>") + unchecked;
    m_sourcesText = text;
    m_uncheckedFigures = uncheckedFigures;
    // On one line the open marks come first: what they mean matters more than the works' names,
    // which the tooltip lists in full.
    QStringList plain;
    for (size_t i = 0; i < m_works.size(); ++i)
        plain << QStringLiteral("[%1] %2").arg(i + 1).arg(m_works[i].shortText());
    m_sourcesLine = (uncheckedFigures > 0 ? tr("Open marks: not yet checked.") + u' ' : QString())
        + tr("Sources: %1").arg(plain.join(QStringLiteral(" · ")));
    m_sources->setToolTip((unchecked.isEmpty() ? QString() : unchecked + u'\n') + full.join(u'\n'));
    showSources();
}

void ChartPanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_caption->setVisible(!compact);
    placeNote();
    m_layout->setContentsMargins(0, compact ? 4 : 10, 0, compact ? 4 : 10);
    m_layout->setSpacing(compact ? 3 : 6);
    showSources();
    if (!compact) {
        setPlotsShown(plotCount());
        setSourcesShown(true);
    }
    compactChanged();
}

void ChartPanel::setTitleShown(bool shown)
{
    m_titleShown = shown;
    placeNote();
}

void ChartPanel::setSourcesShown(bool shown)
{
    m_sourcesShown = shown;
    m_sources->setVisible(shown);
    showTitleNote();
    updateFooterRow();
}

const QWidget *ChartPanel::sourcesWidget() const
{
    return m_footerRow;
}

bool ChartPanel::sourcesLineShown(bool sourcesShown) const
{
    // Compact, the line also carries a short note (plots left out, what the open marks mean).
    return sourcesShown || (m_compact && m_footer->indexOf(m_hint) >= 0 && !m_hint->isHidden());
}

void ChartPanel::placeNote()
{
    // Compact, a short note ("Also in this chart: Grain", keeping its link) moves to the sources' line
    // so that the plots get the header's row; a long one (a footnote to the plan chart) keeps the
    // header's whole width to wrap in.
    constexpr int kShortNote = 60;
    const bool onFooter = m_compact && m_notePlain.size() <= kShortNote;
    // The header's row is given up only when nothing is left in it.
    m_title->setVisible(m_titleShown && !(m_compact && (onFooter || m_hint->isHidden())));
    if (onFooter != (m_footer->indexOf(m_hint) >= 0)) {
        // Moving between the rows changes the note's parent, which hides it: it is shown as it was.
        const bool shown = !m_hint->isHidden();
        (onFooter ? m_header : m_footer)->removeWidget(m_hint);
        if (onFooter)
            m_footer->addWidget(m_hint, 0);
        else
            m_header->addWidget(m_hint, 1);
        m_hint->setVisible(shown);
    }
    updateFooterRow();
}

void ChartPanel::updateFooterRow()
{
    m_footerRow->setVisible(sourcesLineShown(m_sourcesShown));
    // On the sources' line a short note ("Also in this chart: Grain") keeps to one line; a long one
    // wraps within half the row, and the sources are elided to what is left.
    const bool onFooter = m_footer->indexOf(m_hint) >= 0;
    m_hint->setMinimumWidth(
        onFooter ? std::min(int(std::ceil(m_notePlainWidth)) + 2 * kTextMargin + 2, std::max(0, width() / 2)) : 0);
    if (m_compact)
        elideSourcesLine();
}

void ChartPanel::showSources()
{
    if (!m_compact) {
        m_sources->setWordWrap(true);
        m_sources->setTextFormat(Qt::RichText);
        m_sources->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        m_sources->setText(m_sourcesText);
        return;
    }
    // One line at whatever width: the label must not ask for the width of its whole text.
    m_sources->setWordWrap(false);
    m_sources->setTextFormat(Qt::PlainText);
    m_sources->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    elideSourcesLine();
}

void ChartPanel::elideSourcesLine()
{
    int room = std::max(0, width() - 2 * kTextMargin);
    if (!m_hint->isHidden() && m_footer->indexOf(m_hint) >= 0)
        room = std::max(0, room - std::max(m_hint->minimumWidth(), m_hint->width()) - m_footer->spacing());
    m_sources->setText(m_sources->fontMetrics().elidedText(m_sourcesLine, Qt::ElideRight, room));
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_compact)
        updateFooterRow();
}

void ChartPanel::setTitleNote(const QString &text)
{
    m_plotsNote = text;
    showTitleNote();
}

void ChartPanel::showTitleNote()
{
    QStringList notes;
    if (!m_plotsNote.isEmpty())
        notes << m_plotsNote;
    if (!m_sourcesShown && m_uncheckedFigures > 0)
        notes << tr("Open marks: not yet checked").toHtmlEscaped();
    m_hint->setText(notes.join(QStringLiteral(" · ")));
    m_hint->setVisible(!notes.isEmpty());
    // As read, measured once here: placing the note and every resize ask for it.
    QTextDocument doc;
    doc.setHtml(m_hint->text());
    m_notePlain = doc.toPlainText();
    m_notePlainWidth = QFontMetricsF(m_hint->font()).horizontalAdvance(m_notePlain);
    placeNote();
}

QString ChartPanel::titleNote() const
{
    return m_hint->isHidden() ? QString() : m_notePlain;
}

void ChartPanel::setPreferredPlots(const std::vector<QString> &groups)
{
    std::vector<int> order;
    for (const QString &group : groups) {
        for (int i = 0; i < plotCount(); ++i) {
            if (plotGroup(i).compare(group, Qt::CaseInsensitive) == 0
                && std::find(order.begin(), order.end(), i) == order.end())
                order.push_back(i);
        }
    }
    for (int i = 0; i < plotCount(); ++i) {
        if (std::find(order.begin(), order.end(), i) == order.end())
            order.push_back(i);
    }
    m_plotOrder = order;
}

int ChartPanel::plotRank(int plot) const
{
    const auto it = std::find(m_plotOrder.begin(), m_plotOrder.end(), plot);
    return it == m_plotOrder.end() ? plot : int(it - m_plotOrder.begin());
}

void ChartPanel::noteLeftOutPlots()
{
    QStringList links;
    for (int i = 0; i < plotCount(); ++i) {
        if (!isPlotShown(i))
            // The theme's link colour, written in: a label's rich text otherwise takes Qt's default blue,
            // which is unreadable on the dark theme's background.
            links << QStringLiteral("<a href=\"plot:%1\" style=\"color:%3\">%2</a>")
                         .arg(i)
                         .arg(plotName(i).toHtmlEscaped(), m_theme.palette().color(QPalette::Link).name());
    }
    setTitleNote(links.isEmpty() ? QString() : tr("Also in this chart: %1").arg(links.join(QStringLiteral(", "))));
}

QString ChartPanel::sourceMarks(const std::vector<SourceRef> &refs) const
{
    QStringList numbers;
    for (const SourceRef &r : refs) {
        for (size_t i = 0; i < m_works.size(); ++i) {
            const QString n = QString::number(i + 1);
            if (m_works[i].id == r.ref && !numbers.contains(n))
                numbers << n;
        }
    }
    return numbers.isEmpty() ? QString() : u'[' + numbers.join(QStringLiteral(", ")) + u']';
}

QString ChartPanel::captionText() const
{
    return m_caption->text();
}

QString ChartPanel::captionDetails() const
{
    return m_caption->toolTip();
}

QString ChartPanel::sourcesText() const
{
    // The whole rich text, whatever the panel shows of it (compact, it is one elided line).
    return m_sourcesText;
}

void ChartPanel::setForExport(bool cursor)
{
    m_forExport = true;
    for (TimeChartView *view : findChildren<TimeChartView *>())
        view->setCursorShown(cursor);
    updateCaption();
}

void ChartPanel::updateCaption()
{
    const Timeline &t = m_state->timeline();
    const int e = m_state->selectedEvent();
    if (e < 0) {
        m_caption->setToolTip(QString());
        m_caption->setVisible(!m_forExport && !m_compact);
        m_caption->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(m_theme.mutedText.name(), tr("Select an event on the timeline to see what changed around it.")));
        return;
    }
    m_caption->setVisible(!m_compact);
    const Event &event = t.event(e);
    const Changes changes = changesAround(t.eventRange(e).first);
    const QString around = tr("Around <b>%1</b> (%2):").arg(event.title.toHtmlEscaped(), event.date.toDisplayString());
    if (changes.brief.isEmpty()) {
        m_caption->setText(around + u' ' + tr("these figures say nothing about the years close to this date."));
        m_caption->setToolTip(QString());
        return;
    }
    QStringList escaped;
    for (const QString &c : changes.brief)
        escaped << c.toHtmlEscaped();
    m_caption->setText(around + u' ' + escaped.join(QStringLiteral(" · ")));
    m_caption->setToolTip(changes.full.join(u'\n'));
}

bool ChartPanel::exportTo(const QString &file, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == u"svg") {
        // Made in memory and written in one atomic step, so that a failed export keeps the old file.
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&bytes);
        svg.setSize(size());
        svg.setViewBox(rect());
        // The widget's own resolution, so that a viewer shows the chart at the size it had on screen.
        svg.setResolution(logicalDpiX());
        svg.setTitle(chartTitle());
        svg.setDescription(tr("Series: %1").arg(seriesNames().join(QStringLiteral("; "))));
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = tr("cannot write %1").arg(file);
            return false;
        }
        render(&p);
        p.end();
        QString why;
        if (!writeFileAtomically(file, bytes.data(), &why)) {
            if (error)
                *error = why;
            return false;
        }
        return true;
    }
    if (suffix == u"png") {
        QImage image(size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(m_theme.background);
        {
            QPainter p(&image);
            render(&p);
        }
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QString why = tr("cannot write %1: the image could not be encoded as PNG").arg(file);
        if (!image.save(&bytes, "PNG") || !writeFileAtomically(file, bytes.data(), &why)) {
            if (error)
                *error = why;
            return false;
        }
        return true;
    }
    if (error)
        *error = tr("%1: the file name must end in .png or .svg").arg(file);
    return false;
}

void ChartPanel::exportWithDialog(const QString &suffix)
{
    const QString filter = suffix == u"svg" ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString file = QFileDialog::getSaveFileName(this, tr("Export chart"), chartId() + u'.' + suffix, filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + suffix;
    QString error;
    if (!exportTo(file, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export this chart as PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu.addAction(tr("Export this chart as SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu.exec(event->globalPos());
}

} // namespace khronika
