// Runs the fuzz target without libFuzzer, so that any compiler and every CI run exercise it: each file
// of the seed corpus, then a fixed set of pseudo-random mutations of them (the same on every run).
//
//   khronika_fuzz_replay                 the corpus built in (tests/fuzz/corpus) and its mutations
//   khronika_fuzz_replay FILE|DIR...     exactly these inputs, e.g. a crash file from the fuzzer
//   khronika_fuzz_replay --verbose       name every input before running it

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

constexpr int kMutations = 400;

// Fragments that mean something to a YAML parser or to the loader, inserted by the mutations.
const char *const kTokens[] = {"&a ", "*a", "<<: *a", "- ", ": ", "[", "]", "{", "}", "? ", "!!str ", "!!binary ", "'",
    "\"", "\n  ", "\n---\n", "\n...\n", "0500", "1e999", "-9223372036854775809", "1927-13-40", "0x1F", "\xef\xbb\xbf",
    "\t", "#", "|\n", ">-\n", "%YAML 1.2\n", "\\u0000", "\xd0\x9f", ",", "~", "null"};

struct Input {
    QString name;
    QByteArray bytes;
};

void run(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

void collect(const QString &path, std::vector<Input> &inputs)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const QString &name : QDir(path).entryList(QDir::Files, QDir::Name))
            collect(QDir(path).filePath(name), inputs);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    inputs.push_back({path, file.readAll()});
}

QByteArray mutate(const std::vector<Input> &corpus, const QByteArray &original, std::mt19937 &random)
{
    QByteArray bytes = original;
    const auto pick = [&](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(random() % uint32_t(n)); };
    const int steps = 1 + int(random() % 4);
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = pick(bytes.size() + 1);
        switch (random() % 6) {
        case 0: // flip a bit
            if (!bytes.isEmpty()) {
                const qsizetype i = pick(bytes.size());
                bytes[i] = char(bytes[i] ^ char(1 << (random() % 8)));
            }
            break;
        case 1: // insert a token
            bytes.insert(at, kTokens[random() % std::size(kTokens)]);
            break;
        case 2: // delete a range
            bytes.remove(at, pick(17));
            break;
        case 3: { // repeat a range, as deep nesting and long keys come about
            const qsizetype length = pick(33);
            const QByteArray chunk = bytes.mid(at, length);
            bytes.insert(at, chunk.repeated(1 + int(random() % 8)));
            break;
        }
        case 4: { // splice in part of another file
            const QByteArray &other = corpus[size_t(pick(qsizetype(corpus.size())))].bytes;
            const qsizetype from = pick(other.size());
            bytes.insert(at, other.mid(from, pick(65)));
            break;
        }
        default: // overwrite a byte with one that matters to YAML
            if (!bytes.isEmpty())
                bytes[pick(bytes.size())] = ":-[]{}&*\n \"'#!|>?,0\t"[random() % 21];
            break;
        }
    }
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    bool verbose = false;
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--verbose")
            verbose = true;
        else
            paths << arg;
    }
    const bool mutations = paths.isEmpty();
    if (paths.isEmpty())
        paths << QStringLiteral(KHRONIKA_FUZZ_CORPUS);

    std::vector<Input> corpus;
    for (const QString &path : paths)
        collect(path, corpus);
    if (corpus.empty()) {
        std::fprintf(stderr, "no inputs\n");
        return 2;
    }
    for (const Input &input : corpus) {
        if (verbose)
            std::fprintf(stderr, "%s\n", qPrintable(input.name));
        run(input.bytes);
    }
    int mutated = 0;
    if (mutations) {
        std::mt19937 random(1923);
        for (; mutated < kMutations; ++mutated) {
            const Input &base = corpus[size_t(mutated) % corpus.size()];
            const QByteArray bytes = mutate(corpus, base.bytes, random);
            if (verbose)
                std::fprintf(stderr, "mutation %d of %s (%lld bytes)\n", mutated, qPrintable(base.name),
                    static_cast<long long>(bytes.size()));
            run(bytes);
        }
    }
    std::printf("replayed %zu inputs and %d mutations without a crash\n", corpus.size(), mutated);
    return 0;
}
