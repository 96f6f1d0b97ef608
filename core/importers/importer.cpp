// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/importer.h"

#include "core/importers/filekind.h"
#include "core/importers/importsupport.h"
#include "core/importers/importtext.h"
#include "core/importers/reportvalues.h"
#include "core/storage/importstore.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cultivate {

namespace {

// How far from the meeting's start a planned event may begin and still be that meeting.
constexpr qint64 EventMatchWindowSecs = 3600;
// The records read before deciding whether a file is worth reading whole: enough for every
// report's preamble, header and first rows.
constexpr qsizetype ProbeRecords = 500;
// The bytes decoded for the probe of a large file.
constexpr qsizetype ProbeBytes = 2 * 1024 * 1024;

QString kindKey(ImportKind kind)
{
    return kind == ImportKind::Members ? QStringLiteral("members") : QStringLiteral("attendance");
}

bool knowsName(const Member &member, const QString &name)
{
    const QString key = nameKey(name);
    if (key.isEmpty() || nameKey(member.name) == key)
        return true;
    return std::any_of(member.aliases.cbegin(), member.aliases.cend(),
                       [&key](const QString &alias) { return nameKey(alias) == key; });
}

// The plan's event closest to `start`, if one begins within the window.
Result<std::optional<Event>> eventNear(const Plan &plan, const QDateTime &start)
{
    auto events =
        eventsStartingBetween(plan, start.addSecs(-EventMatchWindowSecs), start.addSecs(EventMatchWindowSecs));
    if (!events.ok())
        return events.error();
    std::optional<Event> best;
    for (const Event &event : events.value()) {
        const qint64 distance = std::abs(event.start.secsTo(start));
        if (!best || distance < std::abs(best->start.secsTo(start)))
            best = event;
    }
    return best;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    return value ? ImportText::tr("yes") : ImportText::tr("no");
}

void change(QList<FieldChange> &changes, ColumnRole field, const QString &before, const QString &after)
{
    if (before != after)
        changes.append({field, before, after});
}

// A member list's row applied to the member the plan has: every field the list gives replaces
// the plan's value (an email only fills an empty one: it is how the member is found), names the
// member does not know become aliases. Fills person.update and person.changes.
void planMemberUpdate(PersonPlan &person, const Member &current)
{
    const Member &row = person.proposed;
    Member m = current;
    const auto given = [&person](ColumnRole role) { return person.given.contains(role); };
    if (m.email.isEmpty() && !person.emailToAdd.isEmpty())
        m.email = person.emailToAdd;
    if (given(ColumnRole::Organisation))
        m.organisation = row.organisation;
    if (given(ColumnRole::Role))
        m.role = row.role;
    if (given(ColumnRole::Notes))
        m.notes = row.notes;
    if (given(ColumnRole::Joined))
        m.joinedDate = row.joinedDate;
    if (given(ColumnRole::Left) && (!m.joinedDate.isValid() || row.leftDate >= m.joinedDate))
        m.leftDate = row.leftDate;
    if (given(ColumnRole::Commitment))
        m.commitmentSigned = row.commitmentSigned;
    if (given(ColumnRole::ConsentReport))
        m.consentReport = row.consentReport;
    if (given(ColumnRole::ConsentQuote))
        m.consentQuote = row.consentQuote;
    for (const QString &alias : person.aliasesToAdd) {
        if (!m.aliases.contains(alias))
            m.aliases.append(alias);
    }
    person.update = m;
    person.changes.clear();
    change(person.changes, ColumnRole::Email, current.email, m.email);
    change(person.changes, ColumnRole::Organisation, current.organisation, m.organisation);
    change(person.changes, ColumnRole::Role, label(current.role), label(m.role));
    change(person.changes, ColumnRole::Notes, current.notes, m.notes);
    change(person.changes, ColumnRole::Joined, dateText(current.joinedDate), dateText(m.joinedDate));
    change(person.changes, ColumnRole::Left, dateText(current.leftDate), dateText(m.leftDate));
    change(person.changes, ColumnRole::Commitment, dateText(current.commitmentSigned), dateText(m.commitmentSigned));
    change(person.changes, ColumnRole::ConsentReport, yesNo(current.consentReport), yesNo(m.consentReport));
    change(person.changes, ColumnRole::ConsentQuote, yesNo(current.consentQuote), yesNo(m.consentQuote));
    change(person.changes, ColumnRole::Aliases, current.aliases.join(QStringLiteral("; ")),
           m.aliases.join(QStringLiteral("; ")));
}

// What joining person to `member` adds to that member: names it does not know, an email it lacks.
void planJoin(PersonPlan &person, const Member &member, const PersonMatcher *matcher)
{
    person.aliasesToAdd.clear();
    person.emailToAdd.clear();
    QSet<QString> known;
    for (const QString &name : person.names) {
        const QString key = nameKey(name);
        if (key.isEmpty() || known.contains(key) || knowsName(member, name))
            continue;
        known.insert(key);
        person.aliasesToAdd.append(name);
    }
    if (member.email.trimmed().isEmpty() && !emailKey(person.email).isEmpty() &&
        (!matcher || matcher->match(person.email, {}).kind == MatchKind::None))
        person.emailToAdd = person.email.trimmed();
}

// Fills in the match of one person and what the commit will add to an existing member.
void resolve(PersonPlan &person, const PersonMatcher &matcher, QList<ImportIssue> &warnings)
{
    const PersonMatchResult result = matcher.match(person.email, person.names);
    person.match = result.kind;
    person.candidates = result.candidates;
    person.otherEmail = result.otherEmail;
    if (result.kind == MatchKind::Ambiguous) {
        QStringList ids;
        for (Id id : result.candidates)
            ids << QString::number(id);
        warnings.append(
            {person.line, ImportText::tr("%1 fits several members (%2): proposed as a new member")
                              .arg(quoted(person.names.value(0, person.email)), ids.join(QStringLiteral(", ")))});
    } else if (result.memberId == 0 && !result.otherEmail.isEmpty()) {
        warnings.append({person.line, ImportText::tr("%1 has the name of member #%2 but another email address: "
                                                     "proposed as a new member")
                                          .arg(quoted(person.names.value(0, person.email)))
                                          .arg(result.otherEmail.constFirst())});
    }
    if (result.memberId == 0)
        return;
    person.memberId = result.memberId;
    planJoin(person, *matcher.member(result.memberId), &matcher);
}

void planAttendance(ImportPreview &preview, const AttendanceReport &report, const PersonMatcher &matcher)
{
    for (const ReportPerson &p : report.people) {
        PersonPlan person;
        person.line = p.lines.value(0);
        person.names = p.names();
        person.email = p.email;
        person.status = p.status;
        person.seconds = p.seconds;
        person.caller = p.caller;
        resolve(person, matcher, preview.warnings);
        Member &m = person.proposed;
        m.name = p.name.isEmpty() ? p.email.trimmed() : p.name;
        m.email = emailKey(p.email).isEmpty() ? QString() : p.email.trimmed();
        m.organisation = p.organisation;
        m.role = p.guest || p.caller ? Role::Guest : Role::Member;
        m.joinedDate = report.meeting.start.date();
        for (const QString &name : std::as_const(person.names)) {
            if (!knowsName(m, name))
                m.aliases.append(name);
        }
        preview.people.append(person);
    }
    // Two people of one report who are the same member: their minutes are added together.
    QHash<Id, int> firstLine;
    for (const PersonPlan &person : std::as_const(preview.people)) {
        if (person.memberId == 0)
            continue;
        if (firstLine.contains(person.memberId)) {
            preview.warnings.append({person.line, ImportText::tr("the same member as on line %1: minutes added "
                                                                 "together")
                                                      .arg(firstLine.value(person.memberId))});
        } else {
            firstLine.insert(person.memberId, person.line);
        }
    }
}

void planMembers(ImportPreview &preview, const MemberList &list, const PersonMatcher &matcher)
{
    for (const MemberRow &row : list.rows) {
        PersonPlan person;
        person.line = row.line;
        person.names = QStringList{row.member.name} + row.member.aliases;
        person.email = row.member.email;
        person.proposed = row.member;
        person.given = row.given;
        resolve(person, matcher, preview.warnings);
        if (person.memberId != 0)
            planMemberUpdate(person, *matcher.member(person.memberId));
        preview.people.append(person);
    }
}

QString minutesText(int minutes)
{
    return ImportText::tr("%1 min").arg(minutes);
}

// A planned event the report is: it takes the report's title, start and duration, and is held.
void applyReportToEvent(ImportPreview &preview)
{
    Event &e = preview.event;
    const Meeting &meeting = preview.meeting;
    const Event before = e;
    if (before.status == EventStatus::Planned) {
        if (!meeting.title.trimmed().isEmpty())
            e.title = meeting.title.trimmed();
        if (meeting.startStated && meeting.start.isValid())
            e.start = meeting.start;
        if (const auto minutes = meeting.durationMinutes(); minutes && *minutes > 0)
            e.durationMinutes = *minutes;
    }
    e.status = EventStatus::Held;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    if (before.title != e.title)
        preview.eventChanges << ImportText::tr("title %1 → %2").arg(quoted(before.title), quoted(e.title));
    if (before.start != e.start)
        preview.eventChanges
            << ImportText::tr("start %1 → %2").arg(before.start.toString(format), e.start.toString(format));
    if (before.durationMinutes != e.durationMinutes)
        preview.eventChanges << ImportText::tr("duration %1 → %2")
                                    .arg(minutesText(before.durationMinutes), minutesText(e.durationMinutes));
    if (before.status != e.status)
        preview.eventChanges << ImportText::tr("status %1 → %2").arg(label(before.status), label(e.status));
}

Result<void> planEvent(const Plan &plan, ImportPreview &preview, const ImportOptions &options)
{
    if (options.eventId) {
        auto event = plan.get<Event>(*options.eventId);
        if (!event.ok())
            return makeError(
                event.code(),
                ImportText::tr("%1: no event with id %2").arg(QFileInfo(plan.path()).fileName()).arg(*options.eventId));
        preview.event = event.value();
        preview.eventBefore = event.value();
        preview.eventChoice = EventChoice::Given;
        applyReportToEvent(preview);
        return {};
    }
    const Meeting &meeting = preview.meeting;
    if (!meeting.start.isValid()) {
        // A file that could not be read says so already; this would only repeat it.
        if (preview.hasErrors())
            return {};
        preview.errors.append({0, ImportText::tr("the file gives no meeting date or join times: choose the event "
                                                 "(--event ID, or the event list in the import window)")});
        return {};
    }
    auto near = eventNear(plan, meeting.start);
    if (!near.ok())
        return near.error();
    if (near.value()) {
        preview.event = *near.value();
        preview.eventBefore = *near.value();
        preview.eventChoice = EventChoice::MatchedByTime;
        applyReportToEvent(preview);
        return {};
    }
    Event &e = preview.event;
    e.title = meeting.title.isEmpty() ? QFileInfo(preview.fileName).completeBaseName() : meeting.title;
    if (e.title.trimmed().isEmpty())
        e.title = ImportText::tr("Imported meeting");
    e.kind = EventKind::Meeting;
    e.start = meeting.start;
    int longest = 0;
    for (const PersonPlan &p : std::as_const(preview.people))
        longest = std::max(longest, p.minutes().value_or(0));
    e.durationMinutes = meeting.durationMinutes().value_or(longest > 0 ? longest : 60);
    e.status = EventStatus::Held;
    e.notes = ImportText::tr("Created by importing %1.").arg(preview.fileName);
    preview.eventChoice = EventChoice::Created;
    return {};
}

// Present beats excused beats absent when one member appears several times.
int statusRank(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return 2;
    case AttendanceStatus::Excused:
        return 1;
    case AttendanceStatus::Absent:
        return 0;
    }
    return 0;
}

