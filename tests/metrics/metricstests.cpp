// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every metric of SPEC §5 against figures worked out by hand on the fixture of metricsfixture.cpp.
//
// Counted members: Ana, Ben, Cai, Dee, Gus (guest), Eve, Hal — Fay (facilitator) and Sam (sponsor)
// are left out. Held events in the window: E1 (Jan 10), E2 (Feb 10), E3 (Mar 10), E5 (Apr 10).
// Credited: Ana E1 E3 E5 · Ben E1 E2 E3 E5 · Cai E2 · Dee E1 · Gus E3  = 10.
// Events held while a member: Ana 4, Ben 4, Cai 3 (joined Feb 1), Dee 2 (left Feb 28), Gus 4, Eve 4, Hal 4.
// Weights: Ana 1+3, Ben 12 (hosting), Cai 2+4, Hal 1.
#include "testsupport.h"

#include "metricsfixture.h"

#include "core/demo/demogenerator.h"
#include "core/lifecycle/newplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>

using namespace cultivate;
using Catch::Detail::Approx;

namespace {

const MemberFigures &figuresOf(const Metrics &m, const MetricsData &data, const char *name)
{
    for (const MemberFigures &f : m.memberFigures) {
        if (data.members[size_t(f.member)].name == QLatin1String(name))
            return f;
    }
    FAIL("no figures for " << name);
    return m.memberFigures.first();
}

} // namespace

TEST_CASE("the default window runs from the plan's start to today")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    CHECK(m.from == QDate(2026, 1, 1));
    CHECK(m.to == QDate(2026, 4, 15));
    CHECK(m.months == QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03"),
                                  QStringLiteral("2026-04")});
}

TEST_CASE("facilitators and sponsors are left out of the counted members unless everyone is included")
{
    test::MetricsFixture f;
    CHECK(f.compute().members == 7);
    MetricsOptions everyone;
    everyone.includeEveryone = true;
    CHECK(f.compute(everyone).members == 9);
    CHECK(f.compute(everyone).creditedAttendances == 14);
}

TEST_CASE("events are counted as held, planned and cancelled within the window")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    CHECK(m.eventsHeld == 4);
    CHECK(m.eventsPlanned == 1); // E7; E6 lies after the window
    CHECK(m.eventsCancelled == 1);
}

TEST_CASE("credited attendance needs presence and at least the threshold share of the event")
{
    test::MetricsFixture f;
    CHECK(f.compute().creditedAttendances == 10);

    // Raising the threshold to 80% drops Ben's 30 minutes at E1 and Ana's 45 minutes at E5.
    Community c = f.plan->community().value();
    c.attendanceThreshold = 0.8;
    REQUIRE_OK(f.plan->update(c));
    CHECK(f.compute().creditedAttendances == 8);
}

TEST_CASE("attendance rate is credited events over events held while a member")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    const MetricsData d = f.data();
    CHECK(*figuresOf(m, d, "Ana").attendanceRate == Approx(0.75));
    CHECK(*figuresOf(m, d, "Ben").attendanceRate == Approx(1.0));
    CHECK(*figuresOf(m, d, "Cai").attendanceRate == Approx(1.0 / 3));
    CHECK(figuresOf(m, d, "Dee").eligible == 2);
    CHECK(*figuresOf(m, d, "Dee").attendanceRate == Approx(0.5));
    CHECK(*figuresOf(m, d, "Eve").attendanceRate == Approx(0.0));
    // (0.75 + 1 + 1/3 + 0.5 + 0.25 + 0 + 0) / 7
    CHECK(m.meanAttendanceRate == Approx((0.75 + 1.0 + 1.0 / 3 + 0.5 + 0.25) / 7));
}

TEST_CASE("reach is members with a credited attendance over members in the window")
{
    test::MetricsFixture f;
    CHECK(f.compute().reach == Approx(5.0 / 7));
}

TEST_CASE("participation levels follow Wenger's rules, guests are transactional")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    const MetricsData d = f.data();
    CHECK(figuresOf(m, d, "Ben").level == Level::Core);       // hosted
    CHECK(figuresOf(m, d, "Ana").level == Level::Active);     // rate 75% but weight 4 < 10
    CHECK(figuresOf(m, d, "Cai").level == Level::Active);     // weight 6 >= 5
    CHECK(figuresOf(m, d, "Dee").level == Level::Active);     // rate 50%
    CHECK(figuresOf(m, d, "Hal").level == Level::Occasional); // one post
    CHECK(figuresOf(m, d, "Eve").level == Level::Peripheral); // no activity
    CHECK(figuresOf(m, d, "Gus").level == Level::Transactional);
    CHECK(m.levels == std::array<int, 5>{1, 3, 1, 1, 1});
}

