// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's undo commands over a real plan, and the main window driven offscreen: every change
// is one undo step, undo and redo restore the rows exactly, typing into one field merges.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/planundostack.h"
#include "ui/commands/seriescommands.h"
#include "ui/common/formatting.h"
#include "ui/common/typography.h"
#include "ui/mainwindow.h"
#include "ui/schedule/eventtablemodel.h"
#include "ui/schedule/monthcalendar.h"
#include "ui/schedule/schedulepage.h"
#include "ui/schedule/yeartimeline.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoView>

using namespace cultivate;
using namespace cultivate::test;

namespace {

std::unique_ptr<Plan> memoryPlan()
{
    Community community;
    community.name = QStringLiteral("Undo Practice");
    community.startDate = QDate(2026, 1, 5);
    community.endDate = QDate(2027, 1, 4);
    auto plan = Plan::createInMemory(community);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

} // namespace

TEST_CASE("adding, editing and removing a budget line are undone and redone exactly")
{
    auto plan = memoryPlan();
    PlanUndoStack stack;

    auto *add = new AddEntityCommand<BudgetLine>(*plan, BudgetLine{0, QStringLiteral("Catering"), 120.5, {}, 1},
                                                 QStringLiteral("Add"));
    REQUIRE_OK(stack.run(add));
    const QList<BudgetLine> added = all<BudgetLine>(*plan);
    REQUIRE(added.size() == 1);

    BudgetLine changed = added.first();
    changed.amount = 300;
    changed.notes = QStringLiteral("Two sessions");
    REQUIRE_OK(stack.run(new EditEntityCommand<BudgetLine>(*plan, added.first(), changed, QStringLiteral("Edit"))));
    REQUIRE_OK(stack.run(new RemoveEntityCommand<BudgetLine>(*plan, changed, QStringLiteral("Remove"))));
    CHECK(all<BudgetLine>(*plan).isEmpty());
    CHECK(stack.count() == 3);

    stack.undo();
    CHECK(all<BudgetLine>(*plan) == QList<BudgetLine>{changed});
    stack.undo();
    CHECK(all<BudgetLine>(*plan) == added);
    stack.undo();
    CHECK(all<BudgetLine>(*plan).isEmpty());
    stack.redo();
    CHECK(all<BudgetLine>(*plan) == added); // the same id again
    stack.redo();
    stack.redo();
    CHECK(all<BudgetLine>(*plan).isEmpty());
}

TEST_CASE("undoing the removal of an event restores its attendance and every reference to it")
{
    auto plan = memoryPlan();
    Member member;
    member.name = QStringLiteral("Ada");
    const Id memberId = plan->add(member).value();
    Event event;
    event.title = QStringLiteral("Kick-off");
    event.start = QDateTime(QDate(2026, 2, 3), QTime(10, 0));
    const Id eventId = plan->add(event).value();
    REQUIRE_OK(plan->add(Attendance{0, eventId, memberId, AttendanceStatus::Present, 55, {}}));
    Resource resource;
    resource.title = QStringLiteral("Slides");
    resource.eventId = eventId;
    REQUIRE_OK(plan->add(resource));
    ChecklistItem item = all<ChecklistItem>(*plan).value(0);
    const bool haveItem = item.id != 0;
    if (!haveItem) {
        Stage stage;
        stage.kind = StageKind::Launch;
        auto stageId = plan->add(stage);
        REQUIRE_OK(stageId);
        item.stageId = stageId.value();
        item.title = QStringLiteral("Hold the kick-off");
        auto itemId = plan->add(item);
        REQUIRE_OK(itemId);
        item.id = itemId.value();
    }
    item.evidenceEventId = eventId;
    item.evidenceNote = QStringLiteral("Held");
    REQUIRE_OK(plan->update(item));

    const auto attendanceBefore = all<Attendance>(*plan);
    const auto resourcesBefore = all<Resource>(*plan);
    const auto itemsBefore = all<ChecklistItem>(*plan);
    const auto eventsBefore = all<Event>(*plan);

    PlanUndoStack stack;
    REQUIRE_OK(stack.run(new RemoveEntityCommand<Event>(*plan, eventsBefore.first(), QStringLiteral("Delete"))));
    CHECK(all<Event>(*plan).isEmpty());
    CHECK(all<Attendance>(*plan).isEmpty());
    CHECK_FALSE(all<Resource>(*plan).first().eventId.has_value());

    stack.undo();
    CHECK(all<Event>(*plan) == eventsBefore);
    CHECK(all<Attendance>(*plan) == attendanceBefore);
    CHECK(all<Resource>(*plan) == resourcesBefore);
    CHECK(all<ChecklistItem>(*plan) == itemsBefore);

    stack.redo();
    CHECK(all<Attendance>(*plan).isEmpty());
    stack.undo();
    CHECK(all<Attendance>(*plan) == attendanceBefore);
}

TEST_CASE("undoing the removal of a goal brings back its measurements")
{
    auto plan = memoryPlan();
    Goal goal;
    goal.title = QStringLiteral("Active members");
    goal.target = 40;
    goal.id = plan->add(goal).value();
    REQUIRE_OK(plan->add(GoalMeasurement{0, goal.id, QDate(2026, 3, 1), 12, QStringLiteral("March")}));
    REQUIRE_OK(plan->add(GoalMeasurement{0, goal.id, QDate(2026, 4, 1), 18, {}}));
    const auto measurements = all<GoalMeasurement>(*plan);

    PlanUndoStack stack;
    REQUIRE_OK(stack.run(new RemoveEntityCommand<Goal>(*plan, goal, QStringLiteral("Remove goal"))));
    CHECK(all<GoalMeasurement>(*plan).isEmpty());
    stack.undo();
    CHECK(all<Goal>(*plan) == QList<Goal>{goal});
    CHECK(all<GoalMeasurement>(*plan) == measurements);
}

TEST_CASE("edits of one field of one row merge into one step, and other fields do not")
{
    auto plan = memoryPlan();
    const Community original = plan->community().value();
    PlanUndoStack stack;
    Community previous = original;
    for (const QString &name : {QStringLiteral("U"), QStringLiteral("Un"), QStringLiteral("Und")}) {
        Community next = previous;
        next.name = name;
        REQUIRE_OK(stack.run(new EditEntityCommand<Community>(*plan, previous, next, QStringLiteral("Name"), 0)));
        previous = next;
    }
    CHECK(stack.count() == 1);
    Community domain = previous;
    domain.domain = QStringLiteral("Data");
    REQUIRE_OK(stack.run(new EditEntityCommand<Community>(*plan, previous, domain, QStringLiteral("Domain"), 1)));
    CHECK(stack.count() == 2);

    stack.undo();
    CHECK(plan->community().value() == previous);
    stack.undo();
    CHECK(plan->community().value() == original);
    stack.redo();
    CHECK(plan->community().value().name == QStringLiteral("Und"));

    // Typing a field back to where it began leaves no step behind.
    PlanUndoStack other;
    Community typed = original;
    typed.name = QStringLiteral("X");
    REQUIRE_OK(plan->update(original));
    REQUIRE_OK(other.run(new EditEntityCommand<Community>(*plan, original, typed, QStringLiteral("Name"), 0)));
    REQUIRE_OK(other.run(new EditEntityCommand<Community>(*plan, typed, original, QStringLiteral("Name"), 0)));
    CHECK(other.count() == 0);
    CHECK(plan->community().value() == original);
}

TEST_CASE("a command that core refuses is reported and leaves no step on the stack")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cop"));
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Refused"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    auto readOnly = Plan::open(path, OpenMode::ReadOnly);
    REQUIRE_OK(readOnly);
    Plan &plan = *readOnly.value();

