// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging two records of one person: every attendance row, contribution, recognition, story
// link, survey response and authored resource ends up with the kept member, and nothing is lost.
#include "testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/lifecycle/newplan.h"
#include "core/people/membermerge.h"

using namespace cultivate;

namespace {

const FixedClock &clock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    return fixed;
}

std::unique_ptr<Plan> memoryPlan()
{
    auto plan =
        createPlanInMemory(NewPlanOptions{QStringLiteral("Merge"), QDate(2026, 1, 5), PlanTemplate::Empty}, clock());
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

template <class T> Id addRow(Plan &plan, const T &row)
{
    auto id = plan.add(row);
    REQUIRE_OK(id);
    return id.value();
}

Member person(const QString &name)
{
    Member member;
    member.name = name;
    return member;
}

Id addEvent(Plan &plan, const QString &title, const QDate &date)
{
    Event event;
    event.title = title;
    event.start = QDateTime(date, QTime(10, 0));
    event.status = EventStatus::Held;
    return addRow(plan, event);
}

// The records of a plan with two records of one person (Ana and "A. Lima") and a bystander.
struct Fixture {
    std::unique_ptr<Plan> plan = memoryPlan();
    Id ana = 0;
    Id lima = 0;
    Id bea = 0;
    Id kickoff = 0;
    Id webinar = 0;
    Id workshop = 0;

    Fixture()
    {
        Member first = person(QStringLiteral("Ana Lima"));
        first.email = QStringLiteral("ana@example.org");
        first.joinedDate = QDate(2026, 1, 10);
        first.consentReport = true;
        first.notes = QStringLiteral("Hosts the Lisbon meetups.");
        ana = addRow(*plan, first);
        Member second = person(QStringLiteral("A. Lima"));
        second.aliases = {QStringLiteral("alima"), QStringLiteral("ana lima")};
        second.organisation = QStringLiteral("Harbour Works");
        second.commitmentSigned = QDate(2026, 1, 20);
        second.role = Role::Champion;
        second.consentQuote = true;
        second.notes = QStringLiteral("Imported from the Zoom report.");
        lima = addRow(*plan, second);
        bea = addRow(*plan, person(QStringLiteral("Bea Costa")));

        kickoff = addEvent(*plan, QStringLiteral("Kick-off"), QDate(2026, 2, 3));
        webinar = addEvent(*plan, QStringLiteral("Webinar"), QDate(2026, 3, 3));
        workshop = addEvent(*plan, QStringLiteral("Workshop"), QDate(2026, 4, 7));
        // Both records attended the kick-off: one absent with a few minutes, one present.
        addRow(*plan, Attendance{0, kickoff, ana, AttendanceStatus::Absent, 10, {}});
        addRow(*plan, Attendance{0, kickoff, lima, AttendanceStatus::Present, 55, {}});
        addRow(*plan, Attendance{0, kickoff, bea, AttendanceStatus::Present, 60, {}});
        addRow(*plan, Attendance{0, webinar, lima, AttendanceStatus::Present, std::nullopt, {}});
        addRow(*plan, Attendance{0, workshop, ana, AttendanceStatus::Excused, std::nullopt, {}});

        addRow(*plan, Contribution{0, ana, QDate(2026, 2, 4), ContributionKind::Post, {}, {}, {}});
        addRow(*plan, Contribution{0, lima, QDate(2026, 2, 5), ContributionKind::Question, kickoff, {}, {}});
        addRow(*plan, Contribution{0, lima, QDate(2026, 3, 4), ContributionKind::Answer, {}, {}, QStringLiteral("x")});
        addRow(*plan, Recognition{0, lima, QDate(2026, 3, 10), QStringLiteral("Ran the webinar")});

        Resource slides;
        slides.title = QStringLiteral("Webinar slides");
        slides.authorId = lima;
        addRow(*plan, slides);

        Story both;
        both.title = QStringLiteral("Two names, one person");
        both.date = QDate(2026, 3, 12);
        both.memberIds = {ana, lima, bea};
        addRow(*plan, both);
        Story one;
        one.title = QStringLiteral("The webinar");
        one.date = QDate(2026, 3, 13);
        one.memberIds = {lima};
        addRow(*plan, one);

        Survey survey;
        survey.title = QStringLiteral("Baseline");
        survey.kind = SurveyKind::Baseline;
        const Id surveyId = addRow(*plan, survey);
        addRow(*plan, Response{0, surveyId, lima, {}, QDate(2026, 2, 1)});
        addRow(*plan, Response{0, surveyId, bea, {}, QDate(2026, 2, 1)});
    }
};

} // namespace

