// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/reportparsers.h"

#include "core/importers/importtext.h"
#include "core/importers/personmatcher.h"
#include "core/importers/personname.h"
#include "core/importers/reportvalues.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace cultivate {

namespace {

// Past this many errors a file is not what it claims to be: reading on would only add more.
constexpr int MaxErrors = 50;

QString quotedValue(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// A cell's text; Zoom writes "--" for "nothing".
QString cell(const CsvRecord &record, qsizetype column)
{
    if (column < 0)
        return {};
    const QString text = record.field(column).trimmed();
    return text == QLatin1String("--") ? QString() : text;
}

bool tooManyErrors(const QList<ImportIssue> &errors)
{
    return errors.size() >= MaxErrors;
}

int wholeWords(const QString &name)
{
    int count = 0;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        int letters = 0;
        for (QChar c : word)
            letters += c.isLetter() ? 1 : 0;
        count += letters >= 2 && !word.endsWith(QLatin1Char('.')) ? 1 : 0;
    }
    return count;
}

void addName(QStringList &names, const QString &primary, const QString &name)
{
    if (name.trimmed().isEmpty() || nameKey(name) == nameKey(primary))
        return;
    for (const QString &known : std::as_const(names)) {
        if (nameKey(known) == nameKey(name))
            return;
    }
    names.append(name);
}

// Adds the rows of one person together: rejoins, and a row without email that has the name of a
// row with one. Two rows with different email addresses are never one person.
class PeopleAccumulator {
public:
    void add(ReportPerson row)
    {
        const QString email = emailKey(row.email);
        const QString name = nameKey(row.name);
        qsizetype index = -1;
        if (!email.isEmpty()) {
            index = m_byEmail.value(email, -1);
            if (index < 0 && !name.isEmpty()) {
                const qsizetype byName = uniqueByName(name);
                if (byName >= 0 && emailKey(m_people[byName].email).isEmpty())
                    index = byName;
            }
        } else if (!name.isEmpty()) {
            index = uniqueByName(name);
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
        for (const QString &n : person.names()) {
            QList<qsizetype> &list = m_byName[nameKey(n)];
            if (!list.contains(index))
                list.append(index);
        }
    }

    QList<ReportPerson> take() { return std::exchange(m_people, {}); }

private:
    qsizetype uniqueByName(const QString &key) const
    {
        const QList<qsizetype> list = m_byName.value(key);
        return list.size() == 1 ? list.constFirst() : -1;
    }

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
        if (into.organisation.isEmpty())
            into.organisation = row.organisation;
        // The fuller name wins ("Tomás Ortega" over "Tom O."); the other stays as another name.
        QStringList names = row.names();
        if (!row.caller && (into.caller || wholeWords(row.name) > wholeWords(into.name))) {
            names.append(into.names());
            into.name = row.name;
            into.otherNames.clear();
            into.caller = false;
        }
        for (const QString &n : std::as_const(names))
            addName(into.otherNames, into.name, n);
        into.guest = into.guest || row.guest;
        if (row.status == AttendanceStatus::Present)
            into.status = AttendanceStatus::Present;
        into.lines.append(row.lines);
    }

    QList<ReportPerson> m_people;
    QHash<QString, qsizetype> m_byEmail;
    QHash<QString, QList<qsizetype>> m_byName;
};

// A date-time cell read once the file's date order is known. Time-only cells (Google Meet) take
// the meeting's date.
class DateReader {
public:
    void collect(const QString &text)
    {
        if (!m_decided && !text.trimmed().isEmpty() && m_samples.size() < 2000)
            m_samples.append(text);
    }
    void decide()
    {
        m_order = guessDateOrder(m_samples);
        m_samples.clear();
        m_decided = true;
    }
    void setDay(const QDate &day) { m_day = day; }
    // Invalid for an empty cell; an error for one that is not a date.
    QDateTime read(int line, const QString &text, const QString &what, QList<ImportIssue> &errors) const
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("--"))
            return {};
        if (const auto parsed = parseReportDateTime(trimmed, m_order))
            return *parsed;
        if (m_day.isValid()) {
            if (const auto time = parseReportTime(trimmed))
                return QDateTime(m_day, *time);
        }
        errors.append({line, ImportText::tr("%1 is not a date and time (%2)").arg(quotedValue(trimmed), what)});
        return {};
    }

private:
    QStringList m_samples;
    DateOrder m_order = DateOrder::DayFirst;
    QDate m_day;
    bool m_decided = false;
};

std::optional<qint64> readDuration(int line, const QString &text, int plainNumberSeconds, QList<ImportIssue> &errors)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("--"))
        return std::nullopt;
    const auto seconds = parseDurationSeconds(trimmed, plainNumberSeconds);
    if (!seconds)
        errors.append({line, ImportText::tr("%1 is not a duration").arg(quotedValue(trimmed))});
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
    errors.append({line, ImportText::tr("the row has neither a name nor an email address")});
    return false;
}

// The name, markers, pronouns and organisation of a display name, into a person.
void applyDisplayName(ReportPerson &row, const QString &raw, bool mayCarryOriginalName)
{
    const DisplayName parsed = parseDisplayName(raw, mayCarryOriginalName);
    row.name = parsed.fullName();
    if (const QString other = parsed.otherName(); !other.isEmpty())
        row.otherNames.append(other);
    row.organisation = parsed.organisation;
    row.caller = parsed.caller && isPhoneCaller(row.name);
    row.guest = row.guest || parsed.guest || parsed.external || parsed.caller;
}

