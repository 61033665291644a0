#include "SeriesLegend.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {

constexpr double kSampleWidth = 36;
constexpr double kSampleGap = 8;
constexpr double kEntryGap = 24;
constexpr double kRowGap = 4;
constexpr double kVerticalPadding = 4;
constexpr double kRightMargin = 16;
constexpr double kLeastIndent = 14; // from the left edge, when the gutter gives up its room

} // namespace

SeriesLegend::SeriesLegend(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setFont(m_theme.font(0.95));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(tr("Arrow keys choose a series; Space or Return hides or shows it."));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SeriesLegend::setEntries(const std::vector<Entry> &entries)
{
    m_entries = entries;
    m_rects = layoutFor(width());
    updateGeometry();
    update();
}

void SeriesLegend::setShown(int index, bool shown)
{
    if (index < 0 || index >= int(m_entries.size()))
        return;
    m_entries[size_t(index)].shown = shown;
    update();
}

void SeriesLegend::setCompact(bool compact)
{
    m_compact = compact;
    m_rects = layoutFor(width());
    updateGeometry();
    update();
}

void SeriesLegend::setIndent(int pixels)
{
    m_indent = pixels;
    m_rects = layoutFor(width());
    updateGeometry();
    update();
}

double SeriesLegend::entryWidth(const Entry &e) const
{
    return kSampleWidth + kSampleGap + QFontMetricsF(font()).horizontalAdvance(textOf(e));
}

std::vector<QRectF> SeriesLegend::layoutFor(int width) const
{
    const QFontMetricsF fm(font());
    const double rowHeight = std::ceil(fm.height()) + 2;
    const double left = m_indent;
    const double right = std::max(left + 100, double(width) - kRightMargin);
    std::vector<QRectF> rects;
    double x = left, y = kVerticalPadding;
    if (m_compact && !m_entries.empty()) {
        // A table: as many columns as fit with every name whole, each column as wide as its widest
        // entry, so that a long legend takes a few rows rather than one row per name. When the
        // columns do not fit beside the plot's gutter the table starts at the left edge instead:
        // under a presented chart the names matter more than lining up with the plot.
        const auto widthsFor = [this](int columns) {
            std::vector<double> widths(size_t(columns), 0.0);
            for (size_t i = 0; i < m_entries.size(); ++i)
                widths[i % size_t(columns)] = std::max(widths[i % size_t(columns)], entryWidth(m_entries[i]));
            return widths;
        };
        const auto tableWidth = [](const std::vector<double> &widths) {
            double sum = 0;
            for (double w : widths)
                sum += w + kEntryGap;
            return sum - kEntryGap;
        };
        // The fewest rows any table fits in from the left edge; then the same rows beside the gutter
        // if a table fits there too.
        const int count = int(m_entries.size());
        const auto rowsOf = [count](int columns) { return (count + columns - 1) / columns; };
        int columns = 1;
        for (int c = count; c >= 1; --c) {
            if (tableWidth(widthsFor(c)) <= right - kLeastIndent) {
                columns = c;
                break;
            }
        }
        double start = kLeastIndent;
        for (int c = columns; c >= 1 && rowsOf(c) == rowsOf(columns); --c) {
            if (tableWidth(widthsFor(c)) <= right - left) {
                columns = c;
                start = left;
                break;
            }
        }
        const std::vector<double> widths = widthsFor(columns);
        const double room = right - start;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const int row = int(i) / columns, col = int(i) % columns;
            double cx = start;
            for (int c = 0; c < col; ++c)
                cx += widths[size_t(c)] + kEntryGap;
            // A single column narrower than a name: the name is elided, the only case left.
            rects.emplace_back(
                cx, y + row * (rowHeight + kRowGap), std::min(room, entryWidth(m_entries[i])), rowHeight);
        }
        return rects;
    }
    for (const Entry &e : m_entries) {
        // A name longer than the row is elided when painted; it still gets a row of its own.
        const double w = std::min(entryWidth(e), right - left);
        if (x > left && x + w > right) {
            x = left;
            y += rowHeight + kRowGap;
        }
        rects.emplace_back(x, y, w, rowHeight);
        x += w + kEntryGap;
    }
    return rects;
}

