// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard page on the hand-worked metrics fixture (figures in tests/metrics/metricstests.cpp):
// the key figures, the window selector, recomputation off the GUI thread after an edit, the health
// panel and the click-through to the members behind a figure. Widgets are found by objectName.
#include "guisupport.h"
#include "testsupport.h"

#include "metricsfixture.h"

#include "core/assessment/assessment.h"
#include "core/charts/chartlabels.h"
#include "core/demo/demogenerator.h"
#include "ui/commands/planundostack.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/healthpanel.h"
#include "ui/dashboard/kpicard.h"
#include "ui/mainwindow.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QString kpi(const DashboardPage &page, const char *key)
{
    return child<KpiCard>(page, QStringLiteral("dashboard-kpi-") + QLatin1String(key))->value();
}

QString kpiChange(const DashboardPage &page, const char *key)
{
    return child<KpiCard>(page, QStringLiteral("dashboard-kpi-") + QLatin1String(key))->change();
}

// Waits until the page shows a snapshot and nothing newer is being computed.
void waitForFigures(DashboardPage &page)
{
    REQUIRE(QTest::qWaitFor([&] { return page.snapshot() && !page.isComputing(); }, 10000));
}

// The fixture copied into a plan file (VACUUM INTO keeps application_id and user_version), opened with the fixture's
// clock, so that the dashboard computes on a worker thread with its own read-only connection.
struct FixtureFile {
    test::MetricsFixture fixture;
    QTemporaryDir dir;
    std::unique_ptr<Plan> plan;

    FixtureFile()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("fixture.cop"));
        QSqlQuery copy(fixture.plan->database());
        INFO(copy.lastError().text().toStdString());
        REQUIRE(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
        auto opened = Plan::open(path, OpenMode::ReadWrite, fixture.clock);
        REQUIRE_OK(opened);
        plan = std::move(opened).value();
    }
};

QBarSet *barSet(const DashboardPage &page, const char *chart, int index)
{
    QChart *c = child<QChartView>(page, QStringLiteral("dashboard-chart-") + QLatin1String(chart))->chart();
    for (QAbstractSeries *series : c->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            REQUIRE(index < bars->count());
            return bars->barSets().at(index);
        }
    }
    FAIL("no bar series in " << chart);
    return nullptr;
}

} // namespace

TEST_CASE("the key figures of the plan year match the hand-worked fixture")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.setPlan(f.plan.get());
    waitForFigures(page);

    CHECK(page.window() == DashboardPage::Window::PlanYear);
    CHECK(kpi(page, "members") == QStringLiteral("7"));
    CHECK(kpi(page, "events") == QStringLiteral("4"));
    CHECK(kpi(page, "attendances") == QStringLiteral("10"));
    CHECK(kpi(page, "reach") == QStringLiteral("71%"));           // 5 of 7
    CHECK(kpi(page, "attendance-rate") == QStringLiteral("40%")); // (0.75 + 1 + 1/3 + 0.5 + 0.25) / 7
    // April is still running: the latest complete month, March, is the headline (named on the card).
    CHECK(kpi(page, "active-month") == QStringLiteral("3")); // March: Ana, Ben, Gus
    CHECK(child<KpiCard>(page, QStringLiteral("dashboard-kpi-active-month"))->caption() ==
          QStringLiteral("Active in March 2026"));
    CHECK(kpi(page, "stickiness") == QStringLiteral("50%")); // 3 of Ana, Ben, Cai, Dee, Gus, Hal
    CHECK(kpi(page, "conversion") == QStringLiteral("75%"));
    // The previous 105 days lie before the plan's start.
    CHECK(kpiChange(page, "members") == QStringLiteral("first period of the plan"));
    // An in-memory plan cannot be opened twice: it is computed on the GUI thread.
    CHECK(page.computer().workerRuns() == 0);
    auto *reach = child<KpiCard>(page, QStringLiteral("dashboard-kpi-reach"));
    CHECK(reach->accessibleName().contains(QStringLiteral("Reach: 71%")));
}

TEST_CASE("choosing this month recomputes and compares with the fifteen days before")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.setPlan(f.plan.get());
    waitForFigures(page);
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);

    child<QComboBox>(page, QStringLiteral("dashboard-window"))->setCurrentIndex(int(DashboardPage::Window::ThisMonth));
    waitForFigures(page);
    REQUIRE(shown.count() >= 1);
    CHECK(page.snapshot()->current().from == QDate(2026, 4, 1));
    CHECK(page.snapshot()->current().to == QDate(2026, 4, 15));
    CHECK(page.snapshot()->assessment.previousFrom == QDate(2026, 3, 17));
    CHECK(page.snapshot()->assessment.previousTo == QDate(2026, 3, 31));
    CHECK(kpi(page, "events") == QStringLiteral("1")); // E5; E4 in March was cancelled
    CHECK(kpiChange(page, "events") == QStringLiteral("+1 on the previous period"));
    CHECK(kpi(page, "attendances") == QStringLiteral("2")); // Ana and Ben at E5
}

