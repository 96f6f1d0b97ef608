// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/reportparsers.h"

#include "core/importers/personmatcher.h"
#include "core/importers/reportvalues.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace cultivate {

namespace {

QString quotedValue(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// Adds the rows of one person together: rejoins, and a row without email that has the name of a
// row with one.
class PeopleAccumulator {
public:
    void add(ReportPerson row)
    {
        const QString email = emailKey(row.email);
        const QString name = nameKey(row.originalName.isEmpty() ? row.name : row.originalName);
        qsizetype index = -1;
        if (!email.isEmpty()) {
            index = m_byEmail.value(email, -1);
            if (index < 0 && !name.isEmpty()) {
                const qsizetype byName = m_byName.value(name, -1);
                if (byName >= 0 && emailKey(m_people[byName].email).isEmpty())
                    index = byName;
            }
        } else if (!name.isEmpty()) {
            index = m_byName.value(name, -1);
        }
        if (index < 0) {
            index = m_people.size();
            m_people.append(std::move(row));
        } else {
            merge(m_people[index], row);
        }
        const ReportPerson &person = m_people[index];
        if (const QString e = emailKey(person.email); !e.isEmpty() && !m_byEmail.contains(e))
            m_byEmail.insert(e, index);
        if (!name.isEmpty() && !m_byName.contains(name))
            m_byName.insert(name, index);
    }

    QList<ReportPerson> take() { return std::exchange(m_people, {}); }

private:
    static void merge(ReportPerson &into, const ReportPerson &row)
    {
        if (row.seconds)
            into.seconds = into.seconds.value_or(0) + *row.seconds;
        if (row.firstJoin.isValid() && (!into.firstJoin.isValid() || row.firstJoin < into.firstJoin))
            into.firstJoin = row.firstJoin;
        if (row.lastLeave.isValid() && (!into.lastLeave.isValid() || row.lastLeave > into.lastLeave))
            into.lastLeave = row.lastLeave;
        if (into.email.trimmed().isEmpty())
            into.email = row.email;
        if (into.originalName.isEmpty())
            into.originalName = row.originalName;
        into.guest = into.guest || row.guest;
        if (row.status == AttendanceStatus::Present)
            into.status = AttendanceStatus::Present;
        into.lines.append(row.lines);
    }

    QList<ReportPerson> m_people;
    QHash<QString, qsizetype> m_byEmail;
    QHash<QString, qsizetype> m_byName;
};

// A date-time cell read in a second pass, once the file's date order is known.
struct DateCell {
    int line = 0;
    QString text;
};

class DateReader {
public:
    void collect(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_samples.append(text);
    }
    void decide() { m_order = guessDateOrder(m_samples); }
    // Invalid for an empty cell; an error for one that is not a date.
    QDateTime read(int line, const QString &text, const char *what, QList<ImportIssue> &errors) const
    {
        if (text.trimmed().isEmpty())
            return {};
        const auto parsed = parseReportDateTime(text, m_order);
        if (!parsed) {
            errors.append({line, QStringLiteral("%1 is not a date and time (%2)")
                                     .arg(quotedValue(text.trimmed()), QString::fromUtf8(what))});
            return {};
        }
        return *parsed;
    }

private:
    QStringList m_samples;
    DateOrder m_order = DateOrder::DayFirst;
};

std::optional<qint64> readDuration(int line, const QString &text, int plainNumberSeconds, QList<ImportIssue> &errors)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto seconds = parseDurationSeconds(text, plainNumberSeconds);
    if (!seconds)
        errors.append({line, QStringLiteral("%1 is not a duration").arg(quotedValue(text.trimmed()))});
    return seconds;
}

// Fills in what the rows say about the meeting when the report does not state it.
void completeMeeting(AttendanceReport &report)
{
    QDateTime firstJoin;
    QDateTime lastLeave;
    for (const ReportPerson &p : report.people) {
        if (p.firstJoin.isValid() && (!firstJoin.isValid() || p.firstJoin < firstJoin))
            firstJoin = p.firstJoin;
        if (p.lastLeave.isValid() && (!lastLeave.isValid() || p.lastLeave > lastLeave))
            lastLeave = p.lastLeave;
    }
    Meeting &m = report.meeting;
    m.startStated = m.start.isValid();
    if (!m.statedSeconds && m.start.isValid() && m.end.isValid() && m.end >= m.start)
        m.statedSeconds = m.start.secsTo(m.end);
    if (!m.start.isValid())
        m.start = firstJoin;
    if (!m.end.isValid())
        m.end = lastLeave;
}

// When a row gives join and leave but no duration, the time between them is the duration.
void fillSeconds(ReportPerson &row)
{
    if (!row.seconds && row.firstJoin.isValid() && row.lastLeave.isValid() && row.lastLeave >= row.firstJoin)
        row.seconds = row.firstJoin.secsTo(row.lastLeave);
}

bool requirePerson(const ReportPerson &row, int line, QList<ImportIssue> &errors)
{
    if (!row.name.trimmed().isEmpty() || !row.email.trimmed().isEmpty())
        return true;
    errors.append({line, QStringLiteral("the row has neither a name nor an email address")});
    return false;
}

// Zoom writes "Display name (Original name)" in its "Name (Original Name)" column for a renamed
// participant.
void splitOriginalName(ReportPerson &row)
{
    static const QRegularExpression trailing(QStringLiteral(R"(^(.*\S)\s*\(([^()]+)\)\s*$)"));
    bool guest = false;
    const QString plain = stripNameDecorations(row.name, &guest);
    row.guest = row.guest || guest;
    if (const auto m = trailing.match(plain); m.hasMatch()) {
        row.name = m.captured(1).trimmed();
        row.originalName = m.captured(2).trimmed();
    }
}

int firstNonBlank(const CsvTable &table, qsizetype from = 0)
{
    for (qsizetype i = from; i < table.records.size(); ++i) {
        if (!table.records[i].isBlank())
            return static_cast<int>(i);
    }
    return -1;
}

// --- Zoom ------------------------------------------------------------------------------------

AttendanceReport zoom(const CsvTable &table)
{
    AttendanceReport report;
    report.format = ImportFormat::Zoom;
    const auto &records = table.records;
    DateReader dates;

    // The optional meeting preamble: a header with Meeting ID / Topic and one row of values.
    qsizetype participantsHeader = -1;
    qsizetype preambleValues = -1;
    ColumnMap preamble;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records[i].isBlank())
            continue;
        const ColumnMap map(records[i]);
        if (map.has({"jointime"}) && map.has({"leavetime", "durationminutes", "duration"})) {
            participantsHeader = i;
            break;
        }
        if (preambleValues < 0 && map.has({"meetingid", "topic"})) {
            preamble = map;
            preambleValues = firstNonBlank(table, i + 1);
            if (preambleValues >= 0)
                i = preambleValues;
        }
    }
    if (participantsHeader < 0) {
        const int line = records.isEmpty() ? 1 : records.constLast().line;
        report.errors.append({line, QStringLiteral("no participant table (a header with \u201cJoin Time\u201d and "
                                                   "\u201cLeave Time\u201d) was found")});
        return report;
    }
    const ColumnMap map(records[participantsHeader]);
    const qsizetype nameCol = map.find(columns::Name);
    const qsizetype emailCol = map.find(columns::Email);
    const qsizetype joinCol = map.find({"jointime"});
    const qsizetype leaveCol = map.find({"leavetime"});
    const qsizetype durationCol = map.find({"durationminutes", "duration", "minutes"});
    const qsizetype guestCol = map.find({"guest"});
    const qsizetype waitingCol = map.find({"inwaitingroom"});
    if (nameCol < 0 && emailCol < 0) {
        report.errors.append(
            {records[participantsHeader].line, QStringLiteral("the participant table has no name column")});
        return report;
    }

    // Pass 1: every date of the file, to learn its day/month order.
    if (preambleValues >= 0) {
        dates.collect(records[preambleValues].field(preamble.find({"starttime"})));
        dates.collect(records[preambleValues].field(preamble.find({"endtime"})));
    }
    for (qsizetype i = participantsHeader + 1; i < records.size(); ++i) {
        dates.collect(records[i].field(joinCol));
        dates.collect(records[i].field(leaveCol));
    }
    dates.decide();

    if (preambleValues >= 0) {
        const CsvRecord &values = records[preambleValues];
        Meeting &m = report.meeting;
        m.title = values.field(preamble.find({"topic", "meetingtopic"})).trimmed();
        m.start = dates.read(values.line, values.field(preamble.find({"starttime"})), "start time", report.errors);
        m.end = dates.read(values.line, values.field(preamble.find({"endtime"})), "end time", report.errors);
        if (const auto minutes = readDuration(values.line, values.field(preamble.find({"durationminutes", "duration"})),
                                              60, report.errors))
            m.statedSeconds = *minutes;
    }

    PeopleAccumulator people;
    for (qsizetype i = participantsHeader + 1; i < records.size(); ++i) {
        const CsvRecord &record = records[i];
        if (record.isBlank())
            continue;
        ++report.rows;
        if (waitingCol >= 0 && isYes(record.field(waitingCol))) {
            report.warnings.append({record.line, QStringLiteral("time in the waiting room is not counted")});
            continue;
        }
        ReportPerson row;
        row.lines = {record.line};
        row.name = record.field(nameCol).trimmed();
        row.email = record.field(emailCol).trimmed();
        row.guest = guestCol >= 0 && isYes(record.field(guestCol));
        if (map.find({"nameoriginalname"}) == nameCol)
            splitOriginalName(row);
        if (!requirePerson(row, record.line, report.errors))
            continue;
        row.firstJoin = dates.read(record.line, record.field(joinCol), "join time", report.errors);
        row.lastLeave = dates.read(record.line, record.field(leaveCol), "leave time", report.errors);
        row.seconds = readDuration(record.line, record.field(durationCol), 60, report.errors);
        if (row.firstJoin.isValid() && row.lastLeave.isValid() && row.lastLeave < row.firstJoin)
            report.errors.append({record.line, QStringLiteral("the leave time is before the join time")});
        fillSeconds(row);
        people.add(std::move(row));
    }
    report.people = people.take();
    completeMeeting(report);
    return report;
}

