#include "core/YamlTree.h"

#include "QtPrinters.h"

#include <QDataStream>
#include <QIODevice>

#include <map>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

struct Parsed {
    Diagnostics diagnostics;
    std::unique_ptr<YamlTree> tree;
    QString first() const { return diagnostics.all().empty() ? QString() : diagnostics.all().front().toString(); }
};

std::unique_ptr<Parsed> parse(const QByteArray &text, const YamlLimits &limits = {})
{
    auto p = std::make_unique<Parsed>();
    p->tree = std::make_unique<YamlTree>(text, QStringLiteral("f.yaml"), p->diagnostics, limits);
    return p;
}

} // namespace

TEST(YamlTree, KeepsLinesAndColumnsAndScalarsAsText)
{
    const auto p = parse("a: 1927\nb:\n  - 0500\n  - \"x\"\n");
    ASSERT_TRUE(p->tree->root());
    const YamlNode *b = p->tree->root()->value(QLatin1StringView("b"));
    ASSERT_TRUE(b && b->isSequence());
    EXPECT_EQ(b->items[0]->scalar, QStringLiteral("0500")); // text, not the octal number 320
    EXPECT_EQ(b->items[0]->line, 3);
    EXPECT_EQ(b->items[0]->column, 5);
    EXPECT_FALSE(b->items[0]->quoted);
    EXPECT_TRUE(b->items[1]->quoted);
    EXPECT_EQ(p->tree->root()->value(QLatin1StringView("a"))->scalar, QStringLiteral("1927"));
}

TEST(YamlTree, ReportsMalformedYamlWithItsPlace)
{
    const auto p = parse("a: [1, 2\nb: 3\n");
    EXPECT_FALSE(p->tree->root());
    ASSERT_EQ(p->diagnostics.errorCount(), 1);
    EXPECT_TRUE(p->first().startsWith(QStringLiteral("f.yaml:"))) << p->first().toStdString();
    EXPECT_TRUE(p->first().contains(QStringLiteral("malformed YAML"))) << p->first().toStdString();
}

TEST(YamlTree, LoneCommaDoesNotHang)
{
    // yaml-cpp 0.7 reports endless empty documents for this input.
    const auto p = parse(",");
    const YamlNode *root = p->tree->root();
    EXPECT_TRUE(!root || root->kind == YamlNode::Kind::Null);
}

TEST(YamlTree, ReportsDuplicateKeys)
{
    const auto p = parse("title: a\nid: x\ntitle: b\n");
    ASSERT_EQ(p->diagnostics.errorCount(), 1);
    EXPECT_EQ(p->first(), QStringLiteral("f.yaml:3:1: error: duplicate key 'title' (first given on line 1)"));
}

TEST(YamlTree, ReportsASecondDocument)
{
    const auto p = parse("a: 1\n---\nb: 2\n");
    ASSERT_EQ(p->diagnostics.errorCount(), 1);
    EXPECT_EQ(p->first(), QStringLiteral("f.yaml:3:1: error: a data file holds one YAML document; found another here"));
}

TEST(YamlTree, LimitsNestingDepth)
{
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += '[';
    for (int i = 0; i < 100; ++i)
        deep += ']';
    const auto p = parse(deep);
    EXPECT_FALSE(p->tree->root());
    EXPECT_EQ(p->first(), QStringLiteral("f.yaml:1:65: error: nesting deeper than 64 levels"));
}

