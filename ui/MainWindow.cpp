#include "MainWindow.h"

#include "core/Translation.h"

#include "core/DataSetLoader.h"
#include "i18n/Language.h"
#include "ui/DataSetOpening.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/EconomyCharts.h"
#include "ui/export/Exporter.h"
#include "ui/export/Handout.h"
#include "ui/export/TimelineTransfer.h"
#include "ui/export/ViewDump.h"
#include "ui/map/MapView.h"
#include "ui/panels/CareerChart.h"
#include "ui/panels/DetailsHtml.h"
#include "ui/panels/LoadProblems.h"
#include "ui/panels/SidePanel.h"
#include "ui/panels/TourEditor.h"
#include "ui/presentation/PresentationPanel.h"
#include "ui/presentation/PresenterWindow.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/timeline/OverviewStrip.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QIcon>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace khronika {

MainWindow::MainWindow(std::shared_ptr<const Timeline> timeline, QWidget *parent)
    : QMainWindow(parent)
    , m_state(new ViewState(std::move(timeline), this))
    , m_player(new TourPlayer(m_state, this))
    , m_presentationState(new PresentationState(this))
{
    m_tourFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tours");
    m_systemPointSize = QApplication::font().pointSizeF();
    m_textsLanguage = sourceLanguage(m_state->timeline().data());
    retranslated([this] { setWindowTitle(tr("Khronika — %1").arg(m_state->timeline().data().title)); });
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/khronika/icons/khronika.svg")));
    m_timeline = new TimelineView(m_state);
    m_overview = new OverviewStrip(m_state);
    m_career = new CareerChart(m_state);
    retranslated([this] {
        m_timeline->setAccessibleName(tr("Timeline"));
        m_timeline->setAccessibleDescription(
            tr("Events by lane over time. Arrow keys step through events; plus and minus zoom."));
        m_overview->setAccessibleName(tr("Overview of the whole period"));
        m_career->setAccessibleName(tr("Careers of the traced people"));
    });
    auto *careerScroll = new QScrollArea;
    m_careerScroll = careerScroll;
    careerScroll->setWidget(m_career);
    careerScroll->setWidgetResizable(true);
    careerScroll->setFrameShape(QFrame::NoFrame);
    careerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Only a frame around the chart: Tab passes it by.
    careerScroll->setFocusPolicy(Qt::NoFocus);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_overview);
    m_charts = new EconomyCharts(m_state, EconomyCharts::chartIds(), m_theme);
    m_charts->setObjectName(QStringLiteral("economyCharts"));
    // The charts keep the height they need to stay legible; the timeline yields (and the teacher can
    // hide the charts with Ctrl+J).
    m_splitter->addWidget(m_charts);
    m_splitter->setCollapsible(2, false);
    m_splitter->addWidget(careerScroll);
    m_presentation = new PresentationPanel(m_state, m_player);
    // A new step (or none) shows its own chart: a choice the teacher made for the last one lapses.
    connect(m_player, &TourPlayer::stepChanged, m_presentationState, &PresentationState::stepChanged);
    connect(m_presentationState, &PresentationState::chartsChanged, this, &MainWindow::updatePresentationCharts);
    connect(m_presentationState, &PresentationState::fontScaleChanged, this, &MainWindow::applyTheme);
    // Presenting, a chart must not scroll: what its page still lacks (a chart that wraps into more rows
    // at this width than was measured) is taken from the timeline.
    connect(m_charts, &EconomyCharts::fitted, this, [this](int overflow) {
        if (!isPresenting() || overflow <= 0 || m_chartsDetached || !m_charts->isVisible())
            return;
        QList<int> sizes = m_splitter->sizes();
        const int give = std::min(overflow, sizes[0]);
        if (give <= 0)
            return;
        sizes[0] -= give;
        sizes[2] += give;
        m_splitter->setSizes(sizes);
    });
    connect(m_player, &TourPlayer::stopped, m_presentationState, &PresentationState::stepChanged);
    m_presentation->setVisible(false);
    m_splitter->addWidget(m_presentation);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setStretchFactor(3, 3);
    m_splitter->setStretchFactor(4, 2);
    m_blank = new BlankOverlay(this);
    m_blank->hide();
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({600, 64, 400, 380, 0});
    m_splitter->installEventFilter(this);
    careerScroll->setVisible(false);
    setCentralWidget(m_splitter);

    m_side = new SidePanel(m_state);
    auto *left = new QDockWidget(this);
    left->setObjectName(QStringLiteral("browseDock"));
    left->setWidget(m_side);
    left->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);

    m_details = new QTextBrowser;
    m_details->setOpenLinks(false);
    m_party = new QTextBrowser;
    m_party->setOpenLinks(false);
    for (QTextBrowser *b : {m_details, m_party})
        connect(b, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_party, QString());
    auto *right = new QDockWidget(this);
    right->setObjectName(QStringLiteral("detailsDock"));
    right->setWidget(m_tabs);
    right->setFeatures(left->features());
    addDockWidget(Qt::RightDockWidgetArea, right);
    resizeDocks({left, right}, {300, 400}, Qt::Horizontal);

    // The map sits between the timeline and the details, hidden until asked for (View > Map, --map).
    m_map = new MapView(m_state);
    auto *mapDock = new QDockWidget(this);
    mapDock->setObjectName(QStringLiteral("mapDock"));
    mapDock->setWidget(m_map);
    mapDock->setFeatures(left->features());
    addDockWidget(Qt::RightDockWidgetArea, mapDock);
    splitDockWidget(mapDock, right, Qt::Horizontal);
    mapDock->hide();
    retranslated([this, left, right, mapDock] {
        left->setWindowTitle(tr("Browse"));
        m_details->setAccessibleName(tr("Event details"));
        m_party->setAccessibleName(tr("Who held power on the cursor's day"));
        m_tabs->setAccessibleName(tr("Details"));
        m_tabs->tabBar()->setAccessibleName(tr("Details"));
        m_tabs->setTabText(0, tr("Event"));
        m_tabs->setTabText(1, tr("On this day"));
        right->setWindowTitle(tr("Details"));
        mapDock->setWindowTitle(tr("Map"));
        if (m_chartsDetached)
            m_charts->setWindowTitle(tr("Khronika — charts"));
    });
    connect(m_map, &MapView::exportRequested, this, &MainWindow::exportMapDialog);

    buildMenus();
    applyTheme();

    connect(m_state, &ViewState::selectionChanged, this, &MainWindow::showEventDetails);
    connect(m_state, &ViewState::cursorChanged, this, &MainWindow::showParty);
    // Reveal mode moving on or back changes what the panels may tell.
    connect(m_state, &ViewState::filtersChanged, this, &MainWindow::showParty);
    connect(m_state, &ViewState::filtersChanged, this, [this] {
        // The selected event's details follow reveal mode, without taking the reader to their tab.
        if (const int e = m_state->selectedEvent(); e >= 0)
            setDetails([this, e] {
                return m_state->isRevealed(e) ? DetailsHtml::event(m_state->timeline(), e)
                                              : DetailsHtml::hiddenByReveal();
            });
    });
    // A cursor moved from elsewhere (a chart of the plans, the panel) brings the timeline with it.
    connect(m_state, &ViewState::cursorChanged, this, [this](qint64 day) {
        if (double(day) < m_state->windowStart() || double(day) >= m_state->windowEnd()) {
            const double span = m_state->windowEnd() - m_state->windowStart();
            m_state->animateWindow(double(day) - span / 2, double(day) + span / 2);
        }
    });
    connect(m_state, &ViewState::tracedActorsChanged, this, [this] {
        // Tracing from the list shows who the person was while their events light up.
        const QList<int> &traced = m_state->tracedActors();
        if (!traced.isEmpty() && m_state->selectedEvent() < 0)
            setDetails([this, actor = traced.back()] { return DetailsHtml::actor(m_state->timeline(), actor); });
        showTracingStatus();
        // The career chart takes room from the timeline only while someone is traced.
        m_careerScroll->setVisible(!traced.isEmpty());
    });
    // applyTheme() above has already filled the "on this day" panel.
    setDetails([this] {
        return tr("<h2>%1</h2><p>%2</p><p>Click an event on the timeline to read about it here. "
                  "Click a person to trace their rise and fall.</p>")
            .arg(m_state->timeline().data().title.toHtmlEscaped(),
                m_state->timeline().data().description.toHtmlEscaped());
    });
    m_timeline->setFocus();
}

