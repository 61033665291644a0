#include "TextWrap.h"

namespace khronika {

namespace {

QString elided(QString line, double width, const std::function<double(const QString &)> &measure)
{
    static const QString ellipsis(QChar(0x2026));
    if (measure(line) <= width)
        return line;
    while (!line.isEmpty() && measure(line + ellipsis) > width)
        line.chop(1);
    return line.trimmed() + ellipsis;
}

} // namespace

QStringList wrapWords(const QString &text, double width, const std::function<double(const QString &)> &measure)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        if (current.isEmpty() || measure(candidate) <= width) {
            current = candidate;
        } else {
            lines << current;
            current = word;
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

QStringList wrapText(
    const QString &text, double width, int maxLines, const std::function<double(const QString &)> &measure)
{
    if (maxLines < 1)
        return {};
    QStringList lines = wrapWords(text, width, measure);
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(u' ');
        lines = lines.mid(0, maxLines - 1);
        lines << rest + QChar(0x2026); // more follows, even if what is left of this line would fit
    }
    for (QString &line : lines)
        line = elided(line, width, measure);
    return lines;
}

} // namespace khronika
