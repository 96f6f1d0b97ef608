// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "ui/common/planpage.h"

class QCalendarWidget;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cultivate {

class EventTableModel;
class MonthCalendar;
class YearTimeline;

// The schedule: the events as a sortable, filterable list, a month calendar and the year
// timeline, with plan against actual (held vs planned, slipped events, quiet months). Create,
// edit, cancel and delete events, single or as a series; every change is an undo command.
class SchedulePage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    explicit SchedulePage(QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects the event in the list (for tests and the calendar's day list).
    void selectEvent(Id id);

    // Shows today (or the plan's start when today is outside the plan) in the list, month and year.
    void showToday();
    // The day showToday() goes to.
    QDate home() const;
    // The list's row of the first event on or after home() (the row showToday() scrolls to).
    int homeRow() const;

    void newEvent();
    void editSelected();
    void cancelSelected();
    void deleteSelected();

protected:
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<Event> selectedEvent() const;
    // Asks whether a change to an event of a series is for this occurrence or the whole series.
    // Empty when the user cancelled.
    std::optional<bool> askWholeSeries(const QString &question);
    void applyFilter();
    void updateSummary(const QList<Event> &events, const QDate &today);
    void updateCalendar(const QList<Event> &events);
    void showDay(const QDate &date);
    void updateButtons();
    void scrollListToHome();

    EventTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_slipped = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    MonthCalendar *m_calendar = nullptr;
    QListWidget *m_dayList = nullptr;
    YearTimeline *m_year = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_draft = nullptr;
    QPushButton *m_today = nullptr;
    QDate m_home{};
    bool m_listPending = false;
    QList<Event> m_events{};
};

} // namespace cultivate