MainWindow::~MainWindow() = default;

std::shared_ptr<const Timeline> MainWindow::timelineIn(const DataSet &untranslated, const QString &language)
{
    return std::make_shared<const Timeline>(translated(untranslated, language), &untranslated);
}

void MainWindow::setUntranslatedData(std::shared_ptr<const DataSet> data)
{
    m_untranslated = std::move(data);
    m_textsLanguage = Language::current();
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!Language::available().contains(language) || !Language::apply(qApp, language))
        return false;
    QSettings().setValue(QStringLiteral("ui/language"), language);
    // The change of language reaches every window as an event; this one follows at once.
    followLanguage();
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        followLanguage();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslated(std::function<void()> setText)
{
    setText();
    m_retranslations.push_back(std::move(setText));
}

void MainWindow::setDetails(std::function<QString()> html)
{
    m_detailsHtml = std::move(html);
    m_details->setHtml(m_detailsHtml());
}

void MainWindow::showTracingStatus()
{
    QStringList names;
    for (int a : m_state->tracedActors())
        names << m_state->timeline().actor(a).name;
    statusBar()->showMessage(names.isEmpty() ? QString() : tr("Tracing: %1").arg(names.join(QStringLiteral(", "))));
}

void MainWindow::followLanguage()
{
    const QString language = Language::current();
    if (language != m_textsLanguage) {
        // The same records in the other language: every index the views hold stays valid
        // (ViewState::setTimeline), so the class keeps its place.
        const DataSet &untranslated = m_untranslated ? *m_untranslated : m_state->timeline().data();
        std::shared_ptr<const DataSet> keep = m_untranslated;
        if (!keep) // the timeline's own data are the untranslated ones: kept apart before it is replaced
            keep = std::make_shared<const DataSet>(untranslated);
        if (m_state->setTimeline(timelineIn(*keep, language))) {
            m_untranslated = std::move(keep);
            m_textsLanguage = language;
        }
    }
    for (const auto &setText : m_retranslations)
        setText();
    if (m_detailsHtml)
        m_details->setHtml(m_detailsHtml());
    showParty();
    showTracingStatus();
    // The narration and the chart's words changed length: the screen is shared out again.
    if (isPresenting())
        layOutPresentation();
}

