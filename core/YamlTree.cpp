#include "YamlTree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <sstream>
#include <unordered_map>

namespace khronika {

const YamlNode *YamlNode::value(QLatin1StringView key) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (const auto &[k, v] : map) {
        if (k->isScalar() && k->scalar == key)
            return v;
    }
    return nullptr;
}

QString YamlNode::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("nothing");
    case Kind::Scalar:
        return QCoreApplication::translate("Diagnostics", "a scalar");
    case Kind::Sequence:
        return QCoreApplication::translate("Diagnostics", "a list");
    case Kind::Map:
        return QCoreApplication::translate("Diagnostics", "a mapping");
    }
    return {};
}

Location YamlTree::locationOf(const YamlNode *node) const
{
    if (!node)
        return {m_fileName, 0, 0};
    return {m_fileName, node->line, node->column};
}

namespace {

// "KYT" and the form's version: a change of the form below changes the version.
constexpr quint32 kBinaryMagic = 0x4b595401;
constexpr auto kBinaryStreamVersion = QDataStream::Qt_6_0;

// Whether no node lies inside itself: walking a tree must end, whatever the bytes it was read from.
// Node i's children are children[begin[i], begin[i + 1]), as indices.
bool isAcyclic(const std::vector<qint32> &begin, const std::vector<qint32> &children)
{
    enum : char { Unseen, Open, Done };
    const size_t count = begin.size() - 1;
    std::vector<char> state(count, Unseen);
    std::vector<std::pair<qint32, qint32>> stack; // a node and the next of its children to visit
    for (size_t start = 0; start < count; ++start) {
        if (state[start] != Unseen)
            continue;
        state[start] = Open;
        stack.emplace_back(qint32(start), begin[start]);
        while (!stack.empty()) {
            const auto [n, next] = stack.back();
            if (next == begin[size_t(n) + 1]) {
                state[size_t(n)] = Done;
                stack.pop_back();
                continue;
            }
            ++stack.back().second;
            const qint32 c = children[size_t(next)];
            if (state[size_t(c)] == Open)
                return false;
            if (state[size_t(c)] == Unseen) {
                state[size_t(c)] = Open;
                stack.emplace_back(c, begin[size_t(c)]);
            }
        }
    }
    return true;
}

} // namespace

YamlTree::YamlTree(const QString &fileName)
    : m_fileName(fileName)
{ }

// Nodes are written in the order they were made, each naming its items by index, so that a node an
// alias shares is written once and stays shared.
QByteArray YamlTree::toBinary() const
{
    std::unordered_map<const YamlNode *, qint32> index;
    for (const YamlNode &n : m_nodes)
        index.emplace(&n, qint32(index.size()));
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kBinaryStreamVersion);
    out << kBinaryMagic << quint32(m_nodes.size()) << (m_root ? index.at(m_root) : qint32(-1));
    for (const YamlNode &n : m_nodes) {
        out << quint8(n.kind) << qint32(n.line) << qint32(n.column) << n.quoted << n.scalar;
        out << quint32(n.items.size());
        for (const YamlNode *item : n.items)
            out << index.at(item);
        out << quint32(n.map.size());
        for (const auto &[key, value] : n.map)
            out << index.at(key) << index.at(value);
    }
    return bytes;
}

std::unique_ptr<YamlTree> YamlTree::fromBinary(const QByteArray &bytes, const QString &fileName)
{
    QDataStream in(bytes);
    in.setVersion(kBinaryStreamVersion);
    quint32 magic = 0, count = 0;
    qint32 root = -1;
    in >> magic >> count >> root;
    // Every node takes more than 16 bytes: a count beyond that is not of this form, and must not be
    // allowed to allocate.
    if (in.status() != QDataStream::Ok || magic != kBinaryMagic || count > quint32(bytes.size() / 16) || root < -1
        || root >= qint32(count))
        return nullptr;
    std::unique_ptr<YamlTree> tree(new YamlTree(fileName));
    tree->m_nodes.resize(count);
    const auto node = [&](qint32 i) -> const YamlNode * {
        return i >= 0 && i < qint32(count) ? &tree->m_nodes[size_t(i)] : nullptr;
    };
    std::vector<qint32> begin, children;
    begin.reserve(count + 1);
    for (YamlNode &n : tree->m_nodes) {
        begin.push_back(qint32(children.size()));
        quint8 kind = 0;
        qint32 line = 0, column = 0;
        quint32 items = 0, pairs = 0;
        in >> kind >> line >> column >> n.quoted >> n.scalar >> items;
        if (in.status() != QDataStream::Ok || kind > quint8(YamlNode::Kind::Map) || items > quint32(bytes.size() / 4))
            return nullptr;
        n.kind = YamlNode::Kind(kind);
        n.line = line;
        n.column = column;
        n.items.reserve(items);
        for (quint32 k = 0; k < items; ++k) {
            qint32 i = -1;
            in >> i;
            if (!node(i))
                return nullptr;
            n.items.push_back(node(i));
            children.push_back(i);
        }
        in >> pairs;
        if (in.status() != QDataStream::Ok || pairs > quint32(bytes.size() / 8))
            return nullptr;
        n.map.reserve(pairs);
        for (quint32 k = 0; k < pairs; ++k) {
            qint32 key = -1, value = -1;
            in >> key >> value;
            if (!node(key) || !node(value))
                return nullptr;
            n.map.emplace_back(node(key), node(value));
            children.push_back(key);
            children.push_back(value);
        }
    }
    begin.push_back(qint32(children.size()));
    if (in.status() != QDataStream::Ok || !in.atEnd() || !isAcyclic(begin, children))
        return nullptr;
    tree->m_root = node(root);
    return tree;
}

