// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the main window, and every tab of a page, on the demo community and on a new empty
// plan, with the window at 1440×900: no label, button or tab cuts its text, no chart elides a label,
// no page scrolls sideways (textFitProblems() says what is checked).
//
// "2×": tests/gui/CMakeLists.txt runs this program a second time with QT_SCALE_FACTOR=2. Qt then lays
// out in logical pixels at a device pixel ratio of 2: the window is still 1440×900 logical pixels,
// drawn on 2880×1800 device pixels, as on a 2880×1800 laptop screen at 200 %. Text is shaped and
// hinted at twice the resolution, so its logical width differs from 1× by a few pixels, which is
// where a width sized by hand cuts it. A smaller window (a 1440×900 screen at 200 % is 720×450
// logical, and the first window takes nine tenths of it: 648×405) is the narrow-window test at the end.
//
// CULTIVATE_ELISION_SHOTS=FOLDER saves a picture of each page checked, to look at.
#include "guisupport.h"
#include "testsupport.h"
#include "textfit.h"

#include "core/common/clock.h"
#include "core/demo/demogenerator.h"
#include "core/lifecycle/newplan.h"
#include "ui/common/flowlayout.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/people/attendancematrixtab.h"
#include "ui/people/contributionstab.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const QDate Today(2026, 12, 4);

// True while the page, or a tab on show in it, is still computing what it shows.
bool isBusy(const QWidget &page)
{
    if (const auto *overview = qobject_cast<const OverviewPage *>(&page); overview && overview->isComputing())
        return true;
    if (const auto *dashboard = qobject_cast<const DashboardPage *>(&page); dashboard && dashboard->isComputing())
        return true;
    if (const auto *reports = qobject_cast<const ReportsPage *>(&page); reports && reports->isPreviewUpdating())
        return true;
    for (const auto *tab : page.findChildren<AttendanceMatrixTab *>())
        if (tab->isVisible() && tab->isLoading())
            return true;
    for (const auto *tab : page.findChildren<ContributionsTab *>())
        if (tab->isVisible() && tab->isLoading())
            return true;
    return false;
}

// Waits for the page's background work, then for the layout of its result.
void settle(const QWidget &page)
{
    for (int round = 0; round < 2; ++round) {
        QTest::qWait(40);
        REQUIRE(QTest::qWaitFor([&] { return !isBusy(page); }, 60000));
    }
    QCoreApplication::processEvents();
}

void saveShot(MainWindow &window, const QString &name)
{
    const QString folder = qEnvironmentVariable("CULTIVATE_ELISION_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                              ? QStringLiteral("x") + qEnvironmentVariable("QT_SCALE_FACTOR")
                              : QStringLiteral("x1");
    window.grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, scale)));
}

// The window over the plan at `path`, shown at `size` (logical pixels), or its minimum height.
void showWindow(MainWindow &window, const QString &path, const QSize &size)
{
    REQUIRE_OK(window.openPlan(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // After the window has fitted itself to the (small) offscreen screen.
    QCoreApplication::processEvents();
    // No smaller than the window's own minimum (its height, on a short screen).
    const QSize shown = size.expandedTo(window.minimumSizeHint());
    window.resize(shown);
    QCoreApplication::processEvents();
    INFO("the window's minimum size is " << window.minimumSizeHint().width() << "×"
                                         << window.minimumSizeHint().height());
    REQUIRE(window.size() == shown);
    REQUIRE(window.width() == size.width());
    // The 2× run is drawn at twice the pixels: QT_SCALE_FACTOR took effect.
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        REQUIRE(window.devicePixelRatioF() == Approx(qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()));
}

// Walks every page of the sidebar and every tab of a page's tab widgets; returns one entry per
// place checked that has problems ("plan / page / tab" followed by its problems).
QStringList walkPages(MainWindow &window, const QString &planName)
{
    auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    const auto *workspace = child<QWidget>(window, QStringLiteral("workspace"));
    QStringList failures;
    const auto check = [&](const QString &where) {
        settle(*pages->currentWidget());
        // A page that rearranges itself for its width (the dashboard moves its health panel) may
        // still be between two arrangements on a busy machine: only what stays counts.
        QStringList problems = textFitProblems(*workspace);
        for (int retry = 0; retry < 10 && !problems.isEmpty(); ++retry) {
            QTest::qWait(100);
            problems = textFitProblems(*workspace);
        }
        saveShot(window, QString(where).replace(QStringLiteral(" / "), QStringLiteral("-")));
        if (!problems.isEmpty())
            failures << where + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "));
    };
    REQUIRE(navigation->count() == pages->count());
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        const QString where = planName + QStringLiteral(" / ") + page->objectName();
        check(where);
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int index = 0; index < tabs->count(); ++index) {
                if (index == shown || !tabs->isTabEnabled(index))
                    continue;
                tabs->setCurrentIndex(index);
                check(where + QStringLiteral(" / ") + tabs->objectName() + QLatin1Char('-') + QString::number(index) +
                      QStringLiteral(" ") + tabs->tabText(index).remove(QLatin1Char('&')));
            }
            tabs->setCurrentIndex(shown);
        }
    }
    return failures;
}

