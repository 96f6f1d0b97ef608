// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/personmatcher.h"

#include "core/importers/personname.h"

#include <QRegularExpression>

#include <algorithm>

namespace cultivate {

namespace {

void appendUnique(QList<Id> &ids, Id id)
{
    if (!ids.contains(id))
        ids.append(id);
}

} // namespace

QString stripNameDecorations(const QString &name, bool *guest)
{
    const DisplayName parsed = parseDisplayName(name);
    if (guest && parsed.guest)
        *guest = true;
    return parsed.name;
}

QString nameKey(const QString &name)
{
    const QString decomposed = stripNameDecorations(name).normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    }
    QStringList words = folded.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

QString emailKey(const QString &email)
{
    QString key = email.trimmed().toCaseFolded();
    if (key.startsWith(QLatin1String("mailto:")))
        key.remove(0, 7);
    const qsizetype at = key.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == key.size() - 1 || key.indexOf(QLatin1Char('@'), at + 1) >= 0 || key.contains(QLatin1Char(' ')))
        return {};
    return key;
}

PersonMatcher::PersonMatcher(const QList<Member> &members)
{
    for (const Member &m : members)
        add(m);
}

void PersonMatcher::add(const Member &member)
{
    m_members.insert(member.id, member);
    if (const QString e = emailKey(member.email); !e.isEmpty())
        appendUnique(m_byEmail[e], member.id);
    if (const QString n = nameKey(member.name); !n.isEmpty())
        appendUnique(m_byName[n], member.id);
    for (const QString &alias : member.aliases) {
        if (const QString a = nameKey(alias); !a.isEmpty())
            appendUnique(m_byAlias[a], member.id);
    }
}

const Member *PersonMatcher::member(Id id) const
{
    const auto it = m_members.constFind(id);
    return it == m_members.constEnd() ? nullptr : &it.value();
}

PersonMatchResult PersonMatcher::match(const QString &email, const QStringList &names) const
{
    const QString e = emailKey(email);
    if (!e.isEmpty()) {
        const QList<Id> ids = m_byEmail.value(e);
        if (ids.size() == 1)
            return {MatchKind::Email, ids.constFirst(), {}, {}};
        if (ids.size() > 1)
            return {MatchKind::Ambiguous, 0, ids, {}};
    }
    PersonMatchResult result;
    // A member who has another email address is another person, whatever the name says.
    const auto sameAddress = [this, &e, &result](const QList<Id> &ids) {
        QList<Id> kept;
        for (Id id : ids) {
            const QString theirs = emailKey(m_members.value(id).email);
            if (e.isEmpty() || theirs.isEmpty() || theirs == e)
                kept.append(id);
            else
                appendUnique(result.otherEmail, id);
        }
        return kept;
    };
    for (const QString &name : names) {
        const QString key = nameKey(name);
        if (key.isEmpty())
            continue;
        const QList<Id> byName = sameAddress(m_byName.value(key));
        const QList<Id> byAlias = sameAddress(m_byAlias.value(key));
        QList<Id> all = byName;
        for (Id id : byAlias)
            appendUnique(all, id);
        if (all.size() > 1)
            return {MatchKind::Ambiguous, 0, all, result.otherEmail};
        if (byName.size() == 1)
            return {MatchKind::Name, byName.constFirst(), {}, result.otherEmail};
        if (byAlias.size() == 1)
            return {MatchKind::Alias, byAlias.constFirst(), {}, result.otherEmail};
    }
    return result;
}

} // namespace cultivate
