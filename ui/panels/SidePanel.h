#pragma once

#include "ui/state/ViewState.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QModelIndex;
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
    QListView *actorView() const { return m_actorView; }
    QLabel *resultCount() const { return m_resultCount; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The panel's own texts in the interface's language (again at a change of language).
    void retranslateUi();
    // The data set's texts: faction and category names, the people, what the search found.
    void fillDataTexts();
    void updateSearch();
    // Traces the person at `index` alone (again: stops), or adds them to the comparison.
    void trace(const QModelIndex &index, bool compare);
    void syncFilters();

    ViewState *m_state;
    QLineEdit *m_search;
    SearchResultsModel *m_resultsModel;
    QListView *m_results;
    QLabel *m_resultCount;
    QStandardItemModel *m_factions;
    QStandardItemModel *m_categories;
    ActorListModel *m_actors;
    QSortFilterProxyModel *m_actorProxy;
    QListView *m_actorView;
    QListView *m_factionView;
    QListView *m_categoryView;
    QGroupBox *m_factionBox;
    QGroupBox *m_categoryBox;
    QGroupBox *m_actorBox;
    QLineEdit *m_actorSearch;
    bool m_syncing = false;
};

} // namespace khronika
