// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/textdecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace cultivate {

namespace {

// UTF-16 text without a byte-order mark is mostly ASCII with a zero byte beside every character;
// which side the zeros fall on gives the byte order.
std::optional<TextEncoding> guessUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == '\0' ? 1 : 0;
        oddZeros += bytes.at(i + 1) == '\0' ? 1 : 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, bool *hadError = nullptr)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (hadError)
        *hadError = decoder.hasError();
    return text;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case TextEncoding::Utf32BE:
        return QStringLiteral("UTF-32BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

DecodedText decodeText(const QByteArray &bytes)
{
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        // The decoders drop a leading byte-order mark themselves.
        QString text = decodeWith(*bom, bytes);
        switch (*bom) {
        case QStringConverter::Utf8:
            return {std::move(text), TextEncoding::Utf8Bom};
        case QStringConverter::Utf16LE:
            return {std::move(text), TextEncoding::Utf16LE};
        case QStringConverter::Utf16BE:
            return {std::move(text), TextEncoding::Utf16BE};
        case QStringConverter::Utf32LE:
            return {std::move(text), TextEncoding::Utf32LE};
        case QStringConverter::Utf32BE:
            return {std::move(text), TextEncoding::Utf32BE};
        default:
            break;
        }
    }
    if (const auto utf16 = guessUtf16(bytes)) {
        const auto encoding = *utf16 == TextEncoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        return {decodeWith(encoding, bytes), *utf16};
    }
    bool invalid = false;
    QString utf8 = decodeWith(QStringConverter::Utf8, bytes, &invalid);
    if (!invalid)
        return {std::move(utf8), TextEncoding::Utf8};

    QStringDecoder windows1252("windows-1252", QStringConverter::Flag::Stateless);
    if (windows1252.isValid())
        return {windows1252.decode(bytes), TextEncoding::Windows1252};
    // Without ICU only Latin-1 is built in; it differs from Windows-1252 only in 0x80–0x9F.
    return {decodeWith(QStringConverter::Latin1, bytes), TextEncoding::Windows1252};
}

} // namespace cultivate
