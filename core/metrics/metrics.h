// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/level.h"
#include "core/metrics/metricsdata.h"

#include <QJsonObject>
#include <QMap>

#include <array>
#include <optional>

namespace cultivate {

struct MetricsOptions {
    QDate from{};                 // default: the plan's start date
    QDate to{};                   // default: today, or the plan's end date when that is earlier
    bool includeEveryone = false; // count facilitators and sponsors too
};

struct EventTurnout {
    Id eventId = 0;
    QString title{};
    QDate date{};
    int credited = 0;      // credited attendees among counted members
    int membersAtDate = 0; // counted members on the event's date
    double turnout = 0;    // credited / membersAtDate (0 when nobody was a member)
};

struct MemberFigures {
    int member = 0;      // index into MetricsData::members
    int credited = 0;    // credited attendances in the window
    int eligible = 0;    // events held in the window while a member
    int weight = 0;      // contribution weight in the window
    bool hosted = false; // hosted, presented or mentored in the window
    Level level = Level::Peripheral;
    std::optional<double> attendanceRate{};
};

struct LevelFlow {
    QString from{}; // quarter labels, e.g. "2026-Q1"
    QString to{};
    // Per level of the earlier quarter (core…peripheral): members who moved up, held, moved down.
    std::array<int, 4> up{};
    std::array<int, 4> held{};
    std::array<int, 4> down{};
};

struct QuarterLevels {
    QString label{};
    std::array<int, 5> counts{};
};

struct RetentionCohort {
    QString month{}; // "YYYY-MM" of first activity
    int size = 0;
    QList<double> shares{}; // k = 0, 1, 2…: share of the cohort active k months later
};

struct QuestionFigures {
    Id id = 0;
    QString text{};
    QuestionType type = QuestionType::Likert;
    int answered = 0;
    std::optional<double> mean{};
    QMap<int, int> distribution{};    // answer value -> responses
    std::optional<double> yesShare{}; // yes/no items
    // Baseline -> final change for paired items (same pair key), by member or anonymous code.
    int pairs = 0;
    std::optional<double> meanChange{};
    std::optional<double> shareImproved{};
};

struct SurveyFigures {
    Id id = 0;
    QString title{};
    SurveyKind kind = SurveyKind::SessionFeedback;
    QDate date{};
    int responses = 0;
    int invited = 0;
    std::optional<double> completionRate{};
    std::optional<double> recommendScore{}; // promoters minus detractors, -100…100
    std::optional<double> yesShare{};       // share of "yes" over the survey's yes/no items
    QList<QuestionFigures> questions{};
};

struct GoalFigures {
    Id id = 0;
    QString title{};
    double baseline = 0;
    double target = 0;
    QString unit{};
    std::optional<double> current{};
    std::optional<double> progress{}; // 0…1
    QString source{};                 // "metric:reach", "survey item", "measurement", or empty
};

// Every figure of SPEC §5 over one window. Months are calendar months overlapping the window.
struct Metrics {
    QDate from{};
    QDate to{};
    int members = 0; // counted members in the window
    int eventsHeld = 0;
    int eventsPlanned = 0; // still planned (not yet held) in the window
    int eventsCancelled = 0;
    int creditedAttendances = 0;
    double reach = 0;
    double meanAttendanceRate = 0;
    QStringList months{};
    QList<int> activeByMonth{};
    QList<int> newcomersByMonth{};
    std::array<int, 5> levels{};
    QList<QuarterLevels> levelsByQuarter{};
    QList<LevelFlow> flows{};
    std::optional<double> stickiness{};
    std::optional<double> newcomerConversion{};
    int concentrationMembers = 0;
    int concentrationOrganisations = 0;
    int totalWeight = 0;
    QList<RetentionCohort> retention{};
    QList<EventTurnout> turnout{};
    QList<MemberFigures> memberFigures{};
    QList<SurveyFigures> surveys{};
    QList<GoalFigures> goals{};
};

// The window the options describe for this plan (defaults filled in).
std::pair<QDate, QDate> metricsWindow(const MetricsData &data, const MetricsOptions &options, const QDate &today);
Metrics computeMetrics(const MetricsData &data, const MetricsOptions &options, const QDate &today);

// The figure a goal's linked metric key names ("reach", "active_members", …), if known.
std::optional<double> metricValue(const Metrics &metrics, const QString &key);
// The keys metricValue() understands.
QStringList metricKeys();

// `cultivate stats --json` (SPEC §8).
QJsonObject metricsJson(const Metrics &metrics);

} // namespace cultivate
