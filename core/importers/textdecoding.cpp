// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace cultivate {

namespace {

struct EncodingInfo {
    TextEncoding encoding;
    const char *name;  // for people
    const char *codec; // for QStringDecoder (ICU names)
    QList<const char *> aliases;
};

const std::array<EncodingInfo, 19> &encodingTable()
{
    static const std::array<EncodingInfo, 19> table{{
        {TextEncoding::Utf8, "UTF-8", "UTF-8", {"utf8"}},
        {TextEncoding::Utf8Bom, "UTF-8 with BOM", "UTF-8", {"utf8bom", "utf8withbom"}},
        {TextEncoding::Utf16LE, "UTF-16LE", "UTF-16LE", {"utf16le", "utf16", "unicode"}},
        {TextEncoding::Utf16BE, "UTF-16BE", "UTF-16BE", {"utf16be"}},
        {TextEncoding::Utf32LE, "UTF-32LE", "UTF-32LE", {"utf32le", "utf32"}},
        {TextEncoding::Utf32BE, "UTF-32BE", "UTF-32BE", {"utf32be"}},
        {TextEncoding::Windows1252, "Windows-1252", "windows-1252", {"windows1252", "cp1252", "ansi"}},
        {TextEncoding::Windows1250, "Windows-1250", "windows-1250", {"windows1250", "cp1250"}},
        {TextEncoding::Windows1251, "Windows-1251", "windows-1251", {"windows1251", "cp1251"}},
        {TextEncoding::Windows1253, "Windows-1253", "windows-1253", {"windows1253", "cp1253"}},
        {TextEncoding::Windows1254, "Windows-1254", "windows-1254", {"windows1254", "cp1254"}},
        {TextEncoding::Windows1257, "Windows-1257", "windows-1257", {"windows1257", "cp1257"}},
        {TextEncoding::Iso8859_1, "ISO-8859-1", "ISO-8859-1", {"iso88591", "latin1"}},
        {TextEncoding::Iso8859_2, "ISO-8859-2", "ISO-8859-2", {"iso88592", "latin2"}},
        {TextEncoding::Iso8859_5, "ISO-8859-5", "ISO-8859-5", {"iso88595"}},
        {TextEncoding::Iso8859_7, "ISO-8859-7", "ISO-8859-7", {"iso88597"}},
        {TextEncoding::Iso8859_9, "ISO-8859-9", "ISO-8859-9", {"iso88599", "latin5"}},
        {TextEncoding::Iso8859_15, "ISO-8859-15", "ISO-8859-15", {"iso885915", "latin9"}},
        {TextEncoding::Koi8R, "KOI8-R", "KOI8-R", {"koi8r", "koi8"}},
    }};
    return table;
}

const EncodingInfo &info(TextEncoding encoding)
{
    for (const EncodingInfo &i : encodingTable()) {
        if (i.encoding == encoding)
            return i;
    }
    return encodingTable().front();
}

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

QString decodeWithCodec(const char *codec, QByteArrayView bytes, bool *hadError = nullptr)
{
    QStringDecoder decoder(codec, QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        // Without ICU only Latin-1 is built in; it differs from Windows-1252 in 0x80–0x9F only.
        decoder = QStringDecoder(QStringConverter::Latin1, QStringConverter::Flag::Stateless);
    }
    QString text = decoder.decode(bytes);
    if (hadError)
        *hadError = decoder.hasError();
    return text;
}

// --- Which code page makes sense of the letters --------------------------------------------------

// The letters beyond ASCII that the languages written in each family of code pages use.
struct Language {
    const char16_t *letters;
};

const QList<Language> &westernLanguages()
{
    static const QList<Language> list{
        {u"àâæçéèêëîïôœùûüÿ"}, // French
        {u"äöüß"},             // German
        {u"áéíñóúü"},          // Spanish
        {u"áâãàçéêíóôõú"},     // Portuguese
        {u"àèéìíîòóù"},        // Italian
        {u"éëïóöüè"},          // Dutch
        {u"æøåé"},             // Danish, Norwegian
        {u"åäöé"},             // Swedish, Finnish
        {u"áðéíóúýþæö"},       // Icelandic
        {u"àçèéíïòóúü"},       // Catalan
    };
    return list;
}

const QList<Language> &centralLanguages()
{
    static const QList<Language> list{
        {u"ąćęłńóśźż"},         // Polish
        {u"áčďéěíňóřšťúůýž"},   // Czech
        {u"áäčďéíĺľňóôŕšťúýž"}, // Slovak
        {u"áéíóöőúüű"},         // Hungarian
        {u"ăâîșțşţ"},           // Romanian
        {u"čćđšž"},             // Croatian, Slovene, Bosnian
        {u"äöüß"},              // German
    };
    return list;
}

const QList<Language> &cyrillicLanguages()
{
    static const QList<Language> list{
        {u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя"},  // Russian
        {u"абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"},  // Ukrainian
        {u"абвгдежзийклмнопрстуфхцчшщъьюя"},     // Bulgarian
        {u"абвгдђежзијклљмнњопрстћуфхцчџш"},     // Serbian
        {u"абвгдеёжзійклмнопрстуўфхцчшыьэюя"},   // Belarusian
        {u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяң"}, // other Cyrillic
    };
    return list;
}

struct Candidate {
    TextEncoding encoding;
    const QList<Language> &languages;
};

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("«»“”„‘’‚‹›");
    return quotes.contains(c);
}

bool sameScript(QChar a, QChar b)
{
    return a.script() == b.script();
}

// Higher is more plausible. Every character beyond ASCII counts: a control character or an
// undecodable byte rules the code page out; a letter of the family's languages counts for it, a
// foreign letter, a letter of another script beside a word's letters, an upper-case letter after a
// lower-case one, or a symbol inside a word counts against; letters that one language explains
// together count again.
qint64 plausibility(const QString &text, const Candidate &candidate)
{
    QString native;
    for (const Language &language : candidate.languages)
        native += QString::fromUtf16(language.letters);
    QList<qint64> perLanguage(candidate.languages.size(), 0);
    qint64 score = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            continue;
        const QChar before = i > 0 ? text.at(i - 1) : QChar();
        const QChar after = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_NotAssigned) {
            score -= 20;
            continue;
        }
        if (c.isLetter()) {
            const QChar lower = c.toLower();
            if (native.contains(lower)) {
                score += 1;
                for (qsizetype l = 0; l < candidate.languages.size(); ++l) {
                    if (QStringView(candidate.languages[l].letters).contains(lower))
                        ++perLanguage[l];
                }
            } else {
                score -= 2;
            }
            if ((before.isLetter() && !sameScript(before, c)) || (after.isLetter() && !sameScript(after, c)))
                score -= 5;
            if (c.isUpper() && before.isLower())
                score -= 2;
            continue;
        }
        if (!c.isSpace() && !isQuote(c) && after.isLetter())
            score -= 3; // "£ukasz", "Ma³gorzata": a symbol where a letter belongs
    }
    return score + *std::max_element(perLanguage.cbegin(), perLanguage.cend());
}

