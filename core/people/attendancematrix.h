// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace cultivate {

class Plan;

// Members against the events held in a period, with each member's attendance rate and each event's
// turnout as SPEC §5 defines them: credited = present and, when minutes are known, at least the
// plan's threshold share of the event's duration; a member's rate counts the events held while
// they were a member; an event's turnout counts members (not facilitators or sponsors) on its date.
struct AttendanceMatrix {
    QList<Member> members{}; // every member, as the plan lists them
    QList<Event> events{};   // held events starting in the period, by start
    double threshold = 0.5;  // the plan's share of an event's duration that counts as attended

    // The attendance row of member `m` at event `e` (indexes into members and events), if recorded.
    std::optional<Attendance> cell(qsizetype m, qsizetype e) const;
    bool credited(const Attendance &attendance, const Event &event) const;
    bool wasMemberAt(qsizetype m, qsizetype e) const;
    // Credited events / events held while a member; nullopt when none was held while a member.
    std::optional<double> memberRate(qsizetype m) const;
    // Credited counted members / counted members on the event's date; nullopt when there were none.
    std::optional<double> eventTurnout(qsizetype e) const;

    QHash<Id, QHash<Id, Attendance>> rows{}; // member id -> event id -> row
};

// The matrix for events held from `from` to `to` (an invalid bound is open).
Result<AttendanceMatrix> loadAttendanceMatrix(const Plan &plan, const QDate &from = {}, const QDate &to = {});

} // namespace cultivate
