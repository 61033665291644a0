#include "SeriesLegend.h"

#include "ChartStyle.h"

#include <QHash>
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
    rebuildKeys();
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
    rebuildKeys();
}

void SeriesLegend::rebuildKeys()
{
    m_keys.clear();
    // Subjects and versions are named apart only where that says exactly what one entry per series
    // would: every series a version of a subject, the colour always the subject's and the dash always
    // the version's, and fewer names that way.
    QStringList subjects, versions;
    QHash<QString, QColor> colourOfSubject;
    QHash<QString, Qt::PenStyle> styleOfVersion;
    QHash<Qt::PenStyle, QString> versionOfStyle;
    QHash<QString, int> markerOfVersion;
    QHash<QString, bool> joinedOfVersion;
    bool faithful = m_compact && m_entries.size() > 2;
    for (const Entry &e : m_entries) {
        if (!faithful)
            break;
        if (e.subject.isEmpty() || e.version.isEmpty() || e.sample != Sample::Line) {
            faithful = false;
            break;
        }
        if (!subjects.contains(e.subject))
            subjects << e.subject;
        if (!versions.contains(e.version))
            versions << e.version;
        // A version's points keep one shape too, so that its key shows what to look for.
        faithful = colourOfSubject.value(e.subject, e.colour) == e.colour
            && styleOfVersion.value(e.version, e.style) == e.style
            && versionOfStyle.value(e.style, e.version) == e.version
            && markerOfVersion.value(e.version, e.marker) == e.marker
            && joinedOfVersion.value(e.version, e.joined) == e.joined;
        markerOfVersion.insert(e.version, e.marker);
        joinedOfVersion.insert(e.version, e.joined);
        colourOfSubject.insert(e.subject, e.colour);
        styleOfVersion.insert(e.version, e.style);
        versionOfStyle.insert(e.style, e.version);
    }
    m_factored = faithful && subjects.size() > 1 && versions.size() > 1
        && subjects.size() + versions.size() < qsizetype(m_entries.size());
    if (m_factored) {
        const auto entriesWhere = [this](auto &&test) {
            std::vector<int> out;
            for (size_t i = 0; i < m_entries.size(); ++i) {
                if (test(m_entries[i]))
                    out.push_back(int(i));
            }
            return out;
        };
        const auto toolTipOf = [this](const std::vector<int> &entries) {
            QStringList tips;
            for (int i : entries)
                tips << m_entries[size_t(i)].toolTip;
            return tips.join(QString());
        };
        for (const QString &subject : subjects) {
            // A swatch of the subject's colour: its points' shape belongs to the versions.
            Key k;
            k.text = subject;
            k.sample = Sample::Bar;
            k.colour = colourOfSubject.value(subject);
            k.entries = entriesWhere([&](const Entry &e) { return e.subject == subject; });
            k.toolTip = toolTipOf(k.entries);
            m_keys.push_back(k);
        }
        for (const QString &version : versions) {
            Key k;
            // A version starts its own name here ("summer counts" after "Cattle: " reads as "Summer counts").
            k.text = version.left(1).toUpper() + version.mid(1);
            k.colour = m_theme.text;
            k.style = styleOfVersion.value(version);
            k.entries = entriesWhere([&](const Entry &e) { return e.version == version; });
            k.marker = m_entries[size_t(k.entries.front())].marker;
            k.joined = m_entries[size_t(k.entries.front())].joined;
            k.toolTip = toolTipOf(k.entries);
            k.startsRow = m_keys.size() == size_t(subjects.size());
            m_keys.push_back(k);
        }
    } else {
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const Entry &e = m_entries[i];
            m_keys.push_back({textOf(e), e.colour, e.style, e.sample, e.marker, e.joined, e.toolTip, {int(i)}, false});
        }
    }
    m_focused = std::clamp(m_focused, 0, std::max(0, int(m_keys.size()) - 1));
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

double SeriesLegend::keyWidth(const Key &k) const
{
    return kSampleWidth + kSampleGap + QFontMetricsF(font()).horizontalAdvance(k.text);
}

bool SeriesLegend::keyShown(const Key &k) const
{
    return std::any_of(k.entries.begin(), k.entries.end(), [this](int i) { return m_entries[size_t(i)].shown; });
}

void SeriesLegend::toggleKey(int key)
{
    if (key < 0 || key >= int(m_keys.size()))
        return;
    // A key that shows anything hides all it names; one that shows nothing shows it all again.
    const bool shown = !keyShown(m_keys[size_t(key)]);
    for (int i : m_keys[size_t(key)].entries) {
        if (m_entries[size_t(i)].shown == shown)
            continue;
        m_entries[size_t(i)].shown = shown;
        Q_EMIT toggled(i, shown);
    }
    update();
}

int SeriesLegend::keyOfEntry(int entry) const
{
    for (size_t k = 0; k < m_keys.size(); ++k) {
        const auto &entries = m_keys[k].entries;
        if (std::find(entries.begin(), entries.end(), entry) != entries.end())
            return int(k);
    }
    return -1;
}

int SeriesLegend::focusedEntry() const
{
    return m_focused < int(m_keys.size()) && !m_keys[size_t(m_focused)].entries.empty()
        ? m_keys[size_t(m_focused)].entries.front()
        : 0;
}

