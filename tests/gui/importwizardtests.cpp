// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard over real plan files and the real import fixtures and Teams reports: the
// preview on a worker thread, what the wizard shows, the user's choices changing what is
// committed, and the import as one undo step that undo removes and redo restores exactly.
#include "guisupport.h"
#include "testsupport.h"

#include "core/storage/plan.h"
#include "ui/commands/importcommand.h"
#include "ui/commands/planundostack.h"
#include "ui/mainwindow.h"
#include "ui/people/importwizard.h"
#include "ui/people/peoplepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
    return fixed;
}

QString fixture(const QString &name)
{
    return dataFile(QStringLiteral("import/") + name);
}

QString teamsReport(const QString &name)
{
    return dataFile(QStringLiteral("teams/") + name);
}

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

// Every row an import can write, to compare a plan before and after.
struct ImportRows {
    QList<Member> members;
    QList<Event> events;
    QList<Attendance> attendance;
    QList<ImportRecord> imports;
    bool operator==(const ImportRows &) const = default;

    static ImportRows of(const Plan &plan)
    {
        return {all<Member>(plan), all<Event>(plan), all<Attendance>(plan), all<ImportRecord>(plan)};
    }
};

// A plan file with the members the import fixtures name.
std::unique_ptr<Plan> makePlan(const QTemporaryDir &dir)
{
    Community community;
    community.name = QStringLiteral("Import wizard");
    community.startDate = QDate(2025, 9, 1);
    community.endDate = QDate(2026, 12, 31);
    auto created = Plan::create(dir.filePath(QStringLiteral("wizard.cop")), community, {}, testClock());
    REQUIRE_OK(created);
    auto plan = std::move(created).value();
    const auto add = [&plan](const char *name, const char *email, Role role, QStringList aliases = {}) {
        Member m;
        m.name = QString::fromUtf8(name);
        m.email = QString::fromUtf8(email);
        m.role = role;
        m.aliases = std::move(aliases);
        REQUIRE_OK(plan->add(m));
    };
    add("Amara Okafor", "amara.okafor@riverbank.example", Role::Facilitator);
    add("Bram de Vries", "bram@polder.example", Role::Member);
    add("Chiara Rossi", "Chiara.Rossi@Lumen.example", Role::Member);
    add("Dmitri Volkov", "dmitri@steppe.example", Role::Expert);
    add("Johanna Berg", "", Role::Champion, {QStringLiteral("J. Berg")});
    add("Greta Lindqvist", "greta@fjord.example", Role::Member);
    return plan;
}

Id memberNamed(const Plan &plan, const QString &name)
{
    for (const Member &m : all<Member>(plan)) {
        if (m.name == name)
            return m.id;
    }
    FAIL("no member named " << name);
    return 0;
}

void waitForPreview(const ImportWizard &wizard)
{
    REQUIRE(QTest::qWaitFor([&wizard] { return !wizard.isBusy(); }, 20000));
    INFO(wizard.previewError());
    REQUIRE(wizard.preview().has_value());
}

int rowOf(const ImportWizard &wizard, const QString &name)
{
    const auto &people = wizard.preview()->people;
    for (int row = 0; row < people.size(); ++row) {
        if (people.at(row).names.value(0) == name)
            return row;
    }
    FAIL("no person named " << name << " in the preview");
    return -1;
}

QString labelText(const ImportWizard &wizard, const char *name)
{
    return child<QLabel>(wizard, QString::fromLatin1(name))->text();
}

QString cellText(const ImportWizard &wizard, int row, int column)
{
    auto *table = child<QTableWidget>(wizard, QStringLiteral("import-people"));
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// Walks to the last step with Next, as a person would.
void goToSummary(ImportWizard &wizard)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() != ImportWizard::SummaryStep) {
        auto *next = wizard.button(QWizard::NextButton);
        REQUIRE(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }
}

struct Stack {
    PlanUndoStack stack;
    QStringList failures;
    Stack()
    {
        QObject::connect(&stack, &PlanUndoStack::commandFailed,
                         [this](const QString &, const QString &message) { failures << message; });
    }
    ImportWizard::Runner runner()
    {
        return [this](PlanCommand *command) { return stack.run(command).ok(); };
    }
};

} // namespace

