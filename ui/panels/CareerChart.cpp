#include "CareerChart.h"

#include "ui/DataNames.h"
#include "ui/view/TimeAxisGeometry.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <map>

namespace khronika {

namespace {

constexpr double kLevelRowHeight = 22;
constexpr double kLegendRowHeight = 22;
constexpr double kHeaderHeight = 26;
constexpr double kBandHeight = 20;
constexpr double kOfficeRowHeight = 20;
constexpr double kPointRadius = 4;
constexpr double kCrossSize = 6;

// Offices of one kind drawn on one row, highest rank first.
std::vector<std::pair<QString, std::vector<const Office *>>> officeRows(const Timeline &t, const Actor &a)
{
    std::map<QString, std::vector<const Office *>> byKind;
    for (const Office &o : a.offices)
        byKind[o.office].push_back(&o);
    std::vector<std::pair<QString, std::vector<const Office *>>> rows(byKind.begin(), byKind.end());
    std::stable_sort(rows.begin(), rows.end(),
        [&](const auto &x, const auto &y) { return t.rankOf(*x.second.front()) > t.rankOf(*y.second.front()); });
    return rows;
}

using LegendItem = CareerChart::LegendItem;

constexpr double kLegendSample = 26; // the width of a line or marker sample
constexpr double kLegendGap = 18;

double legendItemWidth(const QFontMetricsF &fm, const LegendItem &item)
{
    return kLegendSample + 6 + fm.horizontalAdvance(item.text) + kLegendGap;
}

// The legend's items laid out left to right in rows of `width`, wrapping where one would not fit.
std::vector<std::vector<LegendItem>> legendRows(
    const std::vector<LegendItem> &items, const QFontMetricsF &fm, double width)
{
    std::vector<std::vector<LegendItem>> rows(1);
    double x = 0;
    for (const LegendItem &item : items) {
        const double w = legendItemWidth(fm, item);
        if (x > 0 && x + w > width) {
            rows.emplace_back();
            x = 0;
        }
        rows.back().push_back(item);
        x += w;
    }
    return rows;
}

} // namespace

CareerChart::CareerChart(ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    connect(m_state, &ViewState::windowChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::tracedActorsChanged, this, &CareerChart::relayOut);
    connect(m_state, &ViewState::textsChanged, this, &CareerChart::relayOut);
    layOutLegend();
    setMinimumHeight(contentHeight());
    setMouseTracking(true);
}

void CareerChart::relayOut()
{
    layOutLegend();
    setMinimumHeight(contentHeight());
    updateGeometry();
    update();
}

void CareerChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    layOutLegend();
    setMinimumHeight(contentHeight());
    update();
}

void CareerChart::layOutLegend()
{
    const Timeline &t = m_state->timeline();
    std::vector<LegendItem> items;
    const QList<int> &actors = m_state->tracedActors();
    for (int i = 0; i < actors.size(); ++i)
        items.push_back({LegendItem::Kind::Line, i, t.actor(actors[i]).name});
    items.push_back({LegendItem::Kind::Point, 0, tr("a dated change (point at it for why and the source)")});
    items.push_back({LegendItem::Kind::Death, 0, tr("death")});
    const QFontMetricsF fm(m_theme.font(0.9));
    m_legend = legendRows(items, fm, std::max(200.0, width() - TimeAxisGeometry::kRightMargin - legendLeft()));
}

double CareerChart::legendLeft() const
{
    // The legend starts right after the chart's title, in the gutter, so that it wraps less on a narrow
    // screen; the level names sit in the gutter below it.
    return 14 + QFontMetricsF(m_theme.font(1.0, true)).horizontalAdvance(tr("Standing")) + 20;
}

double CareerChart::standingChartHeight() const
{
    const size_t levels = std::max<size_t>(1, m_state->timeline().data().standingLevels.size());
    return double(m_legend.size()) * kLegendRowHeight + double(levels) * kLevelRowHeight + 16;
}

int CareerChart::contentHeight() const
{
    const Timeline &t = m_state->timeline();
    double h = standingChartHeight() + 12;
    for (int a : m_state->tracedActors())
        h += kHeaderHeight + kBandHeight + double(officeRows(t, t.actor(a)).size()) * kOfficeRowHeight + 10;
    return int(std::ceil(h));
}

QSize CareerChart::sizeHint() const
{
    return {1200, contentHeight()};
}

void CareerChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The legend wraps with the width, and the chart's height with it.
    layOutLegend();
    if (minimumHeight() != contentHeight())
        setMinimumHeight(contentHeight());
}

double CareerChart::xForDay(double day) const
{
    return axis().xForDay(day);
}

