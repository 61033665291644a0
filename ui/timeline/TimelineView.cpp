#include "TimelineView.h"

#include "ui/timeline/TimelineAccessible.h"
#include "ui/view/TextWrap.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace khronika {

namespace {

constexpr double kDragThreshold = 4;

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

} // namespace

TimelineView::TimelineView(ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    for (auto signal : {&ViewState::windowChanged, &ViewState::filtersChanged, &ViewState::laneModeChanged,
             &ViewState::tracedActorsChanged, &ViewState::focusChanged, &ViewState::featuredChanged,
             &ViewState::searchMatchesChanged, &ViewState::gutterChanged})
        connect(m_state, signal, this, &TimelineView::invalidate);
    connect(m_state, &ViewState::selectionChanged, this, &TimelineView::invalidate);
    // The same events with titles in another language: measured again.
    connect(m_state, &ViewState::textsChanged, this, [this] {
        m_labelWidths.clear();
        invalidate();
    });
    // Screen readers see the visible events as the view's children (TimelineAccessible).
    TimelineAccessible::installFactory();
    connect(m_state, &ViewState::selectionChanged, this, &TimelineView::announceSelection);
    connect(m_state, &ViewState::cursorChanged, this, [this] {
        // Actor lanes take their colour from the faction at the cursor.
        if (m_state->laneMode() == LaneMode::Actor)
            invalidate();
        else
            update();
    });
}

void TimelineView::setTheme(const Theme &theme)
{
    // The layout depends on the theme's type alone (a lane's colour is its faction's): a change of
    // colours only repaints, and the measured titles stay valid while the type is the same.
    const bool sameType = theme.font(1.0) == m_theme.font(1.0) && theme.font(1.0, true) == m_theme.font(1.0, true)
        && theme.outlineEmphasis == m_theme.outlineEmphasis;
    m_theme = theme;
    if (sameType) {
        update();
        return;
    }
    m_labelWidths.clear();
    invalidate();
}

void TimelineView::announceSelection(int event)
{
    auto *timeline = dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(this));
    const int child = timeline && event >= 0 ? timeline->indexOfEvent(event) : -1;
    if (child < 0)
        return;
    for (const QAccessible::Event kind : {QAccessible::Selection, QAccessible::Focus}) {
        QAccessibleEvent announced(this, kind);
        announced.setChild(child);
        QAccessible::updateAccessibility(&announced);
    }
}

void TimelineView::invalidate()
{
    m_dirty = true;
    update();
}

const TimelineLayout &TimelineView::layout() const
{
    if (m_dirty) {
        const QFontMetricsF labels(m_theme.font(1.0));
        const QFontMetricsF bold(m_theme.font(1.0, true));
        // Axis labels are measured in the bold of the major ones, the wider of the two fonts drawn there.
        const QFontMetricsF axis(m_theme.font(1.0, true));
        // Twice when the lane titles change the gutter every view shares (which marks this layout
        // dirty again); the need does not depend on the gutter, so there is no third time.
        for (int pass = 0; pass < 2 && m_dirty; ++pass) {
            m_layout.selectedLabelWhole = m_theme.outlineEmphasis;
            m_layout.build(*m_state, size(), labels, bold, axis, m_labelWidths);
            // Lane titles are wrapped here, once a layout, not at every paint.
            m_laneTitles.clear();
            for (const Lane &lane : m_layout.lanes)
                m_laneTitles.push_back(fitLaneTitle(lane));
            m_dirty = false;
            m_state->setGutterNeed(this, gutterNeed());
        }
    }
    return m_layout;
}

TimelineView::LaneTitle TimelineView::laneTitle(int lane) const
{
    layout();
    return lane >= 0 && lane < int(m_laneTitles.size()) ? m_laneTitles[size_t(lane)] : LaneTitle();
}

void TimelineView::zoomAt(double x, double factor)
{
    TimeScale s = layout().scale;
    s.setLimits(double(m_state->limits().first), double(m_state->limits().last + 1));
    s.zoomAt(x - layout().gutter, factor);
    m_state->setWindow(s.start(), s.end());
}

