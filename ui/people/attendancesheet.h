// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QCheckBox;
class QSortFilterProxyModel;
class QTableView;

namespace cultivate {

class AttendanceSheetModel;
class Plan;
class PlanPage;

// Takes attendance for one event, fast with the keyboard: P, A and E mark the current member
// present, absent or excused and move down; Delete clears the record; digits type the minutes.
// Every change is an undo command run through the owning page.
class AttendanceSheet final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceSheet)

public:
    explicit AttendanceSheet(PlanPage *owner, QWidget *parent = nullptr);

    AttendanceSheetModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Shows the event's sheet (if it is in the list) and makes the member's row current.
    void setCurrentEvent(Id eventId);
    void selectMember(Id memberId);
    // Records `status` (nullopt clears) for the member at the shown event; minutes stay known only
    // for a present member.
    void mark(Id memberId, std::optional<AttendanceStatus> status);

    // Follows the owner's plan; loads rows only while visible.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateEvents();
    void updateSummary();
    void record(Id memberId, std::optional<AttendanceStatus> status, std::optional<int> minutes);
    void markCurrent(std::optional<AttendanceStatus> status);

    PlanPage *m_owner = nullptr;
    Plan *m_modelPlan = nullptr;
    bool m_eventsStale = false; // the event list lags the plan while the sheet is hidden
    AttendanceSheetModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QCheckBox *m_onlyMissed = nullptr;
    QComboBox *m_event = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cultivate
