#include "ui/map/MapView.h"

#include "ui/map/MapAccessible.h"

#include "ui/state/ViewState.h"
#include "ui/view/BorderPeriods.h"
#include "ui/view/MarkerShape.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QFile>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <unordered_map>

namespace khronika {

namespace {

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(c.alphaF() * alpha));
    return c;
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QColor &c)
{
    return c.lightnessF() < 0.5;
}

// The map's own colours, taken from the theme so that every theme has its map: water a blue mixed
// into the background, land the lane shade, borders in the text colour.
struct MapColours {
    QColor sea;
    QColor land;
    QColor coast;
    QColor river;
    QColor graticule;
    QColor border;
    QColor region;
    QColor route;
};

MapColours coloursOf(const Theme &theme)
{
    const bool dark = isDark(theme.background);
    MapColours c;
    c.sea = blend(theme.background, QColor(0x4A, 0x86, 0xB8), dark ? 0.28 : 0.22);
    c.land = dark ? blend(theme.background, QColor(0xC8, 0xC0, 0xA8), 0.14)
                  : blend(theme.laneAlternate, QColor(0xE9, 0xE2, 0xCF), 0.6);
    c.coast = blend(c.sea, theme.text, 0.25);
    c.river = blend(c.sea, theme.text, dark ? 0.05 : 0.12);
    c.graticule = withAlpha(blend(c.sea, theme.text, 0.3), 0.35);
    c.border = blend(theme.text, QColor(0x8A, 0x1C, 0x2B), 0.35);
    c.region = withAlpha(theme.cursor, dark ? 0.30 : 0.18);
    c.route = theme.text;
    return c;
}

// A layer projected once: its rings or lines in kilometres of the main projection.
struct ProjectedLayer {
    bool areas = false;
    std::vector<QPolygonF> parts;
};

const std::unordered_map<QString, ProjectedLayer> &projectedLayers()
{
    static const std::unordered_map<QString, ProjectedLayer> layers = [] {
        std::unordered_map<QString, ProjectedLayer> out;
        for (const MapLayer &layer : MapView::baseMap().layers) {
            if (layer.name.startsWith(u"inset/"))
                continue;
            ProjectedLayer p;
            p.areas = layer.areas;
            for (const auto &part : layer.parts) {
                QPolygonF polygon;
                polygon.reserve(qsizetype(part.size()));
                for (const GeoPoint &g : part)
                    polygon << MapProjection::forward(g);
                p.parts.push_back(std::move(polygon));
            }
            out.emplace(layer.name, std::move(p));
        }
        return out;
    }();
    return layers;
}

QPainterPath pathOf(const std::vector<QPolygonF> &parts, const std::function<QPointF(QPointF)> &map, bool closed)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &part : parts) {
        if (part.isEmpty())
            continue;
        path.moveTo(map(part.front()));
        for (qsizetype i = 1; i < part.size(); ++i)
            path.lineTo(map(part[i]));
        if (closed)
            path.closeSubpath();
    }
    return path;
}

void drawArrowHead(QPainter &p, QPointF from, QPointF to, double size)
{
    const QLineF line(from, to);
    if (line.length() < 1)
        return;
    const double angle = std::atan2(-line.dy(), line.dx());
    const QPointF a = to - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    const QPointF b = to - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    p.drawPolygon(QPolygonF({to, a, b}));
}

} // namespace

const MapData &MapView::baseMap()
{
    static const MapData data = [] {
        QFile file(QStringLiteral(":/khronika/map/ussr-1923-1941.khmap"));
        QString error;
        std::optional<MapData> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = MapData::parse(file.readAll(), &error);
        else
            error = file.errorString();
        if (!parsed) {
            std::fprintf(stderr, "khronika: the built-in map %s: %s\n", qPrintable(file.fileName()), qPrintable(error));
            return MapData {};
        }
        return *parsed;
    }();
    return data;
}

