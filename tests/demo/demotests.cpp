// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo-community generator (SPEC §8 `cultivate demo`, §9 scale): deterministic, realistic and
// consistent with the plan's rules, and all-or-nothing.
#include "testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/export/jsonexport.h"
#include "core/lifecycle/newplan.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <iostream>

using namespace cultivate;

namespace {

// Mid-March 2026: with the default start a twelve-month plan runs April 2025 to March 2026.
const FixedClock TestClock(QDateTime(QDate(2026, 3, 18), QTime(10, 0)));

std::unique_ptr<Plan> generate(const QTemporaryDir &dir, const QString &name, const DemoOptions &options,
                               const Clock &clock = TestClock)
{
    auto plan = createDemoPlan(dir.filePath(name), options, clock);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

DemoOptions small(quint32 seed = 1)
{
    DemoOptions options;
    options.seed = seed;
    return options;
}

QVariant scalar(const Plan &plan, const QString &sql)
{
    auto q = plan.exec(sql);
    REQUIRE_OK(q);
    REQUIRE(q.value().next());
    return q.value().value(0);
}
qint64 count(const Plan &plan, const QString &sql)
{
    return scalar(plan, sql).toLongLong();
}

QStringList column(const Plan &plan, const QString &sql)
{
    auto q = plan.exec(sql);
    REQUIRE_OK(q);
    QStringList values;
    while (q.value().next())
        values << q.value().value(0).toString();
    return values;
}

QJsonObject exported(const Plan &plan)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE_OK(writePlanJson(plan, buffer));
    QJsonObject object = QJsonDocument::fromJson(buffer.data()).object();
    REQUIRE_FALSE(object.isEmpty());
    object.remove(QStringLiteral("exported_at"));
    return object;
}

QStringList folderContents(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("the same seed gives the same demo plan")
{
    QTemporaryDir dir;
    auto a = generate(dir, QStringLiteral("a.cop"), small(7));
    auto b = generate(dir, QStringLiteral("b.cop"), small(7));
    const QJsonObject ja = exported(*a);
    CHECK(ja == exported(*b));
    CHECK(ja.value(QStringLiteral("members")).toArray().size() == 60);
    CHECK(ja.value(QStringLiteral("attendance")).toArray().size() > 100);
}

TEST_CASE("a different seed gives a different demo plan")
{
    QTemporaryDir dir;
    auto a = generate(dir, QStringLiteral("a.cop"), small(1));
    auto b = generate(dir, QStringLiteral("b.cop"), small(2));
    CHECK(exported(*a) != exported(*b));
    CHECK(column(*a, QStringLiteral("SELECT name FROM member ORDER BY id")) !=
          column(*b, QStringLiteral("SELECT name FROM member ORDER BY id")));
    // The shape stays the same: only the people and the draws differ.
    CHECK(count(*a, QStringLiteral("SELECT count(*) FROM member")) ==
          count(*b, QStringLiteral("SELECT count(*) FROM member")));
}

TEST_CASE("the demo plan fills the charter, the stages and the goals")
{
    QTemporaryDir dir;
    auto plan = generate(dir, QStringLiteral("demo.cop"), small());
    REQUIRE(plan->integrityCheck().value() == QLatin1String("ok"));

    const Community c = plan->community().value();
    CHECK(c.name == DemoOptions().name);
    CHECK(c.startDate == QDate(2025, 4, 1));
    CHECK(c.endDate == QDate(2026, 3, 31));
    for (const QString *field : {&c.domain, &c.audience, &c.purpose, &c.valueForMembers, &c.valueForOrganisation,
                                 &c.scope, &c.need, &c.governance, &c.groundRules, &c.channels, &c.workspace}) {
        CHECK(field->size() > 40);
    }
    CHECK(c.purposeAreas.size() >= 2);
    CHECK(plan->list<BudgetLine>().value().size() >= 3);

    const QList<Stage> stages = plan->list<Stage>().value();
    REQUIRE(stages.size() == 5);
    for (const Stage &stage : stages) {
        INFO(enumKey(stage.kind).toStdString());
        REQUIRE(stage.plannedStart.isValid());
        CHECK(stage.plannedStart <= stage.plannedEnd);
        CHECK(stage.plannedStart >= c.startDate);
        CHECK(stage.plannedEnd <= c.endDate);
    }
    CHECK(stages.last().status == StageStatus::InProgress); // evaluate: today is in the last month
    CHECK(stages.first().status == StageStatus::Done);

    // Ticked checklist items carry dates no later than today, some with evidence.
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM checklist_item WHERE done = 1")) >= 10);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM checklist_item WHERE done = 1 AND (done_date IS NULL "
                                      "OR done_date >= '2026-03-18')")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM checklist_item WHERE evidence_event_id IS NOT NULL OR "
                                      "evidence_survey_id IS NOT NULL OR evidence_story_id IS NOT NULL")) >= 3);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM checklist_item WHERE built_in = 0")) >= 1);

    const QList<Goal> goals = plan->list<Goal>().value();
    CHECK(goals.size() >= 3);
    CHECK(goals.size() <= 4);
    const QStringList metrics = column(*plan, QStringLiteral("SELECT metric FROM goal"));
    CHECK(metrics.contains(QStringLiteral("reach")));
    CHECK(metrics.contains(QStringLiteral("active_members")));
    CHECK(count(*plan, QStringLiteral("SELECT count(DISTINCT goal_id) FROM goal_measurement")) >= 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM goal_measurement WHERE date > '2026-03-18'")) == 0);
}

