// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/desk.h"

#include <QLocale>

#include <algorithm>

namespace cultivate {

namespace {

bool countedRole(Role role)
{
    return role != Role::Facilitator && role != Role::Sponsor;
}

// Builds the desk's items, one pass per section, over one plan's data and assessment.
class DeskBuilder {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Desk)

public:
    DeskBuilder(const DeskData &data, const Assessment &assessment)
        : m_data(data)
        , m_a(assessment)
        , m_now(data.now)
        , m_today(data.now.date())
        , m_day(m_today.toJulianDay())
    {
        // This week and next: up to the Sunday of next week.
        m_horizon = m_today.addDays(7 - m_today.dayOfWeek() + 7);
    }

    Desk build()
    {
        m_desk.today = m_today;
        m_desk.horizon = m_horizon;
        m_desk.community = m_data.metrics.community.name;
        m_desk.verdict = m_a.health.verdict;
        m_desk.headline = m_a.health.headline();
        firstSteps();
        comingUp();
        afterEvents();
        checklist();
        people();
        feedback();
        health();
        std::stable_sort(m_desk.items.begin(), m_desk.items.end(),
                         [](const DeskItem &a, const DeskItem &b) { return a.section < b.section; });
        return std::move(m_desk);
    }

private:
    static QString dayText(const QDate &date) { return QLocale().toString(date, QStringLiteral("dddd d MMMM")); }
    static QString whenText(const QDateTime &start)
    {
        return tr("%1 at %2").arg(dayText(start.date()), start.time().toString(QStringLiteral("HH:mm")));
    }
    QString dueText(const QDate &due) const
    {
        const qint64 late = due.daysTo(m_today);
        if (late > 0)
            return tr("overdue since %1").arg(dayText(due));
        if (late == 0)
            return tr("due today");
        return tr("due %1").arg(dayText(due));
    }
    QDateTime endOf(const Event &event) const { return event.start.addSecs(qint64(event.durationMinutes) * 60); }
    bool isCurrentMember(const MetricsData::MemberRow &m) const { return m.joined <= m_day && m.left >= m_day; }

    DeskItem &add(DeskSection section, const QString &kind, const QString &key, DeskAction action)
    {
        DeskItem item;
        item.key = key;
        item.section = section;
        item.kind = kind;
        item.action = action;
        m_desk.items << item;
        return m_desk.items.last();
    }
    void setDue(DeskItem &item, const QDate &due) const
    {
        item.due = due;
        item.overdue = due.isValid() && due < m_today;
    }
    static QString eventKey(const char *kind, Id id)
    {
        return QStringLiteral("%1:event:%2").arg(QLatin1String(kind)).arg(id);
    }
    static QString memberKey(const char *kind, Id id)
    {
        return QStringLiteral("%1:member:%2").arg(QLatin1String(kind)).arg(id);
    }

    // A checklist item of the event's stage due on `due` is the same to-do as the event's own item:
    // it is not listed twice, and ticking the event's item ticks it too.
    Id absorbChecklistItem(const Event &event, const QDate &due)
    {
        if (!event.stageId)
            return 0;
        for (const ChecklistItem &item : m_data.metrics.checklist) {
            if (!item.done && item.stageId == *event.stageId && item.dueDate == due && !m_absorbed.contains(item.id)) {
                m_absorbed.insert(item.id);
                return item.id;
            }
        }
        return 0;
    }

    void firstSteps();
    void comingUp();
    void afterEvents();
    void checklist();
    void people();
    void newcomers();
    void contributors();
    void feedback();
    void checkIns();
    void health();

