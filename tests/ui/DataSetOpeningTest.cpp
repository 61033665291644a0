#include "ui/DataSetOpening.h"

#include "core/SyntheticDataSet.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace khronika;

TEST(DataSetOpening, LoadsAFolderOnAnotherThread)
{
    const std::optional<LoadResult> loaded = loadWithProgress(QStringLiteral(KHRONIKA_FIXTURES "/clean"));
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(loaded->ok());
    EXPECT_EQ(loaded->data.events.size(), 2u);
}

TEST(DataSetOpening, TheEventLoopRunsWhileItLoadsAndCancelStopsIt)
{
    QTemporaryDir dir;
    SyntheticOptions options;
    options.events = 20000;
    options.eventsPerFile = 100; // 200 files: Cancel is heard long before the last
    QString error;
    ASSERT_TRUE(writeSyntheticDataSet(dir.path(), options, &error)) << error.toStdString();
    // A timer fires while loading runs: the window would answer. It presses Cancel.
    bool fired = false;
    QTimer::singleShot(0, [&] {
        fired = true;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QProgressDialog *>(w)) {
                for (QPushButton *button : dialog->findChildren<QPushButton *>())
                    button->click();
            }
        }
    });
    const std::optional<LoadResult> loaded = loadWithProgress(dir.path());
    EXPECT_TRUE(fired);
    EXPECT_FALSE(loaded.has_value()) << "loading ran to the end though Cancel was pressed";
}
