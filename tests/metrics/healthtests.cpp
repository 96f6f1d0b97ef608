// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The health rules of SPEC §5: each fires on its evidence and stays quiet otherwise.
#include "testsupport.h"

#include "metricsfixture.h"

#include "core/lifecycle/newplan.h"
#include "core/metrics/healthcheck.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cultivate;

namespace {

QList<HealthFlag> check(const test::MetricsFixture &f)
{
    const MetricsData data = f.data();
    return healthCheck(data, computeMetrics(data, {}, f.clock.today()), f.clock.today());
}

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

// Gives the fixture what a healthy community has: a purpose, a recent resource and recognition.
void makeHealthy(test::MetricsFixture &f)
{
    Community c = f.plan->community().value();
    c.purpose = QStringLiteral("Learn from each other's incident reviews");
    REQUIRE_OK(f.plan->update(c));
    Resource r;
    r.title = QStringLiteral("Review template");
    r.addedDate = QDate(2026, 4, 1);
    REQUIRE_OK(f.plan->add(r));
    REQUIRE_OK(f.plan->add(
        Recognition{0, f.members.value(QStringLiteral("Ben")), QDate(2026, 3, 1), QStringLiteral("Hosted February")}));
}

} // namespace

TEST_CASE("a healthy community raises no flag")
{
    test::MetricsFixture f;
    makeHealthy(f);
    const auto flags = check(f);
    INFO(rules(flags).join(QLatin1Char(' ')).toStdString());
    CHECK(flags.isEmpty());
}

TEST_CASE("an empty purpose, a bare repertoire and no recognition are flagged with their evidence")
{
    test::MetricsFixture f;
    const auto flags = check(f);
    CHECK(rules(flags) == QStringList{QStringLiteral("no_clear_purpose"), QStringLiteral("no_shared_repertoire"),
                                      QStringLiteral("no_recognition")});
    CHECK(find(flags, "no_clear_purpose")->evidence.contains(QStringLiteral("no purpose")));
    CHECK(find(flags, "no_shared_repertoire")->evidence.contains(QStringLiteral("104 days")));
    CHECK(find(flags, "no_recognition")->severity == Severity::Info);
    for (const HealthFlag &flag : flags)
        CHECK_FALSE(flag.recommendation.isEmpty());
}

TEST_CASE("a plan without goals has no clear purpose even with a purpose written")
{
    test::MetricsFixture f;
    makeHealthy(f);
    for (const Id goal : f.goals)
        REQUIRE_OK(f.plan->remove<Goal>(goal));
    const auto flags = check(f);
    REQUIRE(find(flags, "no_clear_purpose"));
    CHECK(find(flags, "no_clear_purpose")->evidence.contains(QStringLiteral("no goals")));
}

TEST_CASE("a community without a current facilitator is flagged as critical")
{
    test::MetricsFixture f;
    makeHealthy(f);
    Member fay = f.plan->get<Member>(f.members.value(QStringLiteral("Fay"))).value();
    fay.leftDate = QDate(2026, 3, 31);
    REQUIRE_OK(f.plan->update(fay));
    const auto flags = check(f);
    REQUIRE(find(flags, "no_facilitator"));
    CHECK(find(flags, "no_facilitator")->severity == Severity::Critical);
}

TEST_CASE("a month without any event breaks the rhythm")
{
    test::MetricsFixture f;
    makeHealthy(f);
    Event e2 = f.plan->get<Event>(f.events.value(QStringLiteral("E2"))).value();
    e2.status = EventStatus::Cancelled;
    REQUIRE_OK(f.plan->update(e2));
    const auto flags = check(f);
    REQUIRE(find(flags, "no_rhythm"));
    CHECK(find(flags, "no_rhythm")->evidence == QLatin1String("no event in February 2026"));
}

TEST_CASE("feedback older than ninety days is flagged")
{
    test::MetricsFixture f;
    makeHealthy(f);
    for (const Id survey : f.surveys)
        REQUIRE_OK(f.plan->remove<Survey>(survey));
    const auto flags = check(f);
    REQUIRE(find(flags, "no_feedback"));
    CHECK(find(flags, "no_feedback")->evidence.contains(QStringLiteral("104 days")));
}

TEST_CASE("a stage past its planned end and not done is overdue, a done one is not")
{
    test::MetricsFixture f;
    makeHealthy(f);
    Stage define = f.plan->list<Stage>().value().first();
    define.plannedStart = QDate(2026, 1, 1);
    define.plannedEnd = QDate(2026, 1, 31);
    define.status = StageStatus::InProgress;
    REQUIRE_OK(f.plan->update(define));
    auto flags = check(f);
    REQUIRE(find(flags, "stage_overdue"));
    CHECK(find(flags, "stage_overdue")->evidence.contains(QStringLiteral("Define domain")));

    define.status = StageStatus::Done;
    REQUIRE_OK(f.plan->update(define));
    CHECK_FALSE(find(check(f), "stage_overdue"));
}

TEST_CASE("passive participation: a low core and active share and three falling months")
{
    FixedClock clock(QDateTime(QDate(2026, 4, 20), QTime(9, 0)));
    auto created =
        createPlanInMemory(NewPlanOptions{QStringLiteral("Quiet"), QDate(2026, 1, 1), PlanTemplate::Empty}, clock);
    REQUIRE_OK(created);
    Plan &p = *created.value();
    QList<Id> people;
    for (const char *name : {"One", "Two", "Three", "Four"}) {
        Member m;
        m.name = QString::fromLatin1(name);
        m.joinedDate = QDate(2026, 1, 1);
        people << p.add(m).value();
    }
    // Four posters in January, three in February, two in March, one in April.
    for (int month = 1; month <= 4; ++month) {
        for (int i = 0; i < 5 - month; ++i)
            REQUIRE_OK(p.add(Contribution{0, people[i], QDate(2026, month, 5), ContributionKind::Post, {}, {}, {}}));
    }
    const MetricsData data = loadMetricsData(p).value();
    const auto flags = healthCheck(data, computeMetrics(data, {}, clock.today()), clock.today());
    const HealthFlag *passive = find(flags, "passive_participation");
    REQUIRE(passive);
    CHECK(passive->evidence.contains(QStringLiteral("core+active = 0 of 4 members (0%; expected 25–35%)")));
    CHECK(passive->evidence.contains(QStringLiteral("fell three months running (4 → 3 → 2 → 1)")));
}

TEST_CASE("the health JSON lists each flag with rule, severity, evidence and recommendation")
{
    test::MetricsFixture f;
    const QJsonObject json = healthJson(check(f));
    const QJsonArray flags = json.value(QStringLiteral("flags")).toArray();
    REQUIRE(flags.size() == 3);
    for (const auto &flag : flags) {
        for (const char *key : {"rule", "severity", "evidence", "recommendation"})
            CHECK(flag.toObject().value(QLatin1String(key)).isString());
    }
    CHECK(flags[0].toObject().value(QStringLiteral("severity")).toString() == QLatin1String("warning"));
}