TEST_CASE("a window without events shows a clear empty state instead of charts")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.setPlan(f.plan.get());
    waitForFigures(page);
    page.setCustomWindow(QDate(2026, 1, 1), QDate(2026, 1, 5));
    waitForFigures(page);
    CHECK(page.window() == DashboardPage::Window::Custom);
    CHECK(kpi(page, "events") == QStringLiteral("0"));
    CHECK(child<QLabel>(page, QStringLiteral("dashboard-empty"))->isVisibleTo(&page));
    CHECK(child<QLabel>(page, QStringLiteral("dashboard-empty"))->text().contains(QStringLiteral("No events held")));
    CHECK_FALSE(child<QWidget>(page, QStringLiteral("dashboard-charts"))->isVisibleTo(&page));
}

TEST_CASE("the health panel shows core's verdict and the fixture's flags with evidence and advice")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.setPlan(f.plan.get());
    waitForFigures(page);
    auto *health = child<HealthPanel>(page, QStringLiteral("dashboard-health"));
    const Assessment expected = assess(f.data(), {}, f.clock.today());
    QStringList rules;
    for (const HealthFlag &flag : health->report().flags)
        rules << flag.rule;
    QStringList expectedRules;
    for (const HealthFlag &flag : expected.health.flags)
        expectedRules << flag.rule;
    CHECK(rules == expectedRules);
    CHECK(rules.contains(QStringLiteral("no_shared_repertoire")));
    CHECK(health->verdictText() == expected.health.headline());
    CHECK(health->verdictText().startsWith(QStringLiteral("Watch:")));
    CHECK_FALSE(health->verdictText().contains(QStringLiteral("no warning signs")));
    auto *repertoire = child<QWidget>(*health, QStringLiteral("dashboard-health-no_shared_repertoire"));
    CHECK(repertoire->accessibleName().contains(QStringLiteral("104 days")));
    CHECK(repertoire->accessibleName().startsWith(QStringLiteral("No shared repertoire")));
}

TEST_CASE("clicking a figure or a bar lists the members behind it")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPlan(f.plan.get());
    waitForFigures(page);
    // Before a click the panel only says how to fill it (no "Nobody" above the hint).
    REQUIRE(page.detailsLines().size() == 1);
    CHECK(page.detailsLines().first().startsWith(QStringLiteral("Click a figure")));

    QTest::mouseClick(child<KpiCard>(page, QStringLiteral("dashboard-kpi-reach")), Qt::LeftButton);
    CHECK(page.detailsLines() == QStringList{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cai"),
                                             QStringLiteral("Dee"), QStringLiteral("Gus")});

    // January's bar of active members: Ana, Ben, Dee (credited) and Hal (a post).
    emit barSet(page, "active", 0)->clicked(0);
    CHECK(page.detailsTitle().contains(QStringLiteral("January 2026")));
    CHECK(page.detailsLines() ==
          QStringList{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Dee"), QStringLiteral("Hal")});
    // February's newcomers: Cai.
    emit barSet(page, "active", 1)->clicked(1);
    CHECK(page.detailsLines() == QStringList{QStringLiteral("Cai")});
    // The core members over the window: Ben.
    emit barSet(page, "participation", 0)->clicked(0);
    CHECK(page.detailsLines() == QStringList{QStringLiteral("Ben")});

    // The events behind "events held", with their credited attendees.
    child<KpiCard>(page, QStringLiteral("dashboard-kpi-events"))->setFocus();
    QTest::keyClick(child<KpiCard>(page, QStringLiteral("dashboard-kpi-events")), Qt::Key_Return);
    REQUIRE(page.detailsLines().size() == 4);
    CHECK(page.detailsLines().first().contains(QStringLiteral("E1")));
    CHECK(page.detailsLines().first().contains(QStringLiteral("3 of 6")));
}

TEST_CASE("the charts carry the metrics and mark the expected participation bands")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.setPlan(f.plan.get());
    waitForFigures(page);
    for (const char *key : {"turnout", "active", "participation", "flows", "concentration", "checkins", "goals"}) {
        auto *view = child<QChartView>(page, QStringLiteral("dashboard-chart-") + QLatin1String(key));
        INFO(key);
        CHECK_FALSE(view->accessibleName().isEmpty());
        CHECK_FALSE(view->chart()->series().isEmpty());
    }
    CHECK(barSet(page, "active", 0)->at(0) == 4);
    int bands = 0;
    for (QAbstractSeries *series :
         child<QChartView>(page, QStringLiteral("dashboard-chart-participation"))->chart()->series())
        bands += series->objectName() == QLatin1String("expected-band");
    CHECK(bands == 2);
    // Core 1 of 7 (14%) is within 10–15%; active 3 of 7 (43%) is above 15–20%: marked as outside.
    auto *note = child<QLabel>(page, QStringLiteral("dashboard-note-participation"));
    CHECK(note->text().contains(QStringLiteral("above")));
    CHECK(note->property("outsideBands").toBool());
    CHECK_FALSE(child<QLabel>(page, QStringLiteral("dashboard-chart-retention"))->pixmap().isNull());
}