void MainWindow::buildMenus()
{
    const Timeline &t = m_state->timeline();
    // Every text is set through retranslated(), so that a change of language finds it again.
    const auto menu = [this](QMenu *parent, std::function<QString()> title) {
        QMenu *m = parent ? parent->addMenu(QString()) : menuBar()->addMenu(QString());
        retranslated([m, title = std::move(title)] { m->setTitle(title()); });
        return m;
    };
    const auto named = [this](QAction *action, std::function<QString()> text) {
        retranslated([action, text = std::move(text)] { action->setText(text()); });
        return action;
    };
    QMenu *file = menu(nullptr, [] { return tr("&File"); });
    named(file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDataSet),
        [] { return tr("&Open Data Set…"); });
    named(file->addAction(QString(), this,
              [this] {
                  if (const QString dir = TimelineTransfer::importDialog(this); !dir.isEmpty())
                      openDataSetFolder(dir);
              }),
        [] { return tr("&Import Timeline…"); });
    named(
        file->addAction(QString(), this,
            [this] {
                const DayRange view {Day(std::floor(m_state->windowStart())), Day(std::ceil(m_state->windowEnd())) - 1};
                TimelineTransfer::exportDialog(m_state->timeline().data(), view, this);
            }),
        [] { return tr("Export &Timeline…"); });
    named(file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportViewDialog),
        [] { return tr("&Export View…"); });
    named(file->addAction(QString(), this, [this] { exportMapDialog(QStringLiteral("png")); }),
        [] { return tr("Export &Map…"); });
    named(file->addAction(QString(), QKeySequence::Print, this, [this] { Exporter::print(m_state, m_theme, this); }),
        [] { return tr("&Print…"); });
    file->addSeparator();
    named(file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close), [] { return tr("&Quit"); });

    QMenu *edit = menu(nullptr, [] { return tr("&Edit"); });
    QAction *find = named(
        edit->addAction(QString(), QKeySequence::Find, this, &MainWindow::focusSearch), [] { return tr("&Find…"); });
    find->setObjectName(QStringLiteral("findAction"));
    QAction *goTo
        = named(edit->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_G), this, &MainWindow::goToDateDialog),
            [] { return tr("&Go to Date…"); });
    goTo->setObjectName(QStringLiteral("goToDateAction"));

    QMenu *view = menu(nullptr, [] { return tr("&View"); });
    // + and − zoom the timeline; Ctrl with them sizes the type, as in a browser.
    named(view->addAction(QString(), QKeySequence(Qt::Key_Plus), m_timeline, &TimelineView::zoomIn),
        [] { return tr("Zoom &In"); });
    named(view->addAction(QString(), QKeySequence(Qt::Key_Minus), m_timeline, &TimelineView::zoomOut),
        [] { return tr("Zoom &Out"); });
    // The type size works in the window and presenting alike, and is remembered; the actions sit on
    // the window too, so that they still answer while the menu bar is hidden.
    const auto textSize
        = [this, view, named](std::function<QString()> name, const QList<QKeySequence> &keys, auto slot) {
              QAction *a = named(view->addAction(QString()), std::move(name));
              a->setShortcuts(keys);
              connect(a, &QAction::triggered, m_presentationState, slot);
              addAction(a);
          };
    textSize([] { return tr("&Larger Text"); },
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
        &PresentationState::largerText);
    textSize(
        [] { return tr("S&maller Text"); }, {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &PresentationState::smallerText);
    textSize([] { return tr("&Normal Text Size"); }, {}, &PresentationState::normalText); // Ctrl+0 is the whole period
    named(view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), this,
              [this] { m_state->setWindow(double(m_state->limits().first), double(m_state->limits().last + 1)); }),
        [] { return tr("&Whole Period"); });
    view->addSeparator();
    m_clearTracing = named(view->addAction(QString(), QKeySequence(Qt::Key_Escape), this,
                               [this] {
                                   m_state->setTracedActors({});
                                   m_state->setFocusYear(std::nullopt);
                               }),
        [] { return tr("&Clear Tracing"); });
    named(view->addAction(QString(), this,
              [this] {
                  for (int f = -1; f < m_state->timeline().factionCount(); ++f)
                      m_state->setFactionShown(f, true);
                  for (int c = 0; c < int(m_state->timeline().data().categories.size()); ++c)
                      m_state->setCategoryShown(c, true);
              }),
        [] { return tr("Show &All Factions and Categories"); });
    view->addSeparator();
    m_chartsVisibleAction = view->addAction(
        QString(), QKeySequence(Qt::CTRL | Qt::Key_J), this, [this](bool on) { setChartsVisible(on); });
    retranslated([this] {
        m_chartsVisibleAction->setText(tr("Charts"));
        m_chartsVisibleAction->setToolTip(tr("Show or hide the charts under the timeline (Ctrl+J)"));
    });
    m_chartsVisibleAction->setCheckable(true);
    m_chartsVisibleAction->setChecked(true);
    m_chartsDetachedAction = named(view->addAction(QString(), this, [this](bool on) { setChartsDetached(on); }),
        [] { return tr("&Detach Charts"); });
    m_chartsDetachedAction->setCheckable(true);
    // After the dock's own title, which a dock also gives its toggle action.
    QAction *mapAction
        = named(findChild<QDockWidget *>(QStringLiteral("mapDock"))->toggleViewAction(), [] { return tr("&Map"); });
    mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    view->addAction(mapAction);
    QMenu *themes = menu(view, [] { return tr("&Theme"); });
    auto *themeGroup = new QActionGroup(this);
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Projector, Theme::Kind::System}) {
        QAction *a = named(themes->addAction(QString(), this,
                               [this, kind] {
                                   setThemeKind(kind);
                                   QSettings().setValue(QStringLiteral("view/theme"), Theme::name(kind));
                               }),
            [kind] {
                switch (kind) {
                case Theme::Kind::Light:
                    return tr("&Light");
                case Theme::Kind::Dark:
                    return tr("&Dark");
                case Theme::Kind::Projector:
                    return tr("&Projector (high contrast)");
                case Theme::Kind::System:
                    break;
                }
                return tr("&System Colours");
            });
        a->setCheckable(true);
        a->setData(int(kind));
        themeGroup->addAction(a);
    }
    connect(themes, &QMenu::aboutToShow, this, [this, themeGroup] {
        for (QAction *a : themeGroup->actions())
            a->setChecked(a->data().toInt() == int(m_themeKind));
    });
    view->addSeparator();
    named(view->addAction(QString(), QKeySequence(Qt::Key_F5), this, [this] { setPresenting(!isPresenting()); }),
        [] { return tr("&Presentation"); });
    named(view->addAction(QString(), this, &MainWindow::showPresenterWindow), [] { return tr("Presenter &Window"); });
    view->addSeparator();
    // The languages are named in their own words; a choice takes effect at once and is remembered.
    QMenu *languages = menu(view, [] { return tr("&Language"); });
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *a = languages->addAction(Language::nativeName(code), this, [this, code] {
            if (setLanguage(code))
                return;
            // The menu ticks the language still in use again.
            followLanguage();
            QMessageBox::warning(this, tr("Language"),
                tr("The translation into %1 could not be loaded.").arg(Language::nativeName(code)));
        });
        a->setCheckable(true);
        a->setData(code);
        languageGroup->addAction(a);
        retranslated([a, code] { a->setChecked(code == Language::current()); });
    }

    // A tour is found by its id when it is asked for, so that it plays in the language of the moment.
    const auto tourNamed = [this, named](QAction *action, const QString &id) {
        named(action, [this, id] {
            const Tour *tour = m_state->timeline().tour(id);
            return tour ? tour->title : id;
        });
    };
    QMenu *tours = menu(nullptr, [] { return tr("&Tours"); });
    for (const Tour &tour : t.data().tours) {
        tourNamed(tours->addAction(QString(), this,
                      [this, id = tour.id] {
                          if (const Tour *chosen = m_state->timeline().tour(id))
                              playTour(*chosen);
                      }),
            tour.id);
    }
    tours->addSeparator();
    QAction *reveal = named(tours->addAction(QString()), [] { return tr("&Reveal Mode (hide what comes next)"); });
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, m_player, &TourPlayer::setRevealMode);
    named(tours->addAction(QString(), this, &MainWindow::editTour), [] { return tr("&Make a Tour…"); });
    QMenu *handouts = menu(tours, [] { return tr("Export Tour as PDF &Handout"); });
    for (const Tour &tour : t.data().tours) {
        tourNamed(handouts->addAction(QString(), this,
                      [this, id = tour.id] {
                          if (const Tour *chosen = m_state->timeline().tour(id))
                              exportTourDialog(*chosen);
                      }),
            tour.id);
    }
    // The paper the school's copier takes; remembered, A4 unless the locale measures in US units.
    QMenu *paper = menu(tours, [] { return tr("Handout &Paper"); });
    auto *papers = new QActionGroup(paper);
    const QString chosenPaper
        = QSettings().value(QStringLiteral("handout/paper"), Handout::paperName(Handout::defaultPaper())).toString();
    for (const auto kind : {Handout::Paper::A4, Handout::Paper::Letter}) {
        QAction *a = named(
            paper->addAction(QString()), [kind] { return kind == Handout::Paper::A4 ? tr("A4") : tr("US Letter"); });
        a->setCheckable(true);
        a->setChecked(Handout::paperName(kind) == chosenPaper);
        papers->addAction(a);
        connect(a, &QAction::triggered, this,
            [kind] { QSettings().setValue(QStringLiteral("handout/paper"), Handout::paperName(kind)); });
    }

    // Keys for presenting: clickers send PageDown/PageUp; B blanks the screen as in slide software.
    const auto presentKey = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_presentationActions << a;
    };
    presentKey({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Right)},
        [this] { presentNext(); });
    presentKey({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left)}, [this] { presentPrevious(); });
    presentKey({QKeySequence(Qt::Key_Home)}, [this] { presentFirst(); });
    presentKey({QKeySequence(Qt::Key_End)}, [this] { presentLast(); });
    presentKey({QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)}, [this] {
        m_blank->setGeometry(rect());
        m_blank->setVisible(!m_blank->isVisible());
        m_blank->raise();
    });
    presentKey({QKeySequence(Qt::Key_Escape)}, [this] { setPresenting(false); });
    // The menu bar is hidden while presenting, and with it the shortcut of View > Charts.
    presentKey({QKeySequence(Qt::Key_C), QKeySequence(Qt::CTRL | Qt::Key_J)}, [this] { togglePresentationCharts(); });

    m_toolbar = addToolBar(QString());
    auto *toolbar = m_toolbar;
    toolbar->setObjectName(QStringLiteral("timelineToolbar"));
    toolbar->setMovable(false);
    retranslated([toolbar] { toolbar->setWindowTitle(tr("Timeline")); });
    // What a teacher reaches for first comes first, so that a narrow projector's window hides the
    // least needed behind the toolbar's overflow, never Present. Short names, full ones as tooltips.
    // `text` is null for a symbol ("◀", "+"), the same in every language.
    const auto addTool = [this, toolbar](QAction *action, std::function<QString()> text, std::function<QString()> tip) {
        toolbar->addAction(action);
        retranslated([toolbar, action, text = std::move(text), tip = std::move(tip)] {
            if (text)
                action->setText(text());
            action->setToolTip(tip());
            // A screen reader reads the tip, not the symbol ("◀", "+").
            if (QWidget *button = toolbar->widgetForAction(action))
                button->setAccessibleName(tip());
        });
        return action;
    };
    addTool(
        new QAction(toolbar), [] { return tr("Present"); }, [] { return tr("Present full screen (F5)"); })
        ->setObjectName(QStringLiteral("presentAction"));
    connect(toolbar->actions().back(), &QAction::triggered, this, [this] { setPresenting(true); });
    // The side panels fold away on a small screen; these bring them back.
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toolbar->addAction(toggle);
        // After the docks' titles, which were set first.
        retranslated([toggle, dock] { toggle->setToolTip(tr("Show or hide the %1 panel").arg(dock->windowTitle())); });
    }
    toolbar->addSeparator();
    auto *lanesLabel = new QLabel;
    toolbar->addWidget(lanesLabel);
    m_lanes = new QComboBox;
    // As wide as its longest name in the language of the moment, not as it was first shown.
    m_lanes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lanes->addItem(QString(), int(LaneMode::Faction));
    m_lanes->addItem(QString(), int(LaneMode::Category));
    m_lanes->addItem(QString(), int(LaneMode::Actor));
    retranslated([this, lanesLabel] {
        lanesLabel->setText(tr(" Lanes: "));
        m_lanes->setAccessibleName(tr("Lanes"));
        m_lanes->setItemText(0, tr("Factions"));
        m_lanes->setItemText(1, tr("Categories"));
        m_lanes->setItemText(2, tr("People"));
    });
    connect(m_lanes, &QComboBox::activated, this,
        [this](int i) { m_state->setLaneMode(LaneMode(m_lanes->itemData(i).toInt())); });
    connect(m_state, &ViewState::laneModeChanged, this,
        [this] { m_lanes->setCurrentIndex(m_lanes->findData(int(m_state->laneMode()))); });
    toolbar->addWidget(m_lanes);
    toolbar->addSeparator();
    addTool(new QAction(QStringLiteral("◀"), toolbar), {}, [] { return tr("Previous event (←)"); });
    connect(toolbar->actions().back(), &QAction::triggered, this, [this] { m_timeline->stepEvent(-1); });
    addTool(new QAction(QStringLiteral("▶"), toolbar), {}, [] { return tr("Next event (→)"); });
    connect(toolbar->actions().back(), &QAction::triggered, this, [this] { m_timeline->stepEvent(+1); });
    toolbar->addSeparator();
    addTool(new QAction(QStringLiteral("+"), toolbar), {}, [] { return tr("Zoom in (+)"); });
    connect(toolbar->actions().back(), &QAction::triggered, m_timeline, &TimelineView::zoomIn);
    addTool(new QAction(QStringLiteral("−"), toolbar), {}, [] { return tr("Zoom out (−)"); });
    connect(toolbar->actions().back(), &QAction::triggered, m_timeline, &TimelineView::zoomOut);
    addTool(
        new QAction(toolbar), [] { return tr("All years"); }, [] { return tr("The whole period (Ctrl+0)"); });
    connect(toolbar->actions().back(), &QAction::triggered, this,
        [this] { m_state->setWindow(double(m_state->limits().first), double(m_state->limits().last + 1)); });
    toolbar->addSeparator();
    toolbar->addAction(m_chartsVisibleAction);

    QMenu *help = menu(nullptr, [] { return tr("&Help"); });
    named(help->addAction(QString(), this,
              [this] {
                  auto *window = new QTextBrowser(this);
                  window->setWindowFlag(Qt::Window);
                  window->setAttribute(Qt::WA_DeleteOnClose);
                  window->setWindowTitle(tr("Khronika — bibliography"));
                  window->setOpenExternalLinks(true);
                  window->setHtml(DetailsHtml::bibliography(m_state->timeline()));
                  window->resize(900, 700);
                  window->show();
              }),
        [] { return tr("&Bibliography"); });
    QAction *about = help->addAction(QString(), this, [this] {
        const DataSet &d = m_state->timeline().data();
        QMessageBox::about(this, tr("About Khronika"),
            tr("<h3>Khronika %1</h3><p>A timeline explorer of the USSR, 1923–1941.</p>"
               "<p><b>%2</b><br>%3</p><p>%4 events, %5 people, %6 factions, %7 statistical series, %8 tours, "
               "%9 works cited.</p><p>Data set licence: %10. Program licence: MIT.</p>")
                .arg(QApplication::applicationVersion(), d.title.toHtmlEscaped(), d.description.toHtmlEscaped())
                .arg(d.events.size())
                .arg(d.actors.size())
                .arg(d.factions.size())
                .arg(d.series.size())
                .arg(d.tours.size())
                .arg(d.sources.size())
                .arg(d.licence.toHtmlEscaped()));
    });
    named(about, [] { return tr("&About Khronika"); });
    QAction *keys = help->addAction(QString(), this, [this] {
        QMessageBox::information(this, tr("Keyboard and mouse"),
            tr("Wheel or pinch: zoom at the pointer\nDrag: pan · Shift+wheel: pan\n"
               "Click an event: details · Double-click: zoom to it\n"
               "Click the date axis: move the time cursor · Drag the red cursor: watch the Politburo change\n"
               "Drag along the axis: zoom to that range\n"
               "+ / −: zoom · ← / →: previous / next event · Shift+← / →: pan\n"
               "Click a person: trace them · Ctrl+click: compare · Esc: stop tracing\n\n"
               "Presenting (F5): PageDown, Space, → next · PageUp, ← previous · Home / End\n"
               "B: blank the screen · Ctrl+= / Ctrl+−: larger / smaller text · Esc: leave"));
    });
    named(keys, [] { return tr("&Keyboard and Mouse"); });
}

