// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/entitykind.h"
#include "ui/people/attendancematrixmodel.h"

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace cultivate {

class AttendanceMatrixModel;
class Plan;
class PlanPage;
class TaskRunner;
struct AttendanceMatrix;

// Who came to what over a period: members against the events held, each member's attendance rate
// and each event's turnout (SPEC §5). Read-only; it follows the owner's plan and period, and loads
// only while it is shown: a plan file's matrix on a worker thread (TaskRunner, with its own
// read-only connection) while a busy bar shows, an in-memory plan's at once.
class AttendanceMatrixTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceMatrixTab)

public:
    explicit AttendanceMatrixTab(PlanPage *owner, QWidget *parent = nullptr);

    AttendanceMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setPeriod(const QDate &from, const QDate &to);
    // Reloads from the owner's plan when shown; otherwise marks the view stale.
    void refresh();
    // True while the matrix is being read.
    bool isLoading() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void follow(Plan *plan);
    void onChanged(EntityKind kind);
    void showMatrix(AttendanceMatrixModel::Prepared prepared, const QString &error);

    PlanPage *m_owner = nullptr;
    QPointer<Plan> m_followed{};
    bool m_stale = true;
    bool m_periodChosen = false;
    AttendanceMatrixModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    TaskRunner *m_runner = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cultivate
