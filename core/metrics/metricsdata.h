// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

#include <QHash>
#include <QMap>

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
        qint64 joined = LLONG_MIN; // unknown joined date: a member from the start
        qint64 left = LLONG_MAX;   // no left date: still a member
        int organisation = -1;     // index into organisations, -1 when empty
        bool consentReport = false;
    };
    struct EventRow {
        Id id = 0;
        QString title;
        qint64 day = 0;
        int durationMinutes = 0;
        EventKind kind = EventKind::Meeting;
        EventStatus status = EventStatus::Planned;
        int stage = -1; // index into stages
    };
    struct AttendanceRow {
        int event = 0;
        int member = 0;
        bool present = false; // the snapshot holds present rows only; absence never credits
        int minutes = -1;     // -1: unknown
    };
    struct ContributionRow {
        int member = 0;
        qint64 day = 0;
        ContributionKind kind = ContributionKind::Post;
        int weight = 1;
        int month = 0; // year * 12 + month - 1
    };
    // Survey answers do not depend on the window, so they are tallied once while loading.
    struct QuestionTally {
        int answered = 0;            // answers with a number or a text
        int numbers = 0;             // numeric answers (free-text items have none)
        double sum = 0;              // of the numeric answers, in the plan's answer order
        int yes = 0;                 // yes/no items: numeric answers above 0.5
        QMap<int, int> distribution; // rounded numeric answer -> answers
    };
    // A month a member was active in the plan's predecessor (carried by a renewal).
    struct CarriedMonth {
        int member = 0;
        int month = 0; // year * 12 + month - 1
    };
    // A numeric answer to an item with a pair key in a baseline or final survey.
    struct PairedAnswer {
        int question = 0;      // index into questions
        qint64 respondent = 0; // member id, or -1 - n for the n-th distinct anonymous code
        double number = 0;
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
    std::vector<int> responsesPerSurvey;     // parallel to surveys
    std::vector<QuestionTally> tallies;      // parallel to questions
    std::vector<PairedAnswer> pairedAnswers; // in the plan's answer order
    QList<qint64> resourceDays;              // added dates
    QList<qint64> recognitionDays;
    QList<qint64> storyDays;
    QList<PlanSetting> settings; // the plan's settings (health rule thresholds)
    std::vector<CarriedMonth> carried;
    QHash<Id, int> memberIndex; // database id -> index
};

// Plans with at least this many attendance rows read them on a second, read-only connection in
// another thread while the plan's connection reads the rest, inside one read transaction that keeps
// writers out until both are done. In-memory plans, and plans inside a transaction, use one connection.
inline constexpr qint64 ParallelAttendanceRows = 100'000;

// Loads the snapshot from the plan's connection (call it on the thread that owns the plan).
Result<MetricsData> loadMetricsData(const Plan &plan, qint64 parallelFromRows = ParallelAttendanceRows);

// Julian day of an ISO 8601 date or date-time text ("YYYY-MM-DD…"); `fallback` when empty.
qint64 dayOf(const char *iso, qint64 fallback);

} // namespace cultivate
