// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/importer.h"

#include "core/importers/importsupport.h"
#include "core/importers/reportvalues.h"
#include "core/storage/column.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace cultivate {

namespace {

// How far from the meeting's start a planned event may begin and still be that meeting.
constexpr qint64 EventMatchWindowSecs = 3600;

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
    auto rows = plan.exec(QStringLiteral("SELECT id FROM event WHERE start BETWEEN ? AND ? ORDER BY start, id"),
                          {start.addSecs(-EventMatchWindowSecs).toString(storage::DateTimeFormat),
                           start.addSecs(EventMatchWindowSecs).toString(storage::DateTimeFormat)});
    if (!rows.ok())
        return rows.error();
    QList<Id> ids;
    while (rows.value().next())
        ids.append(rows.value().value(0).toLongLong());
    std::optional<Event> best;
    for (Id id : ids) {
        auto event = plan.get<Event>(id);
        if (!event.ok())
            return event.error();
        const qint64 distance = std::abs(event.value().start.secsTo(start));
        if (distance <= EventMatchWindowSecs && (!best || distance < std::abs(best->start.secsTo(start))))
            best = event.value();
    }
    return best;
}

// "García Simón, Pedro" -> "Pedro García Simón": reports sort by surname, people are called the
// other way round. Anything but exactly one comma between two words is left alone.
QString naturalOrder(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(','));
    if (parts.size() != 2 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty())
        return name;
    return parts[1].trimmed() + QLatin1Char(' ') + parts[0].trimmed();
}

