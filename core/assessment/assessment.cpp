// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessment.h"

#include "core/storage/plan.h"

namespace cultivate {

namespace {

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

} // namespace

std::pair<QDate, QDate> previousPeriod(const QDate &from, const QDate &to)
{
    const qint64 length = from.daysTo(to) + 1;
    return {from.addDays(-length), from.addDays(-1)};
}

Assessment assess(const MetricsData &data, const MetricsOptions &options, const QDate &today,
                  const std::atomic_bool *cancelled)
{
    Assessment a;
    a.today = today;
    a.settings = HealthSettings::fromRows(data.settings);
    a.current = computeMetrics(data, options, today);
    if (isCancelled(cancelled))
        return a;

    std::tie(a.previousFrom, a.previousTo) = previousPeriod(a.current.from, a.current.to);
    const QDate planStart = data.community.startDate;
    if (!planStart.isValid() || a.previousTo >= planStart) {
        MetricsOptions previous = options;
        previous.from = a.previousFrom;
        previous.to = a.previousTo;
        a.previous = computeMetrics(data, previous, today);
    }
    if (isCancelled(cancelled))
        return a;

    a.health = HealthCheck::run(data, a.current, a.settings);
    a.stages = stageProgress(data.stages, data.checklist);
    a.currentStage = currentStageIndex(a.stages, today);
    return a;
}

Result<Assessment> assessPlan(const Plan &plan, const MetricsOptions &options, const QDate &today)
{
    auto data = loadMetricsData(plan);
    if (!data.ok())
        return data.error();
    return assess(data.value(), options, today);
}

} // namespace cultivate