    PlanUndoStack stack;
    QStringList reported;
    QObject::connect(&stack, &PlanUndoStack::commandFailed, &stack,
                     [&reported](const QString &action, const QString &) { reported << action; });
    Community changed = plan.community().value();
    changed.name = QStringLiteral("Changed");
    auto result =
        stack.run(new EditEntityCommand<Community>(plan, plan.community().value(), changed, QStringLiteral("Rename")));
    CHECK_FALSE(result.ok());
    CHECK(stack.count() == 0);
    CHECK_FALSE(stack.canUndo());
    CHECK(reported == QStringList{QStringLiteral("Rename")});
    CHECK(plan.community().value().name == QStringLiteral("Refused"));
}

TEST_CASE("a macro of several commands is one step and is undone in reverse")
{
    auto plan = memoryPlan();
    PlanUndoStack stack;
    auto *macro = new PlanMacroCommand(*plan, QStringLiteral("Two lines"));
    macro->append(new AddEntityCommand<BudgetLine>(*plan, BudgetLine{0, QStringLiteral("A"), 1, {}, 1}, {}));
    macro->append(new AddEntityCommand<BudgetLine>(*plan, BudgetLine{0, QStringLiteral("B"), 2, {}, 2}, {}));
    REQUIRE_OK(stack.run(macro));
    CHECK(stack.count() == 1);
    const auto lines = all<BudgetLine>(*plan);
    CHECK(lines.size() == 2);
    stack.undo();
    CHECK(all<BudgetLine>(*plan).isEmpty());
    stack.redo();
    CHECK(all<BudgetLine>(*plan) == lines);
}

