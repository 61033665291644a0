// A teacher's work is not lost: tours get ids of their own and never replace another tour, and the
// problems of a data set or a tour file that does not load are shown in a window, not only on stderr.
#include "core/DataSetLoader.h"
#include "data/BuiltinData.h"
#include "ui/panels/LoadProblems.h"
#include "ui/panels/TourEditor.h"
#include "ui/state/ViewState.h"

#include "QtPrinters.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

// Makes a one-step tour titled `title` in a new editor and saves it into `folder`; returns the file.
QString saveTour(ViewState &state, const QString &folder, const QString &title)
{
    TourEditor editor(&state, folder);
    editor.findChild<QLineEdit *>(QStringLiteral("tourTitle"))->setText(title);
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("kirov-murder")));
    editor.addCurrentViewAsStep();
    QString error;
    EXPECT_TRUE(editor.save(&error)) << error.toStdString();
    return editor.savePath();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(TourSafety, TitlesGiveIdsOfTheirOwnAndNothingIsOverwritten)
{
    QTemporaryDir dir;
    ViewState state(test::builtinTimeline());
    // The built-in data set has a tour "great-terror": a teacher's tour of that title must not take its id.
    const QString first = saveTour(state, dir.path(), QStringLiteral("Great Terror"));
    EXPECT_EQ(QFileInfo(first).fileName(), QStringLiteral("great-terror-2.tour.yaml"));
    const QByteArray firstText = contents(first);
    // The same title again: a second file, the first one untouched.
    const QString second = saveTour(state, dir.path(), QStringLiteral("Great Terror"));
    EXPECT_EQ(QFileInfo(second).fileName(), QStringLiteral("great-terror-3.tour.yaml"));
    EXPECT_EQ(contents(first), firstText);
    // A Cyrillic title is transliterated, not "my-tour".
    const QString russian = saveTour(state, dir.path(), QStringLiteral("Большой террор"));
    EXPECT_EQ(QFileInfo(russian).fileName(), QStringLiteral("bolshoy-terror.tour.yaml"));
    // All three load with the built-in data set.
    const LoadResult r = DataSetLoader::loadDirectory(builtinDataSetPath(), {}, {dir.path()});
    EXPECT_TRUE(r.ok());
    for (const auto &t : r.rejectedTours)
        ADD_FAILURE() << LoadProblems::detailsText(t.diagnostics).toStdString();
    EXPECT_TRUE(r.data.tours.size() == test::builtinTimeline()->data().tours.size() + 3);
}

TEST(TourSafety, SavingAgainReplacesOnlyTheTourItself)
{
    QTemporaryDir dir;
    ViewState state(test::builtinTimeline());
    TourEditor editor(&state, dir.path());
    editor.findChild<QLineEdit *>(QStringLiteral("tourTitle"))->setText(QStringLiteral("Lesson"));
    state.setSelectedEvent(state.timeline().eventIndex(QStringLiteral("kirov-murder")));
    editor.addCurrentViewAsStep();
    QString error;
    ASSERT_TRUE(editor.save(&error));
    editor.addCurrentViewAsStep();
    ASSERT_TRUE(editor.save(&error));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("lesson.tour.yaml")});
}

TEST(LoadProblems, ABrokenDataSetIsShownWithEveryError)
{
    const LoadResult r = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_FIXTURES "/broken"));
    std::unique_ptr<QMessageBox> box(LoadProblems::dataSetErrors(QStringLiteral("broken"), r));
    EXPECT_EQ(box->text(), QStringLiteral("broken has 3 error(s) and was not opened."));
    EXPECT_TRUE(box->detailedText().contains(QStringLiteral("records.yaml:6:11: error: date '1927-13-40'")))
        << box->detailedText().toStdString();
    EXPECT_EQ(box->detailedText().count(u'\n'), qsizetype(r.diagnostics.all().size()) - 1);
    const LoadResult missing = DataSetLoader::loadDirectory(QStringLiteral("/no/such/folder"));
    std::unique_ptr<QMessageBox> io(LoadProblems::dataSetErrors(QStringLiteral("/no/such/folder"), missing));
    EXPECT_EQ(io->text(), QStringLiteral("/no/such/folder could not be read and was not opened."));
}

TEST(LoadProblems, RejectedToursAreNamedWithTheirErrors)
{
    const LoadResult r = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_FIXTURES "/tours-beside-data"));
    ASSERT_EQ(r.rejectedTours.size(), 3u);
    QMessageBox *box = LoadProblems::rejectedTours(r);
    ASSERT_TRUE(box);
    std::unique_ptr<QMessageBox> owner(box);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("c-broken.tour.yaml")));
    EXPECT_TRUE(box->detailedText().contains(QStringLiteral("malformed YAML")));
    const LoadResult clean = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_FIXTURES "/clean"));
    EXPECT_EQ(LoadProblems::rejectedTours(clean), nullptr);
}
