// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/portfolio/portfolio.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cultivate {

// The rows of a portfolio as a table: one community per row, its figures formatted for people and,
// under SortRole, as numbers (invalid for an undefined figure and for an unreadable plan). Sorting
// belongs to a PortfolioSortModel.
class PortfolioModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioModel)

public:
    enum Column {
        CommunityColumn,
        StageColumn,
        MembersColumn,
        ActiveColumn,
        StickinessColumn,
        ReachColumn,
        NewcomersColumn,
        VerdictColumn,
        LastEventColumn,
        NextEventColumn,
        ReasonColumn, // why a plan cannot be read; empty for the others
        ColumnCount
    };
    enum ItemRole {
        SortRole = Qt::UserRole + 1,
        PathRole,     // the plan file, absolute
        ReadableRole, // bool
    };

    explicit PortfolioModel(QObject *parent = nullptr);

    void setRows(QList<PortfolioRow> rows);
    const QList<PortfolioRow> &rows() const { return m_rows; }
    int unreadableCount() const;
    // The reason a plan cannot be read, without the path its message starts with.
    static QString reasonText(const PortfolioRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const PortfolioRow &row, int column) const;
    QVariant sortValue(const PortfolioRow &row, int column) const;
    QString toolTip(const PortfolioRow &row) const;

    QList<PortfolioRow> m_rows{};
};

// Sorts a PortfolioModel by its SortRole: figures as numbers, names case-insensitively, and the
// rows without a value (an undefined figure, a plan that cannot be read) after the others in
// either order.
class PortfolioSortModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioSortModel)

public:
    explicit PortfolioSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace cultivate
