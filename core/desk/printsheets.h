// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

#include <QHash>

namespace cultivate {

class Plan;

// What an event's paper sign-in sheet holds: the event, and the people expected at it — every
// member whose membership covers the event's day (guests aside), and anyone already recorded for
// the event (a guest who came before, a member marked excused) — sorted by name.
struct SignInSheet {
    QString community{};
    Event event{};
    QList<Member> expected{};
};

Result<SignInSheet> loadSignInSheet(const Plan &plan, Id eventId);

// The schedule of a period for printing: the events that start between `from` and `to` (both
// included), cancelled ones too (they are marked), in order of their start.
struct PeriodSchedule {
    QString community{};
    QDate from{};
    QDate to{};
    QList<Event> events{};
    QHash<Id, QString> stageNames{}; // stage id -> the stage's name
};

Result<PeriodSchedule> loadPeriodSchedule(const Plan &plan, const QDate &from, const QDate &to);

} // namespace cultivate