namespace {

// Characters no data file may hold: C0 controls but tab, line feed and carriage return; DEL; C1 controls.
bool isForbiddenControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
}

// Checks that `bytes` are UTF-8 text: reports a UTF-16 or UTF-32 byte order mark, malformed or overlong
// sequences, encoded surrogates, NUL and control characters, each at its line and column (counted in
// characters). Returns false when anything was found: such a file is not parsed.
bool checkText(const QByteArray &bytes, const QString &fileName, Diagnostics &diagnostics)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff))) {
        diagnostics.error({fileName, 1, 1},
            QCoreApplication::translate(
                "Diagnostics", "the file is UTF-16 or UTF-32 (it starts with a byte order mark); save it as UTF-8"));
        return false;
    }
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff) {
        diagnostics.error({fileName, 1, 1},
            QCoreApplication::translate(
                "Diagnostics", "the file is UTF-32 (it starts with a byte order mark); save it as UTF-8"));
        return false;
    }
    bool clean = true;
    int line = 1;
    int column = 1;
    int problemsOnLine = 0;
    int problemLine = 0;
    const auto report = [&](const QString &message) {
        clean = false;
        // One report per line is enough to find it; a binary file would give one per byte.
        if (problemLine == line && ++problemsOnLine > 1)
            return;
        if (problemLine != line) {
            problemLine = line;
            problemsOnLine = 1;
        }
        diagnostics.error({fileName, line, column}, diagnostics.keeps(fileName) ? message : QString());
    };
    qsizetype i = 0;
    if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
        i = 3; // a UTF-8 byte order mark is allowed
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b == 0)
                report(QCoreApplication::translate("Diagnostics", "a NUL byte: a data file is text, not binary"));
            else if (isForbiddenControl(b))
                report(QCoreApplication::translate("Diagnostics",
                    "the control character %1: a data file may hold only printable text, tabs "
                    "and line breaks")
                           .arg(QString(QChar(char16_t(b)))));
            if (b == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            ++i;
            continue;
        }
        // The lengths and first continuation byte ranges of well-formed UTF-8 (Unicode, table 3-7), which
        // leave out overlong forms, surrogates and code points past U+10FFFF.
        int length = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b == 0xe0)
                low = 0xa0;
            else if (b == 0xed)
                high = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b == 0xf0)
                low = 0x90;
            else if (b == 0xf4)
                high = 0x8f;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char c = p[i + k];
            ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xbf);
        }
        if (!ok) {
            report(QCoreApplication::translate("Diagnostics", "invalid UTF-8 (byte 0x%1): save the file as UTF-8")
                       .arg(int(b), 2, 16, QLatin1Char('0')));
            ++i;
            ++column;
            continue;
        }
        char32_t code = b & (0xff >> (length + 1));
        for (int k = 1; k < length; ++k)
            code = (code << 6) | (p[i + k] & 0x3f);
        if (isForbiddenControl(code))
            report(QCoreApplication::translate("Diagnostics",
                "the control character %1: a data file may hold only printable text, tabs and "
                "line breaks")
                       .arg(QString(QChar(char16_t(code)))));
        i += length;
        ++column;
    }
    return clean;
}

// The first line that holds something other than blanks and comments, or 0.
int firstContentLine(const QByteArray &bytes)
{
    int line = 0;
    for (const QByteArray &text : bytes.split('\n')) {
        ++line;
        const QByteArray t = text.trimmed();
        if (!t.isEmpty() && !t.startsWith('#') && t != "---" && t != "...")
            return line;
    }
    return 0;
}