// --- Teams -----------------------------------------------------------------------------------

enum class TeamsSection { Summary, Participants, Activities, Other };

struct TeamsRow {
    int line = 0;
    QString name, email, upn, join, leave, duration, action, timestamp;
};

std::optional<TeamsSection> teamsSectionTitle(const CsvRecord &record)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^\s*\d+\.\s*(.*)$)"));
    int filled = 0;
    for (const QString &f : record.fields)
        filled += f.trimmed().isEmpty() ? 0 : 1;
    if (filled != 1)
        return std::nullopt;
    const QString first = record.field(0).trimmed();
    if (headerKey(first) == QLatin1String("meetingsummary"))
        return TeamsSection::Summary;
    const auto m = numbered.match(first);
    if (!m.hasMatch())
        return std::nullopt;
    const QString key = headerKey(m.captured(1));
    if (key.contains(QLatin1String("summary")))
        return TeamsSection::Summary;
    if (key.contains(QLatin1String("activit")))
        return TeamsSection::Activities;
    if (key.contains(QLatin1String("participant")) || key.contains(QLatin1String("attendee")))
        return TeamsSection::Participants;
    return TeamsSection::Other;
}

AttendanceReport teams(const CsvTable &table)
{
    AttendanceReport report;
    report.format = ImportFormat::Teams;
    DateReader dates;
    TeamsSection section = TeamsSection::Summary;
    std::optional<ColumnMap> header;
    QHash<QString, DateCell> summary; // headerKey(label) -> value
    QList<TeamsRow> participants;
    QList<TeamsRow> activities;
    QList<TeamsRow> actions; // the older "Full Name / User Action / Timestamp" list

    for (const CsvRecord &record : table.records) {
        if (record.isBlank()) {
            header.reset();
            continue;
        }
        if (const auto title = teamsSectionTitle(record)) {
            section = *title;
            header.reset();
            continue;
        }
        if (section == TeamsSection::Other)
            continue;
        if (!header) {
            const ColumnMap map(record);
            const bool looksLikeHeader =
                map.has({"name", "fullname", "participantname"}) &&
                (map.has(columns::Join) || map.has(columns::Minutes) || map.has({"useraction", "timestamp"}));
            if (section == TeamsSection::Summary && !looksLikeHeader) {
                const QString key = headerKey(record.field(0));
                if (!key.isEmpty() && !summary.contains(key))
                    summary.insert(key, DateCell{record.line, record.field(1).trimmed()});
                continue;
            }
            if (!looksLikeHeader) {
                report.errors.append(
                    {record.line, QStringLiteral("expected the column headers of the participant list")});
                continue;
            }
            if (section == TeamsSection::Summary) // a report without numbered sections
                section = TeamsSection::Participants;
            header = map;
            continue;
        }
        const ColumnMap &map = *header;
        TeamsRow row;
        row.line = record.line;
        row.name = record.field(map.find({"name", "fullname", "participantname"})).trimmed();
        row.email = record.field(map.find(columns::Email)).trimmed();
        row.upn = record.field(map.find({"participantidupn", "upn", "participantid", "userprincipalname"})).trimmed();
        row.join = record.field(map.find({"firstjoin", "jointime", "firstjointime"}));
        row.leave = record.field(map.find({"lastleave", "leavetime", "lastleavetime"}));
        row.duration = record.field(map.find({"inmeetingduration", "duration", "attendanceduration", "timeinmeeting"}));
        row.action = record.field(map.find({"useraction"})).trimmed();
        row.timestamp = record.field(map.find({"timestamp"}));
        for (const QString *d : {&row.join, &row.leave, &row.timestamp})
            dates.collect(*d);
        if (map.has({"useraction"}))
            actions.append(row);
        else if (section == TeamsSection::Activities)
            activities.append(row);
        else
            participants.append(row);
    }
    for (const char *key : {"starttime", "meetingstarttime", "endtime", "meetingendtime"})
        dates.collect(summary.value(QString::fromLatin1(key)).text);
    dates.decide();

    const auto summaryValue = [&summary](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const auto it = summary.constFind(QString::fromLatin1(key));
            if (it != summary.constEnd())
                return it.value();
        }
        return DateCell{};
    };
    Meeting &m = report.meeting;
    m.title = summaryValue({"meetingtitle", "title", "meetingname", "subject"}).text;
    const DateCell start = summaryValue({"starttime", "meetingstarttime"});
    const DateCell end = summaryValue({"endtime", "meetingendtime"});
    const DateCell duration = summaryValue({"meetingduration", "duration"});
    m.start = dates.read(start.line, start.text, "start time", report.errors);
    m.end = dates.read(end.line, end.text, "end time", report.errors);
    m.statedSeconds = readDuration(duration.line, duration.text, 60, report.errors);

    PeopleAccumulator people;
    const auto personFrom = [&](const TeamsRow &r) {
        ReportPerson row;
        row.lines = {r.line};
        row.name = r.name;
        // A guest's UPN (name_domain#EXT#@tenant) is no address to write to.
        const bool guestUpn = r.upn.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive);
        row.email = !emailKey(r.email).isEmpty() || guestUpn || emailKey(r.upn).isEmpty() ? r.email : r.upn;
        bool guest = false;
        stripNameDecorations(r.name, &guest);
        row.guest = guest || guestUpn;
        return row;
    };
    // The participant list sums each person's time itself; without it the activities are summed.
    const QList<TeamsRow> &rows = !participants.isEmpty() ? participants : activities;
    for (const TeamsRow &r : rows) {
        ++report.rows;
        ReportPerson row = personFrom(r);
        if (!requirePerson(row, r.line, report.errors))
            continue;
        row.firstJoin = dates.read(r.line, r.join, "join time", report.errors);
        row.lastLeave = dates.read(r.line, r.leave, "leave time", report.errors);
        row.seconds = readDuration(r.line, r.duration, 60, report.errors);
        fillSeconds(row);
        people.add(std::move(row));
    }
    if (rows.isEmpty() && !actions.isEmpty()) {
        // Joined/Left events in time order: a session runs from a join to the next leave, or to
        // the last event of the report.
        QDateTime lastEvent;
        QList<std::pair<const TeamsRow *, QDateTime>> timed;
        for (const TeamsRow &r : actions) {
            ++report.rows;
            const QDateTime at = dates.read(r.line, r.timestamp, "timestamp", report.errors);
            if (!at.isValid()) {
                if (r.timestamp.trimmed().isEmpty())
                    report.errors.append({r.line, QStringLiteral("the row has no timestamp")});
                continue;
            }
            timed.append({&r, at});
            lastEvent = std::max(lastEvent, at);
        }
        std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        QHash<QString, QDateTime> openSince;
        for (const auto &[r, at] : timed) {
            ReportPerson row = personFrom(*r);
            if (!requirePerson(row, r->line, report.errors))
                continue;
            const QString key = nameKey(r->name) + QLatin1Char('\n') + emailKey(row.email);
            if (headerKey(r->action).startsWith(QLatin1String("join"))) {
                openSince.insert(key, at);
                row.firstJoin = at;
            } else if (headerKey(r->action).startsWith(QLatin1String("left"))) {
                const QDateTime since = openSince.take(key);
                row.lastLeave = at;
                row.seconds = since.isValid() ? since.secsTo(at) : 0;
            } else {
                report.errors.append({r->line, QStringLiteral("unknown action %1").arg(quotedValue(r->action))});
                continue;
            }
            people.add(std::move(row));
        }
        // Still in the meeting when the list was taken.
        QList<ReportPerson> all = people.take();
        for (ReportPerson &p : all) {
            const QString key = nameKey(p.name) + QLatin1Char('\n') + emailKey(p.email);
            if (const QDateTime since = openSince.value(key); since.isValid()) {
                p.seconds = p.seconds.value_or(0) + since.secsTo(lastEvent);
                p.lastLeave = lastEvent;
            }
        }
        report.people = all;
    } else {
        report.people = people.take();
    }
    if (rows.isEmpty() && actions.isEmpty() && report.errors.isEmpty()) {
        const int line = table.records.isEmpty() ? 1 : table.records.constLast().line;
        report.errors.append({line, QStringLiteral("the report lists no participants")});
    }
    completeMeeting(report);
    return report;
}

