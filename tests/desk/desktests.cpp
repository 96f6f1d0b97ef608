// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's desk below the GUI (SPEC §10): each kind of item appears when its condition
// holds and not otherwise, on real in-memory plans with a fixed clock; marks hide and snooze items;
// `cultivate agenda --json` lists the same items as the desk computed here.
#include "testsupport.h"

#include "core/assessment/assessment.h"
#include "core/demo/demogenerator.h"
#include "core/desk/desk.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace cultivate;

namespace {

// Wednesday 4 March 2026, nine in the morning: the desk looks ahead to Sunday 15 March.
QDateTime at(int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

struct DeskPlan {
    FixedClock clock{at(3, 4)};
    std::unique_ptr<Plan> plan;

    explicit DeskPlan(PlanTemplate layout = PlanTemplate::Empty)
    {
        NewPlanOptions options;
        options.name = QStringLiteral("Desk Practice");
        options.start = QDate(2026, 1, 1);
        options.layout = layout;
        auto created = createPlanInMemory(options, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();
    }

    Desk desk() const
    {
        auto data = loadDeskData(*plan);
        REQUIRE_OK(data);
        return computeDesk(data.value());
    }
    QList<DeskItem> open() const
    {
        auto data = loadDeskData(*plan);
        REQUIRE_OK(data);
        return openDeskItems(computeDesk(data.value()), data.value().marks);
    }
    static QStringList keysOf(const QList<DeskItem> &items)
    {
        QStringList keys;
        for (const DeskItem &item : items)
            keys << item.key;
        return keys;
    }
    QStringList keys() const { return keysOf(desk().items); }
    QStringList openKeys() const { return keysOf(open()); }

    Id member(const QString &name, Role role = Role::Member)
    {
        Member m;
        m.name = name;
        m.role = role;
        m.joinedDate = QDate(2026, 1, 1);
        auto id = plan->add(m);
        REQUIRE_OK(id);
        return id.value();
    }
    Id event(const QString &title, const QDateTime &start, EventStatus status = EventStatus::Planned,
             const QString &agenda = QStringLiteral("Welcome, the case, questions"),
             const QString &location = QStringLiteral("Room 2.14"), EventKind kind = EventKind::Meeting)
    {
        Event e;
        e.title = title;
        e.start = start;
        e.durationMinutes = 60;
        e.status = status;
        e.agenda = agenda;
        e.location = location;
        e.kind = kind;
        auto id = plan->add(e);
        REQUIRE_OK(id);
        return id.value();
    }
    void attended(Id eventId, Id memberId, AttendanceStatus status = AttendanceStatus::Present)
    {
        Attendance a;
        a.eventId = eventId;
        a.memberId = memberId;
        a.status = status;
        REQUIRE_OK(plan->add(a));
    }
    Id survey(const QString &title, const QDate &date, SurveyKind kind = SurveyKind::SessionFeedback)
    {
        Survey s;
        s.title = title;
        s.date = date;
        s.kind = kind;
        auto id = plan->add(s);
        REQUIRE_OK(id);
        return id.value();
    }
    Stage stage(StageKind kind) const
    {
        for (const Stage &s : plan->list<Stage>().value()) {
            if (s.kind == kind)
                return s;
        }
        FAIL("no stage");
        return {};
    }
    QList<ChecklistItem> checklistOf(StageKind kind) const
    {
        const Id stageId = stage(kind).id;
        QList<ChecklistItem> items;
        for (const ChecklistItem &item : plan->list<ChecklistItem>().value()) {
            if (item.stageId == stageId)
                items << item;
        }
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
        return items;
    }
};

QString eventKey(const char *kind, Id id)
{
    return QStringLiteral("%1:event:%2").arg(QLatin1String(kind)).arg(id);
}

QString memberKey(const char *kind, Id id)
{
    return QStringLiteral("%1:member:%2").arg(QLatin1String(kind)).arg(id);
}

} // namespace

TEST_CASE("a new plan's desk shows its first steps, and each goes when it is done")
{
    DeskPlan f;
    const Desk desk = f.desk();
    CHECK(desk.today == QDate(2026, 3, 4));
    CHECK(desk.horizon == QDate(2026, 3, 15));
    QStringList first;
    for (const DeskItem &item : desk.items) {
        if (item.section == DeskSection::FirstSteps)
            first << item.key;
    }
    CHECK(first == QStringList{QStringLiteral("first:charter"), QStringLiteral("first:facilitator"),
                               QStringLiteral("first:pilot"), QStringLiteral("first:goals"),
                               QStringLiteral("first:events")});
    CHECK(desk.item(QStringLiteral("first:charter"))->action == DeskAction::EditCharter);
    CHECK(desk.item(QStringLiteral("first:pilot"))->action == DeskAction::ImportMembers);

    Community community = f.plan->community().value();
    community.domain = QStringLiteral("Open data for city services");
    community.purpose = QStringLiteral("Learn from each other's releases");
    REQUIRE_OK(f.plan->update(community));
    f.member(QStringLiteral("Fatima Facilitator"), Role::Facilitator);
    for (int i = 0; i < DeskRules::PilotGroupSize; ++i)
        f.member(QStringLiteral("Pilot %1").arg(i));
    Goal goal;
    goal.title = QStringLiteral("Forty active members");
    goal.target = 40;
    REQUIRE_OK(f.plan->add(goal));
    f.event(QStringLiteral("Pilot kickoff"), at(4, 20, 10));

    const QStringList keys = f.keys();
    for (const char *key : {"first:charter", "first:facilitator", "first:pilot", "first:goals", "first:events"})
        CHECK_FALSE(keys.contains(QLatin1String(key)));
}

TEST_CASE("the one-year template's plan has its events, so the desk does not ask for them")
{
    DeskPlan f(PlanTemplate::OneYear);
    const QStringList keys = f.keys();
    CHECK_FALSE(keys.contains(QStringLiteral("first:events")));
    CHECK(keys.contains(QStringLiteral("first:charter")));
}

TEST_CASE("the reminder item appears seven days before the event, and is overdue after its day")
{
    DeskPlan f;
    const Id meeting = f.event(QStringLiteral("March meeting"), at(3, 12, 10)); // Thursday of next week
    const QString reminder = eventKey("reminder", meeting);

    Desk desk = f.desk(); // eight days before
    REQUIRE(desk.upcoming.size() == 1);
    CHECK(desk.upcoming.first().id == meeting);
    CHECK(desk.upcoming.first().needs.isEmpty());
    CHECK(desk.item(reminder) == nullptr);

    f.clock.set(at(3, 5)); // seven days before
    desk = f.desk();
    const DeskItem *item = desk.item(reminder);
    REQUIRE(item != nullptr);
    CHECK(item->section == DeskSection::ComingUp);
    CHECK(item->action == DeskAction::DraftReminder);
    CHECK(item->target == meeting);
    CHECK(item->due == QDate(2026, 3, 5));
    CHECK_FALSE(item->overdue);
    CHECK(desk.upcoming.first().needs == QStringList{reminder});

    f.clock.set(at(3, 9));
    desk = f.desk();
    REQUIRE(desk.item(reminder) != nullptr);
    CHECK(desk.item(reminder)->overdue);

    f.clock.set(at(3, 12, 11, 30)); // the meeting has ended: it no longer comes up
    CHECK_FALSE(f.keys().contains(reminder));
}

TEST_CASE("an event of this week or next without an agenda or a place asks for them, and only it")
{
    DeskPlan f;
    const Id bare = f.event(QStringLiteral("Data clinic"), at(3, 10, 14), EventStatus::Planned, {}, {});
    const Id later = f.event(QStringLiteral("April clinic"), at(3, 20, 14), EventStatus::Planned, {}, {});
    const Id cancelled = f.event(QStringLiteral("Cancelled clinic"), at(3, 11, 14), EventStatus::Cancelled, {}, {});

    Desk desk = f.desk();
    REQUIRE(desk.item(eventKey("agenda", bare)) != nullptr);
    REQUIRE(desk.item(eventKey("location", bare)) != nullptr);
    CHECK(desk.item(eventKey("agenda", bare))->action == DeskAction::EditEvent);
    CHECK(desk.item(eventKey("agenda", bare))->due == QDate(2026, 3, 4)); // the reminder day has come
    for (Id other : {later, cancelled}) {
        CHECK(desk.item(eventKey("agenda", other)) == nullptr);
        CHECK(desk.item(eventKey("location", other)) == nullptr);
    }
    REQUIRE(desk.upcoming.size() == 1);

    Event e = f.plan->get<Event>(bare).value();
    e.agenda = QStringLiteral("Bring a dataset");
    e.location = QStringLiteral("https://meet.example.org/clinic");
    REQUIRE_OK(f.plan->update(e));
    desk = f.desk();
    CHECK(desk.item(eventKey("agenda", bare)) == nullptr);
    CHECK(desk.item(eventKey("location", bare)) == nullptr);
}

TEST_CASE("a held event asks for its attendance, its follow-up and a note to those who missed it")
{
    DeskPlan f;
    const Id ana = f.member(QStringLiteral("Ana"));
    const Id ben = f.member(QStringLiteral("Ben"));
    const Id webinar = f.event(QStringLiteral("Webinar"), at(3, 2, 10), EventStatus::Held); // Monday
    const Id old = f.event(QStringLiteral("January webinar"), at(1, 20, 10), EventStatus::Held);

    Desk desk = f.desk();
    const DeskItem *attendance = desk.item(eventKey("attendance", webinar));
    REQUIRE(attendance != nullptr);
    CHECK(attendance->section == DeskSection::AfterEvents);
    CHECK(attendance->action == DeskAction::ImportAttendance);
    CHECK(attendance->due == QDate(2026, 3, 4));
    const DeskItem *followUp = desk.item(eventKey("follow-up", webinar));
    REQUIRE(followUp != nullptr);
    CHECK(followUp->action == DeskAction::DraftFollowUp);
    CHECK(followUp->overdue);                                    // due the day after
    CHECK(desk.item(eventKey("missed-it", webinar)) == nullptr); // nobody is known to have missed it yet
    CHECK(desk.item(eventKey("attendance", old)) == nullptr);    // too long ago to ask
    CHECK(desk.item(eventKey("follow-up", old)) == nullptr);

    f.attended(webinar, ana);
    f.attended(webinar, ben, AttendanceStatus::Absent);
    desk = f.desk();
    CHECK(desk.item(eventKey("attendance", webinar)) == nullptr);
    const DeskItem *missed = desk.item(eventKey("missed-it", webinar));
    REQUIRE(missed != nullptr);
    CHECK(missed->action == DeskAction::DraftMissedIt);
    CHECK(missed->detail.endsWith(QStringLiteral(": 1 of 2 members.")));

    Attendance benRow = f.plan->listWhere<Attendance>(QStringLiteral("member_id"), ben).value().first();
    benRow.status = AttendanceStatus::Present;
    REQUIRE_OK(f.plan->update(benRow));
    CHECK(f.desk().item(eventKey("missed-it", webinar)) == nullptr);

    f.clock.set(at(3, 10)); // eight days after: the follow-up is no longer asked for
    CHECK(f.desk().item(eventKey("follow-up", webinar)) == nullptr);
}

TEST_CASE("a planned event that has passed without attendance asks for it, and nothing else")
{
    DeskPlan f;
    const Id passed = f.event(QStringLiteral("Workshop"), at(3, 3, 10));
    const Desk desk = f.desk();
    REQUIRE(desk.item(eventKey("attendance", passed)) != nullptr);
    CHECK(desk.item(eventKey("follow-up", passed)) == nullptr);
    CHECK(desk.upcoming.isEmpty());
}

TEST_CASE("the current stage's checklist items due by next Sunday appear, overdue ones marked")
{
    DeskPlan f;
    QList<ChecklistItem> items = f.checklistOf(StageKind::Define);
    REQUIRE(items.size() >= 4);
    items[0].dueDate = QDate(2026, 3, 6);
    items[1].dueDate = QDate(2026, 3, 1);
    items[2].dueDate = QDate(2026, 4, 30);
    items[3].dueDate = QDate(2026, 3, 2);
    items[3].done = true;
    for (const ChecklistItem &item : std::as_const(items))
        REQUIRE_OK(f.plan->update(item));
    const QList<ChecklistItem> pilot = f.checklistOf(StageKind::Pilot);
    ChecklistItem otherStage = pilot.first();
    otherStage.dueDate = QDate(2026, 3, 5);
    REQUIRE_OK(f.plan->update(otherStage));

    const Desk desk = f.desk();
    REQUIRE(desk.stage.has_value());
    CHECK(desk.stage->kind == StageKind::Define);
    CHECK(desk.stage->done == 1);
    const auto key = [](const ChecklistItem &item) { return QStringLiteral("checklist:item:%1").arg(item.id); };
    const DeskItem *soon = desk.item(key(items[0]));
    REQUIRE(soon != nullptr);
    CHECK(soon->section == DeskSection::Checklist);
    CHECK(soon->action == DeskAction::OpenChecklistItem);
    CHECK(soon->checklistItem == items[0].id);
    CHECK_FALSE(soon->overdue);
    REQUIRE(desk.item(key(items[1])) != nullptr);
    CHECK(desk.item(key(items[1]))->overdue);
    CHECK(desk.item(key(items[2])) == nullptr);   // due after the horizon
    CHECK(desk.item(key(items[3])) == nullptr);   // done
    CHECK(desk.item(key(otherStage)) == nullptr); // not the current stage
}

TEST_CASE("a newcomer who came to one event and none of those since is to be invited back")
{
    DeskPlan f;
    const Id once = f.member(QStringLiteral("Oona Once"));
    const Id twice = f.member(QStringLiteral("Tom Twice"));
    const Id first = f.event(QStringLiteral("February meeting"), at(2, 10, 10), EventStatus::Held);
    const Id second = f.event(QStringLiteral("Late February meeting"), at(2, 24, 10), EventStatus::Held);
    f.attended(first, once);
    f.attended(first, twice);
    f.attended(second, twice);

    Desk desk = f.desk();
    const DeskItem *item = desk.item(memberKey("newcomer", once));
    REQUIRE(item != nullptr);
    CHECK(item->section == DeskSection::People);
    CHECK(item->action == DeskAction::OpenMember);
    CHECK(item->target == once);
    CHECK(desk.item(memberKey("newcomer", twice)) == nullptr);

    f.attended(second, once);
    CHECK(f.desk().item(memberKey("newcomer", once)) == nullptr);
}

TEST_CASE("a top contributor not recognised in 90 days is to be recognised, until they are")
{
    DeskPlan f;
    const Id star = f.member(QStringLiteral("Sara Star"));
    for (int day : {3, 10, 17}) {
        Contribution c;
        c.memberId = star;
        c.date = QDate(2026, 2, day);
        c.kind = ContributionKind::Presentation;
        REQUIRE_OK(f.plan->add(c));
    }
    const Desk desk = f.desk(); // the item points into it
    const DeskItem *item = desk.item(memberKey("recognise", star));
    REQUIRE(item != nullptr);
    CHECK(item->section == DeskSection::People);
    CHECK(item->target == star);

    Recognition old;
    old.memberId = star;
    old.date = QDate(2025, 11, 20); // more than 90 days ago
    old.reason = QStringLiteral("Hosting");
    REQUIRE_OK(f.plan->add(old));
    CHECK(f.desk().item(memberKey("recognise", star)) != nullptr);

    Recognition recent = old;
    recent.date = QDate(2026, 2, 20);
    REQUIRE_OK(f.plan->add(recent));
    CHECK(f.desk().item(memberKey("recognise", star)) == nullptr);
}

TEST_CASE("open surveys ask for answers, coming ones to be sent, and a month without a check-in asks for one")
{
    DeskPlan f;
    const Id ana = f.member(QStringLiteral("Ana"));
    const Id held = f.event(QStringLiteral("Meeting"), at(2, 3, 10), EventStatus::Held);
    f.attended(held, ana);
    const Id open = f.survey(QStringLiteral("Session feedback"), QDate(2026, 3, 1));
    const Id closed = f.survey(QStringLiteral("January feedback"), QDate(2026, 2, 1));
    const Id coming = f.survey(QStringLiteral("Value check"), QDate(2026, 3, 9), SurveyKind::ValueCreation);

    Desk desk = f.desk();
    const auto surveyItem = [&desk](Id id) { return desk.item(QStringLiteral("survey:%1").arg(id)); };
    REQUIRE(surveyItem(open) != nullptr);
    CHECK(surveyItem(open)->section == DeskSection::Feedback);
    CHECK(surveyItem(open)->action == DeskAction::OpenSurvey);
    CHECK(surveyItem(open)->title.startsWith(QStringLiteral("Collect the answers")));
    CHECK(surveyItem(closed) == nullptr);
    REQUIRE(surveyItem(coming) != nullptr);
    CHECK(surveyItem(coming)->due == QDate(2026, 3, 9));
    CHECK(surveyItem(coming)->title.startsWith(QStringLiteral("Send")));
    const DeskItem *checkIn = desk.item(QStringLiteral("check-in:since:never"));
    REQUIRE(checkIn != nullptr);
    CHECK(checkIn->action == DeskAction::PlanCheckIn);
    CHECK_FALSE(desk.nextCheckIn.has_value());

    f.survey(QStringLiteral("Check-in, February"), QDate(2026, 2, 20), SurveyKind::CheckIn);
    const Id planned =
        f.event(QStringLiteral("April check-in"), at(4, 2, 12), EventStatus::Planned, {}, {}, EventKind::CheckIn);
    desk = f.desk();
    for (const DeskItem &item : std::as_const(desk.items))
        CHECK(item.kind != QStringLiteral("check-in"));
    REQUIRE(desk.nextCheckIn.has_value());
    CHECK(desk.nextCheckIn->eventId == planned);
    CHECK(desk.nextCheckIn->date == QDate(2026, 4, 2));

    f.clock.set(at(3, 24)); // 32 days after the last check-in, with the next one planned by next Sunday
    const QString due = QStringLiteral("check-in:since:2026-02-20");
    CHECK(f.desk().item(due) == nullptr);
    Event cancelled = f.plan->get<Event>(planned).value();
    cancelled.status = EventStatus::Cancelled;
    REQUIRE_OK(f.plan->update(cancelled));
    REQUIRE(f.desk().item(due) != nullptr);
    const Desk withDue = f.desk();
    REQUIRE(withDue.item(due) != nullptr);
    CHECK(withDue.item(due)->section == DeskSection::Feedback);
}

TEST_CASE("a done mark hides an item for good, a snooze until its day")
{
    DeskPlan f;
    const Id meeting = f.event(QStringLiteral("March meeting"), at(3, 12, 10), EventStatus::Planned, {});
    f.clock.set(at(3, 5));
    const QString agenda = eventKey("agenda", meeting);
    const QString reminder = eventKey("reminder", meeting);
    REQUIRE(f.openKeys().contains(agenda));
    REQUIRE(f.openKeys().contains(reminder));

    REQUIRE_OK(f.plan->add(DeskMark{0, reminder, DeskMarkKind::Done, QDate(2026, 3, 5), {}}));
    REQUIRE_OK(f.plan->add(DeskMark{0, agenda, DeskMarkKind::Snoozed, QDate(2026, 3, 5), QDate(2026, 3, 7)}));
    CHECK(f.keys().contains(reminder));           // the condition still holds…
    CHECK_FALSE(f.openKeys().contains(reminder)); // …but the item is done
    CHECK_FALSE(f.openKeys().contains(agenda));

    f.clock.set(at(3, 6));
    CHECK_FALSE(f.openKeys().contains(agenda));
    f.clock.set(at(3, 7));
    CHECK(f.openKeys().contains(agenda));
    CHECK_FALSE(f.openKeys().contains(reminder));

    auto data = loadDeskData(*f.plan);
    REQUIRE_OK(data);
    const QJsonObject json = deskJson(computeDesk(data.value()), data.value().marks);
    CHECK(json.value(QStringLiteral("done")).toInt() == 1);
    CHECK(json.value(QStringLiteral("snoozed")).toInt() == 0);
}

TEST_CASE("a done mark on an item whose cause can return holds sixty days, then the item comes back")
{
    DeskPlan f;
    const Id star = f.member(QStringLiteral("Sara Star"));
    for (int day : {3, 10, 17}) {
        Contribution c;
        c.memberId = star;
        c.date = QDate(2026, 2, day);
        c.kind = ContributionKind::Presentation;
        REQUIRE_OK(f.plan->add(c));
    }
    const QString key = memberKey("recognise", star);
    REQUIRE(f.openKeys().contains(key));
    REQUIRE_OK(f.plan->add(DeskMark{0, key, DeskMarkKind::Done, QDate(2026, 3, 4), {}}));
    CHECK_FALSE(f.openKeys().contains(key));
    f.clock.set(at(5, 2)); // 59 days later
    CHECK_FALSE(f.openKeys().contains(key));
    f.clock.set(at(5, 3)); // 60 days later, still not recognised
    CHECK(f.openKeys().contains(key));
}

TEST_CASE("on the demo community the desk names the drifting members and the health check's top flags")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const FixedClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0)));
    DemoOptions options;
    options.seed = 3;
    auto plan = createDemoPlan(dir.filePath(QStringLiteral("demo.cop")), options, clock);
    REQUIRE_OK(plan);
    auto data = loadDeskData(*plan.value());
    REQUIRE_OK(data);
    const Assessment assessment = assess(data.value().metrics, MetricsOptions{}, clock.today());
    const Desk desk = computeDesk(data.value(), assessment);

    QStringList drifting;
    for (int m : assessment.current.driftingMembers)
        drifting << memberKey("drifting", data.value().metrics.members[size_t(m)].id);
    REQUIRE_FALSE(drifting.isEmpty());
    QStringList shownDrifting;
    QStringList shownFlags;
    for (const DeskItem &item : desk.items) {
        if (item.kind == QLatin1String("drifting"))
            shownDrifting << item.key;
        if (item.kind == QLatin1String("health"))
            shownFlags << item.key.section(QLatin1Char(':'), 1);
    }
    drifting.sort();
    shownDrifting.sort();
    CHECK(shownDrifting == drifting);

    CHECK(desk.verdict == assessment.health.verdict);
    CHECK(desk.headline == assessment.health.headline());
    REQUIRE_FALSE(shownFlags.isEmpty());
    CHECK(shownFlags.size() <= DeskRules::TopFlags);
    QStringList warnings;
    for (const HealthFlag &flag : assessment.health.flags) {
        if (flag.severity != Severity::Info && flag.rule != QLatin1String("drifting_members"))
            warnings << flag.rule;
    }
    CHECK(shownFlags == warnings.mid(0, DeskRules::TopFlags));
}

