// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

#include <atomic>

namespace cultivate {

struct RenewalOptions {
    QDate start{}; // the new year's first day; default: the day after the plan's end date
};

// What a renewal carried into the new plan.
struct RenewalSummary {
    QString path{};
    QDate start{};
    QDate end{};
    int members = 0;
    int membersLeft = 0; // members who had left and stay behind
    int resources = 0;
    int goals = 0;
    int series = 0;
    int events = 0; // the occurrences of the carried series in the new year
    int checklistItems = 0;
};

// Creates next year's plan at `path` from `source` (SPEC §11): the charter and its budget with the
// new dates, the members who have not left (roles, consent, aliases), the resources, the goals with
// their current value as the new baseline, the repeating series re-dated into the new year, the
// stages and checklists reset, the contribution weights and the plan's settings; the months each
// member was active carry over for "first activity ever" and the stickiness look-back. Attendance,
// contributions, surveys, stories, recognitions and one-off events stay in the old plan, which the
// new one names as its predecessor. The file is created atomically (Plan::create): on any failure
// nothing is left at `path`. `cancelled`, when given, is polled between steps (ErrorCode::Cancelled).
Result<RenewalSummary> renewPlan(const Plan &source, const QString &path, const RenewalOptions &options = {},
                                 const std::atomic_bool *cancelled = nullptr);

// The first day of the year after the plan's: the default start of its renewal.
QDate defaultRenewalStart(const Community &community);

} // namespace cultivate
