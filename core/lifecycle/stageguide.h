// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

namespace cultivate {

// A checklist item every new plan starts with, and the short guidance shown beside it.
struct BuiltInItem {
    StageKind stage;
    QString title;
    QString guidance;
};

// The built-in checklist of the five stages, in stage order.
QList<BuiltInItem> builtInChecklist();
// One paragraph on what a stage is for.
QString stageGuidance(StageKind stage);
// The default weight (1…12) of a kind of contribution; the plan's own weights may differ.
int defaultContributionWeight(ContributionKind kind);

} // namespace cultivate