TEST_CASE("a Zoom report is previewed on a worker thread and the wizard shows its format, meeting and people")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());

    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.setFile(fixture(QStringLiteral("zoom-with-preamble.csv")));
    CHECK(wizard.isBusy());
    waitForPreview(wizard);
    CHECK(wizard.workerRuns() == 1);
    const ImportPreview &p = *wizard.preview();
    CHECK(p.kind == ImportKind::Attendance); // guessed for a Zoom report
    CHECK(child<QComboBox>(wizard, QStringLiteral("import-kind"))->currentData().toInt() ==
          static_cast<int>(ImportKind::Attendance));
    CHECK(labelText(wizard, "import-format") == formatLabel(ImportFormat::Zoom));
    CHECK(labelText(wizard, "import-encoding") == encodingName(p.encoding));
    CHECK(labelText(wizard, "import-delimiter") == QStringLiteral("Comma (,)"));
    CHECK(labelText(wizard, "import-rows") == QString::number(p.rows));
    CHECK(labelText(wizard, "import-meeting").contains(QStringLiteral("Data Stewards Monthly")));
    CHECK(labelText(wizard, "import-meeting").contains(QStringLiteral("2026-03-12 16:00")));
    CHECK(labelText(wizard, "import-event-choice").startsWith(QStringLiteral("A new held event will be created")));

    auto *table = child<QTableWidget>(wizard, QStringLiteral("import-people"));
    REQUIRE(table->rowCount() == 3);
    const int chiara = rowOf(wizard, QStringLiteral("Chiara Rossi"));
    const int bram = rowOf(wizard, QStringLiteral("Bram de Vries"));
    CHECK(cellText(wizard, chiara, 3) == QStringLiteral("Matched by email"));
    CHECK(cellText(wizard, bram, 2) == QStringLiteral("54")); // two rejoins summed
    auto *box = child<QComboBox>(wizard, QStringLiteral("import-person-%1").arg(bram));
    CHECK(box->currentData().toLongLong() == memberNamed(*plan, QStringLiteral("Bram de Vries")));

    // By keyboard: Tab from the table walks through the rows' choices; Finish reads "Import".
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PeopleStep);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QComboBox>(wizard, QStringLiteral("import-person-0")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QComboBox>(wizard, QStringLiteral("import-person-1")));
    CHECK(table->currentRow() == 1);
    CHECK(wizard.button(QWizard::FinishButton)->text() == QStringLiteral("&Import"));
    wizard.hide();

    // A member list is guessed as members.
    wizard.setFile(fixture(QStringLiteral("members-basic.csv")));
    waitForPreview(wizard);
    CHECK(wizard.preview()->kind == ImportKind::Members);
    CHECK(child<QComboBox>(wizard, QStringLiteral("import-kind"))->currentData().toInt() ==
          static_cast<int>(ImportKind::Members));
    CHECK(wizard.workerRuns() == 2);
}

TEST_CASE("a real Teams report is read as Teams and its people become new members of an empty plan")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(teamsReport(QStringLiteral("IDL-14-11-22.csv")));
    waitForPreview(wizard);
    const ImportPreview &p = *wizard.preview();
    CHECK(p.kind == ImportKind::Attendance);
    CHECK(labelText(wizard, "import-format") == formatLabel(ImportFormat::Teams));
    CHECK(labelText(wizard, "import-meeting").contains(QStringLiteral("Scrum Meeting")));
    CHECK(child<QTableWidget>(wizard, QStringLiteral("import-people"))->rowCount() == 7);
    CHECK(p.newMemberCount() == 7);
    CHECK(labelText(wizard, "import-summary").contains(QStringLiteral("New members: 7.")));
}

