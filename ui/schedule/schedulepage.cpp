// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/schedulepage.h"

#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/seriescommands.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/typography.h"
#include "ui/printing/printsheets.h"
#include "ui/reports/draftdialog.h"
#include "ui/schedule/eventdialog.h"
#include "ui/schedule/eventtablemodel.h"
#include "ui/schedule/monthcalendar.h"
#include "ui/schedule/yeartimeline.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// Filters the event table by status and kind (-1 = any).
class EventFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(int status, int kind)
    {
        m_status = status;
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return (m_status < 0 || index.data(EventTableModel::StatusRole).toInt() == m_status) &&
               (m_kind < 0 || index.data(EventTableModel::KindRole).toInt() == m_kind);
    }

private:
    int m_status = -1;
    int m_kind = -1;
};

} // namespace

SchedulePage::SchedulePage(QWidget *parent)
    : PlanPage({EntityKind::Event, EntityKind::Series, EntityKind::Stage, EntityKind::Community}, parent)
{
    setObjectName(QStringLiteral("page-schedule"));
    const int unit = em(this);

    m_model = new EventTableModel(this);
    m_model->setObjectName(QStringLiteral("event-model"));
    auto *filter = new EventFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventTableModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->setSpacing(unit / 2);
    layout->addWidget(makeLabel(tr("Schedule"), TextStyle::Title, this));
    m_summary = makeLabel({}, TextStyle::Body, this);
    m_summary->setObjectName(QStringLiteral("schedule-summary"));
    layout->addWidget(m_summary);
    m_slipped = makeLabel({}, TextStyle::Secondary, this);
    m_slipped->setObjectName(QStringLiteral("schedule-slipped"));
    layout->addWidget(m_slipped);

    // The buttons, then the filters: below the buttons in a narrow window, where the buttons also
    // wrap onto more lines when they must.
    auto *bar = new StackingRow;
    bar->setSpacing(unit / 2);
    auto *buttons = new FlowLayout;
    buttons->setSpacing(unit / 2);
    bar->addLayout(buttons, 1);
    m_new = new QPushButton(tr("&New Event…"), this);
    m_new->setObjectName(QStringLiteral("schedule-new"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("schedule-edit"));
    m_cancel = new QPushButton(tr("&Cancel Event"), this);
    m_cancel->setObjectName(QStringLiteral("schedule-cancel"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("schedule-delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Messages about the selected event, drafted for the user's mail program (also the list's context menu).
    m_draft = new QPushButton(tr("D&raft Message"), this);
    m_draft->setObjectName(QStringLiteral("schedule-draft"));
    m_draft->setAccessibleName(tr("Draft a message about the selected event"));
    auto *drafts = new QMenu(m_draft);
    drafts->setObjectName(QStringLiteral("schedule-draft-menu"));
    const QList<std::tuple<EventDraftKind, QString, QString>> draftKinds{
        {EventDraftKind::Reminder, QStringLiteral("reminder"), tr("Draft &Reminder…")},
        {EventDraftKind::FollowUp, QStringLiteral("follow-up"), tr("Draft &Follow-up…")},
        {EventDraftKind::MissedYou, QStringLiteral("missed-it"), tr("Draft Note to Those Who &Missed It…")}};
    for (const auto &[kind, key, text] : draftKinds) {
        QAction *action = drafts->addAction(text);
        action->setObjectName(QStringLiteral("schedule-draft-") + key);
        connect(action, &QAction::triggered, this, [this, kind] {
            if (const std::optional<Event> event = selectedEvent(); event && plan())
                showEventDraft(*plan(), event->id, kind, this);
        });
    }
    m_draft->setMenu(drafts);
    for (QPushButton *button : {m_new, m_edit, m_cancel, m_delete, m_draft})
        buttons->addWidget(button);
    // Paper for the room: the selected event's sign-in sheet, or the schedule of a period.
    auto *print = new QPushButton(tr("&Print"), this);
    print->setObjectName(QStringLiteral("schedule-print"));
    auto *printMenu = new QMenu(print);
    QAction *printSignIn = printMenu->addAction(tr("&Sign-in Sheet of the Event…"));
    printSignIn->setObjectName(QStringLiteral("schedule-print-sign-in"));
    connect(printSignIn, &QAction::triggered, this, [this] {
        if (const std::optional<Event> event = selectedEvent(); event && plan())
            PrintSheets::previewSignInSheet(*plan(), event->id, this);
    });
    QAction *printPeriod = printMenu->addAction(tr("Schedule of a &Period…"));
    printPeriod->setObjectName(QStringLiteral("schedule-print-period"));
    connect(printPeriod, &QAction::triggered, this, [this] {
        if (plan())
            PrintSheets::previewSchedule(*plan(), this);
    });
    connect(printMenu, &QMenu::aboutToShow, this,
            [this, printSignIn] { printSignIn->setEnabled(selectedEvent().has_value()); });
    print->setMenu(printMenu);
    buttons->addWidget(print);
    // Back to today in every view (or to the plan's start when today is outside the plan).
    m_today = new QPushButton(tr("&Today"), this);
    m_today->setObjectName(QStringLiteral("schedule-today"));
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_today->setToolTip(tr("Show today in the list, the month and the year (%1)")
                            .arg(m_today->shortcut().toString(QKeySequence::NativeText)));
    m_today->setAccessibleName(tr("Show today"));
    connect(m_today, &QPushButton::clicked, this, &SchedulePage::showToday);
    buttons->addWidget(m_today);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("schedule-status-filter"));
    m_statusFilter->setAccessibleName(tr("Show events of status"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (EventStatus status : enumValues<EventStatus>())
        m_statusFilter->addItem(label(status), static_cast<int>(status));
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("schedule-kind-filter"));
    m_kindFilter->setAccessibleName(tr("Show events of kind"));
    m_kindFilter->addItem(tr("Any kind"), -1);
    for (EventKind kind : enumValues<EventKind>())
        m_kindFilter->addItem(label(kind), static_cast<int>(kind));
    auto *filters = new QHBoxLayout;
    filters->setSpacing(unit / 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_kindFilter);
    filters->addStretch(1);
    bar->addLayout(filters);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("schedule-views"));
    m_tabs->setAccessibleName(tr("Schedule views"));
    m_table = new QTableView(m_tabs);
    m_table->setObjectName(QStringLiteral("schedule-list"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::LocationColumn, QHeaderView::Stretch);
    // Wide enough for the longest kind and status, measured once rather than over every row.
    const auto fitLabels = [this](int column, const QStringList &labels) {
        int widest = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : labels)
            widest = qMax(widest, m_table->fontMetrics().horizontalAdvance(text));
        m_table->horizontalHeader()->resizeSection(column, widest + em(m_table));
    };
    QStringList kinds;
    for (EventKind kind : enumValues<EventKind>())
        kinds << label(kind);
    QStringList statuses;
    for (EventStatus status : enumValues<EventStatus>())
        statuses << label(status);
    fitLabels(EventTableModel::KindColumn, kinds);
    fitLabels(EventTableModel::StatusColumn, statuses);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(drafts->actions());
    m_tabs->addTab(m_table, tr("&List"));
    m_table->installEventFilter(this);

    auto *month = new QWidget(m_tabs);
    auto *monthLayout = new QHBoxLayout(month);
    m_calendar = new MonthCalendar(month);
    m_calendar->setObjectName(QStringLiteral("schedule-calendar"));
    m_calendar->setAccessibleName(tr("Month calendar"));
    m_dayList = new QListWidget(month);
    m_dayList->setObjectName(QStringLiteral("schedule-day"));
    m_dayList->setAccessibleName(tr("Events of the selected day"));
    monthLayout->addWidget(m_calendar, 5);
    monthLayout->addWidget(m_dayList, 2);
    m_tabs->addTab(month, tr("&Month"));

    auto *yearPage = new QWidget(m_tabs);
    auto *yearLayout = new QVBoxLayout(yearPage);
    m_year = new YearTimeline(yearPage);
    // One plan year at a time, paged with Previous and Next.
    auto *yearBar = new QHBoxLayout;
    auto *previousYear = new QPushButton(tr("◀ Pre&vious Year"), yearPage);
    previousYear->setObjectName(QStringLiteral("schedule-year-previous"));
    auto *nextYear = new QPushButton(tr("Ne&xt Year ▶"), yearPage);
    nextYear->setObjectName(QStringLiteral("schedule-year-next"));
    auto *yearRange = makeLabel({}, TextStyle::Heading, yearPage);
    yearRange->setObjectName(QStringLiteral("schedule-year-range"));
    yearRange->setAlignment(Qt::AlignCenter);
    yearBar->addWidget(previousYear);
    yearBar->addWidget(yearRange, 1);
    yearBar->addWidget(nextYear);
    yearLayout->addLayout(yearBar);
    connect(previousYear, &QPushButton::clicked, this, [this] { m_year->setYearIndex(m_year->yearIndex() - 1); });
    connect(nextYear, &QPushButton::clicked, this, [this] { m_year->setYearIndex(m_year->yearIndex() + 1); });
    connect(m_year, &YearTimeline::rangeChanged, this, [this, previousYear, nextYear, yearRange] {
        yearRange->setText(m_year->rangeLabel());
        previousYear->setEnabled(m_year->yearIndex() > 0);
        nextYear->setEnabled(m_year->yearIndex() < m_year->yearCount() - 1);
    });
    yearLayout->addWidget(m_year);
    yearLayout->addStretch(1);
    m_tabs->addTab(yearPage, tr("&Year"));
    layout->addWidget(m_tabs, 1);

    connect(m_new, &QPushButton::clicked, this, &SchedulePage::newEvent);
    connect(m_edit, &QPushButton::clicked, this, &SchedulePage::editSelected);
    connect(m_cancel, &QPushButton::clicked, this, &SchedulePage::cancelSelected);
    connect(m_delete, &QPushButton::clicked, this, &SchedulePage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &SchedulePage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchedulePage::updateButtons);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SchedulePage::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &SchedulePage::applyFilter);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_calendar->selectedDate()); });
    // Paging months moves the selected day along (same day of the month), so the day's list follows.
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this](int year, int month) {
        const QDate selected = m_calendar->selectedDate();
        if (selected.year() == year && selected.month() == month)
            return;
        const QDate first(year, month, 1);
        m_calendar->setSelectedDate(first.addDays(qMin(selected.day(), first.daysInMonth()) - 1));
    });
    connect(m_dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectEvent(item->data(Qt::UserRole).toLongLong());
        editSelected();
    });
    updateButtons();
}

