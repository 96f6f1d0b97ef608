#pragma once

#include "common/result.h"
#include "model/entities.h"

#include <QHash>

#include <climits>
#include <vector>

namespace cultivate {

class Plan;

// A compact, read-only snapshot of everything the metrics need, loaded in one pass per table.
// Dates are Julian day numbers; references are indexes into the vectors, not database ids.
struct MetricsData {
    struct MemberRow {
        Id id = 0;
        QString name;
        Role role = Role::Member;
        qint64 joined = LLONG_MIN;  // unknown joined date: a member from the start
        qint64 left = LLONG_MAX;    // no left date: still a member
        int organisation = -1;      // index into organisations, -1 when empty
        bool consentReport = false;
    };
    struct EventRow {
        Id id = 0;
        QString title;
        qint64 day = 0;
        int durationMinutes = 0;
        EventKind kind = EventKind::Meeting;
        EventStatus status = EventStatus::Planned;
        int stage = -1;  // index into stages
    };
    struct AttendanceRow {
        int event = 0;
        int member = 0;
        bool present = false;  // the snapshot holds present rows only; absence never credits
        int minutes = -1;      // -1: unknown
    };
    struct ContributionRow {
        int member = 0;
        qint64 day = 0;
        ContributionKind kind = ContributionKind::Post;
        int weight = 1;
    };
    struct ResponseRow {
        Id surveyId = 0;
        Id memberId = 0;  // 0: anonymous
        int code = -1;    // distinct anonymous respondent code (case and spaces ignored), -1: none
    };
    struct AnswerRow {
        int question = 0;  // index into questions
        int response = 0;  // index into responses
        double number = 0;
        bool hasNumber = false;
        bool hasText = false;
    };

    Community community;
    std::vector<MemberRow> members;
    QStringList organisations;
    std::vector<EventRow> events;
    std::vector<AttendanceRow> attendance;
    std::vector<ContributionRow> contributions;
    QList<Stage> stages;
    QList<ChecklistItem> checklist;
    QList<Goal> goals;
    QList<GoalMeasurement> measurements;
    QList<Survey> surveys;
    QList<Question> questions;
    std::vector<ResponseRow> responses;
    std::vector<AnswerRow> answers;
    QList<qint64> resourceDays;     // added dates
    QList<qint64> recognitionDays;
    QList<qint64> storyDays;
    QHash<Id, int> memberIndex;     // database id -> index
};

// Loads the snapshot from the plan's connection (call it on the thread that owns the plan).
Result<MetricsData> loadMetricsData(const Plan &plan);

// Julian day of an ISO 8601 date or date-time text ("YYYY-MM-DD…"); `fallback` when empty.
qint64 dayOf(const char *iso, qint64 fallback);

}  // namespace cultivate
