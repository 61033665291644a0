#pragma once

#include "ui/state/ViewState.h"

#include <QAbstractListModel>

namespace khronika {

// The data set's actors as a list model for the browsing panel: name and native name, a tooltip with
// their dates and fate, checked while they are traced. Sorted by surname via a proxy in the view.
class ActorListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ActorIndexRole = Qt::UserRole + 1, SearchTextRole, SortKeyRole };

    explicit ActorListModel(ViewState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The names are now in another language (ViewState::textsChanged): every row changed, none moved,
    // so that a sorting proxy re-sorts and a view keeps its current person.
    void refreshTexts();

private:
    ViewState *m_state;
};

} // namespace khronika
