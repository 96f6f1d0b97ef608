// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/memberfiltermodel.h"

#include "ui/people/membertablemodel.h"

namespace cultivate {

namespace {

// How two values of a column compare: `empty` says which one is empty (or invalid), when only one
// is; `value` orders two filled values.
struct Order {
    int empty = 0;
    int value = 0;
};

Order compareText(const QString &left, const QString &right)
{
    if (left.isEmpty() != right.isEmpty())
        return {left.isEmpty() ? 1 : -1, 0};
    return {0, left.compare(right, Qt::CaseInsensitive)};
}

Order compareDate(const QDate &left, const QDate &right)
{
    if (left.isValid() != right.isValid())
        return {left.isValid() ? -1 : 1, 0};
    return {0, left < right ? -1 : (right < left ? 1 : 0)};
}

} // namespace

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

// Both functions below read the members straight from the source model rather than through
// QVariant roles: with tens of thousands of members that is the difference between a search that
// keeps up with typing and one that does not.
bool MemberFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *members = qobject_cast<const MemberTableModel *>(sourceModel());
    if (!members || sourceParent.isValid())
        return true;
    const Member &member = members->member(sourceRow);
    if (m_role >= 0 && static_cast<int>(member.role) != m_role)
        return false;
    if (!m_organisation.isEmpty() && member.organisation != m_organisation)
        return false;
    if (m_presence != Presence::Any) {
        const bool gone = member.leftDate.isValid() && (!m_today.isValid() || member.leftDate <= m_today);
        if (gone != (m_presence == Presence::Left))
            return false;
    }
    return m_search.isEmpty() || members->searchText(sourceRow).contains(m_search);
}

bool MemberFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *members = qobject_cast<const MemberTableModel *>(sourceModel());
    if (!members)
        return QSortFilterProxyModel::lessThan(left, right);
    const Member &a = members->member(left.row());
    const Member &b = members->member(right.row());
    Order order;
    switch (left.column()) {
    case MemberTableModel::NameColumn:
        order = compareText(a.name, b.name);
        break;
    case MemberTableModel::EmailColumn:
        order = compareText(a.email, b.email);
        break;
    case MemberTableModel::OrganisationColumn:
        order = compareText(a.organisation, b.organisation);
        break;
    case MemberTableModel::RoleColumn:
        order.value = static_cast<int>(a.role) - static_cast<int>(b.role);
        break;
    case MemberTableModel::JoinedColumn:
        order = compareDate(a.joinedDate, b.joinedDate);
        break;
    case MemberTableModel::LeftColumn:
        order = compareDate(a.leftDate, b.leftDate);
        break;
    case MemberTableModel::ConsentReportColumn:
        order.value = int(b.consentReport) - int(a.consentReport);
        break;
    case MemberTableModel::ConsentQuoteColumn:
        order.value = int(b.consentQuote) - int(a.consentQuote);
        break;
    case MemberTableModel::CommitmentColumn:
        order = compareDate(a.commitmentSigned, b.commitmentSigned);
        break;
    default:
        break;
    }
    // Empty values stay at the bottom whichever way the column is sorted (the proxy reverses the
    // answer for a descending sort).
    if (order.empty != 0)
        return sortOrder() == Qt::AscendingOrder ? order.empty < 0 : order.empty > 0;
    if (order.value == 0)
        order.value = a.name.compare(b.name, Qt::CaseInsensitive);
    return order.value != 0 ? order.value < 0 : left.row() < right.row();
}

} // namespace cultivate
