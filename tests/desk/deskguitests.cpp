// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desk in the window, offscreen: the Overview computes it off the GUI thread and shows a new
// plan's first steps; Done and Snooze are undo steps; the guide's glossary is the report's; a
// sign-in sheet and a schedule print to PDF (read back with pdftotext).
#include "guisupport.h"
#include "testsupport.h"

#include "core/assessment/glossary.h"
#include "core/common/taskrunner.h"
#include "core/demo/demogenerator.h"
#include "core/desk/desk.h"
#include "core/lifecycle/newplan.h"
#include "core/reports/report.h"
#include "core/storage/plan.h"
#include "ui/commands/deskcommands.h"
#include "ui/commands/planundostack.h"
#include "ui/help/figurehelp.h"
#include "ui/help/guidedialog.h"
#include "ui/mainwindow.h"
#include "ui/overview/deskitemrow.h"
#include "ui/overview/overviewpage.h"
#include "ui/printing/printsheets.h"
#include "ui/reports/reportspage.h"

#include <QAction>
#include <QListWidget>
#include <QLocale>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace cultivate;
using namespace cultivate::test;

namespace {

// Wednesday 4 March 2026: the desk looks ahead to Sunday 15 March.
const QDateTime Now(QDate(2026, 3, 4), QTime(9, 0));

// A plan file of the one-year template (the desk of a file plan is computed on a worker thread).
struct DeskFile {
    QTemporaryDir dir;
    FixedClock clock{Now};
    std::unique_ptr<Plan> plan;

