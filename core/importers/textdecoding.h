// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cultivate {

// The encodings an imported file may be in: Unicode, and the code pages spreadsheet programs use
// for "CSV" on Windows (Western, Central European, Cyrillic, Greek, Turkish, Baltic) and their
// ISO 8859 cousins.
enum class TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Utf32LE,
    Utf32BE,
    Windows1252,
    Windows1250,
    Windows1251,
    Windows1253,
    Windows1254,
    Windows1257,
    Iso8859_1,
    Iso8859_2,
    Iso8859_5,
    Iso8859_7,
    Iso8859_9,
    Iso8859_15,
    Koi8R,
};

// A short name for people and for the import record: "UTF-8", "UTF-16LE", "Windows-1250"…
QString encodingName(TextEncoding encoding);
// What the encoding is for, for a chooser: "Windows-1250 (Central European: Polish, Czech…)".
QString encodingDescription(TextEncoding encoding);
// Every encoding a user may choose, in the order a chooser lists them.
QList<TextEncoding> selectableEncodings();
// Reads a name as people and programs write it: "utf-8", "UTF8", "cp1250", "windows-1251",
// "latin1", "iso-8859-2", "koi8-r"… (case and punctuation ignored); nullopt for anything else.
std::optional<TextEncoding> encodingFromName(QStringView name);

struct DecodedText {
    QString text; // without the byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

// The encoding of a text file nobody states: a byte-order mark wins; then
// UTF-16 without a mark (recognised by its zero bytes); then valid UTF-8; anything else is read in
// the single-byte code page under which its letters make the most sense (Windows-1252, -1250,
// -1251, ISO 8859-2 or KOI8-R: words in one script, letters of one language, no control
// characters or symbols inside words), judged on the first 256 KiB. The bytes are never decoded
// whole to decide.
TextEncoding detectEncoding(const QByteArray &bytes);
// decodeText(bytes, detectEncoding(bytes)). Never fails.
DecodedText decodeText(const QByteArray &bytes);
// Decodes in the encoding the user chose (a byte-order mark is dropped; bytes invalid in that
// encoding become U+FFFD).
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding);

} // namespace cultivate
