// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The People page's contributions log, kind weights and recognitions, the attendance sheet's list
// of those who missed an event, and the attendance matrix, in the real main window offscreen; every change undone.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/planundostack.h"
#include "ui/common/formatting.h"
#include "ui/mainwindow.h"
#include "ui/people/attendancematrixmodel.h"
#include "ui/people/attendancematrixtab.h"
#include "ui/people/attendancesheet.h"
#include "ui/people/attendancesheetmodel.h"
#include "ui/people/contributionmodel.h"
#include "ui/people/contributionstab.h"
#include "ui/people/peoplepage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cultivate;
using namespace cultivate::test;

namespace {

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

// A plan with two members and a held meeting that only Ana attended, open on the People page.
struct PeopleWindow {
    QTemporaryDir dir;
    MainWindow window;
    PeoplePage *page = nullptr;
    Id ana = 0;
    Id ben = 0;
    Id meeting = 0;

    PeopleWindow()
    {
        isolateSettings();
        const QString path = dir.filePath(QStringLiteral("contributions.cop"));
        {
            auto plan = createPlan(
                path, NewPlanOptions{QStringLiteral("Log Practice"), QDate(2026, 1, 5), PlanTemplate::Empty});
            REQUIRE_OK(plan);
            Member member;
            member.name = QStringLiteral("Ana Souza");
            ana = plan.value()->add(member).value();
            member.name = QStringLiteral("Ben Okafor");
            ben = plan.value()->add(member).value();
            Event event;
            event.title = QStringLiteral("Case clinic");
            event.start = QDateTime(QDate(2026, 2, 3), QTime(10, 0));
            event.status = EventStatus::Held;
            meeting = plan.value()->add(event).value();
            REQUIRE_OK(plan.value()->add(Attendance{0, meeting, ana, AttendanceStatus::Present, 60, {}}));
        }
        REQUIRE_OK(window.openPlan(path));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        showPage(window, QStringLiteral("page-people"));
        page = child<PeoplePage>(window, QStringLiteral("page-people"));
    }
    Plan &plan() { return *window.plan(); }
    PlanUndoStack &stack() { return *window.undoStack(); }
    void showTab(QWidget *tab) { child<QTabWidget>(*page, QStringLiteral("people-views"))->setCurrentWidget(tab); }
    // Shows the contributions tab and waits until its rows are read.
    ContributionsTab *showContributions()
    {
        ContributionsTab *tab = page->contributions();
        showTab(tab);
        REQUIRE(QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10000));
        return tab;
    }
};

} // namespace

TEST_CASE("contributions are logged and edited through the page, the model follows, and undo restores them")
{
    PeopleWindow w;
    ContributionsTab *tab = w.showContributions();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab->model()->rowCount() == 0);

    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *member = dialog->findChild<QComboBox *>(QStringLiteral("member-choice"));
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("contribution-kind"));
            auto *event = dialog->findChild<QComboBox *>(QStringLiteral("contribution-event"));
            CHECK((member && kind && event));
            if (!(member && kind && event))
                return;
            member->setCurrentIndex(member->findText(QStringLiteral("Ben Okafor")));
            kind->setCurrentIndex(kind->findData(static_cast<int>(ContributionKind::Presentation)));
            event->setCurrentIndex(1);
        })});
        QTest::mouseClick(child<QPushButton>(*tab, QStringLiteral("contribution-add")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    auto logged = all<Contribution>(w.plan());
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].memberId == w.ben);
    CHECK(logged[0].kind == ContributionKind::Presentation);
    CHECK(logged[0].eventId == w.meeting);
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->index(0, ContributionModel::MemberColumn).data().toString() == QStringLiteral("Ben Okafor"));

    // Edit: a hosting instead; one step.
    tab->table()->selectRow(0);
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("contribution-kind"));
            CHECK(kind != nullptr);
            if (kind)
                kind->setCurrentIndex(kind->findData(static_cast<int>(ContributionKind::Hosting)));
        })});
        QTest::mouseClick(child<QPushButton>(*tab, QStringLiteral("contribution-edit")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(all<Contribution>(w.plan())[0].kind == ContributionKind::Hosting);
    CHECK(tab->model()->index(0, ContributionModel::KindColumn).data().toString() == label(ContributionKind::Hosting));

    tab->table()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(*tab, QStringLiteral("contribution-remove")), Qt::LeftButton);
    CHECK(all<Contribution>(w.plan()).isEmpty());
    CHECK(tab->model()->rowCount() == 0);
    w.stack().undo();
    CHECK(tab->model()->rowCount() == 1);
    w.stack().undo();
    CHECK(all<Contribution>(w.plan()) == logged);
    w.stack().undo();
    CHECK(all<Contribution>(w.plan()).isEmpty());
    CHECK(tab->model()->rowCount() == 0);
}

