// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's text decoding and CSV reader, on text written inline.
#include "importtestsupport.h"

#include "core/importers/csvreader.h"
#include "core/importers/textdecoding.h"

using namespace cultivate;

namespace {

CsvTable read(const QString &text, std::optional<QChar> delimiter = std::nullopt)
{
    auto table = readCsv(text, delimiter);
    REQUIRE_OK(table);
    return table.value();
}

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray bytes = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

TEST_CASE("import decoding recognises byte-order marks, UTF-16 without one, UTF-8 and Windows-1252")
{
    const QString text = QStringLiteral("name\nJosé Núñez\n");
    SECTION("UTF-8 with a BOM")
    {
        const DecodedText d = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        CHECK(d.encoding == TextEncoding::Utf8Bom);
        CHECK(d.text == text);
    }
    SECTION("UTF-16LE with a BOM")
    {
        const DecodedText d = decodeText(utf16le(text, true));
        CHECK(d.encoding == TextEncoding::Utf16LE);
        CHECK(d.text == text);
    }
    SECTION("UTF-16BE with a BOM")
    {
        QByteArray bytes("\xFE\xFF", 2);
        for (QChar c : text) {
            bytes.append(static_cast<char>(c.unicode() >> 8));
            bytes.append(static_cast<char>(c.unicode() & 0xFF));
        }
        const DecodedText d = decodeText(bytes);
        CHECK(d.encoding == TextEncoding::Utf16BE);
        CHECK(d.text == text);
    }
    SECTION("UTF-16LE without a BOM")
    {
        const DecodedText d = decodeText(utf16le(text, false));
        CHECK(d.encoding == TextEncoding::Utf16LE);
        CHECK(d.text == text);
    }
    SECTION("valid UTF-8 without a BOM")
    {
        const DecodedText d = decodeText(text.toUtf8());
        CHECK(d.encoding == TextEncoding::Utf8);
        CHECK(d.text == text);
    }
    SECTION("anything else as Windows-1252, including the 0x80-0x9F characters")
    {
        const DecodedText d = decodeText(QByteArray("Jos\xE9 \x93quoted\x94 \x80 10"));
        CHECK(d.encoding == TextEncoding::Windows1252);
        CHECK(d.text == QStringLiteral("José \u201cquoted\u201d \u20ac 10"));
    }
    SECTION("plain ASCII is UTF-8")
    {
        CHECK(decodeText(QByteArray("a,b\n")).encoding == TextEncoding::Utf8);
    }
}

TEST_CASE("the import CSV reader keeps quoted delimiters, doubled quotes and quoted newlines")
{
    const CsvTable t = read(QStringLiteral("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here\n"));
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[1].fields ==
          QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(t.records[0].line == 1);
    CHECK(t.records[1].line == 2);
    CHECK(t.records[2].line == 4); // the quoted newline took a physical line
}

TEST_CASE("the import CSV reader accepts CRLF, LF and lone CR line ends and counts lines for each")
{
    for (const QString &end : {QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r")}) {
        const CsvTable t =
            read(QStringLiteral("a,b") + end + QStringLiteral("1,2") + end + end + QStringLiteral("3,4") + end);
        REQUIRE(t.records.size() == 4);
        CHECK(t.records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("2")});
        CHECK(t.records[2].fields.isEmpty());
        CHECK(t.records[2].isBlank());
        CHECK(t.records[3].line == 4);
    }
}

TEST_CASE("the import CSV reader keeps ragged rows as they are")
{
    const CsvTable t = read(QStringLiteral("a,b,c\n1\n1,2,3,4,5\n,,\n"));
    REQUIRE(t.records.size() == 4);
    CHECK(t.records[1].fields.size() == 1);
    CHECK(t.records[2].fields.size() == 5);
    CHECK(t.records[3].fields.size() == 3);
    CHECK(t.records[3].isBlank());
    CHECK(t.records[1].field(7).isEmpty());
}

TEST_CASE("the import CSV reader reports an unterminated quote with the line where it opens")
{
    int line = 0;
    auto t = readCsv(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n6,7\n"), std::nullopt, &line);
    REQUIRE_FALSE(t.ok());
    CHECK(t.code() == ErrorCode::InvalidInput);
    CHECK(line == 3);
    CHECK(t.error().message.contains(QStringLiteral("line 3")));
}

TEST_CASE("the import CSV reader detects comma, semicolon and tab delimiters")
{
    CHECK(detectDelimiter(QStringLiteral("a,b,c\n1,2,3\n")) == QLatin1Char(','));
    CHECK(detectDelimiter(QStringLiteral("a;b;c\n1;2,5;3\n4;5,5;6\n")) == QLatin1Char(';'));
    CHECK(detectDelimiter(QStringLiteral("a\tb\n1\t14/11/22, 09:30:46\n")) == QLatin1Char('\t'));
    CHECK(detectDelimiter(QStringLiteral("\"a;b\",c\n\"1;2\",3\n")) == QLatin1Char(','));
    CHECK(detectDelimiter(QStringLiteral("just one column\n")) == QLatin1Char(','));
}

TEST_CASE("the import CSV reader honours Excel's sep= line and does not return it as a record")
{
    const CsvTable t = read(QStringLiteral("sep=|\na|b\n1|2\n"));
    CHECK(t.sepLine);
    CHECK(t.delimiter == QLatin1Char('|'));
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("2")});
}

TEST_CASE("the import CSV reader opens a quoted field after leading spaces and keeps text after a closing quote")
{
    const CsvTable t = read(QStringLiteral("a, \"b, c\",\"d\"e,f\"g\"\n"));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields ==
          QStringList{QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("de"), QStringLiteral("f\"g\"")});
}

TEST_CASE("the import CSV reader returns no records for empty text and a blank record for an empty line")
{
    CHECK(read(QString()).records.isEmpty());
    const CsvTable t = read(QStringLiteral("\n"));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields.isEmpty());
}

TEST_CASE("the import CSV reader uses a delimiter it is given instead of detecting one")
{
    const CsvTable t = read(QStringLiteral("a;b,c\n"), QLatin1Char(';'));
    CHECK(t.records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b,c")});
}
