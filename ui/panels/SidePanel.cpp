#include "SidePanel.h"

#include "core/SearchText.h"
#include "ui/panels/ActorListModel.h"
#include "ui/panels/SearchResultsModel.h"

#include <QApplication>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <utility>

namespace khronika {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

// The faction's colour in the shape its events take on the timeline, so the list is a key to both.
QIcon swatch(const QColor &colour, MarkerShape shape)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 160), 1));
    p.setBrush(colour);
    const QRectF box(2.5, 2.5, 11, 11);
    if (const QList<QPointF> outline = markerPolygon(shape, box); !outline.isEmpty())
        p.drawPolygon(QPolygonF(outline));
    else
        p.drawEllipse(box);
    return QIcon(pm);
}

QListView *checkList(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformItemSizes(true);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

} // namespace

SidePanel::SidePanel(ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    const Timeline &t = m_state->timeline();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_resultCount = new QLabel(this);
    m_resultCount->setVisible(false);
    layout->addWidget(m_resultCount);
    // The results are a model read by the view a screenful at a time: a one-letter query that matches
    // most of a large data set makes no widget per hit.
    m_resultsModel = new SearchResultsModel(m_state, this);
    m_results = new QListView(this);
    m_results->setModel(m_resultsModel);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setVisible(false);
    layout->addWidget(m_results, 2);
    connect(m_search, &QLineEdit::textChanged, this, &SidePanel::updateSearch);
    const auto activate = [this](const QModelIndex &index) {
        const QVariant event = index.data(SearchResultsModel::EventIndexRole);
        if (!event.isValid())
            return; // "No event matches"
        m_state->setSelectedEvent(event.toInt());
        m_state->revealEvent(event.toInt());
    };
    connect(m_results, &QListView::activated, this, activate);
    connect(m_results, &QListView::clicked, this, activate);

    // Factions, checkable, with their colours; "No faction" stands for events that name none.
    m_factions = new QStandardItemModel(this);
    for (int f = -1; f < t.factionCount(); ++f) {
        auto *item = new QStandardItem;
        item->setIcon(swatch(f < 0 ? QColor(0x55, 0x55, 0x55) : QColor(t.faction(f).colour), m_state->factionShape(f)));
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setData(f, kIndexRole);
        m_factions->appendRow(item);
    }
    m_factionBox = new QGroupBox(this);
    auto *fl = new QVBoxLayout(m_factionBox);
    m_factionView = checkList(m_factions, m_factionBox);
    fl->addWidget(m_factionView);
    layout->addWidget(m_factionBox, 3);

    m_categories = new QStandardItemModel(this);
    for (int c = 0; c < int(t.data().categories.size()); ++c) {
        if (t.eventsOfCategory(c).empty())
            continue;
        auto *item = new QStandardItem;
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setData(c, kIndexRole);
        m_categories->appendRow(item);
    }
    m_categoryBox = new QGroupBox(this);
    auto *cl = new QVBoxLayout(m_categoryBox);
    m_categoryView = checkList(m_categories, m_categoryBox);
    cl->addWidget(m_categoryView);
    layout->addWidget(m_categoryBox, 3);

    connect(m_factions, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_syncing)
            m_state->setFactionShown(item->data(kIndexRole).toInt(), item->checkState() == Qt::Checked);
    });
    connect(m_categories, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_syncing)
            m_state->setCategoryShown(item->data(kIndexRole).toInt(), item->checkState() == Qt::Checked);
    });
    connect(m_state, &ViewState::filtersChanged, this, &SidePanel::syncFilters);

    // Actors.
    m_actorBox = new QGroupBox(this);
    auto *al = new QVBoxLayout(m_actorBox);
    m_actorSearch = new QLineEdit(m_actorBox);
    m_actorSearch->setClearButtonEnabled(true);
    al->addWidget(m_actorSearch);
    m_actors = new ActorListModel(m_state, this);
    m_actorProxy = new QSortFilterProxyModel(this);
    m_actorProxy->setSourceModel(m_actors);
    m_actorProxy->setFilterRole(ActorListModel::SearchTextRole);
    m_actorProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actorProxy->setSortRole(ActorListModel::SortKeyRole);
    m_actorProxy->sort(0);
    // The names are folded as the event search folds them ("Хрущев" finds Хрущёв).
    connect(m_actorSearch, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_actorProxy->setFilterFixedString(foldForSearch(text.trimmed())); });
    m_actorView = new QListView(m_actorBox);
    m_actorView->setModel(m_actorProxy);
    m_actorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actorView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actorView->installEventFilter(this);
    connect(m_actorView, &QListView::clicked, this,
        [this](const QModelIndex &index) { trace(index, QApplication::keyboardModifiers() & Qt::ControlModifier); });
    al->addWidget(m_actorView);
    layout->addWidget(m_actorBox, 5);
    retranslateUi();
    fillDataTexts();
    // A change of language: the same records, named anew; what is checked, traced and searched stays.
    connect(m_state, &ViewState::textsChanged, this, &SidePanel::fillDataTexts);
}

void SidePanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search events and people (Ctrl+F)…"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setAccessibleDescription(
        tr("Finds events by their title, summary and people, in English or Russian; the results are ringed on "
           "the timeline."));
    m_resultCount->setAccessibleName(tr("Number of events found"));
    m_results->setAccessibleName(tr("Events found"));
    m_factionBox->setTitle(tr("Factions"));
    m_factionView->setAccessibleName(tr("Factions shown"));
    m_categoryBox->setTitle(tr("Categories"));
    m_categoryView->setAccessibleName(tr("Categories shown"));
    m_actorBox->setTitle(tr("People"));
    m_actorSearch->setPlaceholderText(tr("Find a person…"));
    m_actorSearch->setAccessibleName(tr("Find a person"));
    m_actorView->setToolTip(
        tr("Click, Return or Space to trace a person; Ctrl+click or Ctrl+Space to compare several"));
    m_actorView->setAccessibleName(tr("People"));
    m_actorView->setAccessibleDescription(
        tr("Return or Space traces the person; Ctrl+Space adds them to a comparison."));
    if (!m_factions->rowCount())
        return;
    QStandardItem *none = m_factions->item(0);
    if (none->data(kIndexRole).toInt() < 0)
        none->setText(tr("No faction"));
}

void SidePanel::fillDataTexts()
{
    const Timeline &t = m_state->timeline();
    // Changing a name is not a change of filter: the check boxes are left alone.
    const bool syncing = std::exchange(m_syncing, true);
    for (int r = 0; r < m_factions->rowCount(); ++r) {
        QStandardItem *item = m_factions->item(r);
        const int f = item->data(kIndexRole).toInt();
        if (f < 0)
            continue;
        item->setText(t.faction(f).name);
        item->setToolTip(t.faction(f).description);
    }
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        QStandardItem *item = m_categories->item(r);
        const int c = item->data(kIndexRole).toInt();
        item->setText(
            QStringLiteral("%1 (%2)").arg(t.data().categories[size_t(c)].title).arg(t.eventsOfCategory(c).size()));
    }
    m_syncing = syncing;
    m_actors->refreshTexts();
    // The same query in the new texts: the results' titles and their count anew.
    updateSearch();
}

void SidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateSearch();
    }
    QWidget::changeEvent(event);
}

void SidePanel::trace(const QModelIndex &index, bool compare)
{
    if (!index.isValid())
        return;
    const int actor = index.data(ActorListModel::ActorIndexRole).toInt();
    if (compare)
        m_state->toggleTracedActor(actor);
    else
        m_state->setTracedActors(m_state->tracedActors() == QList<int> {actor} ? QList<int> {} : QList<int> {actor});
}

bool SidePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Return, Enter and Space trace the current person, as a click does (a list view only moves its
    // current row with the keys).
    if (watched == m_actorView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space) {
            trace(m_actorView->currentIndex(), key->modifiers() & Qt::ControlModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SidePanel::updateSearch()
{
    m_resultsModel->setQuery(m_search->text());
    const bool searching = !m_resultsModel->query().isEmpty();
    m_results->setVisible(searching);
    m_resultCount->setVisible(searching);
    m_state->setSearchMatches(m_resultsModel->events());
    if (searching)
        m_resultCount->setText(
            tr("%n event(s) found, ringed on the timeline", nullptr, int(m_resultsModel->events().size())));
}

void SidePanel::syncFilters()
{
    // The filters can change from elsewhere (the command line, a faction link): mirror them.
    m_syncing = true;
    for (int r = 0; r < m_factions->rowCount(); ++r) {
        QStandardItem *item = m_factions->item(r);
        item->setCheckState(m_state->isFactionShown(item->data(kIndexRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        QStandardItem *item = m_categories->item(r);
        item->setCheckState(m_state->isCategoryShown(item->data(kIndexRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
}

} // namespace khronika