void MainWindow::applyTheme()
{
    Theme theme = Theme::ofKind(m_themeKind);
    // Presenting, every theme sets its type for the back row (the projector theme's size).
    if (isPresenting())
        theme.basePointSize = std::max(theme.basePointSize, Theme::projector().basePointSize);
    // The system's type size is the floor, scaled as the theme scales its own (the projector's is a
    // quarter larger): a reader who chose 16 pt keeps 16 pt, not the theme's 12.
    if (m_systemPointSize > 0)
        theme.basePointSize
            = std::max(theme.basePointSize, m_systemPointSize * theme.basePointSize / Theme::light().basePointSize);
    theme.basePointSize *= fontScale();
    m_theme = theme;
    setPalette(m_theme.palette());
    QFont base = font();
    base.setPointSizeF(m_theme.basePointSize);
    setFont(base);
    // Rich text bakes its link colour in when it is set: give the panels the theme's and refill them.
    // Secondary text (class "muted" in DetailsHtml) takes the theme's muted colour, which meets 4.5:1
    // on its background; a fixed grey did not on the dark theme (2.35:1).
    const QString links = QStringLiteral("a { color: %1; } .muted { color: %2; }")
                              .arg(m_theme.palette().color(QPalette::Link).name(), m_theme.mutedText.name());
    for (QTextBrowser *b : {m_details, m_party})
        b->document()->setDefaultStyleSheet(links);
    const int tab = m_tabs->currentIndex();
    if (m_state->selectedEvent() >= 0)
        showEventDetails(m_state->selectedEvent());
    showParty();
    m_tabs->setCurrentIndex(tab);
    m_timeline->setTheme(m_theme);
    m_map->setTheme(m_theme);
    if (m_stepMap)
        m_stepMap->setTheme(m_theme);
    m_overview->setTheme(m_theme);
    m_career->setTheme(m_theme);
    m_presentation->setTheme(m_theme);
    // Rebuilding the charts is costly; only a real change of theme or type size asks for it.
    const QString key = Theme::name(m_themeKind) + QString::number(theme.basePointSize);
    if (key != m_chartsThemeKey) {
        if (!m_chartsThemeKey.isEmpty() || m_themeKind != Theme::Kind::Light || fontScale() != 1.0)
            m_charts->setTheme(m_theme);
        m_chartsThemeKey = key;
    }
}

