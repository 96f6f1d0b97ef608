// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

namespace cultivate {

enum class PlanTemplate { OneYear, Empty };

struct NewPlanOptions {
    QString name{};
    QDate start{}; // default: today
    PlanTemplate layout = PlanTemplate::OneYear;
    QString timeZone{}; // default: the system's
};

// Creates a plan file with the five stages, their built-in checklists, the default contribution
// weights and, for the one-year template, a dated first year (SPEC §4).
Result<std::unique_ptr<Plan>> createPlan(const QString &path, const NewPlanOptions &options,
                                         const Clock &clock = Clock::system());
Result<std::unique_ptr<Plan>> createPlanInMemory(const NewPlanOptions &options, const Clock &clock = Clock::system());

// What createPlan() writes after the community record; usable inside a Plan::create seeder.
Result<void> seedPlan(Plan &plan, const NewPlanOptions &options);

} // namespace cultivate
