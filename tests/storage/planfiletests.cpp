// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plan-file rules of SPEC §2: what is refused, what is never touched, what is created.
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cultivate;

namespace {

FixedClock &testClock()
{
    static FixedClock c(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    return c;
}

QString makePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.cop"))
{
    const QString path = dir.filePath(name);
    auto plan = createPlan(path, NewPlanOptions{QStringLiteral("Test community"), QDate(2026, 1, 5)}, testClock());
    REQUIRE_OK(plan);
    return path;
}

QVariant pragma(Plan &plan, const char *name)
{
    auto q = plan.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE_OK(q);
    REQUIRE(q.value().next());
    return q.value().value(0);
}

// Rewrites a 32-bit big-endian header field of an SQLite file.
void patchHeader(const QString &path, int offset, quint32 value)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    REQUIRE(f.write(bytes, 4) == 4);
}

// Opening must fail with `code`, the message must name the file, and the file must not change.
void requireRefused(const QString &path, ErrorCode code)
{
    const QByteArray before = test::fileDigest(path);
    const QStringList siblingsBefore = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto plan = Plan::open(path, mode, testClock());
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.code() == code);
        CHECK(plan.error().message.contains(QFileInfo(path).fileName()));
        CHECK_FALSE(plan.error().message.contains(QLatin1Char('\n')));
    }
    CHECK(test::fileDigest(path) == before);
    CHECK(QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden) == siblingsBefore);
}

} // namespace

TEST_CASE("a new plan file is owner-only and carries the project's application id and schema version")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto header = inspectPlanFile(path);
    REQUIRE_OK(header);
    CHECK(header.value().applicationId == quint32(schema::ApplicationId));
    CHECK(header.value().userVersion == schema::CurrentVersion);
}

TEST_CASE("every connection uses a rollback journal, full sync and foreign keys")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    auto plan = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(plan);
    CHECK(pragma(*plan.value(), "journal_mode").toString() == QLatin1String("delete"));
    CHECK(pragma(*plan.value(), "synchronous").toInt() == 2);
    CHECK(pragma(*plan.value(), "foreign_keys").toInt() == 1);
    Member m;
    m.name = QStringLiteral("Ada");
    REQUIRE_OK(plan.value()->add(m));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("a mistyped path is an error and creates nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-plan.cop"));
    auto plan = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.code() == ErrorCode::NotFound);
    CHECK(plan.error().message.contains(QStringLiteral("no-such-plan.cop")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST_CASE("a text file is refused and left byte-for-byte untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cop"));
    test::writeFile(path, "These are my meeting notes, not a plan.\n");
    requireRefused(path, ErrorCode::NotSqlite);
}

TEST_CASE("an empty file is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.cop"));
    test::writeFile(path, QByteArray());
    requireRefused(path, ErrorCode::EmptyFile);
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("an SQLite database of another application is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    requireRefused(path, ErrorCode::NotAPlan);
}

TEST_CASE("the fixture files in tests/data are refused with their reasons")
{
    QTemporaryDir dir;
    // Copies, so that a faulty open could not damage the fixtures themselves.
    const auto copy = [&dir](const char *name) {
        const QString target = dir.filePath(QString::fromLatin1(name));
        REQUIRE(QFile::copy(test::dataFile(QString::fromLatin1(name)), target));
        return target;
    };
    requireRefused(copy("foreign.sqlite"), ErrorCode::NotAPlan);
    requireRefused(copy("spreadsheet.cop"), ErrorCode::NotSqlite);
}

TEST_CASE("a truncated plan is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8192);
    test::writeFile(path, bytes.left(bytes.size() / 2 + 100));
    requireRefused(path, ErrorCode::Truncated);
}

TEST_CASE("a plan cut at a page boundary is refused as truncated")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    QByteArray bytes = test::readFile(path);
    const int pageSize = 4096;
    REQUIRE(bytes.size() % pageSize == 0);
    test::writeFile(path, bytes.left(bytes.size() - pageSize));
    requireRefused(path, ErrorCode::Truncated);
}