TEST_CASE("the stages of a demo plan follow the clock's today")
{
    QTemporaryDir dir;
    DemoOptions options = small();
    options.start = QDate(2025, 12, 1); // today falls in the launch month
    auto plan = generate(dir, QStringLiteral("early.cop"), options);
    const QDate today = TestClock.today();
    QList<StageStatus> statuses;
    const QList<Stage> stages = plan->list<Stage>().value();
    for (const Stage &stage : stages) {
        const StageStatus expected = stage.plannedEnd < today      ? StageStatus::Done
                                     : stage.plannedStart <= today ? StageStatus::InProgress
                                                                   : StageStatus::NotStarted;
        CHECK(stage.status == expected);
        statuses << stage.status;
    }
    CHECK(statuses.contains(StageStatus::Done));
    CHECK(statuses.contains(StageStatus::InProgress));
    CHECK(statuses.contains(StageStatus::NotStarted));
    // Nothing after today has happened yet.
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event WHERE status = 'held' AND start >= '2026-03-18'")) ==
          0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM contribution WHERE date > '2026-03-18'")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM response WHERE submitted > '2026-03-18'")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE joined_date > '2026-03-18'")) == 0);
}

TEST_CASE("the demo community has people of every role with realistic details")
{
    QTemporaryDir dir;
    auto plan = generate(dir, QStringLiteral("demo.cop"), small());
    const QStringList roles = column(*plan, QStringLiteral("SELECT DISTINCT role FROM member ORDER BY role"));
    for (Role role : enumValues<Role>())
        CHECK(roles.contains(enumKey(role)));
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE role = 'facilitator'")) == 1);
    const qint64 sponsors = count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE role = 'sponsor'"));
    CHECK(sponsors >= 1);
    CHECK(sponsors <= 2);

    // People join over time, and a few drift away.
    CHECK(count(*plan, QStringLiteral("SELECT count(DISTINCT substr(joined_date, 1, 7)) FROM member")) >= 6);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE left_date IS NOT NULL")) >= 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE left_date < joined_date")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(DISTINCT organisation) FROM member")) >= 8);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM member_alias")) >= 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE commitment_signed IS NOT NULL")) >= 5);
    const qint64 consenting = count(*plan, QStringLiteral("SELECT count(*) FROM member WHERE consent_report = 1"));
    CHECK(consenting > 40);
    CHECK(consenting < 60);
    // Every e-mail address is unique and on a reserved domain.
    CHECK(count(*plan,
                QStringLiteral("SELECT count(*) FROM member WHERE email <> '' AND email NOT LIKE '%.example'")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) - count(DISTINCT email) FROM member WHERE email <> ''")) == 0);
}

