// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/level.h"
#include "core/metrics/metricsdata.h"

#include <QJsonObject>
#include <QMap>

#include <array>
#include <numeric>
#include <optional>

namespace cultivate {

struct MetricsOptions {
    QDate from{};                 // default: the plan's start date
    QDate to{};                   // default: today, or the plan's end date when that is earlier
    bool includeEveryone = false; // count facilitators and sponsors too
};

// A figure resting on fewer answers or pairs than this is marked "small sample" wherever it is shown.
inline constexpr int SmallSampleBelow = 5;
inline bool isSmallSample(int answersOrPairs)
{
    return answersOrPairs < SmallSampleBelow;
}

struct EventTurnout {
    Id eventId = 0;
    QString title{};
    QDate date{};
    int credited = 0;                // credited attendees among counted members
    int membersAtDate = 0;           // counted members on the event's date
    std::optional<double> turnout{}; // credited / membersAtDate (undefined when nobody was a member)
    QList<int> attendees{};          // the credited attendees (indexes into MetricsData::members)
};

struct MemberFigures {
    int member = 0;              // index into MetricsData::members
    int credited = 0;            // credited attendances at held events in the window (reach, turnout)
    int creditedWhileMember = 0; // of those, at events while a member (the rate's numerator)
    int eligible = 0;            // events held in the window while a member (the rate's denominator)
    int weight = 0;              // contribution weight in the window
    bool hosted = false;         // hosted, presented or mentored in the window
    Level level = Level::Peripheral;
    std::optional<double> attendanceRate{};
};

struct LevelFlow {
    QString from{}; // quarter keys, e.g. "2026-Q1"
    QString to{};
    // Per level of the earlier quarter (core…peripheral): members who moved up, held, moved down.
    std::array<int, 4> up{};
    std::array<int, 4> held{};
    std::array<int, 4> down{};
    // The members of the earlier quarter's level who are members in both quarters.
    int total(int level) const { return up[size_t(level)] + held[size_t(level)] + down[size_t(level)]; }
    // Share of those members (0…1), undefined for an empty level.
    std::optional<double> share(const std::array<int, 4> &bucket, int level) const
    {
        const int n = total(level);
        return n > 0 ? std::optional<double>(double(bucket[size_t(level)]) / n) : std::nullopt;
    }
};

struct QuarterLevels {
    QString label{}; // "2026-Q1"
    QDate from{};    // the part of the quarter inside the window
    QDate to{};
    std::array<int, 5> counts{};
};

struct RetentionCohort {
    QString month{}; // "YYYY-MM" of first activity
    int size = 0;
    QList<double> shares{}; // k = 0, 1, 2…: share of the cohort active k months later (k = 0 is 1)
};

struct QuestionFigures {
    Id id = 0;
    QString text{};
    QuestionType type = QuestionType::Likert;
    int answered = 0;
    int numbers = 0; // numeric answers (the mean and the distribution rest on them)
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
    int recommendAnswers = 0;               // the answers the recommend score rests on
    std::optional<double> yesShare{};       // share of "yes" over the survey's yes/no items
    int yesNoAnswers = 0;
    QList<QuestionFigures> questions{};
};

struct GoalFigures {
    Id id = 0;
    QString title{};
    double baseline = 0;
    double target = 0;
    QString unit{};
    QDate due{};
    std::optional<double> current{};
    std::optional<double> progress{}; // 0…1
    QString source{};                 // "metric:reach", "survey item", "measurement", or empty
};

// Every figure of SPEC §5 over one window W. Only activity dated inside W counts: the months are
// the calendar months W touches, and a month W cuts counts only its days inside W. Alongside each
// figure, the members or events behind it (the drill-down), as indexes into MetricsData.
struct Metrics {
    QDate from{};
    QDate to{};
    QDate today{};
    int members = 0; // counted members in the window
    int eventsHeld = 0;
    int eventsPlanned = 0; // still planned (not yet held) in the window
    int eventsCancelled = 0;
    int creditedAttendances = 0;
    std::optional<double> reach{};              // undefined without members
    std::optional<double> meanAttendanceRate{}; // undefined when no member had an event to attend
    QStringList months{};                       // "YYYY-MM", every month W touches
    QList<int> activeByMonth{};
    QList<int> newcomersByMonth{};
    QList<QList<int>> activeMembersByMonth{};   // drill-down of activeByMonth
    QList<QList<int>> newcomerMembersByMonth{}; // drill-down of newcomersByMonth
    // The latest complete month inside W (an index into months), -1 when none has ended yet: every
    // "this month" figure (active members, stickiness, a goal linked to active members) is its.
    int latestCompleteMonth = -1;
    // The month that holds today, when W touches it: charts draw it marked "so far".
    int runningMonth = -1;
    std::array<int, 5> levels{};
    QList<QuarterLevels> levelsByQuarter{};
    QList<LevelFlow> flows{};
    std::optional<double> stickiness{};               // of the latest complete month
    QList<std::optional<double>> stickinessByMonth{}; // per month of W; complete months only
    std::optional<double> newcomerConversion{};
    int conversionNewcomers = 0; // newcomers whose three months are over (the share's denominator)
    int conversionConverted = 0;
    QList<int> driftingMembers{}; // core or active last quarter, no activity in the last two complete months
    int concentrationMembers = 0;
    int concentrationOrganisations = 0;
    int contributingOrganisations = 0; // organisations (members without one each count alone) with weight
    int totalWeight = 0;
    QList<RetentionCohort> retention{};
    QList<EventTurnout> turnout{};
    QList<MemberFigures> memberFigures{};
    QList<SurveyFigures> surveys{}; // surveys dated inside W
    QList<GoalFigures> goals{};

    // "YYYY-MM" of the latest complete month, or empty.
    QString latestCompleteMonthKey() const
    {
        return latestCompleteMonth >= 0 ? months.at(latestCompleteMonth) : QString();
    }
    // Newcomers of the whole window: members whose first activity ever falls inside it.
    int newcomers() const { return std::accumulate(newcomersByMonth.cbegin(), newcomersByMonth.cend(), 0); }
    // Active members in the latest complete month.
    std::optional<int> activeLatestMonth() const
    {
        return latestCompleteMonth >= 0 ? std::optional<int>(activeByMonth.at(latestCompleteMonth)) : std::nullopt;
    }
    // Share of counted members at a level (undefined without members).
    std::optional<double> levelShare(Level level) const
    {
        return members > 0 ? std::optional<double>(double(levels[size_t(level)]) / members) : std::nullopt;
    }
};

// The window the options describe for this plan (defaults filled in).
std::pair<QDate, QDate> metricsWindow(const MetricsData &data, const MetricsOptions &options, const QDate &today);
Metrics computeMetrics(const MetricsData &data, const MetricsOptions &options, const QDate &today);

// The figure a goal's linked metric key names ("reach", "active_members", …), if known.
std::optional<double> metricValue(const Metrics &metrics, const QString &key);
// The keys metricValue() understands.
QStringList metricKeys();

// The first day of the month "YYYY-MM".
QDate monthStart(const QString &monthKey);

// `cultivate stats --json` (SPEC §8).
QJsonObject metricsJson(const Metrics &metrics);

} // namespace cultivate