void MainWindow::setThemeKind(Theme::Kind kind)
{
    m_themeKind = kind;
    applyTheme();
}

void MainWindow::setFontScale(double scale)
{
    m_presentationState->setFontScale(scale);
}

bool MainWindow::isBlanked() const
{
    return m_blank->isVisible();
}

void MainWindow::setPresenting(bool on)
{
    if (on == isPresenting())
        return;
    if (on) {
        PresentationState::SavedLayout saved;
        saved.geometry = saveGeometry();
        saved.state = saveState();
        saved.splitter = m_splitter->saveState();
        saved.menuBar = menuBar()->isVisible();
        saved.statusBar = statusBar()->isVisible();
        saved.career = m_careerScroll->isVisible();
        saved.overview = m_overview->isVisible();
        saved.charts = m_charts->isVisible();
        saved.theme = Theme::name(m_themeKind);
        m_presentationState->start(saved);
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        m_toolbar->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_careerScroll->hide();
        m_overview->hide();
        if (!m_chartsDetached)
            m_charts->hide();
        // Under the timeline the chart is short of room; in a window of its own it is not.
        m_charts->setCompact(!m_chartsDetached);
        m_presentation->show();
        // A chart step on a small projector may give the timeline's room to the plots.
        m_splitter->setCollapsible(0, true);
        layOutPresentation();
        m_clearTracing->setEnabled(false);
        for (QAction *a : std::as_const(m_presentationActions))
            a->setEnabled(true);
        setThemeKind(m_themeKind == Theme::Kind::Light ? Theme::Kind::Projector : m_themeKind);
        if (m_fullScreenWhenPresenting)
            showFullScreen();
        m_timeline->setFocus();
        return;
    }
    showStepMap(false);
    const PresentationState::SavedLayout saved = m_presentationState->stop();
    m_blank->hide();
    m_player->stop();
    for (QAction *a : std::as_const(m_presentationActions))
        a->setEnabled(false);
    m_clearTracing->setEnabled(true);
    m_presentation->hide();
    m_splitter->setCollapsible(0, false);
    m_charts->setPreferredPlots({});
    m_charts->setCompact(false);
    setThemeKind(Theme::ofName(saved.theme).value_or(Theme::Kind::Light));
    if (isFullScreen())
        showNormal();
    restoreGeometry(saved.geometry);
    restoreState(saved.state);
    m_splitter->restoreState(saved.splitter);
    menuBar()->setVisible(saved.menuBar);
    statusBar()->setVisible(saved.statusBar);
    m_careerScroll->setVisible(saved.career);
    m_overview->setVisible(saved.overview);
    m_charts->setVisible(saved.charts);
}

void MainWindow::setChartsVisible(bool visible)
{
    m_charts->setVisible(visible);
    if (m_chartsVisibleAction)
        m_chartsVisibleAction->setChecked(visible);
}

void MainWindow::setChartsDetached(bool detached)
{
    if (detached == m_chartsDetached)
        return;
    // The step's map gives the charts' place back first; the next step's update puts it in again.
    showStepMap(false);
    m_chartsDetached = detached;
    if (detached) {
        // A window of its own, e.g. on a second screen; the time axis then spans that window.
        m_charts->setParent(this, Qt::Window);
        m_charts->setWindowTitle(tr("Khronika — charts"));
        m_charts->resize(width(), 420);
        m_charts->show();
    } else {
        m_splitter->insertWidget(2, m_charts);
        m_charts->show();
    }
    if (m_chartsDetachedAction)
        m_chartsDetachedAction->setChecked(detached);
    m_charts->setCompact(isPresenting() && !detached);
    if (isPresenting())
        updatePresentationCharts();
}

void MainWindow::playTour(const Tour &tour, int step)
{
    setPresenting(true);
    m_player->setTour(tour);
    m_player->goTo(step);
}

void MainWindow::setPresentationCharts(bool on)
{
    m_presentationState->setCharts(on);
}

