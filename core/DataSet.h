#pragma once

#include "Date.h"
#include "Diagnostic.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace khronika {

// The records of a data set as plain values, exactly as the YAML files give them once validated.
// References between records are ids here; Timeline resolves them to indices.

// A work of the bibliography.
struct Source {
    QString id;
    QString author;
    QString title;
    int year = 0;
    QString publisher;
    QString url;
    QString authorNote; // which copy of the work was read: for the data's authors only
    Location location;
};

// A citation of a work, with an optional page or section.
struct SourceRef {
    QString ref;
    QString page;
    QString authorNote; // where the page was read (a copy, a translation): for the data's authors only
    Location location;
};

// A citation a reader can check: it gives a page (or chapter, table, section), or the work has an
// address. A book cited without a page only sends a student to the whole book.
inline bool isCheckable(const SourceRef &ref, const Source &work)
{
    return !ref.page.isEmpty() || !work.url.isEmpty();
}

struct Misconception {
    QString claim;
    QString correction;
};

// An actor named on an event, with their role in it.
struct ActorRef {
    QString id;
    QString role;
    bool posthumous = false;
    Location location;
};

struct Event {
    QString id;
    QString title;
    Date date;
    std::optional<Date> end;
    QString category;
    int importance = 1; // 3 turning point, 2 major, 1 detail
    std::vector<ActorRef> actors;
    std::vector<QString> factions;
    QString summary;
    std::vector<SourceRef> sources;
    QString notes; // a note for the class: what a teacher or student reads beside the summary
    // What only the data's authors read: how a date or figure was checked, which copy was read. Never
    // shown in the explorer or a handout; kept in `khronika-check --json`.
    QString authorNote;
    std::optional<Misconception> misconception;
    // Where it happened, as Place ids; each may be empty. An event may have a place and a region (a
    // town within a famine region), or a route.
    QString place; // where it happened
    std::vector<QString> route; // a movement (a deportation, an exile): from -> (via ->) to
    QString region; // a Place of precision Area
    Location location;

    // The days the event covers: from the first day of `date` to the last day of `end` (or of `date`).
    DayRange range() const { return {date.firstDay(), (end ? *end : date).lastDay()}; }
};

// A kind of office declared by the data set, with the power it gave (1-10): the order in which
// offices are listed, not a measure of a person's standing (see StandingLevel).
struct OfficeKind {
    QString id;
    QString title;
    int rank = 1;
    Location location;
};

// An office an actor held.
struct Office {
    QString office; // an OfficeKind id
    QString title; // the precise post; empty to use the kind's title
    Date from;
    std::optional<Date> to; // open while still held at the end of the data set's period
    int rank = 0; // 0: the kind's rank
    Location location;
};

struct Membership {
    QString faction;
    Date from;
    std::optional<Date> to;
    Location location;
};

// A change in an actor's standing that is not an office: expelled, exiled, arrested, ...
struct Status {
    enum class Kind {
        Expelled,
        Reinstated,
        Exiled,
        Deported,
        Arrested,
        Released,
        Imprisoned,
        Executed,
        Murdered,
        Died
    };
    Date date;
    Kind kind = Kind::Expelled;
    QString note; // for the class
    QString authorNote; // for the data's authors only, like Event::authorNote
    Location location;
};

// A level of the standing scale a data set declares in dataset.yaml, highest first: where a person
// stood in the party and state, as historians judge it, rather than which offices they held.
struct StandingLevel {
    QString id;
    QString title; // short: it labels the career chart's axis
    QString description;
    Location location;
};

// A dated change of an actor's standing: from `date` the actor stands at `level` until the next point
// or their death. Every point says why and cites where the judgement comes from.
struct StandingPoint {
    Date date;
    QString level; // a StandingLevel id
    QString reason; // one line, for the class
    QString contested; // where historians disagree about the date or the judgement, both sides
    std::vector<SourceRef> sources;
    Location location;
};

QString statusName(Status::Kind kind);
QString measureName(int measure); // Series::Measure as written in the data: "count", "year", ...
std::optional<Status::Kind> statusFromName(QStringView name);