MapView::MapView(ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_geography(eventGeography(state->timeline()))
{
    // Before anything announces the map: the first announcement makes and keeps its interface.
    MapAccessible::installFactory();
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map"));
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Tab reaches the map; the arrow keys then go from marker to marker (MapAccessible reads them).
    setFocusPolicy(Qt::StrongFocus);
    m_insets = {
        {QString(), QRectF(QPointF(28.0, 40.35), QPointF(29.9, 41.45)), QStringLiteral("inset/istanbul/land"), {}},
        {QString(), QRectF(QPointF(-117.5, 14.3), QPointF(-86.5, 32.8)), QStringLiteral("inset/mexico/land"), {}},
    };
    retranslateInsets();
    // Markers on the main map are projected once; an inset's place is placed per paint (insetOf).
    m_geographyOfEvent.assign(size_t(state->timeline().eventCount()), -1);
    for (size_t i = 0; i < m_geography.size(); ++i)
        m_geographyOfEvent[size_t(m_geography[i].event)] = int(i);
    for (const EventGeography &g : m_geography)
        m_markerKm.push_back(
            insetOf(g.marker) ? std::nullopt : std::optional<QPointF>(MapProjection::forward(g.marker)));
    for (auto signal : {&ViewState::windowChanged, &ViewState::filtersChanged, &ViewState::featuredChanged})
        connect(state, signal, this, qOverload<>(&QWidget::update));
    connect(state, &ViewState::selectionChanged, this, [this] {
        update();
        announceSelection();
    });
    connect(state, &ViewState::cursorChanged, this, qOverload<>(&QWidget::update));
    // Event titles and place names are read from the timeline at every paint.
    connect(state, &ViewState::textsChanged, this, qOverload<>(&QWidget::update));
}

void MapView::retranslateInsets()
{
    m_insets[0].title = tr("Istanbul");
    m_insets[1].title = tr("Mexico");
}

void MapView::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_base = QImage();
    update();
}

const BorderPeriod &MapView::borderPeriod() const
{
    return borderPeriodAt(borderDay());
}

Day MapView::borderDay() const
{
    // In reveal mode the border must not give away what comes next.
    Day day = m_state->cursor();
    if (const auto until = m_state->revealUntil())
        day = std::min(day, *until);
    return day;
}

double MapView::markerRadius() const
{
    return std::max(5.0, m_theme.basePointSize * 0.5);
}

void MapView::layOut(const QSize &size)
{
    const QRectF view = viewKm();
    if (m_laidOutFor == size && m_laidOutView == view)
        return;
    m_laidOutFor = size;
    m_laidOutView = view;
    const QFontMetricsF fm(m_theme.font(1.0, true));
    // The legend's two lines sit above the map; the map takes the rest.
    const double top = fm.height() * 2 + 10;
    m_mapRect = QRectF(6, top, size.width() - 12, size.height() - top - 6);
    // The map hangs from the legend; the insets stand under its right end where the pane is taller
    // than the map needs, otherwise in its bottom right corner over the Pacific, Mexico in the corner.
    const double side = std::clamp(std::min(m_mapRect.width(), m_mapRect.height()) * 0.24, 70.0, 260.0);
    m_fit = MapFit::fit(view, m_mapRect);
    const double used = std::min(m_mapRect.height(), view.height() * m_fit.pixelsPerKm());
    m_fit = MapFit::fit(view, QRectF(m_mapRect.topLeft(), QSizeF(m_mapRect.width(), used)));
    // The map's own frame: the view's rectangle where it is narrower than the pane, so that the cut
    // edge of the data (20° N) never shows.
    m_frame = QRectF(m_fit.toPixel({view.left(), view.bottom()}), m_fit.toPixel({view.right(), view.top()}))
                  .intersected(m_mapRect);
    const double insetTop
        = m_mapRect.bottom() - m_frame.bottom() >= side + 6 ? m_frame.bottom() + 6 : m_mapRect.bottom() - side;
    const QRectF mexico(m_mapRect.right() - side * 1.25, insetTop, side * 1.25, side);
    const QRectF istanbul(mexico.left() - side * 1.2 - 6, insetTop, side * 1.2, side * 0.8);
    m_insets[0].rect = istanbul;
    m_insets[1].rect = mexico;
}

QRectF MapView::viewKm() const
{
    const QRectF home = homeViewKm();
    if (m_zoom == 1.0)
        return home;
    const QSizeF size = home.size() / m_zoom;
    return QRectF(m_centreKm - QPointF(size.width() / 2, size.height() / 2), size);
}

void MapView::zoomAt(QPointF pixel, double factor)
{
    const double zoom = std::clamp(m_zoom * factor, 1.0, 16.0);
    if (zoom == m_zoom)
        return;
    const QPointF under = m_fit.toWorld(pixel);
    const QPointF centre = m_zoom == 1.0 ? homeViewKm().center() : m_centreKm;
    // The point under the pointer stays where it is.
    m_centreKm = under + (centre - under) * (m_zoom / zoom);
    m_zoom = zoom;
    clampCentre();
    update();
}

void MapView::resetZoom()
{
    m_zoom = 1.0;
    update();
}

void MapView::clampCentre()
{
    const QRectF home = homeViewKm();
    m_centreKm.setX(std::clamp(m_centreKm.x(), home.left(), home.right()));
    m_centreKm.setY(std::clamp(m_centreKm.y(), home.top(), home.bottom()));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_dragFrom || m_zoom == 1.0)
        return QWidget::mouseMoveEvent(event);
    const QPointF delta = event->position() - *m_dragFrom;
    m_dragFrom = event->position();
    m_centreKm += QPointF(-delta.x(), delta.y()) / m_fit.pixelsPerKm();
    clampCentre();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragFrom.reset();
    QWidget::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        resetZoom();
}