TEST_CASE("active members per month count credited attendance or contributions")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    // Jan: Ana Ben Dee Hal · Feb: Ben Cai (Ana's 20 minutes do not count) · Mar: Ana Ben Gus · Apr: Ana Ben Cai
    CHECK(m.activeByMonth == QList<int>{4, 2, 3, 3});
}

TEST_CASE("newcomers are counted in the month of their first activity")
{
    test::MetricsFixture f;
    CHECK(f.compute().newcomersByMonth == QList<int>{4, 1, 1, 0});
}

TEST_CASE("stickiness is this month's active over the year's active")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    REQUIRE(m.stickiness.has_value());
    CHECK(*m.stickiness == Approx(3.0 / 6));
}

TEST_CASE("newcomer conversion counts newcomers reaching active or core within three months")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    // Ana, Ben, Dee convert; Hal stays occasional; Cai's three months are not over; Gus is a guest.
    REQUIRE(m.newcomerConversion.has_value());
    CHECK(*m.newcomerConversion == Approx(0.75));
}

TEST_CASE("retention cohorts give the share of each first-activity month still active later")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    REQUIRE(m.retention.size() == 3);
    CHECK(m.retention[0].month == QLatin1String("2026-01"));
    CHECK(m.retention[0].size == 4);
    CHECK(m.retention[0].shares == QList<double>{1.0, 0.25, 0.5, 0.5});
    CHECK(m.retention[1].shares == QList<double>{1.0, 0.0, 1.0});
    CHECK(m.retention[2].shares == QList<double>{1.0, 0.0});
}

TEST_CASE("level flows compare consecutive quarters per level")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    REQUIRE(m.levelsByQuarter.size() == 2);
    CHECK(m.levelsByQuarter[0].label == QLatin1String("2026-Q1"));
    // Q1: Ben core; Ana, Cai, Dee active; Hal occasional; Eve peripheral; Gus transactional.
    CHECK(m.levelsByQuarter[0].counts == std::array<int, 5>{1, 3, 1, 1, 1});
    REQUIRE(m.flows.size() == 1);
    const LevelFlow &flow = m.flows.first();
    // Ben core -> active; Ana active -> active; Cai active -> occasional; Hal occasional -> peripheral;
    // Eve peripheral -> peripheral; Dee left; Gus is a guest.
    CHECK(flow.down[size_t(Level::Core)] == 1);
    CHECK(flow.held[size_t(Level::Active)] == 1);
    CHECK(flow.down[size_t(Level::Active)] == 1);
    CHECK(flow.down[size_t(Level::Occasional)] == 1);
    CHECK(flow.held[size_t(Level::Peripheral)] == 1);
    CHECK(flow.up == std::array<int, 4>{0, 0, 0, 0});
}

TEST_CASE("turnout is credited attendees over members at the event's date")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    REQUIRE(m.turnout.size() == 4);
    CHECK(m.turnout[0].credited == 3);
    CHECK(m.turnout[0].membersAtDate == 6); // Cai has not joined yet
    CHECK(m.turnout[1].turnout == Approx(2.0 / 7));
    CHECK(m.turnout[2].membersAtDate == 6); // Dee has left
    CHECK(m.turnout[3].turnout == Approx(2.0 / 6));
}

TEST_CASE("contribution concentration is the fewest members and organisations holding half the weight")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    CHECK(m.totalWeight == 23);
    CHECK(m.concentrationMembers == 1);       // Ben's 12 of 23
    CHECK(m.concentrationOrganisations == 1); // Org1: 16 of 23

    // From March on: Ana's answer (3) and Cai's shared resource (4); Cai alone holds over half.
    MetricsOptions window;
    window.from = QDate(2026, 3, 1);
    const Metrics march = f.compute(window);
    CHECK(march.totalWeight == 7); // Ana's answer 3 + Cai's resource 4
    CHECK(march.concentrationMembers == 1);
}

