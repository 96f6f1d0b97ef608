// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plans written by an older Cultivate (schema version 1, kept in tests/data/plans): opened for
// editing they climb the migration ladder in one transaction; opened for reading they are read
// through an upgraded copy in memory and left byte for byte as they were.
#include "testsupport.h"

#include "core/assessment/assessment.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/plan.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QString copyOf(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(QFile::copy(dataFile(QStringLiteral("plans/") + QString::fromLatin1(name)), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

} // namespace

TEST_CASE("a version-1 plan opened for editing is upgraded to the current schema with its data intact")
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, "v1-demo-small.cop");
    REQUIRE(inspectPlanFile(path).value().userVersion == 1);
    {
        auto plan = Plan::open(path, OpenMode::ReadWrite);
        REQUIRE_OK(plan);
        CHECK(plan.value()->schemaVersion() == schema::CurrentVersion);
        CHECK(plan.value()->list<Member>().value().size() == 12);
        // The settings and the desk's marks of version 2 are there and work.
        REQUIRE_OK(plan.value()->add(PlanSetting{0, QStringLiteral("health.feedback_days"), 45}));
        REQUIRE_OK(plan.value()->add(DeskMark{0, QStringLiteral("reminder:event:1"), DeskMarkKind::Snoozed,
                                              QDate(2026, 12, 4), QDate(2026, 12, 7)}));
    }
    CHECK(inspectPlanFile(path).value().userVersion == schema::CurrentVersion);
    auto again = Plan::open(path, OpenMode::ReadOnly);
    REQUIRE_OK(again);
    CHECK(again.value()->list<PlanSetting>().value().size() == 1);
    CHECK(again.value()->list<DeskMark>().value().first().until == QDate(2026, 12, 7));
}

TEST_CASE("a version-1 plan opened for reading is read upgraded in memory and left untouched")
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, "v1-demo-small.cop");
    const QByteArray before = fileDigest(path);
    {
        auto plan = Plan::open(path, OpenMode::ReadOnly);
        REQUIRE_OK(plan);
        CHECK(plan.value()->isReadOnly());
        CHECK(plan.value()->schemaVersion() == schema::CurrentVersion);
        CHECK(plan.value()->readOnlyReason().contains(QStringLiteral("older format")));
        CHECK(plan.value()->list<Member>().value().size() == 12);
        CHECK(plan.value()->list<PlanSetting>().value().isEmpty());
        // The figures read through the copy, as `stats` and the portfolio do.
        auto assessed = assessPlan(*plan.value(), {}, QDate(2026, 12, 4));
        REQUIRE_OK(assessed);
        CHECK(assessed.value().current.members > 0);
        // Nothing can be written to it.
        CHECK(plan.value()->add(PlanSetting{0, QStringLiteral("health.feedback_days"), 45}).code() ==
              ErrorCode::ReadOnly);
    }
    CHECK(fileDigest(path) == before);
    CHECK(inspectPlanFile(path).value().userVersion == 1);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(left == QStringList{QStringLiteral("v1-demo-small.cop")});
}

TEST_CASE("deleting an import's record or an event reads no table whole to check its foreign keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.cop"));
    Id importId = 0;
    Id eventId = 0;
    {
        auto plan = createPlan(path, NewPlanOptions{QStringLiteral("Keys")});
        REQUIRE_OK(plan);
        Plan &p = *plan.value();
        Event event;
        event.title = QStringLiteral("Meet-up");
        event.start = QDateTime(QDate(2026, 2, 3), QTime(10, 0));
        auto kept = p.add(event);
        REQUIRE_OK(kept);
        event.title = QStringLiteral("Imported meet-up");
        auto imported = p.add(event);
        REQUIRE_OK(imported);
        eventId = imported.value();
        ImportRecord record;
        record.kind = QStringLiteral("attendance");
        record.fileName = QStringLiteral("zoom.csv");
        record.sha256 = QStringLiteral("00");
        record.importedAt = QDateTime(QDate(2026, 2, 3), QTime(12, 0));
        auto recorded = p.add(record);
        REQUIRE_OK(recorded);
        importId = recorded.value();
        for (int i = 0; i < 40; ++i) {
            Member m;
            m.name = QStringLiteral("Member %1").arg(i);
            auto member = p.add(m);
            REQUIRE_OK(member);
            Attendance a;
            a.eventId = i % 2 ? kept.value() : eventId;
            a.memberId = member.value();
            a.importId = i % 2 ? OptionalId{} : OptionalId{importId};
            REQUIRE_OK(p.add(a));
            for (int n = 0; n < 10; ++n) {
                Contribution c;
                c.memberId = member.value();
                c.date = QDate(2026, 2, 3);
                c.eventId = n % 2 ? OptionalId{kept.value()} : OptionalId{};
                REQUIRE_OK(p.add(c));
            }
        }
    }
    // SQLite counts the rows it steps through in a full scan, foreign-key checks included.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const auto scannedBy = [db](const QString &sql) {
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_DONE);
        const int steps = sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        sqlite3_finalize(statement);
        return steps;
    };
    REQUIRE(sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(scannedBy(QStringLiteral("DELETE FROM import_record WHERE id = %1").arg(importId)) == 0);
    // An event's keys in the tables that stay small (checklists, resources, surveys, story links) may
    // still be checked by reading them (SQLite counts about two steps a row there); contributions, the
    // large one, are not read.
    sqlite3_stmt *small = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT (SELECT count(*) FROM checklist_item) + (SELECT count(*) FROM resource) + "
                               "(SELECT count(*) FROM survey) + (SELECT count(*) FROM story_event)",
                               -1, &small, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(small) == SQLITE_ROW);
    const int smallRows = sqlite3_column_int(small, 0);
    sqlite3_finalize(small);
    CHECK(scannedBy(QStringLiteral("DELETE FROM event WHERE id = %1").arg(eventId)) <= 2 * smallRows);
    // The keys still act: the import's rows lost their import, the event's rows went with it.
    sqlite3_stmt *count = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*), count(import_id) FROM attendance", -1, &count, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_step(count) == SQLITE_ROW);
    CHECK(sqlite3_column_int(count, 0) == 20);
    CHECK(sqlite3_column_int(count, 1) == 0);
    sqlite3_finalize(count);
    sqlite3_close(db);
}
