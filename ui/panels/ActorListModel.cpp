#include "ActorListModel.h"

#include "core/SearchText.h"
#include "ui/DataNames.h"

#include <QBrush>
#include <QFont>

namespace khronika {

ActorListModel::ActorListModel(ViewState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    connect(m_state, &ViewState::tracedActorsChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole, Qt::FontRole});
    });
}

void ActorListModel::refreshTexts()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_state->timeline().actorCount();
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Actor &a = m_state->timeline().actor(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 – %3, %4")
            .arg(a.nativeName, a.born.toDisplayString(), a.died ? a.died->toDisplayString() : QString(),
                fateText(a.fate));
    case Qt::CheckStateRole:
        return m_state->isTraced(index.row()) ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole: {
        QFont f;
        f.setBold(m_state->isTraced(index.row()));
        return f;
    }
    case ActorIndexRole:
        return index.row();
    case SearchTextRole:
        return foldForSearch(QString(a.name + u' ' + a.nativeName + u' ' + a.id));
    case SortKeyRole: {
        const qsizetype space = a.name.lastIndexOf(u' ');
        return a.name.mid(space + 1);
    }
    default:
        return {};
    }
}

} // namespace khronika
