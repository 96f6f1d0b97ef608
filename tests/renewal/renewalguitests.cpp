// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "core/storage/plan.h"
#include "guisupport.h"
#include "testsupport.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportspage.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cultivate;
using namespace cultivate::test;

TEST_CASE("File > Renew for Another Year makes year two, opens it, and the dashboard compares it with year one")
{
    // The window's "today" is in the new year; year one was generated as of December.
    qputenv("CULTIVATE_TODAY", "2027-03-10");
    REQUIRE(Clock::system().today() == QDate(2027, 3, 10));
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString one = dir.filePath(QStringLiteral("year-one.cop"));
    const QString two = dir.filePath(QStringLiteral("year-two.cop"));
    {
        const FixedClock december(QDateTime(QDate(2026, 12, 4), QTime(9, 0)));
        DemoOptions options;
        options.members = 30;
        options.seed = 3;
        REQUIRE_OK(createDemoPlan(one, options, december));
    }
    const QByteArray before = fileDigest(one);

    MainWindow window;
    REQUIRE_OK(window.openPlan(one));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *renew = child<QAction>(window, QStringLiteral("renew-action"));
    REQUIRE(renew->isEnabled());

    QString suggestedStart;
    ModalDriver driver({[&](QWidget *widget) {
        auto *dialog = qobject_cast<QDialog *>(widget);
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == QStringLiteral("renew-dialog"));
        suggestedStart = child<QDateEdit>(*dialog, QStringLiteral("renew-start"))->date().toString(Qt::ISODate);
        // A label with a mnemonic shows a literal "&" unless it has a buddy.
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            INFO(label->text().toStdString());
            if (label->text().contains(QRegularExpression(QStringLiteral("&[^&\\s]"))))
                CHECK(label->buddy() != nullptr);
        }
        child<QLineEdit>(*dialog, QStringLiteral("renew-path"))->setText(two);
        dialog->accept(); // starts the renewal on a worker thread; the dialog closes when it is done
        REQUIRE(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 60000));
    }});
    renew->trigger();
    CHECK(driver.finished());
    CHECK(suggestedStart == QStringLiteral("2027-01-01"));
    REQUIRE(QFileInfo::exists(two));
    CHECK(fileDigest(one) == before); // year one is left as it was

    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    auto *dashboard = child<DashboardPage>(window, QStringLiteral("page-dashboard"));
    child<QListWidget>(window, QStringLiteral("navigation"))->setCurrentRow(pages->indexOf(dashboard));
    auto *lastYear = child<QLabel>(*dashboard, QStringLiteral("dashboard-last-year"));
    REQUIRE(QTest::qWaitFor(
        [lastYear] { return lastYear->isVisible() && lastYear->text().contains(QStringLiteral("Last year")); }, 60000));
    CHECK(lastYear->text().contains(QStringLiteral("Events held")));
    REQUIRE(window.plan());
    CHECK(QFileInfo(window.plan()->path()) == QFileInfo(two));
    CHECK(!window.plan()->isReadOnly());

    // File > Export > Handover Document opens the Reports page on the handover.
    auto *reports = child<ReportsPage>(window, QStringLiteral("page-reports"));
    child<QAction>(window, QStringLiteral("export-handover-action"))->trigger();
    CHECK(pages->currentWidget() == reports);
    CHECK(reports->kind() == ReportKind::Handover);
    child<QAction>(window, QStringLiteral("export-report-action"))->trigger();
    CHECK(reports->kind() == ReportKind::Stakeholder);

    // With the year-one file gone, the dashboard says so instead of comparing.
    REQUIRE(QFile::rename(one, dir.filePath(QStringLiteral("moved.cop"))));
    window.closePlan();
    REQUIRE_OK(window.openPlan(two));
    child<QListWidget>(window, QStringLiteral("navigation"))->setCurrentRow(pages->indexOf(dashboard));
    REQUIRE(QTest::qWaitFor([lastYear] { return lastYear->text().contains(QStringLiteral("was not found")); }, 60000));
}
