// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/importers/csvreader.h"

#include <QByteArray>
#include <QStringList>

namespace cultivate {

// What a workbook holds besides the table read from it.
struct WorkbookInfo {
    QStringList sheets; // every sheet's name, in the workbook's order
};

// True when the bytes are a zip archive holding an Office Open XML workbook (.xlsx, .xlsm).
bool isXlsxWorkbook(const QByteArray &bytes);
// True when the bytes are a zip archive holding an OpenDocument spreadsheet (.ods).
bool isOdsSpreadsheet(const QByteArray &bytes);

// Reads the first sheet of an .xlsx workbook as a table: one record per row, `line` the row's
// number in the sheet, cells in column order (missing cells empty), shared strings (rich text
// joined), inline strings, numbers and booleans as the cell stores them, and numbers shown as dates
// (their style's number format) as ISO dates.
// A small reader of its own: zip entries stored or deflated (zlib), their sizes capped, XML read
// with QXmlStreamReader. InvalidInput with a message for people when the workbook cannot be read.
Result<CsvTable> readXlsxFirstSheet(const QByteArray &bytes, WorkbookInfo *info = nullptr);

} // namespace cultivate