TEST_CASE("an edit to a plan file is recomputed on a worker thread after a short pause")
{
    FixtureFile file;
    DashboardPage page;
    page.setPlan(file.plan.get());
    waitForFigures(page);
    CHECK(kpi(page, "active-month") == QStringLiteral("3"));
    CHECK(page.computer().workerRuns() == 1);

    QSignalSpy busy(&page.computer(), &DashboardComputer::busyChanged);
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);
    // Eve, so far peripheral, posts in March, the latest complete month: she becomes active in it.
    REQUIRE_OK(file.plan->add(Contribution{
        0, file.fixture.members.value(QStringLiteral("Eve")), QDate(2026, 3, 14), ContributionKind::Post, {}, {}, {}}));
    CHECK(kpi(page, "active-month") == QStringLiteral("3")); // nothing is computed inside the edit
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 10000);
    CHECK(kpi(page, "active-month") == QStringLiteral("4"));
    CHECK(page.computer().workerRuns() == 2);
    REQUIRE(busy.count() == 2);
    CHECK(busy.at(0).at(0).toBool());
    CHECK_FALSE(busy.at(1).at(0).toBool());
}

TEST_CASE("a burst of edits gives one recomputation and stale results are dropped")
{
    FixtureFile file;
    DashboardPage page;
    page.setPlan(file.plan.get());
    waitForFigures(page);
    const int runsBefore = page.computer().workerRuns();
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);

    for (const char *name : {"Eve", "Hal", "Ana"}) {
        REQUIRE_OK(file.plan->add(Contribution{0,
                                               file.fixture.members.value(QLatin1String(name)),
                                               QDate(2026, 4, 14),
                                               ContributionKind::Post,
                                               {},
                                               {},
                                               {}}));
    }
    QCoreApplication::processEvents(); // the page takes the burst in: one recomputation pending
    // Two window changes in a row: only the second one's result is shown.
    page.setWindow(DashboardPage::Window::ThisMonth);
    page.setWindow(DashboardPage::Window::ThisQuarter);
    waitForFigures(page);
    // Every worker, the dropped ones included, has handed back its result: nothing more can come.
    REQUIRE(QTest::qWaitFor([&] { return !page.computer().hasWorkers(); }, 10000));
    QCoreApplication::processEvents();
    CHECK(shown.count() == 1);
    CHECK(page.snapshot()->current().from == QDate(2026, 4, 1)); // this quarter: Q2
    CHECK(page.computer().workerRuns() - runsBefore >= 1);
    // April is still running: it feeds no headline, and the chart counts its days so far.
    CHECK(kpi(page, "active-month") == QStringLiteral("–"));
    CHECK(page.snapshot()->current().latestCompleteMonth == -1);
    CHECK(page.snapshot()->current().activeByMonth == QList<int>{5}); // Ana, Ben, Cai, Eve, Hal
}

TEST_CASE("closing the plan cancels a running computation")
{
    FixtureFile file;
    DashboardPage page;
    page.setPlan(file.plan.get());
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);
    REQUIRE(page.isComputing());
    page.setPlan(nullptr);
    CHECK_FALSE(page.isComputing());
    // The cancelled worker finishes on its own; its result is dropped.
    REQUIRE(QTest::qWaitFor([&] { return !page.computer().hasWorkers(); }, 10000));
    QCoreApplication::processEvents();
    CHECK(shown.isEmpty());
    CHECK(page.snapshot() == nullptr);
    CHECK(kpi(page, "members") == QStringLiteral("–"));
}

TEST_CASE("the main window's dashboard computes a demo plan's figures once it is shown")
{
    static const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.cop"));
    {
        DemoOptions options;
        options.members = 40;
        auto created = createDemoPlan(path, options);
        REQUIRE_OK(created);
    }
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    auto *page = child<DashboardPage>(window, QStringLiteral("page-dashboard"));
    // Nothing is computed for a page the window does not show: no pause pending, no worker.
    QCoreApplication::processEvents();
    CHECK_FALSE(page->isComputing());
    CHECK_FALSE(page->computer().hasWorkers());
    CHECK(page->snapshot() == nullptr);
    CHECK(page->computer().workerRuns() == 0);
    pages->setCurrentWidget(page);
    waitForFigures(*page);
    CHECK(page->computer().workerRuns() >= 1);
    CHECK(kpi(*page, "members") != QStringLiteral("–"));
    CHECK(kpi(*page, "events").toInt() > 0);
    CHECK_FALSE(child<QChartView>(*page, QStringLiteral("dashboard-chart-turnout"))->chart()->series().isEmpty());
    window.closePlan();
    CHECK(page->snapshot() == nullptr);
}