TEST_CASE("survey figures: completion, recommend score, paired change and yes share")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    REQUIRE(m.surveys.size() == 2);
    const SurveyFigures &baseline = m.surveys[0];
    CHECK(baseline.invited == 6); // counted members on January 10
    CHECK(*baseline.completionRate == Approx(0.5));
    CHECK(*baseline.recommendScore == Approx(100.0 * (2 - 1) / 3));
    CHECK(*baseline.questions[0].mean == Approx(3.0));
    CHECK(baseline.questions[1].distribution.value(9) == 1);

    const SurveyFigures &final = m.surveys[1];
    CHECK(*final.completionRate == Approx(0.3));
    CHECK_FALSE(final.recommendScore.has_value());
    CHECK(*final.yesShare == Approx(0.5));
    const QuestionFigures &confidence = final.questions[0];
    CHECK(*confidence.mean == Approx(4.0));
    CHECK(confidence.pairs == 2); // Ana 2 -> 4, Ben 3 -> 3; Cai answered only the final
    CHECK(*confidence.meanChange == Approx(1.0));
    CHECK(*confidence.shareImproved == Approx(0.5));
}

TEST_CASE("goal progress comes from a linked metric or the latest measurement, clamped")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    REQUIRE(m.goals.size() == 3);
    CHECK(*m.goals[0].progress == Approx((5.0 / 7 - 0.5) / 0.5));
    CHECK(*m.goals[1].current == Approx(15.0)); // the May measurement lies after the window
    CHECK(*m.goals[1].progress == Approx(0.5));
    CHECK(*m.goals[2].progress == Approx(1.0)); // 7 members against a target of 5
}

TEST_CASE("a window without events gives zeros, and a rate without events to attend is undefined")
{
    test::MetricsFixture f;
    MetricsOptions later;
    later.from = QDate(2026, 9, 1);
    later.to = QDate(2026, 9, 30);
    const Metrics m = f.compute(later);
    CHECK(m.members == 6); // Dee left in February
    CHECK(m.eventsHeld == 0);
    CHECK(m.creditedAttendances == 0);
    CHECK(m.reach == 0.0);
    CHECK_FALSE(m.meanAttendanceRate.has_value()); // no member had an event to attend
    CHECK(m.levels[size_t(Level::Peripheral)] == 6);
    CHECK(m.activeByMonth == QList<int>{0});
    CHECK_FALSE(m.newcomerConversion.has_value());
}

TEST_CASE("a plan with no members and no events gives well-formed empty figures")
{
    const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    auto plan =
        createPlanInMemory(NewPlanOptions{QStringLiteral("Empty"), QDate(2026, 1, 1), PlanTemplate::Empty}, clock);
    REQUIRE_OK(plan);
    auto data = loadMetricsData(*plan.value());
    REQUIRE_OK(data);
    const Metrics m = computeMetrics(data.value(), {}, clock.today());
    CHECK(m.members == 0);
    CHECK_FALSE(m.reach.has_value()); // undefined, shown as "–", never "0%"
    CHECK_FALSE(m.stickiness.has_value());
    CHECK(m.retention.isEmpty());
    const QJsonObject json = metricsJson(m);
    CHECK(json.value(QStringLiteral("participation_levels")).toObject().value(QStringLiteral("core")).toInt() == 0);
    CHECK(json.value(QStringLiteral("newcomer_conversion")).isNull());
    CHECK(json.value(QStringLiteral("reach")).isNull());
    CHECK(json.value(QStringLiteral("mean_attendance_rate")).isNull());
}

