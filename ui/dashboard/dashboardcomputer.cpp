// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardcomputer.h"

#include "core/storage/plantask.h"

namespace cultivate {

std::shared_ptr<DashboardSnapshot> computeDashboard(MetricsData data, const MetricsOptions &options, const QDate &today,
                                                    const std::atomic_bool *cancelled)
{
    auto snapshot = std::make_shared<DashboardSnapshot>();
    snapshot->assessment = assess(data, options, today, cancelled);
    if (cancelled && cancelled->load())
        return nullptr;
    snapshot->data = std::move(data);
    return snapshot;
}

DashboardComputer::DashboardComputer(QObject *parent)
    : QObject(parent)
    , m_runner(new TaskRunner(this))
{
    connect(m_runner, &TaskRunner::busyChanged, this, &DashboardComputer::busyChanged);
}

DashboardComputer::~DashboardComputer() = default; // the runner cancels and waits for its workers

void DashboardComputer::start(const Plan &plan, const MetricsOptions &options, const QDate &today)
{
    startOnPlan<DashboardSnapshotPtr>(
        *m_runner, plan,
        [options, today](const Plan &source, TaskControl &control) -> DashboardSnapshotPtr {
            auto data = loadMetricsData(source);
            if (!data.ok()) {
                auto failed = std::make_shared<DashboardSnapshot>();
                failed->error = data.error().message;
                return failed;
            }
            if (control.isCancelled())
                return nullptr;
            auto snapshot = computeDashboard(std::move(data).value(), options, today, control.flag());
            if (snapshot && !control.isCancelled()) {
                const Metrics &m = snapshot->current();
                snapshot->lastYear = readLastYear(source, m.from, m.to, options.includeEveryone, today);
            }
            return snapshot;
        },
        [this](Result<DashboardSnapshotPtr> result) {
            if (!result.ok()) {
                auto failed = std::make_shared<DashboardSnapshot>();
                failed->error = result.error().message;
                emit computed(failed);
            } else if (result.value()) {
                emit computed(result.value());
            }
        });
}

void DashboardComputer::cancel()
{
    m_runner->cancel();
}

bool DashboardComputer::isBusy() const
{
    return m_runner->isBusy();
}

int DashboardComputer::workerRuns() const
{
    return m_runner->runs();
}

bool DashboardComputer::hasWorkers() const
{
    return m_runner->hasWorkers();
}

} // namespace cultivate