int firstNonBlank(const CsvTable &table, qsizetype from = 0)
{
    for (qsizetype i = from; i < table.records.size(); ++i) {
        if (!table.records[i].isBlank())
            return static_cast<int>(i);
    }
    return -1;
}

int filledFields(const CsvRecord &record)
{
    int filled = 0;
    for (const QString &f : record.fields)
        filled += f.trimmed().isEmpty() ? 0 : 1;
    return filled;
}

// Where the roles of one participant table are.
struct Columns {
    QList<ColumnRole> roles;
    qsizetype name = -1, first = -1, last = -1, email = -1, upn = -1, organisation = -1, join = -1, leave = -1,
              minutes = -1, status = -1, guest = -1, waiting = -1, title = -1, start = -1, duration = -1, date = -1;
    bool originalNames = false;

    Columns() = default;
    Columns(const CsvRecord &header, ImportKind kind, const ColumnOverrides &overrides)
        : roles(columnRoles(header, kind, overrides))
    {
        const auto at = [this](ColumnRole role) { return roles.indexOf(role); };
        name = at(ColumnRole::Name);
        first = at(ColumnRole::FirstName);
        last = at(ColumnRole::LastName);
        email = at(ColumnRole::Email);
        upn = at(ColumnRole::Upn);
        organisation = at(ColumnRole::Organisation);
        join = at(ColumnRole::Join);
        leave = at(ColumnRole::Leave);
        minutes = at(ColumnRole::Minutes);
        status = at(ColumnRole::Status);
        guest = at(ColumnRole::Guest);
        waiting = at(ColumnRole::WaitingRoom);
        title = at(ColumnRole::MeetingTitle);
        start = at(ColumnRole::MeetingStart);
        duration = at(ColumnRole::MeetingDuration);
        date = at(ColumnRole::Date);
        originalNames = name >= 0 && headerCarriesOriginalName(header.field(name));
    }
    bool hasPerson() const { return name >= 0 || email >= 0 || first >= 0 || last >= 0; }
    bool hasTime() const { return join >= 0 || minutes >= 0; }
};

QList<ColumnInfo> describeColumns(const CsvTable &table, qsizetype headerIndex, const Columns &columns, ImportKind kind)
{
    QList<ColumnInfo> info;
    const CsvRecord &header = table.records[headerIndex];
    const qsizetype sampleIndex = firstNonBlank(table, headerIndex + 1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        ColumnInfo c;
        c.index = static_cast<int>(i);
        c.header = header.fields[i].trimmed();
        c.detected = columnRoles(header, kind).value(i);
        c.role = columns.roles.value(i);
        c.sample = sampleIndex >= 0 ? table.records[sampleIndex].field(i).trimmed() : QString();
        info.append(c);
    }
    return info;
}

QStringList ignoredHeaders(const QList<ColumnInfo> &columns)
{
    QStringList ignored;
    for (const ColumnInfo &c : columns) {
        if (c.role == ColumnRole::Ignore && !c.header.isEmpty())
            ignored.append(c.header);
    }
    return ignored;
}

QString personName(const CsvRecord &record, const Columns &c)
{
    QString name = cell(record, c.name);
    if (name.isEmpty() && (c.first >= 0 || c.last >= 0))
        name = QStringList{cell(record, c.first), cell(record, c.last)}.join(QLatin1Char(' ')).trimmed();
    return name;
}

std::optional<AttendanceStatus> readStatus(const QString &text)
{
    const QString key = headerKey(text);
    if (key.isEmpty() || isYes(text))
        return AttendanceStatus::Present;
    static const QStringList present{QStringLiteral("present"),  QStringLiteral("attended"),
                                     QStringLiteral("présent"),  QStringLiteral("aanwezig"),
                                     QStringLiteral("anwesend"), QStringLiteral("presente")};
    static const QStringList absent{QStringLiteral("absent"),   QStringLiteral("no"),     QStringLiteral("n"),
                                    QStringLiteral("0"),        QStringLiteral("false"),  QStringLiteral("afwezig"),
                                    QStringLiteral("abwesend"), QStringLiteral("nein"),   QStringLiteral("non"),
                                    QStringLiteral("ausente"),  QStringLiteral("assente")};
    static const QStringList excused{QStringLiteral("excused"),         QStringLiteral("apologies"),
                                     QStringLiteral("excusé"),          QStringLiteral("excuse"),
                                     QStringLiteral("verontschuldigd"), QStringLiteral("entschuldigt"),
                                     QStringLiteral("justificado"),     QStringLiteral("giustificato")};
    if (present.contains(key))
        return AttendanceStatus::Present;
    if (absent.contains(key))
        return AttendanceStatus::Absent;
    if (excused.contains(key))
        return AttendanceStatus::Excused;
    return std::nullopt;
}

