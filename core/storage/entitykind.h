// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace cultivate {

// Which kind of record a change notification is about.
enum class EntityKind {
    Community,
    BudgetLine,
    Stage,
    ChecklistItem,
    Goal,
    GoalMeasurement,
    Member,
    Series,
    Event,
    ImportRecord,
    Attendance,
    ContributionWeight,
    Contribution,
    Resource,
    Survey,
    Question,
    Response,
    Answer,
    Story,
    Recognition,
    PlanSetting,
    DeskMark,
    Predecessor,
    CarriedActivity,
};

} // namespace cultivate

Q_DECLARE_METATYPE(cultivate::EntityKind)
