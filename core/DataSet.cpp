#include "DataSet.h"

#include <array>
#include <utility>

namespace khronika {

namespace {

constexpr std::array kStatusNames {
    std::pair {Status::Kind::Expelled, "expelled"},
    std::pair {Status::Kind::Reinstated, "reinstated"},
    std::pair {Status::Kind::Exiled, "exiled"},
    std::pair {Status::Kind::Deported, "deported"},
    std::pair {Status::Kind::Arrested, "arrested"},
    std::pair {Status::Kind::Released, "released"},
    std::pair {Status::Kind::Imprisoned, "imprisoned"},
    std::pair {Status::Kind::Executed, "executed"},
    std::pair {Status::Kind::Murdered, "murdered"},
    std::pair {Status::Kind::Died, "died"},
};

constexpr std::array kFateNames {
    std::pair {Actor::Fate::Alive, "alive"},
    std::pair {Actor::Fate::Natural, "natural"},
    std::pair {Actor::Fate::Executed, "executed"},
    std::pair {Actor::Fate::Murdered, "murdered"},
    std::pair {Actor::Fate::Suicide, "suicide"},
    std::pair {Actor::Fate::DiedInCustody, "died-in-custody"},
    std::pair {Actor::Fate::KilledInAction, "killed-in-action"},
    std::pair {Actor::Fate::Unknown, "unknown"},
};

constexpr std::array kPrecisionNames {
    std::pair {Place::Precision::Site, "site"},
    std::pair {Place::Precision::Town, "town"},
    std::pair {Place::Precision::Area, "area"},
};

template<typename Enum, size_t N> QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, QStringView name)
{
    for (const auto &[v, n] : names) {
        if (name == QLatin1StringView(n))
            return v;
    }
    return std::nullopt;
}

} // namespace

bool onMainMap(double latitude, double longitude)
{
    const double east = longitude < 0 ? longitude + 360.0 : longitude;
    return latitude >= kMainMap.south && latitude <= kMainMap.north && east >= kMainMap.west && east <= kMainMap.east;
}

QString precisionName(Place::Precision precision)
{
    return nameOf(kPrecisionNames, precision);
}

std::optional<Place::Precision> precisionFromName(QStringView name)
{
    return valueOf(kPrecisionNames, name);
}

QString statusName(Status::Kind kind)
{
    return nameOf(kStatusNames, kind);
}

std::optional<Status::Kind> statusFromName(QStringView name)
{
    return valueOf(kStatusNames, name);
}

QString measureName(int measure)
{
    switch (Series::Measure(measure)) {
    case Series::Measure::Count:
        return QStringLiteral("count");
    case Series::Measure::Year:
        return QStringLiteral("year");
    case Series::Measure::AgriculturalYear:
        return QStringLiteral("agricultural-year");
    }
    return {};
}

QString fateName(Actor::Fate fate)
{
    return nameOf(kFateNames, fate);
}

std::optional<Actor::Fate> fateFromName(QStringView name)
{
    return valueOf(kFateNames, name);
}

} // namespace khronika
