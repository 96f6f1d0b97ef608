// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC §5's window rules, worked out by hand on a small community: only activity dated inside the
// window counts, a month the window cuts counts only its days inside it, the latest complete month
// feeds "this month", the attendance rate counts attendances while a member on both sides, quarters
// are clipped to the window, and k = 0 retention is 1.
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/metrics/metrics.h"

using namespace cultivate;

namespace {

// The plan year 2026; today is 20 May 2026. Every event is held and lasts an hour; every presence is
// a full hour, so every presence is credited.
//   A  joined 1 Jan            attended 10 Jan, 14 Feb, 25 Mar, 5 May; hosted on 20 Feb (weight 12)
//   B  1 Jan – 15 Mar          attended 10 Jan, 10 Mar, and 25 Mar (after leaving)
//   C  joined 20 Mar           attended 14 Feb and 10 Mar (before joining), 10 Apr
//   D  joined 1 Jan            posted on 12 Apr (weight 1)
//   E  20 Apr – 30 Apr         no event fell in their membership
//   F  joined 1 Jan            attended 10 Jan only
//   G  a guest                 attended 10 Apr
// Events held: 10 Jan, 14 Feb, 10 Mar, 25 Mar, 10 Apr, 5 May; planned: 25 May.
struct Windows {
    FixedClock clock{QDateTime(QDate(2026, 5, 20), QTime(12, 0))};
    std::unique_ptr<Plan> plan;
    QHash<QString, Id> members;
    QHash<QDate, Id> events;

