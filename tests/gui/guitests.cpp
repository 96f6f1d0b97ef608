// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen: its pages, the read-only notice, refreshing on changes, the
// welcome page, the recent plans and the new-community dialog. Widgets are found by objectName.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/lifecycle/stageguide.h"
#include "ui/common/infobar.h"
#include "ui/common/recentfiles.h"
#include "ui/lifecycle/checklistview.h"
#include "ui/lifecycle/stagecard.h"
#include "ui/mainwindow.h"
#include "ui/welcome/newcommunitydialog.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const QString CommunityName = QStringLiteral("Data Practice");

// A plan file made the way "New community" makes it, and closed again so that a window can open it.
struct PlanFile {
    QTemporaryDir dir;
    QString path;

    explicit PlanFile(const QDate &start = QDate(2026, 1, 5))
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("data-practice.cop"));
        auto created = createPlan(path, NewPlanOptions{CommunityName, start, PlanTemplate::OneYear});
        REQUIRE_OK(created);
    }
};

void showOffscreen(MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

QStringList builtInTitles(StageKind stage)
{
    QStringList titles;
    for (const BuiltInItem &item : builtInChecklist()) {
        if (item.stage == stage)
            titles << item.title;
    }
    return titles;
}

StageCard *stageCard(const QWidget &window, StageKind kind)
{
    return child<StageCard>(window, QStringLiteral("stage-") + enumKey(kind));
}

} // namespace

TEST_CASE("the window title names the open community")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    CHECK(window.plan() == nullptr);
    REQUIRE_OK(window.openPlan(file.path));
    REQUIRE(window.plan() != nullptr);
    CHECK(window.windowTitle() == QStringLiteral("Data Practice — Cultivate"));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
}

TEST_CASE("every sidebar entry shows its own page")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);

    const QStringList expected{QStringLiteral("overview"), QStringLiteral("charter"),   QStringLiteral("lifecycle"),
                               QStringLiteral("schedule"), QStringLiteral("people"),    QStringLiteral("resources"),
                               QStringLiteral("evaluate"), QStringLiteral("dashboard"), QStringLiteral("reports")};
    auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    REQUIRE(navigation->count() == expected.size());
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        INFO("row " << row << ": " << navigation->item(row)->text().toStdString());
        CHECK(page->objectName() == QStringLiteral("page-") + expected.at(row));
        CHECK(page->isVisible());
        CHECK_FALSE(navigation->item(row)->text().isEmpty());
        CHECK_FALSE(navigation->item(row)->icon().isNull());
    }
}

TEST_CASE("the charter page edits the community's name and says which fields are not written yet")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    showPage(window, QStringLiteral("page-charter"));

    CHECK(child<QLabel>(window, QStringLiteral("charter-title"))->text() == CommunityName);
    CHECK(child<QLineEdit>(window, QStringLiteral("charter-name"))->text() == CommunityName);
    auto *domain = child<QLineEdit>(window, QStringLiteral("charter-domain"));
    CHECK(domain->text().isEmpty());
    CHECK(domain->placeholderText() == QStringLiteral("Not written yet"));
    auto *rules = child<QPlainTextEdit>(window, QStringLiteral("charter-groundRules"));
    CHECK(rules->toPlainText().isEmpty());
    CHECK(rules->placeholderText() == QStringLiteral("Not written yet"));
    CHECK(child<QDateEdit>(window, QStringLiteral("charter-startDate"))->date() == QDate(2026, 1, 5));
}

TEST_CASE("the charter page lists the budget with its total and the goals with their targets")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    showPage(window, QStringLiteral("page-charter"));
    auto *budget = child<QWidget>(window, QStringLiteral("charter-budget"));
    CHECK(budget->findChild<QLabel *>(QStringLiteral("charter-budget-total")) == nullptr);

    REQUIRE_OK(window.plan()->add(BudgetLine{0, QStringLiteral("Facilitation time"), 4800.0, {}, 1}));
    REQUIRE_OK(window.plan()->add(BudgetLine{0, QStringLiteral("Workshop catering"), 650.5, {}, 2}));
    Goal goal;
    goal.title = QStringLiteral("Active members");
    goal.baseline = 0;
    goal.target = 40;
    goal.unit = QStringLiteral("members");
    goal.dueDate = QDate(2026, 12, 31);
    REQUIRE_OK(window.plan()->add(goal));

    REQUIRE(QTest::qWaitFor([&] { return budget->findChild<QLabel *>(QStringLiteral("charter-budget-total")); }));
    CHECK(budget->findChild<QLabel *>(QStringLiteral("charter-budget-total"))->text() ==
          QLocale().toString(5450.5, 'f', 2));
    auto *target = child<QLabel>(window, QStringLiteral("charter-goal-target"));
    CHECK(target->text().contains(QStringLiteral("40 members")));
    CHECK(target->text().contains(QStringLiteral("2026")));
}