TEST_CASE("an in-memory plan previews on the calling thread, and a stopped preview shows nothing")
{
    isolateSettings();
    Community community;
    community.name = QStringLiteral("Memory");
    community.startDate = QDate(2025, 9, 1);
    auto created = Plan::createInMemory(community, {}, testClock());
    REQUIRE_OK(created);
    Stack undo;
    {
        ImportWizard wizard(*created.value(), undo.runner());
        wizard.setFile(fixture(QStringLiteral("zoom-with-preamble.csv")));
        CHECK_FALSE(wizard.isBusy());
        REQUIRE(wizard.preview().has_value());
        CHECK(wizard.workerRuns() == 0);
    }
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(fixture(QStringLiteral("zoom-with-preamble.csv")));
    REQUIRE(wizard.isBusy());
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("import-cancel-preview")), Qt::LeftButton);
    CHECK_FALSE(wizard.isBusy());
    // The stopped worker finishes on its own; what it read is dropped.
    REQUIRE(QTest::qWaitFor([&] { return !wizard.hasWorkers(); }, 20000));
    QCoreApplication::processEvents();
    CHECK_FALSE(wizard.preview().has_value());
    CHECK(labelText(wizard, "import-file-status") == QStringLiteral("Stopped reading the file."));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("choosing a new member or a merge changes what Finish imports, and undo and redo are exact")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    const ImportRows before = ImportRows::of(*plan);
    const Id greta = memberNamed(*plan, QStringLiteral("Greta Lindqvist"));
    const Id dmitri = memberNamed(*plan, QStringLiteral("Dmitri Volkov"));
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(fixture(QStringLiteral("zoom-with-preamble.csv")));
    waitForPreview(wizard);

    // Dmitri becomes a new member; Bram is merged into Greta.
    const int dmitriRow = rowOf(wizard, QStringLiteral("Dmitri Volkov"));
    const int bramRow = rowOf(wizard, QStringLiteral("Bram de Vries"));
    wizard.choosePerson(dmitriRow, 0);
    wizard.choosePerson(bramRow, greta);
    CHECK(cellText(wizard, dmitriRow, 3) == QStringLiteral("New member"));
    CHECK(cellText(wizard, bramRow, 3) == QStringLiteral("Merged into Greta Lindqvist"));
    const ImportPreview chosen = wizard.chosenPreview();
    CHECK(chosen.newMemberCount() == 1);
    CHECK(chosen.mergeCount() == 1);

    goToSummary(wizard);
    const QString summary = labelText(wizard, "import-summary");
    CHECK(summary.contains(QStringLiteral("Attendance rows: 3")));
    CHECK(summary.contains(QStringLiteral("New members: 1.")));
    CHECK(summary.contains(QStringLiteral("Members who learn a new name or email: 1.")));
    auto *finish = wizard.button(QWizard::FinishButton);
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(undo.failures.isEmpty());
    REQUIRE(wizard.outcome().has_value());
    CHECK_FALSE(wizard.isVisible());
    CHECK(undo.stack.count() == 1);
    CHECK(undo.stack.undoText() == QStringLiteral("Import 3 attendance records from zoom-with-preamble.csv"));

    // What landed: a new event with three rows, a second Dmitri, Greta knowing Bram's name.
    const ImportRows after = ImportRows::of(*plan);
    REQUIRE(after.members.size() == before.members.size() + 1);
    const Member added = after.members.last();
    CHECK(added.name == QStringLiteral("Dmitri Volkov"));
    CHECK(added.id != dmitri);
    auto gretaNow = plan->get<Member>(greta);
    REQUIRE_OK(gretaNow);
    CHECK(gretaNow.value().aliases.contains(QStringLiteral("Bram de Vries")));
    REQUIRE(after.events.size() == before.events.size() + 1);
    const Event event = after.events.last();
    CHECK(event.status == EventStatus::Held);
    REQUIRE(after.imports.size() == 1);
    QList<Attendance> rows;
    for (const Attendance &a : after.attendance) {
        if (a.eventId == event.id)
            rows << a;
    }
    REQUIRE(rows.size() == 3);
    QHash<Id, std::optional<int>> minutes;
    for (const Attendance &a : rows) {
        minutes.insert(a.memberId, a.minutes);
        CHECK(a.importId == after.imports.first().id);
    }
    CHECK(minutes.value(greta) == 54);
    CHECK(minutes.contains(added.id));
    CHECK_FALSE(minutes.contains(dmitri));
    CHECK_FALSE(minutes.contains(memberNamed(*plan, QStringLiteral("Bram de Vries"))));

    undo.stack.undo();
    CHECK(undo.failures.isEmpty());
    CHECK(ImportRows::of(*plan) == before);
    undo.stack.redo();
    CHECK(undo.failures.isEmpty());
    CHECK(ImportRows::of(*plan) == after);
    undo.stack.undo();
    CHECK(ImportRows::of(*plan) == before);
    CHECK(plan->integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("an import into an existing event restores that event and its changed attendance on undo")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    const Id chiara = memberNamed(*plan, QStringLiteral("Chiara Rossi"));
    const Id amara = memberNamed(*plan, QStringLiteral("Amara Okafor"));
    Event planned;
    planned.title = QStringLiteral("Data stewards, March");
    planned.start = QDateTime(QDate(2026, 3, 12), QTime(16, 0));
    planned.status = EventStatus::Planned;
    auto eventId = plan->add(planned);
    REQUIRE_OK(eventId);
    REQUIRE_OK(plan->add(Attendance{0, eventId.value(), chiara, AttendanceStatus::Absent, 10, std::nullopt}));
    REQUIRE_OK(plan->add(Attendance{0, eventId.value(), amara, AttendanceStatus::Excused, std::nullopt, std::nullopt}));
    const ImportRows before = ImportRows::of(*plan);

    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(fixture(QStringLiteral("zoom-with-preamble.csv")));
    waitForPreview(wizard);
    CHECK(wizard.preview()->eventChoice == EventChoice::MatchedByTime);
    CHECK(labelText(wizard, "import-event-choice").contains(QStringLiteral("Data stewards, March")));
    goToSummary(wizard);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(wizard.outcome().has_value());
    CHECK(wizard.outcome()->eventId == eventId.value());

    const ImportRows after = ImportRows::of(*plan);
    CHECK(after.events.size() == before.events.size());
    CHECK(plan->get<Event>(eventId.value()).value().status == EventStatus::Held);
    const auto rows = plan->listWhere<Attendance>(QStringLiteral("event_id"), eventId.value());
    REQUIRE_OK(rows);
    CHECK(rows.value().size() == 4); // Amara excused, kept, three from the report
    for (const Attendance &a : rows.value()) {
        if (a.memberId == chiara) {
            CHECK(a.status == AttendanceStatus::Present);
            CHECK(a.minutes == 65);
        }
    }

    undo.stack.undo();
    CHECK(undo.failures.isEmpty());
    CHECK(ImportRows::of(*plan) == before);
    undo.stack.redo();
    CHECK(ImportRows::of(*plan) == after);
}

