// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import engine against a plan: one transaction, idempotence, event choice, matching.
#include "importtestsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

Id addEvent(Plan &plan, const QDateTime &start, int minutes = 60, EventStatus status = EventStatus::Planned)
{
    Event e;
    e.title = QStringLiteral("Planned meeting");
    e.start = start;
    e.durationMinutes = minutes;
    e.status = status;
    auto id = plan.add(e);
    REQUIRE_OK(id);
    return id.value();
}

qint64 count(const Plan &plan, const char *table)
{
    auto counts = plan.counts();
    REQUIRE_OK(counts);
    return counts.value().value(QString::fromLatin1(table));
}

ImportOutcome commit(Plan &plan, const ImportPreview &preview)
{
    INFO(preview.firstErrorMessage().toStdString());
    REQUIRE_FALSE(preview.hasErrors());
    auto outcome = commitImport(plan, preview);
    REQUIRE_OK(outcome);
    return outcome.value();
}

Attendance attendanceOf(const Plan &plan, Id event, Id member)
{
    const QList<Attendance> rows = plan.listWhere<Attendance>(QStringLiteral("event_id"), event).value();
    for (const Attendance &a : rows) {
        if (a.memberId == member)
            return a;
    }
    FAIL("no attendance for member " << member << " at event " << event);
    return {};
}

// A plan file on disk with the import members, closed again.
QString planFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.cop"));
    Community community;
    community.name = QStringLiteral("On disk");
    community.startDate = QDate(2025, 9, 1);
    community.endDate = QDate(2026, 12, 31);
    auto created = Plan::create(path, community, {}, importClock());
    REQUIRE_OK(created);
    auto memory = importPlan();
    const QList<Member> members = memory->list<Member>().value();
    for (const Member &m : members)
        REQUIRE_OK(created.value()->add(m));
    return path;
}

} // namespace

