// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Work off the GUI thread from the window's side: a page's refresh after a burst of edits runs once
// and waits while the page is hidden (DeferredRefresh), and a demo community is made on a worker
// while the window keeps turning, and can be cancelled without leaving a file.
#include "guisupport.h"
#include "testsupport.h"

#include "core/storage/plan.h"
#include "ui/common/deferredrefresh.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cultivate;
using namespace cultivate::test;

namespace {

// Demo communities are made in the application's data folder; each test gets one of its own (test
// programs run side by side), through a home folder of its own.
class OwnDataFolder {
public:
    OwnDataFolder()
        : m_oldHome(qgetenv("HOME"))
    {
        REQUIRE(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }
    ~OwnDataFolder() { qputenv("HOME", m_oldHome); }
    OwnDataFolder(const OwnDataFolder &) = delete;
    OwnDataFolder &operator=(const OwnDataFolder &) = delete;

private:
    QTemporaryDir m_home;
    QByteArray m_oldHome;
};

QStringList demoFiles()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return folder.entryList({QStringLiteral("Demo community*.cop")}, QDir::Files);
}

// A main window on screen and its "Open a Demo Community" action.
QAction *demoActionOf(MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *demo = child<QAction>(window, QStringLiteral("demo-action"));
    REQUIRE(demo);
    return demo;
}

} // namespace

TEST_CASE("a burst of scheduled refreshes runs once, after the pause")
{
    QWidget page;
    int runs = 0;
    DeferredRefresh refresh(&page, 30, [&runs] { ++runs; });
    page.show();
    for (int i = 0; i < 5; ++i)
        refresh.schedule();
    CHECK(refresh.isScheduled());
    CHECK(refresh.isPending());
    CHECK(runs == 0);
    QTRY_VERIFY(!refresh.isPending());
    CHECK(runs == 1);
    refresh.runNow();
    CHECK(runs == 2);
}

TEST_CASE("a refresh of a page that is not on show waits until the page is shown")
{
    QStackedWidget stack;
    auto *shown = new QWidget;
    auto *page = new QWidget;
    stack.addWidget(shown);
    stack.addWidget(page);
    stack.setCurrentWidget(shown);
    stack.show();
    int runs = 0;
    int dropped = 0;
    auto *refresh = new DeferredRefresh(
        page, 30, [&runs] { ++runs; }, [&dropped] { ++dropped; });

    refresh->schedule();
    CHECK_FALSE(refresh->isScheduled()); // no pause for a page nobody sees
    CHECK(dropped == 1);
    refresh->runNow();
    QTest::qWait(60);
    CHECK(runs == 0);

    stack.setCurrentWidget(page);
    QTRY_COMPARE(runs, 1); // once, however many changes came while it was hidden
    QTest::qWait(60);
    CHECK(runs == 1);

    SECTION("a refresh forgotten while hidden does not run when shown")
    {
        stack.setCurrentWidget(shown);
        refresh->schedule();
        refresh->cancel();
        stack.setCurrentWidget(page);
        QTest::qWait(60);
        CHECK(runs == 1);
    }
}

TEST_CASE("a demo community is made on a worker while the window keeps turning, then opened")
{
    const OwnDataFolder data;
    CHECK(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(qEnvironmentVariable("HOME")));
    MainWindow window;
    QAction *demo = demoActionOf(window);

    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(5);
    demo->trigger();
    CHECK(window.plan() == nullptr); // still being made
    CHECK_FALSE(demo->isEnabled());  // one at a time
    QTRY_VERIFY_WITH_TIMEOUT(window.plan() != nullptr, 60000);
    CHECK(ticks > 0); // the event loop turned while the worker made it
    CHECK(window.plan()->community().value().name.size() > 0);
    CHECK_FALSE(window.plan()->isReadOnly());
    CHECK(demo->isEnabled());
    CHECK(demoFiles().size() == 1);
    window.closePlan();
}

TEST_CASE("cancelling the demo leaves no plan open and no file behind")
{
    const OwnDataFolder data;
    {
        MainWindow window;
        QAction *demo = demoActionOf(window);
        demo->trigger();
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demo-progress"));
        REQUIRE(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click(); // at once: the worker stops at its first step
        CHECK(demo->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(demo->isEnabled(), 30000);
        QTest::qWait(100);
        CHECK(window.plan() == nullptr);
    } // the window waits for the stopped worker
    CHECK(demoFiles().isEmpty());
}
