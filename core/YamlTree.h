#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>
#include <utility>
#include <vector>

namespace khronika {

// Limits that keep a broken or hostile file from exhausting memory or time. Each measures what it says;
// data/README.md lists them with their errors.
struct YamlLimits {
    // Bytes in one file.
    qsizetype maxFileBytes = 8 * 1024 * 1024;
    // Lists and mappings inside one another.
    int maxDepth = 64;
    // Aliases (`*name`) in one file.
    int maxAliases = 1000;
    // Nodes made from the text of one file: each scalar, list and mapping once.
    qint64 maxNodes = 1'000'000;
    // Nodes the aliases of one file stand for, each alias counted as a copy of all it names; stops alias
    // bombs (a few lines that double at each level), since walking the tree visits an aliased node as
    // often as it is named.
    qint64 maxAliasExpansion = 1'000'000;
};

// A node of a parsed YAML document, with the place it starts at. Nodes are owned by their YamlTree;
// an alias is the very node it names, shared, so walking a tree visits shared nodes again (bounded by
// YamlLimits::maxAliasExpansion).
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    int line = 0; // 1-based
    int column = 0; // 1-based
    bool quoted = false; // a quoted scalar is always a string, never a number or a date
    QString scalar;
    std::vector<const YamlNode *> items; // Sequence
    std::vector<std::pair<const YamlNode *, const YamlNode *>> map; // Map: key, value in file order

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    const YamlNode *value(QLatin1StringView key) const; // nullptr when absent or not a map
    QString kindName() const;
};

// One YAML file parsed with yaml-cpp's event parser into a compact tree that keeps line and column for
// every node. Parsing reports malformed YAML, duplicate keys, more than one document, text that is not
// UTF-8, control characters and NUL (in the file or written as escapes in a quoted scalar) and every
// limit in YamlLimits as diagnostics; root() is nullptr when the file could not be read as a whole.
class YamlTree
{
public:
    YamlTree(const QByteArray &bytes, const QString &fileName, Diagnostics &diagnostics, const YamlLimits &limits = {});
    YamlTree(const YamlTree &) = delete;
    YamlTree &operator=(const YamlTree &) = delete;

    const YamlNode *root() const { return m_root; }
    const QString &fileName() const { return m_fileName; }
    Location locationOf(const YamlNode *node) const;

    // The tree in a compact binary form and back, so that a file parsed once (the built-in data set's,
    // when the program is built) is read again without yaml-cpp, which is most of the cost of loading
    // it. fromBinary gives nullptr for anything that is not a whole tree written by toBinary; it does
    // not apply YamlLimits (an alias is written once and shared), so it is for the program's own files,
    // never for a user's.
    QByteArray toBinary() const;
    static std::unique_ptr<YamlTree> fromBinary(const QByteArray &bytes, const QString &fileName);

private:
    explicit YamlTree(const QString &fileName);
    friend class YamlTreeBuilder;
    QString m_fileName;
    std::deque<YamlNode> m_nodes;
    const YamlNode *m_root = nullptr;
};

} // namespace khronika