struct Actor {
    enum class Fate { Alive, Natural, Executed, Murdered, Suicide, DiedInCustody, KilledInAction, Unknown };
    QString id;
    QString name;
    QString nativeName;
    Date born;
    std::optional<Date> died;
    Fate fate = Fate::Alive;
    QString fateNote;
    QString summary;
    std::vector<Office> offices;
    std::vector<Membership> memberships;
    std::vector<Status> statuses;
    std::vector<StandingPoint> standing; // in date order
    std::vector<SourceRef> sources;
    Location location;
};

QString fateName(Actor::Fate fate);
std::optional<Actor::Fate> fateFromName(QStringView name);

struct Faction {
    QString id;
    QString name;
    QString shortName; // where room is short (a lane's title on a projector); may be empty
    // The short name if there is one, else the name.
    const QString &shortOrName() const { return shortName.isEmpty() ? name : shortName; }
    QString colour; // #RRGGBB
    Date from;
    std::optional<Date> to;
    QString description;
    std::vector<SourceRef> sources;
    Location location;
};

// What a point of a series is, which decides how charts draw it: a count taken on its date (a point),
// a figure for a calendar year, or for an agricultural year, July to June, written as the year it
// ends in (a step across the days it covers).
enum class SeriesMeasure { Count, Year, AgriculturalYear };

struct SeriesPoint {
    enum class Kind { Actual, Target };
    Date date;
    double value = 0;
    Kind kind = Kind::Actual;
    QString variant; // a target's plan variant ("basic", "optimal", ...)
    // False when the figure is taken from a table the data's authors could not read themselves (a
    // standard figure "as commonly reproduced"): charts draw it open, so a class sees what is unchecked.
    bool checked = true;
    // Why the figure's standing is in question (a suppressed census, a contested count): charts mark
    // the point and say this beside it. Empty for an ordinary figure.
    QString caveat;
    // A point measured otherwise than its series says (an agricultural year in a series of calendar
    // years); nothing: the series' measure.
    std::optional<SeriesMeasure> measure;
    Location location;
};

struct Series {
    using Measure = SeriesMeasure;
    QString id;
    QString title;
    QString unit;
    QString group;
    QString basis; // what the figures are, for the class
    QString authorNote; // how they were checked, for the data's authors only
    Measure measure = Measure::Count;
    // Charts join the points with a line only when the series says that the values in between
    // follow it; otherwise nothing is drawn between measured points.
    bool interpolate = false;
    std::vector<SourceRef> sources;
    std::vector<SeriesPoint> points;
    Location location;

    // How many of the points are not checked against a readable source.
    int uncheckedCount() const
    {
        return int(std::count_if(points.begin(), points.end(), [](const SeriesPoint &p) { return !p.checked; }));
    }
};

struct Period {
    QString id;
    QString title;
    Date from;
    Date to;
    // The period is an economic plan (a Five Year Plan): "which plan was in force?" asks these.
    bool plan = false;
    // How a plan ended when not with its last planned year ("cut short by the German invasion of
    // 22 June 1941"): charts say it where a result is compared with a later target.
    QString ended;
    QString description;
    std::vector<SourceRef> sources;
    Location location;
};

struct TourStep {
    QString title;
    std::vector<QString> events;
    std::optional<Date> rangeFrom;
    std::optional<Date> rangeTo;
    std::vector<QString> actors;
    QString narration;
    QString teacherNote;
    QString chart; // an economy chart shown with the step (economyChartIds()), or empty
    // The plots of that chart the step is about (economyChartPlots()), shown first when room is
    // short; empty: all of them.
    std::vector<QString> plots;
    QString document; // a document shown large while presenting the step, or empty
    // The date the narration compares with ("herds had been roughly halved" since 1928): the step's
    // view reaches back to take it in, so that the chart shows it.
    std::optional<Date> baseline;
    // `view: map`: while the step is presented the map takes the chart's place, showing the step's window
    // and cursor, and the handout prints the map for it; a step shows a chart or the map, not both.
    bool showsMap = false;
    Location location;
};

struct Tour {
    QString id;
    QString title;
    QString description;
    std::vector<TourStep> steps;
    Location location;
};

// A short extract from a document of the period (a letter, speech, decree or order), shown with the
// events it belongs to. The extract is quoted from a published translation, named in `translation`,
// or translated for the data set from the original; it is never reconstructed from memory.
struct Document {
    QString id;
    QString title;
    Date date;
    QString author;
    QString extract; // at most about 80 words
    QString origin; // the archive or publication the document comes from
    QString translation; // the translation quoted, or "translated for this data set"
    std::vector<QString> events; // event ids
    std::vector<SourceRef> sources; // where the extract was read
    Location location;