const MapView::Inset *MapView::insetOf(GeoPoint point) const
{
    for (const Inset &inset : m_insets)
        if (inset.box.contains(point.longitude, point.latitude))
            return &inset;
    return nullptr;
}

QPointF MapView::insetPixel(const Inset &inset, GeoPoint point) const
{
    // Equirectangular, longitudes shortened by the cosine of the middle latitude, fitted into the frame.
    const double k = std::cos(inset.box.center().y() * M_PI / 180);
    const double w = inset.box.width() * k;
    const double h = inset.box.height();
    const double scale = std::min((inset.rect.width() - 4) / w, (inset.rect.height() - 4) / h);
    const QPointF centre = inset.rect.center();
    return {centre.x() + (point.longitude - inset.box.center().x()) * k * scale,
        centre.y() - (point.latitude - inset.box.center().y()) * scale};
}

QPointF MapView::pixelOf(GeoPoint point) const
{
    if (const Inset *inset = insetOf(point))
        return insetPixel(*inset, point);
    return mainPixel(point);
}

void MapView::paintBase(const QSize &size, qreal devicePixelRatio)
{
    // The border changes only with its period (five in all), so it is cached with the land.
    const BorderPeriod &period = borderPeriod();
    const QString key = QStringLiteral("%1x%2@%3 %4 %5 %6")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(devicePixelRatio)
                            .arg(m_theme.background.name(), m_theme.text.name(), period.id)
        + QStringLiteral(" %1 %2 %3").arg(m_zoom).arg(m_centreKm.x()).arg(m_centreKm.y());
    if (!m_base.isNull() && m_baseKey == key)
        return;
    m_baseKey = key;
    m_base = QImage(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    m_base.setDevicePixelRatio(devicePixelRatio);
    m_base.fill(m_theme.background);
    QPainter p(&m_base);
    drawBase(p);
}

void MapView::drawBase(QPainter &p)
{
    const BorderPeriod &period = borderPeriod();
    const MapColours c = coloursOf(m_theme);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.save();
    p.setClipRect(m_frame);
    p.fillRect(m_frame, c.sea);
    const auto toPixel = [this](QPointF km) { return m_fit.toPixel(km); };
    const auto &layers = projectedLayers();
    // The graticule: every 10° of latitude and 20° of longitude, under the land.
    {
        QPainterPath graticule;
        for (int lat = 30; lat <= 80; lat += 10) {
            graticule.moveTo(mainPixel({0, double(lat)}));
            for (int lon = 2; lon <= 200; lon += 2)
                graticule.lineTo(mainPixel({double(lon), double(lat)}));
        }
        for (int lon = 20; lon <= 200; lon += 20) {
            graticule.moveTo(mainPixel({double(lon), 25}));
            graticule.lineTo(mainPixel({double(lon), 85}));
        }
        p.setPen(QPen(c.graticule, 0.8));
        p.setBrush(Qt::NoBrush);
        p.drawPath(graticule);
    }
    if (auto it = layers.find(QStringLiteral("land")); it != layers.end()) {
        p.setPen(QPen(c.coast, 0.7));
        p.setBrush(c.land);
        p.drawPath(pathOf(it->second.parts, toPixel, true));
    }
    if (auto it = layers.find(QStringLiteral("lakes")); it != layers.end()) {
        p.setPen(QPen(c.coast, 0.5));
        p.setBrush(c.sea);
        p.drawPath(pathOf(it->second.parts, toPixel, true));
    }
    if (auto it = layers.find(QStringLiteral("rivers")); it != layers.end()) {
        p.setPen(QPen(c.river, 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(pathOf(it->second.parts, toPixel, false));
    }
    // The border of the cursor's date.
    {
        QPen pen(c.border, std::max(1.6, markerRadius() * 0.32), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setBrush(Qt::NoBrush);
        for (const QString &name : period.layers) {
            auto it = layers.find(QStringLiteral("border/") + name);
            if (it == layers.end())
                continue;
            const QPainterPath path = pathOf(it->second.parts, toPixel, false);
            // A pale casing under the line keeps it readable over rivers and coasts.
            p.setPen(QPen(withAlpha(c.land, 0.9), pen.widthF() + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(path);
            p.setPen(pen);
            p.drawPath(path);
        }
    }
    p.restore();
    // The insets: a frame each, with its own land.
    const QFont small = m_theme.font(0.8, false);
    for (const Inset &inset : m_insets) {
        p.save();
        p.setPen(QPen(m_theme.mutedText, 1));
        p.setBrush(c.sea);
        p.drawRect(inset.rect);
        p.setClipRect(inset.rect.adjusted(1, 1, -1, -1));
        if (const MapLayer *layer = baseMap().layer(inset.layer)) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const auto &ring : layer->parts) {
                if (ring.empty())
                    continue;
                path.moveTo(insetPixel(inset, ring.front()));
                for (size_t i = 1; i < ring.size(); ++i)
                    path.lineTo(insetPixel(inset, ring[i]));
                path.closeSubpath();
            }
            p.setPen(QPen(c.coast, 0.7));
            p.setBrush(c.land);
            p.drawPath(path);
        }
        p.restore();
    }
    // Natural Earth asks for no credit, but a reader should know where the coasts come from.
    p.setFont(small);
    p.setPen(m_theme.mutedText);
    const QFontMetricsF fm(small);
    const QString credit = tr("Natural Earth");
    p.drawText(QPointF(m_frame.left() + 4, m_frame.bottom() - fm.descent() - 2), credit);
    p.restore();
}

void MapView::collectMarkers()
{
    m_markers.clear();
    m_markerGeography.clear();
    const Timeline &t = m_state->timeline();
    const DayRange window {Day(std::floor(m_state->windowStart())), Day(std::ceil(m_state->windowEnd())) - 1};
    const Day cursor = m_state->cursor();
    const int selected = m_state->selectedEvent();
    // The interval index answers which events touch the window: a paint never walks the whole data set.
    std::vector<int> candidates = t.eventsIn(window);
    if (selected >= 0)
        candidates.push_back(selected);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (int e : candidates) {
        const int i = m_geographyOfEvent[size_t(e)];
        if (i < 0 || !m_state->isRevealed(e) || !m_state->passesFilters(e))
            continue;
        MapAge age = mapAge(t.event(e).range(), window, cursor);
        if (age == MapAge::Hidden && e != selected)
            continue;
        if (age == MapAge::Hidden)
            age = MapAge::Current; // the selected event always shows its place
        const auto &km = m_markerKm[size_t(i)];
        const QPointF at = km ? m_fit.toPixel(*km) : pixelOf(m_geography[size_t(i)].marker);
        // Beyond the map's frame (Nanjing, or anywhere off a zoomed map): not drawn.
        if (km && !m_frame.contains(at))
            continue;
        m_markers.push_back({e, at, t.event(e).importance, age == MapAge::Older});
        m_markerGeography.push_back(i);
    }
}

void MapView::refreshMarkers(const QSize &size)
{
    layOut(size);
    collectMarkers();
    m_clusters = clusterMarkers(m_markers, markerRadius() * 2.2);
}

int MapView::markerOfEvent(int event) const
{
    if (event < 0)
        return -1;
    const auto it
        = std::find_if(m_markers.begin(), m_markers.end(), [event](const MapMarker &m) { return m.event == event; });
    return it == m_markers.end() ? -1 : int(it - m_markers.begin());
}

int MapView::clusterOfMarker(int marker) const
{
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        const auto &members = m_clusters[c].members;
        if (std::find(members.begin(), members.end(), marker) != members.end())
            return int(c);
    }
    return -1;
}

QRectF MapView::markerRect(int marker) const
{
    if (marker < 0 || marker >= int(m_markers.size()))
        return {};
    const int cluster = clusterOfMarker(marker);
    const QPointF at = cluster >= 0 ? m_markers[size_t(m_clusters[size_t(cluster)].members.front())].position
                                    : m_markers[size_t(marker)].position;
    const double r = markerRadius() * (cluster >= 0 && m_clusters[size_t(cluster)].members.size() > 1 ? 1.35 : 1.25);
    return QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

QString MapView::markerPlace(int marker) const
{
    if (marker < 0 || marker >= int(m_markers.size()))
        return {};
    const Timeline &t = m_state->timeline();
    const EventGeography &g = m_geography[size_t(m_markerGeography[size_t(marker)])];
    if (g.routeIds.size() >= 2) {
        QStringList stops;
        for (const QString &id : g.routeIds)
            stops << placeName(t, id);
        return stops.join(QStringLiteral(" → "));
    }
    return placeName(t, g.placeId);
}

QString MapView::markerDescription(int marker) const
{
    if (marker < 0 || marker >= int(m_markers.size()))
        return {};
    const Event &e = m_state->timeline().event(m_markers[size_t(marker)].event);
    QString when = e.date.toDisplayString();
    if (e.end)
        when += QStringLiteral(" – ") + e.end->toDisplayString();
    QStringList parts {when, markerPlace(marker)};
    if (m_state->selectedEvent() == m_markers[size_t(marker)].event)
        parts << tr("selected");
    if (m_markers[size_t(marker)].older)
        parts << tr("over before the cursor");
    if (const int c = clusterOfMarker(marker); c >= 0 && m_clusters[size_t(c)].members.size() > 1)
        parts << tr("one of %n events here", nullptr, int(m_clusters[size_t(c)].members.size()));
    return parts.join(QStringLiteral(", "));
}

void MapView::setFocusedEvent(int event)
{
    if (event == m_focusEvent)
        return;
    m_focusEvent = event;
    update();
    const int marker = markerOfEvent(event);
    if (marker < 0 || !hasFocus())
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(marker);
    QAccessible::updateAccessibility(&focus);
}

void MapView::moveFocus(Qt::Key direction)
{
    if (m_clusters.empty())
        return;
    const int from = markerOfEvent(m_focusEvent);
    if (from < 0) {
        setFocusedEvent(m_markers[size_t(m_clusters.front().members.front())].event);
        return;
    }
    const int fromCluster = clusterOfMarker(from);
    const QPointF p = m_markers[size_t(m_clusters[size_t(fromCluster)].members.front())].position;
    // The nearest count or marker that way, straight ahead counting less than off to the side.
    int best = -1;
    double bestScore = 0;
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        if (int(c) == fromCluster)
            continue;
        const QPointF d = m_markers[size_t(m_clusters[c].members.front())].position - p;
        const double along = direction == Qt::Key_Right ? d.x()
            : direction == Qt::Key_Left                 ? -d.x()
            : direction == Qt::Key_Down                 ? d.y()
                                                        : -d.y();
        const double across
            = direction == Qt::Key_Left || direction == Qt::Key_Right ? std::abs(d.y()) : std::abs(d.x());
        if (along <= 0.5)
            continue;
        const double score = along + 2 * across;
        if (best < 0 || score < bestScore) {
            best = int(c);
            bestScore = score;
        }
    }
    if (best >= 0)
        setFocusedEvent(m_markers[size_t(m_clusters[size_t(best)].members.front())].event);
}

void MapView::activateFocused()
{
    const int marker = markerOfEvent(m_focusEvent);
    if (marker < 0)
        return;
    const std::vector<int> &members = m_clusters[size_t(clusterOfMarker(marker))].members;
    // As a click: a count steps through its events, most important first.
    int next = m_markers[size_t(members.front())].event;
    for (size_t i = 0; i < members.size(); ++i) {
        if (m_markers[size_t(members[i])].event == m_state->selectedEvent()) {
            next = m_markers[size_t(members[(i + 1) % members.size()])].event;
            break;
        }
    }
    m_state->setSelectedEvent(next);
}

void MapView::announceSelection()
{
    // A hidden map has nothing to announce (and need not collect its markers at every selection).
    if (!isVisible())
        return;
    // The markers as they will be painted, so that the child announced is the one a reader finds.
    refreshMarkers(size());
    const int selected = m_state->selectedEvent();
    const int marker = markerOfEvent(selected);
    if (marker < 0) {
        setAccessibleDescription(QString());
        return;
    }
    // The keyboard's marker follows the selection, wherever it was made.
    m_focusEvent = selected;
    setAccessibleDescription(
        tr("Selected: %1, %2").arg(m_state->timeline().event(selected).title, markerDescription(marker)));
    for (const QAccessible::Event kind : {QAccessible::Selection, QAccessible::Focus}) {
        if (kind == QAccessible::Focus && !hasFocus())
            continue;
        QAccessibleEvent announced(this, kind);
        announced.setChild(marker);
        QAccessible::updateAccessibility(&announced);
    }
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    refreshMarkers(size());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveFocus(Qt::Key(event->key()));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateFocused();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    refreshMarkers(size());
    // Back where it was, else on the selected event, else on the first marker or count.
    int focused = markerOfEvent(m_focusEvent) >= 0 ? m_focusEvent : m_state->selectedEvent();
    if (markerOfEvent(focused) < 0)
        focused = m_clusters.empty() ? -1 : m_markers[size_t(m_clusters.front().members.front())].event;
    m_focusEvent = -1;
    setFocusedEvent(focused);
    update();
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MapView::paintMap(QPainter &p, const QSize &size)
{
    layOut(size);
    if (m_forExport) {
        // A file gets the coasts as lines, not as the screen's cached pixels.
        p.fillRect(QRectF(QPointF(0, 0), size), m_theme.background);
        drawBase(p);
    } else {
        const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
        paintBase(size, dpr);
        p.drawImage(QPointF(0, 0), m_base);
    }
    m_texts.clear();
    p.setRenderHint(QPainter::Antialiasing);
    const MapColours c = coloursOf(m_theme);
    const Timeline &t = m_state->timeline();

    const BorderPeriod &period = borderPeriod();
    m_drawnPeriod = period.id;

    refreshMarkers(size);
    const double r = markerRadius();
    const int selected = m_state->selectedEvent();

    // Regions first, under everything: the famine regions, the Kuban. Many events share a region or a
    // route, so each is drawn once, in full when any of its events is current or selected.
    std::map<QString, bool> regions; // id -> drawn in full
    std::map<QString, std::pair<bool, bool>> routes; // stops joined by '>' -> (in full, selected)
    std::map<QString, const EventGeography *> geographyOf;
    for (size_t k = 0; k < m_markers.size(); ++k) {
        const EventGeography &g = m_geography[size_t(m_markerGeography[k])];
        const bool full = !m_markers[k].older || g.event == selected;
        if (g.regionOutline.size() >= 3) {
            regions[g.regionId] = regions[g.regionId] || full;
            geographyOf[g.regionId] = &g;
        }
        if (g.route.size() >= 2) {
            auto &[routeFull, routeSelected] = routes[g.routeKey];
            routeFull = routeFull || full;
            routeSelected = routeSelected || g.event == selected;
            geographyOf[g.routeKey] = &g;
        }
    }
    for (const auto &[id, full] : regions) {
        QPolygonF polygon;
        for (const GeoPoint &point : geographyOf[id]->regionOutline)
            polygon << pixelOf(point);
        const double alpha = full ? 1.0 : 0.45;
        p.setPen(QPen(withAlpha(m_theme.cursor, 0.7 * alpha), 1.2));
        p.setBrush(withAlpha(c.region, alpha));
        p.drawPolygon(polygon);
    }
    // Routes: a line through the stops with an arrowhead at each stop after the first.
    for (const auto &[key, flags] : routes) {
        const auto &[full, isSelected] = flags;
        const EventGeography &g = *geographyOf[key];
        const QColor colour = isSelected ? m_theme.cursor : withAlpha(c.route, full ? 0.75 : 0.3);
        for (size_t s = 1; s < g.route.size(); ++s) {
            const QPointF from = pixelOf(g.route[s - 1]);
            const QPointF to = pixelOf(g.route[s]);
            // A leg into or out of an inset is drawn dashed: the inset is not where the place lies.
            const bool viaInset = (insetOf(g.route[s - 1]) != nullptr) != (insetOf(g.route[s]) != nullptr);
            p.setPen(QPen(colour, isSelected ? 2.6 : 1.8, viaInset ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            const QLineF leg(from, to);
            // Stop short of the marker so the arrowhead shows.
            const QPointF end = leg.length() > 2 * r ? leg.pointAt(1 - r / leg.length()) : to;
            p.drawLine(from, end);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            drawArrowHead(p, from, end, r * 1.6);
        }
    }

    // Markers, collapsed into counts where they would overlap (refreshMarkers).
    const QFont countFont = m_theme.font(0.85, true);
    const QFontMetricsF countMetrics(countFont);
    for (const MapCluster &cluster : m_clusters) {
        const MapMarker &anchor = m_markers[size_t(cluster.members.front())];
        const double alpha = cluster.allOlder ? 0.35 : 1.0;
        if (cluster.members.size() > 1) {
            const QString count = QString::number(cluster.members.size());
            const double radius = std::max(r * 1.35, countMetrics.horizontalAdvance(count) / 2 + 4);
            const QRectF box(anchor.position - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
            p.setPen(QPen(withAlpha(m_theme.background, alpha), 1.5));
            p.setBrush(withAlpha(m_theme.cluster, alpha));
            p.drawEllipse(box);
            p.setFont(countFont);
            p.setPen(withAlpha(m_theme.onCluster, alpha));
            p.drawText(box, Qt::AlignCenter, count);
            // The events behind the count are named in dumpView, not at every paint.
            m_texts.push_back({QStringLiteral("map-count"), count, box, countFont, {}, int(cluster.members.size())});
            continue;
        }
        const int e = anchor.event;
        const auto &factions = t.event(e).factions;
        const QColor colour
            = factions.empty() ? m_theme.neutralEvent : QColor(t.faction(t.factionIndex(factions.front())).colour);
        const QColor outline = m_theme.outlineFor(colour);
        const double size = anchor.importance >= 3 ? r * 1.25 : r;
        const QRectF box(anchor.position - QPointF(size, size), QSizeF(2 * size, 2 * size));
        p.setPen(QPen(withAlpha(outline.alpha() ? outline : m_theme.background, alpha), 1.5));
        p.setBrush(withAlpha(colour, alpha));
        if (const QList<QPointF> shape = markerPolygon(m_state->eventShape(e), box); !shape.isEmpty())
            p.drawPolygon(QPolygonF(shape));
        else
            p.drawEllipse(box);
    }

    // The keyboard's marker: a dashed square about it, on screen only.
    if (const int focused = markerOfEvent(m_focusEvent); focused >= 0 && hasFocus() && !m_forExport) {
        p.setPen(QPen(m_theme.text, 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(markerRect(focused).adjusted(-4, -4, 4, 4));
    }

    // The selected event: a ring on its place and its title with the place's name.
    if (selected >= 0) {
        const auto it = std::find_if(
            m_markers.begin(), m_markers.end(), [selected](const MapMarker &m) { return m.event == selected; });
        if (it != m_markers.end()) {
            const EventGeography &g = m_geography[size_t(m_markerGeography[size_t(it - m_markers.begin())])];
            const QPointF at = it->position;
            p.setPen(QPen(m_theme.selection, 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, r * 1.9, r * 1.9);
            const QFont titleFont = m_theme.font(1.0, true);
            const QFont placeFont = m_theme.font(0.9, false);
            const QFontMetricsF tf(titleFont);
            const QFontMetricsF pf(placeFont);
            const double maxWidth = std::min(m_mapRect.width() * 0.45, 420.0);
            const QString title = tf.elidedText(t.event(selected).title, Qt::ElideRight, maxWidth);
            QString where = placeName(t, g.placeId);
            if (g.route.size() >= 2) {
                QStringList stops;
                for (const QString &id : g.routeIds)
                    stops << placeName(t, id);
                where = stops.join(QStringLiteral(" → "));
            }
            where = pf.elidedText(where, Qt::ElideRight, maxWidth);
            const double w = std::max(tf.horizontalAdvance(title), pf.horizontalAdvance(where)) + 12;
            const double h = tf.height() + pf.height() + 8;
            QRectF box(at + QPointF(r * 2.2, -h / 2), QSizeF(w, h));
            if (box.right() > m_mapRect.right())
                box.moveRight(at.x() - r * 2.2);
            box.moveTop(std::clamp(box.top(), m_mapRect.top() + 2, m_mapRect.bottom() - h - 2));
            p.setPen(QPen(m_theme.selection, 1));
            p.setBrush(withAlpha(m_theme.background, 0.94));
            p.drawRoundedRect(box, 4, 4);
            p.setPen(m_theme.text);
            p.setFont(titleFont);
            const QRectF titleRect(box.left() + 6, box.top() + 4, w - 12, tf.height());
            p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
            p.setFont(placeFont);
            p.setPen(m_theme.mutedText);
            const QRectF placeRect(box.left() + 6, titleRect.bottom(), w - 12, pf.height());
            p.drawText(placeRect, Qt::AlignLeft | Qt::AlignVCenter, where);
            m_texts.push_back({QStringLiteral("map-label"), title, titleRect, titleFont, t.event(selected).id, -1});
            m_texts.push_back({QStringLiteral("map-place"), where, placeRect, placeFont, t.event(selected).id, -1});
        }
    }

    // The insets' titles, over their frames.
    const QFont small = m_theme.font(0.8, false);
    const QFontMetricsF sf(small);
    p.setFont(small);
    for (const Inset &inset : m_insets) {
        const QString title = sf.elidedText(inset.title, Qt::ElideRight, inset.rect.width() - 6);
        const QRectF rect(inset.rect.left() + 3, inset.rect.top() + 1, sf.horizontalAdvance(title) + 2, sf.height());
        p.fillRect(rect, withAlpha(m_theme.background, 0.8));
        p.setPen(m_theme.mutedText);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, title);
        m_texts.push_back({QStringLiteral("map-inset"), title, rect, small, {}, -1});
    }

    // The legend: the border shown and what the markers are.
    const QFont legendFont = m_theme.font(1.0, true);
    const QFont noteFont = m_theme.font(0.85, false);
    const QFontMetricsF lf(legendFont);
    const QFontMetricsF nf(noteFont);
    const QString legend
        = lf.elidedText(tr("%2 · border %1").arg(tr(period.description), Date::fromDay(borderDay()).toDisplayString()),
            Qt::ElideRight, size.width() - 12);
    const QString note = nf.elidedText(
        tr("Borders only where certain · pale markers: over before the cursor"), Qt::ElideRight, size.width() - 12);
    const QRectF legendRect(6, 3, lf.horizontalAdvance(legend), lf.height());
    const QRectF noteRect(6, legendRect.bottom() + 1, nf.horizontalAdvance(note), nf.height());
    p.setPen(QPen(c.border, 3));
    p.setFont(legendFont);
    p.setPen(m_theme.text);
    p.drawText(legendRect, Qt::AlignLeft | Qt::AlignVCenter, legend);
    p.setFont(noteFont);
    p.setPen(m_theme.mutedText);
    p.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter, note);
    m_texts.push_back({QStringLiteral("map-legend"), legend, legendRect, legendFont, {}, -1});
    m_texts.push_back({QStringLiteral("map-note"), note, noteRect, noteFont, {}, -1});
}

void MapView::paintForExport(QPainter &painter, const QSize &size)
{
    m_forExport = true;
    paintMap(painter, size);
    m_forExport = false;
}

void MapView::showSameAreaAs(const MapView &other)
{
    m_zoom = other.m_zoom;
    m_centreKm = other.m_centreKm;
    update();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export the map as PNG…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("png")); });
    menu.addAction(tr("Export the map as SVG…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("svg")); });
    menu.addAction(tr("Export the map as PDF…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
    menu.exec(event->globalPos());
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintMap(p, size());
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_base = QImage();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int hit = hitTestClusters(m_clusters, event->position(), markerRadius() * 2);
    if (hit < 0) {
        m_dragFrom = event->position(); // a drag pans the zoomed map
        return;
    }
    const std::vector<int> &members = m_clusters[size_t(hit)].members;
    // Clicking a count again steps through its events, most important first.
    int next = m_markers[size_t(members.front())].event;
    for (size_t i = 0; i < members.size(); ++i) {
        if (m_markers[size_t(members[i])].event == m_state->selectedEvent()) {
            next = m_markers[size_t(members[(i + 1) % members.size()])].event;
            break;
        }
    }
    m_state->setSelectedEvent(next);
}

QString MapView::markerTooltip(int cluster) const
{
    const Timeline &t = m_state->timeline();
    QStringList lines;
    for (int m : m_clusters[size_t(cluster)].members) {
        const int e = m_markers[size_t(m)].event;
        const EventGeography &g = m_geography[size_t(m_markerGeography[size_t(m)])];
        lines << QStringLiteral("%1 — %2 (%3)")
                     .arg(t.event(e).date.toDisplayString(), t.event(e).title, placeName(t, g.placeId));
        if (lines.size() == 12) {
            lines << tr("and %n more", nullptr, int(m_clusters[size_t(cluster)].members.size()) - 12);
            break;
        }
    }
    return lines.join(u'\n');
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Map"));
        retranslateInsets();
        m_base = QImage(); // the credit is drawn with the land
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = hitTestClusters(m_clusters, help->pos(), markerRadius() * 2);
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), markerTooltip(hit), this);
        else
            QToolTip::showText(help->globalPos(), tr("Wheel: zoom · drag: pan · double-click: the whole map"), this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::dumpView(ViewDump &dump) const
{
    const Timeline &t = m_state->timeline();
    size_t countIndex = 0;
    for (const PaintedText &text : m_texts) {
        QString event = text.event;
        if (text.kind == u"map-count") {
            // The counts were painted in cluster order, skipping single markers.
            while (countIndex < m_clusters.size() && m_clusters[countIndex].members.size() < 2)
                ++countIndex;
            QStringList ids;
            if (countIndex < m_clusters.size())
                for (int m : m_clusters[countIndex++].members)
                    ids << t.event(m_markers[size_t(m)].event).id;
            event = ids.join(u',');
        }
        dump.addText(
            this, text.kind, text.text, text.rect, text.font, text.text.endsWith(QChar(0x2026)), event, text.count);
    }
    QJsonObject &section = dump.section(QStringLiteral("map"));
    const QRectF r = dump.toWindow(this, rect());
    section.insert(QStringLiteral("rect"), QJsonArray {r.x(), r.y(), r.width(), r.height()});
    section.insert(QStringLiteral("borderPeriod"), m_drawnPeriod);
    section.insert(QStringLiteral("borderDate"), Date::fromDay(borderDay()).toIso());
    QJsonArray borders;
    for (const BorderPeriod &p : borderPeriods())
        if (p.id == m_drawnPeriod)
            for (const QString &layer : p.layers)
                borders.append(layer);
    section.insert(QStringLiteral("borderLayers"), borders);
    QJsonArray markers;
    for (size_t k = 0; k < m_markers.size(); ++k) {
        const EventGeography &g = m_geography[size_t(m_markerGeography[k])];
        QJsonObject m;
        m.insert(QStringLiteral("event"), t.event(m_markers[k].event).id);
        m.insert(QStringLiteral("place"), g.placeId);
        if (!g.routeIds.empty()) {
            QJsonArray route;
            for (const QString &id : g.routeIds)
                route.append(id);
            m.insert(QStringLiteral("route"), route);
        }
        if (!g.regionId.isEmpty())
            m.insert(QStringLiteral("region"), g.regionId);
        m.insert(QStringLiteral("x"), std::round(m_markers[k].position.x() * 10) / 10);
        m.insert(QStringLiteral("y"), std::round(m_markers[k].position.y() * 10) / 10);
        m.insert(QStringLiteral("older"), m_markers[k].older);
        if (const Inset *inset = insetOf(g.marker))
            m.insert(QStringLiteral("inset"), inset->layer.section(u'/', 1, 1));
        markers.append(m);
    }
    section.insert(QStringLiteral("markers"), markers);
    QJsonArray clusters;
    for (const MapCluster &c : m_clusters) {
        QJsonArray events;
        for (int m : c.members)
            events.append(t.event(m_markers[size_t(m)].event).id);
        clusters.append(events);
    }
    section.insert(QStringLiteral("clusters"), clusters);
}

} // namespace khronika
