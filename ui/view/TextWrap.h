#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace khronika {

// Breaks `text` at spaces into at most `maxLines` lines no wider than `width`, as `measure` gives
// widths. What does not fit ends the last line with an ellipsis, and a single word wider than a line
// is shortened with one: every line drawn fits, so nothing is cut off by the edge of its box.
QStringList wrapText(
    const QString &text, double width, int maxLines, const std::function<double(const QString &)> &measure);

// Breaks `text` at spaces into as many lines as it takes, each no wider than `width` unless it is a
// single word wider than that: nothing is shortened or left out. The caller checks whether the
// longest word fits (a narrow gutter, a larger type) before it draws.
QStringList wrapWords(const QString &text, double width, const std::function<double(const QString &)> &measure);

} // namespace khronika