TEST_CASE("choosing another event of the plan previews again and attaches the attendance there")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Event other;
    other.title = QStringLiteral("Spring clinic");
    other.start = QDateTime(QDate(2026, 4, 2), QTime(10, 0));
    auto otherId = plan->add(other);
    REQUIRE_OK(otherId);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(fixture(QStringLiteral("zoom-with-preamble.csv")));
    waitForPreview(wizard);
    CHECK(wizard.preview()->eventChoice == EventChoice::Created);
    wizard.chooseEvent(otherId.value());
    waitForPreview(wizard);
    CHECK(wizard.preview()->eventChoice == EventChoice::Given);
    CHECK(wizard.preview()->event.id == otherId.value());
    CHECK(labelText(wizard, "import-event-choice").contains(QStringLiteral("Spring clinic")));
    CHECK(child<QComboBox>(wizard, QStringLiteral("import-event"))->currentData().toLongLong() == otherId.value());
}

TEST_CASE("a broken file shows its line-numbered error and cannot be imported")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    const ImportRows before = ImportRows::of(*plan);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(fixture(QStringLiteral("members-unterminated-quote.csv")));
    waitForPreview(wizard);
    REQUIRE(wizard.preview()->hasErrors());
    goToSummary(wizard);
    const QString error = labelText(wizard, "import-error");
    INFO(error);
    CHECK(error.contains(QStringLiteral("members-unterminated-quote.csv: line ")));
    CHECK(child<QLabel>(wizard, QStringLiteral("import-error"))->isVisible());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.accept();
    CHECK(undo.stack.count() == 0);
    CHECK(ImportRows::of(*plan) == before);
}

TEST_CASE("the same file imported again is explained as already imported and cannot be finished")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    {
        ImportWizard first(*plan, undo.runner());
        first.setFile(fixture(QStringLiteral("zoom-guests-no-email.csv")));
        waitForPreview(first);
        goToSummary(first);
        QTest::mouseClick(first.button(QWizard::FinishButton), Qt::LeftButton);
        REQUIRE(first.outcome().has_value());
    }
    const ImportRows imported = ImportRows::of(*plan);
    ImportWizard again(*plan, undo.runner());
    again.setFile(fixture(QStringLiteral("zoom-guests-no-email.csv")));
    waitForPreview(again);
    REQUIRE(again.preview()->alreadyImported());
    CHECK(labelText(again, "import-file-status").contains(QStringLiteral("imported before")));
    goToSummary(again);
    const QString already = labelText(again, "import-already");
    CHECK(already.startsWith(QStringLiteral("Already imported")));
    CHECK(already.contains(QStringLiteral("import #%1").arg(imported.imports.first().id)));
    CHECK_FALSE(again.button(QWizard::FinishButton)->isEnabled());
    again.accept();
    CHECK(undo.stack.count() == 1);
    CHECK(ImportRows::of(*plan) == imported);
}