    explicit DeskFile(PlanTemplate layout = PlanTemplate::OneYear)
    {
        REQUIRE(dir.isValid());
        NewPlanOptions options;
        options.name = QStringLiteral("Desk Practice");
        options.start = QDate(2026, 1, 1);
        options.layout = layout;
        auto created = createPlan(dir.filePath(QStringLiteral("desk.cop")), options, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();
    }

    Id event(const QString &title, const QDateTime &start, const QString &location = QStringLiteral("Room 2.14"))
    {
        Event e;
        e.title = title;
        e.start = start;
        e.agenda = QStringLiteral("Welcome, the case, questions");
        e.location = location;
        auto id = plan->add(e);
        REQUIRE_OK(id);
        return id.value();
    }
};

void waitForDesk(const OverviewPage &page)
{
    REQUIRE(QTest::qWaitFor([&page] { return page.desk() != nullptr && !page.isComputing(); }, 20000));
}

bool isOpen(const OverviewPage &page, const QString &key)
{
    const QList<DeskItem> items = page.openItems();
    return std::any_of(items.cbegin(), items.cend(), [&key](const DeskItem &item) { return item.key == key; });
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

Id addMember(Plan &plan, const QString &name, const QString &organisation, Role role = Role::Member,
             const QDate &left = {})
{
    Member m;
    m.name = name;
    m.organisation = organisation;
    m.role = role;
    m.joinedDate = QDate(2026, 1, 1);
    m.leftDate = left;
    auto id = plan.add(m);
    REQUIRE_OK(id);
    return id.value();
}

} // namespace

// A demo plan of 20 members over three months in `dir`; its path.
static QString smallDemoPlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.cop"));
    DemoOptions options;
    options.members = 20;
    options.months = 3;
    REQUIRE_OK(createDemoPlan(path, options));
    return path;
}

TEST_CASE("a new plan's Overview shows its first steps, computed on a worker thread")
{
    isolateSettings();
    DeskFile f;
    PlanUndoStack stack;
    OverviewPage page;
    QSignalSpy busy(&page.runner(), &TaskRunner::busyChanged);
    page.setPlan(f.plan.get());
    page.setUndoStack(&stack);
    page.resize(1100, 800);
    page.show();
    waitForDesk(page);
    // The desk of a plan file is computed by the page's TaskRunner, off the GUI thread.
    REQUIRE(busy.size() >= 2);
    CHECK(busy.first().first().toBool());
    CHECK_FALSE(busy.last().first().toBool());

    child<QWidget>(page, QStringLiteral("desk-section-first_steps"));
    for (const char *key : {"first:charter", "first:facilitator", "first:pilot", "first:goals"}) {
        auto *row = child<DeskItemRow>(page, QStringLiteral("desk-item-") + QLatin1String(key));
        CHECK(QTest::qWaitFor([row] { return row->isVisible(); }, 2000));
        CHECK(child<QPushButton>(*row, QStringLiteral("desk-done-") + QLatin1String(key))->isEnabled());
    }
    // The one-year template laid the events out: the desk does not ask for them.
    CHECK(page.findChild<DeskItemRow *>(QStringLiteral("desk-item-first:events")) == nullptr);

    // The page follows the plan: writing the charter takes its step away.
    Community community = f.plan->community().value();
    community.domain = QStringLiteral("Open data for city services");
    community.purpose = QStringLiteral("Learn from each other's releases");
    REQUIRE_OK(f.plan->update(community));
    REQUIRE(QTest::qWaitFor([&page] { return !page.isComputing() && !isOpen(page, QStringLiteral("first:charter")); },
                            20000));
    CHECK(isOpen(page, QStringLiteral("first:facilitator")));
    page.setPlan(nullptr);
}

TEST_CASE("the reminder marked done leaves the desk, undo brings it back, and a snooze is one undo step")
{
    isolateSettings();
    DeskFile f;
    const Id meeting = f.event(QStringLiteral("March meeting"), QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    const QString reminder = QStringLiteral("reminder:event:%1").arg(meeting);
    PlanUndoStack stack;
    OverviewPage page;
    page.setPlan(f.plan.get());
    page.setUndoStack(&stack);
    page.show();
    waitForDesk(page);
    REQUIRE(isOpen(page, reminder));

    auto *done = child<QPushButton>(page, QStringLiteral("desk-done-") + reminder);
    QTest::mouseClick(done, Qt::LeftButton);
    REQUIRE(stack.count() == 1);
    CHECK(stack.undoText().startsWith(QStringLiteral("Mark “Send the reminder")));
    REQUIRE(QTest::qWaitFor([&] { return !isOpen(page, reminder); }, 5000));
    const QList<DeskMark> marks = f.plan->list<DeskMark>().value();
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().itemKey == reminder);
    CHECK(marks.first().kind == DeskMarkKind::Done);
    CHECK(marks.first().date == QDate(2026, 3, 4));

    stack.undo();
    REQUIRE(QTest::qWaitFor([&] { return isOpen(page, reminder); }, 5000));
    CHECK(f.plan->list<DeskMark>().value().isEmpty());

    page.snooze(reminder, 3);
    REQUIRE(stack.count() == 1); // the undone step was replaced
    REQUIRE(QTest::qWaitFor([&] { return !isOpen(page, reminder); }, 5000));
    const QList<DeskMark> snoozed = f.plan->list<DeskMark>().value();
    REQUIRE(snoozed.size() == 1);
    CHECK(snoozed.first().kind == DeskMarkKind::Snoozed);
    CHECK(snoozed.first().until == QDate(2026, 3, 7));
    stack.undo();
    REQUIRE(QTest::qWaitFor([&] { return isOpen(page, reminder); }, 5000));
    stack.redo();
    REQUIRE(QTest::qWaitFor([&] { return !isOpen(page, reminder); }, 5000));
    page.setPlan(nullptr);
}

TEST_CASE("a checklist item marked done from the desk is ticked off, and undo unticks it")
{
    DeskFile f(PlanTemplate::Empty);
    Id defineStage = 0;
    for (const Stage &stage : f.plan->list<Stage>().value()) {
        if (stage.kind == StageKind::Define)
            defineStage = stage.id;
    }
    ChecklistItem item;
    for (const ChecklistItem &i : f.plan->listWhere<ChecklistItem>(QStringLiteral("stage_id"), defineStage).value()) {
        if (!i.done && (item.id == 0 || i.position < item.position))
            item = i;
    }
    REQUIRE(item.id > 0);
    item.dueDate = QDate(2026, 3, 6);
    REQUIRE_OK(f.plan->update(item));
    auto desk = deskOfPlan(*f.plan);
    REQUIRE_OK(desk);
    const DeskItem *deskItem = desk.value().item(QStringLiteral("checklist:item:%1").arg(item.id));
    REQUIRE(deskItem != nullptr);
    CHECK(deskItem->checklistItem == item.id);
    const Id ticked = deskItem->checklistItem;

    PlanUndoStack stack;
    stack.push(markDeskItemDone(*f.plan, *deskItem, QDate(2026, 3, 4)));
    CHECK(f.plan->get<ChecklistItem>(ticked).value().done);
    CHECK(f.plan->get<ChecklistItem>(ticked).value().doneDate == QDate(2026, 3, 4));
    CHECK(f.plan->list<DeskMark>().value().isEmpty()); // the checklist itself holds it
    auto after = deskOfPlan(*f.plan);
    REQUIRE_OK(after);
    CHECK(after.value().item(deskItem->key) == nullptr);
    stack.undo();
    CHECK_FALSE(f.plan->get<ChecklistItem>(ticked).value().done);
}

TEST_CASE("the guide's glossary holds every figure the report defines, in the same words")
{
    GuideDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    CHECK(dialog.headings().contains(QStringLiteral("Glossary of the figures")));
    const QList<GlossaryEntry> entries = Glossary::entries(0.5);
    REQUIRE(entries.size() > 10);
    for (const GlossaryEntry &entry : entries) {
        INFO(entry.term.toStdString());
        CHECK(text.contains(entry.term));
        CHECK(text.contains(entry.definition.simplified()));
    }
}

TEST_CASE("Help ▸ Guide opens the guide beside the window")
{
    isolateSettings();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *guide = window.findChild<QAction *>(QStringLiteral("guide-action"));
    REQUIRE(guide != nullptr);
    guide->trigger();
    auto *dialog = window.findChild<GuideDialog *>(QStringLiteral("guide-dialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());
    dialog->close();
}

TEST_CASE("a sign-in sheet prints to PDF with the expected members, the title, the date and the place")
{
    FixedClock clock(Now);
    NewPlanOptions options;
    options.name = QStringLiteral("Print Practice");
    options.start = QDate(2026, 1, 1);
    options.layout = PlanTemplate::Empty;
    auto plan = createPlanInMemory(options, clock);
    REQUIRE_OK(plan);
    Plan &p = *plan.value();
    addMember(p, QStringLiteral("Zoë Quinn"), QStringLiteral("City of Ghent"));
    addMember(p, QStringLiteral("Amal Haddad"), QStringLiteral("Port Authority"));
    addMember(p, QStringLiteral("Lotte Left"), QStringLiteral("Gone Ltd"), Role::Member, QDate(2026, 2, 1));
    addMember(p, QStringLiteral("Gus Guest"), QStringLiteral("Visitors"), Role::Guest);
    const Id invitedGuest = addMember(p, QStringLiteral("Greta Guest"), QStringLiteral("Visitors"), Role::Guest);
    Event e;
    e.title = QStringLiteral("Face-to-face day");
    e.kind = EventKind::FaceToFace;
    e.start = QDateTime(QDate(2026, 3, 12), QTime(13, 30));
    e.location = QStringLiteral("Town hall, room B");
    auto eventId = p.add(e);
    REQUIRE_OK(eventId);
    Attendance excused;
    excused.eventId = eventId.value();
    excused.memberId = invitedGuest;
    excused.status = AttendanceStatus::Excused;
    REQUIRE_OK(p.add(excused));

    auto sheet = loadSignInSheet(p, eventId.value());
    REQUIRE_OK(sheet);
    QStringList names;
    for (const Member &m : sheet.value().expected)
        names << m.name;
    CHECK(names ==
          QStringList{QStringLiteral("Amal Haddad"), QStringLiteral("Greta Guest"), QStringLiteral("Zoë Quinn")});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    PrintSheets::print(PrintSheets::signInSheetHtml(sheet.value()), printer);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Sign-in sheet: Face-to-face day")));
    CHECK(text.contains(QLocale().toString(QDate(2026, 3, 12), QLocale::LongFormat)));
    CHECK(text.contains(QStringLiteral("Town hall, room B")));
    CHECK(text.contains(QStringLiteral("13:30 – 14:30")));
    CHECK(text.contains(QStringLiteral("Print Practice")));
    CHECK(text.contains(QStringLiteral("Signature")));
    for (const char *name : {"Amal Haddad", "Greta Guest", "Zoë Quinn", "City of Ghent"})
        CHECK(text.contains(QString::fromUtf8(name)));
    for (const char *absent : {"Lotte Left", "Gus Guest"})
        CHECK_FALSE(text.contains(QLatin1String(absent)));
}

TEST_CASE("the schedule of a period prints its events in order, and only those")
{
    FixedClock clock(Now);
    NewPlanOptions options;
    options.name = QStringLiteral("Print Practice");
    options.start = QDate(2026, 1, 1);
    options.layout = PlanTemplate::Empty;
    auto plan = createPlanInMemory(options, clock);
    REQUIRE_OK(plan);
    Plan &p = *plan.value();
    const auto add = [&p](const char *title, const QDate &date, EventStatus status = EventStatus::Planned) {
        Event e;
        e.title = QLatin1String(title);
        e.start = QDateTime(date, QTime(10, 0));
        e.location = QStringLiteral("Online");
        e.status = status;
        REQUIRE_OK(p.add(e));
    };
    add("April webinar", QDate(2026, 4, 8));
    add("March meeting", QDate(2026, 3, 11));
    add("May meeting", QDate(2026, 5, 13));
    add("Dropped social", QDate(2026, 3, 20), EventStatus::Cancelled);

    auto schedule = loadPeriodSchedule(p, QDate(2026, 3, 1), QDate(2026, 4, 30));
    REQUIRE_OK(schedule);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schedule.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    PrintSheets::print(PrintSheets::scheduleHtml(schedule.value()), printer);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Schedule: Print Practice")));
    const auto march = text.indexOf(QStringLiteral("March meeting"));
    const auto april = text.indexOf(QStringLiteral("April webinar"));
    CHECK(march >= 0);
    CHECK(april > march);
    CHECK(text.contains(QStringLiteral("Dropped social")));
    CHECK(text.contains(QStringLiteral("(cancelled)")));
    CHECK_FALSE(text.contains(QStringLiteral("May meeting")));
}

TEST_CASE("the stakeholder report prints the pages its PDF has, with the community's name")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const FixedClock clock(Now);
    DemoOptions options;
    options.name = QStringLiteral("Harbour Print Practice");
    options.members = 30;
    options.months = 6;
    auto plan = createDemoPlan(dir.filePath(QStringLiteral("demo.cop")), options, clock);
    REQUIRE_OK(plan);
    auto data = loadReportData(*plan.value());
    REQUIRE_OK(data);
    ReportContent content = composeReport(data.value(), ReportOptions{}, clock.today());
    REQUIRE_OK(renderReportCharts(content));
    const auto previewPages = reportPageImages(content, 200).size();
    REQUIRE(previewPages > 1);

    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    REQUIRE(paintReport(content, printer));
    CHECK(pdfText(path).contains(QStringLiteral("Harbour Print Practice")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(previewPages))));
    CHECK(infoText.contains(QStringLiteral("A4")));
}

TEST_CASE("the Reports page's Print button opens a print preview of the report")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = smallDemoPlan(dir);
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = child<ReportsPage>(window, QStringLiteral("page-reports"));
    child<QListWidget>(window, QStringLiteral("navigation"))
        ->setCurrentRow(child<QStackedWidget>(window, QStringLiteral("pages"))->indexOf(page));
    auto *print = child<QPushButton>(*page, QStringLiteral("reports-print"));
    REQUIRE(print->isEnabled());