TEST_CASE("demo attendance is only recorded for held events while the person is a member")
{
    QTemporaryDir dir;
    auto plan = generate(dir, QStringLiteral("demo.cop"), small());
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event WHERE status = 'held'")) >= 20);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event WHERE status = 'planned'")) >= 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event WHERE status = 'cancelled'")) >= 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event WHERE stage_id IS NULL")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event WHERE status = 'held' AND start >= '2026-03-18'")) ==
          0);
    CHECK(count(*plan,
                QStringLiteral("SELECT count(*) FROM event WHERE status = 'planned' AND start < '2026-03-18'")) == 0);
    // Every event lies inside the stage it belongs to.
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM event e JOIN stage s ON s.id = e.stage_id "
                                      "WHERE substr(e.start, 1, 10) NOT BETWEEN s.planned_start AND s.planned_end")) ==
          0);

    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
                                      "WHERE e.status <> 'held'")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
                                      "JOIN member m ON m.id = a.member_id "
                                      "WHERE substr(e.start, 1, 10) < m.joined_date "
                                      "OR (m.left_date IS NOT NULL AND substr(e.start, 1, 10) > m.left_date)")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
                                      "WHERE a.minutes > e.duration_minutes")) == 0);
    const QStringList statuses = column(*plan, QStringLiteral("SELECT DISTINCT status FROM attendance ORDER BY 1"));
    CHECK(statuses == QStringList{QStringLiteral("absent"), QStringLiteral("excused"), QStringLiteral("present")});
    // Some people stayed for less than half a session, which does not count as attending.
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
                                      "WHERE a.status = 'present' AND a.minutes * 2 < e.duration_minutes")) >= 1);
    // Contributions too fall inside membership and not after today.
    CHECK(count(*plan,
                QStringLiteral("SELECT count(*) FROM contribution c JOIN member m ON m.id = c.member_id "
                               "WHERE c.date < m.joined_date OR (m.left_date IS NOT NULL AND c.date > m.left_date) "
                               "OR c.date > '2026-03-18'")) == 0);
}

TEST_CASE("the demo community contributes, shares resources and tells stories")
{
    QTemporaryDir dir;
    auto plan = generate(dir, QStringLiteral("demo.cop"), small());
    const QStringList contributionKinds = column(*plan, QStringLiteral("SELECT DISTINCT kind FROM contribution"));
    for (ContributionKind kind : enumValues<ContributionKind>())
        CHECK(contributionKinds.contains(enumKey(kind)));
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM contribution WHERE event_id IS NOT NULL")) >= 10);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM contribution WHERE resource_id IS NOT NULL")) >= 5);
    // Hosts and presenters were at their own sessions.
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM contribution c WHERE c.kind IN ('hosting', 'presentation') "
                                      "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = c.event_id "
                                      "AND a.member_id = c.member_id AND a.status = 'present')")) == 0);

    const QStringList resourceKinds = column(*plan, QStringLiteral("SELECT DISTINCT kind FROM resource"));
    for (ResourceKind kind : enumValues<ResourceKind>())
        CHECK(resourceKinds.contains(enumKey(kind)));
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM resource WHERE author_id IS NULL OR tags = '[]'")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(DISTINCT visibility) FROM resource")) == 2);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM recognition")) >= 3);

    const QList<Story> stories = plan->list<Story>().value();
    CHECK(stories.size() >= 3);
    CHECK(stories.size() <= 5);
    int consented = 0;
    QList<StoryKind> kinds;
    for (const Story &story : stories) {
        CHECK_FALSE(story.narrative.isEmpty());
        CHECK_FALSE(story.cycles.isEmpty());
        CHECK_FALSE(story.memberIds.isEmpty());
        consented += story.consent ? 1 : 0;
        kinds << story.kind;
    }
    CHECK(consented * 2 > stories.size());
    CHECK(kinds.contains(StoryKind::Success));
    CHECK(kinds.contains(StoryKind::Reflection));
}