double CareerChart::yForLevel(int level, int slot) const
{
    // Lines of several actors at one level sit a few pixels apart so that each stays visible.
    const double top = double(m_legend.size()) * kLegendRowHeight + 8;
    return top + (level + 0.5) * kLevelRowHeight - slot * 3.0;
}

void CareerChart::paintEvent(QPaintEvent *)
{
    const Timeline &t = m_state->timeline();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme.background);
    const double left = axis().plotLeft();
    const double right = axis().plotRight();
    const QList<int> &actors = m_state->tracedActors();
    const auto &levels = t.data().standingLevels;
    const double chartHeight = standingChartHeight();

    p.setFont(m_theme.font(1.0, true));
    p.setPen(m_theme.text);
    p.drawText(QRectF(14, 4, left - 20, kLegendRowHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Standing"));
    if (actors.isEmpty() || levels.empty()) {
        p.setFont(m_theme.font(1.0));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(left, 0, right - left, chartHeight), Qt::AlignCenter | Qt::TextWordWrap,
            levels.empty() ? tr("This data set does not state the standing of its actors.")
                           : tr("Click an actor (in the list, an event's details or on the timeline) to trace their "
                                "rise and fall; Ctrl+click adds another to compare."));
        if (actors.isEmpty())
            return;
    }

    // The legend: each traced actor's line, then what the markers mean.
    p.setFont(m_theme.font(0.9));
    const QFontMetricsF fm(p.font());
    const auto &rows = m_legend;
    for (size_t r = 0; r < rows.size(); ++r) {
        double x = legendLeft();
        const double cy = 4 + (double(r) + 0.5) * kLegendRowHeight;
        for (const LegendItem &item : rows[r]) {
            const QColor colour = m_theme.traceColour(item.slot);
            switch (item.kind) {
            case LegendItem::Kind::Line:
                p.setPen(QPen(colour, 3, item.slot % 2 ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(x, cy), QPointF(x + kLegendSample, cy));
                break;
            case LegendItem::Kind::Point:
                p.setPen(QPen(m_theme.text, 1.5));
                p.setBrush(m_theme.background);
                p.drawEllipse(QPointF(x + kLegendSample / 2, cy), kPointRadius, kPointRadius);
                break;
            case LegendItem::Kind::Death:
                p.setPen(QPen(m_theme.text, 2.5));
                p.drawLine(QPointF(x + kLegendSample / 2 - kCrossSize, cy - kCrossSize),
                    QPointF(x + kLegendSample / 2 + kCrossSize, cy + kCrossSize));
                p.drawLine(QPointF(x + kLegendSample / 2 - kCrossSize, cy + kCrossSize),
                    QPointF(x + kLegendSample / 2 + kCrossSize, cy - kCrossSize));
                break;
            }
            p.setPen(m_theme.text);
            const double textWidth = std::min(fm.horizontalAdvance(item.text) + 1, right - x - kLegendSample - 6);
            p.drawText(QRectF(x + kLegendSample + 6, cy - kLegendRowHeight / 2, textWidth, kLegendRowHeight),
                Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(item.text, Qt::ElideRight, textWidth));
            x += legendItemWidth(fm, item);
        }
    }

    // The scale, labelled in words at the left, highest level at the top.
    p.setFont(m_theme.font(0.85));
    const QFontMetricsF small(p.font());
    for (size_t l = 0; l < levels.size(); ++l) {
        const double y = yForLevel(int(l), 0);
        p.setPen(QPen(m_theme.grid, 1, Qt::DotLine));
        p.drawLine(QPointF(left, y), QPointF(right, y));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(8, y - kLevelRowHeight / 2, left - 16, kLevelRowHeight), Qt::AlignRight | Qt::AlignVCenter,
            small.elidedText(levels[l].title, Qt::ElideRight, left - 16));
    }

    p.save();
    p.setClipRect(QRectF(left, 0, right - left, chartHeight));
    for (int i = 0; i < actors.size(); ++i) {
        const int a = actors[i];
        const QColor colour = m_theme.traceColour(i);
        const auto steps = t.standingLine(a);
        if (steps.empty())
            continue;
        QPainterPath path;
        path.moveTo(xForDay(double(steps.front().from)), yForLevel(steps.front().level, i));
        for (const Timeline::StandingStep &s : steps) {
            path.lineTo(xForDay(double(s.from)), yForLevel(s.level, i));
            path.lineTo(xForDay(double(s.to + 1)), yForLevel(s.level, i));
        }
        p.setPen(QPen(colour, 3, i % 2 ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // The points the data states, where each step begins.
        p.setPen(QPen(colour, 2));
        p.setBrush(m_theme.background);
        for (const Timeline::StandingStep &s : steps)
            p.drawEllipse(QPointF(xForDay(double(s.from)), yForLevel(s.level, i)), kPointRadius, kPointRadius);
        // A cross where the line ends in death.
        const Actor &actor = t.actor(a);
        if (actor.died && steps.back().to == actor.died->lastDay()) {
            const QPointF c(xForDay(double(steps.back().to + 1)), yForLevel(steps.back().level, i));
            p.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(c + QPointF(-kCrossSize, -kCrossSize), c + QPointF(kCrossSize, kCrossSize));
            p.drawLine(c + QPointF(-kCrossSize, kCrossSize), c + QPointF(kCrossSize, -kCrossSize));
        }
    }
    p.restore();

    // One block per actor.
    double y = chartHeight + 12;
    const Day cursor = m_state->cursor();
    for (int i = 0; i < actors.size(); ++i) {
        const Actor &a = t.actor(actors[i]);
        const QColor colour = m_theme.traceColour(i);
        const double blockTop = y;
        // Header: name, dates and fate.
        p.fillRect(QRectF(0, y, width(), 1), m_theme.grid);
        p.fillRect(QRectF(0, y + 4, 6, kHeaderHeight - 6), colour);
        p.setPen(m_theme.text);
        p.setFont(m_theme.font(1.05, true));
        const QFontMetricsF bold(p.font());
        QString life = a.born.toIso().left(4) + u'–' + (a.died ? a.died->toIso().left(4) : QString());
        if (a.fate != Actor::Fate::Alive && a.fate != Actor::Fate::Natural)
            life += u' ' + fateText(a.fate);
        p.drawText(QRectF(14, y, left - 18, kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
            bold.elidedText(a.name, Qt::ElideRight, left - 18));
        p.setFont(m_theme.font(0.95));
        p.setPen(m_theme.mutedText);
        const auto standing = t.standingAt(actors[i], cursor);
        const QString day = Date::fromDay(cursor).toDisplayString();
        const QString now = !t.isAlive(actors[i], cursor) ? tr("dead by %1").arg(day)
            : standing ? tr("%1 on %2").arg(t.data().standingLevels[size_t(standing->level)].title, day)
                       : tr("no standing stated on %1").arg(day);
        const QString header = QStringLiteral("%1 (%2) · %3 · %4")
                                   .arg(a.nativeName, life, now, a.fateNote.isEmpty() ? a.summary : a.fateNote);
        p.drawText(QRectF(left, y, right - left, kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetricsF(p.font()).elidedText(header, Qt::ElideRight, right - left));
        y += kHeaderHeight;

        p.save();
        p.setClipRect(QRectF(left, 0, right - left, height()));
        // Faction bands.
        p.setFont(m_theme.font(0.9, true));
        const QFontMetricsF small(p.font());
        for (const Membership &m : a.memberships) {
            const int f = t.factionIndex(m.faction);
            if (f < 0)
                continue;
            const double x0 = xForDay(double(m.from.firstDay()));
            const double x1 = xForDay(double((m.to ? m.to->lastDay() : t.extent().last) + 1));
            const QRectF band(x0, y + 2, std::max(2.0, x1 - x0), kBandHeight - 4);
            const QColor fc(t.faction(f).colour);
            p.fillRect(band, fc);
            p.setPen(m_theme.textOn(fc));
            const QRectF visible = band.intersected(QRectF(left, band.top(), right - left, band.height()));
            p.drawText(visible.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                small.elidedText(t.faction(f).name, Qt::ElideRight, visible.width() - 6));
        }
        p.restore();
        p.setFont(m_theme.font(0.9));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(14, y, left - 18, kBandHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("Factions"));
        y += kBandHeight;

        // Offices.
        for (const auto &[kind, offices] : officeRows(t, a)) {
            const OfficeKind *k = t.officeKind(kind);
            p.setFont(m_theme.font(0.9));
            const QFontMetricsF fm(p.font());
            p.setPen(m_theme.mutedText);
            p.drawText(QRectF(14, y, left - 18, kOfficeRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(k ? k->title : kind, Qt::ElideRight, left - 18));
            p.save();
            p.setClipRect(QRectF(left, 0, right - left, height()));
            for (const Office *o : offices) {
                const double x0 = xForDay(double(o->from.firstDay()));
                const Day end = o->to ? o->to->lastDay() : (a.died ? a.died->lastDay() : t.extent().last);
                const double x1 = xForDay(double(end + 1));
                const QRectF bar(x0, y + 2, std::max(2.0, x1 - x0), kOfficeRowHeight - 4);
                QColor fill = colour;
                fill.setAlphaF(0.18f + 0.07f * float(t.rankOf(*o)) / 2);
                p.fillRect(bar, fill);
                p.setPen(QPen(colour, 1));
                p.drawRect(bar);
                const QRectF visible = bar.intersected(QRectF(left, bar.top(), right - left, bar.height()));
                p.setPen(m_theme.text);
                p.drawText(visible.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    fm.elidedText(t.titleOf(*o), Qt::ElideRight, visible.width() - 6));
            }
            p.restore();
            y += kOfficeRowHeight;
        }

        // Changes of standing, labelled on the header row.
        p.save();
        p.setClipRect(QRectF(left, 0, right - left, height()));
        p.setFont(m_theme.font(0.85, true));
        const QFontMetricsF fm(p.font());
        double lastRight = -1e9;
        for (const Status &s : a.statuses) {
            const double x = xForDay(double(s.date.firstDay()));
            p.setPen(QPen(m_theme.cursor, 1.5, Qt::DashLine));
            p.drawLine(QPointF(x, blockTop + kHeaderHeight), QPointF(x, y));
            const QString label = statusText(s.kind) + u' ' + s.date.toIso().left(4);
            const double w = fm.horizontalAdvance(label) + 8;
            if (x + 3 < lastRight)
                continue; // the line still marks it; the label would cover its neighbour's
            const QRectF box(x + 3, blockTop + kHeaderHeight + 2, w, kBandHeight - 4);
            p.fillRect(box, m_theme.cursor);
            p.setPen(m_theme.onCursor);
            p.drawText(box, Qt::AlignCenter, label);
            lastRight = box.right() + 4;
        }
        p.restore();
        y += 10;
    }

    // The cursor through the whole chart.
    const double cx = xForDay(double(cursor) + 0.5);
    if (cx >= left && cx <= right) {
        p.setPen(QPen(m_theme.cursor, 2));
        p.drawLine(QPointF(cx, 0), QPointF(cx, height()));
    }
}

QPointF CareerChart::standingPointAt(int slot, int step) const
{
    const Timeline &t = m_state->timeline();
    const auto steps = t.standingLine(m_state->tracedActors().at(slot));
    const Timeline::StandingStep &s = steps.at(size_t(step));
    return {xForDay(double(s.from)), yForLevel(s.level, slot)};
}

QString CareerChart::standingToolTip(const QPointF &pos) const
{
    const Timeline &t = m_state->timeline();
    const QList<int> &actors = m_state->tracedActors();
    if (pos.y() > standingChartHeight())
        return {};
    for (int i = 0; i < actors.size(); ++i) {
        const Actor &a = t.actor(actors[i]);
        for (const Timeline::StandingStep &s : t.standingLine(actors[i])) {
            const QPointF at(xForDay(double(s.from)), yForLevel(s.level, i));
            if (std::abs(at.x() - pos.x()) > 8 || std::abs(at.y() - pos.y()) > 8)
                continue;
            const StandingPoint &point = a.standing[size_t(s.point)];
            QString text
                = QStringLiteral("<b>%1</b>: %2 from %3<br>%4")
                      .arg(a.name.toHtmlEscaped(), t.data().standingLevels[size_t(s.level)].title.toHtmlEscaped(),
                          point.date.toDisplayString().toHtmlEscaped(), point.reason.toHtmlEscaped());
            if (!point.contested.isEmpty())
                text += QStringLiteral("<br><i>%1</i> %2")
                            .arg(tr("Historians differ:"), point.contested.toHtmlEscaped());
            QStringList sources;
            for (const SourceRef &r : point.sources) {
                const Source *work = t.source(r.ref);
                QString c = work ? QStringLiteral("%1, %2").arg(work->author, work->title) : r.ref;
                if (!r.page.isEmpty())
                    c += QStringLiteral(", ") + r.page;
                sources << c.toHtmlEscaped();
            }
            if (!sources.isEmpty())
                text += QStringLiteral("<br><span style=\"color:#595959\">%1 %2</span>")
                            .arg(tr("Sources:"), sources.join(QStringLiteral("; ")));
            return text;
        }
    }
    return {};
}

bool CareerChart::event(QEvent *event)
{
    // The legend's words, the names and the dates change length in another language.
    if (event->type() == QEvent::LanguageChange)
        relayOut();
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = standingToolTip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CareerChart::mousePressEvent(QMouseEvent *event)
{
    // Clicking the chart moves the time cursor, like clicking the timeline's axis.
    if (event->position().x() >= axis().plotLeft())
        m_state->setCursor(Day(axis().dayForX(event->position().x())));
}

} // namespace khronika
