#include "SyntheticDataSet.h"

#include "AtomicFile.h"
#include "Date.h"

#include <QDir>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace khronika {

namespace {

// Only the generator's raw output is used (never the standard distributions, whose results differ
// between standard libraries), so that a seed gives the same files everywhere.
class Random
{
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    { }
    // Uniform in [0, n).
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % std::uint32_t(n)); }
    // Uniform in [0, 1).
    double unit() { return double(m_engine()) / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    // Roughly normal, mean 0 and deviation 1 (the sum of twelve uniforms).
    double normal()
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += unit();
        return sum - 6;
    }
    template<typename List> const auto &pick(const List &list) { return list[size_t(below(int(std::size(list))))]; }

private:
    std::mt19937 m_engine;
};

constexpr std::array kCategories = {"congress", "plenum", "policy", "economy", "purge", "trial", "culture", "foreign",
    "military", "collectivisation", "construction", "leadership"};
constexpr std::array kSubjects = {"Plenum", "Conference", "Decree", "Trial", "Speech", "Resolution", "Meeting",
    "Campaign", "Report", "Session", "Appointment", "Arrest", "Strike", "Treaty", "Congress", "Purge"};
constexpr std::array kTopics = {"on grain procurement", "of the Moscow committee", "on the Five Year Plan",
    "of the Leningrad organisation", "on heavy industry", "on the kolkhozes", "of the Comintern", "on the Red Army",
    "on schools", "on the railways", "of the trade unions", "on the opposition", "on prices", "on the press",
    "of the Ukrainian party", "on the border", "on the Urals metallurgy", "on the textile trusts"};
constexpr std::array kFirstNames = {"Ivan", "Pyotr", "Nikolai", "Sergei", "Mikhail", "Aleksei", "Grigory", "Lev",
    "Andrei", "Yakov", "Vasily", "Semyon", "Maria", "Anna", "Yelena", "Olga", "Kliment", "Lazar", "Avel", "Valerian"};
constexpr std::array kLastNames = {"Ivanov", "Petrov", "Sidorov", "Kuznetsov", "Smirnov", "Popov", "Sokolov", "Lebedev",
    "Kozlov", "Novikov", "Morozov", "Volkov", "Alekseev", "Stepanov", "Pavlov", "Semyonov", "Golubev", "Vinogradov",
    "Bogdanov", "Vorobyov", "Fyodorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov"};
constexpr std::array kWords = {"the", "committee", "resolved", "to", "raise", "quotas", "and", "the", "delegates",
    "voted", "for", "new", "measures", "against", "deviation", "in", "the", "regions", "while", "reports", "spoke",
    "of", "shortages", "and", "unrest", "among", "workers", "peasants", "officials"};
// The same surnames in Cyrillic, for the native names (and for searching in Russian).
constexpr std::array kLastNamesNative
    = {u"Иванов", u"Петров", u"Сидоров", u"Кузнецов", u"Смирнов", u"Попов", u"Соколов", u"Лебедев", u"Козлов",
        u"Новиков", u"Морозов", u"Волков", u"Алексеев", u"Степанов", u"Павлов", u"Семёнов", u"Голубев", u"Виноградов",
        u"Богданов", u"Воробьёв", u"Фёдоров", u"Михайлов", u"Беляев", u"Тарасов", u"Белов", u"Комаров"};
static_assert(kLastNamesNative.size() == kLastNames.size());
constexpr std::array kRoles = {"speaker", "chair", "accused", "author", "signatory", "delegate", "witness"};
constexpr std::array kColours = {"#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
    "#999999", "#882255", "#332288", "#AA4499"};
constexpr int kFactions = 12;
constexpr int kSources = 20;

// Seasons when much happened at once (congresses, plenums, the trials of 1936-38): most events fall
// close to one of them, the rest anywhere in the period.
std::vector<Day> busySeasons(Random &random, Day first, Day last)
{
    std::vector<Day> seasons;
    for (int i = 0; i < 48; ++i)
        seasons.push_back(first + Day(random.below(int(last - first + 1))));
    // The terror years, densest of all.
    const Day terror = Date {1936, 8, 1, Date::Precision::Day}.firstDay();
    for (int i = 0; i < 16; ++i)
        seasons.push_back(terror + Day(random.below(800)));
    return seasons;
}

QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    out += s.toUtf8().replace('\\', "\\\\").replace('"', "\\\"");
    return out + '"';
}

QByteArray sentence(Random &random, int words)
{
    QByteArray out = "The";
    for (int i = 0; i < words; ++i) {
        out += ' ';
        out += random.pick(kWords);
    }
    return out + '.';
}

} // namespace

