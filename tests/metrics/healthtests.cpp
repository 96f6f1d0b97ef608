// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The health rules of SPEC §5: each fires on its evidence and stays quiet otherwise, their
// thresholds are plan settings, and the verdict follows the most severe flag.
#include "testsupport.h"

#include "metricsfixture.h"

#include "core/assessment/assessment.h"
#include "core/lifecycle/newplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace cultivate;

namespace {

const HealthFlag *find(const QList<HealthFlag> &flags, const char *rule)
{
    for (const HealthFlag &flag : flags) {
        if (flag.rule == QLatin1String(rule))
            return &flag;
    }
    return nullptr;
}

QStringList rules(const QList<HealthFlag> &flags)
{
    QStringList list;
    for (const HealthFlag &flag : flags)
        list << flag.rule;
    return list;
}

// A community that breaks no rule, built by hand, that each test bends in one place. The plan year
// starts on 1 January 2026; today is 15 July 2026, so the default window is 1 January … 15 July and
// its latest complete month is June.
//   - a facilitator, a purpose and a goal; twenty counted members in four organisations;
//   - an event held on the 10th of every month, January to July;
//   - M0 and M1 host once and come to everything (core, 10%); M2 … M5 come to everything and post
//     every month (active, 20%); M6 … M17 come every third month (occasional); M18 never comes;
//     M19 first comes in May (a newcomer);
//   - a resource, a recognition and a check-in with 15 of 20 answers on 1 July.
struct Healthy {
    FixedClock clock{QDateTime(QDate(2026, 7, 15), QTime(12, 0))};
    std::unique_ptr<Plan> plan;
    QList<Id> members;
    QList<Id> events; // by month, January = 0
    Id facilitator = 0;