// Thrown from inside the event handler to stop the parser at the first structural problem; the
// problem is already in the diagnostics.
struct StopParsing {
};

// Answers whether a further document holds anything, without building it.
class DocumentProbe : public YAML::EventHandler
{
public:
    struct Found {
        YAML::Mark mark;
    };
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &m, YAML::anchor_t) override { throw Found {m}; }
    void OnAlias(const YAML::Mark &m, YAML::anchor_t) override { throw Found {m}; }
    void OnScalar(const YAML::Mark &m, const std::string &, YAML::anchor_t, const std::string &) override
    {
        throw Found {m};
    }
    void OnSequenceStart(const YAML::Mark &m, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        throw Found {m};
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &m, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        throw Found {m};
    }
    void OnMapEnd() override { }
};

} // namespace

// Builds a YamlTree from yaml-cpp's events, enforcing the limits as it goes so that nothing hostile is
// ever expanded.
class YamlTreeBuilder : public YAML::EventHandler
{
public:
    YamlTreeBuilder(YamlTree &tree, Diagnostics &diagnostics, const YamlLimits &limits)
        : m_tree(tree)
        , m_diagnostics(diagnostics)
        , m_limits(limits)
    { }

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode &n = newNode(YamlNode::Kind::Null, mark);
        finish(n, anchor, 1);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (++m_aliases > m_limits.maxAliases)
            fail(mark,
                QCoreApplication::translate("Diagnostics", "more than %1 aliases in one file")
                    .arg(m_limits.maxAliases));
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.constEnd())
            fail(mark, QCoreApplication::translate("Diagnostics", "alias to an unknown anchor"));
        if (m_open.contains(it.value()))
            fail(mark,
                QCoreApplication::translate(
                    "Diagnostics", "alias refers to a node that contains it (a recursive alias)"));
        const qint64 weight = m_weights.value(it.value(), 1);
        m_expanded += weight;
        if (m_expanded > m_limits.maxAliasExpansion)
            fail(mark,
                QCoreApplication::translate(
                    "Diagnostics", "the aliases of this file expand to more than %1 nodes (an alias bomb?)")
                    .arg(m_limits.maxAliasExpansion));
        attach(it.value(), weight);
    }

    void OnScalar(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        YamlNode &n = newNode(YamlNode::Kind::Scalar, mark);
        n.scalar = QString::fromUtf8(value.data(), qsizetype(value.size()));
        // The bytes of the file are checked before parsing; escapes in a quoted scalar ("\0", "\x1b")
        // can still make control characters, which no field may hold (a NUL would end the text early).
        for (const QChar c : std::as_const(n.scalar)) {
            if (isForbiddenControl(c.unicode())) {
                m_diagnostics.error(m_tree.locationOf(&n),
                    QCoreApplication::translate("Diagnostics",
                        "text holds the control character %1 (written as an escape); a data file "
                        "may hold only printable text, tabs and line breaks")
                        .arg(QString(c)));
                break;
            }
        }
        // yaml-cpp tags a quoted scalar "!" and a plain one "?".
        n.quoted = tag == "!";
        finish(n, anchor, 1);
    }

    void OnSequenceStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(newNode(YamlNode::Kind::Sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(newNode(YamlNode::Kind::Map, mark), anchor, mark);
    }
    void OnMapEnd() override { close(); }

    const YamlNode *root() const { return m_root; }

private:
    struct Frame {
        YamlNode *node;
        YAML::anchor_t anchor;
        qint64 weight;
        const YamlNode *pendingKey; // maps: the key waiting for its value
        QHash<QString, int> keyLines;
    };

    YamlNode &newNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        if (++m_made > m_limits.maxNodes)
            fail(mark,
                QCoreApplication::translate("Diagnostics", "the file has more than %1 nodes").arg(m_limits.maxNodes));
        YamlNode &n = m_tree.m_nodes.emplace_back();
        n.kind = kind;
        n.line = mark.line + 1;
        n.column = mark.column + 1;
        return n;
    }

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        m_diagnostics.error({m_tree.m_fileName, mark.line + 1, mark.column + 1}, message);
        throw StopParsing {};
    }

    void open(YamlNode &n, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            fail(mark,
                QCoreApplication::translate("Diagnostics", "nesting deeper than %1 levels").arg(m_limits.maxDepth));
        if (anchor != YAML::NullAnchor) {
            m_anchors.insert(anchor, &n);
            m_open.insert(&n);
        }
        m_stack.push_back({&n, anchor, 1, nullptr, {}});
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        m_open.remove(f.node);
        if (f.anchor != YAML::NullAnchor)
            m_weights.insert(f.node, f.weight);
        attach(f.node, f.weight);
    }

    void finish(YamlNode &n, YAML::anchor_t anchor, qint64 weight)
    {
        if (anchor != YAML::NullAnchor) {
            m_anchors.insert(anchor, &n);
            m_weights.insert(&n, weight);
        }
        attach(&n, weight);
    }

    // Adds a finished node (or an alias to one) to its parent. `weight` is the number of nodes it stands
    // for, aliases inside it counted as copies: what an alias to it adds to the expansion.
    void attach(const YamlNode *n, qint64 weight)
    {
        if (m_stack.empty()) {
            if (!m_root)
                m_root = n;
            return;
        }
        Frame &parent = m_stack.back();
        parent.weight += weight;
        if (parent.node->kind == YamlNode::Kind::Sequence) {
            parent.node->items.push_back(n);
            return;
        }
        if (!parent.pendingKey) {
            parent.pendingKey = n;
            if (n->isScalar()) {
                const auto previous = parent.keyLines.constFind(n->scalar);
                if (previous != parent.keyLines.constEnd()) {
                    // Counted always, worded only when it will be shown: a flood of duplicates is cheap.
                    // One arg() call: a key holding "%1" must not be taken for a place holder.
                    m_diagnostics.error(m_tree.locationOf(n),
                        m_diagnostics.keeps(m_tree.m_fileName)
                            ? QCoreApplication::translate("Diagnostics", "duplicate key '%1' (first given on line %2)")
                                  .arg(n->scalar, QString::number(previous.value()))
                            : QString());
                } else {
                    parent.keyLines.insert(n->scalar, n->line);
                }
            }
            return;
        }
        parent.node->map.emplace_back(parent.pendingKey, n);
        parent.pendingKey = nullptr;
    }

    YamlTree &m_tree;
    Diagnostics &m_diagnostics;
    const YamlLimits &m_limits;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, const YamlNode *> m_anchors;
    QHash<const YamlNode *, qint64> m_weights;
    QSet<const YamlNode *> m_open;
    const YamlNode *m_root = nullptr;
    qint64 m_made = 0;
    qint64 m_expanded = 0;
    int m_aliases = 0;
};