void TimelineView::panPixels(double dx)
{
    const double days = dx / layout().scale.pixelsPerDay();
    m_state->setWindow(m_state->windowStart() + days, m_state->windowEnd() + days);
}

void TimelineView::stepEvent(int direction)
{
    const Timeline &t = m_state->timeline();
    int e = m_state->selectedEvent();
    if (e < 0)
        e = direction > 0 ? t.nextEvent(Day(m_state->windowStart())) : t.previousEvent(Day(m_state->windowEnd()));
    else
        e = direction > 0 ? t.nextEvent(e) : t.previousEvent(e);
    // Skip what the filters hide: stepping must land on something the class can see.
    while (e >= 0 && !m_state->passesFilters(e))
        e = direction > 0 ? t.nextEvent(e) : t.previousEvent(e);
    if (e < 0)
        return;
    m_state->setSelectedEvent(e);
    m_state->revealEvent(e);
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    m_dirty = true;
}

void TimelineView::changeEvent(QEvent *event)
{
    // A change of language changes the lanes' and clusters' words and the axis's month names.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange) {
        m_labelWidths.clear();
        invalidate();
    }
    QWidget::changeEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    const TimelineLayout &l = layout();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme.background);
    paintLanes(p, l);
    paintAxis(p, l);
}

std::vector<TimelineView::AxisText> TimelineView::axisTexts() const
{
    const TimelineLayout &l = layout();
    std::vector<AxisText> texts;
    for (size_t i = 0; i < l.ticks.size(); ++i) {
        const Tick &t = l.ticks[i];
        if (t.label.isEmpty())
            continue;
        const QFont font = m_theme.font(1.0, t.major);
        const double x = l.gutter + l.tickLabelX[i] + 4;
        const double top = t.major ? l.majorRowTop : l.minorRowTop;
        texts.push_back({QStringLiteral("axis"), t.label,
            QRectF(x, top, QFontMetricsF(font).horizontalAdvance(t.label), l.axisRowHeight), font});
    }
    // The cursor's date in the gutter beside the axis, on one line or, where it does not fit, its day
    // and month over its year; the red line marks the day on the plot.
    {
        const QFont font = m_theme.font(1.0, true);
        const QFontMetricsF fm(font);
        const Date day = Date::fromDay(m_state->cursor());
        const QString date = day.toDisplayString();
        // Broken before the year, with whatever follows it ("1 января" over "1931 г.").
        const qsizetype year = date.lastIndexOf(QString::number(day.year));
        const qsizetype lastSpace = year > 0 ? date.lastIndexOf(u' ', year - 1) : date.lastIndexOf(u' ');
        const double room = l.cursorRow.width() - 8;
        const bool oneLine = fm.horizontalAdvance(date) + 12 <= room || lastSpace < 0;
        const QStringList lines
            = oneLine ? QStringList {date} : QStringList {date.left(lastSpace), date.mid(lastSpace + 1)};
        double w = 0;
        for (const QString &line : lines)
            w = std::max(w, fm.horizontalAdvance(line) + 12);
        const bool cut = w > room;
        w = std::min(w, room);
        const double h = oneLine ? l.axisRowHeight : l.cursorRow.height();
        texts.push_back({QStringLiteral("cursor"), lines.join(u'\n'),
            QRectF(l.cursorRow.right() - w, l.cursorRow.top() + (l.cursorRow.height() - h) / 2, w, h), font, cut});
    }
    const QFont periodFont = m_theme.font(1.0);
    const QFontMetricsF fm(periodFont);
    for (const PeriodBar &b : l.periods) {
        const QString text = fm.elidedText(b.text, Qt::ElideRight, b.rect.width() - 8);
        if (fm.horizontalAdvance(text) > 24)
            texts.push_back({QStringLiteral("period"), text,
                QRectF(b.rect.left() + 4, b.rect.top(), fm.horizontalAdvance(text), b.rect.height()), periodFont,
                text != b.text});
    }
    return texts;
}

