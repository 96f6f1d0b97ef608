// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/attendancematrix.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cultivate {

// Members × held events of a period, read-only: a column with each member's attendance rate, one
// per event, and a last row with each event's turnout. A cell shows ✓ for a credited attendance,
// ○ for present but under the minutes threshold, ✗ absent, E excused, and nothing when unrecorded.
class AttendanceMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceMatrixModel)

public:
    enum Column { NameColumn, RateColumn, FirstEventColumn };
    enum ItemRole { SortRole = Qt::UserRole + 1 };

    explicit AttendanceMatrixModel(QObject *parent = nullptr);

    // The matrix with what the model shows worked out ahead: each member's rate, each event's turnout
    // and the names as shown. prepare() is pure and runs on a worker, so that handing a large matrix
    // to the view costs only the swap.
    struct Prepared {
        AttendanceMatrix matrix{};
        QList<std::optional<double>> rates{};
        QList<std::optional<double>> turnouts{};
        QHash<Id, QString> names{};
    };
    static Prepared prepare(AttendanceMatrix matrix);
    void setPrepared(Prepared prepared);
    void setMatrix(AttendanceMatrix matrix) { setPrepared(prepare(std::move(matrix))); }
    const AttendanceMatrix &matrix() const { return m_matrix; }
    // The row of event turnouts, after the members.
    int turnoutRow() const { return int(m_matrix.members.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AttendanceMatrix m_matrix{};
    QList<std::optional<double>> m_rates{};
    QList<std::optional<double>> m_turnouts{};
    QHash<Id, QString> m_names{}; // as shown: namesakes with their organisation
    QString shownName(int row) const;
};

} // namespace cultivate