void SchedulePage::applyFilter()
{
    static_cast<EventFilter *>(m_proxy)->setFilter(m_statusFilter->currentData().toInt(),
                                                   m_kindFilter->currentData().toInt());
}

void SchedulePage::refresh()
{
    const bool newPlan = m_model->property("plan").value<void *>() != plan();
    if (newPlan) {
        m_model->setPlan(plan());
        m_model->setProperty("plan", QVariant::fromValue<void *>(plan()));
    }
    m_events.clear();
    QList<Stage> stages;
    Community community;
    QDate today = QDate::currentDate();
    if (plan()) {
        today = plan()->clock().today();
        if (auto events = plan()->list<Event>(); events.ok())
            m_events = events.value();
        if (auto loaded = plan()->list<Stage>(); loaded.ok())
            stages = loaded.value();
        if (auto loaded = plan()->community(); loaded.ok())
            community = loaded.value();
    }
    m_home = today;
    if (community.startDate.isValid() && today < community.startDate)
        m_home = community.startDate;
    else if (community.endDate.isValid() && today > community.endDate)
        m_home = community.startDate.isValid() ? community.startDate : community.endDate;
    updateSummary(m_events, today);
    m_year->setPlan(community.startDate, community.endDate, stages, m_events, today);
    if (newPlan)
        showToday();
    updateCalendar(m_events);
    m_new->setEnabled(plan() && undoStack());
    m_today->setEnabled(plan() != nullptr);
    updateButtons();
}

