#pragma once

#include "ui/ExplorerOptions.h"
#include "ui/Theme.h"
#include "ui/presentation/PresentationState.h"
#include "ui/state/ViewState.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolBar;

namespace khronika {

class CareerChart;
class BlankOverlay;
class EconomyCharts;
class MapView;
class OverviewStrip;
class PresentationPanel;
class PresenterWindow;
class SidePanel;
class TimelineView;
class TourPlayer;
class ViewDump;

// The explorer: the timeline with its overview strip and the career chart of the traced actors in the
// middle, the browsing panel on the left, the event details and "who held power on this day" on the
// right. All of them share one ViewState.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Timeline> timeline, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The data set in `language` (its own texts where a translation lacks one), with its untranslated
    // texts for search, so that a class reading Russian still finds "Bukharin".
    static std::shared_ptr<const Timeline> timelineIn(const DataSet &untranslated, const QString &language);
    // The data set as its files have it, which a change of language translates anew; the timeline the
    // window was made with is then taken to be in the interface's language (timelineIn). Without it,
    // the timeline's own data are taken as untranslated.
    void setUntranslatedData(std::shared_ptr<const DataSet> data);
    // Makes `language` the interface's and the data set's texts' (View > Language), at once and
    // remembered: what the class is looking at stays (window, cursor, selection, tracing, filters, tour
    // step, chart). False, nothing changed, when the language has no translation to load.
    bool setLanguage(const QString &language);

    ViewState *state() const { return m_state; }
    TimelineView *timelineView() const { return m_timeline; }
    CareerChart *careerChart() const { return m_career; }
    OverviewStrip *overview() const { return m_overview; }
    SidePanel *sidePanel() const { return m_side; }
    QTextBrowser *details() const { return m_details; }
    QTextBrowser *partyPanel() const { return m_party; }

    TourPlayer *tourPlayer() const { return m_player; }
    EconomyCharts *charts() const { return m_charts; }
    MapView *mapView() const { return m_map; }
    // Presenting a step with `view: map`: the map that stands in the chart's place (null until the
    // first such step; hidden between them).
    MapView *presentedMap() const { return m_stepMap; }
    // The map pane beside the timeline (View > Map, --map).
    void setMapVisible(bool visible);
    bool isMapVisible() const;
    // The charts sit under the timeline on its time axis; detached, they float in their own window.
    void setChartsVisible(bool visible);
    void setChartsDetached(bool detached);
    bool chartsDetached() const { return m_chartsDetached; }
    PresentationPanel *presentationPanel() const { return m_presentation; }

    void apply(const ExplorerOptions &options);
    // Below this width the side panels start folded away (a classroom projector).
    static constexpr int kNarrowWidth = 1400;
    // Presenting a chart step, the timeline keeps at least its axis and a few lanes' markers.
    static constexpr int kLeastPresentedTimeline = 120;
    // Pixels asked for the step's plots over their two fifths: a chart page's measure of its own rows
    // (wrapped legends, the sources' line) is not exact to the pixel, and the two fifths are a floor.
    static constexpr int kFocusSlack = 16;
    void fitPanelsToWidth(int width);

    // Presentation: full screen, sidebars hidden, projector theme, the selected event or tour step
    // large under the timeline; leaving restores the layout exactly as it was.
    void setPresenting(bool on);
    bool isPresenting() const { return m_presentationState->isPresenting(); }
    PresentationState *presentationState() const { return m_presentationState; }
    void setFullScreenWhenPresenting(bool on) { m_fullScreenWhenPresenting = on; }
    bool isBlanked() const;
    void playTour(const Tour &tour, int step = 0);
    void presentNext();
    void presentPrevious();
    void presentFirst();
    void presentLast();
    void setFontScale(double scale);
    double fontScale() const { return m_presentationState->fontScale(); }
    // While presenting, the charts share the screen with the timeline when the teacher asks for them
    // (C or Ctrl+J, or --charts on the command line) or when a tour step names one.
    void setPresentationCharts(bool on);
    void togglePresentationCharts();
    bool presentationChartsShown() const;

    // Ctrl+F: the search field, its text selected. Ctrl+G: a date asked for, then goToDate().
    void focusSearch();
    void goToDateDialog();
    // Puts the cursor on a date (YYYY, YYYY-MM or YYYY-MM-DD) and centres it; false when it is not one.
    bool goToDate(const QString &text);

    void setThemeKind(Theme::Kind kind);
    Theme::Kind themeKind() const { return m_themeKind; }
    const Theme &theme() const { return m_theme; }
    // Where tours made in the explorer are saved and loaded from.
    void setTourFolder(const QString &folder) { m_tourFolder = folder; }
    void showPresenterWindow();
    // What the window shows beyond its texts, for --dump-view: presenting or not, the theme and type
    // size, the docks, and the chart on show with the plots it shows and leaves out.
    void describe(ViewDump &dump) const;
    // Window geometry, docks, splitters and the last view, from the previous session.
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Runs `setText` now and again at every change of language: the retranslation of one text.
    void retranslated(std::function<void()> setText);
    // Follows the interface's language (Language::current()): the data set's texts in it, then every
    // text of the window's own.
    void followLanguage();
    // The details pane's content, made again in the new language at a change of language.
    void setDetails(std::function<QString()> html);
    void showTracingStatus();
    void buildMenus();
    void updatePresentationCharts();
    bool stepHasChart() const;
    void layOutPresentation();
    void showEventDetails(int event);
    void showParty();
    void openLink(const QUrl &url);
    void openDataSet();
    void openDataSetFolder(const QString &dir);
    void applyTheme();
    void exportViewDialog();
    void exportMapDialog(const QString &suffix);
    void showStepMap(bool on);
    void exportTourDialog(const Tour &tour);
    void editTour();

    ViewState *m_state;
    Theme m_theme;
    TimelineView *m_timeline;
    MapView *m_map;
    OverviewStrip *m_overview;
    CareerChart *m_career;
    SidePanel *m_side;
    QSplitter *m_splitter;
    QScrollArea *m_careerScroll;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QTextBrowser *m_party;
    QComboBox *m_lanes;
    QToolBar *m_toolbar = nullptr;
    TourPlayer *m_player;
    PresentationState *m_presentationState;
    EconomyCharts *m_charts;
    QAction *m_chartsVisibleAction = nullptr;
    QAction *m_chartsDetachedAction = nullptr;
    bool m_chartsDetached = false;
    QString m_chartsThemeKey;
    // The map of a `view: map` step, put into the splitter in the chart's place while shown (the charts,
    // hidden, wait out of it); otherwise a hidden child of the window.
    MapView *m_stepMap = nullptr;
    bool m_stepMapShown = false;
    PresentationPanel *m_presentation;
    BlankOverlay *m_blank;
    PresenterWindow *m_presenter = nullptr;
    QList<QAction *> m_presentationActions; // enabled only while presenting
    QAction *m_clearTracing = nullptr;
    bool m_fullScreenWhenPresenting = true;
    // Presenting: the teacher's own choice of charts, and a choice made for the current step only
    // (pressing C on a step whose chart the tour shows hides it there), forgotten at the next step.
    Theme::Kind m_themeKind = Theme::Kind::Light;
    double m_systemPointSize = 0; // the system's (the application's) type size, before the theme's
    QString m_tourFolder;
    std::vector<std::function<void()>> m_retranslations;
    std::function<QString()> m_detailsHtml;
    std::shared_ptr<const DataSet> m_untranslated;
    QString m_textsLanguage; // the language the data set's texts on show are in
};

} // namespace khronika
