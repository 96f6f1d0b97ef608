// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it (SPEC §8): the real binary, real files, exit codes, stderr.
#include "testsupport.h"

#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cultivate;

namespace {

using Run = test::ProcessResult;

Run runCultivate(const QStringList &arguments, const QString &workingDir = {})
{
    return test::runCultivateBinary(QStringLiteral(CULTIVATE_BINARY), arguments, {}, workingDir);
}

// Exit 1, exactly one line on stderr that names the file, and the file unchanged (or still absent).
void requireRefusal(const QStringList &arguments, const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = test::fileDigest(path);
    const Run run = runCultivate(arguments);
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.err.contains(QFileInfo(path).fileName()));
    CHECK(run.out.isEmpty());
    CHECK(QFileInfo::exists(path) == existed);
    CHECK(test::fileDigest(path) == before);
}

} // namespace

TEST_CASE("cultivate new then cultivate check prints the schema version and the counts")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.cop"));
    const Run created = runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Test")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Created")));

    const Run check = runCultivate({QStringLiteral("check"), path});
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("schema version: %1").arg(schema::CurrentVersion)));
    CHECK(check.out.contains(QStringLiteral("integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("\"Test\"")));
    CHECK(check.out.contains(QStringLiteral("stage: 5")));
    CHECK(check.out.contains(QStringLiteral("member: 0")));
    CHECK(check.err.isEmpty());
}

TEST_CASE("cultivate new honours the start date and the empty template")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.cop"));
    const Run run = runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Quiet"),
                                  QStringLiteral("--start"), QStringLiteral("2027-03-01"), QStringLiteral("--template"),
                                  QStringLiteral("empty")});
    REQUIRE(run.exitCode == 0);
    const Run check = runCultivate({QStringLiteral("check"), path});
    CHECK(check.out.contains(QStringLiteral("period: 2027-03-01 to 2028-02-29")));
    CHECK(check.out.contains(QStringLiteral("event: 0")));
}

TEST_CASE("cultivate check refuses a text file and leaves it unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(path, "name,email\nAda,ada@example.org\n");
    requireRefusal({QStringLiteral("check"), path}, path);
}

TEST_CASE("cultivate check refuses an empty file and leaves it unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.cop"));
    test::writeFile(path, QByteArray());
    requireRefusal({QStringLiteral("check"), path}, path);
}

TEST_CASE("cultivate check on a missing path exits 1 and creates nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.cop"));
    requireRefusal({QStringLiteral("check"), path}, path);
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("cultivate check refuses a plan of a newer schema and leaves it unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.cop"));
    REQUIRE(runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Future")}).exitCode ==
            0);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(60));
        const char version[4] = {0, 0, 0, 99};
        REQUIRE(f.write(version, 4) == 4);
    }
    requireRefusal({QStringLiteral("check"), path}, path);
    CHECK(runCultivate({QStringLiteral("check"), path}).err.contains(QStringLiteral("newer")));
}

TEST_CASE("cultivate check refuses a database of another application")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    REQUIRE(QFile::copy(test::dataFile(QStringLiteral("foreign.sqlite")), path));
    requireRefusal({QStringLiteral("check"), path}, path);
}

TEST_CASE("cultivate new refuses to overwrite an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.cop"));
    test::writeFile(path, "keep me");
    requireRefusal({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("X")}, path);
}

