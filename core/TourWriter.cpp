#include "TourWriter.h"

#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace khronika {

namespace {

// A double-quoted YAML scalar: safe for any text, including ": ", "#" and line breaks.
QString quote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            break;
        default:
            // Other control characters (a NUL pasted into a narration) would make the file unreadable:
            // the loader refuses them.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                break;
            out += c;
        }
    }
    return out + u'"';
}

QString idList(const std::vector<QString> &ids)
{
    return u'[' + QStringList(ids.begin(), ids.end()).join(QStringLiteral(", ")) + u']';
}

// Russian and Ukrainian letters in Latin, after the scheme of passports and road signs (no diacritics).
QString transliterated(QChar c)
{
    static const QHash<char16_t, const char *> table = {{u'а', "a"}, {u'б', "b"}, {u'в', "v"}, {u'г', "g"}, {u'д', "d"},
        {u'е', "e"}, {u'ё', "yo"}, {u'ж', "zh"}, {u'з', "z"}, {u'и', "i"}, {u'й', "y"}, {u'к', "k"}, {u'л', "l"},
        {u'м', "m"}, {u'н', "n"}, {u'о', "o"}, {u'п', "p"}, {u'р', "r"}, {u'с', "s"}, {u'т', "t"}, {u'у', "u"},
        {u'ф', "f"}, {u'х', "kh"}, {u'ц', "ts"}, {u'ч', "ch"}, {u'ш', "sh"}, {u'щ', "shch"}, {u'ъ', ""}, {u'ы', "y"},
        {u'ь', ""}, {u'э', "e"}, {u'ю', "yu"}, {u'я', "ya"}, {u'і', "i"}, {u'ї', "yi"}, {u'є', "ye"}, {u'ґ', "g"}};
    const auto it = table.constFind(c.toLower().unicode());
    if (it != table.constEnd())
        return QString::fromLatin1(it.value());
    // "é" -> "e": the letter without its marks.
    const QString plain = QString(c).normalized(QString::NormalizationForm_KD);
    return plain.isEmpty() ? QString() : QString(plain.front());
}

} // namespace

QString TourWriter::idForTitle(const QString &title)
{
    QString id;
    for (const QChar c : title) {
        const QString latin = transliterated(c).toLower();
        for (const QChar l : latin) {
            if ((l >= u'a' && l <= u'z') || (l >= u'0' && l <= u'9'))
                id += l;
            else if (!id.isEmpty() && !id.endsWith(u'-'))
                id += u'-';
        }
    }
    id = id.left(60);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("tour") : id;
}

QString TourWriter::uniqueId(const QString &title, const QSet<QString> &taken, const QString &folder)
{
    const QString base = idForTitle(title);
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        if (!taken.contains(id) && !QFileInfo::exists(dir.filePath(id + QStringLiteral(".tour.yaml"))))
            return id;
    }
}

QByteArray TourWriter::toYaml(const std::vector<Tour> &tours)
{
    QString y = QStringLiteral("# Guided tours written by Khronika. See data/README.md for the format.\ntours:\n");
    for (const Tour &t : tours) {
        y += QStringLiteral("  - id: %1\n    title: %2\n").arg(t.id, quote(t.title));
        if (!t.description.isEmpty())
            y += QStringLiteral("    description: %1\n").arg(quote(t.description));
        y += QStringLiteral("    steps:\n");
        for (const TourStep &s : t.steps) {
            y += QStringLiteral("      - title: %1\n").arg(quote(s.title));
            if (!s.events.empty())
                y += QStringLiteral("        events: %1\n").arg(idList(s.events));
            if (s.rangeFrom && s.rangeTo)
                y += QStringLiteral("        range: { from: %1, to: %2 }\n")
                         .arg(s.rangeFrom->toIso(), s.rangeTo->toIso());
            if (!s.actors.empty())
                y += QStringLiteral("        actors: %1\n").arg(idList(s.actors));
            y += QStringLiteral("        narration: %1\n").arg(quote(s.narration));
            if (!s.teacherNote.isEmpty())
                y += QStringLiteral("        teacher_note: %1\n").arg(quote(s.teacherNote));
            if (!s.chart.isEmpty())
                y += QStringLiteral("        chart: %1\n").arg(s.chart);
            if (!s.plots.empty()) {
                QStringList plots;
                for (const QString &p : s.plots)
                    plots << quote(p);
                y += QStringLiteral("        plots: [%1]\n").arg(plots.join(QStringLiteral(", ")));
            }
            if (!s.document.isEmpty())
                y += QStringLiteral("        document: %1\n").arg(s.document);
            if (s.baseline)
                y += QStringLiteral("        baseline: %1\n").arg(s.baseline->toIso());
            if (s.showsMap)
                y += QStringLiteral("        view: map\n");
        }
    }
    return y.toUtf8();
}

bool TourWriter::save(
    const QString &path, const std::vector<Tour> &tours, QString *error, const std::function<bool()> &beforeCommit)
{
    return writeFileAtomically(path, toYaml(tours), error, beforeCommit);
}

} // namespace khronika
