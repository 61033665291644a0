#include "DetailsHtml.h"

#include "core/Roster.h"
#include "ui/DataNames.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <algorithm>

namespace khronika::DetailsHtml {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString actorLink(const Timeline &t, int a)
{
    return QStringLiteral("<a href=\"actor:%1\">%2</a>").arg(t.actor(a).id, esc(t.actor(a).name));
}

QString factionLink(const Timeline &t, int f)
{
    return colourChip(t.faction(f).colour)
        + QStringLiteral("&nbsp;<a href=\"faction:%1\">%2</a>").arg(t.faction(f).id, esc(t.faction(f).name));
}

// On screen a work's address is a link; on paper it is written out.
enum class Address { Link, Written };

QString citation(const Timeline &t, const SourceRef &ref, Address address = Address::Link)
{
    const Source *s = t.source(ref.ref);
    if (!s)
        return esc(ref.ref);
    QString text = QStringLiteral("%1, <i>%2</i> (%3)").arg(esc(s->author), esc(s->title)).arg(s->year);
    // "p. 45" and "pp. 441–442", but a chapter, table or section is written as the data gives it.
    if (!ref.page.isEmpty() && ref.page.front().isDigit())
        text += QStringLiteral(", %1 %2").arg(
            ref.page.contains(u'–') || ref.page.contains(u'-') ? QStringLiteral("pp.") : QStringLiteral("p."),
            esc(ref.page));
    else if (!ref.page.isEmpty())
        text += QStringLiteral(", %1").arg(esc(ref.page));
    if (!s->url.isEmpty())
        text += address == Address::Link ? QStringLiteral(" <a href=\"%1\">link</a>").arg(esc(s->url))
                                         : QStringLiteral(", %1").arg(esc(s->url));
    return text;
}

// A citation a teacher can check in front of the class has a page or an address; a book cited without
// a page is background reading, and is listed apart so that it is never mistaken for the evidence.
bool isCheckable(const Timeline &t, const SourceRef &ref)
{
    const Source *s = t.source(ref.ref);
    return s && khronika::isCheckable(ref, *s);
}

QString sourcesSection(const Timeline &t, const std::vector<SourceRef> &refs)
{
    const auto list = [&](const QString &heading, bool checkable) {
        QString items;
        for (const SourceRef &r : refs) {
            if (isCheckable(t, r) == checkable)
                items += QStringLiteral("<li>%1</li>").arg(citation(t, r));
        }
        if (items.isEmpty())
            return QString();
        return QStringLiteral("<p><b>%1</b></p><ol style=\"margin-left:14px\">%2</ol>").arg(heading, items);
    };
    return list(QObject::tr("Sources"), true) + list(QObject::tr("Further reading"), false);
}

QString precisionNote(const Date &d)
{
    switch (d.precision) {
    case Date::Precision::Year:
        return QObject::tr("known to the year");
    case Date::Precision::Month:
        return QObject::tr("known to the month");
    case Date::Precision::Day:
        return {};
    }
    return {};
}

// A document quoted as a block: what it is, who wrote it and when, the extract, and where it comes from.
QString documentBlock(const Timeline &t, const Document &d, Address address, bool large)
{
    QStringList sources;
    for (const SourceRef &r : d.sources)
        sources << citation(t, r, address);
    return QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"background-color:#EEF3F8; color:#1A1A1A\">"
                          "<tr><td><b>%1</b> <span style=\"color:#595959\">%2 · %3</span>"
                          "<p style=\"font-size:%4; margin-left:12px\"><i>“%5”</i></p>"
                          "<p style=\"font-size:small\">%6 %7<br>%8 %9<br>%10 %11</p></td></tr></table>")
        .arg(esc(d.title), esc(d.date.toDisplayString()), esc(d.author),
            large ? QStringLiteral("x-large") : QStringLiteral("medium"), esc(d.extract), QObject::tr("From:"),
            esc(d.origin), QObject::tr("Translation:"), esc(d.translation), QObject::tr("Read in:"),
            sources.join(QStringLiteral("; ")));
}