std::map<QString, QByteArray> syntheticDataSetFiles(const SyntheticOptions &options)
{
    Random random(options.seed);
    const int eventCount = std::max(0, options.events);
    const int actorCount = std::max(1, eventCount / 20);
    const Day first = Date {1923, 1, 1, Date::Precision::Day}.firstDay();
    const Day last = Date {1941, 6, 22, Date::Precision::Day}.firstDay();
    std::map<QString, QByteArray> files;

    QByteArray dataset = "title: Synthetic data set of " + QByteArray::number(eventCount) + " events\n"
        + "description: Made up by khronika-gen for measuring the explorer; none of it happened.\n"
        + "licence: CC0-1.0\nperiod: { from: 1923, to: 1941 }\nfiles: [sources.yaml, factions.yaml, actors.yaml";
    const int perFile = std::max(1, options.eventsPerFile);
    const int eventFiles = (eventCount + perFile - 1) / perFile;
    for (int i = 0; i < eventFiles; ++i)
        dataset += ", events-" + QByteArray::number(i + 1).rightJustified(3, '0') + ".yaml";
    dataset += "]\ncategories:\n";
    for (const char *c : kCategories)
        dataset += QByteArray("  - { id: ") + c + ", title: Category " + c + " }\n";
    dataset += "offices:\n  - { id: commissar, title: People's Commissar, rank: 6 }\n";
    files[QStringLiteral("dataset.yaml")] = dataset;

    QByteArray sources = "sources:\n";
    for (int s = 0; s < kSources; ++s)
        sources += "  - { id: src-" + QByteArray::number(s) + ", author: A. Historian " + QByteArray::number(s)
            + ", title: A History in Volume " + QByteArray::number(s + 1)
            + ", year: " + QByteArray::number(1960 + s * 3) + ", publisher: A Press }\n";
    files[QStringLiteral("sources.yaml")] = sources;
    const auto citation = [&random] {
        return "[{ ref: src-" + QByteArray::number(random.below(kSources)) + ", page: \""
            + QByteArray::number(1 + random.below(600)) + "\" }]";
    };

    QByteArray factions = "factions:\n";
    for (int f = 0; f < kFactions; ++f) {
        factions += "  - id: faction-" + QByteArray::number(f) + "\n    name: Synthetic faction "
            + QByteArray::number(f) + "\n    short: F" + QByteArray::number(f) + "\n    colour: \""
            + kColours[size_t(f)] + "\"\n    from: 1922\n"
            + "    description: A made-up faction.\n    sources: " + citation() + "\n";
    }
    files[QStringLiteral("factions.yaml")] = factions;

    // Actors: each belongs to a faction from some year, a third move to another later, and some are
    // arrested and shot in the terror years; events name only actors alive on their date.
    struct SyntheticActor {
        Day born = 0;
        std::optional<Day> died;
    };
    std::vector<SyntheticActor> actors(static_cast<size_t>(actorCount));
    QByteArray actorText = "actors:\n";
    for (int a = 0; a < actorCount; ++a) {
        SyntheticActor &actor = actors[size_t(a)];
        const int bornYear = 1870 + random.below(35);
        actor.born = Date {bornYear, 1 + random.below(12), 1 + random.below(28), Date::Precision::Day}.firstDay();
        // The terror's victims: arrested from August 1936, shot some months later.
        std::optional<Day> arrested;
        if (random.chance(0.2)) {
            arrested = Date {1936, 8, 1, Date::Precision::Day}.firstDay() + Day(random.below(700));
            actor.died = *arrested + 30 + Day(random.below(200));
        }
        const int lastYear = actor.died ? Date::fromDay(*actor.died).year - 1 : 1941;
        const int joined = 1922 + random.below(10);
        const int faction = random.below(kFactions);
        QByteArray memberships
            = "      - { faction: faction-" + QByteArray::number(faction) + ", from: " + QByteArray::number(joined);
        const int moved = joined + 1 + random.below(std::max(1, lastYear - joined));
        if (random.chance(0.33) && moved <= lastYear) {
            memberships += ", to: " + QByteArray::number(moved - 1) + " }\n      - { faction: faction-"
                + QByteArray::number((faction + 1 + random.below(kFactions - 1)) % kFactions)
                + ", from: " + QByteArray::number(moved);
        }
        if (actor.died)
            memberships += ", to: " + Date::fromDay(*arrested).toIso().toUtf8();
        memberships += " }\n";
        QByteArray statuses;
        QByteArray fate = "alive";
        if (actor.died) {
            fate = "executed";
            statuses = "    statuses:\n      - { date: " + Date::fromDay(*arrested).toIso().toUtf8()
                + ", status: arrested }\n      - { date: " + Date::fromDay(*actor.died).toIso().toUtf8()
                + ", status: executed }\n";
        }
        const size_t surname = size_t(random.below(int(kLastNames.size())));
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(QLatin1StringView(random.pick(kFirstNames)),
                                     QLatin1StringView(kLastNames[surname]), QString::number(a + 1));
        const QString nativeName = QString::fromUtf16(kLastNamesNative[surname]) + u' ' + QString::number(a + 1);
        actorText += "  - id: actor-" + QByteArray::number(a + 1) + "\n    name: " + quoted(name)
            + "\n    native_name: " + quoted(nativeName) + "\n    born: " + Date::fromDay(actor.born).toIso().toUtf8()
            + "\n";
        if (actor.died)
            actorText += "    died: " + Date::fromDay(*actor.died).toIso().toUtf8() + "\n";
        actorText += "    fate: " + fate + "\n    summary: A made-up party official.\n    memberships:\n" + memberships
            + statuses + "    sources: " + citation() + "\n";
    }
    files[QStringLiteral("actors.yaml")] = actorText;

    const std::vector<Day> seasons = busySeasons(random, first, last);
    QByteArray events;
    int inFile = 0, fileNumber = 0;
    const auto flush = [&] {
        if (events.isEmpty())
            return;
        files[QStringLiteral("events-%1.yaml").arg(fileNumber, 3, 10, QLatin1Char('0'))] = "events:\n" + events;
        events.clear();
        inFile = 0;
    };
    for (int e = 0; e < eventCount; ++e) {
        if (inFile == 0)
            ++fileNumber;
        Day day = first + Day(random.below(int(last - first + 1)));
        if (random.chance(0.7)) {
            const Day centre = seasons[size_t(random.below(int(seasons.size())))];
            day = std::clamp(centre + Day(std::lround(random.normal() * 12)), first, last);
        }
        Date date = Date::fromDay(day);
        std::optional<Date> end;
        const double shape = random.unit();
        if (shape < 0.025) {
            date = Date {date.year, 0, 0, Date::Precision::Year};
        } else if (shape < 0.125) {
            date = Date {date.year, date.month, 0, Date::Precision::Month};
        } else if (shape < 0.2) {
            // A span of days: a trial, a congress, a campaign.
            end = Date::fromDay(std::min(last, day + 1 + Day(random.below(random.chance(0.7) ? 20 : 400))));
        } else if (shape < 0.245) {
            // A span known only to the month: a campaign "from October 1929 to March 1930".
            date = Date {date.year, date.month, 0, Date::Precision::Month};
            const Date to = Date::fromDay(std::min(last, day + 31 + Day(random.below(500))));
            end = Date {to.year, to.month, 0, Date::Precision::Month};
        }
        const int importance = random.chance(0.03) ? 3 : random.chance(0.2) ? 2 : 1;
        const QString title = QStringLiteral("%1 %2 %3")
                                  .arg(QLatin1StringView(random.pick(kSubjects)),
                                      QLatin1StringView(random.pick(kTopics)), QString::number(e + 1));
        events += "  - id: event-" + QByteArray::number(e + 1) + "\n    title: " + quoted(title)
            + "\n    date: " + date.toIso().toUtf8() + "\n";
        if (end)
            events += "    end: " + end->toIso().toUtf8() + "\n";
        events += QByteArray("    category: ") + random.pick(kCategories)
            + "\n    importance: " + QByteArray::number(importance) + "\n";
        // Actors alive through the event; a few tries, so an event in 1941 may name nobody.
        const int wanted = random.chance(0.6) ? 1 + random.below(3) : 0;
        QByteArray named;
        std::vector<int> chosen;
        for (int tries = 0; tries < wanted * 4 && int(chosen.size()) < wanted; ++tries) {
            const int a = random.below(actorCount);
            const SyntheticActor &actor = actors[size_t(a)];
            const Day to = (end ? *end : date).lastDay();
            if (actor.born > date.firstDay() || (actor.died && *actor.died < to)
                || std::find(chosen.begin(), chosen.end(), a) != chosen.end())
                continue;
            chosen.push_back(a);
            named += QByteArray(named.isEmpty() ? "" : ", ") + "{ id: actor-" + QByteArray::number(a + 1)
                + ", role: " + random.pick(kRoles) + " }";
        }
        if (!named.isEmpty())
            events += "    actors: [" + named + "]\n";
        const double factionShape = random.unit();
        if (factionShape < 0.7) {
            events += "    factions: [faction-" + QByteArray::number(random.below(kFactions)) + "]\n";
        } else if (factionShape < 0.85) {
            const int a = random.below(kFactions);
            const int b = (a + 1 + random.below(kFactions - 1)) % kFactions;
            events += "    factions: [faction-" + QByteArray::number(a) + ", faction-" + QByteArray::number(b) + "]\n";
        }
        events += "    summary: " + sentence(random, 8 + random.below(14)) + "\n    sources: " + citation() + "\n";
        if (++inFile == perFile)
            flush();
    }
    flush();
    return files;
}

bool writeSyntheticDataSet(const QString &directory, const SyntheticOptions &options, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(directory);
        return false;
    }
    for (const auto &[name, bytes] : syntheticDataSetFiles(options)) {
        if (!writeFileAtomically(QDir(directory).filePath(name), bytes, error))
            return false;
    }
    return true;
}

} // namespace khronika