void MainWindow::togglePresentationCharts()
{
    m_presentationState->toggleCharts(stepHasChart());
}

bool MainWindow::stepHasChart() const
{
    const TourStep *step = m_player->isPlaying() ? m_player->currentStep() : nullptr;
    return step && !step->chart.isEmpty();
}

bool MainWindow::presentationChartsShown() const
{
    return m_presentationState->chartsShown(stepHasChart());
}

void MainWindow::updatePresentationCharts()
{
    if (!isPresenting())
        return;
    const TourStep *step = m_player->isPlaying() ? m_player->currentStep() : nullptr;
    if (step && !step->chart.isEmpty()) {
        if (!m_charts->shownCharts().contains(step->chart))
            m_charts->setShownCharts(m_charts->shownCharts() << step->chart);
        m_charts->setCurrentChart(step->chart);
    }
    // The plots the narration speaks of come first; a step that names none shows the chart's own order.
    m_charts->setPreferredPlots(step && !step->chart.isEmpty() ? step->plots : std::vector<QString>());
    const bool on = presentationChartsShown();
    // A step that asks for the map shows it where the chart would stand, unless the teacher asked
    // for the charts.
    showStepMap(step && step->showsMap && !on);
    if (m_chartsDetached) {
        m_charts->setVisible(on || !m_charts->isHidden());
        return;
    }
    // The screen is shared out again at each step: the next chart, or the next narration, may need
    // another height.
    m_charts->setVisible(on);
    layOutPresentation();
}

void MainWindow::showStepMap(bool on)
{
    if (on == m_stepMapShown)
        return;
    if (!m_stepMap) {
        m_stepMap = new MapView(m_state, this);
        m_stepMap->setObjectName(QStringLiteral("presentedMap"));
        m_stepMap->setTheme(m_theme);
        m_stepMap->hide();
        connect(m_stepMap, &MapView::exportRequested, this, &MainWindow::exportMapDialog);
    }
    // The splitter's third place is the charts' (layOutPresentation shares the screen out by place):
    // the map takes it, and gives it back, without the splitter ever holding both.
    if (on) {
        if (m_chartsDetached) {
            m_splitter->insertWidget(2, m_stepMap);
        } else {
            m_charts->hide();
            m_splitter->replaceWidget(2, m_stepMap);
            m_charts->setParent(this); // replaced, it has no parent: kept as a hidden child
            m_charts->hide();
        }
        m_stepMap->resetZoom();
        m_stepMap->show();
    } else {
        m_stepMap->hide();
        if (!m_chartsDetached && m_splitter->indexOf(m_stepMap) == 2)
            m_splitter->replaceWidget(2, m_charts);
        m_stepMap->setParent(this);
        m_stepMap->hide();
    }
    m_stepMapShown = on;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Presenting, the screen is shared out again when it changes size (going full screen happens
    // after setPresenting returns, and a projector may change the resolution).
    if (watched == m_splitter && event->type() == QEvent::Resize && isPresenting())
        layOutPresentation();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::layOutPresentation()
{
    // In the splitter's own pixels: sizes given for another height would be scaled, and the lanes' and
    // the narration's needs are absolute. Before the window is laid out there is nothing to fit; the
    // first resize of the splitter (eventFilter) calls again.
    int panes = 0;
    for (int i = 0; i < m_splitter->count(); ++i)
        panes += m_splitter->widget(i)->isVisibleTo(m_splitter);
    const int h = m_splitter->height() - std::max(0, panes - 1) * m_splitter->handleWidth(); // handles take theirs
    if (h < 200)
        return;
    const int w = m_splitter->width();
    // The narration is never cut: it gets what its text needs at full size within bounds, and never
    // less than it needs at the least size the back row reads (PresentationPanel::kLeastBodyScale);
    // the timeline gives up room for that first.
    const auto narrationHeight = [&](int most) {
        // A document's extract may take up to 85 per cent of the screen rather than be cut or shrunk.
        const int ceiling = h * (m_presentation->showsDocument() ? 85 : 60) / 100;
        return std::min(
            std::max(m_presentation->leastHeightFor(w), std::clamp(m_presentation->heightFor(w), h * 16 / 100, most)),
            ceiling);
    };
    if (m_stepMapShown) {
        // A step with `view: map`: the map stands in the chart's place (showStepMap) and takes what the
        // narration and the timeline leave. The timeline keeps the height that names the step's events
        // (more, up to its labels, while it is under 35 per cent). Where that leaves the map less than
        // its least height (a long narration on a small projector), the timeline gives the map its room,
        // as it does to a chart: the map names the selected event and its place itself.
        const int narration = narrationHeight(h * 26 / 100);
        const int rest = h - narration;
        const int named = std::max(kLeastPresentedTimeline, int(std::ceil(m_timeline->layout().namedHeight)));
        const int labelled = std::max(named, int(std::ceil(m_timeline->layout().labelledHeight)));
        int timeline
            = std::min(std::clamp(rest * 35 / 100, named, labelled), rest - m_stepMap->minimumSizeHint().height());
        if (timeline < named)
            timeline = 0;
        m_splitter->setSizes({timeline, 0, rest - timeline, 0, narration});
        return;
    }
    if (m_charts->isHidden() || m_chartsDetached) {
        // Without a chart the timeline takes all the narration does not need (up to 38 per cent; a step
        // that shows a document, up to half, so that the extract is read whole from the back of the room).
        const int narration = narrationHeight(h * (m_presentation->showsDocument() ? 50 : 38) / 100);
        m_splitter->setSizes({h - narration, 0, 0, 0, narration});
        return;
    }
    // With a chart, the step is about its plots (the ones it names, else the first): they get two
    // fifths of the screen between them, the timeline a row of labels on the selected event's lane
    // at least, and what is left goes first to the timeline's labels, then to every plot standing a
    // fifth of the screen tall. What still does not fit, the chart leaves out (one click away).
    const int narration = narrationHeight(h * 26 / 100);
    const int rest = h - narration;
    const TourStep *step = m_player->isPlaying() ? m_player->currentStep() : nullptr;
    const int focusPlots = step && !step->chart.isEmpty() && !step->plots.empty() ? int(step->plots.size()) : 1;
    const int focus = m_charts->heightForPlots(w, focusPlots, (h * 40 / 100 + kFocusSlack) / focusPlots);
    const int leastTimeline = std::min(rest - focus, std::max(kLeastPresentedTimeline, h / 5));
    const int named = std::max(leastTimeline, int(std::ceil(m_timeline->layout().namedHeight)));
    const int labelled = std::max(named, int(std::ceil(m_timeline->layout().labelledHeight)));
    const int allPlotsLeave = rest - m_charts->heightForAllPlots(w, h / 5);
    int timeline = std::clamp(allPlotsLeave, std::max(kLeastPresentedTimeline, std::min(named, rest - focus)),
        std::max(kLeastPresentedTimeline, std::min(labelled, std::max(rest - focus, kLeastPresentedTimeline))));
    // Too short for its axis and a few lanes (a long narration on a 1024x768 projector), the timeline
    // gives all its room to the plots, whose own time axis, cursor and heading name the event.
    if (rest - focus < kLeastPresentedTimeline)
        timeline = 0;
    m_splitter->setSizes({timeline, 0, rest - timeline, 0, narration});
}

void MainWindow::presentNext()
{
    if (m_player->isPlaying())
        m_player->next();
    else
        m_timeline->stepEvent(+1);
}

void MainWindow::presentPrevious()
{
    if (m_player->isPlaying())
        m_player->previous();
    else
        m_timeline->stepEvent(-1);
}

void MainWindow::presentFirst()
{
    if (m_player->isPlaying()) {
        m_player->goTo(0);
        return;
    }
    m_state->setSelectedEvent(0);
    m_state->revealEvent(0);
}

void MainWindow::presentLast()
{
    if (m_player->isPlaying()) {
        m_player->goTo(m_player->stepCount() - 1);
        return;
    }
    const int last = m_state->timeline().eventCount() - 1;
    m_state->setSelectedEvent(last);
    m_state->revealEvent(last);
}

void MainWindow::showPresenterWindow()
{
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_player, this);
        // On a second screen when there is one: the projector shows the class view.
        const QList<QScreen *> screens = QGuiApplication::screens();
        if (screens.size() > 1) {
            QScreen *other = screens.front() == screen() ? screens.at(1) : screens.front();
            m_presenter->setGeometry(other->availableGeometry().adjusted(40, 40, -40, -40));
        }
    }
    m_presenter->show();
    m_presenter->raise();
}

