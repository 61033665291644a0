#include "Bibliography.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace khronika {

namespace {

// Sites that serve copies of books, articles or documents without the publisher's leave, or that
// re-host another site's pages. The list names those met in Soviet-history material; add a host when
// a data set cites another.
constexpr const char *kCopySites[] = {
    "bibliboba",
    "chitka.online",
    "rulit.me",
    "litmir",
    "knigochet",
    "trantor.is",
    "readania",
    "readnow.me",
    "readboom",
    "mybrary",
    "livelib.biz",
    "litres.com",
    "vsebooks",
    "bubooker",
    "chitaem-online",
    "wikireading",
    "pdfslide",
    "paperzz",
    "docslib",
    "5y1.org",
    "allbest",
    "libussr",
    "geocities",
    "securedata.net",
    "softbeam",
    "wn.com",
    "mdict",
    "slovar.cc",
    "slovar-vocab",
    "thefreedictionary",
    "factmonster",
    "rin.ru",
    "frwiki.wiki",
    "ruwiki.ru",
    "researcher.life",
    "climate-policy-watcher",
    "250x.com",
    "halkcephesi",
    "marx2mao",
    "marxistleninists",
    "bezmani",
    "cyberussr",
    "de-academic.com",
    "internet-encyclopedia",
    "economics.kiev.ua",
    "sovunion.info",
    "litbaza",
    // Met in this data set's own history (its notes once named them).
    "litlife",
    "twirpx",
    "studfile",
    "libcat",
    "xbook.life",
    "thelib.ru",
    "urking.top",
    "erenow.net",
    "readli.net",
    "hotlib",
    "litfond",
    "mreadz",
    "vdoc.pub",
    "djvu.online",
    "scribd",
    "fdocuments",
    "booksonline.com.ua",
    "piglix",
    "clateway",
    "mediated.wiki",
    "wikisum",
};

} // namespace

QString urlHost(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www."))
        host = host.mid(4);
    return host;
}

bool isCopySite(const QString &url)
{
    const QString host = urlHost(url);
    if (host.isEmpty())
        return false;
    return std::any_of(std::begin(kCopySites), std::end(kCopySites),
        [&](const char *site) { return host.contains(QLatin1StringView(site)); });
}

bool namesCopySite(const QString &text)
{
    const QString lower = text.toLower();
    return std::any_of(std::begin(kCopySites), std::end(kCopySites),
        [&](const char *site) { return lower.contains(QLatin1StringView(site)); });
}

bool isPublishedWork(const Source &source)
{
    return !source.publisher.trimmed().isEmpty();
}

bool hasStableUrl(const Source &source)
{
    return !source.url.isEmpty() && !isCopySite(source.url);
}

QString citabilityProblem(const Source &source)
{
    if (!source.url.isEmpty() && isCopySite(source.url)) {
        return isPublishedWork(source)
            ? QCoreApplication::translate("Diagnostics",
                "source '%1' links to a copy on %2, not a stable address: cite the published work "
                "with its page and drop the url")
                  .arg(source.id, urlHost(source.url))
            : QCoreApplication::translate("Diagnostics",
                "source '%1' has neither a published work nor a stable address (%2 hosts copies): "
                "cite the work it copies, with its publisher and page")
                  .arg(source.id, urlHost(source.url));
    }
    if (!isPublishedWork(source) && source.url.isEmpty())
        return QCoreApplication::translate(
            "Diagnostics", "source '%1' has neither a published work (publisher) nor a stable address (url)")
            .arg(source.id);
    return {};
}

QString bibliographyText(const DataSet &data)
{
    QHash<QString, int> cited;
    const auto count = [&](const std::vector<SourceRef> &refs) {
        for (const SourceRef &r : refs)
            ++cited[r.ref];
    };
    for (const Event &e : data.events)
        count(e.sources);
    for (const Actor &a : data.actors)
        count(a.sources);
    for (const Faction &f : data.factions)
        count(f.sources);
    for (const Series &s : data.series)
        count(s.sources);
    for (const Period &p : data.periods)
        count(p.sources);
    for (const Document &d : data.documents)
        count(d.sources);

    std::vector<const Source *> works;
    for (const Source &s : data.sources)
        works.push_back(&s);
    std::stable_sort(works.begin(), works.end(), [](const Source *a, const Source *b) {
        const int byAuthor = QString::compare(a->author, b->author, Qt::CaseInsensitive);
        return byAuthor != 0 ? byAuthor < 0 : a->year < b->year;
    });
    QStringList lines;
    for (const Source *s : works) {
        QString line = s->id + QStringLiteral(" | ") + s->author + QStringLiteral(" (") + QString::number(s->year)
            + QStringLiteral("). ") + s->title + u'.';
        if (!s->publisher.isEmpty())
            line += u' ' + s->publisher + u'.';
        if (!s->url.isEmpty())
            line += u' ' + s->url;
        const int times = cited.value(s->id);
        line += QStringLiteral(" | cited %1 %2")
                    .arg(times)
                    .arg(times == 1 ? QStringLiteral("time") : QStringLiteral("times"));
        lines << line;
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace khronika