    Healthy()
    {
        auto created =
            createPlanInMemory(NewPlanOptions{QStringLiteral("Health"), QDate(2026, 1, 1), PlanTemplate::Empty}, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();
        Community community = plan->community().value();
        community.purpose = QStringLiteral("Share what works in incident reviews");
        REQUIRE_OK(plan->update(community));
        REQUIRE_OK(plan->add(Goal{0, QStringLiteral("Reach"), {}, 0.2, 0.6, {}, {}, QStringLiteral("reach"), {}}));
        facilitator = addMember(QStringLiteral("Fay"), Role::Facilitator, QStringLiteral("OrgA"));
        for (int i = 0; i < 20; ++i)
            members << addMember(QStringLiteral("M%1").arg(i), Role::Member,
                                 QStringLiteral("Org%1").arg(QChar(u'A' + i % 4)));
        for (int month = 1; month <= 7; ++month)
            events << addEvent(QDate(2026, month, 10), EventStatus::Held);
        for (int month = 0; month < 7; ++month) {
            for (int i = 0; i < 6; ++i)
                attend(i, month);
            for (int i = 6; i < 18; ++i) {
                if ((month + i) % 3 == 0)
                    attend(i, month);
            }
            for (int i = 2; i < 6; ++i)
                contribute(i, QDate(2026, month + 1, 12), ContributionKind::Post);
        }
        attend(19, 4); // May
        contribute(0, QDate(2026, 2, 10), ContributionKind::Hosting);
        contribute(1, QDate(2026, 5, 10), ContributionKind::Hosting);
        Resource r;
        r.title = QStringLiteral("Review template");
        r.addedDate = QDate(2026, 7, 1);
        REQUIRE_OK(plan->add(r));
        REQUIRE_OK(plan->add(Recognition{0, members[0], QDate(2026, 7, 1), QStringLiteral("Hosted")}));
        survey(QDate(2026, 7, 1), 20, 15);
    }

    Id addMember(const QString &name, Role role, const QString &organisation, QDate joined = QDate(2026, 1, 1))
    {
        Member m;
        m.name = name;
        m.role = role;
        m.organisation = organisation;
        m.joinedDate = joined;
        auto id = plan->add(m);
        REQUIRE_OK(id);
        return id.value();
    }
    Id addEvent(QDate date, EventStatus status)
    {
        Event e;
        e.title = QStringLiteral("Meeting %1").arg(date.toString(Qt::ISODate));
        e.start = QDateTime(date, QTime(15, 0));
        e.durationMinutes = 60;
        e.status = status;
        auto id = plan->add(e);
        REQUIRE_OK(id);
        return id.value();
    }
    void attend(int member, int month)
    {
        REQUIRE_OK(plan->add(Attendance{0, events[month], members[member], AttendanceStatus::Present, 60, {}}));
    }
    void contribute(int member, QDate date, ContributionKind kind)
    {
        REQUIRE_OK(plan->add(Contribution{0, members[member], date, kind, {}, {}, {}}));
    }
    Id survey(QDate date, int invited, int responses)
    {
        const Id id =
            plan->add(Survey{0, QStringLiteral("Check-in"), SurveyKind::CheckIn, date, true, {}, invited, {}}).value();
        for (int i = 0; i < responses; ++i)
            REQUIRE_OK(plan->add(Response{0, id, {}, QStringLiteral("R%1").arg(i), date}));
        return id;
    }
    void removeAll(EntityKind kind)
    {
        REQUIRE_OK(plan->exec(QStringLiteral("DELETE FROM %1")
                                  .arg(kind == EntityKind::Resource      ? QStringLiteral("resource")
                                       : kind == EntityKind::Recognition ? QStringLiteral("recognition")
                                                                         : QStringLiteral("survey"))));
    }
    void setSetting(const char *key, double value)
    {
        REQUIRE_OK(plan->add(PlanSetting{0, QString::fromLatin1(key), value}));
    }
    Assessment assessment(const MetricsOptions &options = {}) const
    {
        auto data = loadMetricsData(*plan);
        REQUIRE_OK(data);
        return assess(data.value(), options, clock.today());
    }
    QList<HealthFlag> flags(const MetricsOptions &options = {}) const { return assessment(options).health.flags; }
};

} // namespace

TEST_CASE("a community that breaks no rule is healthy and says it has no warning signs")
{
    Healthy c;
    const Assessment a = c.assessment();
    INFO(rules(a.health.flags).join(QLatin1Char(' ')).toStdString());
    CHECK(a.health.flags.isEmpty());
    CHECK(a.health.verdict == Verdict::Healthy);
    CHECK(a.health.headline() == QStringLiteral("Healthy: no warning signs"));
    // The figures the rules stay quiet on.
    CHECK(a.current.latestCompleteMonthKey() == QStringLiteral("2026-06"));
    CHECK(a.band(Level::Core) == BandVerdict::Within);
    CHECK(a.band(Level::Active) == BandVerdict::Within);
}

TEST_CASE("no clear purpose: an empty purpose or no goals")
{
    Healthy c;
    Community community = c.plan->community().value();
    community.purpose.clear();
    REQUIRE_OK(c.plan->update(community));
    const auto flags = c.flags();
    REQUIRE(find(flags, "no_clear_purpose"));
    CHECK(find(flags, "no_clear_purpose")->evidence.contains(QStringLiteral("no purpose")));
    CHECK(find(flags, "no_clear_purpose")->severity == Severity::Warning);
}

TEST_CASE("no facilitator is critical and makes the verdict act")
{
    Healthy c;
    Member fay = c.plan->get<Member>(c.facilitator).value();
    fay.leftDate = QDate(2026, 6, 30);
    REQUIRE_OK(c.plan->update(fay));
    const Assessment a = c.assessment();
    REQUIRE(find(a.health.flags, "no_facilitator"));
    CHECK(find(a.health.flags, "no_facilitator")->severity == Severity::Critical);
    CHECK(a.health.verdict == Verdict::Act);
    CHECK(a.health.flags.first().rule == QStringLiteral("no_facilitator")); // most severe first
    CHECK(a.health.headline() == QStringLiteral("Act now: 1 critical sign"));
}

TEST_CASE("passive participation: core and active below a quarter of the members")
{
    Healthy c;
    // Six more members who never take part: core and active are 6 of 26 (23%).
    for (int i = 0; i < 6; ++i)
        c.addMember(QStringLiteral("Quiet %1").arg(i), Role::Member, QStringLiteral("OrgA"));
    const auto flags = c.flags();
    REQUIRE(find(flags, "passive_participation"));
    CHECK(find(flags, "passive_participation")->evidence.contains(QStringLiteral("6 of 26 (23%, below 25%)")));
    // A lower threshold keeps it quiet.
    c.setSetting("health.engaged_share_low", 0.20);
    CHECK_FALSE(find(c.flags(), "passive_participation"));
}

TEST_CASE("passive participation: active members falling three complete months running")
{
    FixedClock clock(QDateTime(QDate(2026, 5, 20), QTime(9, 0)));
    auto created =
        createPlanInMemory(NewPlanOptions{QStringLiteral("Quiet"), QDate(2026, 1, 1), PlanTemplate::Empty}, clock);
    REQUIRE_OK(created);
    Plan &p = *created.value();
    QList<Id> people;
    for (int i = 0; i < 4; ++i) {
        Member m;
        m.name = QStringLiteral("P%1").arg(i);
        m.joinedDate = QDate(2026, 1, 1);
        people << p.add(m).value();
    }
    // Four posters in January, three in February, two in March, one in April; May is still running.
    for (int month = 1; month <= 4; ++month) {
        for (int i = 0; i < 5 - month; ++i)
            REQUIRE_OK(p.add(Contribution{0, people[i], QDate(2026, month, 5), ContributionKind::Post, {}, {}, {}}));
    }
    const auto flags = assess(loadMetricsData(p).value(), {}, clock.today()).health.flags;
    const HealthFlag *passive = find(flags, "passive_participation");
    REQUIRE(passive);
    CHECK(passive->evidence.contains(QStringLiteral("fell 3 complete months running (4 → 3 → 2 → 1)")));
}

TEST_CASE("no rhythm: a month of the window without an event held or planned")
{
    Healthy c;
    REQUIRE_OK(c.plan->remove<Event>(c.events[2])); // March
    const auto flags = c.flags();
    REQUIRE(find(flags, "no_rhythm"));
    CHECK(find(flags, "no_rhythm")->evidence == QStringLiteral("no event held or planned in March 2026"));
    // A planned event fills the month again.
    c.addEvent(QDate(2026, 3, 24), EventStatus::Planned);
    CHECK_FALSE(find(c.flags(), "no_rhythm"));
}

TEST_CASE("no shared repertoire, recognition or feedback: days since the latest, judged at the window's end")
{
    Healthy c;
    c.removeAll(EntityKind::Resource);
    c.removeAll(EntityKind::Recognition);
    c.removeAll(EntityKind::Survey);
    const auto flags = c.flags();
    REQUIRE(find(flags, "no_shared_repertoire"));
    CHECK(find(flags, "no_shared_repertoire")->evidence == QStringLiteral("no resource added in 195 days"));
    REQUIRE(find(flags, "no_recognition"));
    CHECK(find(flags, "no_recognition")->severity == Severity::Info);
    REQUIRE(find(flags, "no_feedback"));
    // A window that ends in February judges as of its last day: 58 days, within the 60.
    MetricsOptions early;
    early.from = QDate(2026, 1, 1);
    early.to = QDate(2026, 2, 28);
    CHECK_FALSE(find(c.flags(early), "no_shared_repertoire"));
    c.setSetting("health.repertoire_days", 30);
    CHECK(find(c.flags(early), "no_shared_repertoire"));
}

TEST_CASE("a stage past its planned end and not done is overdue, a done one is not")
{
    Healthy c;
    Stage define = c.plan->list<Stage>().value().first();
    define.plannedStart = QDate(2026, 1, 1);
    define.plannedEnd = QDate(2026, 1, 31);
    define.status = StageStatus::InProgress;
    REQUIRE_OK(c.plan->update(define));
    REQUIRE(find(c.flags(), "stage_overdue"));
    CHECK(find(c.flags(), "stage_overdue")->evidence.contains(QStringLiteral("Define domain")));
    define.status = StageStatus::Done;
    REQUIRE_OK(c.plan->update(define));
    CHECK_FALSE(find(c.flags(), "stage_overdue"));
}

TEST_CASE("low stickiness is a warning below 20% and critical below 10%")
{
    Healthy c;
    // Two hundred members who came once in January: June's twelve-month base grows, its active do not.
    const Id january = c.events[0];
    for (int i = 0; i < 200; ++i) {
        const Id m = c.addMember(QStringLiteral("Once %1").arg(i), Role::Member, QStringLiteral("Org%1").arg(i));
        REQUIRE_OK(c.plan->add(Attendance{0, january, m, AttendanceStatus::Present, 60, {}}));
    }
    Assessment a = c.assessment();
    REQUIRE(a.current.stickiness);
    CHECK(*a.current.stickiness < 0.10);
    REQUIRE(find(a.health.flags, "low_stickiness"));
    CHECK(find(a.health.flags, "low_stickiness")->severity == Severity::Critical);
    CHECK(find(a.health.flags, "low_stickiness")->evidence.startsWith(QStringLiteral("stickiness in June 2026 is")));
    CHECK(a.health.verdict == Verdict::Act);
    c.setSetting("health.stickiness_critical", 0.01);
    a = c.assessment();
    CHECK(find(a.health.flags, "low_stickiness")->severity == Severity::Warning);
    CHECK(a.health.verdict == Verdict::Watch);
}

TEST_CASE("stickiness falling by ten points against the three months before")
{
    Healthy c;
    // Nobody but the core comes in June: June's stickiness drops well below March to May's.
    REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM attendance WHERE event_id = ? AND member_id NOT IN (?, ?)"),
                            {c.events[5], c.members[0], c.members[1]}));
    REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM contribution WHERE date LIKE '2026-06%'")));
    const Assessment a = c.assessment();
    REQUIRE(find(a.health.flags, "stickiness_falling"));
    CHECK(find(a.health.flags, "stickiness_falling")->evidence.contains(QStringLiteral("June 2026")));
    c.setSetting("health.stickiness_drop", 0.9);
    CHECK_FALSE(find(c.flags(), "stickiness_falling"));
}

