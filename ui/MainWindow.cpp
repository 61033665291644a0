#include "MainWindow.h"

#include "core/DataSetLoader.h"
#include "ui/CareerChart.h"
#include "ui/DetailsHtml.h"
#include "ui/OverviewStrip.h"
#include "ui/SidePanel.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>

namespace khronika {

MainWindow::MainWindow(std::shared_ptr<const Timeline> timeline, QWidget *parent)
    : QMainWindow(parent)
    , m_state(new ViewState(std::move(timeline), this))
{
    setWindowTitle(tr("Khronika — %1").arg(m_state->timeline().data().title));
    setObjectName(QStringLiteral("MainWindow"));
    QFont base = font();
    base.setPointSizeF(m_theme.basePointSize);
    setFont(base);

    m_timeline = new TimelineView(m_state);
    m_overview = new OverviewStrip(m_state);
    m_career = new CareerChart(m_state);
    auto *careerScroll = new QScrollArea;
    m_careerScroll = careerScroll;
    careerScroll->setWidget(m_career);
    careerScroll->setWidgetResizable(true);
    careerScroll->setFrameShape(QFrame::NoFrame);
    careerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_overview);
    m_splitter->addWidget(careerScroll);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({620, 64, 380});
    careerScroll->setVisible(false);
    setCentralWidget(m_splitter);

    m_side = new SidePanel(m_state);
    auto *left = new QDockWidget(tr("Browse"), this);
    left->setObjectName(QStringLiteral("browseDock"));
    left->setWidget(m_side);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);

    m_details = new QTextBrowser;
    m_details->setOpenLinks(false);
    m_party = new QTextBrowser;
    m_party->setOpenLinks(false);
    for (QTextBrowser *b : {m_details, m_party})
        connect(b, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_details, tr("Event"));
    m_tabs->addTab(m_party, tr("On this day"));
    auto *right = new QDockWidget(tr("Details"), this);
    right->setObjectName(QStringLiteral("detailsDock"));
    right->setWidget(m_tabs);
    right->setFeatures(left->features());
    addDockWidget(Qt::RightDockWidgetArea, right);
    resizeDocks({left, right}, {300, 400}, Qt::Horizontal);

    buildMenus();

    connect(m_state, &ViewState::selectionChanged, this, &MainWindow::showEventDetails);
    connect(m_state, &ViewState::cursorChanged, this, &MainWindow::showParty);
    connect(m_state, &ViewState::tracedActorsChanged, this, [this] {
        // Tracing from the list shows who the person was while their events light up.
        const QList<int> &traced = m_state->tracedActors();
        if (!traced.isEmpty() && m_state->selectedEvent() < 0)
            m_details->setHtml(DetailsHtml::actor(m_state->timeline(), traced.back()));
        QStringList names;
        for (int a : traced)
            names << m_state->timeline().actor(a).name;
        statusBar()->showMessage(names.isEmpty() ? QString() : tr("Tracing: %1").arg(names.join(QStringLiteral(", "))));
        // The career chart takes room from the timeline only while someone is traced.
        m_careerScroll->setVisible(!traced.isEmpty());
    });
    showParty();
    m_details->setHtml(tr("<h2>%1</h2><p>%2</p><p>Click an event on the timeline to read about it here. "
                          "Click a person to trace their rise and fall.</p>")
                           .arg(m_state->timeline().data().title.toHtmlEscaped(),
                                m_state->timeline().data().description.toHtmlEscaped()));
    m_timeline->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Data Set…"), QKeySequence::Open, this, &MainWindow::openDataSet);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_timeline, &TimelineView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_timeline, &TimelineView::zoomOut);
    view->addAction(tr("&Whole Period"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] {
        m_state->setWindow(double(m_state->limits().first), double(m_state->limits().last + 1));
    });
    view->addSeparator();
    view->addAction(tr("&Clear Tracing"), QKeySequence(Qt::Key_Escape), this, [this] { m_state->setTracedActors({}); });
    view->addAction(tr("Show &All Factions and Categories"), this, [this] {
        for (int f = -1; f < m_state->timeline().factionCount(); ++f)
            m_state->setFactionShown(f, true);
        for (int c = 0; c < int(m_state->timeline().data().categories.size()); ++c)
            m_state->setCategoryShown(c, true);
    });

    auto *toolbar = addToolBar(tr("Timeline"));
    toolbar->setObjectName(QStringLiteral("timelineToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Lanes: ")));
    m_lanes = new QComboBox;
    m_lanes->addItem(tr("Factions"), int(LaneMode::Faction));
    m_lanes->addItem(tr("Categories"), int(LaneMode::Category));
    m_lanes->addItem(tr("People"), int(LaneMode::Actor));
    connect(m_lanes, &QComboBox::activated, this, [this](int i) { m_state->setLaneMode(LaneMode(m_lanes->itemData(i).toInt())); });
    connect(m_state, &ViewState::laneModeChanged, this, [this] { m_lanes->setCurrentIndex(m_lanes->findData(int(m_state->laneMode()))); });
    toolbar->addWidget(m_lanes);
    toolbar->addSeparator();
    toolbar->addAction(tr("Zoom in"), m_timeline, &TimelineView::zoomIn);
    toolbar->addAction(tr("Zoom out"), m_timeline, &TimelineView::zoomOut);
    toolbar->addAction(tr("Whole period"), this, [this] {
        m_state->setWindow(double(m_state->limits().first), double(m_state->limits().last + 1));
    });
    toolbar->addSeparator();
    toolbar->addAction(tr("◀ Previous event"), this, [this] { m_timeline->stepEvent(-1); });
    toolbar->addAction(tr("Next event ▶"), this, [this] { m_timeline->stepEvent(+1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard and Mouse"), this, [this] {
        QMessageBox::information(this, tr("Keyboard and mouse"),
                                 tr("Wheel or pinch: zoom at the pointer\nDrag: pan · Shift+wheel: pan\n"
                                    "Click an event: details · Double-click: zoom to it\n"
                                    "Click the date axis: move the time cursor · Drag along the axis: zoom to that range\n"
                                    "+ / −: zoom · ← / →: previous / next event · Shift+← / →: pan\n"
                                    "Click a person: trace them · Ctrl+click: compare · Esc: stop tracing"));
    });
}

