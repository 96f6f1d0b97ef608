// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `cultivate import` and `cultivate export … csv` through the real binary (SPEC §8): exit codes,
// one-line errors naming the CSV file and the line, and plans left byte-for-byte unchanged.
#include "importtestsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace cultivate;
using namespace cultivate::test;

namespace {

using Run = ProcessResult;

Run runCultivate(const QStringList &arguments)
{
    return runCultivateBinary(QStringLiteral(CULTIVATE_BINARY), arguments);
}

QString newPlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("community.cop"));
    const Run created = runCultivate(
        {QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("CLI import"), QStringLiteral("--start"),
         QStringLiteral("2022-09-01"), QStringLiteral("--template"), QStringLiteral("empty")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    return path;
}

QStringList importArgs(const QString &plan, const char *kind, const QString &csv, const QStringList &more = {})
{
    return QStringList{QStringLiteral("import"), plan, QString::fromLatin1(kind), csv} + more;
}

// Exit 1, one line on stderr naming the CSV file and the line, nothing on stdout, plan unchanged.
void requireRefusedLine(const QStringList &arguments, const QString &plan, const QString &csvName, int line)
{
    const QByteArray before = fileDigest(plan);
    const Run run = runCultivate(arguments);
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    if (line > 0) {
        CHECK(run.err.contains(QStringLiteral("%1: line %2: ").arg(csvName).arg(line)));
    } else { // a problem of the whole file: no line to name
        CHECK(run.err.contains(QStringLiteral("%1: ").arg(csvName)));
        CHECK_FALSE(run.err.contains(QStringLiteral(": line ")));
    }
    CHECK(run.out.isEmpty());
    CHECK(fileDigest(plan) == before);
}

void requireUsageError(const QStringList &arguments, const QString &plan)
{
    const QByteArray before = fileDigest(plan);
    const Run run = runCultivate(arguments);
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Usage: cultivate import")));
    CHECK(fileDigest(plan) == before);
}

} // namespace

TEST_CASE("cultivate import attendance of a real Teams report creates the event and says so, once")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    const Run run = runCultivate(importArgs(plan, "attendance", teamsSample(QStringLiteral("IDL-14-11-22.csv"))));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(QStringLiteral("IDL-14-11-22.csv: Teams attendance report (UTF-16BE, tab-separated)")));
    CHECK(run.out.contains(QStringLiteral("Meeting: \"Scrum Meeting\", 2022-11-14 09:29:07, 21 min")));
    CHECK(run.out.contains(QStringLiteral("Rows: 7, people: 7, matched: 0, new members: 7, merges: 0")));
    CHECK(run.out.contains(QStringLiteral("new member: Pedro García Simón <pgsimon@spain.es>")));
    CHECK(run.out.contains(QStringLiteral("Event: #1 \"Scrum Meeting\" 2022-11-14 09:29, 21 min (new, held)")));
    CHECK(run.out.contains(QStringLiteral("7 attendance rows, 7 new members")));

    const QByteArray after = fileDigest(plan);
    const Run again = runCultivate(importArgs(plan, "attendance", teamsSample(QStringLiteral("IDL-14-11-22.csv"))));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already imported")));
    CHECK(again.err.isEmpty());
    CHECK(fileDigest(plan) == after);

    // The next day's report knows the same people by their email.
    const Run next = runCultivate(importArgs(plan, "attendance", teamsSample(QStringLiteral("IDL-15-11-22.csv"))));
    REQUIRE(next.exitCode == 0);
    CHECK(next.out.contains(QStringLiteral("Rows: 8, people: 8, matched: 6, new members: 2, merges: 0")));

    const Run check = runCultivate({QStringLiteral("check"), plan});
    CHECK(check.out.contains(QStringLiteral("attendance: 15")));
    CHECK(check.out.contains(QStringLiteral("member: 9")));
    CHECK(check.out.contains(QStringLiteral("event: 2")));
}

TEST_CASE("cultivate import --dry-run shows the import and writes nothing")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    const QByteArray before = fileDigest(plan);
    const Run run = runCultivate(importArgs(
        plan, "attendance", importFixture(QStringLiteral("zoom-rejoins-renamed.csv")), {QStringLiteral("--dry-run")}));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Zoom participant report")));
    CHECK(run.out.contains(QStringLiteral("Event: \"zoom-rejoins-renamed\" 2026-05-07 14:00, 60 min (new, held)")));
    CHECK(run.out.contains(QStringLiteral("Dry run: nothing written.")));
    CHECK(fileDigest(plan) == before);
}