struct Total {
    AttendanceStatus status = AttendanceStatus::Absent;
    std::optional<qint64> seconds;
};

// One total per member (memberOf[i] is the member of person i; 0 for a new one, kept apart).
QList<std::pair<qsizetype, Total>> totals(const ImportPreview &preview)
{
    QList<std::pair<qsizetype, Total>> result; // first person index of each member, total
    QHash<Id, qsizetype> slot;
    for (qsizetype i = 0; i < preview.people.size(); ++i) {
        const PersonPlan &person = preview.people[i];
        qsizetype at = -1;
        if (person.memberId != 0)
            at = slot.value(person.memberId, -1);
        if (at < 0) {
            at = result.size();
            result.append({i, Total{person.status, {}}});
            if (person.memberId != 0)
                slot.insert(person.memberId, at);
        }
        Total &t = result[at].second;
        if (statusRank(person.status) > statusRank(t.status))
            t.status = person.status;
        if (person.seconds)
            t.seconds = t.seconds.value_or(0) + *person.seconds;
    }
    return result;
}

// The attendance row a member will have, from the one the event has (if any) and the file's total.
Attendance mergedAttendance(const std::optional<Attendance> &existing, const Total &t)
{
    const std::optional<int> minutes = t.seconds ? std::optional<int>(roundedMinutes(*t.seconds)) : std::nullopt;
    if (!existing)
        return Attendance{0, 0, 0, t.status, minutes, {}};
    Attendance a = *existing;
    if (t.status == AttendanceStatus::Present)
        a.status = AttendanceStatus::Present;
    if (minutes && (!a.minutes || *a.minutes < *minutes))
        a.minutes = minutes;
    return a;
}