void TimelineView::paintAxis(QPainter &p, const TimelineLayout &l) const
{
    p.fillRect(QRectF(0, 0, width(), l.axis.height()), m_theme.axisBackground);
    for (const Tick &t : l.ticks) {
        const double x = l.gutter + t.x;
        p.setPen(QPen(t.major ? m_theme.mutedText : m_theme.grid, 1));
        p.drawLine(QPointF(x, t.major ? l.majorRowTop : l.minorRowTop), QPointF(x, l.axis.height()));
    }
    for (const PeriodBar &b : l.periods) {
        p.fillRect(b.rect, withAlpha(m_theme.mutedText, 0.12));
        p.setPen(QPen(withAlpha(m_theme.mutedText, 0.5), 1));
        p.drawLine(b.rect.topLeft(), b.rect.bottomLeft());
    }
    for (const AxisText &a : axisTexts()) {
        p.setFont(a.font);
        if (a.kind == u"cursor") {
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.cursor);
            p.drawRoundedRect(a.rect, 3, 3);
            p.setPen(m_theme.onCursor);
            p.drawText(a.rect, Qt::AlignCenter, a.text);
            continue;
        }
        p.setPen(m_theme.text);
        p.drawText(a.rect.adjusted(0, 0, 2, 0), Qt::AlignVCenter | Qt::AlignLeft, a.text);
    }

    // The range being dragged on the axis.
    if (m_drag == Drag::AxisRange && m_moved) {
        const QRectF r = QRectF(m_pressPos, QPointF(m_lastPos.x(), height())).normalized();
        p.fillRect(QRectF(r.left(), 0, r.width(), height()), withAlpha(m_theme.cursor, 0.15));
    }
}

void TimelineView::dumpView(ViewDump &dump) const
{
    const TimelineLayout &l = layout();
    const Timeline &t = m_state->timeline();
    const auto add = [&](const QString &kind, const QString &text, const QRectF &rect, const QFont &font, bool cut,
                         const QString &event = {},
                         int count = -1) { dump.addText(this, kind, text, rect, font, cut, event, count); };
    for (const AxisText &a : axisTexts())
        add(a.kind, a.text, a.rect, a.font, a.cut);
    for (size_t i = 0; i < l.lanes.size(); ++i) {
        const LaneTitle &title = m_laneTitles[i];
        const QFont font = m_theme.font(title.scale, true);
        const QFontMetricsF fm(font);
        const double top = l.lanes[i].rect.top() + std::min(2.0, (l.lanes[i].rect.height() - fm.height()) / 2);
        const QString joined = title.lines.join(u' ');
        const bool cut = title.lines.isEmpty() || (joined != l.lanes[i].title && joined != l.lanes[i].shortTitle);
        if (title.lines.isEmpty())
            add(QStringLiteral("lane-title"), QString(), QRectF(14, top, 0, 0), font, true);
        for (int line = 0; line < int(title.lines.size()); ++line)
            add(QStringLiteral("lane-title"), title.lines[line],
                QRectF(14, top + line * fm.lineSpacing(), fm.horizontalAdvance(title.lines[line]), fm.height()), font,
                cut);
    }
    for (const LaneLabel &label : l.labels)
        add(QStringLiteral("event-label"), label.text, label.rect,
            m_theme.font(1.0, t.event(label.event).importance == 3), label.cut, t.event(label.event).id);
    const QFont badgeFont = m_theme.font(1.0, true);
    const QFontMetricsF badgeMetrics(badgeFont);
    for (const LaneCluster &c : l.clusters) {
        QStringList ids;
        for (int e : c.events)
            ids << t.event(e).id;
        // Cut when its number is wider than the badge drawn around it (the sign may touch its edge).
        const QString number = QString::number(c.events.size());
        add(QStringLiteral("badge"), u'+' + number, c.rect, badgeFont,
            badgeMetrics.horizontalAdvance(number) + 6 > c.rect.width(), ids.join(u','), int(c.events.size()));
    }

    QJsonObject &section = dump.section(QStringLiteral("timeline"));
    section.insert(QStringLiteral("rect"),
        QJsonArray {dump.toWindow(this, rect()).x(), dump.toWindow(this, rect()).y(), width(), height()});
    section.insert(QStringLiteral("from"), Date::fromDay(Day(std::floor(m_state->windowStart()))).toIso());
    section.insert(QStringLiteral("to"), Date::fromDay(Day(std::ceil(m_state->windowEnd())) - 1).toIso());
    section.insert(QStringLiteral("cursor"), Date::fromDay(m_state->cursor()).toIso());
    section.insert(QStringLiteral("lanes"), int(l.lanes.size()));
    section.insert(QStringLiteral("markers"), int(l.marks.size()));
    const auto named = [&](int e) {
        return std::any_of(l.labels.begin(), l.labels.end(), [e](const LaneLabel &x) { return x.event == e; });
    };
    QJsonArray labelled;
    for (const LaneLabel &label : l.labels)
        labelled.append(t.event(label.event).id);
    section.insert(QStringLiteral("labelledEvents"), labelled);
    QJsonArray shown;
    for (const EventMark &m : l.marks) {
        if (!m.linked)
            shown.append(t.event(m.event).id);
    }
    section.insert(QStringLiteral("shownEvents"), shown);
    if (const int e = m_state->selectedEvent(); e >= 0) {
        section.insert(QStringLiteral("selected"), t.event(e).id);
        section.insert(QStringLiteral("selectedShown"), l.isShown(e));
        section.insert(QStringLiteral("selectedNamed"), named(e));
    }
    QJsonArray featured;
    for (int e : m_state->featuredEvents())
        featured.append(QJsonObject {{QStringLiteral("event"), t.event(e).id}, {QStringLiteral("shown"), l.isShown(e)},
            {QStringLiteral("named"), named(e)}});
    section.insert(QStringLiteral("featured"), featured);
}

