// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessment.h"
#include "core/model/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <optional>

// The facilitator's desk (SPEC §10): what to do this week, computed from the plan, its assessment
// and the clock. The Overview page, `cultivate agenda` and the tests read the same list.
namespace cultivate {

// The groups of the desk, in the order they are shown.
enum class DeskSection { FirstSteps, ComingUp, AfterEvents, Checklist, People, Feedback, Health };
template <> struct EnumInfo<DeskSection> {
    static constexpr std::array keys{"first_steps", "coming_up", "after_events", "checklist",
                                     "people",      "feedback",  "health"};
};

// Where an item is done: the window opens that place in one click.
enum class DeskAction {
    EditCharter,       // the Charter page
    AddMember,         // the People page, a new member
    ImportMembers,     // the import wizard, for a member list
    NewEvent,          // the Schedule page, a new event
    EditEvent,         // the event on the Schedule page, in its editor
    DraftReminder,     // the reminder draft of the event
    DraftFollowUp,     // the follow-up draft of the event
    DraftMissedIt,     // the note to those who missed the event
    ImportAttendance,  // the import wizard, attendance for the event
    OpenChecklistItem, // the item's stage on the Lifecycle page
    OpenMember,        // the member on the People page
    OpenSurvey,        // the survey on the Evaluate page
    PlanCheckIn,       // the Evaluate page, a check-in poll from its template
    OpenDashboard,     // the health check on the Dashboard
};
template <> struct EnumInfo<DeskAction> {
    static constexpr std::array keys{"edit_charter",      "add_member",          "import_members",  "new_event",
                                     "edit_event",        "draft_reminder",      "draft_follow_up", "draft_missed_it",
                                     "import_attendance", "open_checklist_item", "open_member",     "open_survey",
                                     "plan_check_in",     "open_dashboard"};
};

// One thing to do. Its key names the item while its cause lasts ("reminder:event:42"): a mark
// (done, or snoozed until a day) made on the key keeps applying to it.
struct DeskItem {
    QString key{};
    DeskSection section = DeskSection::FirstSteps;
    QString kind{};   // the key's first part: "agenda", "reminder", "drifting"…
    QString title{};  // what to do
    QString detail{}; // why, with its dates or figures
    QDate due{};      // invalid when the item has no date
    bool overdue = false;
    DeskAction action = DeskAction::OpenDashboard;
    Id target = 0;        // the record the action opens: event, member, checklist item or survey (0: none)
    Id event = 0;         // the event the item is about, if any
    Id checklistItem = 0; // a checklist item that the same to-do ticks off when it is done
    bool operator==(const DeskItem &) const = default;
};

// An event of this week or next, with the keys of what it still needs (empty: ready).
struct DeskEvent {
    Id id = 0;
    QString title{};
    QDateTime start{};
    QString location{};
    EventKind kind = EventKind::Meeting;
    QStringList needs{};
};

// The current stage and its readiness.
struct DeskStage {
    StageKind kind = StageKind::Define;
    int number = 1; // 1…stages
    int stages = 5;
    StageStatus status = StageStatus::NotStarted;
    QDate plannedStart{};
    QDate plannedEnd{};
    int done = 0;
    int items = 0;
    double readiness = 0; // done / items (0 without items)
    bool overdue = false;
};

// The next check-in: a planned check-in event or a check-in poll dated today or later.
struct DeskCheckIn {
    QDate date{};
    QString title{};
    Id eventId = 0;
    Id surveyId = 0;
};

struct Desk {
    QDate today{};
    QDate horizon{}; // the last day the desk looks ahead to: the Sunday of next week
    QString community{};
    QList<DeskItem> items{}; // every item whose condition holds, by section; marks not applied
    QList<DeskEvent> upcoming{};
    std::optional<DeskStage> stage{};
    std::optional<DeskCheckIn> nextCheckIn{};
    Verdict verdict = Verdict::Healthy;
    QString headline{};

    const DeskItem *item(const QString &key) const;
};

// What the desk reads beyond the assessment: the plan's snapshot for the metrics, the events
// whole (agenda, place, time), recognitions with their members, the desk's marks, and which recent
// events have any attendance recorded.
struct DeskData {
    MetricsData metrics{};
    QList<Event> events{};
    QList<Recognition> recognitions{};
    QList<DeskMark> marks{};
    QSet<Id> eventsWithAttendance{}; // among the events that ended in the last AttendanceLookBackDays
    QDateTime now{};
};

// How the desk decides, in days.
struct DeskRules {
    static constexpr int ReminderDaysBefore = 7;      // the reminder goes out a week before the event
    static constexpr int AttendanceLookBackDays = 30; // events older than this no longer ask for attendance
    static constexpr int AttendanceDueDays = 2;       // attendance is due two days after the event
    static constexpr int FollowUpDays = 7;            // a follow-up is asked for this long after the event
    static constexpr int NewcomerLookBackDays = 90;   // a first event older than this is no longer followed
    static constexpr int CheckInEveryDays = 31;       // check-ins are monthly
    static constexpr int TopContributors = 5;         // at most this many contributors to recognise
    static constexpr int PilotGroupSize = 5;          // fewer counted members than this: invite the pilot group
    static constexpr int TopFlags = 3;                // the health flags the desk shows
    // A done mark on an item whose cause can return (a health flag, a member drifting away, a
    // newcomer, a contributor to recognise) holds this long; then the item comes back if its
    // condition still holds. Other done marks (an event's reminder, a first step) hold for good.
    static constexpr int RecurringDoneDays = 60;
};

// Loads what the desk needs from the plan (on the thread that owns it).
Result<DeskData> loadDeskData(const Plan &plan, const std::atomic_bool *cancelled = nullptr);

// The desk of the plan on `data.now`'s day, from its assessment over the plan year so far.
// `cancelled`, when given, is polled between steps; a cancelled run's result must be dropped.
Desk computeDesk(const DeskData &data, const std::atomic_bool *cancelled = nullptr);
Desk computeDesk(const DeskData &data, const Assessment &assessment);

// Loads and computes in one step (the command line).
Result<Desk> deskOfPlan(const Plan &plan);

enum class DeskItemState { Open, Done, Snoozed };
// What the marks say of the item on `today`: a done mark keeps it done (for RecurringDoneDays when
// its cause can return); a snooze holds until its day.
DeskItemState deskItemState(const QString &key, const QHash<QString, DeskMark> &marks, const QDate &today);
QHash<QString, DeskMark> deskMarksByKey(const QList<DeskMark> &marks);
// The items still to do on `today`, in desk order.
QList<DeskItem> openDeskItems(const Desk &desk, const QList<DeskMark> &marks);

// Words for the desk's groups and states.
class DeskText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Desk)
public:
    static QString sectionTitle(DeskSection section);
    static QString verdictLabel(Verdict verdict);
};

// `cultivate agenda --json`: {"today", "horizon", "community", "verdict", "headline", "stage" (kind,
// number, stages, status, planned_start, planned_end, done, items, readiness, overdue),
// "next_check_in", "upcoming", "items": [{"key", "section", "kind", "title", "detail", "due",
// "overdue", "action", "target", "event"}], "done": n, "snoozed": n}. Only open items are listed.
QJsonObject deskJson(const Desk &desk, const QList<DeskMark> &marks);

} // namespace cultivate