TEST(YamlTree, StopsAliasBombs)
{
    // Each level doubles the previous: 2^30 nodes if expanded.
    QByteArray bomb = "a0: &a0 [x, x]\n";
    for (int i = 1; i <= 30; ++i)
        bomb += QStringLiteral("a%1: &a%1 [*a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    const auto p = parse(bomb);
    EXPECT_FALSE(p->tree->root());
    ASSERT_EQ(p->diagnostics.errorCount(), 1);
    EXPECT_TRUE(p->first().contains(QStringLiteral("expand to more than 1000000 nodes"))) << p->first().toStdString();
}

TEST(YamlTree, LimitsAliasCount)
{
    QByteArray text = "a: &a x\nb: [";
    for (int i = 0; i < 20; ++i)
        text += "*a, ";
    text += "*a]\n";
    YamlLimits limits;
    limits.maxAliases = 10;
    const auto p = parse(text, limits);
    EXPECT_FALSE(p->tree->root());
    EXPECT_TRUE(p->first().contains(QStringLiteral("more than 10 aliases"))) << p->first().toStdString();
}

TEST(YamlTree, RejectsRecursiveAlias)
{
    const auto p = parse("a: &a [*a]\n");
    EXPECT_FALSE(p->tree->root());
    ASSERT_GE(p->diagnostics.errorCount(), 1);
}

TEST(YamlTree, SharesAliasedNodes)
{
    const auto p = parse("a: &x {k: v}\nb: *x\n");
    ASSERT_TRUE(p->tree->root());
    EXPECT_EQ(p->tree->root()->value(QLatin1StringView("a")), p->tree->root()->value(QLatin1StringView("b")));
}

TEST(YamlTree, LimitsFileSizeAndRejectsBinary)
{
    YamlLimits limits;
    limits.maxFileBytes = 16;
    const auto big = parse(QByteArray(17, 'a'), limits);
    EXPECT_EQ(big->first(), QStringLiteral("f.yaml:1:1: error: file is 17 bytes, larger than the limit of 16"));
    const auto binary = parse(QByteArray("a: b\0c", 6));
    EXPECT_EQ(binary->first(), QStringLiteral("f.yaml:1:5: error: a NUL byte: a data file is text, not binary"));
}

TEST(YamlTree, RefusesTextThatIsNotUtf8WithItsPlace)
{
    const auto first = [](const QByteArray &text) { return parse(text)->first(); };
    // Overlong "/", an encoded surrogate, a code point past U+10FFFF, a truncated sequence.
    EXPECT_EQ(first("a: b\nc: \xc0\xaf\n"),
        QStringLiteral("f.yaml:2:4: error: invalid UTF-8 (byte 0xc0): save the file as UTF-8"));
    EXPECT_EQ(first("c: x\xed\xa0\x80\n"),
        QStringLiteral("f.yaml:1:5: error: invalid UTF-8 (byte 0xed): save the file as UTF-8"));
    EXPECT_EQ(first("c: \xf4\x90\x80\x80\n"),
        QStringLiteral("f.yaml:1:4: error: invalid UTF-8 (byte 0xf4): save the file as UTF-8"));
    EXPECT_EQ(
        first("c: \xe2\x82"), QStringLiteral("f.yaml:1:4: error: invalid UTF-8 (byte 0xe2): save the file as UTF-8"));
    // Columns count characters, not bytes: "Сталин" is six.
    EXPECT_EQ(first("name: Сталин\x7f\n"),
        QStringLiteral("f.yaml:1:13: error: the control character \\x7f: a data file may hold only printable text, "
                       "tabs and line breaks"));
    // A UTF-8 byte order mark is fine; UTF-16 and UTF-32 are named.
    EXPECT_TRUE(parse("\xef\xbb\xbf"
                      "a: b\n")
                    ->diagnostics.all()
                    .empty());
    EXPECT_TRUE(first(QByteArray("\xff\xfe"
                                 "a\0:\0",
                          6))
                    .contains(QStringLiteral("UTF-16 or UTF-32")));
    EXPECT_TRUE(first(QByteArray("\0\0\xfe\xff", 4)).contains(QStringLiteral("UTF-32")));
    // Tabs and CRLF line ends are text.
    EXPECT_TRUE(parse("a: \"x\ty\"\r\nb: c\r\n")->diagnostics.all().empty());
}

TEST(YamlTree, RefusesControlCharactersWrittenAsEscapes)
{
    const auto p = parse("a: \"one\\0two\"\nb: \"\\e[2J\"\nc: \"tab\\there\\nline\"\n");
    ASSERT_EQ(p->diagnostics.errorCount(), 2);
    EXPECT_EQ(p->diagnostics.all()[0].location.line, 1);
    EXPECT_EQ(p->diagnostics.all()[1].location.line, 2);
    EXPECT_TRUE(p->first().contains(QStringLiteral("control character \\x00 (written as an escape)")))
        << p->first().toStdString();
}

TEST(YamlTree, DirectiveWithoutADocumentIsAnError)
{
    EXPECT_EQ(parse("%YAML 1.2\n")->first(),
        QStringLiteral("f.yaml:1:1: error: no YAML document: a directive (%YAML, %TAG) must be followed by '---' and "
                       "a document"));
    EXPECT_TRUE(parse("# only a comment\n")->diagnostics.all().empty());
    EXPECT_TRUE(parse("%YAML 1.2\n---\na: b\n")->diagnostics.all().empty());
}

TEST(YamlTree, ADuplicateKeyIsPrintedAsWritten)
{
    EXPECT_EQ(parse("\"k%1%2\": a\n\"k%1%2\": b\n")->first(),
        QStringLiteral("f.yaml:2:1: error: duplicate key 'k%1%2' (first given on line 1)"));
}

namespace {

// The same tree, node for node: kinds, places, text, and the same sharing of aliased nodes.
void expectSameTree(const YamlNode *a, const YamlNode *b, std::map<const YamlNode *, const YamlNode *> &seen)
{
    ASSERT_EQ(a == nullptr, b == nullptr);
    if (!a)
        return;
    const auto [it, fresh] = seen.emplace(a, b);
    EXPECT_EQ(it->second, b) << "an aliased node is no longer shared";
    if (!fresh)
        return;
    EXPECT_EQ(a->kind, b->kind);
    EXPECT_EQ(a->line, b->line);
    EXPECT_EQ(a->column, b->column);
    EXPECT_EQ(a->quoted, b->quoted);
    EXPECT_EQ(a->scalar, b->scalar);
    ASSERT_EQ(a->items.size(), b->items.size());
    for (size_t i = 0; i < a->items.size(); ++i)
        expectSameTree(a->items[i], b->items[i], seen);
    ASSERT_EQ(a->map.size(), b->map.size());
    for (size_t i = 0; i < a->map.size(); ++i) {
        expectSameTree(a->map[i].first, b->map[i].first, seen);
        expectSameTree(a->map[i].second, b->map[i].second, seen);
    }
}

// How many nodes a walk of the tree visits (aliased nodes each time they are named).
int nodesWalked(const YamlNode *n)
{
    if (!n)
        return 0;
    int count = 1;
    for (const YamlNode *item : n->items)
        count += nodesWalked(item);
    for (const auto &[key, value] : n->map)
        count += nodesWalked(key) + nodesWalked(value);
    return count;
}

} // namespace

TEST(YamlTree, BinaryFormReadsBackTheSameTree)
{
    const auto p = parse("title: \"Пятилетка\"\nyears: [1928, 1932]\nplan: &p {grain: ~, steel: '4.3'}\n"
                         "again: *p\nempty:\nnote: |\n  two\n  lines\n");
    ASSERT_TRUE(p->tree->root());
    ASSERT_TRUE(p->diagnostics.all().empty());
    const QByteArray bytes = p->tree->toBinary();
    const auto back = YamlTree::fromBinary(bytes, QStringLiteral("g.yaml"));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->fileName(), QStringLiteral("g.yaml"));
    std::map<const YamlNode *, const YamlNode *> seen;
    expectSameTree(p->tree->root(), back->root(), seen);
    EXPECT_EQ(back->root()->value(QLatin1StringView("plan")), back->root()->value(QLatin1StringView("again")));
    EXPECT_EQ(
        back->locationOf(back->root()->value(QLatin1StringView("years"))).toString(), QStringLiteral("g.yaml:2:8"));
}