TEST_CASE("the demo's baseline and final surveys pair the same questions")
{
    QTemporaryDir dir;
    auto plan = generate(dir, QStringLiteral("demo.cop"), small());
    const auto keysOf = [&](const char *kind) {
        return column(*plan, QStringLiteral("SELECT q.pair_key FROM question q JOIN survey s ON s.id = q.survey_id "
                                            "WHERE s.kind = '%1' AND q.pair_key <> '' ORDER BY q.pair_key")
                                 .arg(QLatin1String(kind)));
    };
    const QStringList baseline = keysOf("baseline");
    CHECK(baseline.size() >= 4);
    CHECK(baseline == keysOf("final"));
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM question q JOIN survey s ON s.id = q.survey_id "
                                      "WHERE s.kind = 'final' AND q.type = 'recommend' AND q.pair_key <> ''")) == 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM question q JOIN survey s ON s.id = q.survey_id "
                                      "WHERE s.kind IN ('baseline', 'final') AND q.type = 'free_text'")) == 2);

    const QString respondents = QStringLiteral("SELECT r.member_id FROM response r JOIN survey s ON s.id = r.survey_id "
                                               "WHERE s.kind = '%1'");
    const qint64 paired =
        count(*plan, QStringLiteral("SELECT count(*) FROM (%1 INTERSECT %2)")
                         .arg(respondents.arg(QLatin1String("baseline")), respondents.arg(QLatin1String("final"))));
    const qint64 baselineOnly =
        count(*plan, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)")
                         .arg(respondents.arg(QLatin1String("baseline")), respondents.arg(QLatin1String("final"))));
    CHECK(paired >= 5);
    CHECK(baselineOnly >= 1);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id "
                                      "WHERE q.type = 'likert' AND (a.number < 1 OR a.number > 5)")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id "
                                      "WHERE q.type = 'recommend' AND (a.number < 0 OR a.number > 10)")) == 0);

    // Session feedback, and anonymous monthly check-in polls answered under stable codes.
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM survey WHERE kind = 'session_feedback'")) >= 2);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM survey WHERE kind = 'check_in' AND anonymous = 1")) >= 5);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM response r JOIN survey s ON s.id = r.survey_id "
                                      "WHERE s.kind = 'check_in'")) >= 20);
    CHECK(count(*plan, QStringLiteral(
                           "SELECT count(*) FROM response r JOIN survey s ON s.id = r.survey_id "
                           "WHERE s.kind = 'check_in' AND (r.member_id IS NOT NULL OR r.respondent_code = '')")) == 0);
    CHECK(count(*plan, QStringLiteral("SELECT count(*) FROM (SELECT respondent_code FROM response WHERE "
                                      "respondent_code <> '' GROUP BY respondent_code HAVING count(*) > 1)")) >= 1);
}

TEST_CASE("cancelling the demo writes nothing and leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.cop"));
    SECTION("at the first report")
    {
        int calls = 0;
        auto plan = createDemoPlan(path, small(), TestClock, [&](int, int) { return ++calls > 1; });
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.code() == ErrorCode::Cancelled);
        CHECK(calls == 1);
    }
    SECTION("half-way through")
    {
        bool cancelledLate = false;
        auto plan = createDemoPlan(path, small(), TestClock, [&](int done, int total) {
            cancelledLate = done * 2 >= total;
            return !cancelledLate;
        });
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.code() == ErrorCode::Cancelled);
        CHECK(cancelledLate);
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(folderContents(dir).isEmpty());
}

TEST_CASE("demo progress is reported up to the total")
{
    QTemporaryDir dir;
    int last = -1;
    int total = 0;
    bool increasing = true;
    auto plan = createDemoPlan(dir.filePath(QStringLiteral("demo.cop")), small(), TestClock, [&](int done, int all) {
        increasing = increasing && done >= last;
        last = done;
        total = all;
        return true;
    });
    REQUIRE_OK(plan);
    CHECK(increasing);
    CHECK(total > 0);
    CHECK(last == total);
}

TEST_CASE("demo options out of range are refused without creating a file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.cop"));
    DemoOptions options;
    options.members = 2;
    CHECK(createDemoPlan(path, options, TestClock).code() == ErrorCode::InvalidInput);
    options.members = 60;
    options.months = 0;
    CHECK(createDemoPlan(path, options, TestClock).code() == ErrorCode::InvalidInput);
    CHECK(folderContents(dir).isEmpty());
}

TEST_CASE("demo data is not added to a plan that already has members")
{
    auto created = createPlanInMemory(
        NewPlanOptions{QStringLiteral("Busy"), QDate(2025, 4, 1), PlanTemplate::Empty, {}}, TestClock);
    REQUIRE_OK(created);
    Plan &plan = *created.value();
    Member someone;
    someone.name = QStringLiteral("Ines Costa");
    REQUIRE_OK(plan.add(someone));
    CHECK(fillDemo(plan, small()).code() == ErrorCode::InvalidInput);
    CHECK(plan.list<Member>().value().size() == 1);
}