TEST_CASE("a plan file's contributions are read on a worker: the tab shows at once and the rows follow, in order")
{
    PeopleWindow w;
    for (int day = 1; day <= 3; ++day) {
        const Id member = day == 2 ? w.ana : w.ben;
        REQUIRE_OK(w.plan().add(Contribution{0, member, QDate(2026, 3, day), ContributionKind::Post, {}, {}, {}}));
    }
    ContributionsTab *tab = w.page->contributions();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.showTab(tab);
    // The first show returns while the worker still reads: nothing on show yet, the busy bar up.
    CHECK(tab->isLoading());
    CHECK(tab->model()->rowCount() == 0);
    CHECK(child<QWidget>(*tab, QStringLiteral("contribution-busy"))->isVisible());
    // A contribution logged meanwhile is not lost: the rows are read again.
    REQUIRE(w.stack()
                .run(new AddEntityCommand<Contribution>(
                    w.plan(), Contribution{0, w.ana, QDate(2026, 3, 9), ContributionKind::Answer, {}, {}, {}},
                    QStringLiteral("Log a contribution")))
                .ok());
    REQUIRE(QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10000));
    CHECK_FALSE(child<QWidget>(*tab, QStringLiteral("contribution-busy"))->isVisible());
    REQUIRE(tab->table()->model()->rowCount() == 4);
    const auto cell = [tab](int row, int column) {
        return tab->table()->model()->index(row, column).data().toString();
    };
    CHECK(cell(0, ContributionModel::DateColumn) == formatDate(QDate(2026, 3, 9))); // newest first
    CHECK(cell(3, ContributionModel::DateColumn) == formatDate(QDate(2026, 3, 1)));

    // The header sorts the rows; a contribution logged later goes to its place, and undo takes it away.
    tab->table()->sortByColumn(ContributionModel::MemberColumn, Qt::AscendingOrder);
    CHECK(cell(0, ContributionModel::MemberColumn) == QStringLiteral("Ana Souza"));
    CHECK(cell(1, ContributionModel::MemberColumn) == QStringLiteral("Ana Souza"));
    CHECK(cell(3, ContributionModel::MemberColumn) == QStringLiteral("Ben Okafor"));
    REQUIRE(w.stack()
                .run(new AddEntityCommand<Contribution>(
                    w.plan(), Contribution{0, w.ana, QDate(2026, 1, 9), ContributionKind::Story, {}, {}, {}},
                    QStringLiteral("Log a contribution")))
                .ok());
    CHECK(tab->model()->rowCount() == 5);
    CHECK(cell(2, ContributionModel::MemberColumn) == QStringLiteral("Ana Souza"));
    CHECK(cell(2, ContributionModel::DateColumn) == formatDate(QDate(2026, 1, 9)));
    // A member renamed: the rows that name them follow, to their new place.
    const Member ana = w.plan().get<Member>(w.ana).value();
    Member renamed = ana;
    renamed.name = QStringLiteral("Zoe Souza");
    REQUIRE(w.stack().run(new EditEntityCommand<Member>(w.plan(), ana, renamed, QStringLiteral("Rename"))).ok());
    CHECK(cell(0, ContributionModel::MemberColumn) == QStringLiteral("Ben Okafor"));
    CHECK(cell(4, ContributionModel::MemberColumn) == QStringLiteral("Zoe Souza"));
    w.stack().undo();
    CHECK(cell(0, ContributionModel::MemberColumn) == QStringLiteral("Ana Souza"));
    w.stack().undo();
    CHECK(tab->model()->rowCount() == 4);
    w.stack().undo();
    CHECK(tab->model()->rowCount() == 3);
    CHECK(all<Contribution>(w.plan()).size() == 3);
}

