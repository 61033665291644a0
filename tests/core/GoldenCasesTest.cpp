// Every folder under tests/fixtures/ that holds an `expected.txt` is a regression case: khronika-check is
// run on it as a user would (from tests/fixtures/, so that paths read `case/file.yaml:line:col`), and what
// it prints and its exit status must match the golden file. A mismatch writes `expected.txt.actual`
// beside it and prints a unified diff.
#include "GoldenFile.h"

#include <QDir>
#include <QProcess>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

QStringList goldenCases()
{
    QStringList cases;
    const QDir fixtures(QStringLiteral(KHRONIKA_FIXTURES));
    for (const QString &name : fixtures.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(fixtures.filePath(name + QStringLiteral("/expected.txt"))))
            cases << name;
    }
    return cases;
}

class GoldenCase : public testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(GoldenCase, CheckerOutputMatchesTheGoldenFile)
{
    const QString name = GetParam();
    QProcess check;
    check.setWorkingDirectory(QStringLiteral(KHRONIKA_FIXTURES));
    // The tour folders and settings of whoever runs the tests must not leak in.
    check.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    check.setStandardInputFile(QProcess::nullDevice());
    check.start(QStringLiteral(KHRONIKA_CHECK), {name});
    ASSERT_TRUE(check.waitForStarted()) << check.errorString().toStdString();
    // A case that makes the checker hang fails here instead of stopping the suite.
    ASSERT_TRUE(check.waitForFinished(60'000)) << name.toStdString() << ": khronika-check did not finish";
    ASSERT_EQ(check.exitStatus(), QProcess::NormalExit) << name.toStdString() << ": khronika-check crashed";
    const QString actual = QString::fromUtf8(check.readAllStandardError())
        + QString::fromUtf8(check.readAllStandardOutput()) + QStringLiteral("exit status: %1\n").arg(check.exitCode());
    const auto mismatch
        = test::compareWithGolden(QStringLiteral(KHRONIKA_FIXTURES "/%1/expected.txt").arg(name), actual);
    EXPECT_FALSE(mismatch) << mismatch.value_or(QString()).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, GoldenCase, testing::ValuesIn(goldenCases()), [](const testing::TestParamInfo<QString> &info) {
        QString id = info.param;
        id.replace(u'-', u'_');
        return id.toStdString();
    });

TEST(GoldenFile, PrintsAUnifiedDiff)
{
    const QStringList a {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    const QStringList b {QStringLiteral("one"), QStringLiteral("2"), QStringLiteral("three"), QStringLiteral("four")};
    EXPECT_EQ(test::unifiedDiff(a, b, QStringLiteral("a"), QStringLiteral("b")),
        QStringLiteral("--- a\n+++ b\n@@ -1,3 +1,4 @@\n one\n-two\n+2\n three\n+four\n"));
    EXPECT_TRUE(test::unifiedDiff(a, a, QStringLiteral("a"), QStringLiteral("b")).isEmpty());
}
