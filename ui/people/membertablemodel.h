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

// The plan's members as a table, one row per member, loaded once and then kept current by
// translating Plan's change signals into row inserts, changes and removals. Sorting and filtering
// belong to a proxy (MemberFilterModel). A plan file's members are read on a worker thread
// (startOnPlan: a read-only connection of its own): isLoading() is true until they are on show; an
// in-memory plan's are read at once.
class MemberTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberTableModel)

public:
    enum Column {
        NameColumn,
        EmailColumn,
        OrganisationColumn,
        RoleColumn,
        JoinedColumn,
        LeftColumn,
        ConsentReportColumn,
        ConsentQuoteColumn,
        CommitmentColumn,
        ColumnCount
    };
    enum ItemRole {
        MemberIdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts naturally (dates as dates, flags as numbers)
        RoleRole, // the member's Role as int
        OrganisationRole,
        LeftDateRole,   // QDate, invalid while the member is active
        SearchTextRole, // name, email, aliases and organisation, lower case
    };

    // What the table shows of a plan: plain values, read on whichever thread holds the connection.
    struct Rows {
        QList<Member> members{};
        QList<QString> searchText{}; // one per member
    };

    explicit MemberTableModel(QObject *parent = nullptr);
    ~MemberTableModel() override;

    // Not owned; nullptr empties the model. Starts loading the plan's members.
    void setPlan(Plan *plan);
    // True from setPlan() (or a reload) until the members are on show.
    bool isLoading() const;
    const Member &member(int row) const { return m_members.at(row); }
    const QList<Member> &members() const { return m_members; }
    // Name, email, aliases and organisation of the row, case-folded, for searching.
    const QString &searchText(int row) const { return m_searchText.at(row); }
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // True when a load starts; false once its rows are on show (or it was given up).
    void loadingChanged(bool loading);

private:
    void reload();
    void show(Rows rows);
    void announceLoaded();
    void reindexFrom(int row);
    void onAdded(EntityKind kind, Id id);
    void onUpdated(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);

    QPointer<Plan> m_plan;
    TaskRunner *m_runner = nullptr;
    bool m_loadingAnnounced = false; // loadingChanged(true) was emitted, false is still to come
    QList<Member> m_members{};
    QList<QString> m_searchText{};
    QHash<Id, int> m_rows{};
};

} // namespace cultivate