TEST_CASE("in the window, a new community's checklist item is ticked, an event edited, undone and redone")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gui.cop"));
    REQUIRE_OK(
        createPlan(path, NewPlanOptions{QStringLiteral("Window Practice"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.undoStack() != nullptr);
    Plan &plan = *window.plan();
    auto *undo = child<QAction>(window, QStringLiteral("undo-action"));
    auto *redo = child<QAction>(window, QStringLiteral("redo-action"));
    CHECK_FALSE(undo->isEnabled());

    // Tick the first checklist item of the stage shown.
    showPage(window, QStringLiteral("page-lifecycle"));
    const auto itemsBefore = all<ChecklistItem>(plan);
    auto *tick = child<QToolButton>(window, QStringLiteral("checklist-item-done"));
    QTest::mouseClick(tick, Qt::LeftButton);
    const auto itemsTicked = all<ChecklistItem>(plan);
    REQUIRE(itemsTicked != itemsBefore);
    int ticked = 0;
    for (qsizetype i = 0; i < itemsTicked.size(); ++i) {
        if (itemsTicked[i].done && !itemsBefore[i].done) {
            ++ticked;
            CHECK(itemsTicked[i].doneDate == plan.clock().today());
        }
    }
    CHECK(ticked == 1);
    CHECK(undo->isEnabled());

    // Edit an event through the window's stack.
    const auto eventsBefore = all<Event>(plan);
    REQUIRE_FALSE(eventsBefore.isEmpty());
    Event edited = eventsBefore.first();
    edited.title = QStringLiteral("Orientation, moved online");
    edited.location = QStringLiteral("https://meet.example/cop");
    REQUIRE_OK(window.undoStack()->run(
        new EditEntityCommand<Event>(plan, eventsBefore.first(), edited, QStringLiteral("Edit event"))));
    CHECK(all<Event>(plan).first() == edited);

    // Type into the charter's name: one step, however many keys.
    showPage(window, QStringLiteral("page-charter"));
    auto *name = child<QLineEdit>(window, QStringLiteral("charter-name"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Group"));
    CHECK(plan.community().value().name == QStringLiteral("Window Practice Group"));
    CHECK(window.undoStack()->count() == 3);

    undo->trigger();
    CHECK(plan.community().value().name == QStringLiteral("Window Practice"));
    REQUIRE(QTest::qWaitFor([&] { return name->text() == QStringLiteral("Window Practice"); }));
    undo->trigger();
    CHECK(all<Event>(plan) == eventsBefore);
    undo->trigger();
    CHECK(all<ChecklistItem>(plan) == itemsBefore);
    CHECK_FALSE(undo->isEnabled());

    redo->trigger();
    CHECK(all<ChecklistItem>(plan) == itemsTicked);
    redo->trigger();
    CHECK(all<Event>(plan).first() == edited);
    redo->trigger();
    CHECK(plan.community().value().name == QStringLiteral("Window Practice Group"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Window Practice Group")));
}

TEST_CASE("every step in the undo history says what changed, in a history wide enough to read")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.cop"));
    REQUIRE_OK(
        createPlan(path, NewPlanOptions{QStringLiteral("History Practice"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    MainWindow window;
    window.resize(1440, 900);
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Plan &plan = *window.plan();

    showPage(window, QStringLiteral("page-lifecycle"));
    const auto itemsBefore = all<ChecklistItem>(plan);
    QTest::mouseClick(child<QToolButton>(window, QStringLiteral("checklist-item-done")), Qt::LeftButton);
    QString ticked;
    const auto itemsAfter = all<ChecklistItem>(plan);
    for (qsizetype i = 0; i < itemsAfter.size(); ++i) {
        if (itemsAfter[i].done && !itemsBefore[i].done)
            ticked = itemsAfter[i].title;
    }
    REQUIRE_FALSE(ticked.isEmpty());

    showPage(window, QStringLiteral("page-charter"));
    auto *name = child<QLineEdit>(window, QStringLiteral("charter-name"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" x"));
    QTest::keyClick(name, Qt::Key_Tab);
    auto *domain = child<QPlainTextEdit>(window, QStringLiteral("charter-domain"));
    domain->setFocus();
    domain->moveCursor(QTextCursor::End);
    QTest::keyClicks(domain, QStringLiteral(" x"));
    QTest::keyClick(domain, Qt::Key_Tab);
    QUndoStack *stack = window.undoStack();
    QStringList texts;
    for (int i = 0; i < stack->count(); ++i)
        texts << stack->text(i);
    CHECK(texts == QStringList{QStringLiteral("Mark \u201c%1\u201d done").arg(ticked),
                               QStringLiteral("Rename the community"), QStringLiteral("Edit the community's domain")});

    // The history opens wide enough for those names and its title.
    QAction *toggle = child<QAction>(window, QStringLiteral("undo-history-action"));
    toggle->trigger();
    auto *dock = child<QDockWidget>(window, QStringLiteral("undo-history-dock"));
    auto *view = child<QUndoView>(window, QStringLiteral("undo-history"));
    REQUIRE(QTest::qWaitFor([&] { return view->isVisible(); }));
    // Even squeezed (a saved layout, a drag of the splitter), the history keeps its minimum width.
    window.resizeDocks({dock}, {60}, Qt::Horizontal);
    QApplication::processEvents();
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    CHECK(view->width() >= 18 * em);
    CHECK(dock->windowTitle() == QStringLiteral("Undo History"));
    for (const QString &text : texts)
        CHECK(view->fontMetrics().horizontalAdvance(text) < view->viewport()->width());
    CHECK(view->model()->rowCount() == 4); // "<opened>" and the three steps
    CHECK(view->model()->index(2, 0).data().toString() == QStringLiteral("Rename the community"));
}

TEST_CASE("the event table model passes QAbstractItemModelTester while core adds, changes and removes events")
{
    auto plan = memoryPlan();
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(plan.get());
    CHECK(model.rowCount() == 0);

    PlanUndoStack stack;
    Event event;
    event.title = QStringLiteral("Meet-up");
    event.start = QDateTime(QDate(2026, 3, 3), QTime(12, 0));
    REQUIRE_OK(stack.run(new AddEntityCommand<Event>(*plan, event, QStringLiteral("Add"))));
    CHECK(model.rowCount() == 1);

    Series series;
    series.rule = Recurrence::MonthlyNthWeekday;
    series.weekday = 2;
    series.weekOfMonth = 1;
    series.until = QDate(2026, 8, 31);
    auto *add = new AddSeriesCommand(*plan, series, event, QStringLiteral("Series"));
    const auto occurrences = add->events().size();
    REQUIRE_OK(stack.run(add));
    CHECK(occurrences == 6); // the first Tuesday of March … August
    CHECK(model.rowCount() == 1 + occurrences);

    Event changed = model.event(0);
    const Event original = changed;
    changed.status = EventStatus::Held;
    REQUIRE_OK(stack.run(new EditEntityCommand<Event>(*plan, original, changed, QStringLiteral("Held"))));
    CHECK(model.index(0, EventTableModel::StatusColumn).data().toString() == label(EventStatus::Held));

    stack.undo();
    stack.undo();
    CHECK(model.rowCount() == 1);
    CHECK(model.event(0) == original);
    stack.undo();
    CHECK(model.rowCount() == 0);
    stack.redo();
    stack.redo();
    CHECK(model.rowCount() == 1 + occurrences);
    plan->notifyReset();
    CHECK(model.rowCount() == 1 + occurrences);
    model.setPlan(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the schedule page counts held against planned, names slipped events and shows quiet months")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schedule.cop"));
    const QDate start = QDate::currentDate().addMonths(-3);
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Rhythm"), start, PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-schedule"));
    auto *page = child<SchedulePage>(window, QStringLiteral("page-schedule"));
    Plan &plan = *window.plan();
    const auto events = all<Event>(plan);
    REQUIRE(page->model()->rowCount() == events.size());

    // Mark the first event held through the page's stack; the summary follows.
    Event first = events.first();
    Event held = first;
    held.status = EventStatus::Held;
    REQUIRE_OK(window.undoStack()->run(new EditEntityCommand<Event>(plan, first, held, QStringLiteral("Held"))));
    auto *summary = child<QLabel>(window, QStringLiteral("schedule-summary"));
    REQUIRE(QTest::qWaitFor([&] { return summary->text().startsWith(QStringLiteral("1 of")); }));
    CHECK(child<QLabel>(window, QStringLiteral("schedule-slipped"))->text().contains(QStringLiteral("slipped")));

    // Cancel through the page, undo through the window.
    page->selectEvent(first.id);
    page->cancelSelected();
    CHECK(plan.get<Event>(first.id).value().status == EventStatus::Cancelled);
    child<QAction>(window, QStringLiteral("undo-action"))->trigger();
    CHECK(plan.get<Event>(first.id).value() == held);

    auto *year = child<YearTimeline>(window, QStringLiteral("schedule-year"));
    CHECK(year->quietMonths().size() < 12);
}

TEST_CASE("the schedule page, while hidden, only notes a change and catches up when it is shown again")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hidden.cop"));
    const QDate start = QDate::currentDate().addMonths(-3);
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Rhythm"), start, PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-schedule"));
    Plan &plan = *window.plan();
    auto *summary = child<QLabel>(window, QStringLiteral("schedule-summary"));
    const QString before = summary->text();
    REQUIRE(before.startsWith(QStringLiteral("0 of")));

    // An event marked held while another page is on show: the schedule's summary waits.
    showPage(window, QStringLiteral("page-people"));
    Event first = all<Event>(plan).first();
    Event held = first;
    held.status = EventStatus::Held;
    REQUIRE_OK(window.undoStack()->run(new EditEntityCommand<Event>(plan, first, held, QStringLiteral("Held"))));
    QCoreApplication::processEvents(); // the pages' refreshes
    CHECK(summary->text() == before);
    showPage(window, QStringLiteral("page-schedule"));
    CHECK(summary->text().startsWith(QStringLiteral("1 of")));
}

namespace {

Event eventOn(const QDate &day, const QString &title, int hour = 12)
{
    Event event;
    event.title = title;
    event.start = QDateTime(day, QTime(hour, 0));
    return event;
}

} // namespace

TEST_CASE("the month view lists each day's titles and '+N more', opens at today and follows paging")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("month.cop"));
    REQUIRE_OK(createPlan(
        path, NewPlanOptions{QStringLiteral("Month"), QDate::currentDate().addMonths(-3), PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    Plan &plan = *window.plan();
    const QDate today = plan.clock().today();
    const QDate busy = today.addDays(1).month() == today.month() ? today.addDays(1) : today.addDays(-1);
    for (int i = 1; i <= 8; ++i)
        REQUIRE_OK(plan.add(eventOn(busy, QStringLiteral("Busy event %1").arg(i), 8 + i)));
    const QString longTitle = QStringLiteral("A very long title of a gathering that cannot fit in any day cell");
    REQUIRE_OK(plan.add(eventOn(today, longTitle)));
    REQUIRE_OK(plan.add(eventOn(today.addMonths(1), QStringLiteral("Next month meetup"))));
    window.resize(1440, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-schedule"));
    auto *page = child<SchedulePage>(window, QStringLiteral("page-schedule"));
    child<QTabWidget>(window, QStringLiteral("schedule-views"))->setCurrentIndex(1);
    auto *calendar = child<MonthCalendar>(window, QStringLiteral("schedule-calendar"));
    REQUIRE(QTest::qWaitFor([&] { return calendar->isVisible(); }));

    // Opens at today.
    CHECK(page->home() == today);
    CHECK(calendar->selectedDate() == today);
    CHECK(calendar->monthShown() == today.month());
    CHECK(calendar->yearShown() == today.year());
    auto *year = child<YearTimeline>(window, QStringLiteral("schedule-year"));
    CHECK(year->yearIndex() == 0);
    CHECK(child<QLabel>(window, QStringLiteral("schedule-year-range"))->text() == year->rangeLabel());
    CHECK(year->rangeLabel().contains(
        QLocale().toString(plan.community().value().startDate, QStringLiteral("MMM yyyy"))));

    // Titles in the cells: as many as fit, then "+N more"; long ones elided, whole in the tooltip.
    CHECK(calendar->cellLines(busy, 3) ==
          QStringList{QStringLiteral("Busy event 1"), QStringLiteral("Busy event 2"), QStringLiteral("+6 more")});
    CHECK(calendar->cellLines(busy, 8).size() == 8);
    CHECK(calendar->cellLines(busy, 8).last() == QStringLiteral("Busy event 8"));
    calendar->grab();
    const QStringList busyLines = calendar->paintedLines(busy);
    REQUIRE(busyLines.size() >= 2);
    const auto elidedFrom = [](const QString &painted, const QString &full) {
        return painted == full ||
               (painted.endsWith(QStringLiteral("…")) && painted.size() > 3 && full.startsWith(painted.chopped(1)));
    };
    CHECK(elidedFrom(busyLines.first(), QStringLiteral("Busy event 1")));
    CHECK(busyLines.last().startsWith(QStringLiteral("+")));
    CHECK(busyLines.last().endsWith(QStringLiteral("more")));
    const QStringList todayLines = calendar->paintedLines(today);
    REQUIRE(todayLines.size() == 1);
    CHECK(todayLines.first() != longTitle);
    CHECK(todayLines.first().endsWith(QStringLiteral("…")));
    CHECK(calendar->toolTipOf(today).contains(longTitle));
    CHECK(calendar->toolTipOf(busy).contains(QStringLiteral("Busy event 8")));

    // The month's name has room: no "M…".
    auto *monthButton = calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton"));
    REQUIRE(monthButton);
    for (int month = 1; month <= 12; ++month)
        CHECK(monthButton->width() >
              monthButton->fontMetrics().horizontalAdvance(QLocale().standaloneMonthName(month)) + em(monthButton));

    // Paging moves the selected day, and the day's list follows.
    auto *dayList = child<QListWidget>(window, QStringLiteral("schedule-day"));
    REQUIRE(dayList->count() >= 1);
    CHECK(dayList->item(0)->text().contains(longTitle));
    QTest::mouseClick(calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_nextmonth")), Qt::LeftButton);
    CHECK(calendar->monthShown() == today.addMonths(1).month());
    CHECK(calendar->selectedDate() == today.addMonths(1));
    REQUIRE(dayList->count() >= 1);
    CHECK(dayList->item(0)->text().contains(QStringLiteral("Next month meetup")));
    QTest::mouseClick(calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_nextmonth")), Qt::LeftButton);
    CHECK(calendar->monthShown() == today.addMonths(2).month());
    CHECK(dayList->item(0)->text() == SchedulePage::tr("No events on %1").arg(formatDate(calendar->selectedDate())));

    // Today brings it back, by button and by shortcut.
    auto *todayButton = child<QPushButton>(window, QStringLiteral("schedule-today"));
    QTest::mouseClick(todayButton, Qt::LeftButton);
    CHECK(calendar->selectedDate() == today);
    CHECK(calendar->monthShown() == today.month());
    CHECK(dayList->item(0)->text().contains(longTitle));
    calendar->setCurrentPage(today.addYears(-1).year(), today.month());
    CHECK(calendar->selectedDate() != today);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    calendar->setFocus();
    QTest::keyClick(calendar, Qt::Key_T, Qt::ControlModifier);
    // A button's shortcut clicks it after a short animation.
    CHECK(QTest::qWaitFor([&] { return calendar->selectedDate() == today; }));
    CHECK(calendar->yearShown() == today.year());
}

TEST_CASE("the schedule's list opens scrolled to today, and Today scrolls back there")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.cop"));
    REQUIRE_OK(createPlan(
        path, NewPlanOptions{QStringLiteral("List"), QDate::currentDate().addMonths(-6), PlanTemplate::OneYear}));
    {
        auto plan = Plan::open(path);
        REQUIRE_OK(plan);
        const QDate today = plan.value()->clock().today();
        for (int i = 0; i < 60; ++i) {
            REQUIRE_OK(plan.value()->add(eventOn(today.addDays(-150 + i * 2), QStringLiteral("Before %1").arg(i))));
            REQUIRE_OK(plan.value()->add(eventOn(today.addDays(1 + i * 2), QStringLiteral("After %1").arg(i))));
        }
    }
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.resize(1440, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-schedule"));
    auto *page = child<SchedulePage>(window, QStringLiteral("page-schedule"));
    auto *table = child<QTableView>(window, QStringLiteral("schedule-list"));
    child<QTabWidget>(window, QStringLiteral("schedule-views"))->setCurrentIndex(0);
    const int home = page->homeRow();
    REQUIRE(home > 60);
    CHECK(QTest::qWaitFor([&] { return table->rowAt(0) == home; }));
    const QDate today = window.plan()->clock().today();
    CHECK(table->model()->index(home, EventTableModel::DateColumn).data(EventTableModel::SortRole).toDate() >= today);

    table->scrollToTop();
    REQUIRE(table->rowAt(0) == 0);
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("schedule-today")), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return table->rowAt(0) == home; }));
}

TEST_CASE("the year view of a five-year plan shows one year, with whole month labels and stage names")
{
    const QDate start(2026, 1, 5);
    const QDate end(2030, 12, 31);
    QList<Stage> stages;
    const auto addStage = [&stages](StageKind kind, const QDate &from, const QDate &to) {
        Stage stage;
        stage.kind = kind;
        stage.plannedStart = from;
        stage.plannedEnd = to;
        stages << stage;
    };
    addStage(StageKind::Define, start, QDate(2026, 1, 25));
    addStage(StageKind::Pilot, QDate(2026, 1, 26), QDate(2026, 6, 30));
    addStage(StageKind::Launch, QDate(2026, 7, 1), QDate(2027, 12, 31));
    addStage(StageKind::Nurture, QDate(2028, 1, 1), QDate(2030, 11, 30));
    addStage(StageKind::Evaluate, QDate(2030, 12, 1), end);
    QList<Event> events;
    for (QDate day = start; day <= end; day = day.addDays(7))
        events << eventOn(day, QStringLiteral("Weekly"));

    YearTimeline year;
    year.resize(1200, 420);
    year.setPlan(start, end, stages, events, QDate(2028, 6, 15));
    CHECK(year.yearCount() == 5);
    year.showDate(QDate(2028, 6, 15));
    CHECK(year.yearIndex() == 2);
    CHECK(year.rangeLabel().contains(QLocale().toString(QDate(2028, 1, 1), QStringLiteral("MMM yyyy"))));
    year.grab();
    REQUIRE(year.monthLabels().size() == 12);
    CHECK(year.monthLabels().first() == QLocale().toString(QDate(2028, 1, 1), QStringLiteral("MMM yyyy")));
    CHECK(year.monthLabels().last() == QLocale().toString(QDate(2028, 12, 1), QStringLiteral("MMM yyyy")));
    CHECK(year.stageLabels() == QStringList{label(StageKind::Nurture)});
    // A weekly rhythm is 52 or 53 distinct marks, none on top of another.
    const QList<QRectF> marks = year.eventMarks();
    CHECK(marks.size() >= 52);
    int overlapping = 0;
    for (qsizetype i = 1; i < marks.size(); ++i)
        overlapping += marks.at(i).intersects(marks.at(i - 1)) ? 1 : 0;
    CHECK(overlapping == 0);

    // The first year: Define lasts three weeks, its name beside its band, not "D…".
    year.setYearIndex(0);
    year.grab();
    CHECK(year.monthLabels().first() == QLocale().toString(QDate(2026, 1, 1), QStringLiteral("MMM yyyy")));
    CHECK(year.stageLabels() ==
          QStringList{label(StageKind::Define), label(StageKind::Pilot), label(StageKind::Launch)});
    // Out of range stays in range.
    year.setYearIndex(9);
    CHECK(year.yearIndex() == 4);
    year.grab();
    CHECK(year.monthLabels().last() == QLocale().toString(QDate(2030, 12, 1), QStringLiteral("MMM yyyy")));
}

TEST_CASE("the charter page adds a budget line and a goal, each one undo step, and shows the total")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charter.cop"));
    REQUIRE_OK(
        createPlan(path, NewPlanOptions{QStringLiteral("Charter Practice"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-charter"));
    Plan &plan = *window.plan();

    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("charter-add-budget-line")), Qt::LeftButton);
    REQUIRE(all<BudgetLine>(plan).size() == 1);
    auto *total = window.findChild<QLabel *>(QStringLiteral("charter-budget-total"));
    REQUIRE(QTest::qWaitFor([&] {
        total = window.findChild<QLabel *>(QStringLiteral("charter-budget-total"));
        return total != nullptr;
    }));
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("charter-add-goal")), Qt::LeftButton);
    REQUIRE(all<Goal>(plan).size() == 1);
    CHECK(all<Goal>(plan).first().dueDate == plan.community().value().endDate);
    CHECK(window.undoStack()->count() == 2);

    auto *areas = child<QCheckBox>(window, QStringLiteral("charter-area-tasks"));
    const bool wasChecked = areas->isChecked();
    areas->click();
    CHECK(plan.community().value().purposeAreas.contains(PurposeArea::Tasks) != wasChecked);

    window.undoStack()->undo();
    CHECK(plan.community().value().purposeAreas.contains(PurposeArea::Tasks) == wasChecked);
    window.undoStack()->undo();
    CHECK(all<Goal>(plan).isEmpty());
    window.undoStack()->undo();
    CHECK(all<BudgetLine>(plan).isEmpty());
}
