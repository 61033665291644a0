// Input a new user or a hostile file could give the loader: files that are not regular files or lie
// outside the data set's folder, floods of problems, large but honest files, text that forges output,
// and saved tours that do not fit. Nothing may hang, flood, or take a good file for an attack.
#include "core/DataSetLoader.h"
#include "core/TourWriter.h"
#include "core/YamlTree.h"

#include "TestData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace khronika;
using namespace khronika::test;

namespace {

// A copy of tests/fixtures/clean in a temporary folder, to add hostile files to.
class CleanCopy
{
public:
    CleanCopy()
    {
        const QDir clean(QStringLiteral(KHRONIKA_FIXTURES "/clean"));
        for (const QString &name : clean.entryList(QDir::Files))
            QFile::copy(clean.filePath(name), dir.filePath(name));
    }
    QString path(const QString &name = {}) const { return name.isEmpty() ? dir.path() : dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    // Lists `name` after records.yaml in dataset.yaml.
    void list(const QString &name) const
    {
        QFile f(path(QStringLiteral("dataset.yaml")));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("files: [records.yaml", "files: [records.yaml, " + name.toUtf8());
        write(QStringLiteral("dataset.yaml"), text);
    }
    QTemporaryDir dir;
};

QString allMessages(const LoadResult &r)
{
    return messages(r).join(u'\n');
}

} // namespace

TEST(HostileInput, AFifoIsRefusedWithoutWaiting)
{
    CleanCopy data;
    ASSERT_EQ(::mkfifo(QFile::encodeName(data.path(QStringLiteral("pipe.yaml"))).constData(), 0600), 0);
    data.list(QStringLiteral("pipe.yaml"));
    // Opening a FIFO for reading blocks until a writer comes: if the loader did, this test would hang
    // (ctest's timeout ends it).
    const LoadResult r = DataSetLoader::loadDirectory(data.path());
    EXPECT_TRUE(r.ioFailure);
    EXPECT_TRUE(allMessages(r).contains(QStringLiteral("cannot read 'pipe.yaml': it is a FIFO, not a regular file")))
        << allMessages(r).toStdString();
}

TEST(HostileInput, LinksOutOfTheFolderAreNotFollowed)
{
    for (const char *target : {"/dev/stdin", "/etc/passwd", "/proc/self/environ", "/"}) {
        CleanCopy data;
        ASSERT_EQ(::symlink(target, QFile::encodeName(data.path(QStringLiteral("link.yaml"))).constData()), 0);
        data.list(QStringLiteral("link.yaml"));
        const LoadResult r = DataSetLoader::loadDirectory(data.path());
        EXPECT_TRUE(r.ioFailure) << target;
        EXPECT_TRUE(allMessages(r).contains(QStringLiteral("outside the data set's folder")))
            << target << ": " << allMessages(r).toStdString();
    }
}

TEST(HostileInput, ALinkInsideTheFolderIsReadOnce)
{
    CleanCopy data;
    // Twelve names for one file: read once, the others are errors, not twelve more copies to check.
    for (int i = 0; i < 12; ++i) {
        const QString name = QStringLiteral("again-%1.yaml").arg(i);
        ASSERT_EQ(::symlink("records.yaml", QFile::encodeName(data.path(name)).constData()), 0);
        data.list(name);
    }
    const LoadResult r = DataSetLoader::loadDirectory(data.path());
    EXPECT_EQ(r.diagnostics.errorCount(), 12) << allMessages(r).toStdString();
    EXPECT_TRUE(allMessages(r).contains(QStringLiteral("it is the same file as 'records.yaml', read already")));
}

TEST(HostileInput, AFileOverTheSizeLimitIsAnIoErrorBeforeItIsRead)
{
    CleanCopy data;
    data.write(QStringLiteral("big.yaml"), QByteArray(5000, '#'));
    data.list(QStringLiteral("big.yaml"));
    YamlLimits limits;
    limits.maxFileBytes = 4096;
    const LoadResult r = DataSetLoader::loadDirectory(data.path(), limits);
    EXPECT_TRUE(r.ioFailure);
    EXPECT_TRUE(allMessages(r).contains(
        QStringLiteral("cannot read 'big.yaml': the file is 5000 bytes, larger than the limit of 4096")))
        << allMessages(r).toStdString();
}

TEST(HostileInput, LargeHonestFilesAreNotTakenForAliasBombs)
{
    // 9,000 events in one file (about 1.7 MB): each node counts once, not once per ancestor.
    QByteArray events = "events:\n";
    for (int i = 0; i < 9000; ++i)
        events += QStringLiteral("  - id: event-%1\n    title: Event number %1 of a long chronicle\n    date: 1925\n"
                                 "    category: congress\n    importance: 1\n    summary: Something happened on "
                                 "this day, at some length, as summaries go.\n    sources: [{ ref: service-2004, "
                                 "page: \"1\" }]\n")
                      .arg(i)
                      .toUtf8();
    ASSERT_GT(events.size(), 1'500'000);
    Diagnostics d1;
    const YamlTree big(events, QStringLiteral("events.yaml"), d1);
    EXPECT_TRUE(big.root());
    EXPECT_EQ(d1.errorCount(), 0) << (d1.all().empty() ? std::string() : d1.all().front().toString().toStdString());

    // 340,000 plain nodes in 680 KB.
    QByteArray plain = "a:\n";
    for (int i = 0; i < 340'000; ++i)
        plain += "- x\n";
    Diagnostics d2;
    const YamlTree many(plain, QStringLiteral("plain.yaml"), d2);
    EXPECT_TRUE(many.root());
    EXPECT_EQ(d2.errorCount(), 0);

    // The limit still holds where it means something: nodes made...
    YamlLimits limits;
    limits.maxNodes = 1000;
    Diagnostics d3;
    const YamlTree tooMany(plain, QStringLiteral("plain.yaml"), d3, limits);
    EXPECT_FALSE(tooMany.root());
    ASSERT_EQ(d3.errorCount(), 1);
    EXPECT_EQ(
        d3.all().front().toString(), QStringLiteral("plain.yaml:999:3: error: the file has more than 1000 nodes"));
    // ...and nodes the aliases stand for.
    QByteArray bomb = "a0: &a0 [x, x]\n";
    for (int i = 1; i <= 30; ++i)
        bomb += QStringLiteral("a%1: &a%1 [*a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    Diagnostics d4;
    const YamlTree exploded(bomb, QStringLiteral("bomb.yaml"), d4);
    EXPECT_FALSE(exploded.root());
    ASSERT_EQ(d4.errorCount(), 1);
    EXPECT_TRUE(d4.all().front().message.contains(QStringLiteral("expand to more than 1000000 nodes")));
}

TEST(HostileInput, AFloodOfDuplicateKeysIsCountedButNotAllKept)
{
    // 400,000 duplicate keys (2 MB, 800,000 nodes): as many errors, of which a hundred are kept and the
    // rest counted.
    QByteArray flood;
    for (int i = 0; i < 40'000; ++i)
        flood += "k: 1\nk: 2\nk: 3\nk: 4\nk: 5\nk: 6\nk: 7\nk: 8\nk: 9\nk: 0\n";
    QElapsedTimer timer;
    timer.start();
    Diagnostics d;
    const YamlTree tree(flood, QStringLiteral("flood.yaml"), d);
    d.sort();
    EXPECT_EQ(d.errorCount(), 399'999);
    ASSERT_EQ(d.all().size(), 101u);
    EXPECT_EQ(
        d.all()[99].toString(), QStringLiteral("flood.yaml:101:1: error: duplicate key 'k' (first given on line 1)"));
    EXPECT_EQ(d.all().back().toString(),
        QStringLiteral("flood.yaml: note: … and 399899 more problem(s) in this file, not shown"));
    // Not a bound on speed (sanitizers slow everything tenfold), a bound on runaway work.
    EXPECT_LT(timer.elapsed(), 120'000);
}

TEST(HostileInput, ProblemsAcrossFilesAreCappedInAll)
{
    DiagnosticLimits limits;
    limits.perFile = 3;
    limits.total = 5;
    Diagnostics d(limits);
    for (int file = 0; file < 4; ++file) {
        for (int i = 0; i < 4; ++i)
            d.error({QStringLiteral("f%1.yaml").arg(file), i + 1, 1}, QStringLiteral("e"));
    }
    d.sort();
    QStringList lines;
    for (const Diagnostic &x : d.all())
        lines << x.toString();
    EXPECT_EQ(lines,
        QStringList({QStringLiteral("f0.yaml:1:1: error: e"), QStringLiteral("f0.yaml:2:1: error: e"),
            QStringLiteral("f0.yaml:3:1: error: e"),
            QStringLiteral("f0.yaml: note: … and 1 more problem(s) in this file, not shown"),
            QStringLiteral("f1.yaml:1:1: error: e"), QStringLiteral("f1.yaml:2:1: error: e"),
            QStringLiteral("f1.yaml: note: … and 2 more problem(s) in this file, not shown"),
            QStringLiteral("f2.yaml: note: … and 4 more problem(s) in this file, not shown"),
            QStringLiteral("f3.yaml: note: … and 4 more problem(s) in this file, not shown")}));
    EXPECT_EQ(d.errorCount(), 16);
}

TEST(HostileInput, QuotedTextCannotForgeADiagnosticOrCommandTheTerminal)
{
    Diagnostic d {{QStringLiteral("a\nb.yaml"), 1, 2}, Diagnostic::Severity::Error,
        QStringLiteral("unknown field 'x\nrecords.yaml:1:1: error: forged\x1b]0;owned\x07\x1b[2J\u202e'")};
    EXPECT_EQ(d.toString(),
        QStringLiteral("a\\nb.yaml:1:2: error: unknown field 'x\\nrecords.yaml:1:1: error: "
                       "forged\\x1b]0;owned\\x07\\x1b[2J\\u202e'"));
}

TEST(HostileInput, ABadTourFileIsLeftOutAndTheOthersLoad)
{
    CleanCopy data;
    const QByteArray step = "    steps:\n      - { title: S, events: [congress-14], narration: N }\n";
    data.write(QStringLiteral("a-good.tour.yaml"), "tours:\n  - id: good\n    title: Good\n" + step);
    data.write(QStringLiteral("b-broken.tour.yaml"), "tours: [\n");
    data.write(QStringLiteral("c-unknown-event.tour.yaml"),
        "tours:\n  - id: other\n    title: O\n    steps:\n      - { title: S, events: [nothing], narration: N }\n");
    data.write(QStringLiteral("d-same-id.tour.yaml"), "tours:\n  - id: good\n    title: Again\n" + step);
    data.write(QStringLiteral("e-events.tour.yaml"), "events: []\n");
    const LoadResult r = DataSetLoader::loadDirectory(data.path());
    EXPECT_TRUE(r.ok()) << allMessages(r).toStdString();
    ASSERT_EQ(r.data.tours.size(), 1u);
    EXPECT_EQ(r.data.tours[0].id, QStringLiteral("good"));
    QStringList rejected;
    for (const auto &t : r.rejectedTours)
        rejected << QFileInfo(t.file).fileName() + u' ' + QString::number(t.diagnostics.errorCount());
    EXPECT_EQ(rejected,
        QStringList({QStringLiteral("b-broken.tour.yaml 1"), QStringLiteral("c-unknown-event.tour.yaml 1"),
            QStringLiteral("d-same-id.tour.yaml 1"), QStringLiteral("e-events.tour.yaml 1")}));
}

TEST(HostileInput, ATourTitleGivesAReadableUniqueId)
{
    EXPECT_EQ(TourWriter::idForTitle(QStringLiteral("Great Terror")), QStringLiteral("great-terror"));
    EXPECT_EQ(TourWriter::idForTitle(QStringLiteral("Большой террор")), QStringLiteral("bolshoy-terror"));
    EXPECT_EQ(
        TourWriter::idForTitle(QStringLiteral("Съезд победителей, 1934")), QStringLiteral("sezd-pobediteley-1934"));
    EXPECT_EQ(TourWriter::idForTitle(QStringLiteral("Élan vital!")), QStringLiteral("elan-vital"));
    EXPECT_EQ(TourWriter::idForTitle(QStringLiteral("???")), QStringLiteral("tour"));
    QTemporaryDir dir;
    QFile(dir.filePath(QStringLiteral("great-terror-2.tour.yaml"))).open(QIODevice::WriteOnly);
    EXPECT_EQ(TourWriter::uniqueId(QStringLiteral("Great Terror"), {QStringLiteral("great-terror")}, dir.path()),
        QStringLiteral("great-terror-3"));
    EXPECT_EQ(TourWriter::uniqueId(QStringLiteral("Famine"), {QStringLiteral("great-terror")}, dir.path()),
        QStringLiteral("famine"));
}

TEST(HostileInput, ASavedTourDropsControlCharactersSoItLoadsBack)
{
    Tour t;
    t.id = QStringLiteral("t");
    t.title = QStringLiteral("T");
    TourStep s;
    s.title = QStringLiteral("S");
    s.events = {QStringLiteral("congress-14")};
    s.narration = QStringLiteral("before");
    s.narration += QChar(0);
    s.narration += QStringLiteral("after\x1b[2J");
    t.steps.push_back(s);
    CleanCopy data;
    data.write(QStringLiteral("t.tour.yaml"), TourWriter::toYaml({t}));
    const LoadResult r = DataSetLoader::loadDirectory(data.path());
    ASSERT_TRUE(r.rejectedTours.empty()) << LoadResult().diagnostics.all().size();
    ASSERT_EQ(r.data.tours.size(), 1u);
    EXPECT_EQ(r.data.tours[0].steps[0].narration, QStringLiteral("beforeafter[2J"));
}