void MainWindow::focusSearch()
{
    // The browsing panel may be folded away (a projector's narrow screen): bring it back first.
    if (auto *browse = findChild<QDockWidget *>(QStringLiteral("browseDock")); browse && !browse->isVisible())
        browse->setVisible(true);
    m_side->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_side->searchField()->selectAll();
}

bool MainWindow::goToDate(const QString &text)
{
    const auto date = Date::parse(text.trimmed());
    if (!date)
        return false;
    const DayRange limits = m_state->limits();
    const Day day = std::clamp(date->firstDay(), limits.first, limits.last);
    m_state->setCursor(day);
    // The date at the centre, at the zoom the reader had.
    const double span = m_state->windowEnd() - m_state->windowStart();
    m_state->setWindow(double(day) - span / 2, double(day) + span / 2);
    m_tabs->setCurrentWidget(m_party);
    return true;
}

void MainWindow::goToDateDialog()
{
    // Not modal to the application: the dialog answers through a signal, so keys alone drive it.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("goToDateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Go to a date"));
    dialog->setLabelText(tr("Date (YYYY, YYYY-MM or YYYY-MM-DD):"));
    dialog->setTextValue(Date::fromDay(m_state->cursor()).toIso());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (!goToDate(text))
            statusBar()->showMessage(tr("“%1” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD").arg(text), 5000);
    });
    dialog->open();
}