// --- Generic attendance list -------------------------------------------------------------------

std::optional<AttendanceStatus> readStatus(const QString &text)
{
    const QString key = headerKey(text);
    if (key.isEmpty() || isYes(text) || key == QLatin1String("present") || key == QLatin1String("attended") ||
        key == QLatin1String("présent") || key == QLatin1String("aanwezig"))
        return AttendanceStatus::Present;
    if (key == QLatin1String("absent") || key == QLatin1String("no") || key == QLatin1String("n") ||
        key == QLatin1String("0") || key == QLatin1String("false") || key == QLatin1String("afwezig"))
        return AttendanceStatus::Absent;
    if (key == QLatin1String("excused") || key == QLatin1String("apologies") || key == QLatin1String("excusé") ||
        key == QLatin1String("excuse") || key == QLatin1String("verontschuldigd"))
        return AttendanceStatus::Excused;
    return std::nullopt;
}

QString personName(const CsvRecord &record, qsizetype nameCol, qsizetype firstCol, qsizetype lastCol)
{
    QString name = record.field(nameCol).trimmed();
    if (name.isEmpty() && (firstCol >= 0 || lastCol >= 0))
        name = QStringList{record.field(firstCol).trimmed(), record.field(lastCol).trimmed()}
                   .join(QLatin1Char(' '))
                   .trimmed();
    return name;
}