void SchedulePage::showToday()
{
    const QDate home = m_home.isValid() ? m_home : QDate::currentDate();
    m_calendar->setSelectedDate(home);
    m_calendar->setCurrentPage(home.year(), home.month());
    showDay(m_calendar->selectedDate());
    m_year->showDate(home);
    // The list scrolls once it is laid out (a hidden list has no room to scroll in).
    m_listPending = true;
    if (m_table->isVisible())
        QTimer::singleShot(0, this, &SchedulePage::scrollListToHome);
}

int SchedulePage::homeRow() const
{
    // The first event on or after the day (the last one when all are before it).
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (m_model->event(source).start.date() >= m_home)
            return row;
    }
    return rows - 1;
}

void SchedulePage::scrollListToHome()
{
    if (!m_listPending || !m_table->isVisible())
        return;
    m_listPending = false;
    const int row = homeRow();
    if (row >= 0)
        m_table->scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtTop);
}

bool SchedulePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && m_listPending && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        QTimer::singleShot(0, this, &SchedulePage::scrollListToHome);
    return PlanPage::eventFilter(watched, event);
}

QDate SchedulePage::home() const
{
    return m_home;
}

void SchedulePage::updateSummary(const QList<Event> &events, const QDate &today)
{
    int held = 0;
    int plannedPast = 0;
    int planned = 0;
    int cancelled = 0;
    QStringList slipped;
    for (const Event &event : events) {
        switch (event.status) {
        case EventStatus::Held:
            ++held;
            break;
        case EventStatus::Cancelled:
            ++cancelled;
            break;
        case EventStatus::Planned:
            ++planned;
            if (event.start.date() < today) {
                ++plannedPast;
                if (slipped.size() < 4)
                    slipped << tr("%1 (%2)").arg(event.title, formatDate(event.start.date()));
            }
            break;
        }
    }
    const int due = held + plannedPast;
    m_summary->setText(events.isEmpty() ? tr("No events yet. Plan the community's rhythm with New Event.")
                                        : tr("%1 of %2 events due so far were held · %3 planned ahead · %4 cancelled")
                                              .arg(held)
                                              .arg(due)
                                              .arg(planned - plannedPast)
                                              .arg(cancelled));
    if (plannedPast == 0) {
        m_slipped->setText(events.isEmpty() ? QString()
                                            : tr("No slipped events: everything past is held or cancelled."));
    } else {
        m_slipped->setText(tr("%n slipped: planned, date passed, not marked held — %1", nullptr, plannedPast)
                               .arg(slipped.join(QStringLiteral(", "))) +
                           (plannedPast > slipped.size() ? tr("…") : QString()));
    }
    const QList<QDate> quiet = m_year->quietMonths();
    Q_UNUSED(quiet)
}

