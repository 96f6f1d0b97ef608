// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/storage/entitykind.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace cultivate {

class Plan;

// The plan's resources (the shared repertoire) as a table, one row per resource, loaded once and
// then kept current from Plan's change signals. Authors are shown by name and follow edits of the
// member. Sorting and filtering belong to a proxy (ResourceFilterModel).
class ResourceTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableModel)

public:
    enum Column {
        TitleColumn,
        KindColumn,
        LocationColumn,
        AuthorColumn,
        AddedColumn,
        TagsColumn,
        VisibilityColumn,
        ColumnCount
    };
    enum ItemRole {
        ResourceIdRole = Qt::UserRole + 1,
        SortRole,
        KindRole,       // ResourceKind as int
        TagsRole,       // QStringList
        SearchTextRole, // title, location, description, tags and author, case-folded
    };

    explicit ResourceTableModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setPlan(Plan *plan);
    const Resource &resource(int row) const { return m_resources.at(row); }
    const QList<Resource> &resources() const { return m_resources; }
    int rowOf(Id id) const;
    QString authorName(const Resource &resource) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void loadAuthors();
    void onAdded(EntityKind kind, Id id);
    void onUpdated(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    void authorChanged(Id memberId);

    QPointer<Plan> m_plan;
    QList<Resource> m_resources{};
    QHash<Id, QString> m_authors{}; // member id -> name
};

} // namespace cultivate