TEST_CASE("cultivate import of broken files exits 1 naming the file and the line where one means something, and "
          "changes nothing")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    requireRefusedLine(importArgs(plan, "attendance", importFixture(QStringLiteral("zoom-bad-duration.csv"))), plan,
                       QStringLiteral("zoom-bad-duration.csv"), 6);
    requireRefusedLine(importArgs(plan, "members", importFixture(QStringLiteral("members-unterminated-quote.csv"))),
                       plan, QStringLiteral("members-unterminated-quote.csv"), 5);
    requireRefusedLine(importArgs(plan, "members", importFixture(QStringLiteral("members-quoted-newline.csv"))), plan,
                       QStringLiteral("members-quoted-newline.csv"), 7);
    requireRefusedLine(importArgs(plan, "attendance", importFixture(QStringLiteral("empty.csv"))), plan,
                       QStringLiteral("empty.csv"), 0);
    requireRefusedLine(importArgs(plan, "attendance", importFixture(QStringLiteral("teams-bad-date.csv"))), plan,
                       QStringLiteral("teams-bad-date.csv"), 10);
    requireRefusedLine(importArgs(plan, "attendance", importFixture(QStringLiteral("generic-no-date.csv"))), plan,
                       QStringLiteral("generic-no-date.csv"), 0);
}

TEST_CASE("cultivate import refuses a missing CSV, a missing plan and a missing event with exit 1")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    const QByteArray before = fileDigest(plan);
    Run run = runCultivate(importArgs(plan, "members", dir.filePath(QStringLiteral("nope.csv"))));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("nope.csv")));
    run = runCultivate(importArgs(dir.filePath(QStringLiteral("absent.cop")), "members",
                                  importFixture(QStringLiteral("members-basic.csv"))));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("absent.cop")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("absent.cop"))));
    run = runCultivate(importArgs(plan, "attendance", importFixture(QStringLiteral("zoom-with-preamble.csv")),
                                  {QStringLiteral("--event"), QStringLiteral("77")}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no event with id 77")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(fileDigest(plan) == before);
}

TEST_CASE("cultivate import usage errors exit 2")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    const QString csv = importFixture(QStringLiteral("members-basic.csv"));
    requireUsageError({QStringLiteral("import"), plan}, plan);
    requireUsageError(importArgs(plan, "people", csv), plan);
    requireUsageError(importArgs(plan, "attendance", csv, {QStringLiteral("--format"), QStringLiteral("webex")}), plan);
    requireUsageError(importArgs(plan, "members", csv, {QStringLiteral("--format"), QStringLiteral("zoom")}), plan);
    requireUsageError(importArgs(plan, "attendance", csv, {QStringLiteral("--event"), QStringLiteral("first")}), plan);
    requireUsageError(importArgs(plan, "members", csv, {QStringLiteral("--event"), QStringLiteral("1")}), plan);
    const Run run = runCultivate(importArgs(plan, "members", csv, {QStringLiteral("--bogus")}));
    CHECK(run.exitCode == 2);
}

TEST_CASE("cultivate import of a member list then an attendance list with --event matches the people")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    Run run = runCultivate(importArgs(plan, "members", importFixture(QStringLiteral("members-basic.csv"))));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("member list (UTF-8, comma-separated)")));
    CHECK(run.out.contains(QStringLiteral("4 new members, 0 members updated")));

    // An event to attach to: the one a Zoom report creates.
    run = runCultivate(importArgs(plan, "attendance", importFixture(QStringLiteral("zoom-without-preamble.csv"))));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("matched: 2, new members: 0")));
    run = runCultivate(importArgs(
        plan, "attendance", importFixture(QStringLiteral("generic-semicolon-decimal.csv")),
        {QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("generic")}));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Event: #1")));
    CHECK(run.out.contains(QStringLiteral("(chosen, held)")));
    // Chiara's 13 minutes are fewer than the 65 the event has: only Amara's row changes.
    CHECK(run.out.contains(QStringLiteral("1 attendance rows, 0 new members")));
}