// The documents that belong to an event, in date order as the data lists them.
std::vector<const Document *> documentsOf(const Timeline &t, const QString &eventId)
{
    std::vector<const Document *> found;
    for (const Document &d : t.data().documents) {
        if (std::find(d.events.begin(), d.events.end(), eventId) != d.events.end())
            found.push_back(&d);
    }
    return found;
}

} // namespace

QString document(const Timeline &t, const Document &d, bool large)
{
    return documentBlock(t, d, Address::Link, large);
}

std::vector<const Document *> stepDocuments(const Timeline &t, const TourStep &step)
{
    std::vector<const Document *> docs;
    const auto add = [&](const Document *d) {
        if (std::find(docs.begin(), docs.end(), d) == docs.end())
            docs.push_back(d);
    };
    for (const Document &d : t.data().documents) {
        if (d.id == step.document)
            add(&d);
    }
    for (const QString &id : step.events) {
        for (const Document *d : documentsOf(t, id))
            add(d);
    }
    return docs;
}

QString printedDocuments(const Timeline &t, const TourStep &step)
{
    QString html;
    for (const Document *d : stepDocuments(t, step))
        html += printedDocument(t, *d);
    return html;
}

QString printedDocument(const Timeline &t, const Document &d)
{
    return documentBlock(t, d, Address::Written, false);
}

QString colourChip(const QString &colour)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%1\">&#9608;&#9608;</span>").arg(esc(colour));
}

