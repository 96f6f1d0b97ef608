// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The people and resources pages over a real plan: the member model checked while core mutates, members added,
// edited, searched, filtered, removed and merged through the page's widgets in the real main
// window, and undo/redo restoring every row exactly.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/membercommands.h"
#include "ui/commands/planundostack.h"
#include "ui/mainwindow.h"
#include "ui/people/attendancematrixmodel.h"
#include "ui/people/attendancesheet.h"
#include "ui/people/attendancesheetmodel.h"
#include "ui/people/memberdialog.h"
#include "ui/people/memberfiltermodel.h"
#include "ui/people/membernames.h"
#include "ui/people/membertablemodel.h"
#include "ui/people/mergemembersdialog.h"
#include "ui/people/peoplepage.h"
#include "ui/resources/resourcedialog.h"
#include "ui/resources/resourcefiltermodel.h"
#include "ui/resources/resourcespage.h"
#include "ui/resources/resourcetablemodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const FixedClock &clock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    return fixed;
}

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

template <class T> Id addRow(Plan &plan, const T &row)
{
    auto id = plan.add(row);
    REQUIRE_OK(id);
    return id.value();
}

// Every row a member can be referred by, to compare a plan before and after.
struct PeopleRows {
    QList<Member> members;
    QList<Attendance> attendance;
    QList<Contribution> contributions;
    QList<Recognition> recognitions;
    QList<Response> responses;
    QList<Resource> resources;
    QList<Story> stories;
    bool operator==(const PeopleRows &) const = default;

    static PeopleRows of(const Plan &plan)
    {
        return {all<Member>(plan),   all<Attendance>(plan), all<Contribution>(plan), all<Recognition>(plan),
                all<Response>(plan), all<Resource>(plan),   all<Story>(plan)};
    }
};

Member person(const QString &name, const QString &email = {}, const QString &organisation = {},
              Role role = Role::Member)
{
    Member member;
    member.name = name;
    member.email = email;
    member.organisation = organisation;
    member.role = role;
    return member;
}

// Two records of one person (Ana Lima, "A. Lima") and a bystander, with rows that refer to them.
struct Fixture {
    Id ana = 0;
    Id lima = 0;
    Id bea = 0;

    void fill(Plan &plan)
    {
        Member first = person(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org"));
        first.joinedDate = QDate(2026, 1, 10);
        ana = addRow(plan, first);
        Member second = person(QStringLiteral("A. Lima"), {}, QStringLiteral("Harbour Works"), Role::Champion);
        second.aliases = {QStringLiteral("alima")};
        lima = addRow(plan, second);
        bea = addRow(plan, person(QStringLiteral("Bea Costa"), QStringLiteral("bea@example.org"),
                                  QStringLiteral("Riverside"), Role::Facilitator));
        Id events[3] = {};
        for (int i = 0; i < 3; ++i) {
            Event event;
            event.title = QStringLiteral("Meeting %1").arg(i + 1);
            event.start = QDateTime(QDate(2026, 2 + i, 3), QTime(10, 0));
            event.status = EventStatus::Held;
            events[i] = addRow(plan, event);
        }
        addRow(plan, Attendance{0, events[0], ana, AttendanceStatus::Absent, 10, {}});
        addRow(plan, Attendance{0, events[0], lima, AttendanceStatus::Present, 55, {}});
        addRow(plan, Attendance{0, events[1], lima, AttendanceStatus::Present, 60, {}});
        addRow(plan, Attendance{0, events[2], ana, AttendanceStatus::Excused, std::nullopt, {}});
        addRow(plan, Attendance{0, events[2], bea, AttendanceStatus::Present, 60, {}});
        addRow(plan, Contribution{0, lima, QDate(2026, 2, 5), ContributionKind::Question, events[0], {}, {}});
        addRow(plan, Contribution{0, ana, QDate(2026, 2, 6), ContributionKind::Answer, {}, {}, {}});
        addRow(plan, Recognition{0, lima, QDate(2026, 3, 10), QStringLiteral("Ran the webinar")});
        Resource slides;
        slides.title = QStringLiteral("Webinar slides");
        slides.authorId = lima;
        const Id resource = addRow(plan, slides);
        addRow(plan, Contribution{0, lima, QDate(2026, 3, 4), ContributionKind::ResourceShared, {}, resource, {}});
        Story story;
        story.title = QStringLiteral("A shift in practice");
        story.date = QDate(2026, 3, 12);
        story.memberIds = {lima, ana, bea};
        addRow(plan, story);
        Survey survey;
        survey.title = QStringLiteral("Baseline");
        survey.kind = SurveyKind::Baseline;
        const Id surveyId = addRow(plan, survey);
        addRow(plan, Response{0, surveyId, lima, {}, QDate(2026, 2, 1)});
    }
};

// A plan file filled by the fixture, open in a main window on screen (isolated settings first).
struct FilledWindow {
    struct Isolated {
        Isolated() { isolateSettings(); }
    } isolated;
    QTemporaryDir dir;
    QString path;
    Fixture f;
    MainWindow window;

