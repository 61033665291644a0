#pragma once

#include "DataSet.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace khronika {

// The fields of a TimelineJS slide (or a plain CSV row) that Khronika's events have no field for. An
// import keeps them on the event, one "Label: value" line each, so that an export gives them back:
// what a class may read (the picture, its credit and caption, the people named) in `notes`, how the
// sheet displayed the slide in `author_note`, which the explorer never shows.
struct ConvertExtras {
    QString media;
    QString mediaCredit;
    QString mediaCaption;
    QString mediaThumbnail;
    QString people;
    QString displayDate;
    QString time;
    QString endTime;
    QString background;

    bool operator==(const ConvertExtras &) const = default;
};

namespace convert_detail {

using Labelled = std::pair<const char *, QString ConvertExtras::*>;
inline const std::vector<Labelled> &noteLabels()
{
    static const std::vector<Labelled> labels = {{"Media", &ConvertExtras::media},
        {"Media credit", &ConvertExtras::mediaCredit}, {"Media caption", &ConvertExtras::mediaCaption},
        {"Media thumbnail", &ConvertExtras::mediaThumbnail}, {"People", &ConvertExtras::people}};
    return labels;
}
inline const std::vector<Labelled> &authorNoteLabels()
{
    static const std::vector<Labelled> labels
        = {{"TimelineJS display date", &ConvertExtras::displayDate}, {"TimelineJS time", &ConvertExtras::time},
            {"TimelineJS end time", &ConvertExtras::endTime}, {"TimelineJS background", &ConvertExtras::background}};
    return labels;
}

inline void append(QString &text, const std::vector<Labelled> &labels, const ConvertExtras &x)
{
    for (const auto &[label, member] : labels) {
        // One line each: a line break in a caption would end the field when read back.
        const QString value = (x.*member).simplified();
        if (value.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u'\n';
        text += QLatin1StringView(label) + QStringLiteral(": ") + value;
    }
}

// Takes the labelled lines out of `text`, returning what is left.
inline QString take(const QString &text, const std::vector<Labelled> &labels, ConvertExtras &x)
{
    QStringList rest;
    for (const QString &line : text.split(u'\n')) {
        bool taken = false;
        for (const auto &[label, member] : labels) {
            const QString prefix = QLatin1StringView(label) + QStringLiteral(": ");
            if (line.startsWith(prefix)) {
                x.*member = line.mid(prefix.size());
                taken = true;
                break;
            }
        }
        if (!taken)
            rest << line;
    }
    return rest.join(u'\n').trimmed();
}

} // namespace convert_detail

inline void storeExtras(Event &e, const ConvertExtras &x)
{
    convert_detail::append(e.notes, convert_detail::noteLabels(), x);
    convert_detail::append(e.authorNote, convert_detail::authorNoteLabels(), x);
}

// The extras stored on `e`; `otherNotes` gets the rest of its notes (a note written for the class).
inline ConvertExtras extrasOf(const Event &e, QString *otherNotes = nullptr)
{
    ConvertExtras x;
    const QString rest = convert_detail::take(e.notes, convert_detail::noteLabels(), x);
    convert_detail::take(e.authorNote, convert_detail::authorNoteLabels(), x);
    if (otherNotes)
        *otherNotes = rest;
    return x;
}

} // namespace khronika