    const DeskData &m_data;
    const Assessment &m_a;
    QDateTime m_now;
    QDate m_today;
    qint64 m_day = 0;
    QDate m_horizon;
    Desk m_desk;
    QSet<Id> m_absorbed;
};

void DeskBuilder::firstSteps()
{
    const Community &c = m_data.metrics.community;
    const auto &members = m_data.metrics.members;
    QStringList missing;
    if (c.domain.trimmed().isEmpty())
        missing << tr("the domain");
    if (c.purpose.trimmed().isEmpty())
        missing << tr("the purpose");
    if (!missing.isEmpty()) {
        DeskItem &item = add(DeskSection::FirstSteps, QStringLiteral("first"), QStringLiteral("first:charter"),
                             DeskAction::EditCharter);
        item.title = tr("Write the charter");
        item.detail = tr("Not written yet: %1. Say what the community is about, for whom and why.")
                          .arg(missing.join(tr(" and ")));
    }
    const bool facilitator = std::any_of(members.cbegin(), members.cend(), [this](const auto &m) {
        return m.role == Role::Facilitator && isCurrentMember(m);
    });
    if (!facilitator) {
        DeskItem &item = add(DeskSection::FirstSteps, QStringLiteral("first"), QStringLiteral("first:facilitator"),
                             DeskAction::AddMember);
        item.title = tr("Find the facilitator");
        item.detail = tr("Add them to the members with the facilitator role: the person who connects members, runs "
                         "the events and reports on activity.");
    }
    const auto counted = std::count_if(members.cbegin(), members.cend(), [this](const auto &m) {
        return countedRole(m.role) && m.role != Role::Guest && isCurrentMember(m);
    });
    const bool pilotDone =
        std::any_of(m_data.metrics.stages.cbegin(), m_data.metrics.stages.cend(),
                    [](const Stage &s) { return s.kind == StageKind::Pilot && s.status == StageStatus::Done; });
    if (counted < DeskRules::PilotGroupSize && !pilotDone) {
        DeskItem &item = add(DeskSection::FirstSteps, QStringLiteral("first"), QStringLiteral("first:pilot"),
                             DeskAction::ImportMembers);
        item.title = tr("Invite the pilot group");
        item.detail = tr("Members so far: %1. Start with a few committed people who care about the domain: they "
                         "test the plan and bring the first success story.")
                          .arg(counted);
    }
    if (m_data.metrics.goals.isEmpty()) {
        DeskItem &item = add(DeskSection::FirstSteps, QStringLiteral("first"), QStringLiteral("first:goals"),
                             DeskAction::EditCharter);
        item.title = tr("Set two or three measurable goals");
        item.detail = tr("Each with a baseline, a target and a date, so that the year's results can be shown.");
    }
    if (m_data.events.isEmpty()) {
        DeskItem &item =
            add(DeskSection::FirstSteps, QStringLiteral("first"), QStringLiteral("first:events"), DeskAction::NewEvent);
        item.title = tr("Plan the first events");
        item.detail = tr("A pilot kickoff, then a regular rhythm of meetings or webinars.");
    }
}

void DeskBuilder::comingUp()
{
    QList<const Event *> events;
    for (const Event &event : m_data.events) {
        if (event.status == EventStatus::Planned && event.start.date() >= m_today && event.start.date() <= m_horizon &&
            endOf(event) > m_now)
            events << &event;
    }
    std::stable_sort(events.begin(), events.end(), [](const Event *a, const Event *b) { return a->start < b->start; });
    for (const Event *event : std::as_const(events)) {
        DeskEvent upcoming{event->id, event->title, event->start, event->location, event->kind, {}};
        const QDate date = event->start.date();
        const QDate reminderDay = date.addDays(-DeskRules::ReminderDaysBefore);
        const QString when = whenText(event->start);
        const auto need = [&](const char *kind, DeskAction action) -> DeskItem & {
            DeskItem &item = add(DeskSection::ComingUp, QString::fromLatin1(kind), eventKey(kind, event->id), action);
            item.target = event->id;
            item.event = event->id;
            upcoming.needs << item.key;
            return item;
        };
        if (event->agenda.trimmed().isEmpty()) {
            DeskItem &item = need("agenda", DeskAction::EditEvent);
            item.title = tr("Write the agenda for “%1”").arg(event->title);
            item.detail = tr("%1 · the reminder carries it").arg(when);
            setDue(item, std::max(reminderDay, m_today));
        }
        if (event->location.trimmed().isEmpty()) {
            DeskItem &item = need("location", DeskAction::EditEvent);
            item.title = tr("Set the room or the link for “%1”").arg(event->title);
            item.detail = when;
            setDue(item, std::max(reminderDay, m_today));
        }
        if (m_today >= reminderDay) {
            DeskItem &item = need("reminder", DeskAction::DraftReminder);
            item.title = tr("Send the reminder for “%1”").arg(event->title);
            item.detail = tr("%1 · a week before, with the agenda and the place; the draft is ready").arg(when);
            setDue(item, reminderDay);
            item.checklistItem = absorbChecklistItem(*event, reminderDay);
        }
        m_desk.upcoming << upcoming;
    }
}

void DeskBuilder::afterEvents()
{
    QList<const Event *> events;
    const QDate since = m_today.addDays(-DeskRules::AttendanceLookBackDays);
    for (const Event &event : m_data.events) {
        if (event.status != EventStatus::Cancelled && event.start.date() >= since && endOf(event) <= m_now)
            events << &event;
    }
    std::stable_sort(events.begin(), events.end(), [](const Event *a, const Event *b) { return a->start < b->start; });
    QHash<Id, const EventTurnout *> turnout;
    for (const EventTurnout &t : m_a.current.turnout)
        turnout.insert(t.eventId, &t);

    for (const Event *event : std::as_const(events)) {
        const QDate date = event->start.date();
        const bool held = event->status == EventStatus::Held;
        const bool recorded = m_data.eventsWithAttendance.contains(event->id);
        if (!recorded) {
            DeskItem &item = add(DeskSection::AfterEvents, QStringLiteral("attendance"),
                                 eventKey("attendance", event->id), DeskAction::ImportAttendance);
            item.target = event->id;
            item.event = event->id;
            item.title = tr("Import the attendance of “%1”").arg(event->title);
            item.detail = held ? tr("Held on %1; no attendance recorded yet.").arg(dayText(date))
                               : tr("%1 has passed and the event is still planned: importing its report marks it "
                                    "held.")
                                     .arg(dayText(date));
            setDue(item, date.addDays(DeskRules::AttendanceDueDays));
        }
        if (!held || date < m_today.addDays(-DeskRules::FollowUpDays))
            continue;
        DeskItem &followUp = add(DeskSection::AfterEvents, QStringLiteral("follow-up"),
                                 eventKey("follow-up", event->id), DeskAction::DraftFollowUp);
        followUp.target = event->id;
        followUp.event = event->id;
        followUp.title = tr("Send the follow-up for “%1”").arg(event->title);
        followUp.detail = tr("Held on %1: the highlights, what was shared and the next date.").arg(dayText(date));
        setDue(followUp, date.addDays(1));
        followUp.checklistItem = absorbChecklistItem(*event, date.addDays(1));

        const EventTurnout *t = turnout.value(event->id);
        if (!recorded || !t || t->credited >= t->membersAtDate)
            continue;
        DeskItem &missed = add(DeskSection::AfterEvents, QStringLiteral("missed-it"), eventKey("missed-it", event->id),
                               DeskAction::DraftMissedIt);
        missed.target = event->id;
        missed.event = event->id;
        missed.title = tr("Write to those who missed “%1”").arg(event->title);
        missed.detail = tr("Not there on %1: %2 of %3 members.")
                            .arg(dayText(date))
                            .arg(t->membersAtDate - t->credited)
                            .arg(t->membersAtDate);
        setDue(missed, date.addDays(2));
    }
}

void DeskBuilder::checklist()
{
    const StageProgress *stage = m_a.stage();
    if (!stage)
        return;
    DeskStage s;
    s.kind = stage->stage.kind;
    s.number = int(m_a.currentStage) + 1;
    s.stages = int(m_a.stages.size());
    s.status = stage->stage.status;
    s.plannedStart = stage->stage.plannedStart;
    s.plannedEnd = stage->stage.plannedEnd;
    s.done = stage->doneCount();
    s.items = int(stage->items.size());
    s.readiness = stage->readiness();
    s.overdue = stage->isOverdue(m_today);
    m_desk.stage = s;

    // Undated items are due when the stage is planned to end.
    const QDate stageEnd = stage->stage.plannedEnd;
    for (const ChecklistItem &checklistItem : stage->items) {
        if (checklistItem.done || m_absorbed.contains(checklistItem.id))
            continue;
        const QDate due = checklistItem.dueDate.isValid() ? checklistItem.dueDate : stageEnd;
        if (!due.isValid() || due > m_horizon)
            continue;
        DeskItem &item = add(DeskSection::Checklist, QStringLiteral("checklist"),
                             QStringLiteral("checklist:item:%1").arg(checklistItem.id), DeskAction::OpenChecklistItem);
        item.target = checklistItem.id;
        item.checklistItem = checklistItem.id;
        item.title = checklistItem.title;
        item.detail = tr("%1 · %2").arg(label(stage->stage.kind), dueText(due));
        setDue(item, due);
    }
}

void DeskBuilder::people()
{
    const auto &members = m_data.metrics.members;
    QList<int> drifting = m_a.current.driftingMembers;
    std::sort(drifting.begin(), drifting.end(), [&members](int a, int b) {
        return QString::localeAwareCompare(members[size_t(a)].name, members[size_t(b)].name) < 0;
    });
    for (int m : std::as_const(drifting)) {
        const auto &member = members[size_t(m)];
        DeskItem &item = add(DeskSection::People, QStringLiteral("drifting"), memberKey("drifting", member.id),
                             DeskAction::OpenMember);
        item.target = member.id;
        item.title = tr("Reach out to %1").arg(member.name);
        item.detail = tr("Core or active last quarter, and no activity in the last two complete months.");
    }
    newcomers();
    contributors();
}

// Newcomers whose first activity was an event, and who came to none of the events held since.
void DeskBuilder::newcomers()
{
    const auto &members = m_data.metrics.members;
    const QList<EventTurnout> &turnout = m_a.current.turnout; // held events of the window, by date
    QSet<int> newcomers;
    for (const QList<int> &month : m_a.current.newcomerMembersByMonth) {
        for (int m : month)
            newcomers.insert(m);
    }
    QHash<int, int> firstEvent; // member -> index into turnout
    QHash<int, int> lastEvent;
    for (int e = 0; e < turnout.size(); ++e) {
        for (int m : turnout[e].attendees) {
            if (newcomers.contains(m)) {
                firstEvent.insert(m, firstEvent.value(m, e));
                lastEvent.insert(m, e);
            }
        }
    }
    QHash<int, qint64> lastContribution;
    for (const auto &c : m_data.metrics.contributions) {
        if (firstEvent.contains(c.member))
            lastContribution[c.member] = std::max(lastContribution.value(c.member, LLONG_MIN), c.day);
    }
    const QDate since = m_today.addDays(-DeskRules::NewcomerLookBackDays);
    QList<int> quiet;
    for (auto it = firstEvent.cbegin(); it != firstEvent.cend(); ++it) {
        const int m = it.key();
        const EventTurnout &first = turnout[it.value()];
        const int eventsSince =
            int(std::count_if(turnout.cbegin() + it.value() + 1, turnout.cend(), [&first, this](const EventTurnout &t) {
                return t.date > first.date && t.date <= m_today;
            }));
        if (first.date < since || lastEvent.value(m) != it.value() || eventsSince == 0 ||
            lastContribution.value(m, LLONG_MIN) > first.date.toJulianDay() || !isCurrentMember(members[size_t(m)]))
            continue;
        quiet << m;
    }
    std::sort(quiet.begin(), quiet.end(), [&members](int a, int b) {
        return QString::localeAwareCompare(members[size_t(a)].name, members[size_t(b)].name) < 0;
    });
    for (int m : std::as_const(quiet)) {
        const EventTurnout &first = turnout[firstEvent.value(m)];
        const int eventsSince = int(
            std::count_if(turnout.cbegin() + firstEvent.value(m) + 1, turnout.cend(),
                          [&first, this](const EventTurnout &t) { return t.date > first.date && t.date <= m_today; }));
        DeskItem &item = add(DeskSection::People, QStringLiteral("newcomer"),
                             memberKey("newcomer", members[size_t(m)].id), DeskAction::OpenMember);
        item.target = members[size_t(m)].id;
        item.title = tr("Invite %1 back").arg(members[size_t(m)].name);
        item.detail = tr("First came to “%1” on %2; events held since: %3, none attended.")
                          .arg(first.title, dayText(first.date))
                          .arg(eventsSince);
    }
}

// The members who hold half the contribution weight (the concentration figure), at most a few, who
// were not recognised within the plan's recognition threshold.
void DeskBuilder::contributors()
{
    const auto &members = m_data.metrics.members;
    QList<MemberFigures> figures;
    for (const MemberFigures &f : m_a.current.memberFigures) {
        if (f.weight > 0)
            figures << f;
    }
    std::stable_sort(figures.begin(), figures.end(), [&members](const MemberFigures &a, const MemberFigures &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return QString::localeAwareCompare(members[size_t(a.member)].name, members[size_t(b.member)].name) < 0;
    });
    const int days = int(m_a.settings.recognitionDays);
    const QDate since = m_today.addDays(-days);
    QSet<Id> recognised;
    for (const Recognition &r : m_data.recognitions) {
        if (r.date.isValid() && r.date >= since && r.date <= m_today)
            recognised.insert(r.memberId);
    }
    const int top = std::min<int>({int(figures.size()), m_a.current.concentrationMembers, DeskRules::TopContributors});
    for (int i = 0; i < top; ++i) {
        const auto &member = members[size_t(figures[i].member)];
        if (recognised.contains(member.id) || !isCurrentMember(member))
            continue;
        DeskItem &item = add(DeskSection::People, QStringLiteral("recognise"), memberKey("recognise", member.id),
                             DeskAction::OpenMember);
        item.target = member.id;
        item.title = tr("Recognise %1's contributions").arg(member.name);
        item.detail = tr("Among the members who hold half of the contribution weight (%1 this period), with no "
                         "recognition in the last %2 days.")
                          .arg(figures[i].weight)
                          .arg(days);
    }
}

void DeskBuilder::feedback()
{
    QList<SurveyFigures> open;
    for (const SurveyFigures &s : m_a.current.surveys) {
        if (m_a.settings.isSurveyOpen(s.date, m_today))
            open << s;
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const SurveyFigures &a, const SurveyFigures &b) { return a.date < b.date; });
    for (const SurveyFigures &s : std::as_const(open)) {
        DeskItem &item = add(DeskSection::Feedback, QStringLiteral("survey"), QStringLiteral("survey:%1").arg(s.id),
                             DeskAction::OpenSurvey);
        item.target = s.id;
        item.title = tr("Collect the answers to “%1”").arg(s.title);
        const QString answered =
            s.completionRate
                ? tr("%1 of %2 answered (%3%)").arg(s.responses).arg(s.invited).arg(qRound(*s.completionRate * 100))
                : tr("answers so far: %1").arg(s.responses);
        item.detail = tr("%1 · open until %2").arg(answered, dayText(m_a.settings.surveyClosesOn(s.date)));
    }
    QList<Survey> coming;
    for (const Survey &s : m_data.metrics.surveys) {
        if (s.date.isValid() && s.date > m_today && s.date <= m_horizon)
            coming << s;
    }
    std::stable_sort(coming.begin(), coming.end(), [](const Survey &a, const Survey &b) { return a.date < b.date; });
    for (const Survey &s : std::as_const(coming)) {
        DeskItem &item = add(DeskSection::Feedback, QStringLiteral("survey"), QStringLiteral("survey:%1").arg(s.id),
                             DeskAction::OpenSurvey);
        item.target = s.id;
        item.title = tr("Send “%1”").arg(s.title);
        item.detail = tr("Planned for %1").arg(dayText(s.date));
        setDue(item, s.date);
    }
    checkIns();
}

