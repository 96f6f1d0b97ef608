// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/rowsnapshot.h"

namespace cultivate {

template <class Row> Result<void> RowSnapshot::readd(const Plan &plan, const QString &column, Id id)
{
    auto rows = plan.listWhere<Row>(column, id);
    if (!rows.ok())
        return rows.error();
    for (const Row &row : rows.value()) {
        m_steps.append([row](Plan &target) -> Result<void> {
            auto added = target.add(row);
            if (!added.ok())
                return added.error();
            return {};
        });
    }
    return {};
}

template <class Row> Result<void> RowSnapshot::rewrite(const Plan &plan, const QString &column, Id id)
{
    auto rows = plan.listWhere<Row>(column, id);
    if (!rows.ok())
        return rows.error();
    for (const Row &row : rows.value())
        m_steps.append([row](Plan &target) { return target.update(row); });
    return {};
}

namespace {

// Stories keep their links to events, members and resources in link tables that cascade; the
// story row itself stays, so it is written back whole.
template <class Predicate> Result<QList<Story>> storiesWhere(const Plan &plan, Predicate linked)
{
    auto stories = plan.list<Story>();
    if (!stories.ok())
        return stories.error();
    QList<Story> matching;
    for (const Story &story : stories.value()) {
        if (linked(story))
            matching.append(story);
    }
    return matching;
}

} // namespace

template <class T> Result<RowSnapshot> RowSnapshot::of(const Plan &, const T &)
{
    return RowSnapshot{};
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Event &event)
{
    RowSnapshot snapshot;
    const Id id = event.id;
    CULTIVATE_TRY(snapshot.readd<Attendance>(plan, QStringLiteral("event_id"), id));
    CULTIVATE_TRY(snapshot.rewrite<Resource>(plan, QStringLiteral("event_id"), id));
    CULTIVATE_TRY(snapshot.rewrite<Contribution>(plan, QStringLiteral("event_id"), id));
    CULTIVATE_TRY(snapshot.rewrite<Survey>(plan, QStringLiteral("event_id"), id));
    CULTIVATE_TRY(snapshot.rewrite<ChecklistItem>(plan, QStringLiteral("evidence_event_id"), id));
    auto stories = storiesWhere(plan, [id](const Story &story) { return story.eventIds.contains(id); });
    if (!stories.ok())
        return stories.error();
    for (const Story &story : stories.value())
        snapshot.m_steps.append([story](Plan &target) { return target.update(story); });
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Stage &stage)
{
    RowSnapshot snapshot;
    CULTIVATE_TRY(snapshot.readd<ChecklistItem>(plan, QStringLiteral("stage_id"), stage.id));
    CULTIVATE_TRY(snapshot.rewrite<Event>(plan, QStringLiteral("stage_id"), stage.id));
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Series &series)
{
    RowSnapshot snapshot;
    CULTIVATE_TRY(snapshot.rewrite<Event>(plan, QStringLiteral("series_id"), series.id));
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Goal &goal)
{
    RowSnapshot snapshot;
    CULTIVATE_TRY(snapshot.readd<GoalMeasurement>(plan, QStringLiteral("goal_id"), goal.id));
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Question &question)
{
    RowSnapshot snapshot;
    CULTIVATE_TRY(snapshot.readd<Answer>(plan, QStringLiteral("question_id"), question.id));
    CULTIVATE_TRY(snapshot.rewrite<Goal>(plan, QStringLiteral("survey_question_id"), question.id));
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Response &response)
{
    RowSnapshot snapshot;
    CULTIVATE_TRY(snapshot.readd<Answer>(plan, QStringLiteral("response_id"), response.id));
    return snapshot;
}

// A survey takes its questions and responses with it, and the answers of both; the answers come
// back after the questions and responses they belong to.
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Survey &survey)
{
    RowSnapshot snapshot;
    auto questions = plan.listWhere<Question>(QStringLiteral("survey_id"), survey.id);
    if (!questions.ok())
        return questions.error();
    CULTIVATE_TRY(snapshot.readd<Question>(plan, QStringLiteral("survey_id"), survey.id));
    CULTIVATE_TRY(snapshot.readd<Response>(plan, QStringLiteral("survey_id"), survey.id));
    for (const Question &question : questions.value()) {
        CULTIVATE_TRY(snapshot.readd<Answer>(plan, QStringLiteral("question_id"), question.id));
        CULTIVATE_TRY(snapshot.rewrite<Goal>(plan, QStringLiteral("survey_question_id"), question.id));
    }
    CULTIVATE_TRY(snapshot.rewrite<ChecklistItem>(plan, QStringLiteral("evidence_survey_id"), survey.id));
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Story &story)
{
    RowSnapshot snapshot;
    CULTIVATE_TRY(snapshot.rewrite<ChecklistItem>(plan, QStringLiteral("evidence_story_id"), story.id));
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Member &member)
{
    RowSnapshot snapshot;
    const Id id = member.id;
    const QString column = QStringLiteral("member_id");
    CULTIVATE_TRY(snapshot.readd<Attendance>(plan, column, id));
    CULTIVATE_TRY(snapshot.readd<Contribution>(plan, column, id));
    CULTIVATE_TRY(snapshot.readd<Recognition>(plan, column, id));
    CULTIVATE_TRY(snapshot.rewrite<Response>(plan, column, id));
    CULTIVATE_TRY(snapshot.rewrite<Resource>(plan, QStringLiteral("author_id"), id));
    auto stories = storiesWhere(plan, [id](const Story &story) { return story.memberIds.contains(id); });
    if (!stories.ok())
        return stories.error();
    for (const Story &story : stories.value())
        snapshot.m_steps.append([story](Plan &target) { return target.update(story); });
    return snapshot;
}

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Resource &resource)
{
    RowSnapshot snapshot;
    const Id id = resource.id;
    CULTIVATE_TRY(snapshot.rewrite<Contribution>(plan, QStringLiteral("resource_id"), id));
    CULTIVATE_TRY(snapshot.rewrite<ChecklistItem>(plan, QStringLiteral("evidence_resource_id"), id));
    auto stories = storiesWhere(plan, [id](const Story &story) { return story.resourceIds.contains(id); });
    if (!stories.ok())
        return stories.error();
    for (const Story &story : stories.value())
        snapshot.m_steps.append([story](Plan &target) { return target.update(story); });
    return snapshot;
}

Result<void> RowSnapshot::restore(Plan &plan) const
{
    for (const auto &step : m_steps)
        CULTIVATE_TRY(step(plan));
    return {};
}

#undef CULTIVATE_TRY

// The entities removed that take nothing with them; others get no dependents (they have none in the schema that a
// planner command could remove with them).
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const Community &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const BudgetLine &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const ChecklistItem &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const GoalMeasurement &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const Attendance &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const Contribution &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const ContributionWeight &);
template Result<RowSnapshot> RowSnapshot::of(const Plan &, const Recognition &);

} // namespace cultivate
