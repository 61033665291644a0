#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>

namespace khronika {

// A made-up data set for measuring the explorer at sizes no real one reaches yet: `events` events over
// 1923-1941, `events / 20` actors with careers (memberships that move between factions, arrests and
// deaths) and 12 factions. It is shaped like a real one, since that is what decides the cost of
// drawing it: dates cluster (congress seasons, purge years), about one event in eight is a span, one
// in ten is known only to the month and one in forty to the year; most events name actors and
// factions. The same options always give the same bytes.
struct SyntheticOptions {
    int events = 1000;
    std::uint32_t seed = 1923;
    // Events per file: the loader refuses files over its limits (8 MiB, a million nodes).
    int eventsPerFile = 2000;
};

// The data set's files: file name -> contents, dataset.yaml among them.
std::map<QString, QByteArray> syntheticDataSetFiles(const SyntheticOptions &options);

// Writes the files into `directory` (created if missing), each atomically; false with `error` set
// when a file cannot be written.
bool writeSyntheticDataSet(const QString &directory, const SyntheticOptions &options, QString *error);

} // namespace khronika