TEST_CASE("a low mean attendance rate is flagged below 25%, beside the figure it reads")
{
    Healthy c;
    for (int i = 2; i < 10; ++i)
        REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM attendance WHERE member_id = ?"), {c.members[i]}));
    const Assessment a = c.assessment();
    REQUIRE(a.current.meanAttendanceRate);
    CHECK(*a.current.meanAttendanceRate < 0.25);
    REQUIRE(find(a.health.flags, "low_attendance_rate"));
    CHECK(
        find(a.health.flags, "low_attendance_rate")
            ->evidence.startsWith(
                QStringLiteral("members attended %1% of the events").arg(qRound(*a.current.meanAttendanceRate * 100))));
}

TEST_CASE("shares outside Wenger's bands are a note judged on the exact share")
{
    Healthy c;
    // M2 hosts: core becomes 3 of 20 (15%, within); M3 too: 4 of 20 (20%, above).
    c.contribute(2, QDate(2026, 3, 1), ContributionKind::Hosting);
    CHECK_FALSE(find(c.flags(), "wenger_bands"));
    c.contribute(3, QDate(2026, 3, 1), ContributionKind::Hosting);
    const Assessment a = c.assessment();
    REQUIRE(find(a.health.flags, "wenger_bands"));
    CHECK(find(a.health.flags, "wenger_bands")->severity == Severity::Info);
    CHECK(a.health.verdict == Verdict::Healthy); // a note only
    CHECK(a.health.headline() == QStringLiteral("Healthy, with 1 note to consider"));
    CHECK(a.band(Level::Core) == BandVerdict::Above);
    // 9.6% is below the 10% band, though it rounds to 10%.
    CHECK(bandVerdict(Level::Core, 0.096) == BandVerdict::Below);
    CHECK(bandVerdict(Level::Core, 0.10) == BandVerdict::Within);
    CHECK_FALSE(bandVerdict(Level::Occasional, 0.5).has_value());
}