void countAttendanceChanges(ImportPreview &preview)
{
    QHash<Id, Attendance> byMember;
    for (const Attendance &a : std::as_const(preview.eventAttendance))
        byMember.insert(a.memberId, a);
    preview.attendanceChanges = 0;
    for (const auto &[index, total] : totals(preview)) {
        const Id member = preview.people[index].memberId;
        const auto it = byMember.constFind(member);
        if (member == 0 || it == byMember.constEnd()) {
            ++preview.attendanceChanges;
            continue;
        }
        const Attendance after = mergedAttendance(*it, total);
        if (after.status != it->status || after.minutes != it->minutes)
            ++preview.attendanceChanges;
    }
}

QString decodedEmptyCheck(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return {};
    }
    return ImportText::tr("the file is empty");
}

// True when the probe of a longer file already shows errors on rows it read whole: the rest is
// not read (a file of random text stops here, in a second).
template <class Parsed> bool probeFailed(const CsvTable &probe, const Parsed &parsed)
{
    if (!probe.truncated || probe.records.isEmpty())
        return false;
    const int lastLine = probe.records.constLast().line;
    return std::any_of(parsed.errors.cbegin(), parsed.errors.cend(),
                       [lastLine](const ImportIssue &issue) { return issue.line < lastLine; });
}

