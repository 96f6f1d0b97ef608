// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsfixture.h"

#include "testsupport.h"

#include "core/lifecycle/newplan.h"

namespace cultivate::test {

namespace {

Id addMember(Plan &plan, const char *name, Role role, QDate joined, QDate left, const char *organisation)
{
    Member m;
    m.name = QString::fromLatin1(name);
    m.role = role;
    m.joinedDate = joined;
    m.leftDate = left;
    m.organisation = QString::fromLatin1(organisation);
    auto id = plan.add(m);
    REQUIRE_OK(id);
    return id.value();
}

Id addEvent(Plan &plan, const char *title, QDate date, EventStatus status)
{
    Event e;
    e.title = QString::fromLatin1(title);
    e.start = QDateTime(date, QTime(15, 0));
    e.durationMinutes = 60;
    e.status = status;
    auto id = plan.add(e);
    REQUIRE_OK(id);
    return id.value();
}

} // namespace

MetricsFixture::MetricsFixture()
{
    auto created =
        createPlanInMemory(NewPlanOptions{QStringLiteral("Fixture"), QDate(2026, 1, 1), PlanTemplate::Empty}, clock);
    REQUIRE_OK(created);
    plan = std::move(created).value();
    Plan &p = *plan;
    const QDate jan1(2026, 1, 1);

    members[QStringLiteral("Fay")] = addMember(p, "Fay", Role::Facilitator, jan1, {}, "Org1");
    members[QStringLiteral("Sam")] = addMember(p, "Sam", Role::Sponsor, jan1, {}, "Org1");
    members[QStringLiteral("Ana")] = addMember(p, "Ana", Role::Member, jan1, {}, "Org1");
    members[QStringLiteral("Ben")] = addMember(p, "Ben", Role::Champion, jan1, {}, "Org1");
    members[QStringLiteral("Cai")] = addMember(p, "Cai", Role::Member, QDate(2026, 2, 1), {}, "Org2");
    members[QStringLiteral("Dee")] = addMember(p, "Dee", Role::Member, jan1, QDate(2026, 2, 28), "Org2");
    members[QStringLiteral("Gus")] = addMember(p, "Gus", Role::Guest, {}, {}, "");
    members[QStringLiteral("Eve")] = addMember(p, "Eve", Role::Expert, jan1, {}, "Org3");
    members[QStringLiteral("Hal")] = addMember(p, "Hal", Role::Member, jan1, {}, "");

    events[QStringLiteral("E1")] = addEvent(p, "E1", QDate(2026, 1, 10), EventStatus::Held);
    events[QStringLiteral("E2")] = addEvent(p, "E2", QDate(2026, 2, 10), EventStatus::Held);
    events[QStringLiteral("E3")] = addEvent(p, "E3", QDate(2026, 3, 10), EventStatus::Held);
    events[QStringLiteral("E4")] = addEvent(p, "E4", QDate(2026, 3, 20), EventStatus::Cancelled);
    events[QStringLiteral("E5")] = addEvent(p, "E5", QDate(2026, 4, 10), EventStatus::Held);
    events[QStringLiteral("E6")] = addEvent(p, "E6", QDate(2026, 5, 10), EventStatus::Planned);
    events[QStringLiteral("E7")] = addEvent(p, "E7", QDate(2026, 4, 12), EventStatus::Planned);

    const auto attend = [&](const char *who, const char *event, AttendanceStatus status, std::optional<int> minutes) {
        REQUIRE_OK(p.add(Attendance{0,
                                    events.value(QString::fromLatin1(event)),
                                    members.value(QString::fromLatin1(who)),
                                    status,
                                    minutes,
                                    {}}));
    };
    using S = AttendanceStatus;
    attend("Ana", "E1", S::Present, 60);
    attend("Ana", "E2", S::Present, 20);           // under half the event: not credited
    attend("Ana", "E3", S::Present, std::nullopt); // minutes unknown: credited
    attend("Ana", "E4", S::Present, 60);           // a cancelled event never counts
    attend("Ana", "E5", S::Present, 45);
    attend("Ben", "E1", S::Present, 30); // exactly half: credited
    attend("Ben", "E2", S::Present, 60);
    attend("Ben", "E3", S::Present, 60);
    attend("Ben", "E5", S::Present, 60);
    attend("Cai", "E2", S::Present, 60);
    attend("Cai", "E3", S::Absent, std::nullopt);
    attend("Dee", "E1", S::Present, 60);
    attend("Dee", "E2", S::Excused, std::nullopt);
    attend("Gus", "E3", S::Present, 60);
    for (const char *e : {"E1", "E2", "E3", "E5"})
        attend("Fay", e, S::Present, 60); // the facilitator is not counted

    const auto contribute = [&](const char *who, QDate date, ContributionKind kind) {
        REQUIRE_OK(p.add(Contribution{0, members.value(QString::fromLatin1(who)), date, kind, {}, {}, {}}));
    };
    using K = ContributionKind;
    contribute("Ana", QDate(2026, 1, 15), K::Post);          // weight 1
    contribute("Ana", QDate(2026, 3, 5), K::Answer);         // weight 3
    contribute("Ben", QDate(2026, 2, 10), K::Hosting);       // weight 12, hosted
    contribute("Cai", QDate(2026, 2, 12), K::Question);      // weight 2
    contribute("Cai", QDate(2026, 4, 1), K::ResourceShared); // weight 4
    contribute("Hal", QDate(2026, 1, 20), K::Post);          // weight 1
    contribute("Fay", QDate(2026, 2, 1), K::Hosting);        // not counted

    // Surveys: a baseline and a final with one paired item.
    const Id baseline =
        p.add(Survey{0, QStringLiteral("Baseline"), SurveyKind::Baseline, QDate(2026, 1, 10), false, {}, 0, {}})
            .value();
    const Id final =
        p.add(Survey{0, QStringLiteral("Final"), SurveyKind::Final, QDate(2026, 4, 10), false, {}, 10, {}}).value();
    surveys[QStringLiteral("baseline")] = baseline;
    surveys[QStringLiteral("final")] = final;
    const Id confidenceBefore =
        p.add(Question{0, baseline, 1, QStringLiteral("Confidence"), QuestionType::Likert, {}, QStringLiteral("conf")})
            .value();
    const Id recommend =
        p.add(Question{0, baseline, 2, QStringLiteral("Recommend?"), QuestionType::Recommend, {}, {}}).value();
    const Id confidenceAfter =
        p.add(Question{0, final, 1, QStringLiteral("Confidence"), QuestionType::Likert, {}, QStringLiteral("conf")})
            .value();
    const Id usingIt =
        p.add(Question{0, final, 2, QStringLiteral("Using the practice?"), QuestionType::YesNo, {}, {}}).value();
    const auto respond = [&](Id survey, const char *who, QList<std::pair<Id, double>> answers) {
        const Id response =
            p.add(Response{0, survey, members.value(QString::fromLatin1(who)), {}, QDate(2026, 1, 10)}).value();
        for (const auto &[question, value] : answers)
            REQUIRE_OK(p.add(Answer{0, response, question, value, {}}));
    };
    respond(baseline, "Ana", {{confidenceBefore, 2}, {recommend, 9}});
    respond(baseline, "Ben", {{confidenceBefore, 3}, {recommend, 10}});
    respond(baseline, "Dee", {{confidenceBefore, 4}, {recommend, 5}});
    respond(final, "Ana", {{confidenceAfter, 4}, {usingIt, 1}});
    respond(final, "Ben", {{confidenceAfter, 3}, {usingIt, 0}});
    respond(final, "Cai", {{confidenceAfter, 5}});

    // Goals.
    goals[QStringLiteral("reach")] =
        p.add(Goal{0, QStringLiteral("Reach"), {}, 0.5, 1.0, QStringLiteral("share"), {}, QStringLiteral("reach"), {}})
            .value();
    const Id manual =
        p.add(Goal{0, QStringLiteral("Cases shared"), {}, 10, 20, QStringLiteral("cases"), {}, {}, {}}).value();
    goals[QStringLiteral("manual")] = manual;
    REQUIRE_OK(p.add(GoalMeasurement{0, manual, QDate(2026, 2, 1), 12, {}}));
    REQUIRE_OK(p.add(GoalMeasurement{0, manual, QDate(2026, 4, 1), 15, {}}));
    REQUIRE_OK(p.add(GoalMeasurement{0, manual, QDate(2026, 5, 1), 19, {}})); // after the window
    goals[QStringLiteral("capped")] =
        p.add(Goal{0, QStringLiteral("Members"), {}, 0, 5, QStringLiteral("people"), {}, QStringLiteral("members"), {}})
            .value();
}

MetricsData MetricsFixture::data() const
{
    auto data = loadMetricsData(*plan);
    REQUIRE_OK(data);
    return std::move(data).value();
}

Metrics MetricsFixture::compute(const MetricsOptions &options) const
{
    return computeMetrics(data(), options, clock.today());
}

} // namespace cultivate::test