    FilledWindow(const QString &file, const QString &name, const QSize &size)
        : path(dir.filePath(file))
    {
        {
            auto created = createPlan(path, NewPlanOptions{name, QDate(2026, 1, 5), PlanTemplate::Empty});
            REQUIRE_OK(created);
            f.fill(*created.value());
        }
        REQUIRE_OK(window.openPlan(path));
        if (size.isValid())
            window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

std::unique_ptr<Plan> memoryPlan()
{
    auto plan =
        createPlanInMemory(NewPlanOptions{QStringLiteral("People"), QDate(2026, 1, 5), PlanTemplate::Empty}, clock());
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

// Answers the next modal dialog named `name` with `fill` and accepts it (any other dialog is
// rejected, so that a test never hangs). Assertions on the outcome run after the dialog returns.
class DialogAnswer {
public:
    DialogAnswer(const QString &name, const std::function<void(QDialog &)> &fill)
        : m_driver({answerDialog(name, fill)})
    {
    }
    bool answered() const { return m_driver.finished(); }

private:
    ModalDriver m_driver;
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

int shownRows(const PeoplePage &page)
{
    return page.table()->model()->rowCount();
}

void selectRows(PeoplePage &page, const QList<Id> &ids)
{
    auto *selection = page.table()->selectionModel();
    selection->clearSelection();
    for (Id id : ids) {
        const QModelIndex index = page.filter()->mapFromSource(page.model()->index(page.model()->rowOf(id), 0));
        REQUIRE(index.isValid());
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

TEST_CASE("the member table model and its filter pass QAbstractItemModelTester while core changes members")
{
    auto plan = memoryPlan();
    MemberTableModel model;
    MemberFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(plan.get());
    filter.sort(MemberTableModel::NameColumn);
    filter.setSearch(QStringLiteral("lima"));
    CHECK(model.rowCount() == 0);

    Fixture f;
    f.fill(*plan);
    CHECK(model.rowCount() == 3);
    CHECK(filter.rowCount() == 2);
    CHECK(filter.index(0, 0).data().toString() == QStringLiteral("A. Lima"));

    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    PlanUndoStack stack;
    Member edited = plan->get<Member>(f.bea).value();
    const Member original = edited;
    edited.aliases = {QStringLiteral("Beatriz Lima")};
    REQUIRE_OK(stack.run(new EditEntityCommand<Member>(*plan, original, edited, QStringLiteral("Edit"))));
    CHECK(filter.rowCount() == 3); // found by its alias now
    REQUIRE_OK(stack.run(new RemoveEntityCommand<Member>(*plan, edited, QStringLiteral("Remove"))));
    CHECK(model.rowCount() == 2);
    REQUIRE_OK(stack.run(new MergeMembersCommand(*plan, f.ana, f.lima, QStringLiteral("Merge"))));
    CHECK(model.rowCount() == 1);
    CHECK(model.member(0).aliases == QStringList{QStringLiteral("A. Lima"), QStringLiteral("alima")});
    stack.undo();
    stack.undo();
    CHECK(model.rowCount() == 3);
    CHECK(model.members() == all<Member>(*plan)); // back in their places
    stack.undo();
    CHECK(model.member(model.rowOf(f.bea)) == original);
    stack.redo();
    stack.redo();
    stack.redo();
    CHECK(model.rowCount() == 1);
    CHECK(resets == 0); // row changes only, no full resets

    filter.setSearch({});
    filter.setPresence(MemberFilterModel::Presence::Left);
    CHECK(filter.rowCount() == 0);
    plan->notifyReset();
    CHECK(model.rowCount() == 1);
    model.setPlan(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("undoing the removal of a member restores its attendance, contributions and every reference to it")
{
    auto plan = memoryPlan();
    Fixture f;
    f.fill(*plan);
    const PeopleRows before = PeopleRows::of(*plan);

    PlanUndoStack stack;
    REQUIRE_OK(
        stack.run(new RemoveEntityCommand<Member>(*plan, plan->get<Member>(f.lima).value(), QStringLiteral("Remove"))));
    const PeopleRows removed = PeopleRows::of(*plan);
    CHECK(removed.members.size() == before.members.size() - 1);
    CHECK(removed.attendance.size() == before.attendance.size() - 2);
    CHECK(removed.contributions.size() == before.contributions.size() - 2);
    CHECK(removed.recognitions.isEmpty());
    CHECK_FALSE(removed.responses.first().memberId.has_value());
    CHECK_FALSE(removed.resources.first().authorId.has_value());

    stack.undo();
    CHECK(PeopleRows::of(*plan) == before);
    stack.redo();
    CHECK(PeopleRows::of(*plan) == removed);
    stack.undo();
    CHECK(PeopleRows::of(*plan) == before);
}

TEST_CASE("a merge is one undo step whose undo restores both members and every row exactly")
{
    auto plan = memoryPlan();
    Fixture f;
    f.fill(*plan);
    const PeopleRows before = PeopleRows::of(*plan);

    PlanUndoStack stack;
    auto *merge = new MergeMembersCommand(*plan, f.lima, f.ana, QStringLiteral("Merge"));
    REQUIRE_OK(stack.run(merge));
    CHECK(merge->summary().attendanceCombined == 1);
    const PeopleRows merged = PeopleRows::of(*plan);
    CHECK(merged.members.size() == 2);
    CHECK(stack.count() == 1);

    stack.undo();
    CHECK(PeopleRows::of(*plan) == before);
    stack.redo();
    CHECK(PeopleRows::of(*plan) == merged);
    stack.undo();
    CHECK(PeopleRows::of(*plan) == before);
    CHECK(plan->integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("in the window, members are added, edited, searched, filtered and removed, and undo restores them")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.cop"));
    REQUIRE_OK(
        createPlan(path, NewPlanOptions{QStringLiteral("People Practice"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Plan &plan = *window.plan();
    showPage(window, QStringLiteral("page-people"));
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    auto *stack = child<QStackedWidget>(*page, QStringLiteral("people-stack"));
    auto *table = child<QTableView>(*page, QStringLiteral("people-table"));
    auto *undo = child<QAction>(window, QStringLiteral("undo-action"));
    auto *redo = child<QAction>(window, QStringLiteral("redo-action"));

    // A plan file's members are read on a worker: the page shows that it is loading, then the empty state
    // of an empty plan, with its own button.
    CHECK(page->isLoading());
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("people-loading"));
    CHECK(child<QWidget>(*page, QStringLiteral("people-busy"))->isVisible());
    CHECK(child<QLabel>(*page, QStringLiteral("people-summary"))->text() == QStringLiteral("Loading members…"));
    REQUIRE(QTest::qWaitFor([page] { return !page->isLoading(); }, 10000));
    REQUIRE(all<Member>(plan).isEmpty());
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("people-empty"));
    {
        DialogAnswer answer(QStringLiteral("member-dialog"), [](QDialog &dialog) {
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-name")), QStringLiteral("Ana Lima"));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-email")), QStringLiteral("ana@example.org"));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-organisation")), QStringLiteral("Harbour Works"));
            auto *role = child<QComboBox>(dialog, QStringLiteral("member-role"));
            role->setCurrentIndex(role->findData(static_cast<int>(Role::Champion)));
            child<QCheckBox>(dialog, QStringLiteral("member-consent-report"))->setChecked(true);
            child<QCheckBox>(dialog, QStringLiteral("member-has-commitment"))->setChecked(true);
        });
        QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("people-add-first")), Qt::LeftButton);
        REQUIRE(answer.answered());
    }
    QList<Member> members = all<Member>(plan);
    REQUIRE(members.size() == 1);
    const Member ana = members.first();
    CHECK(ana.name == QStringLiteral("Ana Lima"));
    CHECK(ana.email == QStringLiteral("ana@example.org"));
    CHECK(ana.organisation == QStringLiteral("Harbour Works"));
    CHECK(ana.role == Role::Champion);
    CHECK(ana.consentReport);
    CHECK_FALSE(ana.consentQuote);
    CHECK(ana.joinedDate == plan.clock().today());
    CHECK(ana.commitmentSigned == plan.clock().today());
    CHECK(stack->currentWidget() == table);

    // Insert in the table adds another; aliases one per line.
    table->setFocus();
    {
        DialogAnswer answer(QStringLiteral("member-dialog"), [](QDialog &dialog) {
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-name")), QStringLiteral("Bea Costa"));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-organisation")), QStringLiteral("Riverside"));
            auto *aliases = child<QPlainTextEdit>(dialog, QStringLiteral("member-aliases"));
            aliases->setFocus();
            QTest::keyClicks(aliases, QStringLiteral("B. Costa"));
            QTest::keyClick(aliases, Qt::Key_Return);
            QTest::keyClicks(aliases, QStringLiteral("Costa, Bea"));
        });
        QTest::keyClick(table, Qt::Key_Insert);
        REQUIRE(answer.answered());
    }
    // Ctrl+N in the table adds too (it is "New Community" everywhere else).
    {
        DialogAnswer answer(QStringLiteral("member-dialog"), [](QDialog &dialog) {
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-name")), QStringLiteral("Carl Sponsor"));
            auto *role = child<QComboBox>(dialog, QStringLiteral("member-role"));
            role->setCurrentIndex(role->findData(static_cast<int>(Role::Sponsor)));
            child<QCheckBox>(dialog, QStringLiteral("member-has-left"))->setChecked(true);
        });
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        REQUIRE(answer.answered());
    }
    members = all<Member>(plan);
    REQUIRE(members.size() == 3);
    CHECK(members[1].aliases == QStringList{QStringLiteral("B. Costa"), QStringLiteral("Costa, Bea")});
    CHECK(members[2].leftDate == plan.clock().today());
    const QList<Member> added = members;
    CHECK(window.undoStack()->count() == 3);

    // Enter edits the selected member.
    page->selectMember(members[1].id);
    {
        DialogAnswer answer(QStringLiteral("member-dialog"), [](QDialog &dialog) {
            CHECK(child<QLineEdit>(dialog, QStringLiteral("member-name"))->text() == QStringLiteral("Bea Costa"));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("member-email")), QStringLiteral("bea@example.org"));
            child<QCheckBox>(dialog, QStringLiteral("member-consent-quote"))->setChecked(true);
        });
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(answer.answered());
    }
    Member bea = plan.get<Member>(members[1].id).value();
    CHECK(bea.email == QStringLiteral("bea@example.org"));
    CHECK(bea.consentQuote);
    CHECK(bea.aliases == members[1].aliases); // untouched fields stay exactly
    const QList<Member> edited = all<Member>(plan);

    // A double-click opens the same dialog; OK without a change adds no step.
    {
        const int steps = window.undoStack()->count();
        page->selectMember(members[0].id);
        const QModelIndex cell = table->currentIndex();
        REQUIRE(cell.isValid());
        const QPoint centre = table->visualRect(cell).center();
        DialogAnswer answer(QStringLiteral("member-dialog"), [](QDialog &dialog) {
            CHECK(child<QLineEdit>(dialog, QStringLiteral("member-name"))->text() == QStringLiteral("Ana Lima"));
        });
        // The view opens an item only when the double-click follows a press on the same row.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        REQUIRE(answer.answered());
        CHECK(window.undoStack()->count() == steps);
        CHECK(all<Member>(plan) == edited);
    }

    // Search by alias, email and organisation; filter by role, organisation and presence.
    auto *search = child<QLineEdit>(*page, QStringLiteral("people-search"));
    typeInto(search, QStringLiteral("costa, b"));
    CHECK(shownRows(*page) == 1);
    typeInto(search, QStringLiteral("EXAMPLE.ORG"));
    CHECK(shownRows(*page) == 2);
    typeInto(search, QStringLiteral("harbour"));
    CHECK(shownRows(*page) == 1);
    CHECK(child<QLabel>(*page, QStringLiteral("people-summary"))->text().contains(QStringLiteral("showing 1")));
    typeInto(search, QStringLiteral("nobody by this name"));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("people-no-match"));
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("people-clear-filters")), Qt::LeftButton);
    CHECK(search->text().isEmpty());
    CHECK(stack->currentWidget() == table);
    CHECK(shownRows(*page) == 3);
    auto *role = child<QComboBox>(*page, QStringLiteral("people-role-filter"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::Sponsor)));
    CHECK(shownRows(*page) == 1);
    role->setCurrentIndex(0);
    auto *organisation = child<QComboBox>(*page, QStringLiteral("people-organisation-filter"));
    CHECK(organisation->count() == 3); // any, Harbour Works, Riverside
    organisation->setCurrentIndex(organisation->findData(QStringLiteral("Riverside")));
    CHECK(shownRows(*page) == 1);
    organisation->setCurrentIndex(0);
    auto *presence = child<QComboBox>(*page, QStringLiteral("people-presence-filter"));
    presence->setCurrentIndex(presence->findData(static_cast<int>(MemberFilterModel::Presence::Left)));
    CHECK(shownRows(*page) == 1);
    presence->setCurrentIndex(presence->findData(static_cast<int>(MemberFilterModel::Presence::Active)));
    CHECK(shownRows(*page) == 2);
    presence->setCurrentIndex(0);

    // Sorting by a column reorders the rows.
    table->sortByColumn(MemberTableModel::OrganisationColumn, Qt::DescendingOrder);
    CHECK(table->model()->index(0, MemberTableModel::NameColumn).data().toString() == QStringLiteral("Bea Costa"));
    CHECK(table->model()->index(2, MemberTableModel::NameColumn).data().toString() == QStringLiteral("Carl Sponsor"));
    table->sortByColumn(MemberTableModel::OrganisationColumn, Qt::AscendingOrder); // no organisation: last both ways
    CHECK(table->model()->index(2, MemberTableModel::NameColumn).data().toString() == QStringLiteral("Carl Sponsor"));
    table->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(table->model()->index(0, MemberTableModel::NameColumn).data().toString() == QStringLiteral("Ana Lima"));

    // Delete removes the selection; undo and redo walk the whole history exactly.
    page->selectMember(ana.id);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(all<Member>(plan).size() == 2);
    CHECK_FALSE(plan.get<Member>(ana.id).ok());

    undo->trigger();
    CHECK(all<Member>(plan) == edited);
    undo->trigger();
    CHECK(all<Member>(plan) == added);
    undo->trigger();
    undo->trigger();
    undo->trigger();
    CHECK(all<Member>(plan).isEmpty());
    INFO("model rows " << page->model()->rowCount() << ", shown " << shownRows(*page) << ", summary "
                       << child<QLabel>(*page, QStringLiteral("people-summary"))->text().toStdString());
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("people-empty"));
    for (int i = 0; i < 4; ++i)
        redo->trigger();
    CHECK(all<Member>(plan) == edited);
    redo->trigger();
    CHECK(all<Member>(plan).size() == 2);
    CHECK(page->model()->rowCount() == 2);
}

