// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/resources/resourcetablemodel.h"

#include "core/storage/plan.h"
#include "ui/common/formatting.h"

namespace cultivate {

ResourceTableModel::ResourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResourceTableModel::setPlan(Plan *plan)
{
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    m_plan = plan;
    if (m_plan) {
        connect(m_plan, &Plan::entityAdded, this, &ResourceTableModel::onAdded);
        connect(m_plan, &Plan::entityUpdated, this, &ResourceTableModel::onUpdated);
        connect(m_plan, &Plan::entityRemoved, this, &ResourceTableModel::onRemoved);
        connect(m_plan, &Plan::reset, this, &ResourceTableModel::reload);
    }
    reload();
}

void ResourceTableModel::loadAuthors()
{
    m_authors.clear();
    if (!m_plan)
        return;
    (void)m_plan->forEach<Member>([this](const Member &member) { m_authors.insert(member.id, member.name); });
}

void ResourceTableModel::reload()
{
    beginResetModel();
    m_resources.clear();
    loadAuthors();
    if (m_plan) {
        if (auto resources = m_plan->list<Resource>(); resources.ok())
            m_resources = std::move(resources).value();
    }
    endResetModel();
}

int ResourceTableModel::rowOf(Id id) const
{
    for (qsizetype row = 0; row < m_resources.size(); ++row) {
        if (m_resources.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

QString ResourceTableModel::authorName(const Resource &resource) const
{
    return resource.authorId ? m_authors.value(*resource.authorId) : QString();
}

void ResourceTableModel::authorChanged(Id memberId)
{
    for (qsizetype row = 0; row < m_resources.size(); ++row) {
        if (m_resources.at(row).authorId == memberId) {
            const QModelIndex cell = index(static_cast<int>(row), AuthorColumn);
            emit dataChanged(cell, cell);
        }
    }
}

void ResourceTableModel::onAdded(EntityKind kind, Id id)
{
    if (!m_plan)
        return;
    if (kind == EntityKind::Member) {
        if (auto member = m_plan->get<Member>(id); member.ok())
            m_authors.insert(id, member.value().name);
        return;
    }
    if (kind != EntityKind::Resource || rowOf(id) >= 0)
        return;
    auto resource = m_plan->get<Resource>(id);
    if (!resource.ok())
        return;
    // Rows stay in id order, as core lists them, so that an undone removal returns to its place.
    int row = 0;
    while (row < m_resources.size() && m_resources.at(row).id < id)
        ++row;
    beginInsertRows({}, row, row);
    m_resources.insert(row, resource.value());
    endInsertRows();
}

void ResourceTableModel::onUpdated(EntityKind kind, Id id)
{
    if (!m_plan)
        return;
    if (kind == EntityKind::Member) {
        if (auto member = m_plan->get<Member>(id); member.ok() && m_authors.value(id) != member.value().name) {
            m_authors.insert(id, member.value().name);
            authorChanged(id);
        }
        return;
    }
    if (kind != EntityKind::Resource)
        return;
    const int row = rowOf(id);
    auto resource = m_plan->get<Resource>(id);
    if (row < 0 || !resource.ok())
        return;
    m_resources[row] = resource.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ResourceTableModel::onRemoved(EntityKind kind, Id id)
{
    if (kind == EntityKind::Member) {
        // The plan clears the author of the member's resources (ON DELETE SET NULL).
        m_authors.remove(id);
        for (qsizetype row = 0; row < m_resources.size(); ++row) {
            Resource &resource = m_resources[row];
            if (resource.authorId == id) {
                resource.authorId.reset();
                const QModelIndex cell = index(static_cast<int>(row), AuthorColumn);
                emit dataChanged(cell, cell);
            }
        }
        return;
    }
    if (kind != EntityKind::Resource)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_resources.removeAt(row);
    endRemoveRows();
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_resources.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource &resource = m_resources.at(index.row());
    switch (role) {
    case ResourceIdRole:
        return resource.id;
    case KindRole:
        return static_cast<int>(resource.kind);
    case TagsRole:
        return resource.tags;
    case SearchTextRole: {
        QStringList parts{resource.title, resource.location, resource.description, authorName(resource)};
        parts.append(resource.tags);
        return parts.join(QLatin1Char('\n')).toCaseFolded();
    }
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return label(resource.kind);
        case AddedColumn:
            return resource.addedDate;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return resource.title;
        case KindColumn:
            return label(resource.kind);
        case LocationColumn:
            return resource.location;
        case AuthorColumn:
            return authorName(resource);
        case AddedColumn:
            return formatDate(resource.addedDate);
        case TagsColumn:
            return resource.tags.join(QStringLiteral(", "));
        case VisibilityColumn:
            return label(resource.visibility);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return resource.description.isEmpty() ? resource.title
                                                  : tr("%1\n\n%2").arg(resource.title, resource.description);
        if (index.column() == LocationColumn || index.column() == TagsColumn) {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return {};
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case LocationColumn:
        return tr("Location");
    case AuthorColumn:
        return tr("Author");
    case AddedColumn:
        return tr("Added");
    case TagsColumn:
        return tr("Tags");
    case VisibilityColumn:
        return tr("Visibility");
    default:
        return {};
    }
}

} // namespace cultivate
