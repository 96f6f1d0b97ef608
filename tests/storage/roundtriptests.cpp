// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every entity of SPEC §3 goes into the plan file and comes back equal.
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/entityjson.h"

#include <QJsonDocument>

#include <QTemporaryDir>

using namespace cultivate;

namespace {

const FixedClock TestClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));

std::unique_ptr<Plan> memoryPlan()
{
    auto plan = createPlanInMemory(NewPlanOptions{QStringLiteral("Round trip"), QDate(2026, 1, 5), PlanTemplate::Empty},
                                   TestClock);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

// Adds `entity`, reads it back and compares every field; then updates it and compares again.
template <class T> Id requireRoundTrip(Plan &plan, T entity, const std::function<void(T &)> &change)
{
    auto id = plan.add(entity);
    REQUIRE_OK(id);
    entity.id = id.value();
    auto stored = plan.get<T>(entity.id);
    REQUIRE_OK(stored);
    INFO("stored:   " << QJsonDocument(storage::toJson(stored.value())).toJson(QJsonDocument::Compact).toStdString());
    INFO("expected: " << QJsonDocument(storage::toJson(entity)).toJson(QJsonDocument::Compact).toStdString());
    CHECK(stored.value() == entity);

    change(entity);
    REQUIRE_OK(plan.update(entity));
    auto updated = plan.get<T>(entity.id);
    REQUIRE_OK(updated);
    CHECK(updated.value() == entity);
    return entity.id;
}

} // namespace

