// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// startOnPlan, the one way the window reads a plan off the GUI thread: a plan file is read on the
// runner's worker through a read-only connection of its own with the plan's "now", an in-memory plan
// on this thread at once, and a file that cannot be opened comes back as an error.
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/plantask.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <optional>

using namespace cultivate;
using namespace cultivate::test;

namespace {

struct Seen {
    QThread *thread = nullptr;
    const Plan *plan = nullptr;
    bool readOnly = false;
    qsizetype members = 0;
    QDateTime now{};
};

Seen look(const Plan &plan)
{
    Seen seen;
    seen.thread = QThread::currentThread();
    seen.plan = &plan;
    seen.readOnly = plan.isReadOnly();
    seen.members = plan.list<Member>().value().size();
    seen.now = plan.clock().now();
    return seen;
}

Member person(const QString &name)
{
    Member m;
    m.name = name;
    return m;
}

} // namespace

TEST_CASE("work on a plan file runs on a worker through a read-only connection of its own")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
    QTemporaryDir dir;
    auto plan = createPlan(dir.filePath(QStringLiteral("p.cop")), NewPlanOptions{QStringLiteral("Read")}, clock);
    REQUIRE_OK(plan);
    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Ama"))));
    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Bo"))));

    TaskRunner runner;
    std::optional<Result<Seen>> delivered;
    QThread *deliveredOn = nullptr;
    startOnPlan<Seen>(
        runner, *plan.value(), [](const Plan &source, TaskControl &) { return look(source); },
        [&](Result<Seen> seen) {
            delivered = std::move(seen);
            deliveredOn = QThread::currentThread();
        });
    CHECK_FALSE(delivered.has_value()); // not before the worker is done
    REQUIRE(waitFor([&] { return delivered.has_value(); }));
    REQUIRE_OK(*delivered);
    const Seen &seen = delivered->value();
    CHECK(seen.thread != QThread::currentThread());
    CHECK(deliveredOn == QThread::currentThread());
    CHECK(seen.plan != plan.value().get());
    CHECK(seen.readOnly);
    CHECK(seen.members == 2);
    CHECK(seen.now == clock.now());
    CHECK_FALSE(plan.value()->isReadOnly()); // the window's own connection is untouched
}

TEST_CASE("work on an in-memory plan runs here on the plan itself, before startOnPlan returns")
{
    auto plan = createPlanInMemory(NewPlanOptions{QStringLiteral("Memory")});
    REQUIRE_OK(plan);
    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Ama"))));
    TaskRunner runner;
    std::optional<Result<Seen>> delivered;
    startOnPlan<Seen>(
        runner, *plan.value(), [](const Plan &source, TaskControl &) { return look(source); },
        [&](Result<Seen> seen) { delivered = std::move(seen); });
    REQUIRE(delivered.has_value());
    REQUIRE_OK(*delivered);
    CHECK(delivered->value().thread == QThread::currentThread());
    CHECK(delivered->value().plan == plan.value().get());
    CHECK(delivered->value().members == 1);
}

TEST_CASE("a plan file that can no longer be opened, and work that fails, arrive as errors")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.cop"));
    auto plan = createPlan(path, NewPlanOptions{QStringLiteral("Gone")});
    REQUIRE_OK(plan);
    TaskRunner runner;

    SECTION("the file was removed under the open plan")
    {
        REQUIRE(QFile::remove(path));
        std::optional<Result<Seen>> delivered;
        bool worked = false;
        startOnPlan<Seen>(
            runner, *plan.value(),
            [&worked](const Plan &source, TaskControl &) {
                worked = true;
                return look(source);
            },
            [&](Result<Seen> seen) { delivered = std::move(seen); });
        REQUIRE(waitFor([&] { return delivered.has_value(); }));
        CHECK_FALSE(delivered->ok());
        CHECK(delivered->error().message.contains(QStringLiteral("gone.cop")));
        CHECK_FALSE(worked);
    }
    SECTION("the work itself returned an error")
    {
        std::optional<Result<int>> delivered;
        startOnPlan<int>(
            runner, *plan.value(),
            [](const Plan &, TaskControl &) -> Result<int> {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("no"));
            },
            [&](Result<int> value) { delivered = std::move(value); });
        REQUIRE(waitFor([&] { return delivered.has_value(); }));
        REQUIRE_FALSE(delivered->ok());
        CHECK(delivered->code() == ErrorCode::InvalidInput);
    }
}