TEST_CASE("every focusable dashboard control has a name for screen readers")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.setPlan(f.plan.get());
    waitForFigures(page);
    QStringList missing;
    for (const QWidget *widget : page.findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->accessibleName().isEmpty()) {
            const QWidget *parent = widget->parentWidget();
            missing << QStringLiteral("%1 (%2) in %3 (%4)")
                           .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                                parent ? parent->objectName() : QString(),
                                parent ? QString::fromLatin1(parent->metaObject()->className()) : QString());
        }
    }
    CHECK(missing.join(QStringLiteral(", ")) == QString());
}

TEST_CASE("the health thresholds are changed in a dialog, in one undo step, and the verdict follows")
{
    test::MetricsFixture f;
    PlanUndoStack stack;
    DashboardPage page;
    page.setPlan(f.plan.get());
    page.setUndoStack(&stack);
    waitForFigures(page);
    auto *health = child<HealthPanel>(page, QStringLiteral("dashboard-health"));
    const auto fires = [&](const char *rule) {
        for (const HealthFlag &flag : health->report().flags) {
            if (flag.rule == QLatin1String(rule))
                return true;
        }
        return false;
    };
    REQUIRE(fires("no_shared_repertoire")); // no resource in the 104 days since the plan started

    {
        ModalDriver driver({answerDialog(QStringLiteral("health-settings-dialog"), [](QDialog &dialog) {
            child<QDoubleSpinBox>(dialog, QStringLiteral("health-setting-repertoire_days"))->setValue(120);
        })});
        QTest::mouseClick(child<QPushButton>(*health, QStringLiteral("dashboard-health-settings")), Qt::LeftButton);
        REQUIRE(driver.finished());
    }
    REQUIRE(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Change the health check's thresholds"));
    const auto rows = f.plan->list<PlanSetting>().value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().key == QStringLiteral("health.repertoire_days"));
    CHECK(rows.first().value == 120);
    REQUIRE(QTest::qWaitFor([&] { return !page.isComputing() && !fires("no_shared_repertoire"); }, 10000));

    stack.undo();
    CHECK(f.plan->list<PlanSetting>().value().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !page.isComputing() && fires("no_shared_repertoire"); }, 10000));
    stack.redo();
    CHECK(f.plan->list<PlanSetting>().value().size() == 1);
}

TEST_CASE("the dashboard's monthly and quarterly axes are core's labels, and an empty chart says so")
{
    test::MetricsFixture f;
    DashboardPage page;
    page.resize(1200, 900);
    page.setPlan(f.plan.get());
    waitForFigures(page);
    const Metrics &m = page.snapshot()->current();
    const auto labelsOf = [&page](const char *key) {
        QChart *c = child<QChartView>(page, QStringLiteral("dashboard-chart-") + QLatin1String(key))->chart();
        QAbstractAxis *axis = c->axes(Qt::Horizontal).value(0);
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
        if (auto *marks = qobject_cast<QCategoryAxis *>(axis))
            return marks->categoriesLabels();
        return QStringList();
    };
    QList<QDate> months;
    for (const QString &key : m.months)
        months << monthFromKey(key);
    QList<QDate> quarters;
    for (const QuarterLevels &q : m.levelsByQuarter)
        quarters << quarterFromKey(q.label);
    const QStringList active = labelsOf("active");
    REQUIRE_FALSE(active.isEmpty());
    CHECK(active == labelTexts(monthLabels(months, int(active.size()))));
    CHECK(active.first() == monthLabel(QDate(2026, 1, 1)));
    const QStringList levels = labelsOf("participation");
    REQUIRE_FALSE(levels.isEmpty());
    CHECK(levels == labelTexts(quarterLabels(quarters, int(levels.size()))));
    CHECK(levels.first() == QStringLiteral("2026 Q1"));
    const QStringList turnout = labelsOf("turnout");
    CHECK(QSet<QString>(turnout.begin(), turnout.end()).size() == turnout.size());
    // The fixture has members and activity, so only charts without data carry a message.
    QChart *flows = child<QChartView>(page, QStringLiteral("dashboard-chart-flows"))->chart();
    CHECK(flows->property("emptyMessage").toString().isEmpty());
}
