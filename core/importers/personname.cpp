// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/personname.h"

#include <QRegularExpression>
#include <QStringList>

namespace cultivate {

namespace {

enum class Marker { None, Guest, External, MeetingRole };

Marker markerOf(QStringView inner)
{
    static const QStringList guests{QStringLiteral("guest"),
                                    QStringLiteral("gast"),
                                    QStringLiteral("invité"),
                                    QStringLiteral("invitée"),
                                    QStringLiteral("invitado"),
                                    QStringLiteral("invitada"),
                                    QStringLiteral("convidado"),
                                    QStringLiteral("convidada"),
                                    QStringLiteral("ospite"),
                                    QStringLiteral("gość"),
                                    QStringLiteral("host (guest)"),
                                    QStringLiteral("unverified"),
                                    QStringLiteral("non vérifié"),
                                    QStringLiteral("nicht überprüft"),
                                    QStringLiteral("nicht verifiziert"),
                                    QStringLiteral("niet geverifieerd"),
                                    QStringLiteral("no verificado"),
                                    QStringLiteral("não verificado"),
                                    QStringLiteral("non verificato"),
                                    QStringLiteral("anonymous"),
                                    QStringLiteral("anonyme")};
    static const QStringList externals{
        QStringLiteral("ext"),     QStringLiteral("external"), QStringLiteral("extern"),
        QStringLiteral("externe"), QStringLiteral("externo"),  QStringLiteral("externa"),
        QStringLiteral("esterno"), QStringLiteral("esterna"),  QStringLiteral("zewnętrzny")};
    static const QStringList roles{QStringLiteral("host"),          QStringLiteral("co-host"),
                                   QStringLiteral("cohost"),        QStringLiteral("me"),
                                   QStringLiteral("organizer"),     QStringLiteral("organiser"),
                                   QStringLiteral("presenter"),     QStringLiteral("moderator"),
                                   QStringLiteral("panelist"),      QStringLiteral("organisateur"),
                                   QStringLiteral("organisator"),   QStringLiteral("organizador"),
                                   QStringLiteral("organizzatore"), QStringLiteral("organizadora"),
                                   QStringLiteral("moi"),           QStringLiteral("ich")};
    const QString key = inner.trimmed().toString().toCaseFolded();
    if (guests.contains(key))
        return Marker::Guest;
    if (externals.contains(key))
        return Marker::External;
    if (roles.contains(key))
        return Marker::MeetingRole;
    return Marker::None;
}

// Words of two letters or more, not abbreviated: how much of a name a text gives.
int wholeWords(const QString &name)
{
    int count = 0;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        int letters = 0;
        for (QChar c : word)
            letters += c.isLetter() ? 1 : 0;
        if (letters >= 2 && !word.endsWith(QLatin1Char('.')))
            ++count;
    }
    return count;
}

bool isUpperWord(const QString &word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

QString titleCase(const QString &word)
{
    QString result = word.toLower();
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return result;
}

// "Okafor, Chidi" -> "Chidi Okafor"; "KOWALSKI Piotr" -> "Piotr Kowalski".
QString naturalOrder(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(','));
    if (parts.size() == 2 && !parts[0].trimmed().isEmpty() && !parts[1].trimmed().isEmpty())
        return parts[1].trimmed() + QLatin1Char(' ') + parts[0].trimmed();
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype upper = 0;
    while (upper < words.size() && isUpperWord(words[upper]))
        ++upper;
    if (upper == 0 || upper == words.size())
        return name;
    for (qsizetype i = upper; i < words.size(); ++i) {
        if (isUpperWord(words[i]))
            return name; // "Ana LIMA SILVA": not the family-first shape
    }
    QStringList family = words.mid(0, upper);
    for (QString &word : family)
        word = titleCase(word);
    return (words.mid(upper) + family).join(QLatin1Char(' '));
}

} // namespace

