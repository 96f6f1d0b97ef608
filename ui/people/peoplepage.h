// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "ui/common/planpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace cultivate {

class AttendanceMatrixTab;
class AttendanceSheet;
class ContributionsTab;
class MemberFilterModel;
class MemberTableModel;

// The community's members: a sortable table with a search field and filters for role,
// organisation and whether members are active; add, edit, remove and merge members; and an
// attendance sheet per event. Every change is an undo command.
class PeoplePage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    explicit PeoplePage(QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    MemberFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    AttendanceSheet *attendanceSheet() const { return m_sheet; }
    ContributionsTab *contributions() const { return m_contributions; }
    AttendanceMatrixTab *attendanceMatrix() const { return m_matrix; }
    // True while the members table is still being read (a plan file's members load on a worker).
    bool isLoading() const;
    // Selects the member's row, if the filters show it (once loaded, if the table is still loading).
    void selectMember(Id id);
    // The members of the selected rows, in the order they appear.
    QList<Member> selectedMembers() const;

    void addMember();
    void editSelected();
    void removeSelected();
    void mergeSelected();
    // Opens the import wizard; Finish imports the file as one undo step.
    void importFile();

protected:
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void onLoadingChanged(bool loading);
    void updateOrganisations();
    void updateSummary();
    void updateButtons();
    QDate today() const;

    Plan *m_modelPlan = nullptr;
    MemberTableModel *m_model = nullptr;
    MemberFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lastAction = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_loading = nullptr;
    QWidget *m_noMatch = nullptr;
    QLabel *m_noMatchText = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_organisationFilter = nullptr;
    QComboBox *m_presenceFilter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addFirst = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_merge = nullptr;
    AttendanceSheet *m_sheet = nullptr;
    ContributionsTab *m_contributions = nullptr;
    AttendanceMatrixTab *m_matrix = nullptr;
    Id m_pendingSelection = 0;        // selected once the members are on show
    bool m_organisationsStale = true; // the organisation filter's list lags the members
};

} // namespace cultivate
