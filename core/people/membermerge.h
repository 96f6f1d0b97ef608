// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

namespace cultivate {

class Plan;

// What merging one member into another moved, for a message to the user.
struct MemberMergeSummary {
    int attendanceMoved = 0;    // rows that now belong to the kept member
    int attendanceCombined = 0; // events both attended: folded into the kept member's row
    int contributions = 0;
    int recognitions = 0;
    int stories = 0;
    int responses = 0;
    int resources = 0; // resources the merged member was the author of
};

// The kept member's record after `merged` is folded into `kept`: the merged member's name and
// aliases become aliases (no duplicates, never the kept name itself), each empty text or date
// field takes the merged member's value, and notes that both carry are joined. Role and consent
// stay the kept member's: a merge never widens what a person agreed to.
Member mergedMember(const Member &kept, const Member &merged);

// One attendance row from two rows of the same event: present wins over excused, excused over
// absent; the larger known minutes; the kept row's import unless it has none. Keeps `kept`'s ids.
Attendance mergedAttendance(const Attendance &kept, const Attendance &merged);

// Merges member `mergedId` into member `keptId` in one transaction: every attendance row,
// contribution, recognition, story link, survey response and authored resource of the merged
// member moves to the kept one (an event both attended keeps one row, see mergedAttendance), the
// kept member's record becomes mergedMember(), and the merged member is removed. InvalidInput
// when the ids are equal, NotFound when either member does not exist; on any failure nothing
// changes.
Result<MemberMergeSummary> mergeMembers(Plan &plan, Id keptId, Id mergedId);

} // namespace cultivate
