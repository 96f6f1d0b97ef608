// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/taskrunner.h"
#include "core/storage/plan.h"

namespace cultivate {

// Whether `plan` lives in memory only. Such a database cannot be opened a second time, so work on
// it stays on the thread that holds it.
bool isInMemory(const Plan &plan);

// Opens `path` for reading on the calling (worker) thread the way background work does: read-only,
// with the clock fixed at `now`, and without the page check (the window checks the pages of the plan
// it holds). The connection belongs to the calling thread: close it there.
Result<std::unique_ptr<Plan>> openForBackgroundRead(const QString &path, const Clock &clock);

// Runs `work` on `plan` through `runner`, the one way the window reads a plan off the GUI thread:
// - for a plan file, on the runner's worker thread through a read-only connection of its own (see
//   openForBackgroundRead), opened and closed there;
// - for an in-memory plan, at once on this thread with `plan` itself.
// `work` returns a T, or a Result<T> when it can fail; `done` gets that result, or why the file could
// not be opened, on the runner's thread.
// As with TaskRunner::start, work that is cancelled or replaced is never delivered.
template <class T>
void startOnPlan(TaskRunner &runner, const Plan &plan, std::function<Result<T>(const Plan &, TaskControl &)> work,
                 std::function<void(Result<T>)> done)
{
    if (isInMemory(plan)) {
        runner.runHere<Result<T>>([&plan, &work](TaskControl &control) { return work(plan, control); },
                                  std::move(done));
        return;
    }
    runner.start<Result<T>>(
        [path = plan.path(), now = plan.clock().now(), work = std::move(work)](TaskControl &control) -> Result<T> {
            const FixedClock clock(now);
            auto opened = openForBackgroundRead(path, clock);
            if (!opened.ok())
                return opened.error();
            Result<T> result = work(*opened.value(), control);
            opened.value().reset(); // the connection closes on the thread that opened it
            return result;
        },
        std::move(done));
}

} // namespace cultivate