// The table of the file: its first sheet for a workbook, else the decoded text as CSV. Problems
// that stop everything go to preview.errors.
std::optional<CsvTable> readTable(const QByteArray &bytes, const ImportOptions &options, ImportPreview &preview,
                                  QString &text, const QByteArray *&wholeBytes)
{
    const FileKind kind = detectFileKind(bytes);
    if (kind == FileKind::XlsxWorkbook) {
        WorkbookInfo info;
        auto table = readXlsxFirstSheet(bytes, &info);
        preview.workbook = true;
        preview.sheets = info.sheets;
        preview.delimiter = QLatin1Char('\t');
        if (!table.ok()) {
            preview.errors.append({0, table.error().message});
            return std::nullopt;
        }
        if (info.sheets.size() > 1)
            preview.warnings.append({0, ImportText::tr("only the first sheet, %1, was read (the workbook has %2)")
                                            .arg(quoted(info.sheets.constFirst()))
                                            .arg(info.sheets.size())});
        return table.value();
    }
    if (kind != FileKind::Text) {
        preview.errors.append({0, describeUnreadableFile(kind)});
        return std::nullopt;
    }
    const TextEncoding encoding = options.encoding ? *options.encoding : detectEncoding(bytes);
    preview.encoding = encoding;
    preview.encodingGuessed = !options.encoding;
    int errorLine = 0;
    if (bytes.size() > ProbeBytes) {
        // The probe reads the start of a large file only: a file of noise is refused without
        // being decoded whole. The cut falls on a whole code unit; the line it splits is never
        // judged (the probe is "truncated").
        const qsizetype unit = encoding == TextEncoding::Utf32LE || encoding == TextEncoding::Utf32BE   ? 4
                               : encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE ? 2
                                                                                                        : 1;
        text = decodeText(bytes.first(ProbeBytes - ProbeBytes % unit), encoding).text;
        auto probe = readCsv(text, std::nullopt, &errorLine, ProbeRecords);
        if (probe.ok()) {
            preview.delimiter = probe.value().delimiter;
            probe.value().truncated = true;
            wholeBytes = &bytes;
            return probe.value();
        }
    }
    text = decodeText(bytes, encoding).text;
    if (const QString empty = decodedEmptyCheck(text); !empty.isEmpty()) {
        preview.errors.append({0, empty});
        return std::nullopt;
    }
    auto table = readCsv(text, std::nullopt, &errorLine, ProbeRecords);
    if (!table.ok()) {
        preview.errors.append({errorLine, ImportText::tr("a quoted field begins here and is never closed")});
        return std::nullopt;
    }
    preview.delimiter = table.value().delimiter;
    return table.value();
}

