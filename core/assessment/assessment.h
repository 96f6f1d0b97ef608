// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/healthcheck.h"
#include "core/assessment/healthsettings.h"
#include "core/lifecycle/stageprogress.h"
#include "core/metrics/metrics.h"

#include <atomic>

namespace cultivate {

class Plan;

// Everything Cultivate judges about a plan for one window, computed once: the figures of the
// window and of the period just before it, the latest complete month, the health flags and their
// verdict, the Wenger band verdicts, where the lifecycle stands, and behind every figure the
// members or events it counts (in Metrics). The dashboard, the Overview, the report, the drafts,
// `stats`, `health` and the benchmark all read their figures and verdicts from it.
struct Assessment {
    QDate today{};
    Metrics current{};
    // The period of the same length that ends the day before the window starts; none when it lies
    // wholly before the plan's start (only its dates are kept then).
    std::optional<Metrics> previous{};
    QDate previousFrom{};
    QDate previousTo{};
    HealthSettings settings{};
    HealthReport health{};
    QList<StageProgress> stages{}; // in lifecycle order
    qsizetype currentStage = -1;   // index into stages, -1 without stages

    const StageProgress *stage() const { return currentStage >= 0 ? &stages.at(currentStage) : nullptr; }
    // Where the share of a level lies against Wenger's expected band (core and active have one).
    std::optional<BandVerdict> band(Level level) const { return bandVerdict(level, current.levelShare(level)); }
};

// The assessment of the snapshot's plan for a window (options may leave from/to empty for the plan
// year so far). `cancelled`, when given, is polled between steps: the result of a cancelled run is
// incomplete and must be dropped.
Assessment assess(const MetricsData &data, const MetricsOptions &options, const QDate &today,
                  const std::atomic_bool *cancelled = nullptr);

// Loads the plan's snapshot and assesses it (on the thread that owns the plan).
Result<Assessment> assessPlan(const Plan &plan, const MetricsOptions &options, const QDate &today);

// The period of the same length that ends the day before [from, to] starts.
std::pair<QDate, QDate> previousPeriod(const QDate &from, const QDate &to);

} // namespace cultivate