QRectF SeriesLegend::textRect(const QRectF &entry)
{
    return {entry.left() + kSampleWidth + kSampleGap, entry.top(), entry.width() - kSampleWidth - kSampleGap,
        entry.height()};
}

void SeriesLegend::dumpView(ViewDump &dump) const
{
    const std::vector<QRectF> rects = m_rects.size() == m_entries.size() ? m_rects : layoutFor(width());
    const QFontMetricsF fm(font());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const QRectF text = textRect(rects[i]);
        const QString drawn = fm.elidedText(textOf(m_entries[i]), Qt::ElideRight, text.width() + 1);
        dump.addText(this, QStringLiteral("legend"), drawn, text, font(), drawn != textOf(m_entries[i]));
    }
}

int SeriesLegend::heightForWidth(int width) const
{
    if (m_entries.empty())
        return 0;
    const auto rects = layoutFor(width);
    return int(std::ceil(rects.back().bottom() + kVerticalPadding));
}

QSize SeriesLegend::sizeHint() const
{
    const int w = std::max(width(), 800);
    return {w, heightForWidth(w)};
}

QSize SeriesLegend::minimumSizeHint() const
{
    return {200, heightForWidth(std::max(width(), 200))};
}

void SeriesLegend::resizeEvent(QResizeEvent *)
{
    m_rects = layoutFor(width());
}

int SeriesLegend::entryAt(const QPointF &pos) const
{
    for (size_t i = 0; i < m_rects.size(); ++i) {
        if (m_rects[i].adjusted(-4, -2, 4, 2).contains(pos))
            return int(i);
    }
    return -1;
}

QRectF SeriesLegend::entryRect(int index) const
{
    return index >= 0 && index < int(m_rects.size()) ? m_rects[size_t(index)] : QRectF();
}

void SeriesLegend::paintEvent(QPaintEvent *)
{
    if (m_rects.size() != m_entries.size())
        m_rects = layoutFor(width());
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QRectF r = m_rects[i];
        const QRectF sample(r.left(), r.top(), kSampleWidth, r.height());
        const double cy = sample.center().y();
        QColor c = e.colour;
        if (!e.shown)
            c.setAlphaF(0.3f);
        switch (e.sample) {
        case Sample::Line:
            p.setPen(QPen(c, 3, e.style, Qt::FlatCap));
            p.drawLine(QPointF(sample.left(), cy), QPointF(sample.right(), cy));
            p.setPen(QPen(m_theme.background, 1.5));
            p.setBrush(c);
            p.drawEllipse(QPointF(sample.center().x(), cy), 4.5, 4.5);
            break;
        case Sample::Bar:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRect(QRectF(sample.left() + 8, sample.top() + 3, sample.width() - 16, sample.height() - 6));
            break;
        case Sample::TargetLine:
            p.setPen(QPen(c, 3, e.style, Qt::FlatCap));
            p.drawLine(QPointF(sample.left(), cy), QPointF(sample.right(), cy));
            break;
        }
        p.setPen(e.shown ? m_theme.text : m_theme.mutedText);
        QFont f = font();
        f.setStrikeOut(!e.shown);
        p.setFont(f);
        const QRectF text = textRect(r);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(textOf(e), Qt::ElideRight, text.width() + 1));
        if (hasFocus() && int(i) == m_focused) {
            p.setPen(QPen(m_theme.text, 1.5, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3);
        }
    }
}

void SeriesLegend::mousePressEvent(QMouseEvent *event)
{
    const int i = entryAt(event->position());
    if (i < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_entries[size_t(i)].shown = !m_entries[size_t(i)].shown;
    update();
    Q_EMIT toggled(i, m_entries[size_t(i)].shown);
}

void SeriesLegend::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_entries.size());
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_focused = (m_focused + count - 1) % count;
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_focused = (m_focused + 1) % count;
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        m_focused = std::clamp(m_focused, 0, count - 1);
        Entry &e = m_entries[size_t(m_focused)];
        e.shown = !e.shown;
        Q_EMIT toggled(m_focused, e.shown);
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

void SeriesLegend::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(entryAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool SeriesLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = entryAt(help->pos());
        if (i >= 0 && !m_entries[size_t(i)].toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_entries[size_t(i)].toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace khronika