    QString shown;
    bool a4 = false;
    ModalDriver driver({[&shown, &a4](QWidget *dialog) {
        shown = dialog->objectName();
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog)) {
            if (auto *printer = preview->printer())
                a4 = printer->pageLayout().pageSize().id() == QPageSize::A4;
            preview->reject(); // never to a real printer
        } else if (auto *other = qobject_cast<QDialog *>(dialog)) {
            other->reject();
        }
    }});
    QTest::mouseClick(print, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&driver] { return driver.answered() == 1; }, 60000));
    CHECK(driver.finished());
    CHECK(shown == QStringLiteral("reports-print-preview"));
    CHECK(a4); // the report's paper, laid out when the preview opened
    CHECK(QTest::qWaitFor([print] { return print->isEnabled(); }, 5000));
}

TEST_CASE("a desk item's button opens the place where it is done: the reminder's draft, the event's editor")
{
    isolateSettings();
    QString path;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Id meeting = 0;
    {
        // The window's clock is the system's: the event is five days from today.
        NewPlanOptions options;
        options.name = QStringLiteral("Desk Practice");
        options.layout = PlanTemplate::Empty;
        path = dir.filePath(QStringLiteral("desk.cop"));
        auto plan = createPlan(path, options);
        REQUIRE_OK(plan);
        Event e;
        e.title = QStringLiteral("Thursday meeting");
        e.start = QDateTime(QDate::currentDate().addDays(5), QTime(10, 0));
        e.location = QStringLiteral("Room 2.14");
        auto id = plan.value()->add(e);
        REQUIRE_OK(id);
        meeting = id.value();
    }
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = child<OverviewPage>(window, QStringLiteral("page-overview"));
    REQUIRE(QTest::qWaitFor(
        [page, meeting] {
            return !page->isComputing() && isOpen(*page, QStringLiteral("agenda:event:%1").arg(meeting));
        },
        20000));

    QStringList shown;
    const ModalDriver::Step record = [&shown](QWidget *dialog) {
        shown << dialog->objectName();
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
    };
    {
        ModalDriver driver({record});
        QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("desk-open-reminder:event:%1").arg(meeting)),
                          Qt::LeftButton);
        CHECK(driver.finished());
    }
    {
        ModalDriver driver({record});
        QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("desk-open-agenda:event:%1").arg(meeting)),
                          Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(shown == QStringList{QStringLiteral("draft-dialog"), QStringLiteral("event-dialog")});
    CHECK(child<QWidget>(window, QStringLiteral("page-schedule"))->isVisible());
}

