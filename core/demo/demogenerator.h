// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/storage/plan.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>

namespace cultivate {

struct DemoOptions {
    QString name = QStringLiteral("Data Insight Community of Practice");
    int members = 60; // everyone in the plan, facilitator and sponsors included; 5…1,000,000
    int months = 12;  // length of the plan period; 1…240
    quint32 seed = 1; // the same options and seed give the same plan
    QDate start{};    // default: defaultDemoStart(months, the clock's today)
};

// Reports `done` units of `total`; returning false cancels the generation.
using DemoProgress = std::function<bool(int done, int total)>;

// The first day of the month that makes the plan's last month the one holding `today`: most of the
// period is history (held events, attendance, surveys), the rest of the last month is still planned.
QDate defaultDemoStart(int months, const QDate &today);

// Creates a plan file holding a generated community (SPEC §8 `cultivate demo`): the five stages with
// their checklists, a filled charter, goals, members, events, attendance, contributions, resources,
// surveys, stories and recognitions. Cancelling returns ErrorCode::Cancelled; on any failure the
// file is removed again.
Result<std::unique_ptr<Plan>> createDemoPlan(const QString &path, const DemoOptions &options,
                                             const Clock &clock = Clock::system(), const DemoProgress &progress = {});

// Fills a freshly seeded plan (stages, checklists and weights present, no members yet) inside one
// transaction, with "today" from the plan's clock. Nothing is written on failure or cancel.
Result<void> fillDemo(Plan &plan, const DemoOptions &options, const DemoProgress &progress = {});

} // namespace cultivate