TEST_CASE("in the window, two selected members are merged with the chosen one kept, and undo restores both")
{
    FilledWindow filled(QStringLiteral("merge.cop"), QStringLiteral("Merge Practice"), QSize());
    Fixture &f = filled.f;
    MainWindow &window = filled.window;
    Plan &plan = *window.plan();
    const PeopleRows before = PeopleRows::of(plan);
    showPage(window, QStringLiteral("page-people"));
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    REQUIRE(QTest::qWaitFor([page] { return !page->isLoading(); }, 10000));
    auto *merge = child<QPushButton>(*page, QStringLiteral("people-merge"));

    selectRows(*page, {f.ana});
    CHECK_FALSE(merge->isEnabled());
    selectRows(*page, {f.ana, f.lima});
    REQUIRE(merge->isEnabled());
    {
        // The table lists "A. Lima" first (by name); keep the second row, Ana.
        DialogAnswer answer(QStringLiteral("merge-dialog"), [](QDialog &dialog) {
            auto *second = child<QRadioButton>(dialog, QStringLiteral("merge-keep-second"));
            CHECK(second->text().contains(QStringLiteral("Ana Lima")));
            second->setChecked(true);
            CHECK(child<QLabel>(dialog, QStringLiteral("merge-preview"))->text().contains(QStringLiteral("A. Lima")));
        });
        QTest::mouseClick(merge, Qt::LeftButton);
        REQUIRE(answer.answered());
    }
    const PeopleRows merged = PeopleRows::of(plan);
    REQUIRE(merged.members.size() == 2);
    const Member kept = plan.get<Member>(f.ana).value();
    CHECK(kept.aliases == QStringList{QStringLiteral("A. Lima"), QStringLiteral("alima")});
    CHECK(kept.organisation == QStringLiteral("Harbour Works"));
    CHECK(kept.role == Role::Member);
    CHECK(plan.listWhere<Attendance>(QStringLiteral("member_id"), f.ana).value().size() == 3);
    CHECK(merged.attendance.size() == before.attendance.size() - 1);
    CHECK(merged.contributions.size() == before.contributions.size());
    CHECK(merged.stories.first().memberIds == QList<Id>{f.ana, f.bea});
    CHECK(child<QLabel>(*page, QStringLiteral("people-last-action"))->text().contains(QStringLiteral("1 combined")));
    CHECK(page->model()->rowCount() == 2);

    child<QAction>(window, QStringLiteral("undo-action"))->trigger();
    CHECK(PeopleRows::of(plan) == before);
    CHECK(page->model()->members() == before.members);
    child<QAction>(window, QStringLiteral("redo-action"))->trigger();
    CHECK(PeopleRows::of(plan) == merged);
}

