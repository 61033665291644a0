#include "CareerChart.h"

#include "ui/TimelineLayout.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>

namespace khronika {

namespace {

constexpr double kRankChartHeight = 150;
constexpr double kHeaderHeight = 26;
constexpr double kBandHeight = 20;
constexpr double kOfficeRowHeight = 20;
constexpr int kMaxRank = 10;

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

} // namespace

CareerChart::CareerChart(ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    connect(m_state, &ViewState::windowChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::tracedActorsChanged, this, [this] {
        setMinimumHeight(contentHeight());
        updateGeometry();
        update();
    });
    setMinimumHeight(contentHeight());
    setToolTip(tr("Rank: the highest office held on the day. 10 General Secretary, 9 head of government, "
                  "8 Politburo member or head of the secret police, 6 Politburo candidate or people's commissar, "
                  "4 Central Committee member, 0 no office."));
}

void CareerChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

int CareerChart::contentHeight() const
{
    const Timeline &t = m_state->timeline();
    double h = kRankChartHeight + 12;
    for (int a : m_state->tracedActors())
        h += kHeaderHeight + kBandHeight + double(officeRows(t, t.actor(a)).size()) * kOfficeRowHeight + 10;
    return int(std::ceil(h));
}

QSize CareerChart::sizeHint() const
{
    return {1200, contentHeight()};
}

double CareerChart::xForDay(double day) const
{
    const double plot = width() - TimelineLayout::kGutter - TimelineLayout::kRightMargin;
    return TimelineLayout::kGutter
        + (day - m_state->windowStart()) / (m_state->windowEnd() - m_state->windowStart()) * plot;
}

void CareerChart::paintEvent(QPaintEvent *)
{
    const Timeline &t = m_state->timeline();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme.background);
    const double left = TimelineLayout::kGutter;
    const double right = width() - TimelineLayout::kRightMargin;
    const QList<int> &actors = m_state->tracedActors();

    p.setFont(m_theme.font(1.0, true));
    p.setPen(m_theme.text);
    p.drawText(QRectF(14, 6, left - 20, 40), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("Rank in the party and state"));
    if (actors.isEmpty()) {
        p.setFont(m_theme.font(1.0));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(left, 0, right - left, kRankChartHeight), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Click an actor (in the list, an event's details or on the timeline) to trace their rise and fall; "
               "Ctrl+click adds another to compare."));
        return;
    }

    // Rank chart: 0 at the bottom, 10 (General Secretary) at the top.
    const QRectF chart(left, 10, right - left, kRankChartHeight - 20);
    const auto yForRank = [&](int rank) { return chart.bottom() - chart.height() * rank / kMaxRank; };
    p.setFont(m_theme.font(0.85));
    for (int r : {0, 4, 6, 8, 10}) {
        p.setPen(QPen(m_theme.grid, 1, r == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(left, yForRank(r)), QPointF(right, yForRank(r)));
    }
    // Rank scale at the left of the plot, and a legend naming each line in the gutter.
    p.setPen(m_theme.mutedText);
    for (int r : {4, 6, 8, 10})
        p.drawText(QRectF(left - 30, yForRank(r) - 9, 24, 18), Qt::AlignRight | Qt::AlignVCenter, QString::number(r));
    p.setFont(m_theme.font(0.95));
    const QFontMetricsF legend(p.font());
    for (int i = 0; i < actors.size(); ++i) {
        const double ly = 52 + i * (legend.height() + 4);
        if (ly + legend.height() > kRankChartHeight)
            break;
        p.setPen(QPen(m_theme.traceColour(i), 3, i % 2 ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(14, ly + legend.height() / 2), QPointF(40, ly + legend.height() / 2));
        p.setPen(m_theme.text);
        p.drawText(QRectF(46, ly, left - 80, legend.height()), Qt::AlignVCenter | Qt::AlignLeft,
            legend.elidedText(t.actor(actors[i]).name, Qt::ElideRight, left - 80));
    }
    p.save();
    p.setClipRect(QRectF(left, 0, right - left, height()));
    for (int i = 0; i < actors.size(); ++i) {
        const int a = actors[i];
        const QColor colour = m_theme.traceColour(i);
        const auto steps = t.rankHistory(a);
        if (steps.empty())
            continue;
        QPainterPath path;
        path.moveTo(xForDay(double(steps.front().from)), yForRank(0));
        for (size_t s = 0; s < steps.size(); ++s) {
            const double x = xForDay(double(steps[s].from));
            path.lineTo(x, path.currentPosition().y());
            path.lineTo(x, yForRank(steps[s].rank));
        }
        path.lineTo(right + 10, path.currentPosition().y());
        p.setPen(
            QPen(colour, 3 + (i == 0 ? 0.5 : 0), i % 2 ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        // Offset each line by a pixel or two so that equal ranks stay visible side by side.
        p.translate(0, -i * 3.0);
        p.drawPath(path);
        p.translate(0, i * 3.0);
        // Changes of standing on the line.
        for (const Status &s : t.actor(a).statuses) {
            const double x = xForDay(double(s.date.firstDay()));
            const double y = yForRank(t.rankAt(a, s.date.firstDay())) - i * 3.0;
            p.setPen(QPen(m_theme.background, 1.5));
            p.setBrush(colour);
            p.drawRect(QRectF(x - 5, y - 5, 10, 10));
        }
    }
    p.restore();

    // One block per actor.
    double y = kRankChartHeight + 12;
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
            life += u' ' + fateName(a.fate);
        p.drawText(QRectF(14, y, left - 18, kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
            bold.elidedText(a.name, Qt::ElideRight, left - 18));
        p.setFont(m_theme.font(0.95));
        p.setPen(m_theme.mutedText);
        const int rank = t.rankAt(actors[i], cursor);
        const QString now = t.isAlive(actors[i], cursor)
            ? tr("rank %1 on %2").arg(rank).arg(Date::fromDay(cursor).toDisplayString())
            : tr("dead by %1").arg(Date::fromDay(cursor).toDisplayString());
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
            const QString label = statusName(s.kind) + u' ' + s.date.toIso().left(4);
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

void CareerChart::mousePressEvent(QMouseEvent *event)
{
    // Clicking the chart moves the time cursor, like clicking the timeline's axis.
    if (event->position().x() >= TimelineLayout::kGutter) {
        const double plot = width() - TimelineLayout::kGutter - TimelineLayout::kRightMargin;
        const double day = m_state->windowStart()
            + (event->position().x() - TimelineLayout::kGutter) / plot
                * (m_state->windowEnd() - m_state->windowStart());
        m_state->setCursor(Day(day));
    }
}

} // namespace khronika