TEST_CASE("the stats JSON carries every key of the contract")
{
    test::MetricsFixture f;
    const QJsonObject json = metricsJson(f.compute());
    for (const char *key :
         {"window", "members", "events_held", "events_planned", "credited_attendances", "reach", "mean_attendance_rate",
          "active_members_by_month", "newcomers_by_month", "participation_levels", "stickiness", "newcomer_conversion",
          "contribution_concentration", "retention", "surveys", "goals"}) {
        INFO(key);
        CHECK(json.contains(QLatin1String(key)));
    }
    CHECK(json.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString() ==
          QLatin1String("2026-01-01"));
    CHECK(json.value(QStringLiteral("active_members_by_month")).toObject().value(QStringLiteral("2026-01")).toInt() ==
          4);
    const QJsonObject levels = json.value(QStringLiteral("participation_levels")).toObject();
    for (const char *level : {"core", "active", "occasional", "peripheral", "transactional"})
        CHECK(levels.contains(QLatin1String(level)));
    const QJsonObject concentration = json.value(QStringLiteral("contribution_concentration")).toObject();
    CHECK(concentration.value(QStringLiteral("members")).toInt() == 1);
    CHECK(concentration.value(QStringLiteral("organisations")).toInt() == 1);
    const QJsonArray surveys = json.value(QStringLiteral("surveys")).toArray();
    REQUIRE(surveys.size() == 2);
    CHECK(surveys[1].toObject().value(QStringLiteral("recommend_score")).isNull());
    const QJsonArray goals = json.value(QStringLiteral("goals")).toArray();
    CHECK(goals[1].toObject().value(QStringLiteral("progress")).toDouble() == Approx(0.5));
    CHECK(json.value(QStringLiteral("retention")).toObject().value(QStringLiteral("2026-01")).toArray().size() == 4);
}

namespace {

// The parts of a snapshot the figures come from, for comparing two loads.
void checkSameSnapshot(const MetricsData &a, const MetricsData &b)
{
    REQUIRE(a.attendance.size() == b.attendance.size());
    for (size_t i = 0; i < a.attendance.size(); ++i) {
        CHECK(a.attendance[i].event == b.attendance[i].event);
        CHECK(a.attendance[i].member == b.attendance[i].member);
        CHECK(a.attendance[i].minutes == b.attendance[i].minutes);
    }
    CHECK(a.members.size() == b.members.size());
    CHECK(a.contributions.size() == b.contributions.size());
    CHECK(a.responsesPerSurvey == b.responsesPerSurvey);
    CHECK(a.pairedAnswers.size() == b.pairedAnswers.size());
}

} // namespace

TEST_CASE("reading attendance on a second connection gives the same figures as one connection")
{
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0)));
    const QString path = dir.filePath(QStringLiteral("demo.cop"));
    DemoOptions options;
    options.members = 150;
    options.months = 9;
    options.seed = 4;
    REQUIRE_OK(createDemoPlan(path, options, clock));
    auto plan = Plan::open(path, OpenMode::ReadOnly, clock);
    REQUIRE_OK(plan);

    auto parallel = loadMetricsData(*plan.value(), 0);
    auto single = loadMetricsData(*plan.value(), std::numeric_limits<qint64>::max());
    REQUIRE_OK(parallel);
    REQUIRE_OK(single);
    REQUIRE_FALSE(single.value().attendance.empty());
    checkSameSnapshot(parallel.value(), single.value());
    CHECK(metricsJson(computeMetrics(parallel.value(), {}, clock.today())) ==
          metricsJson(computeMetrics(single.value(), {}, clock.today())));
}

TEST_CASE("inside a transaction the metrics see its uncommitted attendance on the plan's own connection")
{
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0)));
    const QString path = dir.filePath(QStringLiteral("demo.cop"));
    DemoOptions options;
    options.members = 60;
    options.months = 6;
    REQUIRE_OK(createDemoPlan(path, options, clock));
    auto opened = Plan::open(path, OpenMode::ReadWrite, clock);
    REQUIRE_OK(opened);
    Plan &plan = *opened.value();
    const size_t before = loadMetricsData(plan, 0).value().attendance.size();

    Member newcomer;
    newcomer.name = QStringLiteral("Nia Newcomer");
    Event event;
    event.title = QStringLiteral("Extra session");
    event.start = QDateTime(QDate(2026, 6, 1), QTime(16, 0));
    event.status = EventStatus::Held;
    size_t inside = 0;
    const auto written = plan.transaction([&]() -> Result<void> {
        auto member = plan.add(newcomer);
        auto held = plan.add(event);
        if (!member.ok() || !held.ok())
            return makeError(ErrorCode::Sql, QStringLiteral("cannot add"));
        Attendance a;
        a.eventId = held.value();
        a.memberId = member.value();
        if (auto added = plan.add(a); !added.ok())
            return added.error();
        inside = loadMetricsData(plan, 0).value().attendance.size();
        return makeError(ErrorCode::Cancelled, QStringLiteral("rolled back on purpose"));
    });
    CHECK_FALSE(written.ok());
    CHECK(inside == before + 1);
    CHECK(loadMetricsData(plan, 0).value().attendance.size() == before);
}