TEST_CASE("the resource table model names authors, follows their edits and passes QAbstractItemModelTester")
{
    auto plan = memoryPlan();
    Fixture f;
    f.fill(*plan);
    ResourceTableModel model;
    ResourceFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(plan.get());
    filter.sort(ResourceTableModel::TitleColumn);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ResourceTableModel::AuthorColumn).data().toString() == QStringLiteral("A. Lima"));

    PlanUndoStack stack;
    Resource guide;
    guide.title = QStringLiteral("Facilitation guide");
    guide.kind = ResourceKind::Template;
    guide.tags = {QStringLiteral("Onboarding"), QStringLiteral("guides")};
    guide.authorId = f.bea;
    REQUIRE_OK(stack.run(new AddEntityCommand<Resource>(*plan, guide, QStringLiteral("Add"))));
    CHECK(model.rowCount() == 2);
    filter.setTag(QStringLiteral("onboarding"));
    CHECK(filter.rowCount() == 1);
    filter.setTag({});
    filter.setKind(static_cast<int>(ResourceKind::Document));
    CHECK(filter.rowCount() == 1);
    filter.setKind(-1);
    filter.setSearch(QStringLiteral("bea"));
    CHECK(filter.rowCount() == 1); // by its author
    filter.setSearch({});

    Member renamed = plan->get<Member>(f.lima).value();
    const Member original = renamed;
    renamed.name = QStringLiteral("Ana Lima");
    REQUIRE_OK(stack.run(new EditEntityCommand<Member>(*plan, original, renamed, QStringLiteral("Rename"))));
    CHECK(model.index(0, ResourceTableModel::AuthorColumn).data().toString() == QStringLiteral("Ana Lima"));
    REQUIRE_OK(stack.run(new RemoveEntityCommand<Member>(*plan, renamed, QStringLiteral("Remove"))));
    CHECK(model.index(0, ResourceTableModel::AuthorColumn).data().toString().isEmpty());
    stack.undo();
    CHECK(model.index(0, ResourceTableModel::AuthorColumn).data().toString() == QStringLiteral("Ana Lima"));
    CHECK(model.resources() == all<Resource>(*plan));
    stack.undo();
    stack.undo();
    CHECK(model.rowCount() == 1);
    stack.redo();
    CHECK(model.resources() == all<Resource>(*plan));
}

TEST_CASE("undoing the removal of a resource restores the contributions, stories and checklist items that cite it")
{
    auto plan = memoryPlan();
    Fixture f;
    f.fill(*plan);
    const Resource slides = all<Resource>(*plan).first();
    Story story = all<Story>(*plan).first();
    story.resourceIds = {slides.id};
    REQUIRE_OK(plan->update(story));
    const QList<Stage> stages = all<Stage>(*plan);
    REQUIRE_FALSE(stages.isEmpty());
    ChecklistItem item;
    item.stageId = stages.last().id;
    item.title = QStringLiteral("Build the shared repertoire");
    item.evidenceResourceId = slides.id;
    addRow(*plan, item);
    const PeopleRows before = PeopleRows::of(*plan);
    const auto itemsBefore = all<ChecklistItem>(*plan);

    PlanUndoStack stack;
    REQUIRE_OK(stack.run(new RemoveEntityCommand<Resource>(*plan, slides, QStringLiteral("Remove"))));
    CHECK(all<Resource>(*plan).isEmpty());
    CHECK(all<Story>(*plan).first().resourceIds.isEmpty());
    stack.undo();
    CHECK(PeopleRows::of(*plan) == before);
    CHECK(all<ChecklistItem>(*plan) == itemsBefore);
}