TextEncoding guessCodePage(const QByteArray &bytes)
{
    static const std::array<Candidate, 5> candidates{{
        {TextEncoding::Windows1252, westernLanguages()},
        {TextEncoding::Windows1250, centralLanguages()},
        {TextEncoding::Windows1251, cyrillicLanguages()},
        {TextEncoding::Iso8859_2, centralLanguages()},
        {TextEncoding::Koi8R, cyrillicLanguages()},
    }};
    constexpr qsizetype SampleBytes = 256 * 1024;
    const QByteArrayView sample = QByteArrayView(bytes).first(std::min(bytes.size(), SampleBytes));
    TextEncoding best = TextEncoding::Windows1252;
    std::optional<qint64> bestScore;
    for (const Candidate &candidate : candidates) {
        const qint64 score = plausibility(decodeWithCodec(info(candidate.encoding).codec, sample), candidate);
        if (!bestScore || score > *bestScore) {
            bestScore = score;
            best = candidate.encoding;
        }
    }
    return best;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    return QString::fromLatin1(info(encoding).name);
}

QString encodingDescription(TextEncoding encoding)
{
    const char *what = nullptr;
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
    case TextEncoding::Utf32LE:
    case TextEncoding::Utf32BE:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Unicode, every language");
        break;
    case TextEncoding::Windows1252:
    case TextEncoding::Iso8859_1:
    case TextEncoding::Iso8859_15:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Western European: English, French, German, Spanish…");
        break;
    case TextEncoding::Windows1250:
    case TextEncoding::Iso8859_2:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Central European: Polish, Czech, Hungarian…");
        break;
    case TextEncoding::Windows1251:
    case TextEncoding::Iso8859_5:
    case TextEncoding::Koi8R:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Cyrillic: Russian, Ukrainian, Bulgarian…");
        break;
    case TextEncoding::Windows1253:
    case TextEncoding::Iso8859_7:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Greek");
        break;
    case TextEncoding::Windows1254:
    case TextEncoding::Iso8859_9:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Turkish");
        break;
    case TextEncoding::Windows1257:
        what = QT_TRANSLATE_NOOP("cultivate::TextEncoding", "Baltic: Lithuanian, Latvian, Estonian");
        break;
    }
    return QStringLiteral("%1 (%2)").arg(encodingName(encoding),
                                         QCoreApplication::translate("cultivate::TextEncoding", what));
}