void MainWindow::exportViewDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the view"), QStringLiteral("khronika.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString size = QInputDialog::getText(this, tr("Export size"), tr("Width x height in pixels:"),
        QLineEdit::Normal, QStringLiteral("%1x%2").arg(m_timeline->width() * 2).arg(m_timeline->height() * 2), &ok);
    if (!ok)
        return;
    const QStringList parts = size.split(u'x');
    const QSize target = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
    QString error;
    if (!Exporter::exportView(m_state, m_theme, file, target, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::exportMapDialog(const QString &suffix)
{
    const QString filters[] = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")};
    const int first = suffix == u"svg" ? 1 : suffix == u"pdf" ? 2 : 0;
    QString selected = filters[first];
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Export the map"), QStringLiteral("khronika-map.") + suffix,
            QStringList(std::begin(filters), std::end(filters)).join(u";;"), &selected);
    if (file.isEmpty())
        return;
    // The file at the size the pane has on screen, twice over for print (at least 1600 px wide).
    const double factor = std::max(2.0, 1600.0 / std::max(1, m_map->width()));
    const QSize size = m_map->isVisible() ? (QSizeF(m_map->size()) * factor).toSize() : QSize(1600, 1050);
    QString error;
    if (!Exporter::exportMap(*m_map, m_theme, file, size.expandedTo(QSize(200, 150)), &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::exportTourDialog(const Tour &tour)
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the tour as a PDF handout"), tour.id + QStringLiteral(".pdf"), tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    const auto paper = Handout::parsePaper(QSettings().value(QStringLiteral("handout/paper")).toString());
    QString error;
    if (!Handout::write(m_state->timelinePointer(), tour, paper.value_or(Handout::defaultPaper()), file, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::editTour()
{
    auto *editor = new TourEditor(m_state, m_tourFolder, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TourEditor::playRequested, this, [this](const Tour &tour) { playTour(tour); });
    editor->show();
}

void MainWindow::showEventDetails(int event)
{
    if (event < 0)
        return;
    if (!m_state->isRevealed(event)) {
        setDetails([] { return DetailsHtml::hiddenByReveal(); });
        return;
    }
    setDetails([this, event] { return DetailsHtml::event(m_state->timeline(), event); });
    m_tabs->setCurrentWidget(m_details);
}

void MainWindow::showParty()
{
    m_party->setHtml(DetailsHtml::partyAt(m_state->timeline(), m_state->cursor(), m_state->revealUntil()));
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
    if (!dir.isEmpty())
        openDataSetFolder(dir);
}

void MainWindow::openDataSetFolder(const QString &dir)
{
    // A large data set loads on another thread, with its progress shown and a Cancel button.
    std::optional<LoadResult> opened = loadWithProgress(dir, {}, this);
    if (!opened)
        return;
    LoadResult &loaded = *opened;
    if (!loaded.ok()) {
        // The data set on screen stays as it is; the teacher sees what to fix.
        std::unique_ptr<QMessageBox>(LoadProblems::dataSetErrors(dir, loaded, this))->exec();
        return;
    }
    // In the interface's language, as at start-up (app/main.cpp).
    auto untranslated = std::make_shared<const DataSet>(std::move(loaded.data));
    auto *window = new MainWindow(timelineIn(*untranslated, Language::current()));
    window->setUntranslatedData(std::move(untranslated));
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Tours made for this data set are saved beside it, where they load with it.
    window->setTourFolder(dir);
    window->resize(size());
    window->show();
    if (QMessageBox *box = LoadProblems::rejectedTours(loaded, window))
        box->open();
}

void MainWindow::apply(const ExplorerOptions &options)
{
    const Timeline &t = m_state->timeline();
    if (options.size.isValid()) {
        // Charts and timeline both need height: below 1200 px the charts wait until asked for, so
        // that the timeline has room to name its events.
        setChartsVisible(options.size.height() >= 1200);
        resize(options.size);
        fitPanelsToWidth(options.size.width());
    }
    if (options.map)
        setMapVisible(true);
    if (options.cursor) {
        m_state->setCursor(*options.cursor);
        m_tabs->setCurrentWidget(m_party);
    }
    if (options.charts) {
        m_charts->setShownCharts(*options.charts);
        setChartsVisible(true);
        // Asked for on the command line: the charts get the larger share.
        const int h = options.size.isValid() ? options.size.height() : height();
        m_splitter->setSizes({int(h * 0.38), 64, int(h * 0.55), 0, 0});
    }
    if (options.lanes)
        m_state->setLaneMode(*options.lanes);
    if (options.window) {
        m_state->setWindow(options.window->first, options.window->second);
        // The cursor starts inside the range asked for, so "on this day" and the careers speak of it,
        // unless a cursor was asked for too.
        if (!options.cursor)
            m_state->setCursor(Day(std::ceil(m_state->windowStart())));
    }
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
        if (!options.window) {
            // The event in its context: about a year and a half around it.
            const DayRange r = t.eventRange(e);
            const double centre = (double(r.first) + double(r.last + 1)) / 2;
            const double span = std::max(540.0, double(r.length()) * 1.5);
            m_state->setWindow(centre - span / 2, centre + span / 2);
        }
    }
}

void MainWindow::fitPanelsToWidth(int width)
{
    QDockWidget *browse = findChild<QDockWidget *>(QStringLiteral("browseDock"));
    QDockWidget *details = findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    // On a projector's 1024 or 1280 pixels the side panels would leave the timeline a third of the
    // width: the timeline comes first and the panels fold away behind their toolbar buttons.
    const bool narrow = width < kNarrowWidth;
    browse->setVisible(!narrow);
    details->setVisible(!narrow);
    if (!narrow)
        resizeDocks({browse, details}, {width < 1600 ? 260 : 300, width < 1600 ? 340 : 400}, Qt::Horizontal);
}

void MainWindow::setMapVisible(bool visible)
{
    QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("mapDock"));
    dock->setVisible(visible);
    if (!visible)
        return;
    // The map takes the browsing panel's room below 2200 px (its toolbar button brings it back), so
    // that the timeline keeps its labels beside a map that reads from the back of the room.
    if (width() < 2200)
        findChild<QDockWidget *>(QStringLiteral("browseDock"))->hide();
    resizeDocks({dock}, {std::max(360, int(width() * (width() < kNarrowWidth ? 0.5 : 0.45)))}, Qt::Horizontal);
}

bool MainWindow::isMapVisible() const
{
    // Asked for, whether or not the window is on screen yet.
    return !findChild<QDockWidget *>(QStringLiteral("mapDock"))->isHidden();
}

void MainWindow::describe(ViewDump &dump) const
{
    dump.setProperty(QStringLiteral("presenting"), isPresenting());
    dump.setProperty(QStringLiteral("theme"), Theme::name(m_themeKind));
    dump.setProperty(QStringLiteral("fontScale"), fontScale());
    QJsonArray docks;
    for (const QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            docks.append(dock->objectName());
    }
    dump.setProperty(QStringLiteral("docks"), docks);
    QJsonObject &charts = dump.section(QStringLiteral("charts"));
    const bool shown = m_charts->isVisible();
    charts.insert(QStringLiteral("visible"), shown);
    if (!shown)
        return;
    charts.insert(QStringLiteral("chart"), m_charts->currentChart());
    if (const ChartPanel *panel = m_charts->chart(m_charts->currentChart())) {
        QJsonArray plots;
        for (int i = 0; i < panel->plotCount(); ++i) {
            QJsonObject plot {{QStringLiteral("name"), panel->plotName(i)},
                {QStringLiteral("group"), panel->plotGroup(i)}, {QStringLiteral("shown"), panel->isPlotShown(i)}};
            // A chart drawn as one grid (the plans) is one plot: the panel.
            const QWidget *view = panel->plotView(i) ? panel->plotView(i) : panel;
            if (view->isVisible()) {
                const QRectF r = dump.toWindow(view, view->rect());
                plot.insert(QStringLiteral("rect"), QJsonArray {r.x(), r.y(), r.width(), r.height()});
            }
            plots.append(plot);
        }
        charts.insert(QStringLiteral("plots"), plots);
        charts.insert(QStringLiteral("note"), panel->titleNote());
    }
    if (const TourStep *step = m_player->isPlaying() ? m_player->currentStep() : nullptr)
        charts.insert(QStringLiteral("stepChart"), step->chart);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The first start on a small screen opens with the timeline first; later ones as the teacher left it.
    if (!settings.contains(QStringLiteral("window/state")))
        fitPanelsToWidth(screen()->availableGeometry().width());
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_presentationState->restore(settings);
    const double start = settings.value(QStringLiteral("view/start"), m_state->windowStart()).toDouble();
    const double end = settings.value(QStringLiteral("view/end"), m_state->windowEnd()).toDouble();
    m_state->setWindow(start, end);
    m_state->setLaneMode(LaneMode(std::clamp(settings.value(QStringLiteral("view/lanes"), 0).toInt(), 0, 2)));
    setChartsVisible(
        settings.value(QStringLiteral("view/charts"), screen()->availableGeometry().height() >= 1200).toBool());
    setChartsDetached(settings.value(QStringLiteral("view/chartsDetached"), false).toBool());
    m_charts->setCurrentChart(settings.value(QStringLiteral("view/chart"), m_charts->currentChart()).toString());
    const QString theme = settings.value(QStringLiteral("view/theme")).toString();
    if (const auto chosen = Theme::ofName(theme))
        setThemeKind(*chosen);
    else if (theme.isEmpty()) {
        // No choice made yet: a high-contrast system palette is kept as it is; otherwise the system's
        // dark setting is followed where Qt can tell it.
        if (const auto fromSystem = Theme::forSystemPalette(QGuiApplication::palette()))
            setThemeKind(*fromSystem);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        else if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark)
            setThemeKind(Theme::Kind::Dark);
#endif
    }
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
    settings.setValue(QStringLiteral("view/charts"), m_chartsDetached || m_charts->isVisibleTo(this));
    settings.setValue(QStringLiteral("view/chartsDetached"), m_chartsDetached);
    settings.setValue(QStringLiteral("view/chart"), m_charts->currentChart());
    m_presentationState->save(settings);
    // QSettings writes its file through a temporary file and a rename itself; a failure is only told here.
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qWarning("khronika: the window layout could not be saved to %s", qPrintable(settings.fileName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Remember the teacher's layout, not the presentation's.
    setPresenting(false);
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace khronika
