// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating backups: on open, at most hourly while the plan changes, verified, restorable.
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

using namespace cultivate;

namespace {

Member person(const QString &name)
{
    Member m;
    m.name = name;
    return m;
}

} // namespace

TEST_CASE("a backup is a complete, owner-only plan that opens and passes its check")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    auto plan = createPlan(dir.filePath(QStringLiteral("p.cop")), NewPlanOptions{QStringLiteral("Backed up")}, clock);
    REQUIRE_OK(plan);
    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Ines"))));

    BackupStore store(dir.filePath(QStringLiteral("backups")));
    auto backup = store.backUp(*plan.value());
    REQUIRE_OK(backup);
    CHECK(QFileInfo(backup.value().path).fileName() == QLatin1String("p-20260302-090000.cop"));
    CHECK(QFileInfo(backup.value().path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto copy = Plan::open(backup.value().path, OpenMode::ReadOnly, clock);
    REQUIRE_OK(copy);
    CHECK(copy.value()->integrityCheck().value() == QLatin1String("ok"));
    CHECK(copy.value()->list<Member>().value().size() == 1);
    CHECK(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("backups are taken at most hourly, and only when the plan changed")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    auto plan = createPlan(dir.filePath(QStringLiteral("p.cop")), NewPlanOptions{QStringLiteral("Hourly")}, clock);
    REQUIRE_OK(plan);
    BackupScheduler scheduler(*plan.value(), BackupStore(dir.filePath(QStringLiteral("b"))));
    REQUIRE_OK(scheduler.backUpNow()); // on open

    clock.advanceSecs(2 * 3600);
    CHECK_FALSE(scheduler.tick().value()); // nothing changed

    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Kofi"))));
    clock.advanceSecs(60);
    CHECK(scheduler.tick().value()); // changed, and the last backup is over an hour old
    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Mei"))));
    clock.advanceSecs(30 * 60);
    CHECK_FALSE(scheduler.tick().value()); // changed, but within the hour
    clock.advanceSecs(31 * 60);
    CHECK(scheduler.tick().value());
    CHECK(scheduler.store().list().size() == 3);
    CHECK(scheduler.store().list().first().taken == clock.now());
}

TEST_CASE("old backups rotate out, newest kept")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    auto plan = createPlan(dir.filePath(QStringLiteral("p.cop")), NewPlanOptions{QStringLiteral("Rotate")}, clock);
    REQUIRE_OK(plan);
    BackupStore store(dir.filePath(QStringLiteral("b")), 3);
    for (int i = 0; i < 5; ++i) {
        REQUIRE_OK(store.backUp(*plan.value()));
        clock.advanceSecs(3600);
    }
    const auto backups = store.list();
    REQUIRE(backups.size() == 3);
    CHECK(backups.first().taken == QDateTime(QDate(2026, 3, 2), QTime(13, 0)));
    CHECK(backups.last().taken == QDateTime(QDate(2026, 3, 2), QTime(11, 0)));
}

TEST_CASE("restoring a backup brings the plan back and keeps the replaced state as a backup")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cop"));
    BackupStore store(dir.filePath(QStringLiteral("b")));
    BackupInfo before;
    {
        auto plan = createPlan(path, NewPlanOptions{QStringLiteral("Restore")}, clock);
        REQUIRE_OK(plan);
        REQUIRE_OK(plan.value()->add(person(QStringLiteral("Before"))));
        auto b = store.backUp(*plan.value());
        REQUIRE_OK(b);
        before = b.value();
        REQUIRE_OK(plan.value()->add(person(QStringLiteral("After"))));
    }
    clock.advanceSecs(600);
    REQUIRE_OK(store.restore(before, path));

    auto restored = Plan::open(path, OpenMode::ReadWrite, clock);
    REQUIRE_OK(restored);
    const auto members = restored.value()->list<Member>().value();
    REQUIRE(members.size() == 1);
    CHECK(members.first().name == QLatin1String("Before"));
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // The state just replaced is the newest backup.
    auto newest = Plan::open(store.list().first().path, OpenMode::ReadOnly, clock);
    REQUIRE_OK(newest);
    CHECK(newest.value()->list<Member>().value().size() == 2);
}

TEST_CASE("a damaged backup is not restored and the plan stays as it was")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cop"));
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Safe")}, clock));
    const QString bad = dir.filePath(QStringLiteral("bad.cop"));
    test::writeFile(bad, "not a plan at all");
    const QByteArray digest = test::fileDigest(path);
    BackupStore store(dir.filePath(QStringLiteral("b")));
    auto r = store.restore(BackupInfo{bad, clock.now(), 17}, path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::NotSqlite);
    CHECK(test::fileDigest(path) == digest);
}

TEST_CASE("a background backup runs on a worker thread and reports its outcome")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    auto plan = createPlan(dir.filePath(QStringLiteral("p.cop")), NewPlanOptions{QStringLiteral("Worker")}, clock);
    REQUIRE_OK(plan);
    REQUIRE_OK(plan.value()->add(person(QStringLiteral("Ola"))));
    BackupScheduler scheduler(*plan.value(), BackupStore(dir.filePath(QStringLiteral("b"))));
    bool finished = false;
    bool succeeded = false;
    QString detail;
    QEventLoop loop;
    QObject::connect(&scheduler, &BackupScheduler::backupFinished, &loop, [&](bool ok, const QString &d) {
        finished = true;
        succeeded = ok;
        detail = d;
        loop.quit();
    });
    REQUIRE(scheduler.startBackUp());
    CHECK_FALSE(scheduler.startBackUp()); // one at a time
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(finished);
    INFO(detail.toStdString());
    CHECK(succeeded);
    auto copy = Plan::open(detail, OpenMode::ReadOnly, clock);
    REQUIRE_OK(copy);
    CHECK(copy.value()->list<Member>().value().size() == 1);

    // While nothing changed, the timer's tick starts nothing.
    clock.advanceSecs(7200);
    CHECK_FALSE(scheduler.tickInBackground().value());
}
