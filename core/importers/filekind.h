// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cultivate {

// What a file is by its content, whatever its name says.
enum class FileKind {
    Text,         // a text file (CSV, tab-separated…)
    XlsxWorkbook, // an Excel workbook (.xlsx): readable
    XlsWorkbook,  // an Excel 97–2003 workbook (.xls) or another old Office file
    OdsSpreadsheet,
    Pdf,
    Image,
    Zip,    // another zip archive
    Binary, // anything else that is not text
};

FileKind detectFileKind(const QByteArray &bytes);

// What a facilitator should hear about a file that is not one to import (empty for Text and
// XlsxWorkbook): "this is a PDF document, not a data file: download the attendance report or the
// member list as CSV or .xlsx (Teams: Download, Zoom: Export) and import that."
QString describeUnreadableFile(FileKind kind);

} // namespace cultivate