    Windows()
    {
        auto created = createPlanInMemory(
            NewPlanOptions{QStringLiteral("Windows"), QDate(2026, 1, 1), PlanTemplate::Empty}, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();
        member("A", Role::Member, QDate(2026, 1, 1), {}, "North");
        member("B", Role::Member, QDate(2026, 1, 1), QDate(2026, 3, 15), "North");
        member("C", Role::Member, QDate(2026, 3, 20), {}, "East");
        member("D", Role::Member, QDate(2026, 1, 1), {}, "South");
        member("E", Role::Member, QDate(2026, 4, 20), QDate(2026, 4, 30), "South");
        member("F", Role::Member, QDate(2026, 1, 1), {}, "West");
        member("G", Role::Guest, {}, {}, "");
        for (const QDate &day : {QDate(2026, 1, 10), QDate(2026, 2, 14), QDate(2026, 3, 10), QDate(2026, 3, 25),
                                 QDate(2026, 4, 10), QDate(2026, 5, 5)})
            event(day, EventStatus::Held);
        event(QDate(2026, 5, 25), EventStatus::Planned);
        for (const auto &[who, day] : QList<std::pair<const char *, QDate>>{{"A", QDate(2026, 1, 10)},
                                                                            {"A", QDate(2026, 2, 14)},
                                                                            {"A", QDate(2026, 3, 25)},
                                                                            {"A", QDate(2026, 5, 5)},
                                                                            {"B", QDate(2026, 1, 10)},
                                                                            {"B", QDate(2026, 3, 10)},
                                                                            {"B", QDate(2026, 3, 25)},
                                                                            {"C", QDate(2026, 2, 14)},
                                                                            {"C", QDate(2026, 3, 10)},
                                                                            {"C", QDate(2026, 4, 10)},
                                                                            {"F", QDate(2026, 1, 10)},
                                                                            {"G", QDate(2026, 4, 10)}}) {
            REQUIRE_OK(plan->add(Attendance{
                0, events.value(day), members.value(QString::fromLatin1(who)), AttendanceStatus::Present, 60, {}}));
        }
        REQUIRE_OK(plan->add(Contribution{
            0, members.value(QStringLiteral("A")), QDate(2026, 2, 20), ContributionKind::Hosting, {}, {}, {}}));
        REQUIRE_OK(plan->add(Contribution{
            0, members.value(QStringLiteral("D")), QDate(2026, 4, 12), ContributionKind::Post, {}, {}, {}}));
    }

    void member(const char *name, Role role, QDate joined, QDate left, const char *organisation)
    {
        Member m;
        m.name = QString::fromLatin1(name);
        m.role = role;
        m.joinedDate = joined;
        m.leftDate = left;
        m.organisation = QString::fromLatin1(organisation);
        members.insert(m.name, plan->add(m).value());
    }
    void event(QDate day, EventStatus status)
    {
        Event e;
        e.title = day.toString(Qt::ISODate);
        e.start = QDateTime(day, QTime(15, 0));
        e.durationMinutes = 60;
        e.status = status;
        events.insert(day, plan->add(e).value());
    }
    Metrics compute(QDate from, QDate to, QDate today = {}) const
    {
        auto data = loadMetricsData(*plan);
        REQUIRE_OK(data);
        MetricsOptions options;
        options.from = from;
        options.to = to;
        return computeMetrics(data.value(), options, today.isValid() ? today : clock.today());
    }
    const MemberFigures &figures(const Metrics &m, const char *name) const
    {
        const auto data = loadMetricsData(*plan).value();
        const int index = data.memberIndex.value(members.value(QString::fromLatin1(name)));
        for (const MemberFigures &f : m.memberFigures) {
            if (f.member == index)
                return f;
        }
        FAIL("no figures for " << name);
        return m.memberFigures.first();
    }
};

} // namespace

TEST_CASE("a window starting and ending mid-month counts only the days inside it")
{
    Windows c;
    const Metrics m = c.compute(QDate(2026, 2, 15), QDate(2026, 4, 15));
    CHECK(m.members == 6);    // A B C D F G; E joined after the window
    CHECK(m.eventsHeld == 3); // 10 and 25 Mar, 10 Apr; 14 Feb lies before the window
    CHECK(m.creditedAttendances == 6);
    REQUIRE(m.reach);
    CHECK(*m.reach == Approx(4.0 / 6));
    CHECK(m.months == QStringList{QStringLiteral("2026-02"), QStringLiteral("2026-03"), QStringLiteral("2026-04")});
    // February counts 15–28 only: A hosted on the 20th; the 14 Feb event is outside the window.
    CHECK(m.activeByMonth == QList<int>{1, 3, 3});
    // C's first activity (14 Feb) lies before the window: not a newcomer. D and G start in April.
    CHECK(m.newcomersByMonth == QList<int>{0, 0, 2});
    REQUIRE(m.retention.size() == 1);
    CHECK(m.retention.first().month == QStringLiteral("2026-04"));
    CHECK(m.retention.first().shares == QList<double>{1.0});
    // W ends on 15 April, so the latest complete month is March.
    CHECK(m.latestCompleteMonthKey() == QStringLiteral("2026-03"));
    CHECK(m.activeLatestMonth() == 3);
    // March: A, B, C active; the twelve months to March also hold F (January).
    REQUIRE(m.stickiness);
    CHECK(*m.stickiness == Approx(3.0 / 4));
    // D's three months run past the window: no newcomer's conversion can be judged yet.
    CHECK_FALSE(m.newcomerConversion.has_value());
    CHECK(m.runningMonth == -1); // today (20 May) is after the window
}

TEST_CASE("the attendance rate counts attendances while a member, over events held while a member")
{
    Windows c;
    const Metrics m = c.compute(QDate(2026, 2, 15), QDate(2026, 4, 15));
    // A: 25 Mar of 10 Mar, 25 Mar, 10 Apr.
    CHECK(c.figures(m, "A").attendanceRate == Approx(1.0 / 3));
    // B: 10 Mar of 10 Mar (B left on 15 Mar; the 25 Mar presence counts for reach, not the rate).
    CHECK(c.figures(m, "B").eligible == 1);
    CHECK(c.figures(m, "B").creditedWhileMember == 1);
    CHECK(c.figures(m, "B").credited == 2);
    CHECK(c.figures(m, "B").attendanceRate == Approx(1.0));
    // C: 10 Apr of 25 Mar and 10 Apr; 10 Mar was before C joined.
    CHECK(c.figures(m, "C").attendanceRate == Approx(0.5));
    CHECK(c.figures(m, "D").attendanceRate == Approx(0.0));
    CHECK(c.figures(m, "F").attendanceRate == Approx(0.0));
    CHECK(c.figures(m, "G").attendanceRate == Approx(1.0 / 3));
    REQUIRE(m.meanAttendanceRate);
    CHECK(*m.meanAttendanceRate == Approx((1.0 / 3 + 1.0 + 0.5 + 0 + 0 + 1.0 / 3) / 6));
    CHECK(m.levels == std::array<int, 5>{1, 2, 1, 1, 1}); // A core; B, C active; D occasional; F; G
}

TEST_CASE("a member with no event during their membership has no rate and stays out of the mean")
{
    Windows c;
    const Metrics m = c.compute(QDate(2026, 4, 1), QDate(2026, 4, 30));
    CHECK(m.members == 6); // A C D E F G
    CHECK(c.figures(m, "E").eligible == 0);
    CHECK_FALSE(c.figures(m, "E").attendanceRate.has_value());
    CHECK(c.figures(m, "E").level == Level::Peripheral);
    REQUIRE(m.meanAttendanceRate);
    CHECK(*m.meanAttendanceRate == Approx(2.0 / 5)); // C and G came to the one event of April
}

TEST_CASE("quarters are clipped to the window and their flows count only its days")
{
    Windows c;
    const Metrics m = c.compute(QDate(2026, 2, 15), QDate(2026, 4, 15));
    REQUIRE(m.levelsByQuarter.size() == 2);
    CHECK(m.levelsByQuarter[0].from == QDate(2026, 2, 15));
    CHECK(m.levelsByQuarter[0].to == QDate(2026, 3, 31));
    CHECK(m.levelsByQuarter[1].to == QDate(2026, 4, 15));
    // Q1 (15 Feb – 31 Mar): A core (hosted), B active, C occasional (10 Mar, before joining), D F G peripheral.
    CHECK(m.levelsByQuarter[0].counts == std::array<int, 5>{1, 1, 1, 3, 0});
    // Q2 (1–15 Apr): A peripheral, C active, D occasional, F peripheral, G transactional; B has left.
    CHECK(m.levelsByQuarter[1].counts == std::array<int, 5>{0, 1, 1, 2, 1});
    REQUIRE(m.flows.size() == 1);
    const LevelFlow &f = m.flows.first();
    CHECK(f.from == QStringLiteral("2026-Q1"));
    CHECK(f.to == QStringLiteral("2026-Q2"));
    CHECK(f.up == std::array<int, 4>{0, 0, 1, 1});   // C occasional → active, D peripheral → occasional
    CHECK(f.held == std::array<int, 4>{0, 0, 0, 1}); // F
    CHECK(f.down == std::array<int, 4>{1, 0, 0, 0}); // A core → peripheral
    CHECK(f.share(f.up, int(Level::Peripheral)) == Approx(0.5));
    for (const LevelFlow &flow : m.flows) {
        for (int level = 0; level < 4; ++level) {
            if (const auto share = flow.share(flow.up, level))
                CHECK(*share <= 1.0);
        }
    }
}

TEST_CASE("a single-month window is its own latest complete month")
{
    Windows c;
    const Metrics m = c.compute(QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(m.months == QStringList{QStringLiteral("2026-03")});
    CHECK(m.activeByMonth == QList<int>{3});
    CHECK(m.latestCompleteMonthKey() == QStringLiteral("2026-03"));
    REQUIRE(m.stickiness);
    CHECK(*m.stickiness == Approx(3.0 / 4)); // the look-back reaches January and February: F
    CHECK(m.newcomersByMonth == QList<int>{0});
    CHECK(m.retention.isEmpty());
}

TEST_CASE("a window across a year boundary keeps its months in order and December 2025 as the latest complete")
{
    Windows c;
    const Metrics m = c.compute(QDate(2025, 12, 15), QDate(2026, 1, 20));
    CHECK(m.months == QStringList{QStringLiteral("2025-12"), QStringLiteral("2026-01")});
    CHECK(m.activeByMonth == QList<int>{0, 3}); // A B F on 10 Jan
    CHECK(m.newcomersByMonth == QList<int>{0, 3});
    CHECK(m.latestCompleteMonthKey() == QStringLiteral("2025-12"));
    CHECK(m.activeLatestMonth() == 0);
    CHECK_FALSE(m.stickiness.has_value()); // nobody active in the year to December
    REQUIRE(m.retention.size() == 1);
    CHECK(m.retention.first().shares == QList<double>{1.0});
}

TEST_CASE("a month that has not ended by today is never complete, and a future window has none")
{
    Windows c;
    // The plan year so far: January to 20 May; May is running.
    const Metrics now = c.compute({}, {});
    CHECK(now.to == QDate(2026, 5, 20));
    CHECK(now.latestCompleteMonthKey() == QStringLiteral("2026-04"));
    CHECK(now.runningMonth == 4);
    // Past the plan's end, seen from today: nothing in it has happened.
    const Metrics future = c.compute(QDate(2026, 12, 1), QDate(2027, 1, 31));
    CHECK(future.latestCompleteMonth == -1);
    CHECK_FALSE(future.stickiness.has_value());
    // The same window seen from March 2027.
    const Metrics later = c.compute(QDate(2026, 12, 1), QDate(2027, 1, 31), QDate(2027, 3, 1));
    CHECK(later.latestCompleteMonthKey() == QStringLiteral("2027-01"));
    CHECK(later.members == 5); // A C D F G
    CHECK(later.eventsHeld == 0);
    CHECK_FALSE(later.meanAttendanceRate.has_value());
    REQUIRE(later.reach);
    CHECK(*later.reach == 0.0);
}

TEST_CASE("turnout counts the credited attendees in the window against the members on the day")
{
    Windows c;
    const Metrics m = c.compute(QDate(2026, 2, 15), QDate(2026, 4, 15));
    REQUIRE(m.turnout.size() == 3);
    for (const EventTurnout &t : m.turnout) {
        CHECK(t.credited == 2);
        CHECK(t.membersAtDate == 5);
        CHECK(t.turnout == Approx(0.4));
        CHECK(t.attendees.size() == 2);
    }
    CHECK(m.concentrationMembers == 1); // A's 12 of 13
    CHECK(m.totalWeight == 13);
}