TEST(YamlTree, BinaryFormRefusesAnythingElse)
{
    const auto p = parse("a: [1, {b: c}]\nd: e\n");
    const QByteArray bytes = p->tree->toBinary();
    // The YAML itself, nothing, every truncation, and a byte more.
    EXPECT_FALSE(YamlTree::fromBinary("a: [1, {b: c}]\n", QStringLiteral("f")));
    EXPECT_FALSE(YamlTree::fromBinary({}, QStringLiteral("f")));
    for (qsizetype n = 0; n < bytes.size(); ++n)
        EXPECT_FALSE(YamlTree::fromBinary(bytes.left(n), QStringLiteral("f"))) << n;
    EXPECT_FALSE(YamlTree::fromBinary(bytes + '\0', QStringLiteral("f")));
    // Any byte changed: either refused or a tree that can be walked (no crash, no endless walk).
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray changed = bytes;
        changed[i] = char(changed[i] ^ 0x5a);
        const auto tree = YamlTree::fromBinary(changed, QStringLiteral("f"));
        if (tree) {
            EXPECT_LE(nodesWalked(tree->root()), 100) << "byte " << i;
        }
    }
}

TEST(YamlTree, BinaryFormRefusesANodeInsideItself)
{
    // One list whose only item is itself: walking it would never end.
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    const auto p = parse("[]\n");
    const QByteArray valid = p->tree->toBinary();
    out.writeRawData(valid.constData(), 4); // the form's mark, as toBinary writes it
    out << quint32(1) << qint32(0) << quint8(YamlNode::Kind::Sequence) << qint32(1) << qint32(1) << false << QString()
        << quint32(1) << qint32(0) << quint32(0);
    EXPECT_FALSE(YamlTree::fromBinary(bytes, QStringLiteral("f")));
    // The same with the item a fresh node is accepted: the refusal is for the loop alone.
    QByteArray fine;
    QDataStream ok(&fine, QIODevice::WriteOnly);
    ok.setVersion(QDataStream::Qt_6_0);
    ok.writeRawData(valid.constData(), 4);
    ok << quint32(2) << qint32(0) << quint8(YamlNode::Kind::Sequence) << qint32(1) << qint32(1) << false << QString()
       << quint32(1) << qint32(1) << quint32(0) << quint8(YamlNode::Kind::Scalar) << qint32(1) << qint32(2) << false
       << QStringLiteral("x") << quint32(0) << quint32(0);
    const auto tree = YamlTree::fromBinary(fine, QStringLiteral("f"));
    ASSERT_TRUE(tree);
    ASSERT_EQ(tree->root()->items.size(), 1u);
    EXPECT_EQ(tree->root()->items[0]->scalar, QStringLiteral("x"));
}
