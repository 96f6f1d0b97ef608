// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/membernames.h"

namespace cultivate {

QString memberNameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString distinctMemberName(const Member &member, bool shared)
{
    if (!shared)
        return member.name;
    const QString beside =
        !member.organisation.trimmed().isEmpty() ? member.organisation.trimmed() : member.email.trimmed();
    return beside.isEmpty() ? member.name : QStringLiteral("%1 (%2)").arg(member.name, beside);
}

QHash<Id, QString> distinctMemberNames(const QList<Member> &members)
{
    QHash<QString, int> namesakes;
    namesakes.reserve(members.size());
    for (const Member &member : members)
        ++namesakes[memberNameKey(member.name)];
    QHash<Id, QString> names;
    names.reserve(members.size());
    for (const Member &member : members)
        names.insert(member.id, distinctMemberName(member, namesakes.value(memberNameKey(member.name)) > 1));
    return names;
}

} // namespace cultivate
