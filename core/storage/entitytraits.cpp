// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/entitytraits.h"

namespace cultivate::storage {

#define CULTIVATE_NO_CHILDREN(Type)                                                                                    \
    const QList<ChildList<Type>> &EntityTraits<Type>::children()                                                       \
    {                                                                                                                  \
        static const QList<ChildList<Type>> none;                                                                      \
        return none;                                                                                                   \
    }

const QList<Column<Community>> &EntityTraits<Community>::columns()
{
    using T = Community;
    static const QList<Column<T>> c{column("name", &T::name),
                                    column("domain", &T::domain),
                                    column("audience", &T::audience),
                                    column("purpose", &T::purpose),
                                    column("purpose_areas", &T::purposeAreas),
                                    column("value_members", &T::valueForMembers),
                                    column("value_organisation", &T::valueForOrganisation),
                                    column("scope", &T::scope),
                                    column("need", &T::need),
                                    column("governance", &T::governance),
                                    column("ground_rules", &T::groundRules),
                                    column("channels", &T::channels),
                                    column("workspace", &T::workspace),
                                    column("start_date", &T::startDate),
                                    column("end_date", &T::endDate),
                                    column("time_zone", &T::timeZone),
                                    column("attendance_threshold", &T::attendanceThreshold),
                                    column("uid", &T::uid)};
    return c;
}
CULTIVATE_NO_CHILDREN(Community)

const QList<Column<BudgetLine>> &EntityTraits<BudgetLine>::columns()
{
    using T = BudgetLine;
    static const QList<Column<T>> c{column("label", &T::label), column("amount", &T::amount),
                                    column("notes", &T::notes), column("position", &T::position)};
    return c;
}
CULTIVATE_NO_CHILDREN(BudgetLine)

const QList<Column<Stage>> &EntityTraits<Stage>::columns()
{
    using T = Stage;
    static const QList<Column<T>> c{column("kind", &T::kind), column("planned_start", &T::plannedStart),
                                    column("planned_end", &T::plannedEnd), column("status", &T::status),
                                    column("notes", &T::notes)};
    return c;
}
CULTIVATE_NO_CHILDREN(Stage)

const QList<Column<ChecklistItem>> &EntityTraits<ChecklistItem>::columns()
{
    using T = ChecklistItem;
    static const QList<Column<T>> c{column("stage_id", &T::stageId),
                                    column("position", &T::position),
                                    column("title", &T::title),
                                    column("guidance", &T::guidance),
                                    column("built_in", &T::builtIn),
                                    column("done", &T::done),
                                    column("due_date", &T::dueDate),
                                    column("done_date", &T::doneDate),
                                    column("evidence_note", &T::evidenceNote),
                                    column("evidence_event_id", &T::evidenceEventId),
                                    column("evidence_resource_id", &T::evidenceResourceId),
                                    column("evidence_survey_id", &T::evidenceSurveyId),
                                    column("evidence_story_id", &T::evidenceStoryId)};
    return c;
}
CULTIVATE_NO_CHILDREN(ChecklistItem)

const QList<Column<Goal>> &EntityTraits<Goal>::columns()
{
    using T = Goal;
    static const QList<Column<T>> c{
        column("title", &T::title),       column("description", &T::description),
        column("baseline", &T::baseline), column("target", &T::target),
        column("unit", &T::unit),         column("due_date", &T::dueDate),
        column("metric", &T::metric),     column("survey_question_id", &T::surveyQuestionId)};
    return c;
}
CULTIVATE_NO_CHILDREN(Goal)

const QList<Column<GoalMeasurement>> &EntityTraits<GoalMeasurement>::columns()
{
    using T = GoalMeasurement;
    static const QList<Column<T>> c{column("goal_id", &T::goalId), column("date", &T::date), column("value", &T::value),
                                    column("note", &T::note)};
    return c;
}
CULTIVATE_NO_CHILDREN(GoalMeasurement)

const QList<Column<Member>> &EntityTraits<Member>::columns()
{
    using T = Member;
    static const QList<Column<T>> c{column("name", &T::name),
                                    column("email", &T::email),
                                    column("organisation", &T::organisation),
                                    column("role", &T::role),
                                    column("joined_date", &T::joinedDate),
                                    column("left_date", &T::leftDate),
                                    column("consent_report", &T::consentReport),
                                    column("consent_quote", &T::consentQuote),
                                    column("commitment_signed", &T::commitmentSigned),
                                    column("notes", &T::notes)};
    return c;
}
const QList<ChildList<Member>> &EntityTraits<Member>::children()
{
    static const QList<ChildList<Member>> c{
        childList("member_alias", "member_id", "alias", "aliases", &Member::aliases)};
    return c;
}

const QList<Column<Series>> &EntityTraits<Series>::columns()
{
    using T = Series;
    static const QList<Column<T>> c{column("rule", &T::rule),
                                    column("interval", &T::interval),
                                    column("weekday", &T::weekday),
                                    column("week_of_month", &T::weekOfMonth),
                                    column("day_of_month", &T::dayOfMonth),
                                    column("until", &T::until)};
    return c;
}
CULTIVATE_NO_CHILDREN(Series)

const QList<Column<Event>> &EntityTraits<Event>::columns()
{
    using T = Event;
    static const QList<Column<T>> c{column("title", &T::title),        column("kind", &T::kind),
                                    column("start", &T::start),        column("duration_minutes", &T::durationMinutes),
                                    column("location", &T::location),  column("topic", &T::topic),
                                    column("stage_id", &T::stageId),   column("status", &T::status),
                                    column("series_id", &T::seriesId), column("agenda", &T::agenda),
                                    column("notes", &T::notes)};
    return c;
}
CULTIVATE_NO_CHILDREN(Event)

const QList<Column<ImportRecord>> &EntityTraits<ImportRecord>::columns()
{
    using T = ImportRecord;
    static const QList<Column<T>> c{
        column("kind", &T::kind),     column("file_name", &T::fileName),     column("sha256", &T::sha256),
        column("format", &T::format), column("imported_at", &T::importedAt), column("rows", &T::rows)};
    return c;
}
CULTIVATE_NO_CHILDREN(ImportRecord)

const QList<Column<Attendance>> &EntityTraits<Attendance>::columns()
{
    using T = Attendance;
    static const QList<Column<T>> c{column("event_id", &T::eventId), column("member_id", &T::memberId),
                                    column("status", &T::status), column("minutes", &T::minutes),
                                    column("import_id", &T::importId)};
    return c;
}
CULTIVATE_NO_CHILDREN(Attendance)

const QList<Column<ContributionWeight>> &EntityTraits<ContributionWeight>::columns()
{
    using T = ContributionWeight;
    static const QList<Column<T>> c{column("kind", &T::kind), column("weight", &T::weight)};
    return c;
}
CULTIVATE_NO_CHILDREN(ContributionWeight)

const QList<Column<Contribution>> &EntityTraits<Contribution>::columns()
{
    using T = Contribution;
    static const QList<Column<T>> c{column("member_id", &T::memberId),
                                    column("date", &T::date),
                                    column("kind", &T::kind),
                                    column("event_id", &T::eventId),
                                    column("resource_id", &T::resourceId),
                                    column("note", &T::note)};
    return c;
}
CULTIVATE_NO_CHILDREN(Contribution)

const QList<Column<Resource>> &EntityTraits<Resource>::columns()
{
    using T = Resource;
    static const QList<Column<T>> c{column("title", &T::title),
                                    column("kind", &T::kind),
                                    column("location", &T::location),
                                    column("author_id", &T::authorId),
                                    column("added_date", &T::addedDate),
                                    column("tags", &T::tags),
                                    column("visibility", &T::visibility),
                                    column("event_id", &T::eventId),
                                    column("description", &T::description)};
    return c;
}
CULTIVATE_NO_CHILDREN(Resource)

const QList<Column<Survey>> &EntityTraits<Survey>::columns()
{
    using T = Survey;
    static const QList<Column<T>> c{column("title", &T::title),      column("kind", &T::kind),
                                    column("date", &T::date),        column("anonymous", &T::anonymous),
                                    column("event_id", &T::eventId), column("invited", &T::invited),
                                    column("notes", &T::notes)};
    return c;
}
CULTIVATE_NO_CHILDREN(Survey)

const QList<Column<Question>> &EntityTraits<Question>::columns()
{
    using T = Question;
    static const QList<Column<T>> c{column("survey_id", &T::surveyId), column("position", &T::position),
                                    column("text", &T::text),          column("type", &T::type),
                                    column("choices", &T::choices),    column("pair_key", &T::pairKey)};
    return c;
}
CULTIVATE_NO_CHILDREN(Question)

const QList<Column<Response>> &EntityTraits<Response>::columns()
{
    using T = Response;
    static const QList<Column<T>> c{column("survey_id", &T::surveyId), column("member_id", &T::memberId),
                                    column("respondent_code", &T::respondentCode), column("submitted", &T::submitted)};
    return c;
}
CULTIVATE_NO_CHILDREN(Response)

const QList<Column<Answer>> &EntityTraits<Answer>::columns()
{
    using T = Answer;
    static const QList<Column<T>> c{column("response_id", &T::responseId), column("question_id", &T::questionId),
                                    column("number", &T::number), column("text", &T::text)};
    return c;
}
CULTIVATE_NO_CHILDREN(Answer)

const QList<Column<Story>> &EntityTraits<Story>::columns()
{
    using T = Story;
    static const QList<Column<T>> c{column("title", &T::title),   column("kind", &T::kind),
                                    column("date", &T::date),     column("narrative", &T::narrative),
                                    column("cycles", &T::cycles), column("consent", &T::consent)};
    return c;
}
const QList<ChildList<Story>> &EntityTraits<Story>::children()
{
    static const QList<ChildList<Story>> c{
        childList("story_member", "story_id", "member_id", "member_ids", &Story::memberIds),
        childList("story_event", "story_id", "event_id", "event_ids", &Story::eventIds),
        childList("story_resource", "story_id", "resource_id", "resource_ids", &Story::resourceIds)};
    return c;
}

const QList<Column<Recognition>> &EntityTraits<Recognition>::columns()
{
    using T = Recognition;
    static const QList<Column<T>> c{column("member_id", &T::memberId), column("date", &T::date),
                                    column("reason", &T::reason)};
    return c;
}
CULTIVATE_NO_CHILDREN(Recognition)

const QList<Column<PlanSetting>> &EntityTraits<PlanSetting>::columns()
{
    using T = PlanSetting;
    static const QList<Column<T>> c{column("key", &T::key), column("value", &T::value)};
    return c;
}
CULTIVATE_NO_CHILDREN(PlanSetting)

const QList<Column<DeskMark>> &EntityTraits<DeskMark>::columns()
{
    using T = DeskMark;
    static const QList<Column<T>> c{column("item_key", &T::itemKey), column("kind", &T::kind), column("date", &T::date),
                                    column("until", &T::until)};
    return c;
}
CULTIVATE_NO_CHILDREN(DeskMark)

const QList<Column<Predecessor>> &EntityTraits<Predecessor>::columns()
{
    using T = Predecessor;
    static const QList<Column<T>> c{column("path", &T::path), column("uid", &T::uid), column("name", &T::name),
                                    column("start_date", &T::startDate), column("end_date", &T::endDate)};
    return c;
}
CULTIVATE_NO_CHILDREN(Predecessor)

const QList<Column<CarriedActivity>> &EntityTraits<CarriedActivity>::columns()
{
    using T = CarriedActivity;
    static const QList<Column<T>> c{column("member_id", &T::memberId), column("month", &T::month)};
    return c;
}
CULTIVATE_NO_CHILDREN(CarriedActivity)

} // namespace cultivate::storage