TEST_CASE("every card and chart of the dashboard has a ? that defines each of its figures from the glossary")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = smallDemoPlan(dir);
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const auto cards =
        window.findChildren<QWidget *>(QRegularExpression(QStringLiteral("^dashboard-(kpi|card)-[a-z-]+$")));
    REQUIRE(cards.size() >= 12);
    for (QWidget *card : cards) {
        // The cards and the charts' cards, not the labels inside a card (its caption, value and change).
        if (card->objectName().contains(QRegularExpression(QStringLiteral("-(caption|value|change)$"))))
            continue;
        INFO(card->objectName().toStdString());
        auto *button = card->findChild<QToolButton *>(QStringLiteral("figure-help-") + card->objectName(),
                                                      Qt::FindDirectChildrenOnly);
        CHECK(button != nullptr);
        const QString key = card->objectName().section(QLatin1Char('-'), 2);
        const QStringList keys = FigureHelp::dashboardKeys(key);
        CHECK_FALSE(keys.isEmpty());
        const QString text = FigureHelp::text(keys);
        for (const QString &glossaryKey : keys) {
            INFO(glossaryKey.toStdString());
            const auto entry = Glossary::entry(glossaryKey);
            REQUIRE(entry.has_value());
            CHECK(text.contains(entry->term.toHtmlEscaped()));
            CHECK(text.contains(entry->definition.left(40).toHtmlEscaped()));
        }
    }
}