TEST_CASE("in the window, resources are added, filtered by tag and kind, searched, edited and removed with undo")
{
    FilledWindow filled(QStringLiteral("resources.cop"), QStringLiteral("Repertoire"), QSize(1280, 800));
    Fixture &f = filled.f;
    MainWindow &window = filled.window;
    Plan &plan = *window.plan();
    showPage(window, QStringLiteral("page-resources"));
    auto *page = child<ResourcesPage>(window, QStringLiteral("page-resources"));
    auto *table = child<QTableView>(*page, QStringLiteral("resources-table"));
    const QList<Resource> before = all<Resource>(plan);
    REQUIRE(before.size() == 1);
    CHECK(child<QStackedWidget>(*page, QStringLiteral("resources-stack"))->currentWidget() == table);

    {
        DialogAnswer answer(QStringLiteral("resource-dialog"), [](QDialog &dialog) {
            typeInto(child<QLineEdit>(dialog, QStringLiteral("resource-title")), QStringLiteral("Onboarding kit"));
            auto *kind = child<QComboBox>(dialog, QStringLiteral("resource-kind"));
            kind->setCurrentIndex(kind->findData(static_cast<int>(ResourceKind::Template)));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("resource-location")),
                     QStringLiteral("https://example.org/onboarding"));
            auto *author = child<QComboBox>(dialog, QStringLiteral("resource-author"));
            author->setCurrentIndex(author->findText(QStringLiteral("Bea Costa")));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("resource-tags")),
                     QStringLiteral("onboarding, newcomers; Onboarding"));
            auto *visibility = child<QComboBox>(dialog, QStringLiteral("resource-visibility"));
            visibility->setCurrentIndex(visibility->findData(static_cast<int>(Visibility::Public)));
        });
        QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("resources-add")), Qt::LeftButton);
        REQUIRE(answer.answered());
    }
    const QList<Resource> added = all<Resource>(plan);
    REQUIRE(added.size() == 2);
    const Resource kit = added.last();
    CHECK(kit.title == QStringLiteral("Onboarding kit"));
    CHECK(kit.kind == ResourceKind::Template);
    CHECK(kit.location == QStringLiteral("https://example.org/onboarding"));
    CHECK(kit.authorId == f.bea);
    CHECK(kit.addedDate == plan.clock().today());
    CHECK(kit.tags == QStringList{QStringLiteral("onboarding"), QStringLiteral("newcomers")});
    CHECK(kit.visibility == Visibility::Public);
    CHECK(child<QPushButton>(*page, QStringLiteral("resources-open"))->isEnabled());
    CHECK(ResourcesPage::urlFor(kit.location) == QUrl(QStringLiteral("https://example.org/onboarding")));
    CHECK(ResourcesPage::urlFor(QStringLiteral("/srv/share/kit.odt")) ==
          QUrl::fromLocalFile(QStringLiteral("/srv/share/kit.odt")));

    auto *tag = child<QComboBox>(*page, QStringLiteral("resources-tag-filter"));
    // The tag list follows the plan once the page has caught up with the change.
    REQUIRE(QTest::qWaitFor([tag] { return tag->findData(QStringLiteral("newcomers")) > 0; }));
    tag->setCurrentIndex(tag->findData(QStringLiteral("newcomers")));
    CHECK(table->model()->rowCount() == 1);
    tag->setCurrentIndex(0);
    auto *kind = child<QComboBox>(*page, QStringLiteral("resources-kind-filter"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(ResourceKind::Slides)));
    CHECK(table->model()->rowCount() == 0);
    CHECK(child<QStackedWidget>(*page, QStringLiteral("resources-stack"))->currentWidget()->objectName() ==
          QStringLiteral("resources-no-match"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(ResourceKind::Template)));
    CHECK(table->model()->rowCount() == 1);
    kind->setCurrentIndex(0);
    auto *search = child<QLineEdit>(*page, QStringLiteral("resources-search"));
    typeInto(search, QStringLiteral("webinar"));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Webinar slides"));
    search->clear();
    CHECK(table->model()->rowCount() == 2);

    page->selectResource(kit.id);
    table->setFocus();
    {
        DialogAnswer answer(QStringLiteral("resource-dialog"), [](QDialog &dialog) {
            typeInto(child<QLineEdit>(dialog, QStringLiteral("resource-tags")), QStringLiteral("newcomers"));
        });
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(answer.answered());
    }
    const QList<Resource> edited = all<Resource>(plan);
    CHECK(edited.last().tags == QStringList{QStringLiteral("newcomers")});
    CHECK(QTest::qWaitFor([tag] { return tag->findData(QStringLiteral("onboarding")) < 0; }));

    page->selectResource(kit.id);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(all<Resource>(plan) == before);

    auto *undo = child<QAction>(window, QStringLiteral("undo-action"));
    undo->trigger();
    CHECK(all<Resource>(plan) == edited);
    undo->trigger();
    CHECK(all<Resource>(plan) == added);
    undo->trigger();
    CHECK(all<Resource>(plan) == before);
    CHECK(page->model()->resources() == before);
}

