// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC §2 as revised: a damaged plan is refused before anything is written, creation is atomic,
// people's data is owner-only, and what a removal takes with it comes back from the schema itself.
#include "sampleplan.h"
#include "testsupport.h"

#include "core/export/atomicfile.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"
#include "core/storage/entitytraits.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

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
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Trust"), QDate(2026, 1, 5)}, testClock()));
    return path;
}

void runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Refused as damaged in both modes, naming the file and `words`, and the folder exactly as it was.
void requireDamaged(const QString &path, const QString &words)
{
    const QByteArray before = test::fileDigest(path);
    const QStringList files = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto plan = Plan::open(path, mode, testClock());
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.code() == ErrorCode::Corrupt);
        CHECK(plan.error().message.contains(QFileInfo(path).fileName()));
        CHECK(plan.error().message.contains(words));
        CHECK_FALSE(plan.error().message.contains(QLatin1Char('\n')));
    }
    CHECK(test::fileDigest(path) == before);
    CHECK(QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden) == files);
}

constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

TEST_CASE("a plan whose schema lost a table, a column or an index is refused untouched")
{
    QTemporaryDir dir;
    const QString table = makePlan(dir, QStringLiteral("table.cop"));
    runSql(table, "DROP TABLE story_member");
    requireDamaged(table, QStringLiteral("story_member is missing"));

    const QString column = makePlan(dir, QStringLiteral("column.cop"));
    runSql(column, "ALTER TABLE member DROP COLUMN notes");
    requireDamaged(column, QStringLiteral("member.notes is missing"));

    const QString index = makePlan(dir, QStringLiteral("index.cop"));
    runSql(index, "DROP INDEX attendance_member");
    requireDamaged(index, QStringLiteral("attendance_member"));

    const QString extra = makePlan(dir, QStringLiteral("extra.cop"));
    runSql(extra, "CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    requireDamaged(extra, QStringLiteral("unexpected table notes"));
}

TEST_CASE("a plan claiming schema version 0 is refused as not matching its version")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    runSql(path, "PRAGMA user_version = 0");
    requireDamaged(path, QStringLiteral("version 0"));
}

TEST_CASE("a plan with one damaged page is refused before anything is written")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    const qint64 pages = QFileInfo(path).size() / 4096;
    REQUIRE(pages > 4);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((pages / 2) * 4096));
        REQUIRE(file.write(QByteArray(4096, '\x5a')) == 4096);
    }
    requireDamaged(path, QStringLiteral("damaged plan file"));
    CHECK_FALSE(Plan::checkPages(path).ok());
}

TEST_CASE("the expected schema of each version comes from the migration ladder itself")
{
    auto current = schema::expectedCatalog(schema::CurrentVersion);
    REQUIRE_OK(current);
    CHECK(current.value().entries.contains(QStringLiteral("table member")));
    CHECK(current.value().entries.contains(QStringLiteral("column member.email")));
    CHECK(current.value().entries.contains(QStringLiteral("index attendance_member on attendance")));
    auto none = schema::expectedCatalog(0);
    REQUIRE_OK(none);
    CHECK(none.value().entries.isEmpty());
}

TEST_CASE("a plan opened for a window with the page check left to the background stays read-only until it passes")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    OpenOptions options;
    options.deferPageCheck = true;
    auto opened = Plan::open(path, options, testClock());
    REQUIRE_OK(opened);
    Plan &plan = *opened.value();
    REQUIRE(plan.pageCheckPending());
    CHECK(plan.isReadOnly());
    CHECK_FALSE(plan.readOnlyReason().isEmpty());
    Member m;
    m.name = QStringLiteral("Too early");
    CHECK(plan.add(m).code() == ErrorCode::ReadOnly);
    REQUIRE_OK(Plan::checkPages(path));
    plan.pageCheckPassed();
    CHECK_FALSE(plan.isReadOnly());
    REQUIRE_OK(plan.add(m));
}