AttendanceReport generic(const CsvTable &table)
{
    AttendanceReport report;
    report.format = ImportFormat::Generic;
    const auto &records = table.records;
    const int headerIndex = firstNonBlank(table);
    if (headerIndex < 0) {
        report.errors.append({1, QStringLiteral("the file is empty")});
        return report;
    }
    const ColumnMap map(records[headerIndex]);
    const qsizetype nameCol = map.find(columns::Name);
    const qsizetype firstCol = map.find(columns::FirstName);
    const qsizetype lastCol = map.find(columns::LastName);
    const qsizetype emailCol = map.find(columns::Email);
    const qsizetype minutesCol = map.find(columns::Minutes);
    const qsizetype joinCol = map.find(columns::Join);
    const qsizetype leaveCol = map.find(columns::Leave);
    const qsizetype guestCol = map.find(columns::Guest);
    const qsizetype statusCol = map.find({"status", "attendance", "attended", "present"});
    const qsizetype titleCol =
        map.find({"meeting", "meetingtitle", "title", "event", "eventtitle", "topic", "session"});
    const qsizetype dateCol = map.find({"date", "meetingdate", "eventdate", "day"});
    if (nameCol < 0 && emailCol < 0 && firstCol < 0 && lastCol < 0) {
        report.errors.append({records[headerIndex].line,
                              QStringLiteral("no name or email column (the first row must name the columns)")});
        return report;
    }

    DateReader dates;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        for (qsizetype col : {joinCol, leaveCol, dateCol})
            dates.collect(records[i].field(col));
    }
    dates.decide();

    PeopleAccumulator people;
    QDateTime earliestDate;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        const CsvRecord &record = records[i];
        if (record.isBlank())
            continue;
        ++report.rows;
        ReportPerson row;
        row.lines = {record.line};
        row.name = personName(record, nameCol, firstCol, lastCol);
        row.email = record.field(emailCol).trimmed();
        bool decoratedGuest = false;
        stripNameDecorations(row.name, &decoratedGuest);
        row.guest = decoratedGuest || (guestCol >= 0 && isYes(record.field(guestCol)));
        if (!requirePerson(row, record.line, report.errors))
            continue;
        if (!row.email.isEmpty() && emailKey(row.email).isEmpty())
            report.errors.append(
                {record.line, QStringLiteral("%1 is not an email address").arg(quotedValue(row.email))});
        if (statusCol >= 0) {
            const auto status = readStatus(record.field(statusCol));
            if (!status)
                report.errors.append({record.line, QStringLiteral("%1 is not present, absent or excused")
                                                       .arg(quotedValue(record.field(statusCol).trimmed()))});
            row.status = status.value_or(AttendanceStatus::Present);
        }
        row.firstJoin = dates.read(record.line, record.field(joinCol), "join time", report.errors);
        row.lastLeave = dates.read(record.line, record.field(leaveCol), "leave time", report.errors);
        row.seconds = readDuration(record.line, record.field(minutesCol), 60, report.errors);
        fillSeconds(row);
        const QDateTime date = dates.read(record.line, record.field(dateCol), "date", report.errors);
        if (date.isValid() && (!earliestDate.isValid() || date < earliestDate))
            earliestDate = date;
        if (report.meeting.title.isEmpty())
            report.meeting.title = record.field(titleCol).trimmed();
        people.add(std::move(row));
    }
    report.people = people.take();
    completeMeeting(report);
    report.meeting.startStated = false;
    if (!report.meeting.start.isValid())
        report.meeting.start = earliestDate;
    return report;
}

