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
class TaskRunner;

// The contributions log: one row per contribution with its date, member, kind, the kind's weight,
// and the event and resource it belongs to, in the order sort() last chose (newest first at the
// start). A plan file's rows are read on a worker thread (TaskRunner, with its own read-only
// connection): the model stays empty and isLoading() is true until they arrive; an in-memory plan's
// rows are read at once. Once loaded, follows the plan's change signals row by row.
class ContributionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionModel)

public:
    enum Column { DateColumn, MemberColumn, KindColumn, WeightColumn, EventColumn, NoteColumn, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole };

    // What the log shows of a plan: plain values, read on whichever thread holds the connection.
    struct Log {
        QList<Contribution> rows{};
        QHash<Id, QString> members{}; // id -> name
        QHash<Id, QString> events{};  // id -> title
        QHash<int, int> weights{};    // kind -> weight, where the plan sets one
    };

    explicit ContributionModel(QObject *parent = nullptr);
    ~ContributionModel() override;

    // Not owned; nullptr empties the model. Starts loading the plan's rows.
    void setPlan(Plan *plan);
    // True from setPlan() (or a reload) until the rows are on show.
    bool isLoading() const;
    const Contribution &contribution(int row) const { return m_rows.at(row); }
    int weightOf(ContributionKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Orders the rows by `column`; ties keep the order in which they were logged.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);

private:
    void reload();
    void show(Log log, int sortColumn, Qt::SortOrder sortOrder);
    void resort();
    void onAdded(EntityKind kind, Id id);
    void onUpdated(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    int rowOf(Id id) const;
    int sortedPosition(const Contribution &contribution) const;

    QPointer<Plan> m_plan;
    TaskRunner *m_runner = nullptr;
    QList<Contribution> m_rows{};
    Log m_names{}; // the names and weights; its rows stay empty
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cultivate