TEST_CASE("a kind's weight is changed for the plan in one undo step, and the log shows the new weight")
{
    PeopleWindow w;
    REQUIRE_OK(w.plan().add(Contribution{0, w.ana, QDate(2026, 2, 4), ContributionKind::Post, {}, {}, {}}));
    ContributionsTab *tab = w.showContributions();
    const auto before = all<ContributionWeight>(w.plan());
    const int oldWeight = tab->model()->weightOf(ContributionKind::Post);
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *post = dialog->findChild<QSpinBox *>(QStringLiteral("weight-post"));
            CHECK(post != nullptr);
            if (post)
                post->setValue(7);
        })});
        QTest::mouseClick(child<QPushButton>(*tab, QStringLiteral("contribution-weights")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(tab->model()->weightOf(ContributionKind::Post) == 7);
    CHECK(tab->model()->index(0, ContributionModel::WeightColumn).data().toInt() == 7);
    bool stored = false;
    for (const ContributionWeight &weight : all<ContributionWeight>(w.plan()))
        stored |= weight.kind == ContributionKind::Post && weight.weight == 7;
    CHECK(stored);
    w.stack().undo();
    CHECK(all<ContributionWeight>(w.plan()) == before);
    CHECK(tab->model()->weightOf(ContributionKind::Post) == oldWeight);
}

TEST_CASE("recognising a member lists the recognition, and undo takes it away")
{
    PeopleWindow w;
    ContributionsTab *tab = w.showContributions();
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *member = dialog->findChild<QComboBox *>(QStringLiteral("member-choice"));
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("recognition-reason"));
            CHECK((member && reason));
            if (!(member && reason))
                return;
            member->setCurrentIndex(member->findText(QStringLiteral("Ana Souza")));
            reason->setText(QStringLiteral("Hosted three case clinics"));
        })});
        QTest::mouseClick(child<QPushButton>(*tab, QStringLiteral("recognition-add")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto recognitions = all<Recognition>(w.plan());
    REQUIRE(recognitions.size() == 1);
    CHECK(recognitions[0].memberId == w.ana);
    auto *list = child<QTableWidget>(*tab, QStringLiteral("recognition-table"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 1)->text() == QStringLiteral("Ana Souza"));
    CHECK(list->item(0, 2)->text() == QStringLiteral("Hosted three case clinics"));
    w.stack().undo();
    CHECK(all<Recognition>(w.plan()).isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return list->rowCount() == 0; }));
}