// --- Member list -----------------------------------------------------------------------------

std::optional<Role> readRole(const QString &text)
{
    const QString key = headerKey(text);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto role = enumFromKey<Role>(key))
        return role;
    static const QHash<QString, Role> synonyms{
        {QStringLiteral("subjectmatterexpert"), Role::Expert},
        {QStringLiteral("sme"), Role::Expert},
        {QStringLiteral("coordinator"), Role::Facilitator},
        {QStringLiteral("facilitater"), Role::Facilitator},
        {QStringLiteral("moderator"), Role::Facilitator},
        {QStringLiteral("participant"), Role::Member},
        {QStringLiteral("attendee"), Role::Member},
        {QStringLiteral("visitor"), Role::Guest},
        {QStringLiteral("external"), Role::Guest},
        {QStringLiteral("leader"), Role::Champion},
        {QStringLiteral("coreteam"), Role::Champion},
        {QStringLiteral("sponsors"), Role::Sponsor},
        {QStringLiteral("members"), Role::Member},
        {QStringLiteral("guests"), Role::Guest},
    };
    const auto it = synonyms.constFind(key);
    return it == synonyms.constEnd() ? std::nullopt : std::optional<Role>(it.value());
}

} // namespace

std::optional<int> ReportPerson::minutes() const
{
    return seconds ? std::optional<int>(roundedMinutes(*seconds)) : std::nullopt;
}

