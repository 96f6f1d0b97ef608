// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A new plan: five stages, their built-in checklists, the weights, and the one-year layout (SPEC §4).
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/lifecycle/stageguide.h"

#include <QSet>

using namespace cultivate;

namespace {

const FixedClock TestClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));

std::unique_ptr<Plan> newPlan(QDate start, PlanTemplate layout = PlanTemplate::OneYear)
{
    auto plan = createPlanInMemory(NewPlanOptions{QStringLiteral("Year"), start, layout}, TestClock);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

} // namespace

TEST_CASE("a new plan has five stages in order, each with its built-in checklist and guidance")
{
    for (PlanTemplate layout : {PlanTemplate::OneYear, PlanTemplate::Empty}) {
        auto plan = newPlan(QDate(2026, 1, 5), layout);
        const auto stages = plan->list<Stage>().value();
        REQUIRE(stages.size() == 5);
        for (int i = 0; i < 5; ++i) {
            CHECK(stages[i].kind == static_cast<StageKind>(i));
            CHECK(stages[i].status == StageStatus::NotStarted);
            CHECK_FALSE(stageGuidance(stages[i].kind).isEmpty());
            const auto items = plan->listWhere<ChecklistItem>(QStringLiteral("stage_id"), stages[i].id).value();
            int builtIn = 0;
            for (const auto &item : items) {
                if (item.builtIn) {
                    ++builtIn;
                    CHECK_FALSE(item.guidance.isEmpty());
                    CHECK_FALSE(item.done);
                }
            }
            CHECK(builtIn >= 2);
        }
        const auto all = plan->list<ChecklistItem>().value();
        QStringList titles;
        for (const auto &item : all)
            titles << item.title;
        for (const char *expected :
             {"Audience", "Domain", "Facilitator", "Members and champions", "Ground rules", "Activities and rhythm",
              "Workspace", "Pilot group", "First success story", "Launch to a broader audience", "Participation",
              "Shared repertoire", "Recognition", "Check-ins", "Summary report", "Reflections on shifts in practice",
              "Legacy plan"}) {
            CHECK(titles.contains(QString::fromLatin1(expected)));
        }
        CHECK(plan->list<ContributionWeight>().value().size() == qsizetype(enumCount<ContributionKind>()));
    }
}

TEST_CASE("the empty template lays out no events and no dates")
{
    auto plan = newPlan(QDate(2026, 1, 5), PlanTemplate::Empty);
    CHECK(plan->list<Event>().value().isEmpty());
    for (const auto &stage : plan->list<Stage>().value())
        CHECK_FALSE(stage.plannedStart.isValid());
}

TEST_CASE("the default plan year runs one year from the start date")
{
    auto plan = newPlan(QDate(2026, 1, 5));
    const Community c = plan->community().value();
    CHECK(c.startDate == QDate(2026, 1, 5));
    CHECK(c.endDate == QDate(2027, 1, 4));
    CHECK(c.attendanceThreshold == 0.5);
}

TEST_CASE("the one-year template lays out a dated year from several start dates")
{
    for (const QDate start : {QDate(2026, 1, 5), QDate(2026, 2, 28), QDate(2026, 9, 1), QDate(2024, 12, 31)}) {
        INFO("start " << start.toString(Qt::ISODate).toStdString());
        auto plan = newPlan(start);
        const Community c = plan->community().value();
        const auto stages = plan->list<Stage>().value();
        REQUIRE(stages.size() == 5);

        // Stages tile the year without gaps or overlaps.
        CHECK(stages.first().plannedStart == start);
        CHECK(stages.last().plannedEnd == c.endDate);
        for (int i = 1; i < stages.size(); ++i)
            CHECK(stages[i].plannedStart == stages[i - 1].plannedEnd.addDays(1));

        const auto events = plan->list<Event>().value();
        QSet<int> planMonths; // month m runs from start + m months to the day before start + m + 1 months
        int meetings = 0;
        int checkIns = 0;
        QSet<EventKind> kinds;
        for (const Event &e : events) {
            CHECK(e.start.date() >= start);
            CHECK(e.start.date() <= c.endDate);
            CHECK(e.status == EventStatus::Planned);
            REQUIRE(e.stageId.has_value());
            const Stage stage = plan->get<Stage>(*e.stageId).value();
            CHECK(e.start.date() >= stage.plannedStart);
            CHECK(e.start.date() <= stage.plannedEnd);
            for (int m = 0; m < 12; ++m) {
                if (e.start.date() >= start.addMonths(m) && e.start.date() < start.addMonths(m + 1))
                    planMonths.insert(m);
            }
            kinds.insert(e.kind);
            if (e.title.startsWith(QStringLiteral("Monthly community meeting")) ||
                e.title.startsWith(QStringLiteral("Monthly webinar")))
                ++meetings;
            if (e.kind == EventKind::CheckIn)
                ++checkIns;
        }
        // Pilot, orientation, launch, the monthly rhythm, check-ins, review, story drive, wrap-up.
        // A monthly rule over the seven months of nurture: one a month, give or take the calendar.
        CHECK(meetings >= 6);
        CHECK(meetings <= 8);
        CHECK(checkIns >= 6);
        CHECK(checkIns <= 8);
        CHECK(kinds.contains(EventKind::Orientation));
        CHECK(kinds.contains(EventKind::WrapUp));
        CHECK(kinds.contains(EventKind::Webinar));
        // Every month of the plan after the first (preparation) has at least one event: the rhythm holds.
        for (int m = 1; m < 12; ++m) {
            INFO("plan month " << m);
            CHECK(planMonths.contains(m));
        }

        // Reminders a week before and follow-ups after each meeting, dated.
        int reminders = 0;
        for (const auto &item : plan->list<ChecklistItem>().value()) {
            if (item.title.startsWith(QStringLiteral("Send the reminder"))) {
                ++reminders;
                CHECK(item.dueDate.isValid());
            }
        }
        CHECK(reminders == meetings);
    }
}
