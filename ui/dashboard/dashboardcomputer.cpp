// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardcomputer.h"

#include "core/storage/plan.h"

#include <QThread>

namespace cultivate {

namespace {

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

// The clock of a worker: the GUI thread's "today", fixed for the computation.
class TodayClock final : public Clock {
public:
    explicit TodayClock(const QDate &today)
        : m_now(today, QTime(12, 0))
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace

std::shared_ptr<DashboardSnapshot> computeDashboard(MetricsData data, const MetricsOptions &options, const QDate &today,
                                                    const std::atomic_bool *cancelled)
{
    auto snapshot = std::make_shared<DashboardSnapshot>();
    snapshot->assessment = assess(data, options, today, cancelled);
    if (isCancelled(cancelled))
        return nullptr;
    snapshot->data = std::move(data);
    return snapshot;
}

struct DashboardComputer::Job {
    quint64 generation = 0;
    QString path{};
    MetricsOptions options{};
    QDate today{};
    std::atomic_bool cancelled{false};
    DashboardSnapshotPtr result{};

    void run()
    {
        const TodayClock clock(today);
        auto plan = Plan::open(path, OpenMode::ReadOnly, clock);
        if (!plan.ok()) {
            auto failed = std::make_shared<DashboardSnapshot>();
            failed->error = plan.error().message;
            result = failed;
            return;
        }
        auto data = loadMetricsData(*plan.value());
        if (!data.ok()) {
            auto failed = std::make_shared<DashboardSnapshot>();
            failed->error = data.error().message;
            result = failed;
            return;
        }
        if (cancelled)
            return;
        auto snapshot = computeDashboard(std::move(data).value(), options, today, &cancelled);
        if (snapshot && !cancelled) {
            const Metrics &m = snapshot->current();
            snapshot->lastYear = readLastYear(*plan.value(), m.from, m.to, options.includeEveryone, today);
        }
        result = snapshot;
    }
};

DashboardComputer::DashboardComputer(QObject *parent)
    : QObject(parent)
{
}

DashboardComputer::~DashboardComputer()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void DashboardComputer::start(const Plan &plan, const MetricsOptions &options, const QDate &today)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    job->path = plan.path();
    job->options = options;
    job->today = today;
    m_current = job;

    if (plan.path() == QLatin1String(":memory:") || plan.path().isEmpty()) {
        // An in-memory database cannot be opened a second time: compute here.
        auto data = loadMetricsData(plan);
        if (data.ok()) {
            job->result = computeDashboard(std::move(data).value(), options, today);
        } else {
            auto failed = std::make_shared<DashboardSnapshot>();
            failed->error = data.error().message;
            job->result = failed;
        }
        finish(job);
        return;
    }

    setBusy(true);
    QThread *thread = QThread::create([job] { job->run(); });
    thread->setObjectName(QStringLiteral("dashboard-metrics"));
    m_threads.append(thread);
    // finished() is emitted on the worker thread; this queued connection delivers on the GUI thread.
    connect(
        thread, &QThread::finished, this,
        [this, thread, job] {
            m_threads.removeOne(thread);
            thread->deleteLater();
            ++m_workerRuns;
            finish(job);
        },
        Qt::QueuedConnection);
    thread->start(QThread::LowPriority);
}

void DashboardComputer::cancel()
{
    if (m_current)
        m_current->cancelled = true;
    m_current.reset();
    ++m_generation;
    setBusy(false);
}

void DashboardComputer::finish(const std::shared_ptr<Job> &job)
{
    if (job != m_current || job->cancelled || !job->result)
        return; // stale: a newer computation started, or the plan was closed
    m_current.reset();
    setBusy(false);
    emit computed(job->result);
}

void DashboardComputer::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace cultivate