TEST_CASE("agenda --json lists the same open items as the desk for the demo plan")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.cop"));
    // The command line runs with the day fixed and the time of day running on.
    const FixedClock clock(QDateTime(QDate(2026, 12, 4), QTime::currentTime()));
    DemoOptions options;
    options.seed = 3;
    {
        auto plan = createDemoPlan(path, options, clock);
        REQUIRE_OK(plan);
        // One item marked done and one snoozed: the command leaves both out and counts them.
        auto data = loadDeskData(*plan.value());
        REQUIRE_OK(data);
        const Desk desk = computeDesk(data.value());
        REQUIRE(desk.items.size() >= 3);
        REQUIRE_OK(plan.value()->add(DeskMark{0, desk.items[0].key, DeskMarkKind::Done, clock.today(), {}}));
        REQUIRE_OK(plan.value()->add(
            DeskMark{0, desk.items[1].key, DeskMarkKind::Snoozed, clock.today(), clock.today().addDays(3)}));
    }
    auto plan = Plan::open(path, OpenMode::ReadOnly, clock);
    REQUIRE_OK(plan);
    auto data = loadDeskData(*plan.value());
    REQUIRE_OK(data);
    const Desk desk = computeDesk(data.value());
    const QList<DeskItem> open = openDeskItems(desk, data.value().marks);
    REQUIRE(open.size() == desk.items.size() - 2);

    QProcess process;
    process.setProgram(QStringLiteral(CULTIVATE_BINARY));
    process.setArguments({QStringLiteral("agenda"), path, QStringLiteral("--json")});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("CULTIVATE_TODAY"), QStringLiteral("2026-12-04"));
    process.setProcessEnvironment(env);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    INFO("stderr: " << QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    CHECK(json.value(QStringLiteral("today")).toString() == QStringLiteral("2026-12-04"));
    CHECK(json.value(QStringLiteral("horizon")).toString() == desk.horizon.toString(Qt::ISODate));
    CHECK(json.value(QStringLiteral("verdict")).toString() == enumKey(desk.verdict));
    CHECK(json.value(QStringLiteral("done")).toInt() == 1);
    CHECK(json.value(QStringLiteral("snoozed")).toInt() == 1);
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == open.size());
    for (int i = 0; i < open.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        CHECK(item.value(QStringLiteral("key")).toString() == open[i].key);
        CHECK(item.value(QStringLiteral("section")).toString() == enumKey(open[i].section));
        CHECK(item.value(QStringLiteral("title")).toString() == open[i].title);
        CHECK(item.value(QStringLiteral("action")).toString() == enumKey(open[i].action));
        CHECK(item.value(QStringLiteral("due")).toString() ==
              (open[i].due.isValid() ? open[i].due.toString(Qt::ISODate) : QString()));
    }
    REQUIRE(json.value(QStringLiteral("stage")).isObject());
    const QJsonObject stage = json.value(QStringLiteral("stage")).toObject();
    CHECK(stage.value(QStringLiteral("kind")).toString() == enumKey(desk.stage->kind));
    CHECK(stage.value(QStringLiteral("number")).toInt() == desk.stage->number);
    CHECK(stage.value(QStringLiteral("stages")).toInt() == 5);

    process.setArguments({QStringLiteral("agenda"), path});
    process.start();
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const DeskItem &item : open)
        CHECK(text.contains(item.title));
    CHECK(text.contains(QStringLiteral("2 more marked done or snoozed.")));
}

TEST_CASE("agenda refuses a file that is not a plan with one line and exit 1")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cop"));
    test::writeFile(path, "not a plan");
    QProcess process;
    process.setProgram(QStringLiteral(CULTIVATE_BINARY));
    process.setArguments({QStringLiteral("agenda"), path});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    CHECK(err.count(QLatin1Char('\n')) == 1);
    CHECK(err.contains(QStringLiteral("notes.cop")));
    CHECK(process.readAllStandardOutput().isEmpty());
}