// One row of a participant table as a person (nullopt for a row that is not counted).
std::optional<ReportPerson> readPersonRow(const CsvRecord &record, const Columns &c, const DateReader &dates,
                                          AttendanceReport &report, bool trustDurationOverClock)
{
    if (c.waiting >= 0 && isYes(cell(record, c.waiting))) {
        report.warnings.append({record.line, ImportText::tr("time in the waiting room is not counted")});
        return std::nullopt;
    }
    ReportPerson row;
    row.lines = {record.line};
    row.email = cell(record, c.email);
    const QString upn = cell(record, c.upn);
    // A guest's UPN (name_domain#EXT#@tenant) is no address to write to.
    const bool guestUpn = upn.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive);
    if (emailKey(row.email).isEmpty() && !guestUpn && !emailKey(upn).isEmpty())
        row.email = upn;
    row.guest = guestUpn || (c.guest >= 0 && isYes(cell(record, c.guest)));
    applyDisplayName(row, personName(record, c), c.originalNames);
    if (row.organisation.isEmpty())
        row.organisation = cell(record, c.organisation);
    if (!requirePerson(row, record.line, report.errors))
        return std::nullopt;
    if (!row.email.isEmpty() && emailKey(row.email).isEmpty()) {
        report.errors.append({record.line, ImportText::tr("%1 is not an email address").arg(quotedValue(row.email))});
        return std::nullopt;
    }
    if (c.status >= 0) {
        const auto status = readStatus(cell(record, c.status));
        if (!status) {
            report.errors.append(
                {record.line,
                 ImportText::tr("%1 is not present, absent or excused").arg(quotedValue(cell(record, c.status)))});
            return std::nullopt;
        }
        row.status = *status;
    }
    row.firstJoin = dates.read(record.line, cell(record, c.join), ImportText::tr("join time"), report.errors);
    row.lastLeave = dates.read(record.line, cell(record, c.leave), ImportText::tr("leave time"), report.errors);
    row.seconds = readDuration(record.line, cell(record, c.minutes), 60, report.errors);
    if (row.firstJoin.isValid() && row.lastLeave.isValid() && row.lastLeave < row.firstJoin) {
        if (row.seconds && trustDurationOverClock)
            report.warnings.append(
                {record.line, ImportText::tr("the leave time is before the join time on the clock (the clocks "
                                             "changed during the meeting): the report's duration is used")});
        else
            report.errors.append({record.line, ImportText::tr("the leave time is before the join time")});
    }
    fillSeconds(row);
    return row;
}

// --- Zoom: meetings, webinars, unique users, in any portal language ---------------------------------

bool isZoomPreambleHeader(const ColumnMap &map)
{
    return map.has({"meetingid", "webinarid", "id"}) &&
           map.has({"topic", "argomento", "thema", "sujet", "tema", "onderwerp", "assunto"});
}

void readZoomPreamble(const CsvRecord &header, const CsvRecord &values, DateReader &dates, AttendanceReport &report)
{
    const ColumnMap map(header);
    Meeting &m = report.meeting;
    m.title = cell(values, map.find({"topic", "argomento", "thema", "sujet", "tema", "onderwerp", "assunto"}));
    m.start = dates.read(values.line,
                         cell(values, map.find({"starttime", "actualstarttime", "oradiinizio", "startzeit",
                                                "heurededébut", "horadeinicio", "horadeinício", "begintijd"})),
                         ImportText::tr("start time"), report.errors);
    m.end = dates.read(values.line,
                       cell(values, map.find({"endtime", "oradifine", "endzeit", "heuredefin", "horadefinalización",
                                              "horadetérmino", "eindtijd"})),
                       ImportText::tr("end time"), report.errors);
    if (const auto seconds = readDuration(
            values.line,
            cell(values, map.find({"durationminutes", "actualdurationminutes", "durataminuti", "dauerminuten",
                                   "duréeminutes", "duraciónminutos", "duraçãominutos", "duurminuten", "duration"})),
            60, report.errors))
        m.statedSeconds = *seconds;
}

AttendanceReport zoom(const CsvTable &table, const ParseOptions &options)
{
    AttendanceReport report;
    report.format = ImportFormat::Zoom;
    const auto &records = table.records;

    // Pass 1: the tables of the file (a meeting has one; a webinar one per section), and its dates.
    struct Table {
        qsizetype header;
        Columns columns;
    };
    QList<Table> tables;
    qsizetype preambleHeader = -1;
    qsizetype preambleValues = -1;
    DateReader dates;
    const Columns *current = nullptr;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CsvRecord &record = records[i];
        if (record.isBlank())
            continue;
        if (preambleValues < 0 && isZoomPreambleHeader(ColumnMap(record))) {
            preambleHeader = i;
            preambleValues = firstNonBlank(table, i + 1);
            if (preambleValues < 0)
                break;
            for (const QString &f : records[preambleValues].fields)
                dates.collect(f);
            i = preambleValues;
            current = nullptr;
            continue;
        }
        if (filledFields(record) == 1 && !current) {
            continue; // a section title ("Attendee Details,")
        }
        Columns columns(record, ImportKind::Attendance, options.overrides);
        if (columns.hasPerson() && columns.hasTime()) {
            tables.append({i, columns});
            current = &tables.constLast().columns;
            continue;
        }
        if (filledFields(record) == 1) {
            current = nullptr; // the next section
            continue;
        }
        if (current) {
            dates.collect(cell(record, current->join));
            dates.collect(cell(record, current->leave));
        }
    }
    dates.decide();
    if (tables.isEmpty()) {
        const int line = records.isEmpty() ? 1 : records.constLast().line;
        report.errors.append({line, ImportText::tr("no participant table (a header with a name and “Join Time” or "
                                                   "“Duration” columns) was found")});
        return report;
    }
    if (preambleValues >= 0)
        readZoomPreamble(records[preambleHeader], records[preambleValues], dates, report);
    report.columns =
        describeColumns(table, tables.constFirst().header, tables.constFirst().columns, ImportKind::Attendance);
    report.ignoredColumns = ignoredHeaders(report.columns);

    // Pass 2: the rows of every table.
    PeopleAccumulator people;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const Columns &c = tables[t].columns;
        const qsizetype end = t + 1 < tables.size() ? tables[t + 1].header : records.size();
        for (qsizetype i = tables[t].header + 1; i < end && !tooManyErrors(report.errors); ++i) {
            const CsvRecord &record = records[i];
            if (record.isBlank() || filledFields(record) == 1)
                continue; // a blank line or the next section's title
            ++report.rows;
            if (c.status >= 0 && readStatus(cell(record, c.status)) == AttendanceStatus::Absent) {
                report.warnings.append({record.line, ImportText::tr("registered but did not attend: not counted")});
                continue;
            }
            if (auto row = readPersonRow(record, c, dates, report, true)) {
                // A webinar's "Other Attended" viewer has no address and no guest column.
                if (c.guest < 0 && emailKey(row->email).isEmpty())
                    row->guest = true;
                people.add(std::move(*row));
            }
        }
    }
    report.people = people.take();
    completeMeeting(report);
    return report;
}