bool isPronouns(QStringView text)
{
    static const QRegularExpression slashed(QStringLiteral(R"(^[^\W\d_]{1,6}(?:\s*/\s*[^\W\d_]{1,6}){1,3}$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList single{
        QStringLiteral("he"),           QStringLiteral("she"),         QStringLiteral("they"),
        QStringLiteral("xe"),           QStringLiteral("ze"),          QStringLiteral("any pronouns"),
        QStringLiteral("all pronouns"), QStringLiteral("no pronouns"), QStringLiteral("iel")};
    QString key = text.trimmed().toString().toCaseFolded();
    if (key.startsWith(QLatin1String("pronouns:")))
        return true;
    return single.contains(key) || slashed.match(key).hasMatch();
}

bool isPhoneCaller(QStringView text)
{
    static const QRegularExpression number(QStringLiteral(R"(^\+?[\d\s\-().*xX#/]+$)"));
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:call[\s\-]?in|dial[\s\-]?in|phone|telephone|téléphone|telefon|teléfono|telefone|)"
                       R"(telefono|tel\.?)(?:\s*(?:user|participant|caller|utilisateur|teilnehmer|benutzer|usuario))?)"
                       R"([\s_#:\-]*\d*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 40)
        return false;
    // Most names are no caller: a number starts with a digit, "+" or "(", a label with c, d, p or t.
    static const QString starts = QStringLiteral("+(0123456789cdptCDPTé");
    if (!starts.contains(t.front()))
        return false;
    if (label.match(t).hasMatch())
        return true;
    if (!number.match(t).hasMatch())
        return false;
    int digits = 0;
    int hidden = 0;
    for (QChar c : t) {
        digits += c.isDigit() ? 1 : 0;
        hidden += c == QLatin1Char('*') ? 1 : 0;
    }
    return digits >= 2 && digits + hidden >= 7;
}

DisplayName parseDisplayName(const QString &raw, bool mayCarryOriginalName)
{
    static const QRegularExpression trailing(QStringLiteral(R"(^(.*?)\s*[\(\[]([^\(\)\[\]]*)[\)\]]\s*$)"));
    DisplayName result;
    QString text = raw.simplified();
    if (const qsizetype bar = text.indexOf(QLatin1Char('|')); bar > 0) {
        result.organisation = text.mid(bar + 1).trimmed();
        text = text.left(bar).trimmed();
    }
    bool last = true;
    // Brackets are only looked at when there are some.
    while (!text.isEmpty() && (text.endsWith(QLatin1Char(')')) || text.endsWith(QLatin1Char(']')))) {
        const auto m = trailing.match(text);
        if (!m.hasMatch())
            break;
        const QString inner = m.captured(2).trimmed();
        const Marker marker = markerOf(inner);
        if (marker == Marker::Guest) {
            result.guest = true;
        } else if (marker == Marker::External) {
            result.external = true;
        } else if (marker == Marker::MeetingRole) {
            // dropped: a role in the meeting says nothing about the person
        } else if (isPronouns(inner)) {
            if (result.pronouns.isEmpty())
                result.pronouns = inner;
        } else if (last && mayCarryOriginalName && !inner.isEmpty() && !m.captured(1).trimmed().isEmpty()) {
            const DisplayName original = parseDisplayName(inner, false);
            result.originalName = original.name;
            result.caller = original.caller;
            result.guest = result.guest || original.guest;
        } else {
            break;
        }
        last = false;
        text = m.captured(1).trimmed();
    }
    // "(Guest)" alone leaves no name: the row has only an email, or nothing to go by.
    result.name = isPhoneCaller(text) ? text : naturalOrder(text);
    result.caller = result.caller || isPhoneCaller(result.name);
    return result;
}

QString DisplayName::fullName() const
{
    if (originalName.isEmpty() || isPhoneCaller(originalName))
        return name;
    if (isPhoneCaller(name))
        return originalName;
    return wholeWords(originalName) > wholeWords(name) ? originalName : name;
}

QString DisplayName::otherName() const
{
    const QString full = fullName();
    const QString other = full == name ? originalName : name;
    return other == full ? QString() : other;
}

} // namespace cultivate