TEST_CASE("a page check stops as cancelled once asked to, and passes when left to finish")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    std::atomic_bool stop{true};
    const Result<void> stopped = Plan::checkPages(path, {}, &stop);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.code() == ErrorCode::Cancelled);
    stop = false;
    REQUIRE_OK(Plan::checkPages(path, {}, &stop));
}

TEST_CASE("a failed creation leaves nothing in the folder, and the name stays free")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.cop"));
    Community community;
    community.name = QStringLiteral("Failing");
    auto created = Plan::create(
        path, community,
        [](Plan &) -> Result<void> { return makeError(ErrorCode::InvalidInput, QStringLiteral("no")); }, testClock());
    REQUIRE_FALSE(created.ok());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    REQUIRE_OK(Plan::create(path, community, {}, testClock()));
}

TEST_CASE("a creation killed before it finished leaves only a hidden file that the next creation sweeps away")
{
    QTemporaryDir dir;
    // What a killed creation leaves: a hidden temporary file named after a process that is gone.
    const QString debris = dir.filePath(QStringLiteral(".new.cop.creating-999999999-0badf00d"));
    test::writeFile(debris, "half a plan");
    const QString path = dir.filePath(QStringLiteral("new.cop"));
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Again"), QDate(2026, 1, 5)}, testClock()));
    CHECK_FALSE(QFileInfo::exists(debris));
}

TEST_CASE("the lock file, backups and backup folders are owner-only")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    auto plan = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(plan);
    const QString lock = dir.filePath(QStringLiteral(".plan.cop.lock"));
    REQUIRE(QFileInfo::exists(lock));
    CHECK(QFileInfo(lock).permissions() == OwnerOnly);

    const QString folder = dir.filePath(QStringLiteral("backups/of/this/plan"));
    auto backup = BackupStore(folder).backUp(*plan.value());
    REQUIRE_OK(backup);
    CHECK(QFileInfo(backup.value().path).permissions() == OwnerOnly);
    for (const QString &level :
         {QStringLiteral("backups"), QStringLiteral("backups/of"), QStringLiteral("backups/of/this/plan")})
        CHECK(QFileInfo(dir.filePath(level)).permissions() ==
              (OwnerOnly | QFileDevice::ExeOwner | QFileDevice::ExeUser));
}

TEST_CASE("an exported file is owner-only and replaces the earlier one whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    test::writeFile(path, "old");
    REQUIRE_OK(writeAtomically(path, [](QIODevice &out) -> Result<void> {
        out.write("new");
        return {};
    }));
    CHECK(test::readFile(path) == "new");
    CHECK(QFileInfo(path).permissions() == OwnerOnly);
    // A writer that fails leaves the earlier file and no temporary one.
    CHECK_FALSE(writeAtomically(path, [](QIODevice &out) -> Result<void> {
                    out.write("partial");
                    return makeError(ErrorCode::Io, QStringLiteral("stopped"));
                }).ok());
    CHECK(test::readFile(path) == "new");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("out.txt")});
}

TEST_CASE("the settings file stays owner-only when Qt rewrites it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/cultivate.conf"));
    REQUIRE_OK(keepFilePrivate(path));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("recent"), QStringLiteral("/home/someone/plan.cop"));
    }
    CHECK(QFileInfo(path).permissions() == OwnerOnly);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("config"))).permissions() ==
          (OwnerOnly | QFileDevice::ExeOwner | QFileDevice::ExeUser));
}

// --- what a removal takes with it -----------------------------------------------------------------

