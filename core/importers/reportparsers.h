// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/csvreader.h"
#include "core/importers/importformat.h"
#include "core/model/entities.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cultivate {

// A problem with one line of an imported file (1-based physical line, or the row of a workbook);
// line 0 for a problem with the file as a whole, where no line means anything.
struct ImportIssue {
    int line = 0;
    QString message;
    bool operator==(const ImportIssue &) const = default;
};

// What a parser may be told besides the table: the file's name (Google Meet writes a meeting's
// date and title only there) and the column mapping people chose.
struct ParseOptions {
    QString fileName;
    ColumnOverrides overrides;
};

// One person of an attendance report, all the rows of their rejoins summed.
struct ReportPerson {
    QString name;           // the person's name, decorations removed (parseDisplayName().fullName())
    QStringList otherNames; // other names the rows give: Zoom's original name, a rename
    QString email;
    QString organisation; // "Acme Health" of "Ana Lima | Acme Health"
    bool guest = false;   // the report says so (Zoom "Guest", "(Guest)", "(EXT)", #EXT#, no sign-in)
    bool caller = false;  // a phone or dial-in participant, named by the number or label
    AttendanceStatus status = AttendanceStatus::Present;
    std::optional<qint64> seconds; // time in the meeting, summed over rejoins; unknown if not given
    QDateTime firstJoin;
    QDateTime lastLeave;
    QList<int> lines; // every line the person appears on

    // `seconds` in whole minutes (half a minute rounds up), or nullopt.
    std::optional<int> minutes() const;
    // Every name the person goes by, their name first.
    QStringList names() const;
};

// The meeting an attendance report describes, as far as the report says.
struct Meeting {
    QString title;
    QDateTime start;                     // stated start, else the first join
    QDateTime end;                       // stated end, else the last leave
    std::optional<qint64> statedSeconds; // the duration the report states
    bool startStated = false;

    // The report's own duration, else first join to last leave (whole minutes, rounded).
    std::optional<int> durationMinutes() const;
};

struct AttendanceReport {
    ImportFormat format = ImportFormat::Unknown;
    Meeting meeting;
    QList<ReportPerson> people;
    int rows = 0;               // data rows read (one per join for Zoom)
    QList<ColumnInfo> columns;  // the participant table's columns (the first one, for Zoom webinars)
    QStringList ignoredColumns; // headers no rule recognised, as written
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
};

struct MemberRow {
    int line = 0;
    Member member;           // id 0; name, email, organisation, role, dates, aliases, notes…
    bool roleGiven = false;  // the file has a role for this row
    QList<ColumnRole> given; // the fields this row has a value for
};

struct MemberList {
    QList<MemberRow> rows;
    QList<ColumnInfo> columns;
    QStringList ignoredColumns;
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
};

// The parsers never fail as a whole: every problem is an ImportIssue naming its line, and a report
// with errors must not be imported. Rows for one person (same email, else the same name and no
// other email) are summed. After `maxErrors` errors a parser stops reading.
AttendanceReport parseZoomReport(const CsvTable &table, const ParseOptions &options = {});
AttendanceReport parseTeamsReport(const CsvTable &table, const ParseOptions &options = {});
AttendanceReport parseGenericAttendance(const CsvTable &table, const ParseOptions &options = {});
AttendanceReport parseAttendance(const CsvTable &table, ImportFormat format, const ParseOptions &options = {});
MemberList parseMemberList(const CsvTable &table, const ParseOptions &options = {});

// A file a facilitator may take for an attendance report or a member list but that is another
// export (a Zoom poll report, a bank statement…): what it looks like, in words; empty otherwise.
QString recogniseOtherExport(const CsvTable &table);

} // namespace cultivate