TEST_CASE("the lifecycle page shows five stages and the built-in checklist of the selected stage")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    showPage(window, QStringLiteral("page-lifecycle"));

    const auto cards = window.findChildren<StageCard *>();
    REQUIRE(cards.size() == 5);
    int checked = 0;
    for (StageCard *card : cards) {
        CHECK(card->isVisible());
        CHECK_FALSE(card->accessibleName().isEmpty());
        checked += card->isChecked() ? 1 : 0;
    }
    CHECK(checked == 1);

    auto *checklist = child<ChecklistView>(window, QStringLiteral("checklist"));
    QTest::mouseClick(stageCard(window, StageKind::Pilot), Qt::LeftButton);
    CHECK(stageCard(window, StageKind::Pilot)->isChecked());
    CHECK(child<QLabel>(window, QStringLiteral("stage-title"))->text() == label(StageKind::Pilot));
    CHECK(checklist->titles() == builtInTitles(StageKind::Pilot));

    QTest::mouseClick(stageCard(window, StageKind::Define), Qt::LeftButton);
    CHECK(checklist->titles() == builtInTitles(StageKind::Define));
    QStringList shown;
    for (const QLabel *title : checklist->findChildren<QLabel *>(QStringLiteral("checklist-item-title")))
        shown << title->text();
    CHECK(shown == builtInTitles(StageKind::Define));
    CHECK(checklist->findChildren<QLabel *>(QStringLiteral("checklist-item-guidance")).size() == shown.size());
}

TEST_CASE("a stage in progress past its planned end is the current stage and is marked overdue")
{
    isolateSettings();
    // A plan that starts next month, so that no stage is overdue until the test makes one so.
    PlanFile file(QDate::currentDate().addMonths(1));
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    showPage(window, QStringLiteral("page-lifecycle"));
    for (StageKind kind : enumValues<StageKind>())
        CHECK_FALSE(stageCard(window, kind)->isOverdue());
    CHECK(stageCard(window, StageKind::Define)->isCurrent());

    const QDate today = window.plan()->clock().today();
    auto stages = window.plan()->list<Stage>();
    REQUIRE_OK(stages);
    Stage pilot = stages.value().at(1);
    REQUIRE(pilot.kind == StageKind::Pilot);
    pilot.status = StageStatus::InProgress;
    pilot.plannedStart = today.addDays(-40);
    pilot.plannedEnd = today.addDays(-10);
    REQUIRE_OK(window.plan()->update(pilot));

    REQUIRE(QTest::qWaitFor([&] { return stageCard(window, StageKind::Pilot)->isCurrent(); }));
    CHECK(stageCard(window, StageKind::Pilot)->isOverdue());
    CHECK_FALSE(stageCard(window, StageKind::Define)->isCurrent());
    CHECK_FALSE(stageCard(window, StageKind::Launch)->isOverdue());
    CHECK(stageCard(window, StageKind::Pilot)->accessibleDescription().contains(QStringLiteral("overdue")));
}

TEST_CASE("a plan that another Plan holds opens read-only, with the reason in a notice")
{
    isolateSettings();
    PlanFile file;
    auto holder = Plan::open(file.path);
    REQUIRE_OK(holder);
    REQUIRE_FALSE(holder.value()->isReadOnly());

    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    REQUIRE(window.plan()->isReadOnly());
    CHECK(window.windowTitle().contains(CommunityName));
    CHECK(window.windowTitle().contains(QStringLiteral("[read-only]")));

    auto *bar = child<InfoBar>(window, QStringLiteral("read-only-bar"));
    CHECK(bar->isVisible());
    CHECK_FALSE(window.plan()->readOnlyReason().isEmpty());
    CHECK(bar->text() == window.plan()->readOnlyReason());
    CHECK(child<QLabel>(*bar, QStringLiteral("info-bar-text"))->isVisible());
}

TEST_CASE("a plan nobody else holds shows no read-only notice")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    CHECK_FALSE(window.plan()->isReadOnly());
    CHECK_FALSE(child<InfoBar>(window, QStringLiteral("read-only-bar"))->isVisible());
}

TEST_CASE("updating the community refreshes the charter page, the overview and the title")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    showPage(window, QStringLiteral("page-charter"));

    auto community = window.plan()->community();
    REQUIRE_OK(community);
    Community changed = community.value();
    changed.name = QStringLiteral("Data Practitioners");
    changed.domain = QStringLiteral("Analytics in public services");
    REQUIRE_OK(window.plan()->update(changed));

    auto *title = child<QLabel>(window, QStringLiteral("charter-title"));
    REQUIRE(QTest::qWaitFor([&] { return title->text() == changed.name; }));
    CHECK(child<QLineEdit>(window, QStringLiteral("charter-domain"))->text() == changed.domain);
    CHECK(child<QLabel>(window, QStringLiteral("overview-name"))->text() == changed.name);
    CHECK(child<QLabel>(window, QStringLiteral("overview-domain"))->text() == changed.domain);
    CHECK(window.windowTitle() == QStringLiteral("Data Practitioners — Cultivate"));
}