void DeskBuilder::checkIns()
{
    std::optional<DeskCheckIn> next;
    QDate last;
    bool anyHeld = false;
    for (const Event &e : m_data.events) {
        anyHeld = anyHeld || e.status == EventStatus::Held;
        if (e.kind != EventKind::CheckIn)
            continue;
        const QDate date = e.start.date();
        if (e.status == EventStatus::Held && date <= m_today)
            last = std::max(last, date);
        if (e.status == EventStatus::Planned && endOf(e) > m_now && (!next || date < next->date))
            next = DeskCheckIn{date, e.title, e.id, 0};
    }
    for (const Survey &s : m_data.metrics.surveys) {
        if (s.kind != SurveyKind::CheckIn || !s.date.isValid())
            continue;
        if (s.date <= m_today)
            last = std::max(last, s.date);
        if (s.date >= m_today && (!next || s.date < next->date))
            next = DeskCheckIn{s.date, s.title, 0, s.id};
    }
    m_desk.nextCheckIn = next;
    const bool due = !last.isValid() || last.daysTo(m_today) >= DeskRules::CheckInEveryDays;
    if (!anyHeld || !due || (next && next->date <= m_horizon))
        return;
    DeskItem &item = add(
        DeskSection::Feedback, QStringLiteral("check-in"),
        QStringLiteral("check-in:since:%1").arg(last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("never")),
        DeskAction::PlanCheckIn);
    item.title = tr("Run a check-in");
    item.detail = last.isValid() ? tr("The last one was on %1, %2 days ago: a two-minute poll shows how members "
                                      "are doing.")
                                       .arg(dayText(last))
                                       .arg(last.daysTo(m_today))
                                 : tr("No check-in yet: a two-minute poll shows how members are doing.");
    if (next)
        item.detail += QLatin1Char(' ') + tr("The next one planned is on %1.").arg(dayText(next->date));
}

