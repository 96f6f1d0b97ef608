// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/filekind.h"

#include "core/importers/importtext.h"
#include "core/importers/xlsxreader.h"

#include <QStringConverter>

#include <algorithm>

namespace cultivate {

FileKind detectFileKind(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return FileKind::Pdf;
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileKind::XlsWorkbook;
    if (bytes.startsWith("PK\x03\x04")) {
        if (isXlsxWorkbook(bytes))
            return FileKind::XlsxWorkbook;
        return isOdsSpreadsheet(bytes) ? FileKind::OdsSpreadsheet : FileKind::Zip;
    }
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8"))
        return FileKind::Image;
    // UTF-16 and UTF-32 are full of zero bytes: their byte-order mark or their pattern says so.
    if (QStringConverter::encodingForData(bytes))
        return FileKind::Text;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype zeros = 0;
    qsizetype evenZeros = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0) {
            ++zeros;
            evenZeros += i % 2 == 0 ? 1 : 0;
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            ++controls;
        }
    }
    // UTF-16 without a mark: a zero beside nearly every character, on one side.
    const bool utf16 =
        sample >= 4 && zeros * 10 >= sample * 4 && (evenZeros * 10 <= zeros || evenZeros * 10 >= zeros * 9);
    if (utf16)
        return FileKind::Text;
    if (zeros > 0 || controls * 20 > sample)
        return FileKind::Binary;
    return FileKind::Text;
}

QString describeUnreadableFile(FileKind kind)
{
    switch (kind) {
    case FileKind::Text:
    case FileKind::XlsxWorkbook:
        return {};
    case FileKind::Pdf:
        return ImportText::tr("this is a PDF document, not a data file: download the attendance report or the "
                              "member list as CSV or .xlsx (Teams: Download, Zoom: Export) and import that.");
    case FileKind::XlsWorkbook:
        return ImportText::tr("this is an Excel 97–2003 workbook (.xls): open it in Excel or LibreOffice and save "
                              "it as .xlsx or CSV, then import that.");
    case FileKind::OdsSpreadsheet:
        return ImportText::tr("this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV, then import "
                              "that.");
    case FileKind::Image:
        return ImportText::tr("this is a picture, not a data file: choose the .csv or .xlsx export of the report.");
    case FileKind::Zip:
        return ImportText::tr("this is a zip archive: unpack it and import the .csv or .xlsx file inside.");
    case FileKind::Binary:
        return ImportText::tr("this is not a text file (it contains binary data): choose the .csv or .xlsx export "
                              "of the report.");
    }
    return {};
}

} // namespace cultivate