TEST_CASE("the welcome page shows when no plan is open, and lists the plans opened before")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    showOffscreen(window);
    auto *root = child<QStackedWidget>(window, QStringLiteral("root"));
    auto *welcome = child<QWidget>(window, QStringLiteral("page-welcome"));
    CHECK(root->currentWidget() == welcome);
    CHECK(welcome->isVisible());
    CHECK(child<QPushButton>(window, QStringLiteral("welcome-new"))->isVisible());
    CHECK(child<QPushButton>(window, QStringLiteral("welcome-open"))->isVisible());
    CHECK(window.windowTitle() == QStringLiteral("Cultivate"));

    REQUIRE_OK(window.openPlan(file.path));
    CHECK(root->currentWidget() != welcome);
    CHECK(child<QWidget>(window, QStringLiteral("page-overview"))->isVisible());

    window.closePlan();
    CHECK(window.plan() == nullptr);
    CHECK(root->currentWidget() == welcome);
    auto *recent = child<QListWidget>(window, QStringLiteral("welcome-recent"));
    REQUIRE(recent->count() == 1);
    CHECK(recent->item(0)->data(Qt::UserRole).toString() == QFileInfo(file.path).canonicalFilePath());
}

TEST_CASE("a window reopens the last plan from the settings")
{
    isolateSettings();
    PlanFile file;
    {
        MainWindow first;
        REQUIRE_OK(first.openPlan(file.path));
    }
    MainWindow second;
    REQUIRE(second.reopenLastPlan());
    REQUIRE(second.plan() != nullptr);
    CHECK(QFileInfo(second.plan()->path()) == QFileInfo(file.path));
}

TEST_CASE("opening a file that does not exist returns an error and keeps the welcome page")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    const QString missing = dir.filePath(QStringLiteral("missing.cop"));
    auto opened = window.openPlan(missing);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.code() == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(missing));
    CHECK(window.plan() == nullptr);
    CHECK(child<QStackedWidget>(window, QStringLiteral("root"))->currentWidget()->objectName() ==
          QStringLiteral("page-welcome"));
    CHECK(recentFiles().isEmpty());
    CHECK_FALSE(window.reopenLastPlan());
}

TEST_CASE("recent plans are kept newest first, once each, at most eight, without missing files")
{
    isolateSettings();
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << dir.filePath(QStringLiteral("plan-%1.cop").arg(i));
        test::writeFile(paths.last(), "x");
    }
    for (const QString &path : std::as_const(paths))
        addRecentFile(path);
    addRecentFile(paths.at(9));
    addRecentFile(dir.filePath(QStringLiteral("./plan-9.cop")));

    QStringList recent = recentFiles();
    REQUIRE(recent.size() == MaxRecentFiles);
    CHECK(recent.first() == QFileInfo(paths.at(9)).canonicalFilePath());
    CHECK(recent.count(recent.first()) == 1);
    CHECK_FALSE(recent.contains(QFileInfo(paths.at(0)).canonicalFilePath()));

    QFile::remove(paths.at(8));
    recent = recentFiles();
    CHECK(recent.size() == MaxRecentFiles - 1);
    CHECK(QSettings().value(QStringLiteral("recentFiles")).toStringList() == recent);
}

TEST_CASE("the new-community dialog asks for a name before it creates anything")
{
    isolateSettings();
    NewCommunityDialog dialog(QDate(2026, 1, 5));
    auto *name = child<QLineEdit>(dialog, QStringLiteral("new-community-name"));
    QPushButton *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(create != nullptr);
    CHECK_FALSE(create->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    CHECK_FALSE(create->isEnabled());
    name->clear();
    QTest::keyClicks(name, CommunityName);
    CHECK(create->isEnabled());

    const NewPlanOptions options = dialog.options();
    CHECK(options.name == CommunityName);
    CHECK(options.start == QDate(2026, 1, 5));
    CHECK(options.layout == PlanTemplate::OneYear);
}

TEST_CASE("every control reachable with the keyboard has a name for screen readers")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    NewCommunityDialog dialog(QDate(2026, 1, 5));
    const auto unnamed = [](const QWidget &top) {
        QStringList missing;
        for (const QWidget *widget : top.findChildren<QWidget *>()) {
            // Qt's own parts (the editor inside a date field) are named through their owner.
            if (!(widget->focusPolicy() & Qt::TabFocus) || widget->window() != &top ||
                widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (!named)
                missing << QStringLiteral("%1 (%2 in %3)")
                               .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                                    widget->parentWidget()
                                        ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                        : QString());
        }
        return missing;
    };
    CHECK(unnamed(window).join(QStringLiteral(", ")) == QString());
    REQUIRE_OK(window.openPlan(file.path));
    CHECK(unnamed(window).join(QStringLiteral(", ")) == QString());
    CHECK(unnamed(dialog).join(QStringLiteral(", ")) == QString());
}