QStringList ReportPerson::names() const
{
    QStringList all;
    if (!name.trimmed().isEmpty())
        all << name;
    if (!originalName.trimmed().isEmpty())
        all << originalName;
    return all;
}

std::optional<int> Meeting::durationMinutes() const
{
    if (statedSeconds)
        return roundedMinutes(*statedSeconds);
    if (start.isValid() && end.isValid() && end >= start)
        return roundedMinutes(start.secsTo(end));
    return std::nullopt;
}

AttendanceReport parseZoomReport(const CsvTable &table)
{
    return zoom(table);
}
AttendanceReport parseTeamsReport(const CsvTable &table)
{
    return teams(table);
}
AttendanceReport parseGenericAttendance(const CsvTable &table)
{
    return generic(table);
}

AttendanceReport parseAttendance(const CsvTable &table, ImportFormat format)
{
    switch (format) {
    case ImportFormat::Zoom:
        return zoom(table);
    case ImportFormat::Teams:
        return teams(table);
    case ImportFormat::Generic:
    case ImportFormat::Members:
        return generic(table);
    case ImportFormat::Unknown:
        break;
    }
    AttendanceReport report;
    report.errors.append({1, QStringLiteral("not an attendance report Cultivate knows (Zoom, Teams or a list with "
                                            "name, email and minutes columns)")});
    return report;
}

