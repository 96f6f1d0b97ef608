// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/csvreader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cultivate {

enum class ImportKind { Members, Attendance };

enum class ImportFormat { Unknown, Members, Zoom, ZoomWebinar, Teams, GoogleMeet, Webex, Generic };

// Stable keys for the import record and the command line: "members", "zoom", "teams", "generic",
// "zoom-webinar", "meet", "webex".
QString formatKey(ImportFormat format);
// Words for people: "Zoom participant report"…
QString formatLabel(ImportFormat format);
std::optional<ImportFormat> formatFromKey(QStringView key);
// The parser that reads a format: Zoom for Zoom webinars, Generic for Meet, Webex and lists.
ImportFormat parserFormat(ImportFormat format);

// What a column of a table holds. The first group can be chosen by people (the wizard's column
// mapping, --map); the rest are recognised in reports and used or passed over without a word.
enum class ColumnRole {
    Ignore,
    Name,
    FirstName,
    LastName,
    Email,
    Organisation,
    Role,
    Join,
    Leave,
    Minutes,
    Status,
    Guest,
    Notes,
    Aliases,
    Joined,
    Left,
    ConsentReport,
    ConsentQuote,
    Commitment,
    // Recognised in reports only.
    Upn,
    WaitingRoom,
    MeetingTitle,
    MeetingStart,
    MeetingDuration,
    Date,
    Known, // a column a report always has and an import does not need ("Country/Region Name")
};

// "name", "first-name", "email", … as --map writes them; "ignore" for Ignore.
QString roleKey(ColumnRole role);
std::optional<ColumnRole> roleFromKey(QStringView key);
// Words for people: "Name", "First name", "Minutes", "Ignore"…
QString roleLabel(ColumnRole role);
// The roles a person may give a column of a member list or of an attendance list.
QList<ColumnRole> choosableRoles(ImportKind kind);

// The column mapping chosen by people: a role for a column, named by its header as the file
// writes it (compared as headerKey). A role given to one column is taken from any other.
using ColumnOverrides = QList<std::pair<ColumnRole, QString>>;
// Reads "name=Teilnehmer,email=E-Mail" (--map); an error message for a bad one.
std::optional<ColumnOverrides> parseColumnOverrides(const QString &text, QString *error);

// One column of the table an import reads, as the preview shows it.
struct ColumnInfo {
    int index = 0;
    QString header;
    ColumnRole detected = ColumnRole::Ignore; // what the header says
    ColumnRole role = ColumnRole::Ignore;     // what the import uses (after the mapping)
    QString sample;                           // the first value below the header
};

// The role of every column of a header row: the synonyms of each role in the languages exports
// come in (English, German, French, Spanish, Dutch, Portuguese, Italian, Polish, Russian), a
// role kept by its first column, "Name" beside "First name" read as the family name, then the
// overrides.
QList<ColumnRole> columnRoles(const CsvRecord &header, ImportKind kind, const ColumnOverrides &overrides = {});
// The role a single header has on its own.
ColumnRole headerRole(const QString &header, ImportKind kind);
// True for a name column whose header says it holds Zoom's "(original name)".
bool headerCarriesOriginalName(const QString &header);

// Guesses what a table holds from its section titles and column headers: a Teams attendance
// report (any language), a Zoom meeting or webinar report (with or without the meeting preamble),
// a Google Meet or Webex attendance report, a generic attendance list (a name or email column and
// a minutes, duration or join column), or a member list. `fileName` helps (Meet's reports carry
// their date and title only there).
ImportFormat detectFormat(const CsvTable &table, const QString &fileName = {});

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

} // namespace cultivate
