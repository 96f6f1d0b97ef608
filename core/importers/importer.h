// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/importformat.h"
#include "core/importers/importsupport.h"
#include "core/importers/personmatcher.h"
#include "core/importers/reportparsers.h"
#include "core/importers/textdecoding.h"
#include "core/importers/xlsxreader.h"

#include "core/storage/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cultivate {

struct ImportOptions {
    ImportKind kind = ImportKind::Attendance;
    ImportFormat format = ImportFormat::Unknown; // Unknown = detect
    OptionalId eventId;                          // attendance: attach to this event
    std::optional<TextEncoding> encoding;        // nullopt = detect
    ColumnOverrides columns;                     // the column mapping people chose
    bool guessKind = false;                      // a member list when the file has no meeting columns
};

// One field of an existing member that a member list changes, for the dry run.
struct FieldChange {
    ColumnRole field = ColumnRole::Ignore;
    QString before;
    QString after;
};

// What will happen to one person of the file. The GUI may change memberId (to merge the person
// into an existing member) or createMember before committing.
struct PersonPlan {
    int line = 0;      // first line the person appears on
    QStringList names; // as the file writes them
    QString email;
    MatchKind match = MatchKind::None;
    Id memberId = 0;          // the existing member, or 0 for a new one
    QList<Id> candidates;     // members an ambiguous name fits
    Member proposed;          // the new member (memberId == 0), or the file's data for it
    QStringList aliasesToAdd; // names the existing member does not know yet
    QString emailToAdd;       // the file's email for an existing member without one
    QList<Id> otherEmail;     // members of the same name but another email: not this person
    bool caller = false;      // a phone or dial-in participant
    // Attendance only:
    AttendanceStatus status = AttendanceStatus::Present;
    std::optional<qint64> seconds;
    std::optional<int> minutes() const;
    // Members only: the member as the list will leave them, the fields the list gives, and what
    // changes (empty: unchanged).
    Member update;
    QList<ColumnRole> given;
    QList<FieldChange> changes;

    bool isNew() const { return memberId == 0; }
    bool isMerge() const { return memberId != 0 && (!aliasesToAdd.isEmpty() || !emailToAdd.isEmpty()); }
    bool isUpdate() const { return memberId != 0 && (!changes.isEmpty() || isMerge()); }
};

enum class EventChoice {
    Given,         // --event ID
    MatchedByTime, // the plan's event starting within an hour of the meeting
    Created,       // a new held event from the report
};

// The dry run of an import: everything the commit will do, and every problem. Nothing here has
// touched the plan.
struct ImportPreview {
    QString path;
    QString fileName;
    QString sha256; // hex, of the file's bytes
    ImportKind kind = ImportKind::Attendance;
    ImportFormat format = ImportFormat::Unknown;
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingGuessed = true; // false when the user chose it
    bool workbook = false;       // read from an .xlsx workbook (no encoding, no delimiter)
    QStringList sheets;          // a workbook's sheets; only the first is read
    QChar delimiter = QLatin1Char(',');
    int rows = 0;               // data rows read
    QList<ColumnInfo> columns;  // the table's columns, their detected and chosen roles
    QStringList ignoredColumns; // headers no rule recognised and nobody mapped

    // Attendance only.
    Meeting meeting;
    EventChoice eventChoice = EventChoice::Created;
    Event event; // the event attendance goes to (id 0 when it will be created), as the import leaves it
    std::optional<Event> eventBefore;  // the plan's event before the import (Given, MatchedByTime)
    QStringList eventChanges;          // what the import changes in it, in words
    QList<Attendance> eventAttendance; // the plan's attendance of that event before the import
    int attendanceChanges = 0;         // members whose attendance row is added or changed

    QList<PersonPlan> people;
    QList<ImportIssue> errors; // any error blocks the commit
    QList<ImportIssue> warnings;
    std::optional<ImportRecord> previousImport; // the same bytes were imported before

    bool hasErrors() const { return !errors.isEmpty(); }
    bool alreadyImported() const { return previousImport.has_value(); }
    int matchedCount() const;   // people who are existing members
    int newMemberCount() const; // people who will become new members
    int mergeCount() const;     // existing members who learn a new name or email
    int updateCount() const;    // existing members the import changes (members: any field)
    // Nothing would change: every person, field, attendance and the event are as the plan has them
    // (a re-downloaded report of a meeting imported before).
    bool nothingNew() const;
    // "FILE: line N: problem" for the first error.
    QString firstErrorMessage() const;
};

// Reads, decodes and parses a file and matches its people with the plan's members. Fails only
// when the file cannot be read or the plan cannot be queried; problems in the file are in errors.
Result<ImportPreview> previewImport(const Plan &plan, const QString &path, const ImportOptions &options);
// The same for bytes already in memory; `fileName` names them in messages.
Result<ImportPreview> previewImportData(const Plan &plan, const QByteArray &bytes, const QString &fileName,
                                        const ImportOptions &options);

// The preview with people's choices applied: choices[i] is the member person i becomes (0 = a
// new member). Aliases, emails, field changes and the attendance count follow; `members` are the
// plan's members (the wizard's list).
ImportPreview applyPersonChoices(const ImportPreview &preview, const QList<Id> &choices, const QList<Member> &members);

struct ImportOutcome {
    bool alreadyImported = false; // nothing was written
    bool nothingNew = false;      // nothing was written: the plan already had everything
    Id importId = 0;
    Id eventId = 0;
    bool eventCreated = false;
    int attendanceRows = 0; // rows added or updated
    int membersAdded = 0;
    int membersUpdated = 0;
    QList<Id> addedMemberIds{};   // the members made, in the file's order
    QList<Id> updatedMemberIds{}; // the existing members changed
};

// Applies a preview in one transaction: the import record (kind, file name, SHA-256), new members,
// new aliases and emails, the event (created, or marked held with the report's title, start and
// duration when it was planned), and one attendance row per member,
// present with the summed minutes (a row the event already has for that member becomes present and
// keeps the larger minutes). Refuses a preview with errors (InvalidInput, "FILE: line N: …"); on
// any failure nothing is written. Bytes imported before are not imported again (alreadyImported),
// and a preview with nothing new writes nothing (nothingNew).
Result<ImportOutcome> commitImport(Plan &plan, const ImportPreview &preview);

} // namespace cultivate
