// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through everything an import does before it touches a plan, and checks
// the promises the rest of the importer relies on. Any crash, sanitizer report or broken promise
// (abort) is a finding.
#include "core/importers/csvreader.h"
#include "core/importers/importformat.h"
#include "core/importers/reportparsers.h"
#include "core/importers/textdecoding.h"

#include <cstdint>
#include <cstdlib>

using namespace cultivate;

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

// Every problem names a line of the file and says something.
void checkIssues(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &issue : issues)
        require(issue.line >= 1 && !issue.message.isEmpty());
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
    (void)detectFormat(table);
    for (ImportFormat format : {ImportFormat::Zoom, ImportFormat::Teams, ImportFormat::Generic}) {
        const AttendanceReport report = parseAttendance(table, format);
        checkIssues(report.errors);
        checkIssues(report.warnings);
        for (const ReportPerson &p : report.people) {
            require(!p.lines.isEmpty());
            require(!p.seconds || *p.seconds >= 0);
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