TEST_CASE("turnout of the last three events at most 60% of the three before")
{
    Healthy c;
    // May, June and July lose everyone but M0 and M1.
    for (int month = 4; month < 7; ++month)
        REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM attendance WHERE event_id = ? AND member_id NOT IN (?, ?)"),
                                {c.events[month], c.members[0], c.members[1]}));
    REQUIRE(find(c.flags(), "turnout_falling"));
    c.setSetting("health.turnout_drop", 0.1);
    CHECK_FALSE(find(c.flags(), "turnout_falling"));
}

TEST_CASE("no newcomer in the last three complete months")
{
    Healthy c;
    REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM attendance WHERE member_id = ?"), {c.members[19]}));
    const auto flags = c.flags();
    REQUIRE(find(flags, "no_newcomers"));
    CHECK(find(flags, "no_newcomers")->evidence == QStringLiteral("no newcomer in the 3 complete months to June 2026"));
}

TEST_CASE("newcomer conversion below 30% is judged only over ten newcomers or more")
{
    Healthy c;
    // Twelve newcomers in February, each at one event only: none converts. Their three months
    // (February to April) are over.
    for (int i = 0; i < 12; ++i) {
        const Id m = c.addMember(QStringLiteral("New %1").arg(i), Role::Member, QStringLiteral("Org%1").arg(i));
        REQUIRE_OK(c.plan->add(Attendance{0, c.events[1], m, AttendanceStatus::Present, 60, {}}));
    }
    Assessment a = c.assessment();
    REQUIRE(a.current.newcomerConversion);
    CHECK(a.current.conversionNewcomers >= 10);
    REQUIRE(find(a.health.flags, "low_conversion"));
    c.setSetting("health.conversion_minimum", 100);
    CHECK_FALSE(find(c.flags(), "low_conversion"));
}

