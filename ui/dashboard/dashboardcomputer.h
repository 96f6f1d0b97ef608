// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessment.h"
#include "core/renewal/lastyear.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cultivate {

class Plan;
class TaskRunner;

// Everything the dashboard shows for one window: the data snapshot (for the names behind a figure)
// and core's assessment of it. Plain values, safe to hand from a worker thread to the GUI.
struct DashboardSnapshot {
    QString error{}; // non-empty when the plan could not be read
    MetricsData data{};
    Assessment assessment{};
    // For a renewed plan, the same stretch of the year before (read from its predecessor).
    std::optional<LastYear> lastYear{};

    const Metrics &current() const { return assessment.current; }
};

using DashboardSnapshotPtr = std::shared_ptr<const DashboardSnapshot>;

// Assesses loaded data for the dashboard. `options` may leave from/to empty for the plan-year
// default. `cancelled`, when given, is polled between steps; a cancelled computation returns nullptr.
std::shared_ptr<DashboardSnapshot> computeDashboard(MetricsData data, const MetricsOptions &options, const QDate &today,
                                                    const std::atomic_bool *cancelled = nullptr);

// Runs computeDashboard for the dashboard through startOnPlan (plantask.h): on a worker thread with
// its own read-only connection for a plan file, on the calling thread for an in-memory plan. Only
// the newest request's result is delivered (computed() on the GUI thread); older ones are dropped.
// Lives on the GUI thread.
class DashboardComputer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardComputer)

public:
    explicit DashboardComputer(QObject *parent = nullptr);
    ~DashboardComputer() override; // cancels and waits for running workers

    void start(const Plan &plan, const MetricsOptions &options, const QDate &today);
    // Drops the running computation, if any: its result is never delivered.
    void cancel();
    bool isBusy() const;
    // How many computations ran on a worker thread (for tests).
    int workerRuns() const;
    // True while a worker thread, even a cancelled one, has not yet handed back its result.
    bool hasWorkers() const;

signals:
    void computed(cultivate::DashboardSnapshotPtr snapshot);
    void busyChanged(bool busy);

private:
    TaskRunner *m_runner = nullptr;
};

} // namespace cultivate