namespace {

// Every row of every table, with its rowid: "the plan exactly as it was".
QStringList dump(const Plan &plan)
{
    QStringList rows;
    auto tables = plan.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    REQUIRE_OK(tables);
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    for (const QString &table : names) {
        auto q = plan.exec(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table));
        REQUIRE_OK(q);
        while (q.value().next()) {
            QStringList values{table};
            for (int i = 0; i < q.value().record().count(); ++i)
                values << (q.value().isNull(i) ? QStringLiteral("NULL") : q.value().value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// Removes row `id` of the entity stored in `table` as an undo command does, undoes it, and says
// whether the plan came back exactly; false when no entity lives in `table`.
template <class... T> bool removeAndUndo(Plan &plan, const QString &table, Id id, int &restoredRows)
{
    bool handled = false;
    (
        [&] {
            if (handled || storage::EntityTraits<T>::table() != table)
                return;
            handled = true;
            auto entity = plan.get<T>(id);
            REQUIRE_OK(entity);
            auto dependents = plan.dependentsOf<T>(id);
            REQUIRE_OK(dependents);
            restoredRows += int(dependents.value().deletedRows() + dependents.value().clearedReferences());
            REQUIRE_OK(plan.remove<T>(id));
            REQUIRE_OK(plan.transaction([&]() -> Result<void> {
                if (auto added = plan.add(entity.value()); !added.ok())
                    return added.error();
                return plan.restoreDependents(dependents.value());
            }));
        }(),
        ...);
    return handled;
}

} // namespace

TEST_CASE("undoing a removal restores exactly what every ON DELETE clause of the schema took with it")
{
    auto made = test::samplePlan(testClock());
    Plan &plan = *made;
    // Give every foreign key of the schema at least one row that uses it.
    const Id event = plan.list<Event>().value().first().id;
    const Id resource = plan.list<Resource>().value().first().id;
    const Id survey = plan.list<Survey>().value().first().id;
    const Id question = plan.list<Question>().value().first().id;
    const Id story = plan.list<Story>().value().first().id;
    const Id stage = plan.list<Stage>().value().first().id;
    const Id series = plan.add(Series{0, Recurrence::Weekly, 1, 1, 1, 1, QDate(2026, 6, 1)}).value();
    Event linked = plan.get<Event>(event).value();
    linked.seriesId = series;
    linked.stageId = stage;
    REQUIRE_OK(plan.update(linked));
    ChecklistItem item = plan.list<ChecklistItem>().value().first();
    item.evidenceEventId = event;
    item.evidenceResourceId = resource;
    item.evidenceSurveyId = survey;
    item.evidenceStoryId = story;
    REQUIRE_OK(plan.update(item));
    Goal goal = plan.list<Goal>().value().first();
    goal.surveyQuestionId = question;
    REQUIRE_OK(plan.update(goal));
    Story s = plan.get<Story>(story).value();
    s.eventIds = {event};
    s.resourceIds = {resource};
    REQUIRE_OK(plan.update(s));
    // A renewed plan's months of activity in the year before.
    REQUIRE_OK(plan.add(CarriedActivity{0, plan.list<Member>().value().first().id, QStringLiteral("2025-12")}));

    auto keys = schema::readForeignKeys(storage::sqliteHandle(plan.database()));
    REQUIRE_OK(keys);
    REQUIRE(keys.value().keys.size() >= 31);
    const QStringList before = dump(plan);
    int restored = 0;
    for (const schema::ForeignKey &key : keys.value().keys) {
        INFO(QStringLiteral("%1.%2 -> %3").arg(key.table, key.column, key.parent).toStdString());
        auto used = plan.exec(
            QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE \"%1\" IS NOT NULL LIMIT 1").arg(key.column, key.table));
        REQUIRE_OK(used);
        REQUIRE(used.value().next()); // a key no row uses would test nothing
        const Id parent = used.value().value(0).toLongLong();
        REQUIRE(removeAndUndo<Community, BudgetLine, Stage, ChecklistItem, Goal, GoalMeasurement, Member, Series, Event,
                              ImportRecord, Attendance, ContributionWeight, Contribution, Resource, Survey, Question,
                              Response, Answer, Story, Recognition>(plan, key.parent, parent, restored));
        CHECK(dump(plan) == before);
    }
    CHECK(restored > 0);
}
