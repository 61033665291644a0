#include "core/TourWriter.h"
#include "core/DataSetLoader.h"

#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

// A copy of the clean fixture in a temporary folder, to save tours beside.
QString copyFixture(const QTemporaryDir &dir)
{
    for (const QString &name : {QStringLiteral("dataset.yaml"), QStringLiteral("records.yaml")})
        QFile::copy(QStringLiteral(KHRONIKA_FIXTURES "/clean/") + name, dir.filePath(name));
    return dir.path();
}

Tour sampleTour()
{
    Tour t;
    t.id = QStringLiteral("my-lesson");
    t.title = QStringLiteral("Stalin's \"centre\": a lesson # one");
    t.description = QStringLiteral("Two steps.\nWith a line break.");
    TourStep a;
    a.title = QStringLiteral("The 14th Congress");
    a.events = {QStringLiteral("congress-14")};
    a.actors = {QStringLiteral("stalin")};
    a.narration = QStringLiteral("Сталин wins: the delegates back him.");
    a.teacherNote = QStringLiteral("Ask: why did Zinoviev lose?");
    a.chart = QStringLiteral("fyp");
    TourStep b;
    b.title = QStringLiteral("Two years on");
    b.rangeFrom = Date::parse(u"1926");
    b.rangeTo = Date::parse(u"1927-12");
    b.narration = QStringLiteral("Back\\slash and tab\tkept.");
    b.showsMap = true;
    t.steps = {a, b};
    return t;
}

void expectSameTour(const Tour &a, const Tour &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.description, b.description);
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (size_t i = 0; i < a.steps.size(); ++i) {
        EXPECT_EQ(a.steps[i].title, b.steps[i].title);
        EXPECT_EQ(a.steps[i].events, b.steps[i].events);
        EXPECT_EQ(a.steps[i].actors, b.steps[i].actors);
        EXPECT_EQ(a.steps[i].rangeFrom, b.steps[i].rangeFrom);
        EXPECT_EQ(a.steps[i].rangeTo, b.steps[i].rangeTo);
        EXPECT_EQ(a.steps[i].narration, b.steps[i].narration);
        EXPECT_EQ(a.steps[i].teacherNote, b.steps[i].teacherNote);
        EXPECT_EQ(a.steps[i].chart, b.steps[i].chart);
        EXPECT_EQ(a.steps[i].showsMap, b.steps[i].showsMap);
    }
}

} // namespace

TEST(TourWriter, SavedTourLoadsBackIdentical)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    copyFixture(dir);
    QString error;
    ASSERT_TRUE(TourWriter::save(dir.filePath(QStringLiteral("my-lesson.tour.yaml")), {sampleTour()}, &error))
        << error.toStdString();
    const LoadResult r = DataSetLoader::loadDirectory(dir.path());
    QStringList problems;
    for (const Diagnostic &d : r.diagnostics.all())
        problems << d.toString();
    ASSERT_TRUE(r.ok()) << problems.join(u'\n').toStdString();
    ASSERT_EQ(r.data.tours.size(), 1u);
    expectSameTour(r.data.tours[0], sampleTour());
}

TEST(TourWriter, ToursFromAnotherFolderLoadWithTheDataSet)
{
    QTemporaryDir data, tours;
    copyFixture(data);
    QString error;
    ASSERT_TRUE(TourWriter::save(tours.filePath(QStringLiteral("a.tour.yaml")), {sampleTour()}, &error));
    const LoadResult r = DataSetLoader::loadDirectory(data.path(), {}, {tours.path()});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.data.tours.size(), 1u);
}

TEST(TourWriter, InterruptedSaveLeavesTheOldFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.tour.yaml"));
    QString error;
    ASSERT_TRUE(TourWriter::save(path, {sampleTour()}, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Tour changed = sampleTour();
    changed.title = QStringLiteral("Changed");
    EXPECT_FALSE(TourWriter::save(path, {changed}, &error, [] { return false; }));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    file.close();
    // No half-written file is left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("lesson.tour.yaml")});

    ASSERT_TRUE(TourWriter::save(path, {changed}, &error));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_NE(file.readAll(), before);
}