TEST_CASE("members drifting away are named by count and listed one click away")
{
    Healthy c;
    // Judged on 15 September: the latest complete month is August, the quarter before it the second.
    // M2 … M5, active then, stay away in July and August; M0 and M1 keep coming.
    c.clock.set(QDateTime(QDate(2026, 9, 15), QTime(12, 0)));
    for (int month = 8; month <= 9; ++month)
        c.events << c.addEvent(QDate(2026, month, 10), EventStatus::Held);
    for (int i = 0; i < 2; ++i)
        c.attend(i, 7); // August
    REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM attendance WHERE event_id = ? AND member_id IN (?, ?, ?, ?)"),
                            {c.events[6], c.members[2], c.members[3], c.members[4], c.members[5]}));
    REQUIRE_OK(c.plan->exec(QStringLiteral("DELETE FROM contribution WHERE date LIKE '2026-07%'")));
    const Assessment a = c.assessment();
    const HealthFlag *drifting = find(a.health.flags, "drifting_members");
    REQUIRE(drifting);
    CHECK(drifting->members.size() == 4);
    CHECK(drifting->evidence.startsWith(QStringLiteral("4 members who were core or active last quarter")));
    CHECK(a.current.driftingMembers == drifting->members);
    // In the healthy community nobody drifts.
    CHECK_FALSE(find(Healthy().flags(), "drifting_members"));
}