TEST_CASE("every entity round-trips through the plan with every field")
{
    auto plan = memoryPlan();
    Plan &p = *plan;

    auto community = p.community();
    REQUIRE_OK(community);
    Community c = community.value();
    c.domain = QStringLiteral("Clinical data quality");
    c.audience = QStringLiteral("Data stewards in three hospitals");
    c.purpose = QStringLiteral("Share practice; cut rework");
    c.purposeAreas = {PurposeArea::Learning, PurposeArea::Knowledge};
    c.valueForMembers = QStringLiteral("Faster answers");
    c.valueForOrganisation = QStringLiteral("Fewer defects");
    c.scope = QStringLiteral("Inpatient records");
    c.need = QStringLiteral("Repeated mistakes");
    c.governance = QStringLiteral("Steering group of three");
    c.groundRules = QStringLiteral("Chatham House rule");
    c.channels = QStringLiteral("Teams channel");
    c.workspace = QStringLiteral("Wiki");
    c.timeZone = QStringLiteral("Europe/Brussels");
    c.attendanceThreshold = 0.6;
    c.endDate = QDate(2026, 12, 31);
    REQUIRE_OK(p.update(c));
    auto reread = p.community();
    REQUIRE_OK(reread);
    CHECK(reread.value() == c);

    requireRoundTrip<BudgetLine>(p, {0, QStringLiteral("Catering"), 1250.5, QStringLiteral("Launch"), 2},
                                 [](BudgetLine &b) { b.amount = 99.25; });

    auto stages = p.list<Stage>();
    REQUIRE_OK(stages);
    Stage stage = stages.value().first();
    stage.plannedStart = QDate(2026, 1, 5);
    stage.plannedEnd = QDate(2026, 2, 4);
    stage.status = StageStatus::InProgress;
    stage.notes = QStringLiteral("Going well");
    REQUIRE_OK(p.update(stage));
    CHECK(p.get<Stage>(stage.id).value() == stage);

    Member ada;
    ada.name = QStringLiteral("Ada Lovelace");
    ada.email = QStringLiteral("ada@example.org");
    ada.organisation = QStringLiteral("Analytical Engines");
    ada.role = Role::Champion;
    ada.joinedDate = QDate(2026, 1, 10);
    ada.leftDate = QDate(2026, 11, 30);
    ada.aliases = {QStringLiteral("LOVELACE Ada (EXT)"), QStringLiteral("A. Lovelace")};
    ada.consentReport = true;
    ada.consentQuote = true;
    ada.commitmentSigned = QDate(2026, 1, 12);
    ada.notes = QStringLiteral("Pilot member");
    const Id adaId = requireRoundTrip<Member>(p, ada, [](Member &m) {
        m.aliases = {QStringLiteral("Augusta Ada King")};
        m.role = Role::Expert;
    });

    Series series{0, Recurrence::MonthlyNthWeekday, 1, 2, -1, 15, QDate(2026, 12, 31)};
    const Id seriesId = requireRoundTrip<Series>(p, series, [](Series &s) { s.weekOfMonth = 5; });

    Event event;
    event.title = QStringLiteral("Monthly meeting");
    event.kind = EventKind::Webinar;
    event.start = QDateTime(QDate(2026, 2, 10), QTime(15, 30));
    event.durationMinutes = 75;
    event.location = QStringLiteral("https://meet.example.org/x");
    event.topic = QStringLiteral("Data lineage");
    event.stageId = stage.id;
    event.status = EventStatus::Held;
    event.seriesId = seriesId;
    event.agenda = QStringLiteral("1. Intro\n2. Talk");
    event.notes = QStringLiteral("Recorded");
    const Id eventId = requireRoundTrip<Event>(p, event, [](Event &e) { e.status = EventStatus::Cancelled; });

    ImportRecord import{0,
                        QStringLiteral("attendance"),
                        QStringLiteral("report.csv"),
                        QStringLiteral("abc123"),
                        QStringLiteral("teams"),
                        QDateTime(QDate(2026, 2, 11), QTime(8, 0, 5)),
                        12};
    const Id importId = requireRoundTrip<ImportRecord>(p, import, [](ImportRecord &i) { i.rows = 13; });

    Attendance attendance{0, eventId, adaId, AttendanceStatus::Present, 42, importId};
    requireRoundTrip<Attendance>(p, attendance, [](Attendance &a) {
        a.minutes.reset();
        a.status = AttendanceStatus::Excused;
    });

    auto weights = p.list<ContributionWeight>();
    REQUIRE_OK(weights);
    CHECK(weights.value().size() == qsizetype(enumCount<ContributionKind>()));
    ContributionWeight weight = weights.value().first();
    weight.weight = 7;
    REQUIRE_OK(p.update(weight));
    CHECK(p.get<ContributionWeight>(weight.id).value() == weight);

    Resource resource{0,
                      QStringLiteral("Checklist"),
                      ResourceKind::Template,
                      QStringLiteral("wiki/x"),
                      adaId,
                      QDate(2026, 2, 1),
                      {QStringLiteral("quality"), QStringLiteral("audit")},
                      Visibility::Public,
                      eventId,
                      QStringLiteral("A one-page checklist")};
    const Id resourceId = requireRoundTrip<Resource>(p, resource, [](Resource &r) { r.tags.clear(); });

    Contribution contribution{0,       adaId,      QDate(2026, 2, 10),    ContributionKind::Presentation,
                              eventId, resourceId, QStringLiteral("Talk")};
    requireRoundTrip<Contribution>(p, contribution, [](Contribution &x) { x.eventId.reset(); });

    Survey survey{0,  QStringLiteral("Baseline"),        SurveyKind::Baseline, QDate(2026, 2, 10), false, eventId,
                  30, QStringLiteral("Paper and online")};
    const Id surveyId = requireRoundTrip<Survey>(p, survey, [](Survey &s) { s.anonymous = true; });

    Question question{0,
                      surveyId,
                      1,
                      QStringLiteral("How confident are you?"),
                      QuestionType::Choice,
                      {QStringLiteral("Low"), QStringLiteral("High")},
                      QStringLiteral("confidence")};
    const Id questionId = requireRoundTrip<Question>(p, question, [](Question &q) { q.type = QuestionType::Likert; });

    Response response{0, surveyId, adaId, QStringLiteral("K7Q2"), QDate(2026, 2, 11)};
    const Id responseId = requireRoundTrip<Response>(p, response, [](Response &r) { r.memberId.reset(); });

    Answer answer{0, responseId, questionId, 4.0, QStringLiteral("High")};
    requireRoundTrip<Answer>(p, answer, [](Answer &a) { a.number.reset(); });

    Goal goal{0,
              QStringLiteral("Reach"),
              QStringLiteral("Members who attend"),
              0.2,
              0.6,
              QStringLiteral("share"),
              QDate(2026, 12, 31),
              QStringLiteral("reach"),
              questionId};
    const Id goalId = requireRoundTrip<Goal>(p, goal, [](Goal &g) { g.metric.clear(); });

    requireRoundTrip<GoalMeasurement>(p, {0, goalId, QDate(2026, 6, 1), 0.35, QStringLiteral("mid-year")},
                                      [](GoalMeasurement &m) { m.value = 0.4; });

    Story story;
    story.title = QStringLiteral("Fewer rejected records");
    story.kind = StoryKind::Success;
    story.date = QDate(2026, 5, 1);
    story.narrative = QStringLiteral("After the workshop…");
    story.cycles = {ValueCycle::Applied, ValueCycle::Realized};
    story.memberIds = {adaId};
    story.eventIds = {eventId};
    story.resourceIds = {resourceId};
    story.consent = true;
    const Id storyId = requireRoundTrip<Story>(p, story, [](Story &s) {
        s.eventIds.clear();
        s.cycles = {ValueCycle::Reframing};
    });

    requireRoundTrip<Recognition>(p, {0, adaId, QDate(2026, 6, 2), QStringLiteral("Hosted three sessions")},
                                  [](Recognition &r) { r.reason = QStringLiteral("Mentoring"); });

    ChecklistItem item;
    item.stageId = stage.id;
    item.position = 99;
    item.title = QStringLiteral("Our own item");
    item.guidance = QStringLiteral("Why it matters");
    item.done = true;
    item.dueDate = QDate(2026, 2, 1);
    item.doneDate = QDate(2026, 1, 30);
    item.evidenceNote = QStringLiteral("See the minutes");
    item.evidenceEventId = eventId;
    item.evidenceResourceId = resourceId;
    item.evidenceSurveyId = surveyId;
    item.evidenceStoryId = storyId;
    requireRoundTrip<ChecklistItem>(p, item, [](ChecklistItem &i) { i.evidenceStoryId.reset(); });
}

