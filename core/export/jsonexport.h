// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

class QIODevice;

namespace cultivate {

// Writes the whole plan as one JSON object with an array per entity (SPEC §8): community,
// budget_lines, stages (each with checklist), goals (each with measurements), members, series,
// events, imports, attendance, contribution_weights, contributions, resources, surveys (each with
// questions and responses, responses with answers), stories, recognitions. Rows are streamed, so
// a large plan is not held in memory.
Result<void> writePlanJson(const Plan &plan, QIODevice &out);
// The same into a file, written atomically.
Result<void> exportPlanJson(const Plan &plan, const QString &path);

} // namespace cultivate
