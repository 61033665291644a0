// Every file the programs write goes through writeFileAtomically (exports, handouts, tours, screenshots):
// a write that fails on purpose must leave the old file whole and say why in the system's words.
#include "core/AtomicFile.h"
#include "core/TourWriter.h"

#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace khronika;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writePlain(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Files in `dir` other than `keep`: a failed write must leave no temporary file behind.
QStringList strayFiles(const QDir &dir, const QString &keep)
{
    QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.removeAll(keep);
    return names;
}

// Limits the size of any file this process writes, as `ulimit -f` does, for the life of the object; the
// signal that would kill the process is ignored so that write() fails with EFBIG instead.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

TEST(AtomicFile, WritesAndReplacesKeepingPermissions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    QString error;
    ASSERT_TRUE(writeFileAtomically(path, "first", &error)) << error.toStdString();
    EXPECT_EQ(contents(path), QByteArray("first"));
    ::chmod(QFile::encodeName(path).constData(), 0640);
    ASSERT_TRUE(writeFileAtomically(path, "second", &error)) << error.toStdString();
    EXPECT_EQ(contents(path), QByteArray("second"));
    struct stat st {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
    EXPECT_EQ(strayFiles(QDir(dir.path()), QStringLiteral("out.txt")), QStringList());
}

TEST(AtomicFile, AFailedWriteKeepsTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    writePlain(path, "the old export");
    QString error;
    {
        const FileSizeLimit limit(4096);
        EXPECT_FALSE(writeFileAtomically(path, QByteArray(100'000, 'x'), &error));
    }
    EXPECT_EQ(error, QStringLiteral("cannot write %1: File too large").arg(path));
    EXPECT_EQ(contents(path), QByteArray("the old export"));
    EXPECT_EQ(strayFiles(QDir(dir.path()), QStringLiteral("view.png")), QStringList());
}

TEST(AtomicFile, AFailedTourSaveKeepsTheOldTour)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.tour.yaml"));
    writePlain(path, "tours: []\n");
    Tour tour;
    tour.id = QStringLiteral("lesson");
    tour.title = QStringLiteral("Lesson");
    TourStep step;
    step.title = QStringLiteral("Step");
    step.narration = QString(20'000, u'n');
    tour.steps.push_back(step);
    QString error;
    {
        const FileSizeLimit limit(4096);
        EXPECT_FALSE(TourWriter::save(path, {tour}, &error));
    }
    EXPECT_TRUE(error.endsWith(QStringLiteral(": File too large"))) << error.toStdString();
    EXPECT_EQ(contents(path), QByteArray("tours: []\n"));
}

TEST(AtomicFile, RefusesADirectoryAndAMissingFolder)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(writeFileAtomically(dir.path(), "x", &error));
    EXPECT_EQ(error, QStringLiteral("cannot write %1: Is a directory").arg(dir.path()));
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.png"));
    EXPECT_FALSE(writeFileAtomically(missing, "x", &error));
    EXPECT_EQ(error, QStringLiteral("cannot write %1: No such file or directory").arg(missing));
}

// A full disk for real: a 64 KiB tmpfs, which only root may mount (skipped otherwise).
TEST(AtomicFile, AFullDiskKeepsTheOldFileAndSaysNoSpaceLeft)
{
    QTemporaryDir dir;
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::geteuid() != 0 || ::mount("khronika-test", mountPoint.constData(), "tmpfs", 0, "size=64k") != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    // Unmounted whatever the test finds, so that the temporary folder can go.
    struct Unmount {
        QByteArray point;
        ~Unmount() { ::umount(point.constData()); }
    } unmount {mountPoint};
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    writePlain(path, "%PDF the old handout %%EOF");
    QString error;
    EXPECT_FALSE(writeFileAtomically(path, QByteArray(200'000, 'x'), &error));
    EXPECT_EQ(error, QStringLiteral("cannot write %1: No space left on device").arg(path));
    EXPECT_EQ(contents(path), QByteArray("%PDF the old handout %%EOF"));
    EXPECT_EQ(strayFiles(QDir(dir.path()), QStringLiteral("handout.pdf")), QStringList());
}
