// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/tablescan.h"

#include "core/storage/plan.h"
#include "core/storage/sqlitehandle.h"

namespace cultivate::storage {

sqlite3 *connectionOf(const Plan &plan)
{
    return sqliteHandle(plan.database());
}

const char *scanSql(Scan scan)
{
    switch (scan) {
    case Scan::MetricsMembers:
        return "SELECT id, name, role, joined_date, left_date, organisation, consent_report FROM member ORDER BY id";
    case Scan::MetricsEvents:
        return "SELECT id, title, start, duration_minutes, kind, status, stage_id FROM event ORDER BY start, id";
    case Scan::PresentAttendance:
        return "SELECT event_id, member_id, coalesce(minutes, -1) FROM attendance WHERE status = 'present'";
    case Scan::LastAttendanceId:
        return "SELECT coalesce(max(id), 0) FROM attendance";
    case Scan::ContributionWeights:
        return "SELECT kind, weight FROM contribution_weight";
    case Scan::LastContributionId:
        return "SELECT coalesce(max(id), 0) FROM contribution";
    case Scan::Contributions:
        return "SELECT member_id, date, kind FROM contribution";
    case Scan::ResourceAddedDates:
        return "SELECT added_date FROM resource";
    case Scan::RecognitionDates:
        return "SELECT date FROM recognition";
    case Scan::StoryDates:
        return "SELECT date FROM story";
    case Scan::ResponseSurveys:
        return "SELECT id, survey_id FROM response";
    case Scan::PairedRespondents:
        return "SELECT id, coalesce(member_id, 0), lower(trim(respondent_code)) FROM response "
               "WHERE survey_id IN (SELECT id FROM survey WHERE kind IN ('baseline', 'final')) ORDER BY id";
    case Scan::Answers:
        return "SELECT question_id, response_id, number, text <> '' FROM answer";
    }
    return "";
}

} // namespace cultivate::storage