TEST_CASE("a medium demo community has the expected proportions")
{
    QTemporaryDir dir;
    DemoOptions options;
    options.members = 2000;
    options.months = 24;
    auto plan = generate(dir, QStringLiteral("medium.cop"), options);
    const Plan &p = *plan;
    CHECK(count(p, QStringLiteral("SELECT count(*) FROM member")) == 2000);

    // About three sessions a month plus the monthly check-in, mostly in the past.
    const qint64 events = count(p, QStringLiteral("SELECT count(*) FROM event"));
    const qint64 held = count(p, QStringLiteral("SELECT count(*) FROM event WHERE status = 'held'"));
    CHECK(events >= 24 * 3);
    CHECK(events <= 24 * 7);
    CHECK(held * 10 >= events * 8);

    // Turnout: each open session draws a minority of the members of the day, and every held
    // session open to everyone has someone there.
    const double turnout =
        scalar(p, QStringLiteral("SELECT avg(1.0 * (SELECT count(*) FROM attendance a WHERE a.event_id = e.id "
                                 "AND a.status = 'present') / (SELECT count(*) FROM member m WHERE m.joined_date "
                                 "<= substr(e.start, 1, 10) AND (m.left_date IS NULL OR m.left_date >= "
                                 "substr(e.start, 1, 10)))) FROM event e WHERE e.status = 'held' AND e.kind IN "
                                 "('meeting', 'webinar', 'workshop')"))
            .toDouble();
    CHECK(turnout > 0.03);
    CHECK(turnout < 0.4);
    CHECK(count(p, QStringLiteral("SELECT count(*) FROM event e WHERE e.status = 'held' AND NOT EXISTS "
                                  "(SELECT 1 FROM attendance a WHERE a.event_id = e.id)")) == 0);

    const double rows = count(p, QStringLiteral("SELECT count(*) FROM attendance"));
    const double present = count(p, QStringLiteral("SELECT count(*) FROM attendance WHERE status = 'present'"));
    const double brief = count(p, QStringLiteral("SELECT count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
                                                 "WHERE a.status = 'present' AND a.minutes * 2 < e.duration_minutes"));
    CHECK(present / rows > 0.75);
    CHECK(present / rows < 0.97);
    CHECK(brief / present > 0.02);
    CHECK(brief / present < 0.15);

    // Wenger's levels, roughly: a small core hosts, presents or mentors; many stay on the edge.
    const double counted = count(p, QStringLiteral("SELECT count(*) FROM member WHERE role IN ('member', 'champion', "
                                                   "'expert')"));
    const double core =
        count(p, QStringLiteral("SELECT count(DISTINCT c.member_id) FROM contribution c JOIN member m ON "
                                "m.id = c.member_id WHERE m.role IN ('member', 'champion', 'expert') "
                                "AND c.kind IN ('hosting', 'presentation', 'mentoring')"));
    const double silent =
        count(p, QStringLiteral("SELECT count(*) FROM member m WHERE m.role IN ('member', 'champion', "
                                "'expert') AND NOT EXISTS (SELECT 1 FROM attendance a WHERE "
                                "a.member_id = m.id AND a.status = 'present') AND NOT EXISTS (SELECT 1 "
                                "FROM contribution c WHERE c.member_id = m.id)"));
    CHECK(core / counted > 0.05);
    CHECK(core / counted < 0.2);
    CHECK(silent / counted > 0.05);
    CHECK(silent / counted < 0.5);

    // Attendance and contributions scale like the large plan of SPEC §9 (about 0.8 attendance rows and
    // 0.25 contributions per person per month there).
    const double contributions = count(p, QStringLiteral("SELECT count(*) FROM contribution"));
    const double personMonths = 2000.0 * 24;
    CHECK(rows / personMonths > 0.2);
    CHECK(rows / personMonths < 1.5);
    CHECK(contributions / personMonths > 0.08);
    CHECK(contributions / personMonths < 0.6);

    const double left = count(p, QStringLiteral("SELECT count(*) FROM member WHERE left_date IS NOT NULL"));
    CHECK(left / 2000 > 0.05);
    CHECK(left / 2000 < 0.3);
    CHECK(count(p, QStringLiteral("SELECT count(DISTINCT substr(joined_date, 1, 7)) FROM member")) >= 18);
}

// Not run by default: `cultivate_demo_tests "[scale]"`. Prints the size and time of the SPEC §9 plan.
TEST_CASE("a large demo community is generated at the scale of the performance budget", "[.][scale]")
{
    QTemporaryDir dir;
    DemoOptions options;
    options.members = 20000;
    options.months = 60;
    QElapsedTimer timer;
    timer.start();
    auto plan = generate(dir, QStringLiteral("large.cop"), options);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const auto counts = plan->counts().value();
    std::cout << "20000 members, 60 months: " << seconds << " s\n";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::cout << "  " << it.key().toStdString() << ": " << it.value() << '\n';
    std::cout << "  answer: " << count(*plan, QStringLiteral("SELECT count(*) FROM answer")) << '\n';
    std::cout << "  file: " << QFileInfo(plan->path()).size() / (1024 * 1024) << " MB\n";
    CHECK(counts.value(QStringLiteral("attendance")) > 500000);
}