QString event(const Timeline &t, int index)
{
    const Event &e = t.event(index);
    QString when = e.date.toDisplayString();
    if (e.end)
        when += QStringLiteral(" – ") + e.end->toDisplayString();
    const QString precision = precisionNote(e.date);
    const int c = t.categoryIndex(e.category);
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(esc(e.title));
    html += QStringLiteral("<p style=\"margin-top:0\"><b>%1</b>%2 · %3</p>")
                .arg(esc(when), precision.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(precision),
                    esc(c >= 0 ? t.data().categories[size_t(c)].title : e.category));
    html += QStringLiteral("<p style=\"font-size:large\">%1</p>").arg(esc(e.summary));
    if (e.misconception) {
        html += QStringLiteral(
            "<table width=\"100%\" cellpadding=\"8\" style=\"background-color:#FFF1C2; color:#1A1A1A\"><tr><td>"
            "<b>%1</b> %2<br><b>%3</b> %4</td></tr></table>")
                    .arg(QObject::tr("A common mistake:"), esc(e.misconception->claim), QObject::tr("In fact:"),
                        esc(e.misconception->correction));
    }
    const std::vector<const Document *> docs = documentsOf(t, e.id);
    if (!docs.empty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(docs.size() == 1 ? QObject::tr("Document:") : QObject::tr("Documents:"));
        for (const Document *d : docs)
            html += documentBlock(t, *d, Address::Link, false);
    }
    if (!e.actors.empty()) {
        QStringList parts;
        for (const ActorRef &r : e.actors) {
            const int a = t.actorIndex(r.id);
            if (a < 0)
                continue;
            QString s = actorLink(t, a);
            if (!r.role.isEmpty())
                s += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(r.role));
            parts << s;
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(QObject::tr("People:"), parts.join(QStringLiteral(", ")));
    }
    if (!e.factions.empty()) {
        QStringList parts;
        for (const QString &id : e.factions) {
            if (const int f = t.factionIndex(id); f >= 0)
                parts << factionLink(t, f);
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(QObject::tr("Factions:"), parts.join(QStringLiteral(" &nbsp; ")));
    }
    if (!e.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(QObject::tr("Notes:"), esc(e.notes));
    html += sourcesSection(t, e.sources);
    return html;
}

QString actor(const Timeline &t, int index)
{
    const Actor &a = t.actor(index);
    QString html
        = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2><p style=\"margin-top:0\">%2<br>%3 – %4 · %5</p>")
              .arg(esc(a.name), esc(a.nativeName), esc(a.born.toDisplayString()),
                  a.died ? esc(a.died->toDisplayString()) : QString(), esc(fateText(a.fate)));
    html += QStringLiteral("<p>%1</p>").arg(esc(a.summary));
    if (!a.fateNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(a.fateNote));
    // The standing the career chart draws, point by point, with why and, where historians disagree, how.
    QString standing;
    std::vector<SourceRef> standingSources;
    for (const Timeline::StandingStep &s : t.standingLine(index)) {
        const StandingPoint &p = a.standing[size_t(s.point)];
        standing += QStringLiteral("<li><b>%1</b> %2: %3")
                        .arg(esc(p.date.toDisplayString()), esc(t.data().standingLevels[size_t(s.level)].title),
                            esc(p.reason));
        if (!p.contested.isEmpty())
            standing += QStringLiteral("<br><i>%1</i> %2").arg(QObject::tr("Historians differ:"), esc(p.contested));
        standing += QStringLiteral("</li>");
        for (const SourceRef &r : p.sources) {
            if (std::none_of(standingSources.begin(), standingSources.end(),
                    [&](const SourceRef &x) { return x.ref == r.ref && x.page == r.page; }))
                standingSources.push_back(r);
        }
    }
    if (!standing.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul style=\"margin-left:14px\">%2</ul>")
                    .arg(QObject::tr("Standing"), standing);
    std::vector<SourceRef> sources = a.sources;
    for (const SourceRef &r : standingSources) {
        if (std::none_of(
                sources.begin(), sources.end(), [&](const SourceRef &x) { return x.ref == r.ref && x.page == r.page; }))
            sources.push_back(r);
    }
    html += sourcesSection(t, sources);
    return html;
}

QStringList stepSources(const Timeline &t, const TourStep &step)
{
    QStringList sources;
    for (const QString &id : step.events) {
        const int e = t.eventIndex(id);
        if (e < 0)
            continue;
        for (const SourceRef &r : t.event(e).sources) {
            if (!isCheckable(t, r))
                continue;
            const QString c = citation(t, r, Address::Written);
            if (!sources.contains(c))
                sources << c;
        }
    }
    return sources;
}

QString printedSources(const Timeline &t, const TourStep &step)
{
    const QStringList sources = stepSources(t, step);
    if (sources.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(QObject::tr("Sources:"), sources.join(QStringLiteral("; ")));
}

QString bibliography(const Timeline &t)
{
    QHash<QString, int> cited;
    const auto count = [&](const std::vector<SourceRef> &refs) {
        for (const SourceRef &r : refs)
            ++cited[r.ref];
    };
    for (const Event &e : t.data().events)
        count(e.sources);
    for (const Actor &a : t.data().actors)
        count(a.sources);
    for (const Faction &f : t.data().factions)
        count(f.sources);
    for (const Series &s : t.data().series)
        count(s.sources);
    for (const Period &p : t.data().periods)
        count(p.sources);
    std::vector<const Source *> works;
    for (const Source &s : t.data().sources)
        works.push_back(&s);
    // By the first author's surname, as a bibliography is read.
    const auto surname = [](const QString &author) {
        QString first = author.section(QStringLiteral(" and "), 0, 0).section(u',', 0, 0).trimmed();
        first.remove(QStringLiteral(" (eds)"));
        return first.section(u' ', -1).toCaseFolded();
    };
    std::sort(works.begin(), works.end(), [&](const Source *a, const Source *b) {
        const QString sa = surname(a->author), sb = surname(b->author);
        return sa != sb ? sa < sb : a->year < b->year;
    });
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p><ul>")
              .arg(QObject::tr("Where the facts come from"),
                  QObject::tr("%n work(s) cited by the records of this data set.", nullptr, int(works.size())));
    for (const Source *s : works) {
        QString line = QStringLiteral("%1, <i>%2</i> (%3)").arg(esc(s->author), esc(s->title)).arg(s->year);
        if (!s->publisher.isEmpty())
            line += QStringLiteral(", %1").arg(esc(s->publisher));
        if (!s->url.isEmpty())
            line += QStringLiteral(" <a href=\"%1\">%2</a>").arg(esc(s->url), QObject::tr("link"));
        line += QStringLiteral(" <span class=\"muted\">· %1</span>")
                    .arg(QObject::tr("cited %n time(s)", nullptr, cited.value(s->id)));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    return html + QStringLiteral("</ul>");
}

QString hiddenByReveal()
{
    return QStringLiteral("<p><i>%1</i></p>")
        .arg(QObject::tr("Hidden in reveal mode until the tour reaches it: what happens next?"));
}

QString partyAt(const Timeline &t, Day day, std::optional<Day> revealUntil)
{
    const Date date = Date::fromDay(day);
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(esc(date.toDisplayString()));
    if (revealUntil && day > *revealUntil)
        return html
            + QStringLiteral("<p><i>%1</i></p>")
                  .arg(QObject::tr("Hidden in reveal mode: the tour has reached %1 so far.")
                           .arg(esc(Date::fromDay(*revealUntil).toDisplayString())));
    QString refusal;
    const auto roster = rosterAt(t, day, &refusal);
    if (!roster)
        return html + QStringLiteral("<p>%1</p>").arg(esc(refusal));

    const auto titles = [&](const std::vector<int> &periods) {
        QStringList list;
        for (int p : periods)
            list << esc(t.data().periods[size_t(p)].title);
        return list;
    };
    const QStringList plans = titles(roster->plans);
    QStringList eras = titles(roster->periods);
    for (const QString &plan : plans)
        eras.removeAll(plan);
    html += QStringLiteral("<p style=\"margin-top:0\"><b>%1</b> %2")
                .arg(QObject::tr("Plan in force:"),
                    plans.isEmpty() ? QObject::tr("none") : plans.join(QStringLiteral(" · ")));
    if (!eras.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2").arg(QObject::tr("In force:"), eras.join(QStringLiteral(" · ")));
    html += QStringLiteral("</p>");

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const RosterOffice &o : roster->offices) {
        // Factions matter where power was contested: the party's leaders and the Politburo.
        const bool withFaction = o.office == u"general-secretary" || o.office == u"government-head"
            || o.office.startsWith(QStringLiteral("politburo"));
        QStringList parts;
        for (const RosterHolder &h : o.holders) {
            QString s = actorLink(t, h.actor);
            if (withFaction) {
                for (int f : h.factions)
                    s += QStringLiteral(" ") + colourChip(t.faction(f).colour);
            }
            parts << s;
        }
        const QString who = parts.isEmpty()
            ? QStringLiteral("<i class=\"muted\">%1</i>").arg(QObject::tr("not in this data set"))
            : parts.join(QStringLiteral(", "));
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(esc(o.title), who);
    }
    html += QStringLiteral("</table>");

    QStringList fallen, dead;
    for (const RosterFall &f : roster->fallen)
        fallen << QStringLiteral("%1 <span class=\"muted\">(%2 %3)</span>")
                      .arg(actorLink(t, f.actor), esc(statusText(f.status->kind)), esc(whenText(f.status->date)));
    for (const RosterDeath &d : roster->dead)
        dead << QStringLiteral("%1 <span class=\"muted\">(%2, %3)</span>")
                    .arg(actorLink(t, d.actor), esc(fateText(d.fate)), esc(whenText(d.date)));
    if (!fallen.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(QObject::tr("Expelled, exiled or arrested:"), fallen.join(QStringLiteral(", ")));
    if (!dead.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(QObject::tr("Dead:"), dead.join(QStringLiteral(", ")));
    return html;
}

} // namespace khronika::DetailsHtml