void MainWindow::showEventDetails(int event)
{
    if (event < 0)
        return;
    m_details->setHtml(DetailsHtml::event(m_state->timeline(), event));
    m_tabs->setCurrentWidget(m_details);
}

void MainWindow::showParty()
{
    m_party->setHtml(DetailsHtml::partyAt(m_state->timeline(), m_state->cursor()));
}

void MainWindow::openLink(const QUrl &url)
{
    const Timeline &t = m_state->timeline();
    const QString scheme = url.scheme();
    const QString id = url.path();
    if (scheme == u"actor") {
        const int a = t.actorIndex(id);
        if (a >= 0)
            m_state->setTracedActors({a});
    } else if (scheme == u"faction") {
        const int f = t.factionIndex(id);
        if (f >= 0)
            m_state->showOnlyFactions({f});
    } else if (scheme == u"event") {
        const int e = t.eventIndex(id);
        m_state->setSelectedEvent(e);
        m_state->revealEvent(e);
    } else if (scheme == u"https" || scheme == u"http") {
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::openDataSet()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a data set folder"));
    if (dir.isEmpty())
        return;
    LoadResult loaded = DataSetLoader::loadDirectory(dir);
    if (!loaded.ok()) {
        // The data set on screen stays as it is; the teacher sees what to fix.
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics.all())
            lines << d.toString();
        QMessageBox box(QMessageBox::Warning, tr("The data set has errors"),
                        tr("%1 has %n error(s) and was not opened.", nullptr, loaded.diagnostics.errorCount()).arg(dir), QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return;
    }
    auto *window = new MainWindow(std::make_shared<const Timeline>(std::move(loaded.data)));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(size());
    window->show();
}

void MainWindow::apply(const ExplorerOptions &options)
{
    const Timeline &t = m_state->timeline();
    if (options.size.isValid()) {
        resize(options.size);
        // On a small screen the timeline keeps most of the width.
        const bool narrow = options.size.width() < 1600;
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("browseDock")), findChild<QDockWidget *>(QStringLiteral("detailsDock"))},
                    {narrow ? 230 : 300, narrow ? 300 : 400}, Qt::Horizontal);
    }
    if (options.lanes)
        m_state->setLaneMode(*options.lanes);
    if (options.window)
        m_state->setWindow(options.window->first, options.window->second);
    if (!options.factions.isEmpty()) {
        QList<int> factions;
        for (const QString &id : options.factions)
            factions << t.factionIndex(id);
        m_state->showOnlyFactions(factions);
    }
    if (!options.actors.isEmpty()) {
        QList<int> actors;
        for (const QString &id : options.actors)
            actors << t.actorIndex(id);
        m_state->setTracedActors(actors);
    }
    if (!options.event.isEmpty()) {
        const int e = t.eventIndex(options.event);
        m_state->setSelectedEvent(e);
        if (!options.window)
            m_state->revealEvent(e);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const double start = settings.value(QStringLiteral("view/start"), m_state->windowStart()).toDouble();
    const double end = settings.value(QStringLiteral("view/end"), m_state->windowEnd()).toDouble();
    m_state->setWindow(start, end);
    m_state->setLaneMode(LaneMode(std::clamp(settings.value(QStringLiteral("view/lanes"), 0).toInt(), 0, 2)));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("view/start"), m_state->windowStart());
    settings.setValue(QStringLiteral("view/end"), m_state->windowEnd());
    settings.setValue(QStringLiteral("view/lanes"), int(m_state->laneMode()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace khronika
