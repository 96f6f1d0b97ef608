// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace cultivate {

// A display name from a meeting report or a list, taken apart by the shapes meetings and
// directories give names:
//   "Chidi Okafor (he/him)"           pronouns, never a name
//   "Nadia Haddad (Guest)", "(Gast)"  a guest marker in the meeting's language, "(Unverified)"
//   "KOWALSKI Piotr (EXT)"            an external marker; an upper-case family name first is put last
//   "Ana Lima | Acme Health"          an organisation after a bar
//   "Tomás Ortega (he/him) (Tom O.)"  Zoom's "(original name)": only in a column that says it
//                                     carries one, only as the last bracket, never pronouns or a marker
//   "+14155550123", "Call-in User_1"  a phone or dial-in participant, named by the number or label
//   "Okafor, Chidi"                   "Family, Given" becomes "Given Family"
struct DisplayName {
    QString name;          // the person's name, without any of the above
    QString originalName;  // Zoom's original name of a renamed participant, cleaned the same way
    QString pronouns;      // "he/him"
    QString organisation;  // "Acme Health"
    bool guest = false;    // marked as a guest or unverified
    bool external = false; // marked as external ((EXT), (External)…)
    bool caller = false;   // a phone or dial-in participant: no name but a number or a label

    // The fuller of the name and the original name (more whole words; a number never wins):
    // "Johanna Berg" for "Jo (Johanna Berg)", "Tomás Ortega" for "Tomás Ortega (Tom O.)".
    QString fullName() const;
    // The other of the two, when there is one worth remembering as an alias.
    QString otherName() const;
};

DisplayName parseDisplayName(const QString &raw, bool mayCarryOriginalName = false);

// A phone number as meetings show callers ("+14155550123", "+1 415-***-**23") or a dial-in
// label ("Call-in User_1", "Dial-in user 2", "Phone").
bool isPhoneCaller(QStringView text);
// "he/him", "she/they", "they/them/theirs", "any pronouns", "il/lui".
bool isPronouns(QStringView text);

} // namespace cultivate
