// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tests on the three real Teams attendance reports in tests/data/teams (kept with their
// licence, tests/data/teams/LICENSE).
#include "importtestsupport.h"

#include <QFile>

using namespace cultivate;
using namespace cultivate::test;

namespace {

struct Expected {
    const char *name;
    const char *email;
    qint64 seconds;
    int minutes;
};

AttendanceReport parseSample(const char *file)
{
    QFile f(teamsSample(QString::fromLatin1(file)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const DecodedText decoded = decodeText(f.readAll());
    CHECK(decoded.encoding == TextEncoding::Utf16BE); // as Teams wrote these three
    auto table = readCsv(decoded.text);
    REQUIRE_OK(table);
    CHECK(table.value().delimiter == QLatin1Char('\t'));
    CHECK(detectFormat(table.value()) == ImportFormat::Teams);
    AttendanceReport report = parseTeamsReport(table.value());
    INFO((report.errors.isEmpty() ? std::string() : report.errors.constFirst().message.toStdString()));
    REQUIRE(report.errors.isEmpty());
    return report;
}

void checkPeople(const AttendanceReport &report, const QList<Expected> &expected)
{
    REQUIRE(report.people.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ReportPerson &p = report.people[i];
        INFO("participant " << expected[i].name);
        CHECK(p.name == QString::fromUtf8(expected[i].name));
        CHECK(p.email == QString::fromUtf8(expected[i].email));
        CHECK(p.seconds == expected[i].seconds);
        CHECK(p.minutes() == expected[i].minutes);
        // "(EXT)": a person from outside the organisation, a guest of the meeting.
        CHECK(p.guest == p.name.startsWith(QLatin1String("JANSSENS")));
    }
}

} // namespace

TEST_CASE("importing the Teams report of 14/11/22 reads its meeting and seven participants exactly")
{
    const AttendanceReport r = parseSample("IDL-14-11-22.csv");
    CHECK(r.meeting.title == QStringLiteral("Scrum Meeting"));
    CHECK(r.meeting.start == QDateTime(QDate(2022, 11, 14), QTime(9, 29, 7)));
    CHECK(r.meeting.end == QDateTime(QDate(2022, 11, 14), QTime(9, 50, 14)));
    CHECK(r.meeting.statedSeconds == 21 * 60 + 7);
    CHECK(r.meeting.durationMinutes() == 21);
    CHECK(r.rows == 7);
    checkPeople(r, {{"JANSSENS JAN", "jan.janssens.ext@un.int", 19 * 60 + 26, 19},
                    {"Johnny Walker", "Johnny.Walker@scotch.aero", 19 * 60 + 20, 19},
                    {"Pedro García Simón", "pgsimon@spain.es", 19 * 60 + 21, 19},
                    {"Jacek Woityla", "jacek@woityla.at", 19 * 60 + 18, 19},
                    {"Igor Landis", "igor.3.lanis@sota.net", 18 * 60 + 50, 19},
                    {"Fred Primus", "fredprimus@first.com", 17 * 60 + 41, 18},
                    {"Santiago De Compostela", "sdc@smallco.co.uk", 14 * 60 + 50, 15}});
    const ReportPerson &jan = reportPerson(r, QStringLiteral("JANSSENS JAN"));
    CHECK(jan.firstJoin == QDateTime(QDate(2022, 11, 14), QTime(9, 30, 46)));
    CHECK(jan.lastLeave == QDateTime(QDate(2022, 11, 14), QTime(9, 50, 12)));
    CHECK(jan.lines == QList<int>{11});
}

TEST_CASE("importing the Teams report of 15/11/22 reads its meeting and eight participants exactly")
{
    const AttendanceReport r = parseSample("IDL-15-11-22.csv");
    CHECK(r.meeting.title == QStringLiteral("Scrum Meeting"));
    CHECK(r.meeting.start == QDateTime(QDate(2022, 11, 15), QTime(9, 30, 17)));
    CHECK(r.meeting.statedSeconds == 11 * 60 + 31);
    CHECK(r.meeting.durationMinutes() == 12);
    checkPeople(r, {{"JANSSENS JAN", "jan.janssens.ext@un.int", 10 * 60 + 59, 11},
                    {"Johnny Walker", "Johnny.Walker@scotch.aero", 10 * 60 + 48, 11},
                    {"Fred Primus", "fredprimus@first.com", 10 * 60 + 34, 11},
                    {"David Goliath", "dgoliath@testament.es", 10 * 60 + 28, 10},
                    {"Santiago De Compostela", "sdc@smallco.co.uk", 10 * 60 + 19, 10},
                    {"Pedro García Simón", "pgsimon@spain.es", 10 * 60 + 21, 10},
                    {"Igor Landis", "igor.3.lanis@sota.net", 10 * 60 + 17, 10},
                    {"Razvan Robust", "razvan@un.int", 4 * 60 + 46, 5}});
}

TEST_CASE("importing the Teams report of 16/11/22 reads its meeting and eight participants exactly")
{
    const AttendanceReport r = parseSample("IDL-16-11-22.csv");
    CHECK(r.meeting.start == QDateTime(QDate(2022, 11, 16), QTime(9, 21, 8)));
    CHECK(r.meeting.end == QDateTime(QDate(2022, 11, 16), QTime(9, 46, 21)));
    CHECK(r.meeting.statedSeconds == 25 * 60 + 13);
    CHECK(r.meeting.durationMinutes() == 25);
    checkPeople(r, {{"JANSSENS JAN", "jan.janssens.ext@un.int", 16 * 60 + 2, 16},
                    {"Jacek Woityla", "jacek@woityla.at", 15 * 60 + 49, 16},
                    {"Razvan Robust", "razvan@un.int", 15 * 60 + 43, 16},
                    {"Fred Primus", "fredprimus@first.com", 14 * 60 + 42, 15},
                    {"Santiago De Compostela", "sdc@smallco.co.uk", 13 * 60 + 46, 14},
                    {"David Goliath", "dgoliath@testament.es", 13 * 60 + 24, 13},
                    {"Igor Landis", "igor.3.lanis@sota.net", 13 * 60 + 9, 13},
                    {"Pedro García Simón", "pgsimon@spain.es", 8 * 60 + 43, 9}});
}

TEST_CASE("importing the three real Teams reports creates three held events and nine members, once")
{
    auto plan = importPlan();
    const qsizetype membersBefore = plan->list<Member>().value().size();
    int attendance = 0;
    for (const char *file : {"IDL-14-11-22.csv", "IDL-15-11-22.csv", "IDL-16-11-22.csv"}) {
        const ImportPreview preview = previewFile(*plan, teamsSample(QString::fromLatin1(file)));
        INFO(preview.firstErrorMessage().toStdString());
        REQUIRE_FALSE(preview.hasErrors());
        CHECK(preview.format == ImportFormat::Teams);
        CHECK(preview.eventChoice == EventChoice::Created);
        auto outcome = commitImport(*plan, preview);
        REQUIRE_OK(outcome);
        CHECK(outcome.value().eventCreated);
        attendance += outcome.value().attendanceRows;
    }
    CHECK(attendance == 7 + 8 + 8);
    CHECK(plan->list<Member>().value().size() == membersBefore + 9);
    CHECK(plan->list<Attendance>().value().size() == 23);

    const QList<Event> events = plan->list<Event>().value();
    REQUIRE(events.size() == 3);
    CHECK(events[0].title == QStringLiteral("Scrum Meeting"));
    CHECK(events[0].start == QDateTime(QDate(2022, 11, 14), QTime(9, 29, 7)));
    CHECK(events[0].durationMinutes == 21);
    CHECK(events[0].status == EventStatus::Held);
    CHECK(events[1].durationMinutes == 12);
    CHECK(events[2].durationMinutes == 25);

    // The member made from "JANSSENS JAN (EXT)" keeps that name without the marker (all in
    // capitals: no family name to put last).
    const Id jan = memberIdByName(*plan, QStringLiteral("JANSSENS JAN"));
    const QList<Attendance> janRows = plan->listWhere<Attendance>(QStringLiteral("member_id"), jan).value();
    REQUIRE(janRows.size() == 3);
    CHECK(janRows[0].minutes == 19);
    CHECK(janRows[1].minutes == 11);
    CHECK(janRows[2].minutes == 16);

    // Reports sort by surname ("De Compostela, Santiago", "ROBUST Razvan"); people are called the
    // other way round.
    CHECK(memberIdByName(*plan, QStringLiteral("Pedro García Simón")) > 0);
    CHECK(memberIdByName(*plan, QStringLiteral("Santiago De Compostela")) > 0);
    CHECK(memberIdByName(*plan, QStringLiteral("Razvan Robust")) > 0);

    // Again: nothing new.
    for (const char *file : {"IDL-14-11-22.csv", "IDL-15-11-22.csv", "IDL-16-11-22.csv"}) {
        const ImportPreview again = previewFile(*plan, teamsSample(QString::fromLatin1(file)));
        CHECK(again.alreadyImported());
        auto outcome = commitImport(*plan, again);
        REQUIRE_OK(outcome);
        CHECK(outcome.value().alreadyImported);
    }
    CHECK(plan->list<Attendance>().value().size() == 23);
    CHECK(plan->list<Event>().value().size() == 3);
}
