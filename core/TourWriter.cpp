#include "TourWriter.h"

#include <QSaveFile>

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
            out += c;
        }
    }
    return out + u'"';
}

QString idList(const std::vector<QString> &ids)
{
    return u'[' + QStringList(ids.begin(), ids.end()).join(QStringLiteral(", ")) + u']';
}

} // namespace

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
        }
    }
    return y.toUtf8();
}

bool TourWriter::save(
    const QString &path, const std::vector<Tour> &tours, QString *error, const std::function<bool()> &beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray text = toYaml(tours);
    if (file.write(text) != text.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (beforeCommit && !beforeCommit()) {
        file.cancelWriting();
        *error = QStringLiteral("the save was interrupted");
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace khronika