struct DemoPlan {
    QTemporaryDir dir;
    QString path;
    DemoPlan()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.cop"));
        DemoOptions options;
        options.seed = 5;
        const FixedClock clock(QDateTime(Today, QTime(9, 0)));
        REQUIRE_OK(createDemoPlan(path, options, clock));
    }
};

struct EmptyPlan {
    QTemporaryDir dir;
    QString path;
    EmptyPlan()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("new.cop"));
        REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Test"), Today, PlanTemplate::OneYear}));
    }
};

void prepare()
{
    // The window's own "today" (Clock::system()) is the demo's.
    qputenv("CULTIVATE_TODAY", Today.toString(Qt::ISODate).toLatin1());
    isolateSettings();
}

} // namespace

TEST_CASE("no page of the demo community cuts its text or scrolls sideways at 1440×900")
{
    prepare();
    DemoPlan plan;
    MainWindow window;
    showWindow(window, plan.path, {1440, 900});
    const QStringList failures = walkPages(window, QStringLiteral("demo"));
    CHECK(failures.join(QLatin1Char('\n')) == QString());
}

TEST_CASE("no page of a new empty plan cuts its text or scrolls sideways at 1440×900")
{
    prepare();
    EmptyPlan plan;
    MainWindow window;
    showWindow(window, plan.path, {1440, 900});
    const QStringList failures = walkPages(window, QStringLiteral("new"));
    CHECK(failures.join(QLatin1Char('\n')) == QString());
}

// A window of 648×405: the first window on a 1440×900 screen at 200 %. No page scrolls sideways or cuts
// its text there: rows of buttons and filters wrap, groups stack, the report's choices stand above its
// preview and the preview shows its pages as wide as the view.
TEST_CASE("no page cuts its text or scrolls sideways in a window of 648×405")
{
    prepare();
    QStringList failures;
    const DemoPlan demo;
    {
        MainWindow window;
        showWindow(window, demo.path, {648, 405});
        failures << walkPages(window, QStringLiteral("demo-narrow"));
    }
    const EmptyPlan empty;
    {
        MainWindow window;
        showWindow(window, empty.path, {648, 405});
        failures << walkPages(window, QStringLiteral("new-narrow"));
    }
    CHECK(failures.join(QLatin1Char('\n')) == QString());
}

TEST_CASE("a flowing row keeps its buttons on one line where they fit and wraps them where they do not")
{
    QWidget row;
    auto *flow = new FlowLayout(&row);
    flow->setSpacing(4);
    QList<QPushButton *> buttons;
    for (const QString &text : {QStringLiteral("New Event…"), QStringLiteral("Cancel Event"), QStringLiteral("Print")})
        buttons << new QPushButton(text, &row);
    for (QPushButton *button : buttons)
        flow->addWidget(button);
    const int oneLine = flow->sizeHint().width();
    CHECK(flow->minimumSize().width() < oneLine);

    row.resize(oneLine, flow->heightForWidth(oneLine));
    row.show();
    QCoreApplication::processEvents();
    CHECK(buttons.at(0)->y() == buttons.at(2)->y());
    CHECK(buttons.at(2)->geometry().right() < oneLine);

    const int narrow = flow->minimumSize().width();
    CHECK(flow->heightForWidth(narrow) > flow->heightForWidth(oneLine));
    row.resize(narrow, flow->heightForWidth(narrow));
    QCoreApplication::processEvents();
    CHECK(buttons.at(1)->y() > buttons.at(0)->y());
    for (QPushButton *button : buttons) {
        CHECK(button->width() >= button->minimumSizeHint().width());
        CHECK(button->geometry().right() < narrow);
    }
}

TEST_CASE("a stacking row puts its second group below the first only when both do not fit side by side")
{
    QWidget row;
    auto *layout = new StackingRow;
    row.setLayout(layout);
    auto *first = new QPushButton(QStringLiteral("Add Resource…"), &row);
    auto *second = new QPushButton(QStringLiteral("Any kind of resource"), &row);
    layout->addWidget(first, 1);
    layout->addWidget(second);
    const int sideBySide = layout->sizeHint().width();
    CHECK(layout->minimumSize().width() < sideBySide);

    row.resize(sideBySide, 100);
    row.show();
    QCoreApplication::processEvents();
    CHECK(first->y() == second->y());

    row.resize(layout->minimumSize().width(), 100);
    QCoreApplication::processEvents();
    CHECK(second->y() > first->y());
    CHECK(second->geometry().right() < row.width());
    // Stacked, it still asks for the width that puts its groups side by side again.
    CHECK(layout->sizeHint().width() == sideBySide);
}
