#include "GoldenFile.h"

#include <QFile>

#include <vector>

namespace khronika::test {

QString unifiedDiff(
    const QStringList &expected, const QStringList &actual, const QString &expectedName, const QString &actualName)
{
    const qsizetype n = expected.size();
    const qsizetype m = actual.size();
    // Longest common subsequence of lines, from the ends, then walked from the start; where both would do,
    // a removed line comes before the added one, as diff -u prints them.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = expected[i] == actual[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    }
    struct Line {
        char kind; // ' ', '-', '+'
        QString text;
        qsizetype a, b; // 0-based line in expected and actual where it sits
    };
    std::vector<Line> script;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && expected[i] == actual[j]) {
            script.push_back({' ', expected[i], i, j});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[size_t(i)][size_t(j + 1)] > lcs[size_t(i + 1)][size_t(j)])) {
            script.push_back({'+', actual[j], i, j});
            ++j;
        } else {
            script.push_back({'-', expected[i], i, j});
            ++i;
        }
    }
    constexpr qsizetype kContext = 3;
    QString out;
    size_t k = 0;
    while (k < script.size()) {
        if (script[k].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from kContext lines before this change to kContext lines after the last change that is
        // no more than 2 * kContext unchanged lines from the next.
        size_t begin = k >= size_t(kContext) ? k - size_t(kContext) : 0;
        while (begin < k && script[begin].kind != ' ')
            ++begin;
        size_t end = k;
        size_t unchanged = 0;
        for (size_t e = k; e < script.size(); ++e) {
            if (script[e].kind == ' ') {
                if (++unchanged > size_t(2 * kContext))
                    break;
            } else {
                unchanged = 0;
                end = e;
            }
        }
        const size_t last = std::min(script.size() - 1, end + size_t(kContext));
        qsizetype aCount = 0, bCount = 0;
        for (size_t e = begin; e <= last; ++e) {
            aCount += script[e].kind != '+';
            bCount += script[e].kind != '-';
        }
        if (out.isEmpty())
            out += QStringLiteral("--- %1\n+++ %2\n").arg(expectedName, actualName);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(script[begin].a + (aCount ? 1 : 0))
                   .arg(aCount)
                   .arg(script[begin].b + (bCount ? 1 : 0))
                   .arg(bCount);
        for (size_t e = begin; e <= last; ++e)
            out += QLatin1Char(script[e].kind) + script[e].text + u'\n';
        k = last + 1;
    }
    return out;
}

std::optional<QString> compareWithGolden(const QString &path, const QString &actual)
{
    QFile golden(path);
    const bool exists = golden.open(QIODevice::ReadOnly);
    const QString expected = exists ? QString::fromUtf8(golden.readAll()) : QString();
    const QString actualPath = path + QStringLiteral(".actual");
    if (exists && expected == actual) {
        QFile::remove(actualPath);
        return std::nullopt;
    }
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(actual.toUtf8());
    const auto lines = [](const QString &text) {
        QStringList l = text.split(u'\n');
        if (!l.isEmpty() && l.back().isEmpty())
            l.pop_back();
        return l;
    };
    QString message = exists ? QStringLiteral("%1 differs from what the program gives now").arg(path)
                             : QStringLiteral("%1 is missing").arg(path);
    message += QStringLiteral(" (written to %1; mv it over the golden file to accept the change):\n").arg(actualPath);
    const QString diff = unifiedDiff(lines(expected), lines(actual), path, actualPath);
    // The same lines with different line endings or a missing final newline show no diff: say so.
    return message
        + (diff.isEmpty() ? QStringLiteral("(the files differ only in line endings or whitespace)\n") : diff);
}

} // namespace khronika::test
