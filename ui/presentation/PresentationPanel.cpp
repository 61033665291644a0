#include "ui/presentation/PresentationPanel.h"

#include <QEvent>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace khronika {

PresentationPanel::PresentationPanel(ViewState *state, TourPlayer *player, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_player(player)
{
    connect(m_state, &ViewState::selectionChanged, this, &PresentationPanel::refresh);
    connect(m_player, &TourPlayer::stepChanged, this, &PresentationPanel::refresh);
    connect(m_player, &TourPlayer::stopped, this, &PresentationPanel::refresh);
    // A change of language: the step's or event's texts anew, in the same place.
    connect(m_player, &TourPlayer::textsChanged, this, &PresentationPanel::refresh);
    setMinimumHeight(160);
    refresh();
}

void PresentationPanel::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

QString PresentationPanel::counter() const
{
    if (!m_player->isPlaying())
        return {};
    return tr("Step %1 of %2").arg(m_player->step() + 1).arg(m_player->stepCount());
}

void PresentationPanel::changeEvent(QEvent *event)
{
    // The misconception's "A common mistake" and the dates are the interface's language.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PresentationPanel::refresh()
{
    const Timeline &t = m_state->timeline();
    m_title.clear();
    m_subtitle.clear();
    m_body.clear();
    m_note.clear();
    m_quote.clear();
    m_quoteSource.clear();
    if (const TourStep *s = m_player->currentStep()) {
        m_title = s->title;
        m_subtitle = m_player->tour().title;
        m_body = s->narration;
        // A step may show a document large: the class reads the words of the time themselves.
        for (const Document &d : t.data().documents) {
            if (!s->document.isEmpty() && d.id == s->document) {
                m_quote = d.extract;
                m_quoteSource
                    = d.author + QStringLiteral(", ") + d.date.toDisplayString() + QStringLiteral(" · ") + d.title;
            }
        }
    } else if (const int e = m_state->selectedEvent(); e >= 0) {
        const Event &ev = t.event(e);
        m_title = ev.title;
        m_subtitle
            = ev.date.toDisplayString() + (ev.end ? QStringLiteral(" – ") + ev.end->toDisplayString() : QString());
        m_body = ev.summary;
        if (ev.misconception)
            m_note = tr("A common mistake: %1 In fact: %2").arg(ev.misconception->claim, ev.misconception->correction);
    } else {
        m_title = t.data().title;
        m_body = t.data().description;
    }
    update();
}

namespace {

constexpr double kMargin = 24;
constexpr double kTop = 12;

} // namespace

double PresentationPanel::bodyTop(double width) const
{
    double y = kTop;
    if (m_player->isPlaying())
        y += 16 + QFontMetricsF(m_theme.font(1.1, true)).height() + 4;
    const QFontMetricsF title(m_theme.font(kTitleScale, true));
    y += title.boundingRect(QRectF(0, 0, width - 2 * kMargin, 1e6), Qt::TextWordWrap | Qt::AlignLeft, m_title).height()
        + 4;
    if (!m_subtitle.isEmpty() && !m_player->isPlaying())
        y += QFontMetricsF(m_theme.font(1.3, true)).height() + 6;
    return y;
}

void PresentationPanel::fillBody(QTextDocument &doc, double width, double scale) const
{
    doc.setDefaultFont(m_theme.font(scale));
    QString html = QStringLiteral("<p style=\"color:%1\">%2</p>").arg(m_theme.text.name(), m_body.toHtmlEscaped());
    if (!m_note.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; background-color:%2\">&nbsp;%3&nbsp;</p>")
                    .arg(m_theme.text.name(), m_theme.noteBackground.name(), m_note.toHtmlEscaped());
    if (!m_quote.isEmpty())
        html += QStringLiteral("<table cellpadding=\"10\" width=\"100%\" style=\"background-color:%2\"><tr><td>"
                               "<p style=\"color:%1\"><i>“%3”</i></p>"
                               "<p style=\"color:%4; font-size:small\">%5</p></td></tr></table>")
                    .arg(m_theme.text.name(), m_theme.noteBackground.name(), m_quote.toHtmlEscaped(),
                        m_theme.mutedText.name(), m_quoteSource.toHtmlEscaped());
    doc.setHtml(html);
    doc.setTextWidth(width - 2 * kMargin);
}

int PresentationPanel::heightAt(int width, double scale) const
{
    QTextDocument doc;
    fillBody(doc, width, scale);
    return int(std::ceil(bodyTop(width) + doc.size().height() + 8));
}

int PresentationPanel::heightFor(int width) const
{
    return heightAt(width, kBodyScale);
}

int PresentationPanel::leastHeightFor(int width) const
{
    return heightAt(width, leastScale());
}

double PresentationPanel::bodyScale() const
{
    // The largest size, in steps, whose text fits the room under the title.
    const double room = height() - bodyTop(width()) - 8;
    QTextDocument doc;
    double scale = kBodyScale;
    for (;; scale -= 0.05) {
        fillBody(doc, width(), scale);
        if (doc.size().height() <= room || scale <= leastScale() + 1e-9)
            break;
    }
    return std::max(scale, leastScale());
}

void PresentationPanel::dumpView(ViewDump &dump) const
{
    const auto add = [&](const QString &kind, const QString &text, const QRectF &rect, const QFont &font, bool cut) {
        if (!text.isEmpty())
            dump.addText(this, kind, text, rect, font, cut);
    };
    const double body = bodyTop(width());
    const QFont title = m_theme.font(kTitleScale, true);
    add(QStringLiteral("narration-title"), m_title, QRectF(kMargin, kTop, width() - 2 * kMargin, body - kTop), title,
        false);
    const double scale = bodyScale();
    QTextDocument doc;
    fillBody(doc, width(), scale);
    const double room = height() - body - 8;
    add(QStringLiteral("narration"), doc.toPlainText().simplified(),
        QRectF(kMargin, body, width() - 2 * kMargin, std::min(room, doc.size().height())), m_theme.font(scale),
        doc.size().height() > room + 1);
    if (m_player->isPlaying())
        add(QStringLiteral("step-counter"), counter(), QRectF(kMargin, kTop + 16, width() - 2 * kMargin, 20),
            m_theme.font(1.1, true), false);
}

void PresentationPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    // Measured once, as heightFor measures it, so that what is painted is what was asked room for.
    const double body = bodyTop(width());
    double y = kTop;

    // Progress: one segment per step, the current one filled.
    if (m_player->isPlaying()) {
        const int n = m_player->stepCount();
        const double w = (width() - 2 * kMargin) / n;
        for (int i = 0; i < n; ++i) {
            const QRectF seg(kMargin + i * w + 2, y, w - 4, 8);
            p.fillRect(seg, i <= m_player->step() ? m_theme.cursor : m_theme.grid);
        }
        y += 16;
        p.setFont(m_theme.font(1.1, true));
        p.setPen(m_theme.mutedText);
        const QString c = counter() + QStringLiteral(" · ") + m_subtitle;
        p.drawText(QRectF(kMargin, y, width() - 2 * kMargin, p.fontMetrics().height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(c, Qt::ElideRight, int(width() - 2 * kMargin)));
        y += p.fontMetrics().height() + 4;
    }

    p.setFont(m_theme.font(kTitleScale, true));
    p.setPen(m_theme.text);
    p.drawText(QRectF(kMargin, y, width() - 2 * kMargin, height() - y), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
        m_title);
    if (!m_subtitle.isEmpty() && !m_player->isPlaying()) {
        p.setFont(m_theme.font(1.3, true));
        p.setPen(m_theme.cursor);
        const double subtitleTop = body - p.fontMetrics().height() - 6;
        p.drawText(
            QRectF(kMargin, subtitleTop, width() - 2 * kMargin, p.fontMetrics().height()), Qt::AlignLeft, m_subtitle);
    }

    // The body in a text document so that long narration wraps and shrinks to fit rather than being cut.
    QTextDocument doc;
    fillBody(doc, width(), bodyScale());
    const double room = height() - body - 8;
    p.translate(kMargin, body);
    doc.drawContents(&p, QRectF(0, 0, width() - 2 * kMargin, room));
}

void BlankOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
}

} // namespace khronika
