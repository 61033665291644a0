#pragma once

#include "ui/Theme.h"
#include "ui/export/ViewDump.h"
#include "ui/map/EventGeography.h"
#include "ui/view/MapData.h"
#include "ui/view/MapMarkers.h"
#include "ui/view/MapProjection.h"

#include <QFont>
#include <QImage>
#include <QPolygonF>
#include <QWidget>

#include <optional>
#include <vector>

namespace khronika {

class ViewState;
struct BorderPeriod;

// Where it happened: the USSR and its neighbours (resources/map), the border of the cursor's date, and
// a marker for each placed event of the visible window (older ones dimmed, dense ones collapsed into
// counts, routes as arrows, regions shaded). Clicking a marker selects its event through the shared
// ViewState, so the timeline follows; selecting an event anywhere rings its place here. Reveal mode
// and the filters hide here what they hide on the timeline. Custom painted: the land, water and
// graticule are drawn once per size and theme into a cached image.
class MapView
    : public QWidget
    , public DumpsView
{
    Q_OBJECT
public:
    explicit MapView(ViewState *state, QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    // The base map built into the program; loading it is checked by the tests, so a failure here is a
    // broken build, reported once on stderr and drawn as an empty map.
    static const MapData &baseMap();

    // Paints the whole map at `size` (the widget's paintEvent and the benchmark).
    void paintMap(QPainter &painter, const QSize &size);
    // Paints the map for a file (ui/export/Exporter): the coasts and borders as lines rather than the
    // screen's cached image, and nothing that only helps on screen (the keyboard's focus ring).
    void paintForExport(QPainter &painter, const QSize &size);
    // Shows the area another map shows (its zoom and centre): an export draws what the pane showed.
    void showSameAreaAs(const MapView &other);
    ViewState *state() const { return m_state; }

    // The keyboard's marker (an event index, -1 for none): arrow keys move it to the nearest marker or
    // count that way, Return selects its event (on a count, the next of its events, as a click does).
    // A ring shows it while the map has focus, never in an export.
    int focusedEvent() const { return m_focusEvent; }
    // For screen readers (MapAccessible), about the markers of the last paint: the box drawn for a
    // marker (its count's when it is counted in one), the index of its count in clusters(), where it
    // is ("Butovo", or a route "Alma-Ata → Prinkipo"), and the marker an event has (-1: not drawn).
    QRectF markerRect(int marker) const;
    int clusterOfMarker(int marker) const;
    QString markerPlace(int marker) const;
    int markerOfEvent(int event) const;
    // What a screen reader says of a marker: its date, place and state.
    QString markerDescription(int marker) const;

    // What the last paint drew: one entry per marker or count, the anchor first.
    const std::vector<MapCluster> &clusters() const { return m_clusters; }
    const std::vector<MapMarker> &markers() const { return m_markers; }
    // The border period the last paint drew.
    const BorderPeriod &borderPeriod() const;
    // Where a point is drawn at the widget's current size (in an inset if it lies in one).
    QPointF pixelOf(GeoPoint point) const;
    // Zoom (1 is the whole USSR, up to 16) about a point of the widget; the wheel and a drag on the
    // zoomed map call these, a double-click resets.
    void zoomAt(QPointF pixel, double factor);
    void resetZoom();
    double zoom() const { return m_zoom; }
    // Drops the cached base map (the benchmark measures both ways).
    void dropCache() { m_base = QImage(); }

    void dumpView(ViewDump &dump) const override;

Q_SIGNALS:
    // The context menu's "Export the map as …": the main window asks for the file (suffix png, svg
    // or pdf) and writes it through the exporter.
    void exportRequested(const QString &suffix);

public:
    QSize sizeHint() const override { return {640, 420}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The insets' titles in the interface's language (again at a change of language).
    void retranslateInsets();
    struct Inset {
        QString title;
        QRectF box; // longitude/latitude: x longitude, y latitude
        QString layer;
        QRectF rect; // in pixels, laid out per size
    };

    void layOut(const QSize &size);
    QRectF viewKm() const;
    void clampCentre();
    void paintBase(const QSize &size, qreal devicePixelRatio);
    void drawBase(QPainter &painter);
    void collectMarkers();
    // Lays out, collects and clusters the markers for `size`: what a paint draws and the keys move over.
    void refreshMarkers(const QSize &size);
    void moveFocus(Qt::Key direction);
    void setFocusedEvent(int event);
    void announceSelection();
    void activateFocused();
    QPointF mainPixel(GeoPoint point) const { return m_fit.toPixel(MapProjection::forward(point)); }
    const Inset *insetOf(GeoPoint point) const;
    QPointF insetPixel(const Inset &inset, GeoPoint point) const;
    QString markerTooltip(int cluster) const;
    double markerRadius() const;
    Day borderDay() const;

    ViewState *m_state;
    Theme m_theme;
    std::vector<EventGeography> m_geography;
    std::vector<int> m_geographyOfEvent; // per event, its index into m_geography or -1
    std::vector<std::optional<QPointF>> m_markerKm; // per geography: projected, or nothing in an inset
    std::vector<Inset> m_insets;
    QSize m_laidOutFor;
    QRectF m_laidOutView;
    double m_zoom = 1.0;
    QPointF m_centreKm;
    std::optional<QPointF> m_dragFrom;
    bool m_forExport = false;
    int m_focusEvent = -1;
    QRectF m_mapRect;
    QRectF m_frame; // where the map is drawn, inside m_mapRect
    MapFit m_fit;
    QImage m_base;
    QString m_baseKey;
    std::vector<MapMarker> m_markers; // of the last paint
    std::vector<int> m_markerGeography; // per marker, its index into m_geography
    std::vector<MapCluster> m_clusters;
    QString m_drawnPeriod;
    struct PaintedText {
        QString kind;
        QString text;
        QRectF rect;
        QFont font;
        QString event;
        int count = -1;
    };
    std::vector<PaintedText> m_texts; // of the last paint, for the view dump
};

} // namespace khronika