void DeskBuilder::health()
{
    // Rules the desk already lists as steps or people are not repeated.
    QSet<QString> covered;
    for (const DeskItem &item : std::as_const(m_desk.items)) {
        if (item.key == QLatin1String("first:facilitator"))
            covered << QStringLiteral("no_facilitator");
        if (item.key == QLatin1String("first:charter") || item.key == QLatin1String("first:goals"))
            covered << QStringLiteral("no_clear_purpose");
        if (item.kind == QLatin1String("drifting"))
            covered << QStringLiteral("drifting_members");
        if (item.kind == QLatin1String("check-in"))
            covered << QStringLiteral("no_feedback");
    }
    int shown = 0;
    for (const HealthFlag &flag : m_a.health.flags) {
        if (shown == DeskRules::TopFlags || flag.severity == Severity::Info)
            break;
        if (covered.contains(flag.rule))
            continue;
        DeskItem &item = add(DeskSection::Health, QStringLiteral("health"), QStringLiteral("health:") + flag.rule,
                             DeskAction::OpenDashboard);
        item.title = HealthCheck::ruleLabel(flag.rule);
        item.detail = tr("%1 — %2").arg(flag.evidence, flag.recommendation);
        ++shown;
    }
}

} // namespace

const DeskItem *Desk::item(const QString &key) const
{
    for (const DeskItem &i : items) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

Desk computeDesk(const DeskData &data, const Assessment &assessment)
{
    return DeskBuilder(data, assessment).build();
}

Desk computeDesk(const DeskData &data, const std::atomic_bool *cancelled)
{
    const Assessment assessment = assess(data.metrics, MetricsOptions{}, data.now.date(), cancelled);
    if (cancelled && cancelled->load())
        return {};
    return computeDesk(data, assessment);
}

QHash<QString, DeskMark> deskMarksByKey(const QList<DeskMark> &marks)
{
    QHash<QString, DeskMark> byKey;
    for (const DeskMark &mark : marks)
        byKey.insert(mark.itemKey, mark);
    return byKey;
}

DeskItemState deskItemState(const QString &key, const QHash<QString, DeskMark> &marks, const QDate &today)
{
    const auto it = marks.constFind(key);
    if (it == marks.cend())
        return DeskItemState::Open;
    if (it->kind == DeskMarkKind::Done) {
        static const QStringList recurring{QStringLiteral("health"), QStringLiteral("drifting"),
                                           QStringLiteral("newcomer"), QStringLiteral("recognise")};
        const bool expires = recurring.contains(key.section(QLatin1Char(':'), 0, 0)) && it->date.isValid();
        return expires && it->date.addDays(DeskRules::RecurringDoneDays) <= today ? DeskItemState::Open
                                                                                  : DeskItemState::Done;
    }
    return it->until.isValid() && it->until <= today ? DeskItemState::Open : DeskItemState::Snoozed;
}

QList<DeskItem> openDeskItems(const Desk &desk, const QList<DeskMark> &marks)
{
    const QHash<QString, DeskMark> byKey = deskMarksByKey(marks);
    QList<DeskItem> open;
    for (const DeskItem &item : desk.items) {
        if (deskItemState(item.key, byKey, desk.today) == DeskItemState::Open)
            open << item;
    }
    return open;
}

QString DeskText::sectionTitle(DeskSection section)
{
    switch (section) {
    case DeskSection::FirstSteps:
        return tr("First steps");
    case DeskSection::ComingUp:
        return tr("Coming up this week and next");
    case DeskSection::AfterEvents:
        return tr("After the events");
    case DeskSection::Checklist:
        return tr("The stage's checklist");
    case DeskSection::People:
        return tr("People to reach out to");
    case DeskSection::Feedback:
        return tr("Surveys and check-ins");
    case DeskSection::Health:
        return tr("Health check");
    }
    return {};
}

QString DeskText::verdictLabel(Verdict verdict)
{
    return HealthCheck::label(verdict);
}

} // namespace cultivate
