// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export (SPEC §6): RFC 4180, UTF-8 with a BOM, formula cells neutralised, atomic writes; and
// what it writes reads back through the importer's own reader.
#include "importtestsupport.h"

#include "core/export/csvexport.h"
#include "sampleplan.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QDateTime at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi));
}

QList<QStringList> exported(const Plan &plan, CsvExportTable table)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE_OK(exportCsvTable(plan, table, path));
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const DecodedText decoded = decodeText(bytes);
    REQUIRE(decoded.encoding == TextEncoding::Utf8Bom);
    auto csv = readCsv(decoded.text, QLatin1Char(','));
    REQUIRE_OK(csv);
    QList<QStringList> rows;
    for (const CsvRecord &r : csv.value().records)
        rows.append(r.fields);
    return rows;
}

} // namespace

TEST_CASE("CSV cells for export and re-import are quoted by RFC 4180 and formula triggers are neutralised")
{
    CHECK(csvCell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvCell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(csvCell(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csvCell(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(csvCell(QStringLiteral("=SUM(A1:A9)")) == QStringLiteral("'=SUM(A1:A9)"));
    CHECK(csvCell(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(csvCell(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(csvCell(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(csvCell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(csvCell(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
    CHECK(csvCell(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    CHECK(csvCell(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(csvRecord({QStringLiteral("a"), QString(), QStringLiteral("c")}) == QStringLiteral("a,,c\r\n"));
    CHECK(csvDocument({{QStringLiteral("é")}}) == QByteArray("\xEF\xBB\xBF\xC3\xA9\r\n"));
}

TEST_CASE("a CSV export of the members table re-imports as the same people")
{
    auto plan = importPlan();
    Member tricky;
    tricky.name = QStringLiteral("=cmd|' /C calc'!A0");
    tricky.email = QStringLiteral("tricky@x.example");
    tricky.notes = QStringLiteral("line one\nline \"two\", with comma");
    tricky.aliases = {QStringLiteral("T1"), QStringLiteral("T2")};
    REQUIRE_OK(plan->add(tricky));
    const QList<QStringList> rows = exported(*plan, CsvExportTable::Members);
    REQUIRE(rows.size() == 9);
    CHECK(rows[0].mid(0, 5) == QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                                           QStringLiteral("organisation"), QStringLiteral("role")});
    CHECK(rows[1][1] == QStringLiteral("Amara Okafor"));
    CHECK(rows[1][4] == QStringLiteral("facilitator"));
    CHECK(rows[8][1] == QStringLiteral("'=cmd|' /C calc'!A0"));
    CHECK(rows[8][7] == QStringLiteral("T1; T2"));
    CHECK(rows[8][11] == QStringLiteral("line one\nline \"two\", with comma"));

    // The export is itself a member list the importer reads.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    REQUIRE_OK(exportCsvTable(*plan, CsvExportTable::Members, path));
    auto other = importPlan();
    const ImportPreview p = previewFile(*other, path, ImportKind::Members);
    INFO(p.firstErrorMessage().toStdString());
    REQUIRE_FALSE(p.hasErrors());
    CHECK(p.matchedCount() == 7);
    CHECK(p.newMemberCount() == 1);
}

TEST_CASE("a CSV export of the attendance matrix after an import shows minutes, rates and turnout")
{
    auto plan = importPlan();
    auto preview = previewImport(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")), ImportOptions{});
    REQUIRE_OK(preview);
    auto outcome = commitImport(*plan, preview.value());
    REQUIRE_OK(outcome);
    // A second held event that only Amara attended, briefly; a planned one that is not a column.
    Event e;
    e.title = QStringLiteral("Follow-up");
    e.start = at(2026, 4, 1, 10, 0);
    e.durationMinutes = 60;
    e.status = EventStatus::Held;
    const Id followUp = plan->add(e).value();
    e.title = QStringLiteral("Future");
    e.status = EventStatus::Planned;
    REQUIRE_OK(plan->add(e));
    REQUIRE_OK(plan->add(Attendance{
        0, followUp, memberIdByName(*plan, QStringLiteral("Amara Okafor")), AttendanceStatus::Present, 20, {}}));

    const QList<QStringList> rows = exported(*plan, CsvExportTable::Attendance);
    REQUIRE(rows.size() == 1 + 7 + 1);
    CHECK(rows[0] == QStringList{QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("role"),
                                 QStringLiteral("Data Stewards Monthly (2026-03-12 16:00)"),
                                 QStringLiteral("Follow-up (2026-04-01 10:00)"), QStringLiteral("attendance_rate")});
    const auto rowOf = [&rows](const QString &name) {
        for (const QStringList &r : rows) {
            if (r.value(1) == name)
                return r;
        }
        FAIL("no row for " << name.toStdString());
        return QStringList();
    };
    // Bram: 54 of 63 minutes, credited; absent from the follow-up.
    CHECK(rowOf(QStringLiteral("Bram de Vries")) == QStringList{QStringLiteral("2"), QStringLiteral("Bram de Vries"),
                                                                QStringLiteral("member"), QStringLiteral("54"),
                                                                QString(), QStringLiteral("0.50")});
    // Dmitri: 15 of 63 minutes is under the 50% threshold.
    CHECK(rowOf(QStringLiteral("Dmitri Volkov")).value(3) == QStringLiteral("15"));
    CHECK(rowOf(QStringLiteral("Dmitri Volkov")).value(5) == QStringLiteral("0.00"));
    // Amara (facilitator): 20 of 60 at the follow-up is not credited either.
    CHECK(rowOf(QStringLiteral("Amara Okafor")).value(4) == QStringLiteral("20"));
    // Turnout counts members, champions, experts and guests: 6 of them; Chiara and Bram credited.
    CHECK(rows.last() == QStringList{QString(), QStringLiteral("turnout"), QString(), QStringLiteral("0.33"),
                                     QStringLiteral("0.00"), QString()});
}

TEST_CASE("a CSV export of attendance rows names the event, the member and the imported file")
{
    auto plan = importPlan();
    auto preview = previewImport(*plan, importFixture(QStringLiteral("zoom-with-preamble.csv")), ImportOptions{});
    REQUIRE_OK(preview);
    REQUIRE_OK(commitImport(*plan, preview.value()));
    const QList<QStringList> rows = exported(*plan, CsvExportTable::AttendanceRows);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList{QStringLiteral("event_id"), QStringLiteral("event"), QStringLiteral("event_start"),
                                 QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("status"),
                                 QStringLiteral("minutes"), QStringLiteral("imported_from")});
    CHECK(rows[1].value(1) == QStringLiteral("Data Stewards Monthly"));
    CHECK(rows[1].value(2) == QStringLiteral("2026-03-12T16:00:00"));
    CHECK(rows[1].value(5) == QStringLiteral("present"));
    CHECK(rows[1].value(7) == QStringLiteral("zoom-with-preamble.csv"));
}

TEST_CASE("a CSV export of events, contributions and resources writes every row with the keys import uses")
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    auto plan = samplePlan(clock);
    const QList<QStringList> events = exported(*plan, CsvExportTable::Events);
    CHECK(events.size() == 1 + plan->list<Event>().value().size());
    CHECK(events[0].value(2) == QStringLiteral("kind"));
    CHECK(events[1].value(8) == QStringLiteral("planned"));

    const QList<QStringList> contributions = exported(*plan, CsvExportTable::Contributions);
    REQUIRE(contributions.size() == 2);
    CHECK(contributions[1].value(3) == QStringLiteral("Noor Haddad"));
    CHECK(contributions[1].value(4) == QStringLiteral("answer"));
    CHECK_FALSE(contributions[1].value(5).isEmpty()); // the kind's weight

    const QList<QStringList> resources = exported(*plan, CsvExportTable::Resources);
    REQUIRE(resources.size() == 2);
    CHECK(resources[1].value(1) == QStringLiteral("Guide"));
    CHECK(resources[1].value(5) == QStringLiteral("Noor Haddad"));
    CHECK(resources[1].value(7) == QStringLiteral("intro"));
    CHECK(resources[1].value(8) == QStringLiteral("public"));
}

TEST_CASE("a CSV export that cannot be written leaves no file and names the path (import and export)")
{
    auto plan = importPlan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.csv"));
    auto r = exportCsvTable(*plan, CsvExportTable::Members, path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Io);
    CHECK(r.error().message.contains(QStringLiteral("out.csv")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("CSV export table keys for import and export scripts are stable")
{
    CHECK(csvExportTableKeys() == QStringList{QStringLiteral("members"), QStringLiteral("events"),
                                              QStringLiteral("attendance"), QStringLiteral("attendance-rows"),
                                              QStringLiteral("contributions"), QStringLiteral("resources")});
    for (const QString &key : csvExportTableKeys())
        CHECK(csvExportTableKey(*csvExportTableFromKey(key)) == key);
    CHECK_FALSE(csvExportTableFromKey(QStringLiteral("people")));
}
