// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen: its pages, the read-only notice, refreshing on changes, the
// welcome page, the recent plans and the new-community dialog. Widgets are found by objectName.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/lifecycle/stageguide.h"
#include "ui/common/formatting.h"
#include "ui/common/infobar.h"
#include "ui/common/planpage.h"
#include "ui/common/recentfiles.h"
#include "ui/lifecycle/checklistview.h"
#include "ui/lifecycle/stagecard.h"
#include "ui/mainwindow.h"
#include "ui/welcome/newcommunitydialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

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
    auto *domain = child<QPlainTextEdit>(window, QStringLiteral("charter-domain"));
    CHECK(domain->toPlainText().isEmpty());
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

TEST_CASE("updating the community refreshes the charter page, the title, and the overview when it is shown")
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
    CHECK(child<QPlainTextEdit>(window, QStringLiteral("charter-domain"))->toPlainText() == changed.domain);
    CHECK(window.windowTitle() == QStringLiteral("Data Practitioners — Cultivate"));
    // A page another page hides only notes the change, and catches up as it is shown.
    auto *overviewName = child<QLabel>(window, QStringLiteral("overview-name"));
    QTest::qWait(20);
    CHECK(overviewName->text() == CommunityName);
    showPage(window, QStringLiteral("page-overview"));
    CHECK(overviewName->text() == changed.name);
    CHECK(child<QLabel>(window, QStringLiteral("overview-domain"))->text() == changed.domain);
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

TEST_CASE("a long domain wraps onto more lines from its beginning, and a long budget item shows its beginning")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    window.resize(900, 700);
    showOffscreen(window);
    showPage(window, QStringLiteral("page-charter"));

    auto community = window.plan()->community();
    REQUIRE_OK(community);
    Community changed = community.value();
    changed.domain = QStringLiteral("Turning the data our organisations hold into sound evidence: data quality, "
                                    "analysis and statistical methods, visualisation, open data publishing and the "
                                    "responsible use of personal data in public services.");
    REQUIRE_OK(window.plan()->update(changed));
    const QString label = QStringLiteral("Venue hire, facilitation, speakers' travel and catering for the three "
                                         "regional workshops of the spring and the autumn");
    REQUIRE_OK(window.plan()->add(BudgetLine{0, label, 4800.0, {}, 1}));

    auto *domain = child<QPlainTextEdit>(window, QStringLiteral("charter-domain"));
    REQUIRE(QTest::qWaitFor([&] { return domain->toPlainText() == changed.domain; }));
    QApplication::processEvents();
    const int line = domain->fontMetrics().lineSpacing();
    CHECK(domain->height() >= 2 * line);
    // Its first and last characters are both in view: the field grew to the text.
    QTextCursor cursor(domain->document());
    CHECK(domain->cursorRect(cursor).top() >= 0);
    cursor.movePosition(QTextCursor::End);
    CHECK(domain->cursorRect(cursor).bottom() <= domain->viewport()->height());

    QLineEdit *budgetItem = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (auto *edit : window.findChildren<QLineEdit *>())
            if (edit->objectName().startsWith(QStringLiteral("budget-label-")))
                budgetItem = edit;
        return budgetItem != nullptr;
    }));
    CHECK(budgetItem->cursorPosition() == 0);
    CHECK(budgetItem->toolTip() == label);
    CHECK(child<QLineEdit>(window, QStringLiteral("charter-name"))->cursorPosition() == 0);
}

TEST_CASE("every date field writes dates as the rest of the window does, and a typed date is the date set")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    showOffscreen(window);
    for (const QString &page : {QStringLiteral("page-charter"), QStringLiteral("page-lifecycle")}) {
        showPage(window, page);
        QApplication::processEvents();
    }
    const auto dateEdits = window.findChildren<QDateEdit *>();
    REQUIRE(dateEdits.size() >= 4);
    for (QDateEdit *edit : dateEdits) {
        INFO(edit->objectName().toStdString());
        CHECK(edit->displayFormat() == dateFormat());
        CHECK(edit->text() == formatDate(edit->date()));
    }

    showPage(window, QStringLiteral("page-charter"));
    auto *start = child<QDateEdit>(window, QStringLiteral("charter-startDate"));
    start->setFocus();
    // Tab into the field selects its whole text, which the typing replaces.
    QTest::keyClick(start, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(start, formatDate(QDate(2026, 2, 11)));
    QTest::keyClick(start, Qt::Key_Tab);
    INFO("typed into " << start->text().toStdString());
    CHECK(start->date() == QDate(2026, 2, 11));
    auto community = window.plan()->community();
    REQUIRE_OK(community);
    CHECK(community.value().startDate == QDate(2026, 2, 11));

    start->setFocus();
    QTest::keyClick(start, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(start, formatDate(QDate(2026, 3, 5)));
    QTest::keyClick(start, Qt::Key_Tab);
    CHECK(start->date() == QDate(2026, 3, 5));
}

TEST_CASE("every page's content starts at the one page margin")
{
    isolateSettings();
    PlanFile file;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    window.resize(1000, 700);
    showOffscreen(window);
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        QApplication::processEvents();
        INFO(page->objectName().toStdString());
        // The leftmost text of the page (its title) starts at the page margin.
        int left = page->width();
        for (auto *label : page->findChildren<QLabel *>())
            if (label->isVisible() && !label->text().isEmpty())
                left = qMin(left, label->mapTo(page, QPoint(0, 0)).x());
        CHECK(left == PlanPage::pageMargins(page).left());
    }
}

TEST_CASE("the charter opens another plan at its top")
{
    isolateSettings();
    PlanFile file;
    PlanFile other;
    MainWindow window;
    REQUIRE_OK(window.openPlan(file.path));
    window.resize(900, 500);
    showOffscreen(window);
    showPage(window, QStringLiteral("page-charter"));
    auto *scroll = child<QScrollArea>(window, QStringLiteral("charter-scroll"));
    REQUIRE(QTest::qWaitFor([&] { return scroll->verticalScrollBar()->maximum() > 0; }));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    REQUIRE(scroll->verticalScrollBar()->value() > 0);

    REQUIRE_OK(window.openPlan(other.path));
    showPage(window, QStringLiteral("page-charter"));
    QApplication::processEvents();
    CHECK(scroll->verticalScrollBar()->value() == 0);
}
