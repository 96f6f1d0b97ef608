// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/storage/entitykind.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cultivate {

class Plan;

// The plan's events as a table, one row per event in the order core lists them. The model only
// translates Plan's change signals into row inserts, changes and removals; sorting and filtering
// belong to a proxy.
class EventTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column { DateColumn, TimeColumn, TitleColumn, KindColumn, StatusColumn, LocationColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole, StatusRole, KindRole, SeriesRole };

    explicit EventTableModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setPlan(Plan *plan);
    const Event &event(int row) const { return m_events.at(row); }
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onAdded(EntityKind kind, Id id);
    void onUpdated(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);

    QPointer<Plan> m_plan;
    QList<Event> m_events{};
};

} // namespace cultivate