// --- Teams, in any language ---------------------------------------------------------------------

enum class TeamsSection { Summary, Participants, Activities, Other };

struct TeamsHeader {
    Columns columns;
    qsizetype action = -1; // the older "Full Name / User Action / Timestamp" list
    qsizetype timestamp = -1;
};

struct TeamsRow {
    const CsvRecord *record = nullptr;
    const TeamsHeader *header = nullptr;
};

std::optional<TeamsSection> teamsSectionTitle(const CsvRecord &record)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^\s*(\d+)\.\s*(.*)$)"));
    if (filledFields(record) != 1)
        return std::nullopt;
    const QString first = record.field(0).trimmed();
    if (headerKey(first) == QLatin1String("meetingsummary"))
        return TeamsSection::Summary;
    const auto m = numbered.match(first);
    if (!m.hasMatch())
        return std::nullopt;
    // The sections are numbered alike in every language: 1. summary, 2. participants, 3. activities.
    switch (m.capturedView(1).toInt()) {
    case 1:
        return TeamsSection::Summary;
    case 2:
        return TeamsSection::Participants;
    case 3:
        return TeamsSection::Activities;
    default:
        return TeamsSection::Other;
    }
}

// The summary's labels in the languages Teams writes them.
const QHash<QString, QString> &teamsSummaryLabels()
{
    static const QHash<QString, QString> labels = [] {
        QHash<QString, QString> map;
        const auto add = [&map](const char *what, std::initializer_list<const char *> keys) {
            for (const char *key : keys)
                map.insert(QString::fromUtf8(key), QString::fromLatin1(what));
        };
        add("title", {"meetingtitle", "title", "meetingname", "subject", "besprechungstitel", "titredelaréunion",
                      "títulodelareunión", "titelvanvergadering", "títulodareunião", "titolodellariunione",
                      "tytułspotkania", "названиесобрания"});
        add("start", {"starttime", "meetingstarttime", "startzeit", "heurededébut", "horadeinicio", "begintijd",
                      "horadeinício", "oradiinizio", "godzinarozpoczęcia", "времяначала"});
        add("end", {"endtime", "meetingendtime", "endzeit", "heuredefin", "horadefinalización", "eindtijd",
                    "horadetérmino", "oradifine", "godzinazakończenia", "времяокончания"});
        add("duration", {"meetingduration", "duration", "besprechungsdauer", "duréedelaréunion", "duracióndelareunión",
                         "duurvanvergadering", "duraçãodareunião", "duratadellariunione", "czastrwaniaspotkania",
                         "продолжительностьсобрания"});
        return map;
    }();
    return labels;
}

// Joined/Left events in time order: a session runs from a join to the next leave, or to the last
// event of the report.
void readTeamsActions(const QList<TeamsRow> &actions, const DateReader &dates, AttendanceReport &report,
                      PeopleAccumulator &people)
{
    QDateTime lastEvent;
    QList<std::pair<const TeamsRow *, QDateTime>> timed;
    for (const TeamsRow &r : actions) {
        ++report.rows;
        const QString stamp = cell(*r.record, r.header->timestamp);
        const QDateTime at = dates.read(r.record->line, stamp, ImportText::tr("timestamp"), report.errors);
        if (!at.isValid()) {
            if (stamp.isEmpty())
                report.errors.append({r.record->line, ImportText::tr("the row has no timestamp")});
            continue;
        }
        timed.append({&r, at});
        lastEvent = std::max(lastEvent, at);
    }
    std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QHash<QString, QDateTime> openSince;
    QList<ReportPerson> rows;
    for (const auto &[r, at] : timed) {
        Columns c = r->header->columns;
        c.join = c.leave = c.minutes = -1;
        auto row = readPersonRow(*r->record, c, dates, report, false);
        if (!row)
            continue;
        const QString key = nameKey(row->name) + QLatin1Char('\n') + emailKey(row->email);
        const QString action = headerKey(cell(*r->record, r->header->action));
        if (action.startsWith(QLatin1String("join"))) {
            openSince.insert(key, at);
            row->firstJoin = at;
        } else if (action.startsWith(QLatin1String("left"))) {
            const QDateTime since = openSince.take(key);
            row->lastLeave = at;
            row->seconds = since.isValid() ? since.secsTo(at) : 0;
        } else {
            report.errors.append(
                {r->record->line,
                 ImportText::tr("unknown action %1").arg(quotedValue(cell(*r->record, r->header->action)))});
            continue;
        }
        rows.append(*row);
    }
    // Still in the meeting when the list was taken.
    for (ReportPerson &p : rows) {
        const QString key = nameKey(p.name) + QLatin1Char('\n') + emailKey(p.email);
        if (const QDateTime since = openSince.take(key); since.isValid() && p.firstJoin == since) {
            p.seconds = p.seconds.value_or(0) + since.secsTo(lastEvent);
            p.lastLeave = lastEvent;
        }
        people.add(std::move(p));
    }
}

