#include "YamlTree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QHash>
#include <QSet>

#include <sstream>

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
        return QStringLiteral("a scalar");
    case Kind::Sequence:
        return QStringLiteral("a list");
    case Kind::Map:
        return QStringLiteral("a mapping");
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
            fail(mark, QStringLiteral("more than %1 aliases in one file").arg(m_limits.maxAliases));
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.constEnd())
            fail(mark, QStringLiteral("alias to an unknown anchor"));
        if (m_open.contains(it.value()))
            fail(mark, QStringLiteral("alias refers to a node that contains it (a recursive alias)"));
        attach(it.value(), m_weights.value(it.value(), 1), mark);
    }

    void OnScalar(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        YamlNode &n = newNode(YamlNode::Kind::Scalar, mark);
        n.scalar = QString::fromUtf8(value.data(), qsizetype(value.size()));
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
            fail(mark, QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
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
        attach(f.node, f.weight, YAML::Mark());
    }

    void finish(YamlNode &n, YAML::anchor_t anchor, qint64 weight)
    {
        if (anchor != YAML::NullAnchor) {
            m_anchors.insert(anchor, &n);
            m_weights.insert(&n, weight);
        }
        attach(&n, weight, YAML::Mark());
    }

    // Adds a finished node (or an alias to one) to its parent.
    void attach(const YamlNode *n, qint64 weight, const YAML::Mark &aliasMark)
    {
        m_total += weight;
        if (m_total > m_limits.maxExpandedNodes) {
            const YAML::Mark mark = aliasMark.is_null() ? markOf(n) : aliasMark;
            fail(mark,
                QStringLiteral("the file expands to more than %1 nodes (an alias bomb?)")
                    .arg(m_limits.maxExpandedNodes));
        }
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
                    m_diagnostics.error(m_tree.locationOf(n),
                        QStringLiteral("duplicate key '%1' (first given on line %2)")
                            .arg(n->scalar)
                            .arg(previous.value()));
                } else {
                    parent.keyLines.insert(n->scalar, n->line);
                }
            }
            return;
        }
        parent.node->map.emplace_back(parent.pendingKey, n);
        parent.pendingKey = nullptr;
    }

    static YAML::Mark markOf(const YamlNode *n)
    {
        YAML::Mark m;
        m.line = n->line - 1;
        m.column = n->column - 1;
        return m;
    }

    YamlTree &m_tree;
    Diagnostics &m_diagnostics;
    const YamlLimits &m_limits;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, const YamlNode *> m_anchors;
    QHash<const YamlNode *, qint64> m_weights;
    QSet<const YamlNode *> m_open;
    const YamlNode *m_root = nullptr;
    qint64 m_total = 0;
    int m_aliases = 0;
};

YamlTree::YamlTree(const QByteArray &bytes, const QString &fileName, Diagnostics &diagnostics, const YamlLimits &limits)
    : m_fileName(fileName)
{
    if (bytes.size() > limits.maxFileBytes) {
        diagnostics.error({fileName, 1, 1},
            QStringLiteral("file is %1 bytes, larger than the limit of %2").arg(bytes.size()).arg(limits.maxFileBytes));
        return;
    }
    if (bytes.contains('\0')) {
        diagnostics.error({fileName, 1, 1}, QStringLiteral("file is binary, not YAML text"));
        return;
    }
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
                    QStringLiteral("a data file holds one YAML document; found another here"));
            }
        }
    } catch (const StopParsing &) {
        return;
    } catch (const YAML::Exception &e) {
        diagnostics.error({fileName, e.mark.is_null() ? 1 : e.mark.line + 1, e.mark.is_null() ? 1 : e.mark.column + 1},
            QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg)));
        return;
    } catch (const std::exception &e) {
        diagnostics.error({fileName, 1, 1}, QStringLiteral("could not read YAML: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_root = builder.root();
}

} // namespace khronika
