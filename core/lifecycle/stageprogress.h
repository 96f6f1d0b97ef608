// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

namespace cultivate {

class Plan;

// One stage of the lifecycle with its checklist, as the lifecycle views show it.
struct StageProgress {
    Stage stage{};
    QList<ChecklistItem> items{}; // in checklist order

    int doneCount() const;
    // Done items / items (0…1); 0 for a stage without items.
    double readiness() const;
    // The planned end has passed and the stage is not done.
    bool isOverdue(const QDate &today) const;
};

// The stages in lifecycle order, each with its checklist in order.
QList<StageProgress> stageProgress(const QList<Stage> &stages, const QList<ChecklistItem> &items);
// The plan's stages in lifecycle order, each with its checklist.
Result<QList<StageProgress>> loadStageProgress(const Plan &plan);

// The stage the community is in: the first one in progress; else the first not done whose planned
// dates include today; else the first not done; else the last. -1 when there are no stages.
qsizetype currentStageIndex(const QList<StageProgress> &stages, const QDate &today);

} // namespace cultivate
