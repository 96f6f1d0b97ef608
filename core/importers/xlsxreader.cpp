// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/xlsxreader.h"

#include "core/importers/importtext.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cultivate {

namespace {

// No part of a member list or an attendance report comes near this: larger parts are refused
// rather than inflated (a "zip bomb" stops here).
constexpr qint64 MaxPartBytes = 64 * 1024 * 1024;
constexpr int MaxEntries = 4096;
constexpr int MaxColumns = 16384; // Excel's own limit (XFD)
constexpr int MaxRows = 1048576;

quint32 le32(QByteArrayView bytes, qsizetype at)
{
    if (at < 0 || at + 4 > bytes.size())
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 le16(QByteArrayView bytes, qsizetype at)
{
    if (at < 0 || at + 2 > bytes.size())
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data() + at);
    return quint16(p[0] | p[1] << 8);
}

struct ZipEntry {
    QString name;
    quint16 method = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 localHeader = 0;
};

// The central directory of a zip archive; empty when there is none to read.
QList<ZipEntry> zipEntries(QByteArrayView bytes)
{
    constexpr quint32 EndSignature = 0x06054b50;
    constexpr quint32 EntrySignature = 0x02014b50;
    const qsizetype earliest = std::max<qsizetype>(0, bytes.size() - 22 - 65535);
    qsizetype end = -1;
    for (qsizetype at = bytes.size() - 22; at >= earliest; --at) {
        if (le32(bytes, at) == EndSignature) {
            end = at;
            break;
        }
    }
    QList<ZipEntry> entries;
    if (end < 0)
        return entries;
    const int count = le16(bytes, end + 10);
    qsizetype at = le32(bytes, end + 16);
    for (int i = 0; i < count && i < MaxEntries; ++i) {
        if (le32(bytes, at) != EntrySignature)
            break;
        ZipEntry e;
        e.method = le16(bytes, at + 10);
        e.compressedSize = le32(bytes, at + 20);
        e.size = le32(bytes, at + 24);
        const int nameLength = le16(bytes, at + 28);
        const int extraLength = le16(bytes, at + 30);
        const int commentLength = le16(bytes, at + 32);
        e.localHeader = le32(bytes, at + 42);
        if (at + 46 + nameLength > bytes.size())
            break;
        e.name = QString::fromUtf8(bytes.sliced(at + 46, nameLength));
        entries.append(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

// The uncompressed bytes of an entry; nullopt when it cannot be read.
std::optional<QByteArray> entryData(QByteArrayView bytes, const ZipEntry &e)
{
    constexpr quint32 LocalSignature = 0x04034b50;
    const qsizetype local = e.localHeader;
    if (le32(bytes, local) != LocalSignature || e.size > MaxPartBytes)
        return std::nullopt;
    const qsizetype data = local + 30 + le16(bytes, local + 26) + le16(bytes, local + 28);
    if (data < 0 || data + qsizetype(e.compressedSize) > bytes.size())
        return std::nullopt;
    const QByteArrayView compressed = bytes.sliced(data, e.compressedSize);
    if (e.method == 0)
        return compressed.toByteArray();
    if (e.method != 8)
        return std::nullopt;
    QByteArray out(qsizetype(e.size), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const auto produced = qsizetype(stream.total_out);
    inflateEnd(&stream);
    if (result != Z_STREAM_END || produced != out.size())
        return std::nullopt;
    return out;
}

const ZipEntry *findEntry(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

std::optional<QByteArray> part(QByteArrayView bytes, const QList<ZipEntry> &entries, const QString &name)
{
    const ZipEntry *e = findEntry(entries, name);
    return e ? entryData(bytes, *e) : std::nullopt;
}

bool isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

// The text of every <t> inside the current element (a shared string, an inline string), phonetic
// runs left out.
QString elementText(QXmlStreamReader &xml)
{
    QString text;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == endName)
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            xml.skipCurrentElement();
        else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return text;
}

QStringList sharedStrings(const QByteArray &xmlBytes)
{
    QStringList strings;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(elementText(xml));
    }
    return strings;
}

// "B5" -> 1 (zero-based column); -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

// Which cell styles show a date: cellXfs entries whose number format is one of Excel's built-in
// date formats (14–22, 45–47) or a custom format with day, month or year codes.
QList<bool> dateStyles(const QByteArray &stylesXml)
{
    QHash<int, bool> customIsDate;
    QList<bool> styles;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            QString code = xml.attributes().value(QLatin1String("formatCode")).toString().toLower();
            code.remove(QRegularExpression(QStringLiteral(R"("[^"]*"|\[[^\]]*\])")));
            const bool date = code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d')) ||
                              (code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('h')) &&
                               !code.contains(QLatin1Char('s')));
            customIsDate.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(), date);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles.append((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || customIsDate.value(id, false));
        }
    }
    return styles;
}

// Excel's serial day number (1900 date system) as an ISO date, with the time when there is one.
QString serialDate(const QString &value)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok || serial < 1 || serial > 2958465)
        return value;
    const QDate date = QDate(1899, 12, 30).addDays(static_cast<qint64>(serial));
    const int seconds = static_cast<int>(std::lround((serial - std::floor(serial)) * 86400.0));
    if (seconds == 0 || seconds >= 86400)
        return date.toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

bool isXlsxWorkbook(const QByteArray &bytes)
{
    return isZip(bytes) && findEntry(zipEntries(bytes), QStringLiteral("xl/workbook.xml")) != nullptr;
}

bool isOdsSpreadsheet(const QByteArray &bytes)
{
    return isZip(bytes) && bytes.mid(30, 100).contains("application/vnd.oasis.opendocument.spreadsheet");
}

Result<CsvTable> readXlsxFirstSheet(const QByteArray &bytes, WorkbookInfo *info)
{
    const auto unreadable = [] {
        return makeError(ErrorCode::InvalidInput,
                         ImportText::tr("the Excel workbook cannot be read (it may be damaged or protected): "
                                        "save it from Excel as CSV and import that"));
    };
    const QList<ZipEntry> entries = zipEntries(bytes);
    const auto workbook = part(bytes, entries, QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return unreadable();

    // The first sheet and where its part is.
    QStringList sheetNames;
    QString firstSheetId;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                sheetNames.append(xml.attributes().value(QLatin1String("name")).toString());
                if (firstSheetId.isEmpty()) {
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == QLatin1String("id"))
                            firstSheetId = a.value().toString();
                    }
                }
            }
        }
    }
    if (info)
        info->sheets = sheetNames;
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (const auto rels = part(bytes, entries, QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship") &&
                xml.attributes().value(QLatin1String("Id")) == firstSheetId) {
                const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
    }
    const auto sheet = part(bytes, entries, sheetPath);
    if (!sheet)
        return unreadable();
    QStringList strings;
    if (const auto shared = part(bytes, entries, QStringLiteral("xl/sharedStrings.xml")))
        strings = sharedStrings(*shared);
    QList<bool> dates;
    if (const auto styles = part(bytes, entries, QStringLiteral("xl/styles.xml")))
        dates = dateStyles(*styles);

    CsvTable table;
    table.delimiter = QLatin1Char('\t');
    QXmlStreamReader xml(*sheet);
    CsvRecord *row = nullptr;
    int nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            if (!ok || number < nextRow || number > MaxRows)
                number = nextRow;
            // Rows the sheet leaves out are a blank line of the table (one is enough to part sections).
            if (nextRow < number)
                table.records.append(CsvRecord{nextRow, {}});
            table.records.append(CsvRecord{number, {}});
            row = &table.records.last();
            nextRow = number + 1;
        } else if (xml.name() == QLatin1String("c") && row) {
            const QXmlStreamAttributes attributes = xml.attributes();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = static_cast<int>(row->fields.size());
            if (column >= MaxColumns)
                return unreadable();
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            if (type == QLatin1String("inlineStr")) {
                value = elementText(xml);
            } else {
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                    if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                        value = xml.readElementText();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                        value = elementText(xml);
                }
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    value = ok ? strings.value(index) : QString();
                } else if (type == QLatin1String("b")) {
                    value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if ((type.isEmpty() || type == QLatin1String("n")) && !value.isEmpty() &&
                           dates.value(attributes.value(QLatin1String("s")).toInt(), false)) {
                    value = serialDate(value); // a number shown as a date
                }
            }
            while (row->fields.size() < column)
                row->fields.append(QString());
            if (row->fields.size() == column)
                row->fields.append(value);
            else
                row->fields[column] = value;
        }
    }
    if (xml.hasError())
        return unreadable();
    return table;
}

} // namespace cultivate
