#include "SearchResultsModel.h"

#include <QApplication>
#include <QPainter>

#include <utility>

namespace khronika {

SearchResultsModel::SearchResultsModel(ViewState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{ }

void SearchResultsModel::setQuery(const QString &text)
{
    const QString query = text.trimmed();
    std::vector<int> events = query.isEmpty() ? std::vector<int>() : m_state->search(query);
    if (query == m_query && events == m_events) {
        // The same results (a change of language): their texts anew, the reader's row kept.
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_query = query;
    m_events = std::move(events);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_query.isEmpty())
        return 0;
    return m_events.empty() ? 1 : int(m_events.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_events.empty())
        return role == Qt::DisplayRole ? QVariant(tr("No event matches “%1”").arg(m_query)) : QVariant();
    const int e = m_events[size_t(index.row())];
    const Event &event = m_state->timeline().event(e);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(event.date.toIso(), event.title);
    case Qt::ToolTipRole:
        return event.summary;
    case EventIndexRole:
        return e;
    case DateRole:
        return event.date.toIso();
    case TitleRole:
        return event.title;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // "No event matches" is read, not chosen.
    return m_events.empty() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant title = index.data(SearchResultsModel::TitleRole);
    if (!title.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and focus as the style draws them, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &background, widget).adjusted(2, 1, -2, -1);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    painter->save();
    painter->setFont(small);
    QColor muted = ink;
    muted.setAlphaF(selected ? 0.85f : 0.65f);
    painter->setPen(muted);
    painter->drawText(QRect(text.left(), text.top(), text.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
        index.data(SearchResultsModel::DateRole).toString());
    painter->setFont(option.font);
    painter->setPen(ink);
    const QRect titleRect(text.left(), text.top() + smallMetrics.height(), text.width(), option.fontMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop,
        option.fontMetrics.elidedText(title.toString(), Qt::ElideRight, titleRect.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(SearchResultsModel::TitleRole).isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    // A date line and a title line; the width is the view's.
    return {option.rect.width(), QFontMetrics(small).height() + option.fontMetrics.height() + 6};
}

} // namespace khronika
