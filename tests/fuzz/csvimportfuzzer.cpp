// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through everything an import does before it touches a plan, and checks
// the promises the rest of the importer relies on. Any crash, sanitizer report or broken promise
// (abort) is a finding.
#include "core/importers/csvreader.h"
#include "core/importers/filekind.h"
#include "core/importers/importformat.h"
#include "core/importers/personname.h"
#include "core/importers/reportparsers.h"
#include "core/importers/textdecoding.h"
#include "core/importers/xlsxreader.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace cultivate;

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

// Every problem names a line of the file (0: the file as a whole) and says something.
void checkIssues(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &issue : issues)
        require(issue.line >= 0 && !issue.message.isEmpty());
}

// A name taken apart never grows beyond what case mapping allows.
void checkNames(const CsvTable &table)
{
    int checked = 0;
    for (const CsvRecord &record : table.records) {
        for (const QString &field : record.fields) {
            if (++checked > 200)
                return;
            const DisplayName name = parseDisplayName(field, checked % 2 == 0);
            // Case mapping may lengthen a letter ("İ"), never more than twice over.
            require(name.name.size() <= 2 * field.size());
            require(name.fullName().size() <= 2 * field.size());
            (void)isPhoneCaller(field);
        }
    }
}

void checkTable(const CsvTable &table, qsizetype textSize)
{
    int previous = 0;
    for (const CsvRecord &record : table.records) {
        require(record.line > previous); // one record per line start, in order
        require(record.fields.size() <= textSize + 1);
        previous = record.line;
    }
}

void parseEverything(const CsvTable &table)
{
    (void)detectFormat(table, QStringLiteral("2027-03-09 14_00 Fuzz - Attendance Report.csv"));
    (void)recogniseOtherExport(table);
    checkNames(table);
    // A column mapping from the table's own first row: every column given some role.
    ParseOptions options;
    options.fileName = QStringLiteral("2027-03-09 14_00 Fuzz - Attendance Report.csv");
    if (!table.records.isEmpty()) {
        const QList<ColumnRole> roles = choosableRoles(ImportKind::Attendance);
        const CsvRecord &first = table.records.constFirst();
        for (qsizetype i = 0; i < first.fields.size() && i < 8; ++i)
            options.overrides.append({roles.value(i % roles.size()), first.fields[i]});
    }
    for (ImportFormat format : {ImportFormat::Zoom, ImportFormat::Teams, ImportFormat::Generic}) {
        for (const ParseOptions &parse : {ParseOptions{}, options}) {
            const AttendanceReport report = parseAttendance(table, format, parse);
            checkIssues(report.errors);
            checkIssues(report.warnings);
            for (const ReportPerson &p : report.people) {
                require(!p.lines.isEmpty());
                require(!p.seconds || *p.seconds >= 0);
            }
            for (const ColumnInfo &c : report.columns)
                require(c.index >= 0);
        }
    }
    const MemberList members = parseMemberList(table);
    checkIssues(members.errors);
    for (const MemberRow &row : members.rows)
        require(!row.member.name.trimmed().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 1 << 16)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // A workbook: its first sheet, read safely or refused with a message.
    if (detectFileKind(bytes) == FileKind::XlsxWorkbook || bytes.startsWith("PK")) {
        auto sheet = readXlsxFirstSheet(bytes);
        if (sheet.ok()) {
            checkTable(sheet.value(), std::max<qsizetype>(bytes.size(), 16384)); // at most Excel's 16,384 columns
            parseEverything(sheet.value());
        } else {
            require(sheet.code() == ErrorCode::InvalidInput && !sheet.error().message.isEmpty());
        }
    }
    (void)describeUnreadableFile(detectFileKind(bytes));
    // Every code page the user may choose decodes anything.
    const QList<TextEncoding> encodings = selectableEncodings();
    if (!bytes.isEmpty())
        (void)decodeText(bytes, encodings.value(static_cast<unsigned char>(bytes.at(0)) % encodings.size()));
    const DecodedText decoded = decodeText(bytes);
    int errorLine = 0;
    auto table = readCsv(decoded.text, std::nullopt, &errorLine);
    if (table.ok()) {
        checkTable(table.value(), decoded.text.size());
        parseEverything(table.value());
    } else {
        require(table.code() == ErrorCode::InvalidInput && errorLine >= 1);
    }
    for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        auto forced = readCsv(decoded.text, delimiter);
        if (forced.ok())
            checkTable(forced.value(), decoded.text.size());
    }
    return 0;
}