YamlTree::YamlTree(const QByteArray &bytes, const QString &fileName, Diagnostics &diagnostics, const YamlLimits &limits)
    : m_fileName(fileName)
{
    if (bytes.size() > limits.maxFileBytes) {
        diagnostics.error({fileName, 1, 1},
            QCoreApplication::translate("Diagnostics", "file is %1 bytes, larger than the limit of %2")
                .arg(bytes.size())
                .arg(limits.maxFileBytes));
        return;
    }
    if (!checkText(bytes, fileName, diagnostics))
        return;
    const int errorsBefore = diagnostics.errorCount();
    std::istringstream stream(std::string(bytes.constData(), size_t(bytes.size())));
    YamlTreeBuilder builder(*this, diagnostics, limits);
    try {
        YAML::Parser parser(stream);
        // One document per file. Never loop over HandleNextDocument: yaml-cpp 0.7 reports endless
        // empty documents for some input (a lone ",").
        parser.HandleNextDocument(builder);
        if (builder.root()) {
            DocumentProbe probe;
            try {
                parser.HandleNextDocument(probe);
            } catch (const DocumentProbe::Found &found) {
                diagnostics.error({fileName, found.mark.line + 1, found.mark.column + 1},
                    QCoreApplication::translate(
                        "Diagnostics", "a data file holds one YAML document; found another here"));
            }
        }
    } catch (const StopParsing &) {
        return;
    } catch (const YAML::Exception &e) {
        diagnostics.error({fileName, e.mark.is_null() ? 1 : e.mark.line + 1, e.mark.is_null() ? 1 : e.mark.column + 1},
            QCoreApplication::translate("Diagnostics", "malformed YAML: %1").arg(QString::fromStdString(e.msg)));
        return;
    } catch (const std::exception &e) {
        diagnostics.error({fileName, 1, 1},
            QCoreApplication::translate("Diagnostics", "could not read YAML: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_root = builder.root();
    // yaml-cpp reads "%YAML 1.2" alone as no document at all, without a word.
    if (!m_root && diagnostics.errorCount() == errorsBefore) {
        if (const int line = firstContentLine(bytes))
            diagnostics.error({fileName, line, 1},
                QCoreApplication::translate("Diagnostics",
                    "no YAML document: a directive (%YAML, %TAG) must be followed by '---' and a "
                    "document"));
    }
}

} // namespace khronika