MemberList parseMemberList(const CsvTable &table)
{
    MemberList list;
    const auto &records = table.records;
    const int headerIndex = firstNonBlank(table);
    if (headerIndex < 0) {
        list.errors.append({1, QStringLiteral("the file is empty")});
        return list;
    }
    const ColumnMap map(records[headerIndex]);
    const qsizetype nameCol = map.find(columns::Name);
    const qsizetype firstCol = map.find(columns::FirstName);
    const qsizetype lastCol = map.find(columns::LastName);
    const qsizetype emailCol = map.find(columns::Email);
    const qsizetype orgCol = map.find(columns::Organisation);
    const qsizetype roleCol = map.find(columns::Role);
    const qsizetype joinedCol = map.find({"joined", "joineddate", "joindate", "membersince", "datejoined", "since"});
    const qsizetype leftCol = map.find({"left", "leftdate", "leavedate", "dateleft"});
    const qsizetype aliasCol = map.find({"aliases", "alias", "othernames", "alsoknownas", "aka"});
    const qsizetype notesCol = map.find({"notes", "note", "comments", "comment", "remarks"});
    const qsizetype consentReportCol = map.find({"consentreport", "consent", "mayappearinreports", "reportconsent"});
    const qsizetype consentQuoteCol = map.find({"consentquote", "mayquote", "quoteconsent"});
    const qsizetype commitmentCol = map.find({"commitmentsigned", "commitment", "commitmentdate"});
    if (nameCol < 0 && emailCol < 0 && firstCol < 0 && lastCol < 0) {
        list.errors.append({records[headerIndex].line,
                            QStringLiteral("no name or email column (the first row must name the columns)")});
        return list;
    }

    DateReader dates;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        for (qsizetype col : {joinedCol, leftCol, commitmentCol})
            dates.collect(records[i].field(col));
    }
    dates.decide();

    QHash<QString, qsizetype> byEmail;
    QHash<QString, qsizetype> byName;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        const CsvRecord &record = records[i];
        if (record.isBlank())
            continue;
        MemberRow row;
        row.line = record.line;
        Member &m = row.member;
        m.name = stripNameDecorations(personName(record, nameCol, firstCol, lastCol));
        m.email = record.field(emailCol).trimmed();
        m.organisation = record.field(orgCol).trimmed();
        m.notes = record.field(notesCol).trimmed();
        if (m.name.isEmpty()) {
            list.errors.append({record.line, QStringLiteral("the member has no name")});
            continue;
        }
        if (!m.email.isEmpty() && emailKey(m.email).isEmpty()) {
            list.errors.append({record.line, QStringLiteral("%1 is not an email address").arg(quotedValue(m.email))});
            continue;
        }
        if (const QString role = record.field(roleCol).trimmed(); !role.isEmpty()) {
            const auto parsed = readRole(role);
            if (!parsed) {
                list.errors.append({record.line, QStringLiteral("%1 is not a role (sponsor, facilitator, champion, "
                                                                "expert, member or guest)")
                                                     .arg(quotedValue(role))});
                continue;
            }
            m.role = *parsed;
            row.roleGiven = true;
        }
        m.joinedDate = dates.read(record.line, record.field(joinedCol), "joined", list.errors).date();
        m.leftDate = dates.read(record.line, record.field(leftCol), "left", list.errors).date();
        m.commitmentSigned =
            dates.read(record.line, record.field(commitmentCol), "commitment signed", list.errors).date();
        if (m.joinedDate.isValid() && m.leftDate.isValid() && m.leftDate < m.joinedDate)
            list.errors.append({record.line, QStringLiteral("the member left before joining")});
        for (const QString &alias : record.field(aliasCol).split(QRegularExpression(QStringLiteral("[;|]")))) {
            if (!alias.trimmed().isEmpty() && !m.aliases.contains(alias.trimmed()))
                m.aliases.append(alias.trimmed());
        }
        m.consentReport = consentReportCol >= 0 && isYes(record.field(consentReportCol));
        m.consentQuote = consentQuoteCol >= 0 && isYes(record.field(consentQuoteCol));

        // The same person twice in one list: the later row fills what the earlier one left empty.
        const QString email = emailKey(m.email);
        const QString name = nameKey(m.name);
        qsizetype same = !email.isEmpty() ? byEmail.value(email, -1) : -1;
        if (same < 0 && email.isEmpty())
            same = byName.value(name, -1);
        if (same >= 0) {
            MemberRow &earlier = list.rows[same];
            list.warnings.append(
                {record.line, QStringLiteral("the same person as on line %1: merged").arg(earlier.line)});
            Member &e = earlier.member;
            if (e.organisation.isEmpty())
                e.organisation = m.organisation;
            if (nameKey(e.name) != name && !e.aliases.contains(m.name))
                e.aliases.append(m.name);
            for (const QString &alias : m.aliases) {
                if (!e.aliases.contains(alias))
                    e.aliases.append(alias);
            }
            continue;
        }
        if (!email.isEmpty())
            byEmail.insert(email, list.rows.size());
        if (!byName.contains(name))
            byName.insert(name, list.rows.size());
        list.rows.append(row);
    }
    return list;
}

} // namespace cultivate
