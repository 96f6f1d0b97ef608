// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/csvreader.h"

#include <QString>
#include <QStringList>

namespace cultivate {

enum class ImportFormat { Unknown, Members, Zoom, Teams, Generic };

// Stable keys for the import record and the command line: "members", "zoom", "teams", "generic".
QString formatKey(ImportFormat format);
// Words for people: "Zoom participant report"…
QString formatLabel(ImportFormat format);
std::optional<ImportFormat> formatFromKey(QStringView key);

// Guesses what a table holds from its section titles and column headers: a Teams attendance
// report, a Zoom participant report (with or without the meeting preamble), a generic attendance
// list (a name or email column and a minutes, duration or join column), or a member list.
ImportFormat detectFormat(const CsvTable &table);

// Where the known columns of one header row are. Synonyms are compared as headerKey()s.
class ColumnMap {
public:
    ColumnMap() = default;
    explicit ColumnMap(const CsvRecord &header);

    // The index of the first column whose header is one of `synonyms` (as headerKey), or -1.
    qsizetype find(std::initializer_list<const char *> synonyms) const;
    bool has(std::initializer_list<const char *> synonyms) const { return find(synonyms) >= 0; }
    qsizetype size() const { return m_keys.size(); }

private:
    QStringList m_keys;
};

// Header synonyms shared by the parsers and by detectFormat().
namespace columns {
inline constexpr std::initializer_list<const char *> Name = {
    "name",         "fullname", "displayname", "participant", "participantname",  "attendee",
    "attendeename", "member",   "membername",  "person",      "nameoriginalname", "username",
    "nom",          "naam",     "nombre",      "nome"};
inline constexpr std::initializer_list<const char *> FirstName = {"firstname", "givenname", "forename", "first",
                                                                  "prenom",    "prénom",    "voornaam", "vorname"};
inline constexpr std::initializer_list<const char *> LastName = {"lastname", "surname",    "familyname",
                                                                 "last",     "achternaam", "nachname"};
inline constexpr std::initializer_list<const char *> Email = {
    "email", "emailaddress", "mail", "useremail", "attendeeemail", "participantemail", "courriel", "correo"};
inline constexpr std::initializer_list<const char *> Minutes = {"minutes",
                                                                "mins",
                                                                "durationminutes",
                                                                "duration",
                                                                "timeinmeeting",
                                                                "timeinmeetingminutes",
                                                                "attendedminutes",
                                                                "minutesattended",
                                                                "attendanceduration",
                                                                "inmeetingduration",
                                                                "timeattended",
                                                                "attendancetime"};
inline constexpr std::initializer_list<const char *> Join = {
    "jointime", "firstjoin", "firstjointime", "joined", "join", "arrival", "arrivaltime", "start", "starttime"};
inline constexpr std::initializer_list<const char *> Leave = {
    "leavetime", "lastleave", "lastleavetime", "left", "leave", "departure", "departuretime", "end", "endtime"};
inline constexpr std::initializer_list<const char *> Organisation = {"organisation", "organization", "org",
                                                                     "company",      "employer",     "department",
                                                                     "affiliation",  "organisatie",  "entreprise"};
inline constexpr std::initializer_list<const char *> Role = {"role", "cprole", "memberrole", "type", "rol", "rôle"};
inline constexpr std::initializer_list<const char *> Guest = {"guest", "isguest", "external"};
} // namespace columns

} // namespace cultivate
