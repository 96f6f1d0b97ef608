// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cultivate {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };

// A short name for people and for the import record: "UTF-8", "UTF-16LE", "Windows-1252"…
QString encodingName(TextEncoding encoding);

struct DecodedText {
    QString text; // without the byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

// Decodes the bytes of a text file whose encoding nobody states: a byte-order mark wins; then
// UTF-16 without a mark (recognised by its zero bytes); then valid UTF-8; anything else is read as
// Windows-1252, the encoding Excel uses for "CSV" on Western Windows. Never fails: every byte
// sequence is valid Windows-1252.
DecodedText decodeText(const QByteArray &bytes);

} // namespace cultivate