TEST_CASE("importing the same Zoom report twice adds nothing")
{
    auto plan = importPlan();
    const ImportOutcome first =
        commit(*plan, previewFile(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv"))));
    CHECK_FALSE(first.alreadyImported);
    CHECK(first.eventCreated);
    CHECK(first.attendanceRows == 3);
    const auto before = plan->counts().value();

    const ImportPreview again = previewFile(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")));
    REQUIRE(again.alreadyImported());
    CHECK(again.previousImport->id == first.importId);
    CHECK(again.previousImport->format == QStringLiteral("zoom"));
    const ImportOutcome second = commit(*plan, again);
    CHECK(second.alreadyImported);
    CHECK(plan->counts().value() == before);

    // The same bytes under another name are the same file.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("renamed.csv"));
    REQUIRE(QFile::copy(importFixture(QStringLiteral("zoom-with-preamble.csv")), copy));
    CHECK(previewFile(*plan, copy).alreadyImported());
}

TEST_CASE("importing stores an import record with the file's SHA-256, format and rows")
{
    auto plan = importPlan();
    const ImportPreview p = previewFile(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")));
    const ImportOutcome o = commit(*plan, p);
    const ImportRecord record = plan->get<ImportRecord>(o.importId).value();
    CHECK(record.kind == QStringLiteral("attendance"));
    CHECK(record.fileName == QStringLiteral("zoom-with-preamble.csv"));
    CHECK(record.sha256 == QString::fromLatin1(fileDigest(importFixture(QStringLiteral("zoom-with-preamble.csv")))));
    CHECK(record.format == QStringLiteral("zoom"));
    CHECK(record.rows == 4);
    CHECK(record.importedAt == importClock().now());
    const QList<Attendance> rows = plan->list<Attendance>().value();
    for (const Attendance &a : rows)
        CHECK(a.importId == o.importId);
}

TEST_CASE("importing a report with a bad row rolls back everything and leaves the plan file unchanged")
{
    QTemporaryDir dir;
    const QString path = planFile(dir);
    const QByteArray digest = fileDigest(path);
    {
        auto plan = Plan::open(path, OpenMode::ReadWrite, importClock());
        REQUIRE_OK(plan);
        const ImportPreview p = previewFile(*plan.value(), importFixture(QStringLiteral("zoom-bad-duration.csv")));
        REQUIRE(p.hasErrors());
        auto outcome = commitImport(*plan.value(), p);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.code() == ErrorCode::InvalidInput);
        CHECK(outcome.error().message ==
              QStringLiteral("zoom-bad-duration.csv: line 6: \u201csixty\u201d is not a duration"));
    }
    CHECK(fileDigest(path) == digest);
}

TEST_CASE("importing stops at a failure half-way through the commit and writes nothing")
{
    QTemporaryDir dir;
    const QString path = planFile(dir);
    const QByteArray digest = fileDigest(path);
    {
        auto plan = Plan::open(path, OpenMode::ReadWrite, importClock());
        REQUIRE_OK(plan);
        ImportPreview p = previewFile(*plan.value(), importFixture(QStringLiteral("zoom-guests-no-email.csv")));
        REQUIRE_FALSE(p.hasErrors());
        // New members are added first; the last person points at a member that does not exist.
        p.people.last().memberId = 999;
        auto outcome = commitImport(*plan.value(), p);
        REQUIRE_FALSE(outcome.ok());
        // The attendance row of a member that does not exist is refused by the plan's foreign key.
        CHECK(outcome.code() == ErrorCode::Constraint);
        CHECK(count(*plan.value(), "member") == 7);
        CHECK(count(*plan.value(), "import_record") == 0);
    }
    CHECK(fileDigest(path) == digest);
}

TEST_CASE("importing a preview (a dry run) writes nothing")
{
    QTemporaryDir dir;
    const QString path = planFile(dir);
    const QByteArray digest = fileDigest(path);
    {
        auto plan = Plan::open(path, OpenMode::ReadOnly, importClock());
        REQUIRE_OK(plan);
        const ImportPreview p = previewFile(*plan.value(), teamsSample(QStringLiteral("IDL-14-11-22.csv")));
        CHECK_FALSE(p.hasErrors());
        CHECK(p.newMemberCount() == 7);
        // A read-only plan refuses the commit itself.
        auto outcome = commitImport(*plan.value(), p);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.code() == ErrorCode::ReadOnly);
    }
    CHECK(fileDigest(path) == digest);
}

TEST_CASE("importing with --event attaches the attendance to that event and marks it held with the report's duration")
{
    auto plan = importPlan();
    const Id event = addEvent(*plan, at(2020, 1, 1, 10, 0), 90);
    const ImportPreview p = previewFile(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")),
                                        ImportKind::Attendance, ImportFormat::Unknown, event);
    CHECK(p.eventChoice == EventChoice::Given);
    const ImportOutcome o = commit(*plan, p);
    CHECK(o.eventId == event);
    CHECK_FALSE(o.eventCreated);
    const Event e = plan->get<Event>(event).value();
    CHECK(e.status == EventStatus::Held);
    // A planned event takes what the report says it was: title, start and the held duration.
    CHECK(e.durationMinutes == p.meeting.durationMinutes());
    CHECK(e.durationMinutes != 90);
    CHECK(e.title == p.meeting.title);
    CHECK(e.start == p.meeting.start);
    CHECK(count(*plan, "event") == 1);
    CHECK(attendanceOf(*plan, event, memberIdByName(*plan, QStringLiteral("Bram de Vries"))).minutes == 54);
}

TEST_CASE("importing with an --event that does not exist fails without writing")
{
    auto plan = importPlan();
    auto p = previewImport(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")),
                           ImportOptions{ImportKind::Attendance, ImportFormat::Unknown, 4242, {}, {}, false});
    REQUIRE_FALSE(p.ok());
    CHECK(p.code() == ErrorCode::NotFound);
    CHECK(p.error().message.contains(QStringLiteral("4242")));
}

TEST_CASE("importing without --event uses the plan's event that starts within an hour of the meeting")
{
    auto plan = importPlan();
    addEvent(*plan, at(2026, 3, 12, 14, 30));                   // 90 minutes before: too far
    const Id near = addEvent(*plan, at(2026, 3, 12, 16, 45));   // 45 minutes after
    const Id nearer = addEvent(*plan, at(2026, 3, 12, 15, 30)); // 30 minutes before: the closest
    const ImportPreview p = previewFile(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")));
    CHECK(p.eventChoice == EventChoice::MatchedByTime);
    CHECK(p.event.id == nearer);
    const ImportOutcome o = commit(*plan, p);
    CHECK(o.eventId == nearer);
    CHECK(plan->get<Event>(nearer).value().status == EventStatus::Held);
    CHECK(plan->get<Event>(near).value().status == EventStatus::Planned);
    CHECK(count(*plan, "event") == 3);
}

TEST_CASE("importing without a near event creates a held event from the report's title, start and duration")
{
    auto plan = importPlan();
    addEvent(*plan, at(2026, 3, 12, 17, 1)); // 61 minutes after the meeting's start
    const ImportOutcome o = commit(*plan, previewFile(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv"))));
    CHECK(o.eventCreated);
    const Event e = plan->get<Event>(o.eventId).value();
    CHECK(e.title == QStringLiteral("Data Stewards Monthly"));
    CHECK(e.start == at(2026, 3, 12, 16, 0));
    CHECK(e.durationMinutes == 63);
    CHECK(e.status == EventStatus::Held);
}

TEST_CASE("importing stores one present row per member with minutes summed over rejoins")
{
    auto plan = importPlan();
    const ImportOutcome o =
        commit(*plan, previewFile(*plan, importFixture(QStringLiteral("zoom-rejoins-renamed.csv"))));
    CHECK(o.attendanceRows == 2);
    CHECK(o.membersAdded == 1);
    const Id johanna = memberIdByName(*plan, QStringLiteral("Johanna Berg"));
    const Attendance a = attendanceOf(*plan, o.eventId, johanna);
    CHECK(a.status == AttendanceStatus::Present);
    CHECK(a.minutes == 53);
    // Johanna learnt her Zoom name and her email.
    const Member m = plan->get<Member>(johanna).value();
    CHECK(m.aliases.contains(QStringLiteral("Jo")));
    CHECK(m.email == QStringLiteral("johanna@malar.example"));
    const Id lars = memberIdByName(*plan, QStringLiteral("Lars Eriksen"));
    CHECK(attendanceOf(*plan, o.eventId, lars).minutes == 54);
    CHECK(plan->get<Member>(lars).value().joinedDate == QDate(2026, 5, 7));
}

TEST_CASE("importing a second report of the same event keeps the larger minutes per member")
{
    auto plan = importPlan();
    const Id event = addEvent(*plan, at(2026, 1, 20, 13, 0));
    const Id chiara = memberIdByName(*plan, QStringLiteral("Chiara Rossi"));
    const Id amara = memberIdByName(*plan, QStringLiteral("Amara Okafor"));
    REQUIRE_OK(plan->add(Attendance{0, event, chiara, AttendanceStatus::Absent, 70, {}}));
    REQUIRE_OK(plan->add(Attendance{0, event, amara, AttendanceStatus::Present, 10, {}}));
    const ImportOutcome o = commit(*plan, previewFile(*plan, importFixture(QStringLiteral("teams-guests-ext.csv"))));
    CHECK(o.eventId == event);
    const Attendance c = attendanceOf(*plan, event, chiara);
    CHECK(c.status == AttendanceStatus::Present);
    CHECK(c.minutes == 70);
    CHECK(attendanceOf(*plan, event, amara).minutes == 60);
    CHECK(count(*plan, "attendance") == 3);
}

TEST_CASE("importing adds together two people of one report who turn out to be the same member")
{
    auto plan = importPlan();
    ImportPreview p = previewFile(*plan, importFixture(QStringLiteral("zoom-guests-no-email.csv")));
    // The facilitator says "iPhone de Marta" is Chiara on her phone.
    const Id chiara = memberIdByName(*plan, QStringLiteral("Chiara Rossi"));
    p.people[1].memberId = chiara;
    p.people[1].aliasesToAdd = {QStringLiteral("iPhone de Marta")};
    const ImportOutcome o = commit(*plan, p);
    CHECK(attendanceOf(*plan, o.eventId, chiara).minutes == 60 + 47);
    CHECK(plan->get<Member>(chiara).value().aliases == QStringList{QStringLiteral("iPhone de Marta")});
    CHECK(o.membersAdded == 1);

    // Next time the phone is recognised by that alias.
    const ImportPreview later = previewFile(*plan, importFixture(QStringLiteral("zoom-guests-no-email.csv")));
    CHECK(later.alreadyImported());
    CHECK(later.people[1].match == MatchKind::Alias);
    CHECK(later.people[1].memberId == chiara);
}

TEST_CASE("importing a name that fits two members proposes a new member and says why")
{
    auto plan = importPlan();
    Member twin;
    twin.name = QStringLiteral("Rossi, Chiara");
    REQUIRE_OK(plan->add(twin));
    const ImportPreview p = previewFile(*plan, importFixture(QStringLiteral("teams-guests-ext.csv")));
    const PersonPlan &chiara = p.people[1];
    CHECK(chiara.match == MatchKind::Ambiguous);
    CHECK(chiara.candidates.size() == 2);
    CHECK(chiara.isNew());
    REQUIRE_FALSE(p.warnings.isEmpty());
    CHECK(p.warnings.constFirst().message.contains(QStringLiteral("fits several members")));
}

TEST_CASE("importing a member list adds new members, fills empty fields of known ones and is idempotent")
{
    auto plan = importPlan();
    const ImportPreview p =
        previewFile(*plan, importFixture(QStringLiteral("members-aliases.csv")), ImportKind::Members);
    const ImportOutcome o = commit(*plan, p);
    CHECK(o.membersAdded == 1);
    CHECK(o.membersUpdated == 1);
    CHECK(o.attendanceRows == 0);
    const Member johanna = plan->get<Member>(memberIdByName(*plan, QStringLiteral("Johanna Berg"))).value();
    CHECK(johanna.email == QStringLiteral("johanna@malar.example"));
    CHECK(johanna.role == Role::Champion);
    CHECK(johanna.joinedDate == QDate(2025, 3, 1));
    CHECK(johanna.aliases == QStringList{QStringLiteral("J. Berg"), QStringLiteral("Jo Berg")});
    const Member karim = plan->get<Member>(memberIdByName(*plan, QStringLiteral("Karim Said"))).value();
    CHECK(karim.aliases == QStringList{QStringLiteral("Karim S."), QStringLiteral("KS")});
    CHECK(plan->get<ImportRecord>(o.importId).value().kind == QStringLiteral("members"));

    const auto before = plan->counts().value();
    CHECK(commit(*plan, previewFile(*plan, importFixture(QStringLiteral("members-aliases.csv")), ImportKind::Members))
              .alreadyImported);
    CHECK(plan->counts().value() == before);
}

TEST_CASE("importing a member list applies every field it gives, an organisation change too")
{
    auto plan = importPlan();
    const Id greta = memberIdByName(*plan, QStringLiteral("Greta Lindqvist"));
    Member m = plan->get<Member>(greta).value();
    m.organisation = QStringLiteral("Fjord Analytics AB");
    REQUIRE_OK(plan->update(m));
    const ImportPreview p =
        previewFile(*plan, importFixture(QStringLiteral("members-sep-line.csv")), ImportKind::Members);
    const PersonPlan &gretaRow = personNamed(p, QStringLiteral("Greta Lindqvist"));
    REQUIRE(gretaRow.changes.size() == 1);
    CHECK(gretaRow.changes[0].field == ColumnRole::Organisation);
    CHECK(gretaRow.changes[0].before == QStringLiteral("Fjord Analytics AB"));
    CHECK(gretaRow.changes[0].after == QStringLiteral("Fjord Analytics"));
    commit(*plan, p);
    CHECK(plan->get<Member>(greta).value().organisation == QStringLiteral("Fjord Analytics"));
    CHECK(plan->get<Member>(memberIdByName(*plan, QStringLiteral("Hamid Rahimi"))).value().organisation ==
          QStringLiteral("Oasis, Ltd"));
}

TEST_CASE("importing the same file as members and as attendance are two different imports")
{
    auto plan = importPlan();
    const Id event = addEvent(*plan, at(2026, 2, 1, 10, 0));
    commit(*plan, previewFile(*plan, importFixture(QStringLiteral("generic-status.csv")), ImportKind::Members));
    const ImportPreview p = previewFile(*plan, importFixture(QStringLiteral("generic-status.csv")),
                                        ImportKind::Attendance, ImportFormat::Unknown, event);
    CHECK_FALSE(p.alreadyImported());
    const ImportOutcome o = commit(*plan, p);
    CHECK(o.attendanceRows == 3);
    CHECK(attendanceOf(*plan, event, memberIdByName(*plan, QStringLiteral("Bram de Vries"))).status ==
          AttendanceStatus::Absent);
}
