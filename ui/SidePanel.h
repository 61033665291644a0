#pragma once

#include "ui/ViewState.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace khronika {

class ActorListModel;
class SearchResultsModel;

// The browsing panel: a search field that finds events as you type, the factions and categories as
// checkable filters, and the actors, searchable, to trace (Ctrl+click compares several).
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SidePanel(ViewState *state, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *searchResults() const { return m_results; }
    SearchResultsModel *searchResultsModel() const { return m_resultsModel; }
    QStandardItemModel *factionModel() const { return m_factions; }
    QStandardItemModel *categoryModel() const { return m_categories; }
    QSortFilterProxyModel *actorModel() const { return m_actorProxy; }

private:
    void updateSearch();
    void syncFilters();

    ViewState *m_state;
    QLineEdit *m_search;
    SearchResultsModel *m_resultsModel;
    QListView *m_results;
    QStandardItemModel *m_factions;
    QStandardItemModel *m_categories;
    ActorListModel *m_actors;
    QSortFilterProxyModel *m_actorProxy;
    QListView *m_actorView;
    bool m_syncing = false;
};

} // namespace khronika