// Fills in the match of one person and what the commit will add to an existing member.
void resolve(PersonPlan &person, const PersonMatcher &matcher, QList<ImportIssue> &warnings)
{
    const PersonMatchResult result = matcher.match(person.email, person.names);
    person.match = result.kind;
    person.candidates = result.candidates;
    if (result.kind == MatchKind::Ambiguous) {
        QStringList ids;
        for (Id id : result.candidates)
            ids << QString::number(id);
        warnings.append(
            {person.line, QStringLiteral("%1 fits several members (%2): proposed as a new member")
                              .arg(quoted(person.names.value(0, person.email)), ids.join(QStringLiteral(", ")))});
    }
    if (result.memberId == 0)
        return;
    person.memberId = result.memberId;
    const Member *member = matcher.member(result.memberId);
    for (const QString &name : person.names) {
        if (!knowsName(*member, name) && !person.aliasesToAdd.contains(name))
            person.aliasesToAdd.append(name);
    }
    if (member->email.trimmed().isEmpty() && !emailKey(person.email).isEmpty() &&
        matcher.match(person.email, {}).kind == MatchKind::None)
        person.emailToAdd = person.email.trimmed();
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
        resolve(person, matcher, preview.warnings);
        if (person.memberId == 0) {
            Member &m = person.proposed;
            m.name = naturalOrder(stripNameDecorations(p.originalName.isEmpty() ? p.name : p.originalName));
            if (m.name.isEmpty())
                m.name = p.email.trimmed();
            m.email = emailKey(p.email).isEmpty() ? QString() : p.email.trimmed();
            m.role = p.guest ? Role::Guest : Role::Member;
            m.joinedDate = report.meeting.start.date();
            for (const QString &name : person.names) {
                if (!knowsName(m, name))
                    m.aliases.append(name);
            }
        }
        preview.people.append(person);
    }
    // Two people of one report who are the same member: their minutes are added together.
    QHash<Id, int> firstLine;
    for (const PersonPlan &person : std::as_const(preview.people)) {
        if (person.memberId == 0)
            continue;
        if (firstLine.contains(person.memberId)) {
            preview.warnings.append(
                {person.line, QStringLiteral("the same member as on line %1: minutes added together")
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
        resolve(person, matcher, preview.warnings);
        if (person.memberId != 0) {
            // An existing member: the list fills what the plan leaves empty, and never overwrites.
            Member m = *matcher.member(person.memberId);
            if (m.email.isEmpty())
                m.email = person.emailToAdd;
            if (m.organisation.isEmpty())
                m.organisation = row.member.organisation;
            if (row.roleGiven && m.role == Role::Member)
                m.role = row.member.role;
            if (!m.joinedDate.isValid())
                m.joinedDate = row.member.joinedDate;
            if (!m.leftDate.isValid() && (!m.joinedDate.isValid() || row.member.leftDate >= m.joinedDate))
                m.leftDate = row.member.leftDate;
            if (!m.commitmentSigned.isValid())
                m.commitmentSigned = row.member.commitmentSigned;
            if (m.notes.isEmpty())
                m.notes = row.member.notes;
            m.consentReport = m.consentReport || row.member.consentReport;
            m.consentQuote = m.consentQuote || row.member.consentQuote;
            m.aliases.append(person.aliasesToAdd);
            person.update = m;
        }
        preview.people.append(person);
    }
}

Result<void> planEvent(const Plan &plan, ImportPreview &preview, const ImportOptions &options)
{
    if (options.eventId) {
        auto event = plan.get<Event>(*options.eventId);
        if (!event.ok())
            return makeError(
                event.code(),
                QStringLiteral("%1: no event with id %2").arg(QFileInfo(plan.path()).fileName()).arg(*options.eventId));
        preview.event = event.value();
        preview.eventChoice = EventChoice::Given;
        preview.event.status = EventStatus::Held;
        return {};
    }
    const Meeting &meeting = preview.meeting;
    if (!meeting.start.isValid()) {
        // A file that could not be read says so already; this would only repeat it.
        if (preview.hasErrors())
            return {};
        preview.errors.append({1, QStringLiteral("the file gives no meeting date or join times: "
                                                 "choose the event with --event ID")});
        return {};
    }
    auto near = eventNear(plan, meeting.start);
    if (!near.ok())
        return near.error();
    if (near.value()) {
        preview.event = *near.value();
        preview.eventChoice = EventChoice::MatchedByTime;
        preview.event.status = EventStatus::Held;
        return {};
    }
    Event &e = preview.event;
    e.title = meeting.title.isEmpty() ? QFileInfo(preview.fileName).completeBaseName() : meeting.title;
    if (e.title.trimmed().isEmpty())
        e.title = QStringLiteral("Imported meeting");
    e.kind = EventKind::Meeting;
    e.start = meeting.start;
    int longest = 0;
    for (const PersonPlan &p : std::as_const(preview.people))
        longest = std::max(longest, p.minutes().value_or(0));
    e.durationMinutes = meeting.durationMinutes().value_or(longest > 0 ? longest : 60);
    e.status = EventStatus::Held;
    e.notes = QStringLiteral("Created by importing %1.").arg(preview.fileName);
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

QString decodedEmptyCheck(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return {};
    }
    return QStringLiteral("the file is empty");
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

QString ImportPreview::firstErrorMessage() const
{
    return firstIssueMessage(fileName, errors);
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
    auto previous = findPreviousImport(plan, kindKey(options.kind), preview.sha256);
    if (!previous.ok())
        return previous.error();
    preview.previousImport = previous.value();

    const DecodedText decoded = decodeText(bytes);
    preview.encoding = decoded.encoding;
    if (const QString empty = decodedEmptyCheck(decoded.text); !empty.isEmpty()) {
        preview.errors.append({1, empty});
        return preview;
    }
    int errorLine = 0;
    auto table = readCsv(decoded.text, std::nullopt, &errorLine);
    if (!table.ok()) {
        preview.errors.append({errorLine, QStringLiteral("a quoted field begins here and is never closed")});
        return preview;
    }
    preview.delimiter = table.value().delimiter;
    const ImportFormat detected = detectFormat(table.value());
    preview.format = options.format != ImportFormat::Unknown ? options.format : detected;

    auto members = plan.list<Member>();
    if (!members.ok())
        return members.error();
    const PersonMatcher matcher(members.value());

    if (options.kind == ImportKind::Members) {
        if (preview.format == ImportFormat::Zoom || preview.format == ImportFormat::Teams) {
            preview.errors.append({1, QStringLiteral("this is a %1, not a member list: import it as attendance")
                                          .arg(formatLabel(preview.format))});
            return preview;
        }
        preview.format = ImportFormat::Members;
        const MemberList list = parseMemberList(table.value());
        preview.rows = static_cast<int>(list.rows.size());
        preview.errors = list.errors;
        preview.warnings = list.warnings;
        if (list.rows.isEmpty() && list.errors.isEmpty()) {
            const auto &records = table.value().records;
            preview.errors.append({records.isEmpty() ? 1 : records.constLast().line,
                                   QStringLiteral("the list has a header but no members")});
        }
        planMembers(preview, list, matcher);
        return preview;
    }

    if (preview.format == ImportFormat::Unknown) {
        preview.errors.append(
            {table.value().records.value(0).line > 0 ? table.value().records.value(0).line : 1,
             QStringLiteral("not an attendance report Cultivate knows: a Zoom or Teams report, or a "
                            "list whose first row names a name or email column and a minutes column")});
        return preview;
    }
    if (preview.format == ImportFormat::Members)
        preview.format = ImportFormat::Generic;
    const AttendanceReport report = parseAttendance(table.value(), preview.format);
    preview.rows = report.rows;
    preview.meeting = report.meeting;
    preview.errors = report.errors;
    preview.warnings = report.warnings;
    if (report.people.isEmpty() && report.errors.isEmpty()) {
        const auto &records = table.value().records;
        preview.errors.append(
            {records.isEmpty() ? 1 : records.constLast().line, QStringLiteral("the report lists no participants")});
    }
    planAttendance(preview, report, matcher);
    if (auto e = planEvent(plan, preview, options); !e.ok())
        return e.error();
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
                ++outcome.membersAdded;
                continue;
            }
            memberOf.append(person.memberId);
            auto current = plan.get<Member>(person.memberId);
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
                ++outcome.membersUpdated;
            }
        }
        if (preview.kind == ImportKind::Members)
            return {};

        // The event: created, or the existing one marked held.
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
            if (current.value().status != EventStatus::Held) {
                Event e = current.value();
                e.status = EventStatus::Held;
                if (auto r = plan.update(e); !r.ok())
                    return r;
            }
        }
        outcome.eventId = eventId;

        // One row per member, minutes summed over everyone of the file who is that member.
        struct Total {
            AttendanceStatus status = AttendanceStatus::Absent;
            std::optional<qint64> seconds;
        };
        QList<Id> order;
        QHash<Id, Total> totals;
        for (qsizetype i = 0; i < preview.people.size(); ++i) {
            const PersonPlan &person = preview.people[i];
            const Id member = memberOf[i];
            if (!totals.contains(member)) {
                order.append(member);
                totals.insert(member, Total{person.status, {}});
            }
            Total &t = totals[member];
            if (statusRank(person.status) > statusRank(t.status))
                t.status = person.status;
            if (person.seconds)
                t.seconds = t.seconds.value_or(0) + *person.seconds;
        }
        auto existing = plan.listWhere<Attendance>(QStringLiteral("event_id"), eventId);
        if (!existing.ok())
            return existing.error();
        QHash<Id, Attendance> byMember;
        for (const Attendance &a : existing.value())
            byMember.insert(a.memberId, a);
        for (Id member : order) {
            const Total &t = totals.value(member);
            const std::optional<int> minutes =
                t.seconds ? std::optional<int>(roundedMinutes(*t.seconds)) : std::nullopt;
            if (byMember.contains(member)) {
                Attendance a = byMember.value(member);
                if (t.status == AttendanceStatus::Present)
                    a.status = AttendanceStatus::Present;
                if (minutes && (!a.minutes || *a.minutes < *minutes))
                    a.minutes = minutes;
                a.importId = outcome.importId;
                if (auto r = plan.update(a); !r.ok())
                    return r;
            } else {
                auto r = plan.add(Attendance{0, eventId, member, t.status, minutes, outcome.importId});
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