TEST_CASE("the attendance sheet lists only the members who missed an event when asked")
{
    PeopleWindow w;
    AttendanceSheet *sheet = w.page->attendanceSheet();
    w.showTab(sheet);
    sheet->setCurrentEvent(w.meeting);
    auto *table = child<QTableView>(*sheet, QStringLiteral("attendance-table"));
    REQUIRE(table->model()->rowCount() == 2);
    child<QCheckBox>(*sheet, QStringLiteral("attendance-missed"))->setChecked(true);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Ben Okafor"));
    // Once Ben is marked present he leaves the list; undo brings him back.
    sheet->mark(w.ben, AttendanceStatus::Present);
    CHECK(table->model()->rowCount() == 0);
    w.stack().undo();
    CHECK(table->model()->rowCount() == 1);
    child<QCheckBox>(*sheet, QStringLiteral("attendance-missed"))->setChecked(false);
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("the attendance matrix shows who came to what with each member's rate and each event's turnout, read off the "
          "window's thread")
{
    PeopleWindow w;
    // A second held meeting: Ana present but for 10 of 60 minutes (not credited), Ben absent.
    Event second;
    second.title = QStringLiteral("Webinar");
    second.start = QDateTime(QDate(2026, 3, 3), QTime(10, 0));
    second.durationMinutes = 60;
    second.status = EventStatus::Held;
    const Id webinar = w.plan().add(second).value();
    REQUIRE_OK(w.plan().add(Attendance{0, webinar, w.ana, AttendanceStatus::Present, 10, {}}));
    REQUIRE_OK(w.plan().add(Attendance{0, webinar, w.ben, AttendanceStatus::Absent, {}, {}}));

    AttendanceMatrixTab *tab = w.page->attendanceMatrix();
    w.showTab(tab);
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab->setPeriod(QDate(2026, 1, 1), QDate(2026, 6, 30));
    // A plan file's matrix is read on a worker thread: the tab answers at once, with a busy bar.
    CHECK(tab->isLoading());
    CHECK(child<QWidget>(*tab, QStringLiteral("matrix-busy"))->isVisible());
    REQUIRE(QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10000));
    CHECK_FALSE(child<QWidget>(*tab, QStringLiteral("matrix-busy"))->isVisible());
    AttendanceMatrixModel *model = tab->model();
    REQUIRE(model->matrix().events.size() == 2);
    REQUIRE(model->rowCount() == 3); // Ana, Ben, turnout
    const auto rowOf = [&](const QString &name) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AttendanceMatrixModel::NameColumn).data().toString() == name)
                return row;
        }
        FAIL("no row for " << name.toStdString());
        return -1;
    };
    const int ana = rowOf(QStringLiteral("Ana Souza"));
    const int ben = rowOf(QStringLiteral("Ben Okafor"));
    const int first = AttendanceMatrixModel::FirstEventColumn;
    CHECK(model->index(ana, first).data().toString() == QStringLiteral("✓"));
    CHECK(model->index(ana, first + 1).data().toString() == QStringLiteral("○"));
    CHECK(model->index(ben, first).data().toString().isEmpty());
    CHECK(model->index(ben, first + 1).data().toString() == QStringLiteral("✗"));
    CHECK(model->index(ana, AttendanceMatrixModel::RateColumn).data().toString() == formatPercent(0.5));
    CHECK(model->index(ben, AttendanceMatrixModel::RateColumn).data().toString() == formatPercent(0.0));
    const int turnout = model->turnoutRow();
    CHECK(model->index(turnout, first).data().toString() == formatPercent(0.5));
    CHECK(model->index(turnout, first + 1).data().toString() == formatPercent(0.0));

    // The turnout row stays last when the members are sorted the other way.
    tab->table()->sortByColumn(AttendanceMatrixModel::NameColumn, Qt::DescendingOrder);
    QAbstractItemModel *view = tab->table()->model();
    CHECK(view->index(view->rowCount() - 1, 0).data().toString() == QStringLiteral("Turnout"));
    CHECK(view->index(0, 0).data().toString() == QStringLiteral("Ben Okafor"));

    // Marking Ben present at the webinar (typed in, minutes unknown) is credited: the matrix follows.
    REQUIRE_OK(w.plan().update([&] {
        Attendance row = w.plan().listWhere<Attendance>(QStringLiteral("member_id"), w.ben).value().first();
        row.status = AttendanceStatus::Present;
        return row;
    }()));
    REQUIRE(QTest::qWaitFor([&] {
        return model->index(rowOf(QStringLiteral("Ben Okafor")), first + 1).data().toString() == QStringLiteral("✓");
    }));
    CHECK(model->index(model->turnoutRow(), first + 1).data().toString() == formatPercent(0.5));
}

TEST_CASE("the attendance sheet sorts by name, case ignored, and namesakes by their organisation")
{
    PeopleWindow w;
    const auto addMember = [&w](const QString &name, const QString &organisation) {
        Member member;
        member.name = name;
        member.organisation = organisation;
        member.joinedDate = QDate(2026, 1, 1);
        return w.plan().add(member).value();
    };
    addMember(QStringLiteral("ana souza"), QStringLiteral("Zeta Trust"));
    addMember(QStringLiteral("Aaron Lee"), {});
    AttendanceSheet *sheet = w.page->attendanceSheet();
    w.showTab(sheet);
    sheet->setCurrentEvent(w.meeting);
    auto *table = child<QTableView>(*sheet, QStringLiteral("attendance-table"));
    table->sortByColumn(AttendanceSheetModel::NameColumn, Qt::AscendingOrder);
    QAbstractItemModel *view = table->model();
    REQUIRE(view->rowCount() == 4);
    QStringList names;
    for (int row = 0; row < view->rowCount(); ++row)
        names << view->index(row, AttendanceSheetModel::NameColumn).data().toString();
    REQUIRE(names.size() == 4);
    CHECK(names.at(0) == QStringLiteral("Aaron Lee"));
    CHECK(names.at(1) == QStringLiteral("Ana Souza")); // no organisation nor e-mail to show
    CHECK(names.at(2) == QStringLiteral("ana souza (Zeta Trust)"));
    CHECK(names.at(3) == QStringLiteral("Ben Okafor"));
}