void SchedulePage::updateCalendar(const QList<Event> &events)
{
    m_calendar->setEvents(events);
    showDay(m_calendar->selectedDate());
}

void SchedulePage::showDay(const QDate &date)
{
    m_dayList->clear();
    for (const Event &event : std::as_const(m_events)) {
        if (event.start.date() != date)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1  %2 · %3")
                .arg(event.start.time().toString(QStringLiteral("HH:mm")), event.title, label(event.status)),
            m_dayList);
        item->setData(Qt::UserRole, event.id);
    }
    if (m_dayList->count() == 0)
        new QListWidgetItem(tr("No events on %1").arg(formatDate(date)), m_dayList);
}

void SchedulePage::updateButtons()
{
    const bool editable = plan() && undoStack();
    const std::optional<Event> event = selectedEvent();
    m_edit->setEnabled(editable && event);
    m_cancel->setEnabled(editable && event && event->status != EventStatus::Cancelled);
    m_delete->setEnabled(editable && event);
    m_draft->setEnabled(plan() && event);
}

std::optional<Event> SchedulePage::selectedEvent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = m_proxy->mapToSource(rows.first()).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->event(row);
}

void SchedulePage::selectEvent(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

std::optional<bool> SchedulePage::askWholeSeries(const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("A Repeating Event"), question, QMessageBox::NoButton, this);
    QPushButton *one = box.addButton(tr("This &Occurrence"), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("The &Whole Series"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == one)
        return false;
    if (box.clickedButton() == all)
        return true;
    return std::nullopt;
}

void SchedulePage::newEvent()
{
    if (!plan() || !undoStack())
        return;
    QList<Stage> stages;
    if (auto loaded = plan()->list<Stage>(); loaded.ok())
        stages = loaded.value();
    Community community;
    if (auto loaded = plan()->community(); loaded.ok())
        community = loaded.value();
    Event event;
    const QDate day = m_tabs->currentIndex() == 1 ? m_calendar->selectedDate() : plan()->clock().today();
    event.start = QDateTime(day, QTime(12, 0));
    EventDialog dialog(event, stages, true, community.endDate, this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Event created = dialog.event();
    if (const auto series = dialog.series()) {
        run(new AddSeriesCommand(*plan(), *series, created, tr("Add the series “%1”").arg(created.title)));
        return;
    }
    auto *command = new AddEntityCommand<Event>(*plan(), created, tr("Add the event “%1”").arg(created.title));
    if (run(command))
        selectEvent(command->entityId());
}

void SchedulePage::editSelected()
{
    const std::optional<Event> selected = selectedEvent();
    if (!selected || !plan() || !undoStack())
        return;
    QList<Stage> stages;
    if (auto loaded = plan()->list<Stage>(); loaded.ok())
        stages = loaded.value();
    EventDialog dialog(*selected, stages, false, {}, this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Event after = dialog.event();
    if (after == *selected)
        return;
    bool whole = false;
    if (selected->seriesId) {
        const auto answer = askWholeSeries(
            tr("Change only this occurrence of “%1”, or every event of its series?").arg(selected->title));
        if (!answer)
            return;
        whole = *answer;
    }
    if (!whole) {
        run(new EditEntityCommand<Event>(*plan(), *selected, after, tr("Edit the event “%1”").arg(selected->title)));
        return;
    }
    // The whole series: every field but the date, which each occurrence keeps (its time follows).
    auto *macro = new PlanMacroCommand(*plan(), tr("Edit the series “%1”").arg(selected->title));
    for (const Event &event : std::as_const(m_events)) {
        if (event.seriesId != selected->seriesId)
            continue;
        Event changed = after;
        changed.id = event.id;
        changed.seriesId = event.seriesId;
        changed.start = QDateTime(event.start.date(), after.start.time());
        changed.status = event.id == selected->id || after.status != selected->status ? after.status : event.status;
        if (!(changed == event))
            macro->append(new EditEntityCommand<Event>(*plan(), event, changed, {}));
    }
    run(macro);
}

void SchedulePage::cancelSelected()
{
    const std::optional<Event> selected = selectedEvent();
    if (!selected || !plan())
        return;
    Event after = *selected;
    after.status = EventStatus::Cancelled;
    run(new EditEntityCommand<Event>(*plan(), *selected, after, tr("Cancel the event “%1”").arg(selected->title)));
}

void SchedulePage::deleteSelected()
{
    const std::optional<Event> selected = selectedEvent();
    if (!selected || !plan())
        return;
    bool whole = false;
    if (selected->seriesId) {
        const auto answer =
            askWholeSeries(tr("Delete only this occurrence of “%1”, or the whole series?").arg(selected->title));
        if (!answer)
            return;
        whole = *answer;
    }
    if (!whole) {
        run(new RemoveEntityCommand<Event>(*plan(), *selected, tr("Delete the event “%1”").arg(selected->title)));
        return;
    }
    auto *macro = new PlanMacroCommand(*plan(), tr("Delete the series “%1”").arg(selected->title));
    for (const Event &event : std::as_const(m_events)) {
        if (event.seriesId == selected->seriesId)
            macro->append(new RemoveEntityCommand<Event>(*plan(), event, {}));
    }
    if (auto series = plan()->get<Series>(*selected->seriesId); series.ok())
        macro->append(new RemoveEntityCommand<Series>(*plan(), series.value(), {}));
    run(macro);
}

} // namespace cultivate