TEST_CASE("cultivate export csv writes each table that import and spreadsheets read")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    REQUIRE(runCultivate(importArgs(plan, "attendance", teamsSample(QStringLiteral("IDL-16-11-22.csv")))).exitCode ==
            0);
    for (const char *table : {"members", "events", "attendance", "attendance-rows", "contributions", "resources"}) {
        const QString out = dir.filePath(QString::fromLatin1(table) + QStringLiteral(".csv"));
        const Run run = runCultivate({QStringLiteral("export"), plan, QStringLiteral("csv"), QString::fromLatin1(table),
                                      QStringLiteral("-o"), out});
        INFO(table << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(readFile(out).startsWith("\xEF\xBB\xBF"));
    }
    const QString matrix = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("attendance.csv"))));
    CHECK(matrix.contains(QStringLiteral("Scrum Meeting (2022-11-16 09:21)")));
    CHECK(matrix.contains(QStringLiteral(",Pedro García Simón,member,9,0.00\r\n")));

    const Run bad = runCultivate({QStringLiteral("export"), plan, QStringLiteral("csv"), QStringLiteral("people"),
                                  QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csv"))});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("attendance-rows")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
    const Run missing = runCultivate({QStringLiteral("export"), plan, QStringLiteral("csv"), QStringLiteral("-o"),
                                      dir.filePath(QStringLiteral("y.csv"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cultivate import --encoding reads a Windows-1250 list as asked, and the dry run lists each member")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    const QString csv = importFixture(QStringLiteral("members-pl-cs-cp1250.csv"));
    Run run = runCultivate(importArgs(plan, "members", csv, {QStringLiteral("--dry-run")}));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("(Windows-1250, semicolon-separated)")));
    CHECK(run.out.contains(QStringLiteral("new member: Łukasz Wróbel <lukasz.wrobel@example.org>")));
    run = runCultivate(importArgs(
        plan, "members", csv, {QStringLiteral("--dry-run"), QStringLiteral("--encoding"), QStringLiteral("cp1252")}));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("new member: £ukasz Wróbel")));
    requireUsageError(importArgs(plan, "members", csv, {QStringLiteral("--encoding"), QStringLiteral("klingon")}),
                      plan);

    // Imported, then a changed list: the dry run names what changes, field by field.
    REQUIRE(runCultivate(importArgs(plan, "members", csv)).exitCode == 0);
    QFile changed(dir.filePath(QStringLiteral("changed.csv")));
    REQUIRE(changed.open(QIODevice::WriteOnly));
    changed.write("Name,Email,Organisation\n"
                  "\xc5\x81ukasz Wr\xc3\xb3"
                  "bel,lukasz.wrobel@example.org,Fundacja Nowa\n"
                  "Zden\xc4\x9bk \xc5\xa0\xc5\xa5"
                  "astn\xc3\xbd,zdenek.stastny@example.org,M\xc4\x9bstsk\xc3\xbd \xc3\xba\xc5\x99"
                  "ad T\xc5\x99"
                  "ebovice\n");
    changed.close();
    run = runCultivate(importArgs(plan, "members", changed.fileName(), {QStringLiteral("--dry-run")}));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(
        "update member #1 Łukasz Wróbel: organisation: \"Fundacja Źródło Danych\" -> \"Fundacja Nowa\"")));
    CHECK(run.out.contains(QStringLiteral("unchanged member #2 Zdeněk Šťastný")));
}

TEST_CASE("cultivate import --map names the columns of a list no rule recognises")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    QFile csv(dir.filePath(QStringLiteral("liste.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("Wer;Mail-Adresse;Abteilung\nAnna Berg;anna@example.org;Nord\n");
    csv.close();
    Run run = runCultivate(importArgs(plan, "members", csv.fileName(), {QStringLiteral("--dry-run")}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no name or email column")));
    run = runCultivate(importArgs(plan, "members", csv.fileName(),
                                  {QStringLiteral("--map"), QStringLiteral("name=Wer,email=Mail-Adresse")}));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Ignored columns: Abteilung")));
    CHECK(run.out.contains(QStringLiteral("new member: Anna Berg <anna@example.org>")));
    requireUsageError(importArgs(plan, "members", csv.fileName(), {QStringLiteral("--map"), QStringLiteral("Wer")}),
                      plan);
}

TEST_CASE("cultivate import says nothing new for a re-downloaded report and names a PDF for what it is")
{
    QTemporaryDir dir;
    const QString plan = newPlan(dir);
    const QString report = importFixture(QStringLiteral("zoom-names-pronouns-guests.csv"));
    REQUIRE(runCultivate(importArgs(plan, "attendance", report)).exitCode == 0);
    QFile original(report);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes.replace("\n", "\r\n");
    QFile again(dir.filePath(QStringLiteral("zoom (1).csv")));
    REQUIRE(again.open(QIODevice::WriteOnly));
    again.write(bytes);
    again.close();
    const QByteArray before = fileDigest(plan);
    const Run run = runCultivate(importArgs(plan, "attendance", again.fileName()));
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("zoom (1).csv: nothing new")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Imported")));
    CHECK(fileDigest(plan) == before);

    requireRefusedLine(importArgs(plan, "attendance", importFixture(QStringLiteral("bad-attendance-printout.pdf"))),
                       plan, QStringLiteral("bad-attendance-printout.pdf"), 0);
}