TEST_CASE("usage errors exit 2 and explain the usage")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cop"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("new"), path},
          QStringList{QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("X"),
                      QStringLiteral("--start"), QStringLiteral("31/12/2026")},
          QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("export"), path, QStringLiteral("json")},
          QStringList{QStringLiteral("demo"), path, QStringLiteral("--members"), QStringLiteral("many")},
          QStringList{QStringLiteral("new"), path, QStringLiteral("--bogus")}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = runCultivate(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("sage")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("without a display the window is not attempted and the commands are pointed to")
{
    const Run run = runCultivate({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--help")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("cultivate --help lists the commands")
{
    const Run run = runCultivate({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char *command : {"new FILE", "demo FILE", "check FILE", "export FILE"})
        CHECK(run.out.contains(QLatin1String(command)));
}

TEST_CASE("cultivate export json writes the whole plan and needs no display")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cop"));
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(
        runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Export me")}).exitCode ==
        0);
    const QByteArray before = test::fileDigest(path);
    const Run run = runCultivate({QStringLiteral("export"), path, QStringLiteral("json"), QStringLiteral("-o"), json});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(test::readFile(json)).object();
    CHECK(object.value(QStringLiteral("community")).toArray().first().toObject().value(QStringLiteral("name")) ==
          QStringLiteral("Export me"));
    CHECK(object.value(QStringLiteral("stages")).toArray().size() == 5);
    CHECK_FALSE(object.value(QStringLiteral("events")).toArray().isEmpty());
    // Exporting reads only.
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("cultivate export ics writes one event per plan event")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cop"));
    const QString ics = dir.filePath(QStringLiteral("schedule.ics"));
    REQUIRE(
        runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Calendar")}).exitCode ==
        0);
    const Run run = runCultivate({QStringLiteral("export"), path, QStringLiteral("ics"), QStringLiteral("-o"), ics});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = test::readFile(ics);
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    const QString check = runCultivate({QStringLiteral("check"), path}).out;
    const qsizetype at = check.indexOf(QStringLiteral("event: "));
    REQUIRE(at >= 0);
    const int events = check.mid(at + 7).section(QLatin1Char('\n'), 0, 0).toInt();
    CHECK(events > 10);
    CHECK(bytes.count("BEGIN:VEVENT") == events);
}

TEST_CASE("cultivate demo builds a plan that passes its own check, the same for the same seed")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.cop"));
    const QString b = dir.filePath(QStringLiteral("b.cop"));
    for (const QString &path : {a, b}) {
        const Run run = runCultivate({QStringLiteral("demo"), path, QStringLiteral("--members"), QStringLiteral("40"),
                                      QStringLiteral("--months"), QStringLiteral("6"), QStringLiteral("--seed"),
                                      QStringLiteral("7")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(runCultivate({QStringLiteral("check"), path}).exitCode == 0);
    }
    const QString ja = dir.filePath(QStringLiteral("a.json"));
    const QString jb = dir.filePath(QStringLiteral("b.json"));
    REQUIRE(runCultivate({QStringLiteral("export"), a, QStringLiteral("json"), QStringLiteral("-o"), ja}).exitCode ==
            0);
    REQUIRE(runCultivate({QStringLiteral("export"), b, QStringLiteral("json"), QStringLiteral("-o"), jb}).exitCode ==
            0);
    QJsonObject oa = QJsonDocument::fromJson(test::readFile(ja)).object();
    QJsonObject ob = QJsonDocument::fromJson(test::readFile(jb)).object();
    oa.remove(QStringLiteral("exported_at"));
    ob.remove(QStringLiteral("exported_at"));
    CHECK(oa == ob);
    CHECK(oa.value(QStringLiteral("members")).toArray().size() == 40);
}

TEST_CASE("the application starts offscreen on a plan and keeps running")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gui.cop"));
    REQUIRE(runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Window")}).exitCode ==
            0);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CULTIVATE_BINARY), {path});
    REQUIRE(process.waitForStarted());
    // Still running after three seconds: it opened the plan and entered its event loop.
    CHECK_FALSE(process.waitForFinished(3000));
    CHECK(process.state() == QProcess::Running);
    // While it holds the plan, a second writer is not possible: the lock file names the process.
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral(".gui.cop.lock"))));
    process.terminate();
    process.waitForFinished(5000);
}

TEST_CASE("every command refuses a plan whose schema drifted, and check names the difference")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drift.cop"));
    REQUIRE(runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Drift")}).exitCode ==
            0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drift"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("DROP TABLE story_member")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drift"));
    const QString csv = test::dataFile(QStringLiteral("import/members-basic.csv"));
    const QString out = dir.filePath(QStringLiteral("out"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("check"), path}, QStringList{QStringLiteral("stats"), path},
          QStringList{QStringLiteral("health"), path},
          QStringList{QStringLiteral("import"), path, QStringLiteral("members"), csv},
          QStringList{QStringLiteral("report"), path, QStringLiteral("-o"), out + QStringLiteral(".html")},
          QStringList{QStringLiteral("export"), path, QStringLiteral("json"), QStringLiteral("-o"),
                      out + QStringLiteral(".json")}}) {
        INFO(arguments.first().toStdString());
        requireRefusal(arguments, path);
    }
    const Run check = runCultivate({QStringLiteral("check"), path});
    CHECK(check.err.contains(QStringLiteral("story_member is missing")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".html")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".json")));
}

TEST_CASE("an import into a plan with a damaged page is refused and writes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.cop"));
    REQUIRE(runCultivate({QStringLiteral("demo"), path, QStringLiteral("--members"), QStringLiteral("30"),
                          QStringLiteral("--months"), QStringLiteral("3")})
                .exitCode == 0);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek((f.size() / 4096 / 2) * 4096));
        REQUIRE(f.write(QByteArray(4096, '\x33')) == 4096);
    }
    requireRefusal({QStringLiteral("import"), path, QStringLiteral("members"),
                    test::dataFile(QStringLiteral("import/members-basic.csv"))},
                   path);
    requireRefusal({QStringLiteral("stats"), path}, path);
}

TEST_CASE("exports and reports are written owner-only and replace an earlier file whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cop"));
    REQUIRE(runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Private")}).exitCode ==
            0);
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("export"), path, QStringLiteral("json"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("p.json"))},
          QStringList{QStringLiteral("export"), path, QStringLiteral("csv"), QStringLiteral("members"),
                      QStringLiteral("-o"), dir.filePath(QStringLiteral("m.csv"))},
          QStringList{QStringLiteral("export"), path, QStringLiteral("ics"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("s.ics"))},
          QStringList{QStringLiteral("report"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("r.md"))}}) {
        const QString output = arguments.last();
        test::writeFile(output, "earlier");
        QFile::setPermissions(output, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const Run run = runCultivate(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(test::readFile(output) != "earlier");
        CHECK(QFileInfo(output).permissions() == ownerOnly);
    }
    // Nothing temporary is left beside them.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(name.startsWith(QLatin1Char('.')));
}