// The whole table once the probe passed (decoding the whole file when the probe read its start).
std::optional<CsvTable> readWholeTable(const CsvTable &probe, QString &text, const QByteArray *wholeBytes,
                                       ImportPreview &preview)
{
    if (!probe.truncated)
        return probe;
    if (wholeBytes)
        text = decodeText(*wholeBytes, preview.encoding).text;
    int errorLine = 0;
    auto table = readCsv(text, std::nullopt, &errorLine);
    if (!table.ok()) {
        preview.errors.append({errorLine, ImportText::tr("a quoted field begins here and is never closed")});
        return std::nullopt;
    }
    return table.value();
}

void previewMembers(ImportPreview &preview, const CsvTable &probe, QString &text, const QByteArray *wholeBytes,
                    const ParseOptions &parse, const PersonMatcher &matcher)
{
    preview.format = ImportFormat::Members;
    MemberList list = parseMemberList(probe, parse);
    if (!probeFailed(probe, list)) {
        const auto table = readWholeTable(probe, text, wholeBytes, preview);
        if (!table)
            return;
        if (probe.truncated)
            list = parseMemberList(*table, parse);
        if (list.rows.isEmpty() && list.errors.isEmpty())
            list.errors.append({table->records.isEmpty() ? 1 : table->records.constLast().line,
                                ImportText::tr("the list has a header but no members")});
    }
    preview.rows = static_cast<int>(list.rows.size());
    preview.errors = list.errors;
    preview.warnings += list.warnings;
    preview.columns = list.columns;
    preview.ignoredColumns = list.ignoredColumns;
    planMembers(preview, list, matcher);
}

