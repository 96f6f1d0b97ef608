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

// The contributions log: one row per contribution with its date, member, kind, the kind's weight,
// and the event and resource it belongs to. Follows the plan's change signals row by row.
class ContributionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionModel)

public:
    enum Column { DateColumn, MemberColumn, KindColumn, WeightColumn, EventColumn, NoteColumn, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole };

    explicit ContributionModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setPlan(Plan *plan);
    const Contribution &contribution(int row) const { return m_rows.at(row); }
    int weightOf(ContributionKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void loadNames();
    void onAdded(EntityKind kind, Id id);
    void onUpdated(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    int rowOf(Id id) const;

    QPointer<Plan> m_plan;
    QList<Contribution> m_rows{};
    QHash<Id, QString> m_members{};
    QHash<Id, QString> m_events{};
    QHash<int, int> m_weights{}; // kind -> weight
};

} // namespace cultivate