double TimelineView::gutterNeed() const
{
    // Lanes squeezed to their marker row (a chart under the timeline) have one line for a title: every
    // title, or its short form, then on one line in type a step smaller than the labels' bold, so that
    // each lane still names itself whole. Taken from the titles, the type and the height alone, not
    // from the lanes' heights, which follow the gutter: the need does not move with what it causes.
    // At most an eighth of the width (240 px at 1920), since each pixel of gutter is one less for the
    // labels. Lanes with room wrap their titles in the least gutter.
    if (!m_layout.lanesSqueezed)
        return 0;
    const QFontMetricsF bold(m_theme.font(kLeastTitleScale, true));
    double widest = 0;
    for (const Lane &lane : m_layout.lanes) {
        double w = bold.horizontalAdvance(lane.title);
        if (!lane.shortTitle.isEmpty())
            w = std::min(w, bold.horizontalAdvance(lane.shortTitle));
        widest = std::max(widest, w);
    }
    return std::min(std::ceil(widest) + TimelineLayout::kLaneTitleMargins + 1, std::floor(width() / 8.0));
}

TimelineView::LaneTitle TimelineView::fitLaneTitle(const Lane &lane) const
{
    // Half a line of letters cut by the neighbours' reads as noise: a title is set in the largest type
    // that fits the lane whole, and wrapped onto as many whole lines as the lane has room for. Where
    // the whole title does not fit, its short form (a faction's "short") is tried before smaller type.
    const double width = m_layout.laneTitleWidth();
    LaneTitle fallback;
    for (const double scale : {1.0, 0.9, 0.8, 0.7}) {
        const QFontMetricsF bold(m_theme.font(scale, true));
        const double room = lane.rect.height() - (scale < 1.0 ? 2 : 4); // tighter margins in smaller type
        if (room < bold.height())
            continue;
        const int lines = std::max(1, int(std::floor(room / bold.lineSpacing())));
        const auto measure = [&](const QString &s) { return bold.horizontalAdvance(s); };
        for (const QString &title : {lane.title, lane.shortTitle}) {
            if (title.isEmpty())
                continue;
            const QStringList wrapped = wrapText(title, width, lines, measure);
            if (wrapped.join(u' ') == title)
                return {wrapped, scale};
            if (fallback.lines.isEmpty())
                fallback = {
                    wrapText(lane.shortTitle.isEmpty() ? lane.title : lane.shortTitle, width, lines, measure), scale};
        }
    }
    return fallback;
}