AttendanceReport teams(const CsvTable &table, const ParseOptions &options)
{
    AttendanceReport report;
    report.format = ImportFormat::Teams;
    DateReader dates;
    TeamsSection section = TeamsSection::Summary;
    QList<TeamsHeader> headers; // stable storage for the rows' columns
    headers.reserve(64);
    const TeamsHeader *header = nullptr;
    QHash<QString, const CsvRecord *> summary; // "title", "start"… -> the record
    QList<TeamsRow> participants;
    QList<TeamsRow> activities;
    QList<TeamsRow> actions; // the older "Full Name / User Action / Timestamp" list

    for (const CsvRecord &record : table.records) {
        if (tooManyErrors(report.errors))
            break;
        if (record.isBlank()) {
            header = nullptr;
            continue;
        }
        if (const auto title = teamsSectionTitle(record)) {
            section = *title;
            header = nullptr;
            continue;
        }
        if (section == TeamsSection::Other)
            continue;
        if (!header) {
            Columns columns(record, ImportKind::Attendance, options.overrides);
            const ColumnMap raw(record);
            const bool looksLikeHeader = (columns.name >= 0 || columns.email >= 0) &&
                                         (columns.hasTime() || raw.has({"useraction", "timestamp"}));
            if (section == TeamsSection::Summary && !looksLikeHeader) {
                const QString what = teamsSummaryLabels().value(headerKey(record.field(0)));
                if (!what.isEmpty() && !summary.contains(what))
                    summary.insert(what, &record);
                continue;
            }
            if (!looksLikeHeader) {
                report.errors.append(
                    {record.line, ImportText::tr("expected the column headers of the participant list")});
                continue;
            }
            if (section == TeamsSection::Summary) // a report without numbered sections
                section = TeamsSection::Participants;
            if (headers.size() == headers.capacity())
                continue; // more tables than any report has: not read
            headers.append({columns, raw.find({"useraction"}), raw.find({"timestamp"})});
            header = &headers.constLast();
            if (report.columns.isEmpty()) {
                CsvTable one;
                one.records = {record};
                report.columns = describeColumns(one, 0, columns, ImportKind::Attendance);
            }
            continue;
        }
        const TeamsRow row{&record, header};
        dates.collect(cell(record, header->columns.join));
        dates.collect(cell(record, header->columns.leave));
        dates.collect(cell(record, header->timestamp));
        if (header->action >= 0)
            actions.append(row);
        else if (section == TeamsSection::Activities)
            activities.append(row);
        else
            participants.append(row);
    }
    for (const char *what : {"start", "end"}) {
        if (const CsvRecord *r = summary.value(QString::fromLatin1(what)))
            dates.collect(r->field(1));
    }
    dates.decide();

    const auto summaryValue = [&summary](const char *what) -> std::pair<int, QString> {
        const CsvRecord *r = summary.value(QString::fromLatin1(what));
        return r ? std::pair<int, QString>{r->line, r->field(1).trimmed()} : std::pair<int, QString>{0, {}};
    };
    Meeting &m = report.meeting;
    m.title = summaryValue("title").second;
    const auto start = summaryValue("start");
    const auto end = summaryValue("end");
    const auto duration = summaryValue("duration");
    m.start = dates.read(start.first, start.second, ImportText::tr("start time"), report.errors);
    m.end = dates.read(end.first, end.second, ImportText::tr("end time"), report.errors);
    m.statedSeconds = readDuration(duration.first, duration.second, 60, report.errors);

    // The participant list sums each person's time itself; without it the activities are summed.
    PeopleAccumulator people;
    const QList<TeamsRow> &rows = !participants.isEmpty() ? participants : activities;
    for (const TeamsRow &r : rows) {
        if (tooManyErrors(report.errors))
            break;
        ++report.rows;
        if (auto row = readPersonRow(*r.record, r.header->columns, dates, report, false))
            people.add(std::move(*row));
    }
    if (rows.isEmpty() && !actions.isEmpty())
        readTeamsActions(actions, dates, report, people);
    report.people = people.take();
    report.ignoredColumns = ignoredHeaders(report.columns);
    if (rows.isEmpty() && actions.isEmpty() && report.errors.isEmpty()) {
        const int line = table.records.isEmpty() ? 1 : table.records.constLast().line;
        report.errors.append({line, ImportText::tr("the report lists no participants")});
    }
    completeMeeting(report);
    return report;
}

