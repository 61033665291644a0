#include "ui/view/MapData.h"

#include <QtEndian>

namespace khronika {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    bool has(qsizetype count) const { return m_pos + count <= m_bytes.size(); }
    qsizetype position() const { return m_pos; }
    quint8 u8() { return quint8(m_bytes[m_pos++]); }
    quint16 u16() { return read<quint16>(); }
    quint32 u32() { return read<quint32>(); }
    qint16 i16() { return read<qint16>(); }
    QByteArray bytes(qsizetype count)
    {
        const QByteArray b = m_bytes.mid(m_pos, count);
        m_pos += count;
        return b;
    }

private:
    template<typename T> T read()
    {
        const T value = qFromLittleEndian<T>(m_bytes.constData() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return value;
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

const MapLayer *MapData::layer(QStringView name) const
{
    for (const MapLayer &l : layers)
        if (l.name == name)
            return &l;
    return nullptr;
}

std::optional<MapData> MapData::parse(const QByteArray &bytes, QString *error)
{
    Reader r(bytes);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1 at byte %2").arg(what).arg(r.position());
        return std::nullopt;
    };
    if (!r.has(8) || r.bytes(4) != QByteArrayLiteral("KHMP"))
        return fail(QStringLiteral("not a Khronika map file (no KHMP header)"));
    if (const quint16 version = r.u16(); version != 1)
        return fail(QStringLiteral("map file version %1 is not supported").arg(version));
    MapData data;
    const quint16 layerCount = r.u16();
    for (quint16 i = 0; i < layerCount; ++i) {
        if (!r.has(1))
            return fail(QStringLiteral("truncated layer header"));
        const quint8 nameLength = r.u8();
        if (!r.has(nameLength + 5))
            return fail(QStringLiteral("truncated layer header"));
        MapLayer layer;
        layer.name = QString::fromLatin1(r.bytes(nameLength));
        const quint8 kind = r.u8();
        if (kind > 1)
            return fail(QStringLiteral("layer %1 has an unknown kind %2").arg(layer.name).arg(kind));
        layer.areas = kind == 0;
        const quint32 partCount = r.u32();
        for (quint32 p = 0; p < partCount; ++p) {
            if (!r.has(2))
                return fail(QStringLiteral("layer %1 is truncated").arg(layer.name));
            const quint16 pointCount = r.u16();
            if (!r.has(qsizetype(pointCount) * 4))
                return fail(QStringLiteral("layer %1 is truncated").arg(layer.name));
            std::vector<GeoPoint> part;
            part.reserve(pointCount);
            for (quint16 k = 0; k < pointCount; ++k) {
                const double longitude = r.i16() / 100.0;
                const double latitude = r.i16() / 100.0;
                part.push_back({longitude, latitude});
            }
            layer.parts.push_back(std::move(part));
        }
        data.layers.push_back(std::move(layer));
    }
    if (r.has(1))
        return fail(QStringLiteral("unexpected bytes after the last layer"));
    return data;
}

bool layerContains(const MapLayer &layer, GeoPoint point)
{
    bool inside = false;
    for (const auto &ring : layer.parts) {
        const size_t n = ring.size();
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const GeoPoint &a = ring[i];
            const GeoPoint &b = ring[j];
            if ((a.latitude > point.latitude) != (b.latitude > point.latitude)) {
                const double x = a.longitude
                    + (point.latitude - a.latitude) * (b.longitude - a.longitude) / (b.latitude - a.latitude);
                if (point.longitude < x)
                    inside = !inside;
            }
        }
    }
    return inside;
}

} // namespace khronika