TEST_CASE("the attendance sheet model follows core's attendance and members and passes QAbstractItemModelTester")
{
    auto plan = memoryPlan();
    Fixture f;
    f.fill(*plan);
    const Id kickoff = all<Event>(*plan).first().id;
    AttendanceSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(plan.get());
    CHECK(model.rowCount() == 3);
    model.setEvent(kickoff);
    const auto status = [&model](Id member) {
        return model.index(model.rowOf(member), AttendanceSheetModel::StatusColumn).data().toString();
    };
    CHECK(status(f.ana) == label(AttendanceStatus::Absent));
    CHECK(status(f.lima) == label(AttendanceStatus::Present));
    CHECK(status(f.bea) == QStringLiteral("—"));
    CHECK(model.count(AttendanceStatus::Present) == 1);

    PlanUndoStack stack;
    REQUIRE_OK(stack.run(new AddEntityCommand<Attendance>(
        *plan, Attendance{0, kickoff, f.bea, AttendanceStatus::Excused, std::nullopt, {}}, QStringLiteral("Add"))));
    CHECK(status(f.bea) == label(AttendanceStatus::Excused));
    REQUIRE_OK(stack.run(new MergeMembersCommand(*plan, f.ana, f.lima, QStringLiteral("Merge"))));
    CHECK(model.rowCount() == 2);
    CHECK(status(f.ana) == label(AttendanceStatus::Present));
    CHECK(model.index(model.rowOf(f.ana), AttendanceSheetModel::MinutesColumn).data().toInt() == 55);
    stack.undo();
    CHECK(model.rowCount() == 3);
    CHECK(status(f.ana) == label(AttendanceStatus::Absent));
    CHECK(status(f.lima) == label(AttendanceStatus::Present));
    REQUIRE_OK(
        stack.run(new RemoveEntityCommand<Member>(*plan, plan->get<Member>(f.bea).value(), QStringLiteral("Remove"))));
    CHECK(model.rowCount() == 2);
    CHECK(model.count(AttendanceStatus::Excused) == 0);
    stack.undo();
    CHECK(status(f.bea) == label(AttendanceStatus::Excused));

    // Minutes typed for someone not recorded ask for a present row; the model itself waits for core.
    QList<std::tuple<Id, std::optional<AttendanceStatus>, std::optional<int>>> asked;
    QObject::connect(&model, &AttendanceSheetModel::attendanceEdited,
                     [&asked](Id member, std::optional<AttendanceStatus> s, std::optional<int> minutes) {
                         asked.append({member, s, minutes});
                     });
    stack.undo();
    CHECK(status(f.bea) == QStringLiteral("—"));
    CHECK(model.setData(model.index(model.rowOf(f.bea), AttendanceSheetModel::MinutesColumn), 42));
    REQUIRE(asked.size() == 1);
    CHECK(asked.first() ==
          std::tuple<Id, std::optional<AttendanceStatus>, std::optional<int>>(f.bea, AttendanceStatus::Present, 42));
    CHECK(status(f.bea) == QStringLiteral("—"));
    plan->notifyReset();
    CHECK(model.rowCount() == 3);
    model.setPlan(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("in the window, attendance is taken with the keyboard, one undo step per change")
{
    FilledWindow filled(QStringLiteral("sheet.cop"), QStringLiteral("Sheet Practice"), QSize(1280, 800));
    Fixture &f = filled.f;
    MainWindow &window = filled.window;
    Plan &plan = *window.plan();
    showPage(window, QStringLiteral("page-people"));
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    auto *tabs = child<QTabWidget>(*page, QStringLiteral("people-views"));
    auto *sheet = child<AttendanceSheet>(*page, QStringLiteral("attendance-sheet"));
    tabs->setCurrentWidget(sheet);
    auto *eventBox = child<QComboBox>(*sheet, QStringLiteral("attendance-event"));
    const QList<Event> events = all<Event>(plan);
    REQUIRE(eventBox->count() == events.size());
    // The latest event that has started is chosen first.
    CHECK(eventBox->currentData().toLongLong() == events.last().id);
    sheet->setCurrentEvent(events[1].id); // Meeting 2: only A. Lima recorded
    const PeopleRows before = PeopleRows::of(plan);
    auto *table = child<QTableView>(*sheet, QStringLiteral("attendance-table"));
    auto *summary = child<QLabel>(*sheet, QStringLiteral("attendance-summary"));
    CHECK(summary->text().startsWith(QStringLiteral("1 present")));

    // Rows by name: A. Lima, Ana Lima, Bea Costa. Mark Ana present, Bea excused.
    sheet->selectMember(f.ana);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_P);
    QTest::keyClick(table, Qt::Key_E);
    const auto recordOf = [&plan, &events](Id member) -> std::optional<Attendance> {
        for (const Attendance &row : plan.listWhere<Attendance>(QStringLiteral("event_id"), events[1].id).value()) {
            if (row.memberId == member)
                return row;
        }
        return std::nullopt;
    };
    REQUIRE(recordOf(f.ana));
    CHECK(recordOf(f.ana)->status == AttendanceStatus::Present);
    REQUIRE(recordOf(f.bea));
    CHECK(recordOf(f.bea)->status == AttendanceStatus::Excused);
    CHECK(summary->text().startsWith(QStringLiteral("2 present · 1 excused")));

    // Digits type Ana's minutes; Delete clears A. Lima's record.
    sheet->selectMember(f.ana);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_4);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != nullptr);
    REQUIRE(editor != table);
    QTest::keyClick(editor, Qt::Key_5);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    CHECK(QTest::qWaitFor([&] { return recordOf(f.ana)->minutes == 45; }));
    // Marking her absent drops the minutes; undo brings them back.
    sheet->selectMember(f.ana);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A);
    CHECK(recordOf(f.ana)->status == AttendanceStatus::Absent);
    CHECK_FALSE(recordOf(f.ana)->minutes.has_value());
    window.undoStack()->undo();
    CHECK(recordOf(f.ana)->status == AttendanceStatus::Present);
    CHECK(recordOf(f.ana)->minutes == 45);
    sheet->selectMember(f.lima);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(recordOf(f.lima));
    CHECK(window.undoStack()->count() == 4);

    auto *undo = child<QAction>(window, QStringLiteral("undo-action"));
    undo->trigger();
    CHECK(recordOf(f.lima));
    undo->trigger();
    CHECK_FALSE(recordOf(f.ana)->minutes.has_value());
    undo->trigger();
    undo->trigger();
    CHECK(PeopleRows::of(plan) == before);
    CHECK(summary->text().startsWith(QStringLiteral("1 present · 0 excused")));
}

namespace {

// The controls under `root` that a screen reader would announce without a name.
QStringList namelessControls(const QWidget &root)
{
    QStringList nameless;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
                             qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
                             qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                             qobject_cast<QTabWidget *>(widget);
        // Parts of a control (a combo box's list, a table's headers, a line edit's clear button) are
        // announced as part of their owner.
        bool part = false;
        for (QWidget *owner = widget->parentWidget(); owner && owner != &root && !part; owner = owner->parentWidget())
            part = qobject_cast<QAbstractItemView *>(owner) || qobject_cast<QComboBox *>(owner) ||
                   qobject_cast<QLineEdit *>(owner) || qobject_cast<QAbstractSpinBox *>(owner);
        if (!control || part)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QStringLiteral("%1 “%2”").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                      widget->objectName());
    }
    return nameless;
}

} // namespace

