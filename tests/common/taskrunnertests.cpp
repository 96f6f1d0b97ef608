// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one helper that runs work off the GUI thread: results come back on the runner's thread, the
// newest start wins, cancelled work is dropped, progress is reported, and destruction waits.
#include "testsupport.h"

#include "core/common/taskrunner.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <optional>

using namespace cultivate;
using namespace cultivate::test;

TEST_CASE("a task's result is delivered on the runner's thread")
{
    TaskRunner runner;
    QThread *workerThread = nullptr;
    std::optional<int> delivered;
    QThread *deliveredOn = nullptr;
    runner.start<int>(
        [&workerThread](TaskControl &) {
            workerThread = QThread::currentThread();
            return 6 * 7;
        },
        [&](int value) {
            delivered = value;
            deliveredOn = QThread::currentThread();
        });
    CHECK(runner.isBusy());
    REQUIRE(waitFor([&] { return delivered.has_value(); }));
    CHECK(*delivered == 42);
    CHECK(deliveredOn == QThread::currentThread());
    CHECK(workerThread != QThread::currentThread());
    CHECK_FALSE(runner.isBusy());
    REQUIRE(waitFor([&] { return !runner.hasWorkers(); }));
    CHECK(runner.runs() == 1);
}

TEST_CASE("a newer start cancels the running work and only the newest result arrives")
{
    TaskRunner runner;
    std::atomic_bool release{false};
    std::atomic_bool firstSawCancel{false};
    QList<int> delivered;
    runner.start<int>(
        [&](TaskControl &control) {
            while (!release)
                QThread::yieldCurrentThread();
            firstSawCancel = control.isCancelled();
            return 1;
        },
        [&](int value) { delivered << value; });
    runner.start<int>([](TaskControl &) { return 2; }, [&](int value) { delivered << value; });
    release = true;
    REQUIRE(waitFor([&] { return !runner.hasWorkers(); }));
    QCoreApplication::processEvents();
    CHECK(delivered == QList<int>{2});
    CHECK(firstSawCancel);
    CHECK(runner.runs() == 2);
}

TEST_CASE("cancelled work is dropped and the runner is no longer busy")
{
    TaskRunner runner;
    QList<bool> busy;
    QObject::connect(&runner, &TaskRunner::busyChanged, [&busy](bool b) { busy << b; });
    bool delivered = false;
    runner.start<int>(
        [](TaskControl &control) {
            while (!control.isCancelled())
                QThread::msleep(1); // the worker's own pace, not the test's synchronisation
            return 0;
        },
        [&delivered](int) { delivered = true; });
    runner.cancel();
    CHECK_FALSE(runner.isBusy());
    REQUIRE(waitFor([&] { return !runner.hasWorkers(); }));
    QCoreApplication::processEvents();
    CHECK_FALSE(delivered);
    CHECK(busy == QList<bool>{true, false});
}

TEST_CASE("progress reported by the work reaches the runner's thread")
{
    TaskRunner runner;
    QList<std::pair<int, int>> seen;
    QObject::connect(&runner, &TaskRunner::progressChanged, [&seen](int done, int total) {
        seen << std::pair{done, total};
    });
    std::atomic_bool release{false};
    bool delivered = false;
    runner.start<int>(
        [&release](TaskControl &control) {
            control.setProgress(3, 10);
            while (!release)
                QThread::yieldCurrentThread();
            return 0;
        },
        [&delivered](int) { delivered = true; });
    REQUIRE(waitFor([&] { return !seen.isEmpty(); }));
    CHECK(seen.first() == std::pair{3, 10});
    CHECK(runner.progressDone() == 3);
    release = true;
    REQUIRE(waitFor([&] { return delivered; }));
}

TEST_CASE("destroying a runner cancels its work and waits for the worker to end")
{
    std::atomic_bool ended{false};
    {
        TaskRunner runner;
        runner.start<int>(
            [&ended](TaskControl &control) {
                while (!control.isCancelled())
                    QThread::yieldCurrentThread();
                ended = true;
                return 0;
            },
            [](int) {});
    }
    CHECK(ended);
}

TEST_CASE("work run here is delivered before runHere returns and drops the work on a worker")
{
    TaskRunner runner;
    bool workerDelivered = false;
    runner.start<int>(
        [](TaskControl &control) {
            while (!control.isCancelled())
                QThread::msleep(1);
            return 1;
        },
        [&workerDelivered](int) { workerDelivered = true; });
    QThread *ranOn = nullptr;
    std::optional<int> delivered;
    runner.runHere<int>(
        [&ranOn](TaskControl &) {
            ranOn = QThread::currentThread();
            return 7;
        },
        [&delivered](int value) { delivered = value; });
    CHECK(delivered == 7);
    CHECK(ranOn == QThread::currentThread());
    CHECK_FALSE(runner.isBusy());
    REQUIRE(waitFor([&] { return !runner.hasWorkers(); }));
    QCoreApplication::processEvents();
    CHECK_FALSE(workerDelivered);
}

TEST_CASE("work asked to stop still delivers what it returns")
{
    TaskRunner runner;
    std::optional<QString> delivered;
    runner.start<QString>(
        [](TaskControl &control) {
            while (!control.isCancelled())
                QThread::msleep(1);
            return QStringLiteral("stopped half way");
        },
        [&delivered](QString how) { delivered = how; });
    runner.requestStop();
    CHECK(runner.isBusy()); // until the work has said how it ended
    REQUIRE(waitFor([&] { return delivered.has_value(); }));
    CHECK(*delivered == QStringLiteral("stopped half way"));
    CHECK_FALSE(runner.isBusy());
}
