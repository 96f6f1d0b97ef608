// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cultivate {

// One record of a CSV file: its fields as written (quotes removed, no trimming) and the 1-based
// physical line on which it starts, for error messages. A blank line is a record with no fields.
struct CsvRecord {
    int line = 0;
    QStringList fields;

    QString field(qsizetype index) const { return fields.value(index); }
    // True when every field is empty or white space (also for a blank line).
    bool isBlank() const;
};

struct CsvTable {
    QChar delimiter = QLatin1Char(',');
    bool sepLine = false;   // the file began with Excel's "sep=X" line (not a record)
    bool truncated = false; // readCsv() stopped at maxRecords: the text goes on
    QList<CsvRecord> records;
};

// The delimiter a text most probably uses: comma, semicolon or tab, whichever separates fields on
// the most lines (quotes respected), then the most often; a comma when none occurs.
QChar detectDelimiter(QStringView text);

// Reads CSV text leniently, the way spreadsheets write it: quoted fields with doubled quotes,
// newlines inside quotes, CRLF, LF or CR line ends, rows of any length. Without `delimiter` it
// honours Excel's "sep=X" first line, else detectDelimiter(). The only error is a quoted field
// that is never closed: ErrorCode::InvalidInput, and *errorLine (when given) is the line where it opens.
// With maxRecords >= 0 it stops after that many records and sets `truncated` when text remains.
Result<CsvTable> readCsv(QStringView text, std::optional<QChar> delimiter = std::nullopt, int *errorLine = nullptr,
                         qsizetype maxRecords = -1);

} // namespace cultivate