std::vector<QRectF> SeriesLegend::layoutFor(int width) const
{
    const QFontMetricsF fm(font());
    const double rowHeight = std::ceil(fm.height()) + 2;
    const double left = m_indent;
    const double right = std::max(left + 100, double(width) - kRightMargin);
    std::vector<QRectF> rects;
    double x = left, y = kVerticalPadding;
    if (m_factored) {
        // Subjects on one row, versions on the next, each row wrapping if it must; beside the gutter
        // when every row fits there, else from the left edge.
        double widest = 0, row = 0;
        for (const Key &k : m_keys) {
            row = k.startsRow ? keyWidth(k) : row + (row > 0 ? kEntryGap : 0) + keyWidth(k);
            widest = std::max(widest, row);
        }
        const double start = widest <= right - left ? left : kLeastIndent;
        x = start;
        for (const Key &k : m_keys) {
            const double w = std::min(keyWidth(k), right - start);
            if (x > start && (k.startsRow || x + w > right)) {
                x = start;
                y += rowHeight + kRowGap;
            }
            rects.emplace_back(x, y, w, rowHeight);
            x += w + kEntryGap;
        }
        return rects;
    }
    if (m_compact && !m_keys.empty()) {
        // A table: as many columns as fit with every name whole, each column as wide as its widest
        // entry, so that a long legend takes a few rows rather than one row per name. When the
        // columns do not fit beside the plot's gutter the table starts at the left edge instead:
        // under a presented chart the names matter more than lining up with the plot.
        const auto widthsFor = [this](int columns) {
            std::vector<double> widths(size_t(columns), 0.0);
            for (size_t i = 0; i < m_keys.size(); ++i)
                widths[i % size_t(columns)] = std::max(widths[i % size_t(columns)], keyWidth(m_keys[i]));
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
        const int count = int(m_keys.size());
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
        for (size_t i = 0; i < m_keys.size(); ++i) {
            const int row = int(i) / columns, col = int(i) % columns;
            double cx = start;
            for (int c = 0; c < col; ++c)
                cx += widths[size_t(c)] + kEntryGap;
            // A single column narrower than a name: the name is elided, the only case left.
            rects.emplace_back(cx, y + row * (rowHeight + kRowGap), std::min(room, keyWidth(m_keys[i])), rowHeight);
        }
        return rects;
    }
    for (const Key &k : m_keys) {
        // A name longer than the row is elided when painted; it still gets a row of its own.
        const double w = std::min(keyWidth(k), right - left);
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
    const std::vector<QRectF> rects = m_rects.size() == m_keys.size() ? m_rects : layoutFor(width());
    const QFontMetricsF fm(font());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const QRectF text = textRect(rects[i]);
        const QString drawn = fm.elidedText(m_keys[i].text, Qt::ElideRight, text.width() + 1);
        dump.addText(this, QStringLiteral("legend"), drawn, text, font(), drawn != m_keys[i].text);
    }
}

int SeriesLegend::heightForWidth(int width) const
{
    if (m_keys.empty())
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

int SeriesLegend::keyAt(const QPointF &pos) const
{
    for (size_t i = 0; i < m_rects.size() && i < m_keys.size(); ++i) {
        if (m_rects[i].adjusted(-4, -2, 4, 2).contains(pos))
            return int(i);
    }
    return -1;
}

int SeriesLegend::entryAt(const QPointF &pos) const
{
    const int key = keyAt(pos);
    return key >= 0 && !m_keys[size_t(key)].entries.empty() ? m_keys[size_t(key)].entries.front() : -1;
}

QRectF SeriesLegend::entryRect(int index) const
{
    const int key = keyOfEntry(index);
    return key >= 0 && key < int(m_rects.size()) ? m_rects[size_t(key)] : QRectF();
}

void SeriesLegend::paintEvent(QPaintEvent *)
{
    if (m_rects.size() != m_keys.size())
        m_rects = layoutFor(width());
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const Key &k = m_keys[i];
        const bool shown = keyShown(k);
        const QRectF r = m_rects[i];
        const QRectF sample(r.left(), r.top(), kSampleWidth, r.height());
        const double cy = sample.center().y();
        QColor c = k.colour;
        if (!shown)
            c.setAlphaF(0.3f);
        switch (k.sample) {
        case Sample::Line:
            // The line only where the plot draws one: points standing alone show no dash.
            if (k.joined) {
                p.setPen(QPen(c, 3, k.style, Qt::FlatCap));
                p.drawLine(QPointF(sample.left(), cy), QPointF(sample.right(), cy));
            }
            if (k.marker >= 0) {
                p.setPen(QPen(k.joined ? m_theme.background : c, k.joined ? 1.5 : 2));
                p.setBrush(c);
                ChartStyle::drawMarker(p, QPointF(sample.center().x(), cy), 4.5, k.marker);
            }
            break;
        case Sample::Bar:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRect(QRectF(sample.left() + 8, sample.top() + 3, sample.width() - 16, sample.height() - 6));
            break;
        case Sample::TargetLine:
            p.setPen(QPen(c, 3, k.style, Qt::FlatCap));
            p.drawLine(QPointF(sample.left(), cy), QPointF(sample.right(), cy));
            break;
        }
        p.setPen(shown ? m_theme.text : m_theme.mutedText);
        QFont f = font();
        f.setStrikeOut(!shown);
        p.setFont(f);
        const QRectF text = textRect(r);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(k.text, Qt::ElideRight, text.width() + 1));
        if (hasFocus() && int(i) == m_focused) {
            p.setPen(QPen(m_theme.text, 1.5, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3);
        }
    }
}

void SeriesLegend::mousePressEvent(QMouseEvent *event)
{
    const int key = keyAt(event->position());
    if (key < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_focused = key;
    toggleKey(key);
}

void SeriesLegend::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_keys.size());
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
    case Qt::Key_Enter:
        m_focused = std::clamp(m_focused, 0, count - 1);
        toggleKey(m_focused);
        break;
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
        const int key = keyAt(help->pos());
        if (key >= 0 && key < int(m_keys.size()) && !m_keys[size_t(key)].toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_keys[size_t(key)].toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace khronika