// --- Generic attendance lists, Google Meet and Webex -------------------------------------------------

// Google Meet names its report "2027-03-09 14:00 Title - Attendance Report.csv" (the colon
// becomes "_" or "-" on Windows): the only place the meeting's date and title are written.
void readMeetFileName(const QString &fileName, Meeting &meeting)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2}) (\d{2})[_:\-](\d{2}) (.*?)(?: - Attendance Report)?$)"));
    const auto m = pattern.match(QFileInfo(fileName).completeBaseName());
    if (!m.hasMatch())
        return;
    const QDateTime start(QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt()),
                          QTime(m.capturedView(4).toInt(), m.capturedView(5).toInt()));
    if (!start.isValid())
        return;
    meeting.start = start;
    meeting.title = m.captured(6).trimmed();
}

AttendanceReport generic(const CsvTable &table, const ParseOptions &options)
{
    AttendanceReport report;
    report.format = ImportFormat::Generic;
    const auto &records = table.records;
    const int headerIndex = firstNonBlank(table);
    if (headerIndex < 0) {
        report.errors.append({0, ImportText::tr("the file is empty")});
        return report;
    }
    const Columns c(records[headerIndex], ImportKind::Attendance, options.overrides);
    report.columns = describeColumns(table, headerIndex, c, ImportKind::Attendance);
    report.ignoredColumns = ignoredHeaders(report.columns);
    if (!c.hasPerson()) {
        report.errors.append({records[headerIndex].line,
                              ImportText::tr("no name or email column (the first row must name the columns)")});
        return report;
    }
    Meeting fromFileName;
    readMeetFileName(options.fileName, fromFileName);

    DateReader dates;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        for (qsizetype col : {c.join, c.leave, c.date, c.start})
            dates.collect(cell(records[i], col));
    }
    dates.decide();
    // Time-only join and leave cells are on the day of the meeting: the date column, else the
    // file's name.
    const int firstRow = firstNonBlank(table, headerIndex + 1);
    QDateTime day = firstRow >= 0 ? dates.read(records[firstRow].line, cell(records[firstRow], c.date),
                                               ImportText::tr("date"), report.errors)
                                  : QDateTime();
    dates.setDay(day.isValid() ? day.date() : fromFileName.start.date());

    PeopleAccumulator people;
    Meeting &m = report.meeting;
    for (qsizetype i = headerIndex + 1; i < records.size() && !tooManyErrors(report.errors); ++i) {
        const CsvRecord &record = records[i];
        if (record.isBlank())
            continue;
        ++report.rows;
        auto row = readPersonRow(record, c, dates, report, false);
        if (!row)
            continue;
        // Meet: a person who did not sign in has no address; that is a guest.
        if (!fromFileName.title.isEmpty() && emailKey(row->email).isEmpty())
            row->guest = true;
        if (m.title.isEmpty())
            m.title = cell(record, c.title);
        if (!m.start.isValid() && c.start >= 0)
            m.start = dates.read(record.line, cell(record, c.start), ImportText::tr("scheduled start"), report.errors);
        if (!m.statedSeconds && c.duration >= 0)
            m.statedSeconds = readDuration(record.line, cell(record, c.duration), 60, report.errors);
        const QDateTime date = dates.read(record.line, cell(record, c.date), ImportText::tr("date"), report.errors);
        if (date.isValid() && !day.isValid())
            day = date;
        people.add(std::move(*row));
    }
    report.people = people.take();
    const bool stated = m.start.isValid() || fromFileName.start.isValid();
    if (!m.start.isValid())
        m.start = fromFileName.start;
    if (m.title.isEmpty())
        m.title = fromFileName.title;
    completeMeeting(report);
    report.meeting.startStated = stated;
    if (!report.meeting.start.isValid())
        report.meeting.start = day;
    return report;
}

// --- Member lists --------------------------------------------------------------------------------