TEST_CASE("every control of the people and resources pages and their dialogs has an accessible name")
{
    FilledWindow filled(QStringLiteral("names.cop"), QStringLiteral("Names"), QSize());
    MainWindow &window = filled.window;
    Plan &plan = *window.plan();
    for (const QString &name : {QStringLiteral("page-people"), QStringLiteral("page-resources")}) {
        showPage(window, name);
        INFO(name.toStdString());
        CHECK(namelessControls(*child<QWidget>(window, name)).join(QStringLiteral(", ")) == QString());
    }
    const QList<Member> members = all<Member>(plan);
    MemberDialog memberDialog(members.first(), plan.clock().today());
    CHECK(namelessControls(memberDialog).join(QStringLiteral(", ")) == QString());
    MergeMembersDialog mergeDialog(members.at(0), members.at(1));
    CHECK(namelessControls(mergeDialog).join(QStringLiteral(", ")) == QString());
    ResourceDialog resourceDialog(all<Resource>(plan).first(), members, all<Event>(plan), plan.clock().today());
    CHECK(namelessControls(resourceDialog).join(QStringLiteral(", ")) == QString());
}

TEST_CASE("the attendance matrix's column headers carry each event's title, so events on one day are told apart")
{
    AttendanceMatrix matrix;
    Event morning;
    morning.id = 1;
    morning.title = QStringLiteral("Onboarding");
    morning.start = QDateTime(QDate(2026, 9, 7), QTime(9, 0));
    Event evening = morning;
    evening.id = 2;
    evening.title = QStringLiteral("A rather long evening retrospective of the season");
    evening.start = QDateTime(QDate(2026, 9, 7), QTime(18, 0));
    matrix.events = {morning, evening};
    AttendanceMatrixModel model;
    model.setMatrix(matrix);
    const int first = AttendanceMatrixModel::FirstEventColumn;
    const QString a = model.headerData(first, Qt::Horizontal).toString();
    const QString b = model.headerData(first + 1, Qt::Horizontal).toString();
    CHECK(a != b);
    CHECK(a.contains(QStringLiteral("Onboarding")));
    CHECK(b.endsWith(QStringLiteral("…")));
    CHECK(model.headerData(first + 1, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("A rather long evening retrospective of the season")));
}

TEST_CASE("members who share a name are shown with their organisation, or their e-mail when they have none")
{
    Member a;
    a.id = 1;
    a.name = QStringLiteral("Chen Pillay");
    a.organisation = QStringLiteral("Harbour Trust");
    Member b;
    b.id = 2;
    b.name = QStringLiteral("chen  pillay");
    b.email = QStringLiteral("chen@example.org");
    Member c;
    c.id = 3;
    c.name = QStringLiteral("Ama Owusu");
    c.organisation = QStringLiteral("Harbour Trust");
    const auto names = distinctMemberNames({a, b, c});
    CHECK(names.value(1) == QStringLiteral("Chen Pillay (Harbour Trust)"));
    CHECK(names.value(2) == QStringLiteral("chen  pillay (chen@example.org)"));
    CHECK(names.value(3) == QStringLiteral("Ama Owusu"));

    AttendanceMatrix matrix;
    matrix.members = {a, b, c};
    // What the model shows is worked out ahead (on the tab's worker): handing it over only swaps it in.
    auto prepared = AttendanceMatrixModel::prepare(matrix);
    CHECK(prepared.rates.size() == 3);
    CHECK(prepared.names.value(1) == QStringLiteral("Chen Pillay (Harbour Trust)"));
    AttendanceMatrixModel model;
    model.setPrepared(std::move(prepared));
    CHECK(model.index(0, AttendanceMatrixModel::NameColumn).data().toString() ==
          QStringLiteral("Chen Pillay (Harbour Trust)"));
    CHECK(model.index(1, AttendanceMatrixModel::NameColumn).data().toString() ==
          QStringLiteral("chen  pillay (chen@example.org)"));
    CHECK(model.index(2, AttendanceMatrixModel::NameColumn).data().toString() == QStringLiteral("Ama Owusu"));
}

TEST_CASE("the attendance sheet tells namesakes apart as soon as a second member of the same name arrives")
{
    auto plan = memoryPlan();
    Fixture f;
    f.fill(*plan);
    AttendanceSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(plan.get());
    const auto shown = [&model](Id member) {
        return model.index(model.rowOf(member), AttendanceSheetModel::NameColumn).data().toString();
    };
    CHECK(shown(f.ana) == QStringLiteral("Ana Lima"));
    PlanUndoStack stack;
    Member namesake;
    namesake.name = QStringLiteral("Ana Lima");
    namesake.organisation = QStringLiteral("Tide Co-op");
    namesake.joinedDate = QDate(2026, 1, 1);
    REQUIRE_OK(stack.run(new AddEntityCommand<Member>(*plan, namesake, QStringLiteral("Add"))));
    CHECK(model.rowCount() == 4);
    CHECK(shown(f.ana) == QStringLiteral("Ana Lima (ana@example.org)"));
    CHECK(model.index(3, AttendanceSheetModel::NameColumn).data().toString() ==
          QStringLiteral("Ana Lima (Tide Co-op)"));
    stack.undo();
    CHECK(shown(f.ana) == QStringLiteral("Ana Lima"));
}

TEST_CASE("the resource dialog shows a long title and location from their beginning, whole in their tooltips")
{
    Resource resource;
    resource.title = QStringLiteral("Facilitator's guide to running the regional workshops on data quality, analysis "
                                    "and the responsible use of personal data");
    resource.location = QStringLiteral("https://intranet.example.org/communities/data-insight/library/guides/"
                                       "facilitation/regional-workshops-2026.pdf");
    ResourceDialog dialog(resource, {}, {}, QDate(2026, 12, 4));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    for (const char *name : {"resource-title", "resource-location"}) {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(edit != nullptr);
        INFO(name);
        CHECK(edit->cursorPosition() == 0);
        CHECK(edit->toolTip() == edit->text());
    }
}

