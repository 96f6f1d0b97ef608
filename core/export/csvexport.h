// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QIODevice;

namespace cultivate {

// One cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break (quotes
// doubled). A cell that starts with = + - @, a tab or a carriage return gets a leading apostrophe
// first, so a spreadsheet shows it as text instead of running it as a formula.
QString csvCell(const QString &value);
// One record: cells joined by commas, ended by CRLF.
QString csvRecord(const QStringList &cells);
// A whole file's bytes: UTF-8 with a byte-order mark (so Excel picks UTF-8), CRLF line ends.
QByteArray csvDocument(const QList<QStringList> &rows);
// Writes rows as csvDocument() does, atomically.
Result<void> writeCsvFile(const QString &path, const QList<QStringList> &rows);

// The plan's tables that export as CSV.
enum class CsvExportTable {
    Members,        // one row per member
    Events,         // one row per event
    Attendance,     // member x held-event matrix, with each member's attendance rate and each event's turnout
    AttendanceRows, // one row per attendance record
    Contributions,  // one row per contribution, with its kind's weight
    Resources,      // one row per resource
};
// "members", "events", "attendance", "attendance-rows", "contributions", "resources".
QString csvExportTableKey(CsvExportTable table);
std::optional<CsvExportTable> csvExportTableFromKey(QStringView key);
QStringList csvExportTableKeys();

// Writes one table (header row first) to `out`, row by row. Enumerations are their stable keys,
// dates ISO 8601. In the attendance matrix a cell is the minutes attended (or "present"), "absent",
// "excused" or empty; rates follow SPEC §5 (credited: present and, when minutes are known, at least
// the plan's threshold share of the event's duration), as decimals from 0 to 1.
Result<void> writeCsvTable(const Plan &plan, CsvExportTable table, QIODevice &out);
// The same into a file, UTF-8 with a byte-order mark, written atomically.
Result<void> exportCsvTable(const Plan &plan, CsvExportTable table, const QString &path);

} // namespace cultivate