void previewAttendance(ImportPreview &preview, const CsvTable &probe, QString &text, const QByteArray *wholeBytes,
                       const ParseOptions &parse, const PersonMatcher &matcher)
{
    AttendanceReport report = parseAttendance(probe, preview.format, parse);
    if (!probeFailed(probe, report)) {
        const auto table = readWholeTable(probe, text, wholeBytes, preview);
        if (!table)
            return;
        if (probe.truncated)
            report = parseAttendance(*table, preview.format, parse);
        if (report.people.isEmpty() && report.errors.isEmpty())
            report.errors.append({table->records.isEmpty() ? 1 : table->records.constLast().line,
                                  ImportText::tr("the report lists no participants")});
    }
    preview.rows = report.rows;
    preview.meeting = report.meeting;
    preview.errors = report.errors;
    preview.warnings += report.warnings;
    preview.columns = report.columns;
    preview.ignoredColumns = report.ignoredColumns;
    for (const QString &ignored : std::as_const(report.ignoredColumns))
        preview.warnings.append({0, ImportText::tr("ignored column: %1").arg(quoted(ignored))});
    planAttendance(preview, report, matcher);
}

} // namespace

std::optional<int> PersonPlan::minutes() const
{
    return seconds ? std::optional<int>(roundedMinutes(*seconds)) : std::nullopt;
}

int ImportPreview::matchedCount() const
{
    return static_cast<int>(
        std::count_if(people.cbegin(), people.cend(), [](const PersonPlan &p) { return !p.isNew(); }));
}

int ImportPreview::newMemberCount() const
{
    return static_cast<int>(
        std::count_if(people.cbegin(), people.cend(), [](const PersonPlan &p) { return p.isNew(); }));
}

int ImportPreview::mergeCount() const
{
    return static_cast<int>(
        std::count_if(people.cbegin(), people.cend(), [](const PersonPlan &p) { return p.isMerge(); }));
}

int ImportPreview::updateCount() const
{
    return static_cast<int>(
        std::count_if(people.cbegin(), people.cend(), [](const PersonPlan &p) { return p.isUpdate(); }));
}

bool ImportPreview::nothingNew() const
{
    if (hasErrors() || newMemberCount() > 0 || updateCount() > 0)
        return false;
    if (kind == ImportKind::Members)
        return true;
    return eventChoice != EventChoice::Created && eventChanges.isEmpty() && attendanceChanges == 0;
}

QString ImportPreview::firstErrorMessage() const
{
    return firstIssueMessage(fileName, errors);
}

ImportPreview applyPersonChoices(const ImportPreview &preview, const QList<Id> &choices, const QList<Member> &members)
{
    ImportPreview result = preview;
    QHash<Id, const Member *> byId;
    for (const Member &m : members)
        byId.insert(m.id, &m);
    for (qsizetype row = 0; row < result.people.size() && row < choices.size(); ++row) {
        PersonPlan &person = result.people[row];
        const Id chosen = choices.at(row);
        if (chosen == person.memberId)
            continue;
        if (chosen == 0) {
            person.memberId = 0;
            if (person.proposed.name.isEmpty())
                person.proposed.name = person.names.value(0);
            if (person.proposed.email.isEmpty() && !emailKey(person.email).isEmpty())
                person.proposed.email = person.email;
            person.proposed.id = 0;
            person.aliasesToAdd.clear();
            person.emailToAdd.clear();
            person.changes.clear();
            continue;
        }
        const Member *member = byId.value(chosen);
        if (!member)
            continue;
        person.memberId = chosen;
        planJoin(person, *member, nullptr);
        if (result.kind == ImportKind::Members)
            planMemberUpdate(person, *member);
    }
    if (result.kind == ImportKind::Attendance)
        countAttendanceChanges(result);
    return result;
}

Result<ImportPreview> previewImport(const Plan &plan, const QString &path, const ImportOptions &options)
{
    auto bytes = readImportFile(path);
    if (!bytes.ok())
        return bytes.error();
    auto preview = previewImportData(plan, bytes.value(), QFileInfo(path).fileName(), options);
    if (preview.ok())
        preview.value().path = path;
    return preview;
}

