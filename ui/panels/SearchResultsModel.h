#pragma once

#include "ui/state/ViewState.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

#include <vector>

namespace khronika {

// The events found by the search field, in time order, as a list model: one row per event (its date
// and title; its summary as the tooltip), or, when nothing matches, one row that says so and cannot be
// selected. Rows are made when a view asks for them, so that a query matching most of a large data set
// costs no more than the rows on screen.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { EventIndexRole = Qt::UserRole + 1, DateRole, TitleRole };

    explicit SearchResultsModel(ViewState *state, QObject *parent = nullptr);

    // Runs the search (every word must occur; see Timeline::search) and resets the rows. An empty
    // query clears them. The same results again only change the rows' texts (a change of language).
    void setQuery(const QString &text);
    const QString &query() const { return m_query; }
    // The events found, in the rows' order; empty when nothing matches.
    const std::vector<int> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    ViewState *m_state;
    QString m_query;
    std::vector<int> m_events;
};

// Draws a search result as its date, small and muted, over its title elided to the width: every row is
// as tall as the others, so the view never measures the rows it does not show.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace khronika