TEST_CASE("a corrupt plan is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    QByteArray bytes = test::readFile(path);
    // Overwrite the schema page's b-tree after the 100-byte file header.
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5);
    test::writeFile(path, bytes);
    requireRefused(path, ErrorCode::Corrupt);
}

TEST_CASE("a plan of a newer schema is refused and never modified")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    patchHeader(path, 60, schema::CurrentVersion + 1);
    requireRefused(path, ErrorCode::NewerSchema);
    auto plan = Plan::open(path, OpenMode::ReadOnly, testClock());
    CHECK(plan.error().message.contains(QStringLiteral("newer")));
}

TEST_CASE("creating a plan over an existing file is refused and leaves it untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.cop"));
    test::writeFile(path, "precious");
    auto plan = createPlan(path, NewPlanOptions{QStringLiteral("X")}, testClock());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.code() == ErrorCode::AlreadyExists);
    CHECK(test::readFile(path) == "precious");
}

TEST_CASE("creating a plan in a missing folder is refused and creates nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/plan.cop"));
    auto plan = createPlan(path, NewPlanOptions{QStringLiteral("X")}, testClock());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.code() == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

TEST_CASE("a plan without a name is refused and leaves no file behind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nameless.cop"));
    auto plan = createPlan(path, NewPlanOptions{QStringLiteral("   ")}, testClock());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a second opener of the same plan gets a read-only plan that cannot write")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    auto first = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(first);
    CHECK_FALSE(first.value()->isReadOnly());

    auto second = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(second);
    CHECK(second.value()->isReadOnly());
    CHECK(second.value()->readOnlyReason().contains(QStringLiteral("another Cultivate window")));

    const QByteArray before = test::fileDigest(path);
    Member m;
    m.name = QStringLiteral("Grace");
    auto added = second.value()->add(m);
    REQUIRE_FALSE(added.ok());
    CHECK(added.code() == ErrorCode::ReadOnly);
    CHECK(test::fileDigest(path) == before);
    // It still reads.
    CHECK(second.value()->community().ok());

    // Once the first closes, a new opener may write again.
    second.value().reset();
    first.value().reset();
    auto third = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(third);
    CHECK_FALSE(third.value()->isReadOnly());
    REQUIRE_OK(third.value()->add(m));
}

TEST_CASE("a lock file that names nobody, left by a process killed as it made it, does not hold the plan")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    const QString lockPath = dir.filePath(QStringLiteral(".%1.lock").arg(QFileInfo(path).fileName()));
    test::writeFile(lockPath, QByteArray());
    QFile lockFile(lockPath);
    REQUIRE(lockFile.open(QIODevice::ReadWrite));
    REQUIRE(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    lockFile.close();

    auto opened = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(opened);
    CHECK_FALSE(opened.value()->isReadOnly());
    Member m;
    m.name = QStringLiteral("Grace");
    REQUIRE_OK(opened.value()->add(m));
    // The lock is this process's now: another opener is read-only, as with any held plan.
    auto second = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(second);
    CHECK(second.value()->isReadOnly());
}

TEST_CASE("a plan opened read-only refuses every write and stays byte-identical")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    const QByteArray before = test::fileDigest(path);
    auto plan = Plan::open(path, OpenMode::ReadOnly, testClock());
    REQUIRE_OK(plan);
    CHECK(plan.value()->isReadOnly());
    auto community = plan.value()->community();
    REQUIRE_OK(community);
    Community changed = community.value();
    changed.name = QStringLiteral("Renamed");
    auto updated = plan.value()->update(changed);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.code() == ErrorCode::ReadOnly);
    auto raw = plan.value()->exec(QStringLiteral("DELETE FROM member"));
    CHECK_FALSE(raw.ok());
    plan.value().reset();
    CHECK(test::fileDigest(path) == before);
}