TEST_CASE("concentration risk: one member or one organisation holds half the contribution weight")
{
    Healthy c;
    for (int i = 0; i < 10; ++i)
        c.contribute(0, QDate(2026, 4, 1 + i), ContributionKind::Mentoring);
    const auto flags = c.flags();
    REQUIRE(find(flags, "concentration_risk"));
    CHECK(find(flags, "concentration_risk")->evidence.contains(QStringLiteral("one member")));
}

TEST_CASE("a community within one organisation is no organisation concentration risk")
{
    Healthy c;
    REQUIRE_OK(c.plan->exec(QStringLiteral("UPDATE member SET organisation = 'OrgA'")));
    CHECK_FALSE(find(c.flags(), "concentration_risk"));
}

TEST_CASE("low survey completion, once the survey has had two weeks")
{
    Healthy c;
    c.survey(QDate(2026, 6, 1), 20, 4);  // 20%, six weeks ago
    c.survey(QDate(2026, 7, 10), 20, 1); // 5%, but only five days ago
    const auto flags = c.flags();
    REQUIRE(find(flags, "low_survey_completion"));
    CHECK(find(flags, "low_survey_completion")->evidence.contains(QStringLiteral("20% (4 of 20)")));
    CHECK_FALSE(find(flags, "low_survey_completion")->evidence.contains(QStringLiteral("5%")));
}

TEST_CASE("goals past their due date below target")
{
    Healthy c;
    Goal g;
    g.title = QStringLiteral("Cases shared");
    g.baseline = 0;
    g.target = 10;
    g.dueDate = QDate(2026, 6, 30);
    const Id goal = c.plan->add(g).value();
    REQUIRE_OK(c.plan->add(GoalMeasurement{0, goal, QDate(2026, 6, 20), 4, {}}));
    auto flags = c.flags();
    REQUIRE(find(flags, "goals_missed"));
    CHECK(find(flags, "goals_missed")->evidence.contains(QStringLiteral("40% of the way")));
    REQUIRE_OK(c.plan->add(GoalMeasurement{0, goal, QDate(2026, 6, 29), 10, {}}));
    CHECK_FALSE(find(c.flags(), "goals_missed"));
}

TEST_CASE("every rule has a label, and the settings fall back to their defaults")
{
    for (const QString &rule : HealthCheck::rules())
        CHECK(HealthCheck::ruleLabel(rule) != rule);
    CHECK(HealthCheck::rules().size() == 19);
    const HealthSettings settings =
        HealthSettings::fromRows({PlanSetting{1, QStringLiteral("health.stickiness_warning"), 0.3},
                                  PlanSetting{2, QStringLiteral("health.unknown"), 7},
                                  PlanSetting{3, QStringLiteral("health.conversion_low"), 5.0}});
    CHECK(settings.stickinessWarning == 0.3);
    CHECK(settings.conversionLow == 1.0); // clamped to its range
    CHECK(settings.feedbackDays == HealthSettings{}.feedbackDays);
}

TEST_CASE("the health JSON has the verdict, the window and each flag with its evidence and recommendation")
{
    test::MetricsFixture f;
    const Assessment a = assess(f.data(), {}, f.clock.today());
    const QJsonObject json = healthJson(a.health, a.current);
    CHECK(json.value(QStringLiteral("verdict")).toString() == enumKey(a.health.verdict));
    CHECK(json.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString() ==
          QStringLiteral("2026-04-15"));
    const QJsonArray flags = json.value(QStringLiteral("flags")).toArray();
    REQUIRE(flags.size() == a.health.flags.size());
    REQUIRE_FALSE(flags.isEmpty());
    for (const auto &flag : flags) {
        for (const char *key : {"rule", "severity", "evidence", "recommendation"})
            CHECK_FALSE(flag.toObject().value(QLatin1String(key)).toString().isEmpty());
    }
}
