// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The plain value types of a plan. Each maps to one table of the plan file (storage/entitytraits.h)
// and to one array of the JSON export. id == 0 means "not stored yet". Dates without a value are
// invalid QDates and stored as NULL. Date-times are local wall-clock times of the plan's time zone.
namespace cultivate {

using Id = qint64;
using OptionalId = std::optional<Id>;

struct Community {
    Id id = 0;
    QString name{};
    QString domain{};
    QString audience{};
    QString purpose{};
    QList<PurposeArea> purposeAreas{};
    QString valueForMembers{};
    QString valueForOrganisation{};
    QString scope{};
    QString need{};
    QString governance{};
    QString groundRules{};
    QString channels{};
    QString workspace{};
    QDate startDate{};
    QDate endDate{};
    QString timeZone{};               // IANA id, e.g. "Europe/Brussels"
    double attendanceThreshold = 0.5; // share of an event's duration that credits attendance
    QString uid{};                    // stable identity of the plan (calendar UIDs), set at creation
    bool operator==(const Community &) const = default;
};

struct BudgetLine {
    Id id = 0;
    QString label{};
    double amount = 0.0;
    QString notes{};
    int position = 0;
    bool operator==(const BudgetLine &) const = default;
};

struct Stage {
    Id id = 0;
    StageKind kind = StageKind::Define;
    QDate plannedStart{};
    QDate plannedEnd{};
    StageStatus status = StageStatus::NotStarted;
    QString notes{};
    bool operator==(const Stage &) const = default;
};

struct ChecklistItem {
    Id id = 0;
    Id stageId = 0;
    int position = 0;
    QString title{};
    QString guidance{};
    bool builtIn = false;
    bool done = false;
    QDate dueDate{};
    QDate doneDate{};
    QString evidenceNote{};
    OptionalId evidenceEventId{};
    OptionalId evidenceResourceId{};
    OptionalId evidenceSurveyId{};
    OptionalId evidenceStoryId{};
    bool operator==(const ChecklistItem &) const = default;
};

struct Goal {
    Id id = 0;
    QString title{};
    QString description{};
    double baseline = 0.0;
    double target = 0.0;
    QString unit{};
    QDate dueDate{};
    QString metric{};              // key of a computed metric, empty for manual measurements
    OptionalId surveyQuestionId{}; // or a survey item whose mean is the measurement
    bool operator==(const Goal &) const = default;
};

struct GoalMeasurement {
    Id id = 0;
    Id goalId = 0;
    QDate date{};
    double value = 0.0;
    QString note{};
    bool operator==(const GoalMeasurement &) const = default;
};

struct Member {
    Id id = 0;
    QString name{};
    QString email{};
    QString organisation{};
    Role role = Role::Member;
    QDate joinedDate{};
    QDate leftDate{};
    QStringList aliases{};      // other names seen in imports
    bool consentReport = false; // may appear in reports by name
    bool consentQuote = false;  // may be quoted in stories
    QDate commitmentSigned{};
    QString notes{};
    bool operator==(const Member &) const = default;
};

struct Series {
    Id id = 0;
    Recurrence rule = Recurrence::Weekly;
    int interval = 1;    // weeks between occurrences (every N weeks), else 1
    int weekday = 1;     // 1 = Monday … 7 = Sunday (weekly, Nth weekday)
    int weekOfMonth = 1; // 1…5 for the Nth weekday; -1 = last
    int dayOfMonth = 1;  // 1…31 for "monthly on a day" (clamped to the month's end)
    QDate until{};
    bool operator==(const Series &) const = default;
};

struct Event {
    Id id = 0;
    QString title{};
    EventKind kind = EventKind::Meeting;
    QDateTime start{};
    int durationMinutes = 60;
    QString location{};
    QString topic{};
    OptionalId stageId{};
    EventStatus status = EventStatus::Planned;
    OptionalId seriesId{};
    QString agenda{};
    QString notes{};
    bool operator==(const Event &) const = default;
};

struct ImportRecord {
    Id id = 0;
    QString kind{}; // "members", "attendance", "responses"
    QString fileName{};
    QString sha256;
    QString format{};
    QDateTime importedAt{};
    int rows = 0;
    bool operator==(const ImportRecord &) const = default;
};

struct Attendance {
    Id id = 0;
    Id eventId = 0;
    Id memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    std::optional<int> minutes{}; // unknown when typed in without minutes
    OptionalId importId{};        // the file it came from, or none when typed in
    bool operator==(const Attendance &) const = default;
};

struct ContributionWeight {
    Id id = 0;
    ContributionKind kind = ContributionKind::Post;
    int weight = 1; // 1…12
    bool operator==(const ContributionWeight &) const = default;
};

struct Contribution {
    Id id = 0;
    Id memberId = 0;
    QDate date{};
    ContributionKind kind = ContributionKind::Post;
    OptionalId eventId{};
    OptionalId resourceId{};
    QString note{};
    bool operator==(const Contribution &) const = default;
};

struct Resource {
    Id id = 0;
    QString title{};
    ResourceKind kind = ResourceKind::Document;
    QString location{};
    OptionalId authorId{};
    QDate addedDate{};
    QStringList tags{};
    Visibility visibility = Visibility::Private;
    OptionalId eventId{};
    QString description{};
    bool operator==(const Resource &) const = default;
};

struct Survey {
    Id id = 0;
    QString title{};
    SurveyKind kind = SurveyKind::SessionFeedback;
    QDate date{};
    bool anonymous = false;
    OptionalId eventId{};
    int invited = 0; // members invited; 0 = the counted members on the date
    QString notes{};
    bool operator==(const Survey &) const = default;
};

struct Question {
    Id id = 0;
    Id surveyId = 0;
    int position = 0;
    QString text{};
    QuestionType type = QuestionType::Likert;
    QStringList choices{};
    QString pairKey{}; // equal keys pair a baseline item with a final item
    bool operator==(const Question &) const = default;
};

struct Response {
    Id id = 0;
    Id surveyId = 0;
    OptionalId memberId{};
    QString respondentCode{}; // anonymous code that pairs baseline and final
    QDate submitted{};
    bool operator==(const Response &) const = default;
};

struct Answer {
    Id id = 0;
    Id responseId = 0;
    Id questionId = 0;
    std::optional<double> number{}; // Likert, recommend, yes/no (1/0), choice index
    QString text{};                 // free text, or the chosen label
    bool operator==(const Answer &) const = default;
};

struct Story {
    Id id = 0;
    QString title{};
    StoryKind kind = StoryKind::Success;
    QDate date{};
    QString narrative{};
    QList<ValueCycle> cycles{};
    QList<Id> memberIds{};
    QList<Id> eventIds{};
    QList<Id> resourceIds{};
    bool consent = false; // may be shared in reports
    bool operator==(const Story &) const = default;
};

struct Recognition {
    Id id = 0;
    Id memberId = 0;
    QDate date{};
    QString reason{};
    bool operator==(const Recognition &) const = default;
};

// A setting of the plan, such as a health rule's threshold. A key without a row takes the default
// its owner defines (core/assessment/healthsettings.h for the health rules).
struct PlanSetting {
    Id id = 0;
    QString key{};
    double value = 0;
    bool operator==(const PlanSetting &) const = default;
};

// The facilitator's mark on an item of the desk: done, or snoozed until a day (SPEC §10). Items
// are named by a key that stays the same while the item's cause lasts ("reminder:event:42").
struct DeskMark {
    Id id = 0;
    QString itemKey{};
    DeskMarkKind kind = DeskMarkKind::Done;
    QDate date{};  // when the mark was made
    QDate until{}; // snoozed: the item comes back on this day
    bool operator==(const DeskMark &) const = default;
};

// The plan of the year before, named by the plan renewed from it (SPEC §11), so that figures can be
// compared year with year. At most one row. The path is the one the renewal wrote (relative to the
// plan's folder when both lie in the same folder); the uid tells the right file from another.
struct Predecessor {
    Id id = 0;
    QString path{};
    QString uid{};
    QString name{};
    QDate startDate{};
    QDate endDate{};
    bool operator==(const Predecessor &) const = default;
};

// A month in which a member was active in the predecessor plan, carried by a renewal so that "first
// activity ever" (newcomers) and the stickiness look-back of SPEC §5 still see the year before, while
// attendance and contributions stay in the old plan. `month` is "YYYY-MM".
struct CarriedActivity {
    Id id = 0;
    Id memberId = 0;
    QString month{};
    bool operator==(const CarriedActivity &) const = default;
};

} // namespace cultivate
