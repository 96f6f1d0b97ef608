// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/column.h"
#include "core/storage/entitykind.h"

// One specialisation per entity: its table, its change kind and its column descriptors.
namespace cultivate::storage {

template <class T> struct EntityTraits;

#define CULTIVATE_ENTITY(Type, Table, Order)                                                                           \
    template <> struct EntityTraits<Type> {                                                                            \
        static constexpr EntityKind kind = EntityKind::Type;                                                           \
        static QString table() { return QStringLiteral(Table); }                                                       \
        static QString orderBy() { return QStringLiteral(Order); }                                                     \
        static const QList<Column<Type>> &columns();                                                                   \
        static const QList<ChildList<Type>> &children();                                                               \
    };

CULTIVATE_ENTITY(Community, "community", "id")
CULTIVATE_ENTITY(BudgetLine, "budget_line", "position, id")
CULTIVATE_ENTITY(Stage, "stage", "id")
CULTIVATE_ENTITY(ChecklistItem, "checklist_item", "stage_id, position, id")
CULTIVATE_ENTITY(Goal, "goal", "id")
CULTIVATE_ENTITY(GoalMeasurement, "goal_measurement", "goal_id, date, id")
CULTIVATE_ENTITY(Member, "member", "id")
CULTIVATE_ENTITY(Series, "series", "id")
CULTIVATE_ENTITY(Event, "event", "start, id")
CULTIVATE_ENTITY(ImportRecord, "import_record", "id")
CULTIVATE_ENTITY(Attendance, "attendance", "event_id, member_id")
CULTIVATE_ENTITY(ContributionWeight, "contribution_weight", "id")
CULTIVATE_ENTITY(Contribution, "contribution", "date, id")
CULTIVATE_ENTITY(Resource, "resource", "id")
CULTIVATE_ENTITY(Survey, "survey", "date, id")
CULTIVATE_ENTITY(Question, "question", "survey_id, position, id")
CULTIVATE_ENTITY(Response, "response", "survey_id, id")
CULTIVATE_ENTITY(Answer, "answer", "response_id, question_id")
CULTIVATE_ENTITY(Story, "story", "date, id")
CULTIVATE_ENTITY(Recognition, "recognition", "date, id")
CULTIVATE_ENTITY(PlanSetting, "plan_setting", "key")
CULTIVATE_ENTITY(DeskMark, "desk_mark", "item_key")
CULTIVATE_ENTITY(Predecessor, "predecessor", "id")
CULTIVATE_ENTITY(CarriedActivity, "carried_activity", "member_id, month")

#undef CULTIVATE_ENTITY

} // namespace cultivate::storage
