// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/resources/resourcefiltermodel.h"

#include "ui/resources/resourcetablemodel.h"

#include <QDate>

namespace cultivate {

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceTableModel::SortRole);
}

void ResourceFilterModel::setSearch(const QString &text)
{
    const QString folded = text.simplified().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void ResourceFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void ResourceFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && index.data(ResourceTableModel::KindRole).toInt() != m_kind)
        return false;
    if (!m_tag.isEmpty() &&
        !index.data(ResourceTableModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    return m_search.isEmpty() || index.data(ResourceTableModel::SearchTextRole).toString().contains(m_search);
}

bool ResourceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QDate) {
        const QDate first = a.toDate();
        const QDate second = b.toDate();
        // Undated and empty values stay at the bottom whichever way the column is sorted.
        if (first.isValid() != second.isValid())
            return (sortOrder() == Qt::AscendingOrder) == first.isValid();
        if (first != second)
            return first < second;
        return left.row() < right.row();
    }
    const QString first = a.toString();
    const QString second = b.toString();
    if (first.isEmpty() != second.isEmpty())
        return (sortOrder() == Qt::AscendingOrder) != first.isEmpty();
    const int order = first.compare(second, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace cultivate
