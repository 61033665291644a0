#pragma once

#include "ui/ExplorerOptions.h"
#include "ui/Theme.h"
#include "ui/ViewState.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace khronika {

class CareerChart;
class OverviewStrip;
class SidePanel;
class TimelineView;

// The explorer: the timeline with its overview strip and the career chart of the traced actors in the
// middle, the browsing panel on the left, the event details and "who held power on this day" on the
// right. All of them share one ViewState.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Timeline> timeline, QWidget *parent = nullptr);
    ~MainWindow() override;

    ViewState *state() const { return m_state; }
    TimelineView *timelineView() const { return m_timeline; }
    CareerChart *careerChart() const { return m_career; }
    OverviewStrip *overview() const { return m_overview; }
    SidePanel *sidePanel() const { return m_side; }
    QTextBrowser *details() const { return m_details; }
    QTextBrowser *partyPanel() const { return m_party; }

    void apply(const ExplorerOptions &options);
    // Window geometry, docks, splitters and the last view, from the previous session.
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showEventDetails(int event);
    void showParty();
    void openLink(const QUrl &url);
    void openDataSet();

    ViewState *m_state;
    Theme m_theme;
    TimelineView *m_timeline;
    OverviewStrip *m_overview;
    CareerChart *m_career;
    SidePanel *m_side;
    QSplitter *m_splitter;
    QScrollArea *m_careerScroll;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QTextBrowser *m_party;
    QComboBox *m_lanes;
};

} // namespace khronika