TEST_CASE("the kept member takes the merged member's names as aliases and fills only its empty fields")
{
    Member kept = person(QStringLiteral("Ana Lima"));
    kept.email = QStringLiteral("ana@example.org");
    kept.aliases = {QStringLiteral("Ana")};
    kept.joinedDate = QDate(2026, 1, 10);
    kept.role = Role::Member;
    kept.notes = QStringLiteral("First notes");
    Member merged = person(QStringLiteral("A. Lima"));
    merged.email = QStringLiteral("a.lima@example.org");
    merged.organisation = QStringLiteral("Harbour Works");
    merged.aliases = {QStringLiteral("ana"), QStringLiteral("ANA LIMA"), QStringLiteral("alima")};
    merged.joinedDate = QDate(2025, 12, 1);
    merged.commitmentSigned = QDate(2026, 1, 20);
    merged.role = Role::Champion;
    merged.consentReport = true;
    merged.notes = QStringLiteral("Second notes");

    const Member result = mergedMember(kept, merged);
    CHECK(result.id == kept.id);
    CHECK(result.name == QStringLiteral("Ana Lima"));
    CHECK(result.aliases == QStringList{QStringLiteral("Ana"), QStringLiteral("A. Lima"), QStringLiteral("alima")});
    CHECK(result.email == QStringLiteral("ana@example.org"));
    CHECK(result.organisation == QStringLiteral("Harbour Works"));
    CHECK(result.joinedDate == QDate(2026, 1, 10));
    CHECK(result.commitmentSigned == QDate(2026, 1, 20));
    CHECK(result.role == Role::Member);
    CHECK_FALSE(result.consentReport);
    CHECK(result.notes == QStringLiteral("First notes\n\nSecond notes"));
}

TEST_CASE("a left date from before the kept member joined is not taken over")
{
    Member kept = person(QStringLiteral("Ana"));
    kept.joinedDate = QDate(2026, 5, 1);
    Member merged = person(QStringLiteral("Ana L"));
    merged.leftDate = QDate(2026, 2, 1);
    CHECK_FALSE(mergedMember(kept, merged).leftDate.isValid());
    merged.leftDate = QDate(2026, 9, 1);
    CHECK(mergedMember(kept, merged).leftDate == QDate(2026, 9, 1));
}

TEST_CASE("two attendance rows of one event become one: present wins and the larger minutes stay")
{
    const Attendance kept{4, 7, 1, AttendanceStatus::Absent, 10, {}};
    const Attendance merged{9, 7, 2, AttendanceStatus::Present, 55, 3};
    const Attendance result = mergedAttendance(kept, merged);
    CHECK(result.id == 4);
    CHECK(result.memberId == 1);
    CHECK(result.status == AttendanceStatus::Present);
    CHECK(result.minutes == 55);
    CHECK(result.importId == 3);

    const Attendance excused{9, 7, 2, AttendanceStatus::Excused, std::nullopt, {}};
    CHECK(mergedAttendance(kept, excused).status == AttendanceStatus::Excused);
    CHECK(mergedAttendance(kept, excused).minutes == 10);
    CHECK(mergedAttendance(merged, kept).status == AttendanceStatus::Present);
}