std::optional<Role> readRole(const QString &text)
{
    const QString key = headerKey(text);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto role = enumFromKey<Role>(key))
        return role;
    static const QHash<QString, Role> synonyms = [] {
        QHash<QString, Role> map;
        const auto add = [&map](Role role, std::initializer_list<const char *> words) {
            for (const char *word : words)
                map.insert(QString::fromUtf8(word), role);
        };
        add(Role::Expert, {"subjectmatterexpert", "sme", "experts", "expertin", "experte", "experto", "experta",
                           "esperto", "esperta", "deskundige", "especialista", "ekspert", "ekspertka", "odborník",
                           "odbornice", "эксперт", "експерт", "fachexperte", "fachexpertin"});
        add(Role::Facilitator, {"coordinator",  "facilitater",   "moderator",     "moderatorin", "animatrice",
                                "animateur",    "facilitatrice", "facilitateur",  "facilitador", "facilitadora",
                                "facilitatore", "facilitatrice", "begeleider",    "moderadora",  "moderador",
                                "moderatorka",  "koordynator",   "koordynatorka", "ведущий",     "ведущая",
                                "фасилитатор",  "модератор",     "координатор",   "koordinator", "koordinatorin"});
        add(Role::Member, {"participant",  "attendee",     "members",   "mitglied",  "teilnehmer", "teilnehmerin",
                           "membre",       "participante", "miembro",   "lid",       "deelnemer",  "membro",
                           "partecipante", "członek",      "członkini", "uczestnik", "člen",       "členka",
                           "участник",     "участница",    "член",      "учасник",   "учасниця"});
        add(Role::Guest,
            {"visitor", "external", "guests", "gast", "invité", "invitée", "invitado", "invitada", "convidado",
             "convidada", "ospite", "gość", "host", "гость", "гостья", "гість", "extern", "externe", "besucher"});
        add(Role::Champion, {"leader", "coreteam", "botschafter", "botschafterin", "ambassadeur", "ambassadrice",
                             "embajador", "embajadora", "ambasciatore", "ambasciatrice", "kernteam", "lider", "liderka",
                             "лидер", "чемпион", "амбассадор"});
        add(Role::Sponsor, {"sponsors", "sponsorin", "commanditaire", "mécène", "patrocinador", "patrocinadora",
                            "opdrachtgever", "sponsorka", "patron", "спонсор", "auftraggeber", "auftraggeberin"});
        return map;
    }();
    const auto it = synonyms.constFind(key);
    return it == synonyms.constEnd() ? std::nullopt : std::optional<Role>(it.value());
}

// The fields of one member list row that have a value (what an update of the member replaces).
QList<ColumnRole> givenFields(const CsvRecord &record, const Columns &c)
{
    QList<ColumnRole> given;
    for (ColumnRole role :
         {ColumnRole::Email, ColumnRole::Organisation, ColumnRole::Notes, ColumnRole::Joined, ColumnRole::Left,
          ColumnRole::Commitment, ColumnRole::ConsentReport, ColumnRole::ConsentQuote}) {
        if (!cell(record, c.roles.indexOf(role)).isEmpty())
            given.append(role);
    }
    return given;
}

// One row of a member list; nullopt (and an error) when it cannot be a member.
std::optional<MemberRow> readMemberRow(const CsvRecord &record, const Columns &c, const DateReader &dates,
                                       MemberList &list)
{
    const auto at = [&c, &record](ColumnRole role) { return cell(record, c.roles.indexOf(role)); };
    MemberRow row;
    row.line = record.line;
    Member &m = row.member;
    const DisplayName parsed = parseDisplayName(personName(record, c));
    m.name = parsed.name;
    m.email = cell(record, c.email);
    m.organisation = cell(record, c.organisation);
    m.notes = at(ColumnRole::Notes);
    row.given = givenFields(record, c);
    if (m.organisation.isEmpty() && !parsed.organisation.isEmpty()) {
        m.organisation = parsed.organisation; // "Ana Lima | Acme Health"
        row.given.append(ColumnRole::Organisation);
    }
    if (m.name.isEmpty() && !m.email.isEmpty())
        m.name = m.email.section(QLatin1Char('@'), 0, 0);
    if (m.name.isEmpty()) {
        list.errors.append({record.line, ImportText::tr("the member has no name")});
        return std::nullopt;
    }
    if (!m.email.isEmpty() && emailKey(m.email).isEmpty()) {
        list.errors.append({record.line, ImportText::tr("%1 is not an email address").arg(quotedValue(m.email))});
        return std::nullopt;
    }
    if (const QString role = at(ColumnRole::Role); !role.isEmpty()) {
        const auto parsedRole = readRole(role);
        if (!parsedRole) {
            list.errors.append({record.line, ImportText::tr("%1 is not a role (sponsor, facilitator, champion, "
                                                            "expert, member or guest)")
                                                 .arg(quotedValue(role))});
            return std::nullopt;
        }
        m.role = *parsedRole;
        row.roleGiven = true;
        row.given.append(ColumnRole::Role);
    } else if (parsed.guest || parsed.caller) {
        m.role = Role::Guest;
    }
    m.joinedDate = dates.read(record.line, at(ColumnRole::Joined), ImportText::tr("joined"), list.errors).date();
    m.leftDate = dates.read(record.line, at(ColumnRole::Left), ImportText::tr("left"), list.errors).date();
    m.commitmentSigned =
        dates.read(record.line, at(ColumnRole::Commitment), ImportText::tr("commitment signed"), list.errors).date();
    if (m.joinedDate.isValid() && m.leftDate.isValid() && m.leftDate < m.joinedDate)
        list.errors.append({record.line, ImportText::tr("the member left before joining")});
    static const QRegularExpression aliasSeparators(QStringLiteral("[;|]"));
    for (const QString &alias : at(ColumnRole::Aliases).split(aliasSeparators)) {
        if (!alias.trimmed().isEmpty() && !m.aliases.contains(alias.trimmed()))
            m.aliases.append(alias.trimmed());
    }
    if (!m.aliases.isEmpty())
        row.given.append(ColumnRole::Aliases);
    m.consentReport = isYes(at(ColumnRole::ConsentReport));
    m.consentQuote = isYes(at(ColumnRole::ConsentQuote));
    return row;
}

// Adds a row to the list, or folds it into an earlier row of the same person (same email, else
// the same name without an email): the later row fills what the earlier one left empty.
class MemberRows {
public:
    explicit MemberRows(MemberList &list)
        : m_list(list)
    {
    }