Result<ImportPreview> previewImportData(const Plan &plan, const QByteArray &bytes, const QString &fileName,
                                        const ImportOptions &options)
{
    ImportPreview preview;
    preview.fileName = fileName;
    preview.kind = options.kind;
    preview.sha256 = importFingerprint(bytes);

    QString text;
    const QByteArray *wholeBytes = nullptr; // set when the probe read only the start of the file
    const auto probe = readTable(bytes, options, preview, text, wholeBytes);
    if (probe && options.guessKind) {
        // A table that names people and no meeting is a member list; anything else is attendance.
        const ImportFormat detected = detectFormat(*probe, fileName);
        preview.kind = detected == ImportFormat::Members ? ImportKind::Members : ImportKind::Attendance;
    }
    auto previous = findPreviousImport(plan, kindKey(preview.kind), preview.sha256);
    if (!previous.ok())
        return previous.error();
    preview.previousImport = previous.value();
    if (!probe)
        return preview;
    if (const QString other = recogniseOtherExport(*probe); !other.isEmpty()) {
        preview.errors.append({0, ImportText::tr("this is %1.").arg(other)});
        return preview;
    }
    const ImportFormat detected = detectFormat(*probe, fileName);
    preview.format = options.format != ImportFormat::Unknown ? options.format : detected;
    const ParseOptions parse{fileName, options.columns};

    auto members = plan.list<Member>();
    if (!members.ok())
        return members.error();
    const PersonMatcher matcher(members.value());

    if (preview.kind == ImportKind::Members) {
        if (parserFormat(preview.format) == ImportFormat::Zoom || preview.format == ImportFormat::Teams) {
            preview.errors.append({0, ImportText::tr("this is a %1, not a member list: import it as attendance")
                                          .arg(formatLabel(preview.format))});
            return preview;
        }
        previewMembers(preview, *probe, text, wholeBytes, parse, matcher);
        return preview;
    }
    if (preview.format == ImportFormat::Unknown) {
        preview.errors.append(
            {0, ImportText::tr("not an attendance report Cultivate knows: a Zoom, Teams, Google Meet or Webex "
                               "report, or a list whose first row names a name or email column and a minutes "
                               "column")});
        return preview;
    }
    if (preview.format == ImportFormat::Members)
        preview.format = ImportFormat::Generic;
    previewAttendance(preview, *probe, text, wholeBytes, parse, matcher);
    text.clear();
    if (auto e = planEvent(plan, preview, options); !e.ok())
        return e.error();
    if (preview.eventChoice != EventChoice::Created && preview.event.id != 0) {
        auto rows = plan.listWhere<Attendance>(QStringLiteral("event_id"), preview.event.id);
        if (!rows.ok())
            return rows.error();
        preview.eventAttendance = rows.value();
    }
    countAttendanceChanges(preview);
    return preview;
}

