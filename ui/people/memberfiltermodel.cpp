#include "memberfiltermodel.h"

#include "people/membertablemodel.h"

namespace cultivate {

MemberFilterModel::MemberFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MemberTableModel::SortRole);
}

void MemberFilterModel::setSearch(const QString &text)
{
    const QString folded = text.simplified().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void MemberFilterModel::setRole(int role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateFilter();
}

void MemberFilterModel::setOrganisation(const QString &organisation)
{
    if (organisation == m_organisation)
        return;
    m_organisation = organisation;
    invalidateFilter();
}

void MemberFilterModel::setPresence(Presence presence)
{
    if (presence == m_presence)
        return;
    m_presence = presence;
    invalidateFilter();
}

void MemberFilterModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (m_presence != Presence::Any)
        invalidateFilter();
}

bool MemberFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_role >= 0 && index.data(MemberTableModel::RoleRole).toInt() != m_role)
        return false;
    if (!m_organisation.isEmpty() && index.data(MemberTableModel::OrganisationRole).toString() != m_organisation)
        return false;
    if (m_presence != Presence::Any) {
        const QDate left = index.data(MemberTableModel::LeftDateRole).toDate();
        const bool gone = left.isValid() && (!m_today.isValid() || left <= m_today);
        if (gone != (m_presence == Presence::Left))
            return false;
    }
    return m_search.isEmpty() || index.data(MemberTableModel::SearchTextRole).toString().contains(m_search);
}

bool MemberFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QDate && !a.toDate().isValid()) ||
                        (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QDate && !b.toDate().isValid()) ||
                        (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    // Empty values stay at the bottom whichever way the column is sorted.
    if (aEmpty != bEmpty)
        return sortOrder() == Qt::AscendingOrder ? bEmpty : aEmpty;
    if (aEmpty)
        return left.row() < right.row();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = a.toString().compare(b.toString(), Qt::CaseInsensitive);
        return order != 0 ? order < 0 : left.row() < right.row();
    }
    const auto order = QVariant::compare(a, b);
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    return left.row() < right.row();
}

} // namespace cultivate