TEST_CASE("the People page's Import button opens the wizard and the import is undone from the Edit menu")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wizard.cop"));
    makePlan(dir).reset();
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Plan &plan = *window.plan();
    const ImportRows before = ImportRows::of(plan);
    showPage(window, QStringLiteral("page-people"));
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *wizard = qobject_cast<ImportWizard *>(dialog);
            REQUIRE(wizard != nullptr);
            wizard->setFile(teamsReport(QStringLiteral("IDL-15-11-22.csv")));
            REQUIRE(QTest::qWaitFor([wizard] { return !wizard->isBusy(); }, 20000));
            REQUIRE(wizard->preview().has_value());
        })});
        QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("people-import")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const ImportRows after = ImportRows::of(plan);
    CHECK(after.imports.size() == 1);
    CHECK(after.attendance.size() > before.attendance.size());
    CHECK(after.members.size() > before.members.size());
    child<QAction>(window, QStringLiteral("undo-action"))->trigger();
    CHECK(ImportRows::of(plan) == before);
    child<QAction>(window, QStringLiteral("redo-action"))->trigger();
    CHECK(ImportRows::of(plan) == after);
}

TEST_CASE("a typed path is followed once typing pauses, without Enter")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *path = child<QLineEdit>(wizard, QStringLiteral("import-path"));
    path->setFocus();
    QTest::keyClicks(path, fixture(QStringLiteral("members-basic.csv")));
    // No Enter, no focus change: the wizard reads the file on its own.
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.preview().has_value() && !wizard.isBusy(); }, 20000));
    CHECK(wizard.file() == fixture(QStringLiteral("members-basic.csv")));
    CHECK(wizard.preview()->kind == ImportKind::Members);
    CHECK(QApplication::focusWidget() == path);
    CHECK(wizard.workerRuns() == 1); // once, after the pause, not once per key
}

TEST_CASE("the encoding guess is shown, and choosing another reads the file again in it")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.setFile(fixture(QStringLiteral("members-pl-cs-cp1250.csv")));
    waitForPreview(wizard);
    CHECK(labelText(wizard, "import-encoding") == QStringLiteral("Windows-1250"));
    auto *choice = child<QComboBox>(wizard, QStringLiteral("import-encoding-choice"));
    CHECK(choice->itemText(0).contains(QStringLiteral("Windows-1250")));
    CHECK(wizard.preview()->people.constFirst().proposed.name == QStringLiteral("Łukasz Wróbel"));

    const int western = choice->findData(static_cast<int>(TextEncoding::Windows1252));
    REQUIRE(western > 0);
    choice->setCurrentIndex(western);
    emit choice->activated(western);
    waitForPreview(wizard);
    CHECK(labelText(wizard, "import-encoding") == QStringLiteral("Windows-1252"));
    CHECK(wizard.preview()->people.constFirst().proposed.name == QStringLiteral("£ukasz Wróbel"));
    // The live preview: the columns' first values follow.
    auto *columns = child<QTableWidget>(wizard, QStringLiteral("import-columns"));
    CHECK(columns->item(0, 2)->text() == QStringLiteral("£ukasz Wróbel"));
    CHECK(cellText(wizard, 0, 0) == QStringLiteral("£ukasz Wróbel"));

    const int central = choice->findData(static_cast<int>(TextEncoding::Windows1250));
    choice->setCurrentIndex(central);
    emit choice->activated(central);
    waitForPreview(wizard);
    CHECK(columns->item(0, 2)->text() == QStringLiteral("Łukasz Wróbel"));
}