    void add(MemberRow row)
    {
        const Member &m = row.member;
        const QString email = emailKey(m.email);
        const QString name = nameKey(m.name);
        qsizetype same = !email.isEmpty() ? m_byEmail.value(email, -1) : -1;
        if (same < 0 && email.isEmpty())
            same = m_byName.value(name, -1);
        if (same >= 0) {
            MemberRow &earlier = m_list.rows[same];
            m_list.warnings.append(
                {row.line, ImportText::tr("the same person as on line %1: merged").arg(earlier.line)});
            Member &e = earlier.member;
            if (e.organisation.isEmpty())
                e.organisation = m.organisation;
            if (nameKey(e.name) != name && !e.aliases.contains(m.name))
                e.aliases.append(m.name);
            for (const QString &alias : m.aliases) {
                if (!e.aliases.contains(alias))
                    e.aliases.append(alias);
            }
            return;
        }
        if (!email.isEmpty())
            m_byEmail.insert(email, m_list.rows.size());
        if (!m_byName.contains(name))
            m_byName.insert(name, m_list.rows.size());
        m_list.rows.append(std::move(row));
    }

private:
    MemberList &m_list;
    QHash<QString, qsizetype> m_byEmail;
    QHash<QString, qsizetype> m_byName;
};

MemberList members(const CsvTable &table, const ParseOptions &options)
{
    MemberList list;
    const auto &records = table.records;
    const int headerIndex = firstNonBlank(table);
    if (headerIndex < 0) {
        list.errors.append({0, ImportText::tr("the file is empty")});
        return list;
    }
    const Columns c(records[headerIndex], ImportKind::Members, options.overrides);
    list.columns = describeColumns(table, headerIndex, c, ImportKind::Members);
    list.ignoredColumns = ignoredHeaders(list.columns);
    if (!c.hasPerson()) {
        list.errors.append({records[headerIndex].line,
                            ImportText::tr("no name or email column (the first row must name the columns)")});
        return list;
    }
    for (const QString &ignored : std::as_const(list.ignoredColumns))
        list.warnings.append(
            {records[headerIndex].line, ImportText::tr("ignored column: %1 (no member field; choose one in the column "
                                                       "mapping to import it)")
                                            .arg(quotedValue(ignored))});

    DateReader dates;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        for (ColumnRole role : {ColumnRole::Joined, ColumnRole::Left, ColumnRole::Commitment})
            dates.collect(cell(records[i], c.roles.indexOf(role)));
    }
    dates.decide();

    MemberRows rows(list);
    for (qsizetype i = headerIndex + 1; i < records.size() && !tooManyErrors(list.errors); ++i) {
        if (records[i].isBlank())
            continue;
        if (auto row = readMemberRow(records[i], c, dates, list))
            rows.add(std::move(*row));
    }
    return list;
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
    for (const QString &other : otherNames) {
        if (!other.trimmed().isEmpty())
            all << other;
    }
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

AttendanceReport parseZoomReport(const CsvTable &table, const ParseOptions &options)
{
    return zoom(table, options);
}

AttendanceReport parseTeamsReport(const CsvTable &table, const ParseOptions &options)
{
    return teams(table, options);
}

AttendanceReport parseGenericAttendance(const CsvTable &table, const ParseOptions &options)
{
    return generic(table, options);
}

AttendanceReport parseAttendance(const CsvTable &table, ImportFormat format, const ParseOptions &options)
{
    AttendanceReport report;
    switch (parserFormat(format)) {
    case ImportFormat::Zoom:
        report = zoom(table, options);
        break;
    case ImportFormat::Teams:
        report = teams(table, options);
        break;
    case ImportFormat::Generic:
        report = generic(table, options);
        break;
    default:
        report.errors.append({0, ImportText::tr("not an attendance report Cultivate knows (Zoom, Teams, Google Meet, "
                                                "Webex or a list with name, email and minutes columns)")});
        return report;
    }
    if (format != ImportFormat::Members)
        report.format = format;
    return report;
}

MemberList parseMemberList(const CsvTable &table, const ParseOptions &options)
{
    return members(table, options);
}

QString recogniseOtherExport(const CsvTable &table)
{
    const int first = firstNonBlank(table);
    if (first < 0)
        return {};
    const CsvRecord &record = table.records[first];
    const QString title = record.field(0).trimmed();
    const QString key = headerKey(title);
    // Zoom's other reports open with their name: "Poll Report,", "Registration Report,"…
    static const QStringList attendance{QStringLiteral("attendeereport"), QStringLiteral("participantreport"),
                                        QStringLiteral("panelistreport"), QStringLiteral("attendancereport")};
    if (filledFields(record) == 1 && key.endsWith(QLatin1String("report")) && !attendance.contains(key)) {
        return ImportText::tr("a Zoom %1, not a participant report: Cultivate needs the participant report "
                              "(Zoom web portal: Reports › Usage › Participants › Export) or a webinar's "
                              "attendee report")
            .arg(quotedValue(title));
    }
    const ColumnMap map(record);
    if (map.has({"amount", "betrag", "montant", "importe", "bedrag"}) &&
        map.has({"balance", "saldo", "solde", "kontostand"}))
        return ImportText::tr("a bank statement (%1), not a member list or an attendance report")
            .arg(record.fields.join(QStringLiteral(", ")));
    return {};
}

} // namespace cultivate