Result<ImportOutcome> commitImport(Plan &plan, const ImportPreview &preview)
{
    if (preview.hasErrors())
        return makeError(ErrorCode::InvalidInput, preview.firstErrorMessage());
    ImportOutcome outcome;
    auto previous = findPreviousImport(plan, kindKey(preview.kind), preview.sha256);
    if (!previous.ok())
        return previous.error();
    if (previous.value()) {
        outcome.alreadyImported = true;
        outcome.importId = previous.value()->id;
        return outcome;
    }
    if (preview.nothingNew()) {
        outcome.nothingNew = true;
        outcome.eventId = preview.event.id;
        return outcome;
    }

    auto written = plan.transaction([&]() -> Result<void> {
        ImportRecord record;
        record.kind = kindKey(preview.kind);
        record.fileName = preview.fileName;
        record.sha256 = preview.sha256;
        record.format = formatKey(preview.format);
        record.importedAt = plan.clock().now();
        record.rows = preview.rows;
        auto importId = plan.add(record);
        if (!importId.ok())
            return importId.error();
        outcome.importId = importId.value();

        // The plan's members, read once (one member at a time costs a query each).
        QHash<Id, Member> members;
        const auto currentMember = [&plan, &members](Id id) -> Result<Member> {
            if (members.isEmpty()) {
                auto all = plan.list<Member>();
                if (!all.ok())
                    return all.error();
                for (const Member &m : all.value())
                    members.insert(m.id, m);
            }
            const auto it = members.constFind(id);
            if (it == members.constEnd())
                return makeError(ErrorCode::NotFound, ImportText::tr("member #%1 is no longer in the plan").arg(id));
            return it.value();
        };

        // People first: the member each person of the file becomes.
        QList<Id> memberOf;
        memberOf.reserve(preview.people.size());
        for (const PersonPlan &person : preview.people) {
            if (person.isNew()) {
                Member m = person.proposed;
                m.id = 0;
                auto id = plan.add(m);
                if (!id.ok())
                    return makeError(id.code(), describeIssue(preview.fileName, {person.line, id.error().message}));
                memberOf.append(id.value());
                outcome.addedMemberIds.append(id.value());
                ++outcome.membersAdded;
                continue;
            }
            memberOf.append(person.memberId);
            // A person of a report who adds nothing to their member needs no look at it.
            if (preview.kind == ImportKind::Attendance && !person.isMerge())
                continue;
            const auto current = currentMember(person.memberId);
            if (!current.ok())
                return current.error();
            Member m = current.value();
            if (preview.kind == ImportKind::Members) {
                m = person.update;
                m.id = person.memberId;
            } else {
                for (const QString &alias : person.aliasesToAdd) {
                    if (!m.aliases.contains(alias))
                        m.aliases.append(alias);
                }
                if (m.email.isEmpty())
                    m.email = person.emailToAdd;
            }
            if (m != current.value()) {
                if (auto r = plan.update(m); !r.ok())
                    return makeError(r.code(), describeIssue(preview.fileName, {person.line, r.error().message}));
                outcome.updatedMemberIds.append(m.id);
                ++outcome.membersUpdated;
            }
        }
        if (preview.kind == ImportKind::Members)
            return {};

        // The event: created, or the existing one updated from the report and marked held.
        Id eventId = preview.event.id;
        if (preview.eventChoice == EventChoice::Created) {
            Event e = preview.event;
            e.id = 0;
            auto id = plan.add(e);
            if (!id.ok())
                return id.error();
            eventId = id.value();
            outcome.eventCreated = true;
        } else {
            auto current = plan.get<Event>(eventId);
            if (!current.ok())
                return current.error();
            Event e = current.value();
            if (preview.eventBefore && e == *preview.eventBefore)
                e = preview.event;
            else
                e.status = EventStatus::Held;
            if (!(e == current.value())) {
                if (auto r = plan.update(e); !r.ok())
                    return r;
            }
        }
        outcome.eventId = eventId;

        // One row per member, minutes summed over everyone of the file who is that member.
        auto existing = plan.listWhere<Attendance>(QStringLiteral("event_id"), eventId);
        if (!existing.ok())
            return existing.error();
        QHash<Id, Attendance> byMember;
        for (const Attendance &a : existing.value())
            byMember.insert(a.memberId, a);
        for (const auto &[index, total] : totals(preview)) {
            const Id member = memberOf[index];
            const auto it = byMember.constFind(member);
            const std::optional<Attendance> before =
                it == byMember.constEnd() ? std::nullopt : std::optional<Attendance>(*it);
            Attendance a = mergedAttendance(before, total);
            if (before && a.status == before->status && a.minutes == before->minutes)
                continue; // already so
            a.eventId = eventId;
            a.memberId = member;
            a.importId = outcome.importId;
            if (before) {
                if (auto r = plan.update(a); !r.ok())
                    return r;
            } else {
                auto r = plan.add(a);
                if (!r.ok())
                    return r.error();
            }
            ++outcome.attendanceRows;
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    return outcome;
}

} // namespace cultivate