    // The words of the extract, for the length rule.
    int wordCount() const { return int(extract.split(u' ', Qt::SkipEmptyParts).size()); }
};

// A place events happened at, or an area (a region such as the Kuban or the famine regions).
struct Place {
    enum class Precision { Site, Town, Area }; // a building or camp / a town or city / an area
    QString id;
    QString name; // in the data set's first language; translated() gives others
    double latitude = 0.0; // degrees north, WGS84
    double longitude = 0.0; // degrees east (negative west: Mexico City is -99.13)
    Precision precision = Precision::Town;
    // For an Area: its outline as (latitude, longitude) points, closed implicitly; empty otherwise.
    std::vector<std::pair<double, double>> outline;
    std::optional<Date> namedFrom; // known under this name only from this date (Magnitogorsk 1929...)
    // Drawn in an inset rather than on the main map: a place far from the USSR (Prinkipo, Mexico City).
    // Only an inset place may lie outside the main map (kMainMapLatitude, kMainMapLongitude).
    bool inset = false;
    QString notes; // for the class: that an outline is approximate, what the place was
    QString authorNote; // for the data's authors only, like Event::authorNote
    std::vector<SourceRef> sources;
    Location location;
};

// The part of the globe the main map shows, in degrees: north and east (east longitudes run past 180
// to take in Chukotka, so that a place at -170 lies at 190). A place outside it must be an inset.
struct MapBounds {
    double south = 30.0;
    double north = 85.0;
    double west = 15.0;
    double east = 190.0;
};
inline constexpr MapBounds kMainMap {};
// Whether a point lies on the main map, with longitudes west of Greenwich counted on past 180 east.
bool onMainMap(double latitude, double longitude);

QString precisionName(Place::Precision precision);
std::optional<Place::Precision> precisionFromName(QStringView name);

struct Category {
    QString id;
    QString title;
    Location location;
};

// The texts of a data set in one of its other languages, as its translation files give them: each
// text under the key of the field it translates (see Translation.h), e.g. "events/kirov-murder/title".
using TextCatalogue = QHash<QString, QString>;

// What a translated record says it was translated from: `source_hash`, a short hash of the source
// language's texts it gives (Translation.h, sourceTextHash). When the source text changes, the hash no
// longer matches and the checker warns that the translation may be stale. The loader keeps one per
// translated record (a record, a tour step, a standing point or status, the data set's own texts).
struct TranslationStamp {
    QString language;
    QString record; // "events/kirov-murder", "tours/great-terror/steps/3", "dataset"
    QString what; // the record in words, for diagnostics
    QStringList keys; // the texts the record translates, e.g. "events/kirov-murder/title"
    Location where; // the translated record's mapping in its file
    int firstValueLine = 0; // the line of the mapping's first value (its id, step or date)
    Location hashAt; // its source_hash value; line 0 when it has none
    QString hash; // as written; empty when none
};

// A whole data set: what dataset.yaml declares and the records of all its files.
struct DataSet {
    QString title;
    QString description;
    QString licence;
    // The languages the data set is written in, as language codes ("en", "ru"); the first is the
    // language of the record files, the others come from translation files. Empty when dataset.yaml
    // declares none: the records are then taken to be English.
    QStringList languages;
    // Languages still being translated: their missing texts are counted, not reported one by one.
    QStringList unfinishedLanguages;
    // Every language but the first, with all its texts. The records above keep the source language, so
    // that a search can match both; translated() gives the data set in one language.
    std::map<QString, TextCatalogue> translations;
    std::vector<TranslationStamp> translationStamps;
    Date periodFrom;
    Date periodTo;
    std::vector<Category> categories;
    std::vector<OfficeKind> officeKinds;
    std::vector<StandingLevel> standingLevels; // highest first; empty when the data set draws no standing
    std::vector<Source> sources;
    std::vector<Event> events;
    std::vector<Actor> actors;
    std::vector<Faction> factions;
    std::vector<Series> series;
    std::vector<Period> periods;
    std::vector<Tour> tours;
    std::vector<Document> documents;
    std::vector<Place> places;
    Location location; // dataset.yaml
};

} // namespace khronika