QList<TextEncoding> selectableEncodings()
{
    return {TextEncoding::Utf8,        TextEncoding::Utf16LE,     TextEncoding::Utf16BE,     TextEncoding::Windows1252,
            TextEncoding::Windows1250, TextEncoding::Windows1251, TextEncoding::Windows1253, TextEncoding::Windows1254,
            TextEncoding::Windows1257, TextEncoding::Iso8859_1,   TextEncoding::Iso8859_2,   TextEncoding::Iso8859_5,
            TextEncoding::Iso8859_7,   TextEncoding::Iso8859_9,   TextEncoding::Iso8859_15,  TextEncoding::Koi8R,
            TextEncoding::Utf32LE,     TextEncoding::Utf32BE};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    QString key;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    if (key.isEmpty())
        return std::nullopt;
    for (const EncodingInfo &i : encodingTable()) {
        for (const char *alias : i.aliases) {
            if (key == QLatin1String(alias))
                return i.encoding;
        }
    }
    return std::nullopt;
}

TextEncoding detectEncoding(const QByteArray &bytes)
{
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        switch (*bom) {
        case QStringConverter::Utf8:
            return TextEncoding::Utf8Bom;
        case QStringConverter::Utf16LE:
            return TextEncoding::Utf16LE;
        case QStringConverter::Utf16BE:
            return TextEncoding::Utf16BE;
        case QStringConverter::Utf32LE:
            return TextEncoding::Utf32LE;
        case QStringConverter::Utf32BE:
            return TextEncoding::Utf32BE;
        default:
            break;
        }
    }
    if (const auto utf16 = guessUtf16(bytes))
        return *utf16;
    // Valid UTF-8 throughout, checked a slice at a time so that a large file is never held twice.
    constexpr qsizetype Slice = 1024 * 1024;
    QStringDecoder utf8(QStringConverter::Utf8);
    for (qsizetype at = 0; at < bytes.size() && !utf8.hasError(); at += Slice)
        (void)QString(utf8.decode(QByteArrayView(bytes).sliced(at, std::min(Slice, bytes.size() - at))));
    if (!utf8.hasError() && utf8.isValid())
        return TextEncoding::Utf8;
    return guessCodePage(bytes);
}

DecodedText decodeText(const QByteArray &bytes)
{
    return decodeText(bytes, detectEncoding(bytes));
}

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    // The Unicode decoders drop a leading byte-order mark themselves; a code page has none.
    return {decodeWithCodec(info(encoding).codec, bytes), encoding};
}

} // namespace cultivate