TEST_CASE("each column's detected role is shown and can be changed, and the preview follows")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    QFile csv(dir.filePath(QStringLiteral("liste.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("Wer;E-Mail;Abteilung\nAnna Berg;anna@example.org;Nord\nBen Ito;ben@example.org;S\xc3\xbc"
              "d\n");
    csv.close();
    wizard.setKind(ImportKind::Members);
    wizard.setFile(csv.fileName());
    waitForPreview(wizard);
    // Only the email is recognised: the names are the addresses' first parts, two columns ignored.
    CHECK(wizard.preview()->ignoredColumns == QStringList{QStringLiteral("Wer"), QStringLiteral("Abteilung")});
    auto *columns = child<QTableWidget>(wizard, QStringLiteral("import-columns"));
    REQUIRE(columns->rowCount() == 3);
    auto *wer = child<QComboBox>(wizard, QStringLiteral("import-column-0"));
    auto *mail = child<QComboBox>(wizard, QStringLiteral("import-column-1"));
    CHECK(wer->currentData().toInt() == static_cast<int>(ColumnRole::Ignore));
    CHECK(mail->currentText().contains(roleLabel(ColumnRole::Email)));

    const int name = wer->findData(static_cast<int>(ColumnRole::Name));
    wer->setCurrentIndex(name);
    emit wer->activated(name);
    waitForPreview(wizard);
    CHECK(wizard.preview()->people.constFirst().proposed.name == QStringLiteral("Anna Berg"));
    CHECK(wizard.preview()->ignoredColumns == QStringList{QStringLiteral("Abteilung")});
    CHECK(child<QComboBox>(wizard, QStringLiteral("import-column-0"))->currentData().toInt() ==
          static_cast<int>(ColumnRole::Name));
    CHECK(labelText(wizard, "import-summary").contains(QStringLiteral("Ignored columns: Abteilung.")));
}

TEST_CASE("the Member column is as wide as its names, and the summary lists each member's changes")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Member long_;
    long_.name = QStringLiteral("Chen Pillay (Riverbend Community Health Partnership)");
    REQUIRE_OK(plan->add(long_));
    Stack undo;
    ImportWizard wizard(*plan, undo.runner());
    wizard.resize(900, 600);
    wizard.setFile(fixture(QStringLiteral("members-sep-line.csv")));
    waitForPreview(wizard);
    goToSummary(wizard);
    wizard.back();
    REQUIRE(wizard.currentId() == ImportWizard::PeopleStep);
    auto *table = child<QTableWidget>(wizard, QStringLiteral("import-people"));
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 4));
        REQUIRE(box);
        CHECK(table->columnWidth(4) >= box->sizeHint().width());
        CHECK(box->toolTip() == box->currentText());
        CHECK(box->minimumSizeHint().width() <= table->columnWidth(4));
    }
    wizard.next();
    auto *changes = child<QListWidget>(wizard, QStringLiteral("import-changes"));
    QStringList lines;
    for (int i = 0; i < changes->count(); ++i)
        lines << changes->item(i)->text();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.filter(QStringLiteral("Updated: Greta Lindqvist")).size() == 1);
    CHECK(lines.filter(QStringLiteral("Organisation")).size() >= 1);
}

TEST_CASE("a typed path is followed when the field loses the focus, and when Next is pressed")
{
    isolateSettings();
    QTemporaryDir dir;
    auto plan = makePlan(dir);
    Stack undo;
    {
        ImportWizard wizard(*plan, undo.runner());
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        auto *path = child<QLineEdit>(wizard, QStringLiteral("import-path"));
        path->setFocus();
        // Pasted in one go (no typing pause to wait for): leaving the field reads it.
        path->setText(fixture(QStringLiteral("members-basic.csv")));
        child<QComboBox>(wizard, QStringLiteral("import-kind"))->setFocus();
        REQUIRE(QTest::qWaitFor([&wizard] { return wizard.preview().has_value() && !wizard.isBusy(); }, 20000));
        CHECK(wizard.file() == fixture(QStringLiteral("members-basic.csv")));
    }
    {
        ImportWizard wizard(*plan, undo.runner());
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        auto *path = child<QLineEdit>(wizard, QStringLiteral("import-path"));
        path->setText(fixture(QStringLiteral("members-basic.csv")));
        auto *next = wizard.button(QWizard::NextButton);
        REQUIRE(next->isEnabled());
        next->click();
        CHECK(wizard.currentId() == ImportWizard::FileStep); // it reads the file first
        REQUIRE(QTest::qWaitFor([&wizard] { return wizard.preview().has_value() && !wizard.isBusy(); }, 20000));
        CHECK(wizard.file() == fixture(QStringLiteral("members-basic.csv")));
        REQUIRE(next->isEnabled());
        next->click();
        CHECK(wizard.currentId() == ImportWizard::DetectionStep);
    }
}