void TimelineView::paintLanes(QPainter &p, const TimelineLayout &l) const
{
    const Timeline &t = m_state->timeline();
    // Lane backgrounds and titles in the gutter.
    for (size_t i = 0; i < l.lanes.size(); ++i) {
        const Lane &lane = l.lanes[i];
        const QRectF band(0, lane.rect.top(), width(), lane.rect.height());
        p.fillRect(band, i % 2 ? m_theme.laneAlternate : m_theme.background);
        p.fillRect(QRectF(0, lane.rect.top(), 6, lane.rect.height()), lane.colour);
        const LaneTitle &title = m_laneTitles[i];
        if (title.lines.isEmpty())
            continue;
        p.setPen(m_theme.text);
        p.setFont(m_theme.font(title.scale, true));
        const QFontMetricsF bold(p.font());
        const double top = lane.rect.top() + std::min(2.0, (lane.rect.height() - bold.height()) / 2);
        for (int i = 0; i < int(title.lines.size()); ++i)
            p.drawText(QPointF(14, top + bold.ascent() + i * bold.lineSpacing()), title.lines[i]);
    }
    p.setPen(QPen(m_theme.grid, 1));
    p.drawLine(QPointF(l.gutter, l.plot.top()), QPointF(l.gutter, height()));

    // Tick grid lines through the lanes, faint so that they guide without competing.
    for (const Tick &tick : l.ticks) {
        if (!tick.major && tick.label.isEmpty())
            continue;
        p.setPen(QPen(withAlpha(m_theme.grid, tick.major ? 1.0 : 0.6), 1));
        const double x = l.gutter + tick.x;
        p.drawLine(QPointF(x, l.plot.top()), QPointF(x, height()));
    }

    p.save();
    p.setClipRect(QRectF(l.gutter - 6, l.plot.top(), width(), height()));

    // The year picked on a chart, as a band behind its events.
    if (const auto focus = m_state->focusRange()) {
        const double x0 = std::max(l.xForDay(double(focus->first)), l.gutter);
        const double x1 = std::min(l.xForDay(double(focus->last + 1)), l.axis.right());
        if (x1 > x0)
            p.fillRect(QRectF(x0, l.plot.top(), x1 - x0, height() - l.plot.top()), withAlpha(m_theme.highlight, 0.18));
    }

    // Markers: spans as bars, points as dots, in the lane's colour.
    const int selected = m_state->selectedEvent();
    for (const EventMark &m : l.marks) {
        if (m.clustered || m.covered)
            continue;
        QColor c = l.lanes[size_t(m.lane)].colour;
        if (m_state->laneMode() != LaneMode::Faction) {
            const auto &factions = t.event(m.event).factions;
            c = factions.empty() ? m_theme.neutralEvent : QColor(t.faction(t.factionIndex(factions.front())).colour);
        }
        const double alpha = m.dimmed ? 0.22 : 1.0;
        const QColor outline = m_theme.outlineFor(c);
        p.setPen(QPen(withAlpha(outline.alpha() ? outline : m_theme.background, alpha), 1.5));
        p.setBrush(withAlpha(c, alpha));
        if (m.linked) {
            // Named on another lane: a ring in the lane's colour, so the eye looks for its label there.
            p.setPen(QPen(withAlpha(c, alpha), 2.5));
            p.setBrush(withAlpha(m_theme.background, alpha));
        }
        if (m.span)
            p.drawRoundedRect(m.marker, 3, 3);
        else if (const QList<QPointF> shape = markerPolygon(m_state->eventShape(m.event), m.marker); !shape.isEmpty())
            p.drawPolygon(QPolygonF(shape)); // the faction told by its shape as well as its colour
        else
            p.drawEllipse(m.marker);
        // A ring around the marker: `grow` pixels out for a span's bar, a circle of `radius` for a dot.
        const auto ring = [&](const QColor &colour, double grow, double radius) {
            p.setPen(QPen(colour, 2.5));
            p.setBrush(Qt::NoBrush);
            if (m.span)
                p.drawRoundedRect(m.marker.adjusted(-grow, -grow, grow, grow), grow + 1, grow + 1);
            else
                p.drawEllipse(m.marker.center(), radius, radius);
        };
        if (m.highlighted)
            ring(m_theme.highlight, 2, kSelectionRingRadius - 0.5);
        if (m.event == selected)
            ring(m_theme.selection, 3, kSelectionRingRadius);
    }

    // Labels.
    for (const LaneLabel &label : l.labels) {
        const bool dimmed
            = m_state->isHighlighting() && !m_state->isHighlighted(label.event) && label.event != selected;
        const bool isSelected = label.event == selected;
        p.setFont(m_theme.font(1.0, t.event(label.event).importance == 3));
        if (isSelected && m_theme.outlineEmphasis) {
            p.setPen(QPen(m_theme.text, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(label.rect.adjusted(-3, 0, 3, 0));
        } else if (isSelected) {
            p.setPen(Qt::NoPen);
            p.setBrush(withAlpha(m_theme.highlight, 0.45));
            p.drawRoundedRect(label.rect.adjusted(-3, 0, 3, 0), 3, 3);
        } else if (label.marker.isNull()) {
            // Beside the markers a label shares their row and may lie over long bars: a ground of the
            // view's background keeps its letters off the bars' strokes.
            p.setPen(Qt::NoPen);
            p.setBrush(withAlpha(m_theme.background, 0.85));
            p.drawRoundedRect(label.rect.adjusted(-2, 1, 2, -1), 2, 2);
        }
        p.setPen(withAlpha(m_theme.text, dimmed ? 0.35 : 1.0));
        // Elided by the layout already, in this font.
        p.drawText(label.rect, Qt::AlignVCenter | Qt::AlignLeft, label.text);
        // A thin leader from the marker row down to the label.
        const QRectF &marker = label.marker;
        if (!marker.isNull()) {
            p.setPen(QPen(withAlpha(m_theme.mutedText, dimmed ? 0.2 : 0.5), 1));
            // Labels pushed back from the right edge hang their leader from their right end.
            const double x
                = marker.center().x() <= label.rect.left() + 1 ? label.rect.left() - 3 : label.rect.right() + 3;
            p.drawLine(QPointF(x, marker.bottom()), QPointF(x, label.rect.center().y()));
        }
    }

    // Cluster counts: nothing is hidden without a number.
    p.setFont(m_theme.font(1.0, true));
    for (const LaneCluster &c : l.clusters) {
        p.setPen(c.highlighted ? QPen(m_theme.highlight, 2.5) : QPen(Qt::NoPen));
        p.setBrush(m_theme.cluster);
        p.drawRoundedRect(c.rect, c.rect.height() / 2, c.rect.height() / 2);
        p.setPen(m_theme.onCluster);
        p.drawText(c.rect, Qt::AlignCenter, QStringLiteral("+%1").arg(c.events.size()));
    }
    p.restore();

    // The time cursor.
    const double cx = l.xForDay(double(m_state->cursor()) + 0.5);
    if (cx >= l.gutter && cx <= l.axis.right()) {
        p.setPen(QPen(m_theme.cursor, 2));
        p.drawLine(QPointF(cx, l.axis.bottom()), QPointF(cx, height()));
    }
}

QString TimelineView::tooltipAt(const QPointF &pos) const
{
    const TimelineLayout &l = layout();
    const Timeline &t = m_state->timeline();
    if (const int e = l.eventAt(pos); e >= 0) {
        const Event &ev = t.event(e);
        QString when = ev.date.toDisplayString();
        if (ev.end)
            when += QStringLiteral(" – ") + ev.end->toDisplayString();
        return QStringLiteral("<b>%1</b><br>%2").arg(ev.title.toHtmlEscaped(), when);
    }
    if (const LaneCluster *c = l.clusterAt(pos))
        return tr("%n more event(s) here; click to zoom in", nullptr, int(c->events.size()));
    return {};
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(g->position().x(), 1.0 + g->value());
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    if (std::abs(angle.x()) > std::abs(angle.y()) || event->modifiers() & Qt::ShiftModifier) {
        // Horizontal scrolling (or Shift+wheel) pans.
        const double dx
            = !pixels.isNull() ? -pixels.x() : -(angle.x() ? angle.x() : angle.y()) / 120.0 * width() / 10.0;
        panPixels(dx);
    } else if (angle.y() != 0) {
        // 120 units per notch: one notch zooms by 1.25, smooth touchpads in small steps.
        zoomAt(event->position().x(), std::pow(1.25, angle.y() / 120.0));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    const TimelineLayout &l = layout();
    const double cursorX = l.xForDay(double(m_state->cursor()) + 0.5);
    if (std::abs(event->position().x() - cursorX) <= 8 && event->position().y() < l.periodStrip.bottom())
        m_drag = Drag::Cursor; // the playhead: drag it and watch the "on this day" panel change
    else
        m_drag = event->position().y() < l.axis.bottom() ? Drag::AxisRange : Drag::Pan;
    // In actor lanes, clicking a name in the gutter traces that person.
    if (event->position().x() < layout().gutter) {
        for (const Lane &lane : l.lanes) {
            if (lane.actor >= 0 && event->position().y() >= lane.rect.top()
                && event->position().y() < lane.rect.bottom()) {
                m_state->toggleTracedActor(lane.actor);
                m_drag = Drag::None;
            }
        }
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    const QPointF pos = event->position();
    if (!m_moved && (pos - m_pressPos).manhattanLength() < kDragThreshold)
        return;
    m_moved = true;
    if (m_drag == Drag::Pan) {
        setCursor(Qt::ClosedHandCursor);
        panPixels(m_lastPos.x() - pos.x());
    } else if (m_drag == Drag::Cursor) {
        setCursor(Qt::SizeHorCursor);
        m_state->setCursor(Day(std::floor(layout().dayForX(std::max(pos.x(), layout().gutter)))));
    } else {
        update();
    }
    m_lastPos = pos;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const TimelineLayout &l = layout();
    const QPointF pos = event->position();
    if (drag == Drag::Cursor) {
        if (!m_moved)
            m_state->setCursor(Day(std::floor(l.dayForX(pos.x()))));
        return;
    }
    if (drag == Drag::AxisRange) {
        if (m_moved && std::abs(pos.x() - m_pressPos.x()) > 8) {
            const double a = l.dayForX(std::min(pos.x(), m_pressPos.x()));
            const double b = l.dayForX(std::max(pos.x(), m_pressPos.x()));
            m_state->setWindow(a, b);
        } else if (pos.x() >= layout().gutter) {
            m_state->setCursor(Day(std::floor(l.dayForX(pos.x()))));
        }
        update();
        return;
    }
    if (m_moved)
        return;
    if (const LaneCluster *c = l.clusterAt(pos)) {
        const double pad = std::max(3.0, (c->lastDay - c->firstDay) * 0.15);
        m_state->setWindow(c->firstDay - pad, c->lastDay + pad);
        return;
    }
    const int e = l.eventAt(pos);
    if (e >= 0) {
        m_state->setFocusYear(std::nullopt); // a click on the timeline itself ends a chart's pick
        m_state->setSelectedEvent(e);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int e = layout().eventAt(event->position());
    if (e < 0)
        return;
    m_state->setSelectedEvent(e);
    const DayRange r = m_state->timeline().eventRange(e);
    // Zoom so that the event fills about a third of the view, but never below a month.
    const double span = std::max(30.0, double(r.length()) * 3);
    const double centre = (double(r.first) + double(r.last + 1)) / 2;
    m_state->setWindow(centre - span / 2, centre + span / 2);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double page = layout().scale.width() / 5;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        if (shift || m_state->selectedEvent() < 0)
            panPixels(-page);
        else
            stepEvent(-1);
        break;
    case Qt::Key_Right:
        if (shift || m_state->selectedEvent() < 0)
            panPixels(page);
        else
            stepEvent(+1);
        break;
    case Qt::Key_Home: {
        const double span = m_state->windowEnd() - m_state->windowStart();
        m_state->setWindow(double(m_state->limits().first), double(m_state->limits().first) + span);
        break;
    }
    case Qt::Key_End: {
        const double span = m_state->windowEnd() - m_state->windowStart();
        m_state->setWindow(double(m_state->limits().last + 1) - span, double(m_state->limits().last + 1));
        break;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace khronika
