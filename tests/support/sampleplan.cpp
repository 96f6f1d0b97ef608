// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleplan.h"

#include "testsupport.h"

#include "core/lifecycle/newplan.h"

namespace cultivate::test {

std::unique_ptr<Plan> samplePlan(const Clock &clock)
{
    auto created = createPlanInMemory(NewPlanOptions{QStringLiteral("Sample"), QDate(2026, 1, 5)}, clock);
    REQUIRE_OK(created);
    auto plan = std::move(created).value();
    Plan &p = *plan;

    Member m;
    m.name = QStringLiteral("Noor Haddad");
    m.email = QStringLiteral("noor@example.org");
    m.aliases = {QStringLiteral("HADDAD Noor (EXT)")};
    const Id member = p.add(m).value();
    const Id event = p.list<Event>().value().first().id;
    const Id import = p.add(ImportRecord{0, QStringLiteral("attendance"), QStringLiteral("r.csv"), QStringLiteral("ff"),
                                         QStringLiteral("zoom"), QDateTime(QDate(2026, 2, 1), QTime(8, 0)), 1})
                          .value();
    REQUIRE_OK(p.add(Attendance{0, event, member, AttendanceStatus::Present, 55, import}));
    const Id resource = p.add(Resource{0,
                                       QStringLiteral("Guide"),
                                       ResourceKind::Document,
                                       QStringLiteral("wiki"),
                                       member,
                                       QDate(2026, 2, 1),
                                       {QStringLiteral("intro")},
                                       Visibility::Public,
                                       event,
                                       {}})
                            .value();
    REQUIRE_OK(p.add(Contribution{0, member, QDate(2026, 2, 2), ContributionKind::Answer, event, resource, {}}));
    REQUIRE_OK(p.add(BudgetLine{0, QStringLiteral("Venue"), 300.0, {}, 1}));
    const Id survey =
        p.add(Survey{0, QStringLiteral("Baseline"), SurveyKind::Baseline, QDate(2026, 2, 1), false, event, 10, {}})
            .value();
    const Id question =
        p.add(Question{0, survey, 1, QStringLiteral("Confidence"), QuestionType::Likert, {}, QStringLiteral("conf")})
            .value();
    const Id response = p.add(Response{0, survey, member, {}, QDate(2026, 2, 1)}).value();
    REQUIRE_OK(p.add(Answer{0, response, question, 3.0, {}}));
    const Id goal = p.add(Goal{0,
                               QStringLiteral("Reach"),
                               {},
                               0.1,
                               0.5,
                               QStringLiteral("share"),
                               QDate(2026, 12, 1),
                               QStringLiteral("reach"),
                               {}})
                        .value();
    REQUIRE_OK(p.add(GoalMeasurement{0, goal, QDate(2026, 3, 1), 0.2, {}}));
    Story story;
    story.title = QStringLiteral("A win");
    story.date = QDate(2026, 3, 1);
    story.cycles = {ValueCycle::Immediate};
    story.memberIds = {member};
    story.consent = true;
    REQUIRE_OK(p.add(story));
    REQUIRE_OK(p.add(Recognition{0, member, QDate(2026, 3, 2), QStringLiteral("Great answers")}));
    return plan;
}

} // namespace cultivate::test