TEST_CASE("merging a member moves every record of the merged member to the kept one")
{
    Fixture f;
    Plan &plan = *f.plan;
    const auto contributionsBefore = all<Contribution>(plan);
    const auto recognitionsBefore = all<Recognition>(plan);
    const auto responsesBefore = all<Response>(plan);
    const auto countsBefore = plan.counts().value();

    auto summary = mergeMembers(plan, f.ana, f.lima);
    REQUIRE_OK(summary);
    CHECK(summary.value().attendanceMoved == 1);
    CHECK(summary.value().attendanceCombined == 1);
    CHECK(summary.value().contributions == 2);
    CHECK(summary.value().recognitions == 1);
    CHECK(summary.value().stories == 2);
    CHECK(summary.value().responses == 1);
    CHECK(summary.value().resources == 1);

    // The merged record is gone, the kept one carries its names and fills its gaps.
    CHECK(plan.get<Member>(f.lima).code() == ErrorCode::NotFound);
    const Member ana = plan.get<Member>(f.ana).value();
    CHECK(ana.name == QStringLiteral("Ana Lima"));
    CHECK(ana.aliases == QStringList{QStringLiteral("A. Lima"), QStringLiteral("alima")});
    CHECK(ana.organisation == QStringLiteral("Harbour Works"));
    CHECK(ana.commitmentSigned == QDate(2026, 1, 20));
    CHECK(ana.email == QStringLiteral("ana@example.org"));
    CHECK(ana.notes == QStringLiteral("Hosts the Lisbon meetups.\n\nImported from the Zoom report."));
    CHECK(ana.consentReport);
    CHECK_FALSE(ana.consentQuote);

    // Attendance: one row per event, the kick-off present with the larger minutes.
    QMap<Id, Attendance> byEvent;
    for (const Attendance &row : plan.listWhere<Attendance>(QStringLiteral("member_id"), f.ana).value())
        byEvent.insert(row.eventId, row);
    REQUIRE(byEvent.size() == 3);
    CHECK(byEvent[f.kickoff].status == AttendanceStatus::Present);
    CHECK(byEvent[f.kickoff].minutes == 55);
    CHECK(byEvent[f.webinar].status == AttendanceStatus::Present);
    CHECK(byEvent[f.workshop].status == AttendanceStatus::Excused);
    CHECK(plan.listWhere<Attendance>(QStringLiteral("member_id"), f.bea).value().size() == 1);

    // Every contribution, recognition and response is still there, now Ana's, with its own id.
    const auto contributions = all<Contribution>(plan);
    REQUIRE(contributions.size() == contributionsBefore.size());
    for (qsizetype i = 0; i < contributions.size(); ++i) {
        Contribution expected = contributionsBefore[i];
        expected.memberId = f.ana;
        CHECK(contributions[i] == expected);
    }
    const auto recognitions = all<Recognition>(plan);
    REQUIRE(recognitions.size() == 1);
    CHECK(recognitions.first().id == recognitionsBefore.first().id);
    CHECK(recognitions.first().memberId == f.ana);
    const auto responses = all<Response>(plan);
    REQUIRE(responses.size() == responsesBefore.size());
    CHECK(responses[0].memberId == f.ana);
    CHECK(responses[1].memberId == f.bea);

    const auto resources = all<Resource>(plan);
    REQUIRE(resources.size() == 1);
    CHECK(resources.first().authorId == f.ana);
    const auto stories = all<Story>(plan);
    REQUIRE(stories.size() == 2);
    CHECK(stories[0].memberIds == QList<Id>{f.ana, f.bea});
    CHECK(stories[1].memberIds == QList<Id>{f.ana});

    // Row counts: one member and one combined attendance row fewer, everything else as before.
    auto countsAfter = plan.counts().value();
    CHECK(countsAfter.value(QStringLiteral("member")) == countsBefore.value(QStringLiteral("member")) - 1);
    CHECK(countsAfter.value(QStringLiteral("attendance")) == countsBefore.value(QStringLiteral("attendance")) - 1);
    for (const QString &table : {QStringLiteral("contribution"), QStringLiteral("recognition"),
                                 QStringLiteral("response"), QStringLiteral("resource"), QStringLiteral("story")})
        CHECK(countsAfter.value(table) == countsBefore.value(table));
    CHECK(plan.integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("a merge that core refuses changes nothing")
{
    Fixture f;
    Plan &plan = *f.plan;
    const auto members = all<Member>(plan);
    const auto attendance = all<Attendance>(plan);
    int notices = 0;
    QObject::connect(&plan, &Plan::entityUpdated, &plan, [&notices] { ++notices; });
    QObject::connect(&plan, &Plan::entityRemoved, &plan, [&notices] { ++notices; });

    CHECK(mergeMembers(plan, f.ana, f.ana).code() == ErrorCode::InvalidInput);
    CHECK(mergeMembers(plan, f.ana, 9999).code() == ErrorCode::NotFound);
    CHECK(mergeMembers(plan, 9999, f.lima).code() == ErrorCode::NotFound);
    CHECK(all<Member>(plan) == members);
    CHECK(all<Attendance>(plan) == attendance);
    CHECK(notices == 0);
}

TEST_CASE("merging members of a generated demo plan keeps every record of both")
{
    auto plan = memoryPlan();
    DemoOptions options;
    options.members = 40;
    options.months = 6;
    REQUIRE_OK(fillDemo(*plan, options));
    const auto members = all<Member>(*plan);
    REQUIRE(members.size() >= 2);

    // The two members with the most attendance rows, so that many events are shared.
    QHash<Id, int> rows;
    for (const Attendance &row : all<Attendance>(*plan))
        ++rows[row.memberId];
    QList<Id> busiest = rows.keys();
    std::sort(busiest.begin(), busiest.end(),
              [&rows](Id a, Id b) { return rows[a] > rows[b] || (rows[a] == rows[b] && a < b); });
    REQUIRE(busiest.size() >= 2);
    const Id kept = busiest[0];
    const Id merged = busiest[1];

    QSet<Id> eventsOfBoth;
    int sharedEvents = 0;
    for (const Attendance &row : all<Attendance>(*plan)) {
        if (row.memberId != kept && row.memberId != merged)
            continue;
        if (eventsOfBoth.contains(row.eventId))
            ++sharedEvents;
        eventsOfBoth.insert(row.eventId);
    }
    REQUIRE(sharedEvents > 0);
    const auto contributionsOf = [&plan](Id id) {
        return plan->listWhere<Contribution>(QStringLiteral("member_id"), id).value().size();
    };
    const auto expectedContributions = contributionsOf(kept) + contributionsOf(merged);
    const auto attendanceTotal = all<Attendance>(*plan).size();
    const auto contributionTotal = all<Contribution>(*plan).size();

    auto summary = mergeMembers(*plan, kept, merged);
    REQUIRE_OK(summary);
    CHECK(summary.value().attendanceCombined == sharedEvents);
    CHECK(all<Attendance>(*plan).size() == attendanceTotal - sharedEvents);
    CHECK(plan->listWhere<Attendance>(QStringLiteral("member_id"), kept).value().size() == eventsOfBoth.size());
    CHECK(contributionsOf(kept) == expectedContributions);
    CHECK(contributionsOf(merged) == 0);
    CHECK(all<Contribution>(*plan).size() == contributionTotal);
    CHECK(all<Member>(*plan).size() == members.size() - 1);
    CHECK(plan->integrityCheck().value() == QStringLiteral("ok"));
}