TEST_CASE("a plan file's members are read on a worker: the page shows it is loading, then the rows, and an edit "
          "updates its row in place")
{
    FilledWindow filled(QStringLiteral("loading.cop"), QStringLiteral("Loading Practice"), QSize(1280, 800));
    Fixture &f = filled.f;
    MainWindow &window = filled.window;
    Plan &plan = *window.plan();
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->model()->rowCount() == 0); // nothing is read before the page is first shown
    showPage(window, QStringLiteral("page-people"));
    auto *stack = child<QStackedWidget>(*page, QStringLiteral("people-stack"));

    // The first show returns while the worker reads: the loading state, no rows yet.
    CHECK(page->isLoading());
    CHECK(page->model()->rowCount() == 0);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("people-loading"));
    // A member added meanwhile is not lost (the members are read again), and a selection asked for
    // meanwhile is made once the rows are there.
    Member dan = person(QStringLiteral("Dan Meier"), QStringLiteral("dan@example.org"));
    auto *add = new AddEntityCommand<Member>(plan, dan, QStringLiteral("Add Dan"));
    REQUIRE(window.undoStack()->run(add).ok());
    page->selectMember(f.bea);
    REQUIRE(QTest::qWaitFor([page] { return !page->isLoading(); }, 10000));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("people-table"));
    REQUIRE(shownRows(*page) == 4);
    CHECK(page->model()->rowOf(add->entityId()) >= 0);
    REQUIRE(page->selectedMembers().size() == 1);
    CHECK(page->selectedMembers().first().id == f.bea);
    CHECK(child<QLabel>(*page, QStringLiteral("people-summary"))->text().startsWith(QStringLiteral("4 members")));

    // An edit changes its row in place: no reload, no reset, the selection stays.
    int resets = 0;
    QObject::connect(page->model(), &QAbstractItemModel::modelReset, page, [&resets] { ++resets; });
    Member bea = page->selectedMembers().first();
    Member renamed = bea;
    renamed.name = QStringLiteral("Beatriz Costa");
    REQUIRE(window.undoStack()->run(new EditEntityCommand<Member>(plan, bea, renamed, QStringLiteral("Rename"))).ok());
    CHECK_FALSE(page->isLoading());
    CHECK(resets == 0);
    REQUIRE(page->selectedMembers().size() == 1);
    CHECK(page->selectedMembers().first().name == QStringLiteral("Beatriz Costa"));
    const QModelIndex current = page->table()->selectionModel()->selectedRows().value(0);
    CHECK(current.data().toString() == QStringLiteral("Beatriz Costa"));
    window.undoStack()->undo();
    CHECK(resets == 0);
    CHECK(page->selectedMembers().value(0).name == QStringLiteral("Bea Costa"));
    CHECK(page->model()->member(page->model()->rowOf(f.bea)).name == QStringLiteral("Bea Costa"));

    // The organisation filter lists the loaded members' organisations, and follows an edit of one.
    auto *organisation = child<QComboBox>(*page, QStringLiteral("people-organisation-filter"));
    CHECK(organisation->count() == 3); // any, Harbour Works, Riverside
    Member moved = page->model()->member(page->model()->rowOf(f.bea));
    Member lakeside = moved;
    lakeside.organisation = QStringLiteral("Lakeside");
    REQUIRE(window.undoStack()->run(new EditEntityCommand<Member>(plan, moved, lakeside, QStringLiteral("Move"))).ok());
    QCoreApplication::processEvents(); // the page's refresh
    CHECK(organisation->findData(QStringLiteral("Lakeside")) > 0);
    CHECK(organisation->findData(QStringLiteral("Riverside")) < 0);
}

TEST_CASE("the attendance sheet, while hidden, reads the plan's events only when it is shown again")
{
    FilledWindow filled(QStringLiteral("hidden.cop"), QStringLiteral("Hidden Practice"), QSize(1280, 800));
    MainWindow &window = filled.window;
    Plan &plan = *window.plan();
    showPage(window, QStringLiteral("page-people"));
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    auto *tabs = child<QTabWidget>(*page, QStringLiteral("people-views"));
    auto *sheet = child<AttendanceSheet>(*page, QStringLiteral("attendance-sheet"));
    auto *eventBox = child<QComboBox>(*sheet, QStringLiteral("attendance-event"));
    tabs->setCurrentWidget(sheet);
    REQUIRE(eventBox->count() == 3);
    tabs->setCurrentIndex(0); // the members tab

    // An event planned while the sheet is hidden: its list waits for the sheet to be shown.
    Event event;
    event.title = QStringLiteral("Meeting 4");
    event.start = QDateTime(QDate(2026, 5, 3), QTime(10, 0));
    event.status = EventStatus::Held;
    auto *add = new AddEntityCommand<Event>(plan, event, QStringLiteral("Plan an event"));
    REQUIRE(window.undoStack()->run(add).ok());
    QCoreApplication::processEvents(); // the page's refresh
    CHECK(eventBox->count() == 3);
    tabs->setCurrentWidget(sheet);
    REQUIRE(eventBox->count() == 4);
    CHECK(eventBox->findData(add->entityId()) >= 0);
    // Asked for an event of a hidden sheet, it reads them at once.
    tabs->setCurrentIndex(0);
    window.undoStack()->undo();
    QCoreApplication::processEvents();
    sheet->setCurrentEvent(add->entityId());
    CHECK(eventBox->count() == 3);
}

TEST_CASE("the members' buttons, search and filters share one line in a wide window and reflow in a narrow one")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bar.cop"));
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Bar"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-people"));
    auto *page = child<PeoplePage>(window, QStringLiteral("page-people"));
    const auto *add = child<QWidget>(*page, QStringLiteral("people-add"));
    const auto *import = child<QWidget>(*page, QStringLiteral("people-import"));
    const auto *search = child<QWidget>(*page, QStringLiteral("people-search"));
    const auto *role = child<QWidget>(*page, QStringLiteral("people-role-filter"));
    const auto *presence = child<QWidget>(*page, QStringLiteral("people-presence-filter"));
    const auto *members = child<QWidget>(*page, QStringLiteral("people-members"));
    // On the line of the add button: across its middle.
    const auto besideAdd = [add](const QWidget *widget) {
        const int middle = add->geometry().center().y();
        return widget->geometry().top() < middle && middle < widget->geometry().bottom();
    };
    // Resized once shown: the offscreen screen is small, and the window fits itself to it when shown.
    const auto resize = [&](int width) {
        window.resize(QSize(width, 900).expandedTo(window.minimumSizeHint()));
        REQUIRE(QTest::qWaitFor([&] { return window.width() == width; }, 5000));
        QTest::qWait(50);
        QCoreApplication::processEvents();
    };

    resize(1440);
    CHECK(besideAdd(search));
    CHECK(besideAdd(presence));
    CHECK(import->geometry().right() < search->geometry().left());
    CHECK(presence->geometry().right() < members->width());

    // 648 px: the first window on a 1440×900 screen at 200 %.
    resize(648);
    CHECK(search->geometry().top() > import->geometry().bottom());
    CHECK(role->geometry().top() > search->geometry().bottom());
    CHECK(page->width() <= child<QWidget>(window, QStringLiteral("workspace"))->width());
    for (const QWidget *widget : {add, import, search, role, presence})
        CHECK(widget->geometry().right() < members->width());

    resize(1440);
    CHECK(besideAdd(search));
    CHECK(besideAdd(presence));
}
