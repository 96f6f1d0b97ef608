// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cultivate {

// A name as a report shows it, without the decorations meetings add (parseDisplayName()):
// "JANSSENS JAN (EXT)" -> "JANSSENS JAN", "Ana (Guest)" -> "Ana" with *guest set, "Sam Lee (he/him)"
// -> "Sam Lee", "Ana Lima | Acme Health" -> "Ana Lima". Other text in brackets is kept.
QString stripNameDecorations(const QString &name, bool *guest = nullptr);

// A name reduced for comparison: decorations stripped, accents removed, case folded, punctuation
// turned into spaces, and the words sorted, so "GARCÍA SIMÓN, Pedro", "Pedro Garcia Simon" and
// "garcia simon pedro" give one key. Empty for a name with no letters or digits.
QString nameKey(const QString &name);

// An email address for comparison: trimmed, "mailto:" dropped, case folded. Empty unless it holds
// exactly one '@' with text on both sides.
QString emailKey(const QString &email);

enum class MatchKind {
    Email,     // the member's email
    Name,      // the member's name
    Alias,     // one of the member's aliases
    Ambiguous, // the name fits more than one member: nobody is chosen
    None,      // nobody
};

struct PersonMatchResult {
    MatchKind kind = MatchKind::None;
    Id memberId = 0;
    QList<Id> candidates; // for Ambiguous: every member the name fits
    QList<Id> otherEmail; // members of the same name whose email differs: never matched by name
};

// Finds the member a person of a report or list is: by email (case-insensitive), then by name or
// alias (nameKey) — but never by name alone when the person and the member have different email
// addresses. Holds copies of the members it was given; add() teaches it more.
class PersonMatcher {
public:
    PersonMatcher() = default;
    explicit PersonMatcher(const QList<Member> &members);

    void add(const Member &member);
    // `names` are tried in order (a display name, then an original name…).
    PersonMatchResult match(const QString &email, const QStringList &names) const;
    const Member *member(Id id) const;

private:
    QHash<QString, QList<Id>> m_byEmail;
    QHash<QString, QList<Id>> m_byName;
    QHash<QString, QList<Id>> m_byAlias;
    QHash<Id, Member> m_members;
};

} // namespace cultivate
