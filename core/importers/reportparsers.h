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

// A problem with one line of an imported file (1-based physical line).
struct ImportIssue {
    int line = 0;
    QString message;
    bool operator==(const ImportIssue &) const = default;
};

// One person of an attendance report, all the rows of their rejoins summed.
struct ReportPerson {
    QString name;         // as the report shows it (first row), decorations kept
    QString originalName; // Zoom's "(Original Name)" of a renamed participant
    QString email;
    bool guest = false; // the report says so (Zoom "Guest", Teams "(Guest)", #EXT#)
    AttendanceStatus status = AttendanceStatus::Present;
    std::optional<qint64> seconds; // time in the meeting, summed over rejoins; unknown if not given
    QDateTime firstJoin;
    QDateTime lastLeave;
    QList<int> lines; // every line the person appears on

    // `seconds` in whole minutes (half a minute rounds up), or nullopt.
    std::optional<int> minutes() const;
    // Every name the person goes by, display name first.
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
    int rows = 0; // data rows read (one per join for Zoom)
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
};

struct MemberRow {
    int line = 0;
    Member member;          // id 0; name, email, organisation, role, dates, aliases, notes…
    bool roleGiven = false; // the file has a role for this row
};

struct MemberList {
    QList<MemberRow> rows;
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
};

// The parsers never fail as a whole: every problem is an ImportIssue naming its line, and a report
// with errors must not be imported. Rows for one person (same email, else same name) are summed.
AttendanceReport parseZoomReport(const CsvTable &table);
AttendanceReport parseTeamsReport(const CsvTable &table);
AttendanceReport parseGenericAttendance(const CsvTable &table);
AttendanceReport parseAttendance(const CsvTable &table, ImportFormat format);
MemberList parseMemberList(const CsvTable &table);

} // namespace cultivate
