// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace cultivate {

// What a piece of background work sees: whether it should stop, and how far it has got.
class TaskControl {
public:
    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled = true; }
    // From the worker thread: `done` units of `total` (total 0: not known).
    void setProgress(int done, int total)
    {
        m_total = total;
        m_done = done;
    }
    int done() const { return m_done.load(); }
    int total() const { return m_total.load(); }
    // The flag itself, for code that polls an atomic (core's loaders, SQLite's progress handler).
    const std::atomic_bool *flag() const { return &m_cancelled; }

private:
    std::atomic_bool m_cancelled{false};
    std::atomic_int m_done{0};
    std::atomic_int m_total{0};
};

// The one way Cultivate runs work off the GUI thread. A runner does one piece of work at a time on
// a worker thread of its own and hands the result back on the thread the runner lives on, through
// its event loop. start() while work runs cancels that work: its result is dropped, only the newest
// is delivered. While busy, progress is reported every 100 ms. The work must not touch objects of
// the runner's thread (a plan's connection belongs to the thread that opened it: open another).
class TaskRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override; // cancels, and waits for every worker thread to end

    // Runs `work` on a worker thread; `done` gets its result on this runner's thread unless the
    // work was cancelled or replaced in the meantime.
    template <class T> void start(std::function<T(TaskControl &)> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        auto control = std::make_shared<TaskControl>();
        launch(
            control, [work = std::move(work), result, control] { result->emplace(work(*control)); },
            [done = std::move(done), result] {
                if (*result)
                    done(std::move(**result));
            });
    }

    // Runs `work` at once on this thread and hands its result to `done` before returning: for work
    // that cannot move to another thread (an in-memory plan). What ran before is dropped, as by start().
    template <class T> void runHere(std::function<T(TaskControl &)> work, std::function<void(T)> done)
    {
        cancel();
        TaskControl control;
        done(work(control));
    }

    // Drops the running work: its result is never delivered. The worker stops at its next check.
    void cancel();
    // Asks the running work to stop at its next check, and still delivers what it then returns (work
    // that must say how it ended, such as a file it was writing).
    void requestStop();
    // True from start() until the result is delivered or the work is cancelled.
    bool isBusy() const { return m_current != nullptr; }
    // True while any worker thread, even a cancelled one, has not ended (tests, and shutdown).
    bool hasWorkers() const { return m_workers > 0; }
    // How many pieces of work ended on a worker thread, delivered or not (tests).
    int runs() const { return m_runs; }
    // The running work's progress, as last reported.
    int progressDone() const;
    int progressTotal() const;

signals:
    void busyChanged(bool busy);
    void progressChanged(int done, int total);

private:
    struct Job;
    void launch(std::shared_ptr<TaskControl> control, std::function<void()> work, std::function<void()> deliver);
    void finished(const std::shared_ptr<Job> &job, QThread *thread);
    void setBusy(bool busy);
    void reportProgress();

    std::shared_ptr<Job> m_current{};
    QList<QThread *> m_threads{};
    QList<std::shared_ptr<Job>> m_jobs{}; // every job whose thread has not ended
    QTimer *m_progress = nullptr;
    int m_workers = 0;
    int m_runs = 0;
    bool m_busy = false;
    int m_lastDone = -1;
    int m_lastTotal = -1;
};

} // namespace cultivate