TEST_CASE("text with quotes, newlines and non-Latin letters is stored exactly")
{
    auto plan = memoryPlan();
    Member m;
    m.name = QStringLiteral("Zoë O'Brien-Nakamura 中村 \"Zo\"");
    m.notes = QStringLiteral("line one\nline two; DROP TABLE member; --");
    auto id = plan->add(m);
    REQUIRE_OK(id);
    CHECK(plan->get<Member>(id.value()).value().name == m.name);
    CHECK(plan->get<Member>(id.value()).value().notes == m.notes);
    CHECK(plan->list<Member>().value().size() == 1);
}

TEST_CASE("removing a member removes their attendance and contributions but keeps the event")
{
    auto plan = memoryPlan();
    Member m;
    m.name = QStringLiteral("Lin");
    const Id memberId = plan->add(m).value();
    Event e;
    e.title = QStringLiteral("Meeting");
    e.start = QDateTime(QDate(2026, 2, 3), QTime(10, 0));
    const Id eventId = plan->add(e).value();
    REQUIRE_OK(plan->add(Attendance{0, eventId, memberId, AttendanceStatus::Present, 60, {}}));
    REQUIRE_OK(plan->add(Contribution{0, memberId, QDate(2026, 2, 3), ContributionKind::Post, eventId, {}, {}}));

    REQUIRE_OK(plan->remove<Member>(memberId));
    CHECK(plan->list<Attendance>().value().isEmpty());
    CHECK(plan->list<Contribution>().value().isEmpty());
    CHECK(plan->list<Event>().value().size() == 1);
    auto again = plan->remove<Member>(memberId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.code() == ErrorCode::NotFound);
}

TEST_CASE("a removed record can be re-created with its old id")
{
    auto plan = memoryPlan();
    Member m;
    m.name = QStringLiteral("Sam");
    m.aliases = {QStringLiteral("Samuel")};
    m.id = plan->add(m).value();
    REQUIRE_OK(plan->remove<Member>(m.id));
    auto again = plan->add(m);
    REQUIRE_OK(again);
    CHECK(again.value() == m.id);
    CHECK(plan->get<Member>(m.id).value() == m);
}

TEST_CASE("the database refuses records that break the domain's rules")
{
    auto plan = memoryPlan();
    Member nameless;
    auto r1 = plan->add(nameless);
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.code() == ErrorCode::Constraint);

    Attendance orphan{0, 4242, 4343, AttendanceStatus::Present, {}, {}};
    auto r2 = plan->add(orphan);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.code() == ErrorCode::Constraint);

    Member left;
    left.name = QStringLiteral("Backwards");
    left.joinedDate = QDate(2026, 5, 1);
    left.leftDate = QDate(2026, 4, 1);
    CHECK(plan->add(left).code() == ErrorCode::Constraint);

    auto weights = plan->list<ContributionWeight>().value();
    weights.first().weight = 13;
    CHECK(plan->update(weights.first()).code() == ErrorCode::Constraint);
}
