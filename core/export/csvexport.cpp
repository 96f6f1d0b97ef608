// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/csvexport.h"

#include "core/people/attendancematrix.h"

#include "core/export/atomicfile.h"
#include "core/storage/column.h"

#include <QHash>
#include <QIODevice>

#include <array>

namespace cultivate {

namespace {

constexpr std::array TableKeys{"members", "events", "attendance", "attendance-rows", "contributions", "resources"};

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QString isoDateTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(storage::DateTimeFormat) : QString();
}
QString optionalId(const OptionalId &id)
{
    return id ? QString::number(*id) : QString();
}
QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Remembers the first failed write, so that a short write is reported once.
class Writer {
public:
    explicit Writer(QIODevice &out)
        : m_out(out)
    {
    }
    void row(const QStringList &cells)
    {
        const QByteArray bytes = csvRecord(cells).toUtf8();
        if (!m_failed && m_out.write(bytes) != bytes.size())
            m_failed = true;
    }
    Result<void> result(Result<void> r = {}) const
    {
        if (!r.ok())
            return r;
        if (m_failed)
            return makeError(ErrorCode::Io, QStringLiteral("cannot write the CSV file (%1)").arg(m_out.errorString()));
        return {};
    }

private:
    QIODevice &m_out;
    bool m_failed = false;
};

Result<QHash<Id, QString>> memberNames(const Plan &plan)
{
    QHash<Id, QString> names;
    auto r = plan.forEach<Member>([&names](const Member &m) { names.insert(m.id, m.name); });
    if (!r.ok())
        return r.error();
    return names;
}

Result<void> members(const Plan &plan, Writer &w)
{
    w.row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("organisation"),
           QStringLiteral("role"), QStringLiteral("joined"), QStringLiteral("left"), QStringLiteral("aliases"),
           QStringLiteral("consent_report"), QStringLiteral("consent_quote"), QStringLiteral("commitment_signed"),
           QStringLiteral("notes")});
    return w.result(plan.forEach<Member>([&w](const Member &m) {
        w.row({QString::number(m.id), m.name, m.email, m.organisation, enumKey(m.role), isoDate(m.joinedDate),
               isoDate(m.leftDate), m.aliases.join(QStringLiteral("; ")), yesNo(m.consentReport), yesNo(m.consentQuote),
               isoDate(m.commitmentSigned), m.notes});
    }));
}

Result<void> events(const Plan &plan, Writer &w)
{
    w.row({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("start"),
           QStringLiteral("duration_minutes"), QStringLiteral("location"), QStringLiteral("topic"),
           QStringLiteral("stage_id"), QStringLiteral("status"), QStringLiteral("series_id"), QStringLiteral("agenda"),
           QStringLiteral("notes")});
    return w.result(plan.forEach<Event>([&w](const Event &e) {
        w.row({QString::number(e.id), e.title, enumKey(e.kind), isoDateTime(e.start),
               QString::number(e.durationMinutes), e.location, e.topic, optionalId(e.stageId), enumKey(e.status),
               optionalId(e.seriesId), e.agenda, e.notes});
    }));
}

Result<void> attendanceRows(const Plan &plan, Writer &w)
{
    auto names = memberNames(plan);
    if (!names.ok())
        return names.error();
    QHash<Id, Event> eventById;
    if (auto r = plan.forEach<Event>([&eventById](const Event &e) { eventById.insert(e.id, e); }); !r.ok())
        return r;
    QHash<Id, QString> files;
    if (auto r = plan.forEach<ImportRecord>([&files](const ImportRecord &i) { files.insert(i.id, i.fileName); });
        !r.ok())
        return r;
    w.row({QStringLiteral("event_id"), QStringLiteral("event"), QStringLiteral("event_start"),
           QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("status"), QStringLiteral("minutes"),
           QStringLiteral("imported_from")});
    return w.result(plan.forEach<Attendance>([&](const Attendance &a) {
        const Event &e = eventById[a.eventId];
        w.row({QString::number(a.eventId), e.title, isoDateTime(e.start), QString::number(a.memberId),
               names.value().value(a.memberId), enumKey(a.status), a.minutes ? QString::number(*a.minutes) : QString(),
               a.importId ? files.value(*a.importId) : QString()});
    }));
}

Result<void> attendanceMatrix(const Plan &plan, Writer &w)
{
    auto loaded = loadAttendanceMatrix(plan);
    if (!loaded.ok())
        return loaded.error();
    const AttendanceMatrix &matrix = loaded.value();
    QStringList header{QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("role")};
    for (const Event &e : matrix.events)
        header << QStringLiteral("%1 (%2)").arg(e.title, e.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    header << QStringLiteral("attendance_rate");
    w.row(header);
    const auto share = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 2) : QString();
    };
    for (qsizetype m = 0; m < matrix.members.size(); ++m) {
        const Member &member = matrix.members.at(m);
        QStringList cells{QString::number(member.id), member.name, enumKey(member.role)};
        for (qsizetype e = 0; e < matrix.events.size(); ++e) {
            const auto row = matrix.cell(m, e);
            if (!row)
                cells << QString();
            else if (row->status != AttendanceStatus::Present || !row->minutes)
                cells << enumKey(row->status);
            else
                cells << QString::number(*row->minutes);
        }
        cells << share(matrix.memberRate(m));
        w.row(cells);
    }
    QStringList turnout{QString(), QStringLiteral("turnout"), QString()};
    for (qsizetype e = 0; e < matrix.events.size(); ++e)
        turnout << share(matrix.eventTurnout(e));
    turnout << QString();
    w.row(turnout);
    return w.result();
}

Result<void> contributions(const Plan &plan, Writer &w)
{
    auto names = memberNames(plan);
    if (!names.ok())
        return names.error();
    QHash<ContributionKind, int> weights;
    if (auto r = plan.forEach<ContributionWeight>(
            [&weights](const ContributionWeight &cw) { weights.insert(cw.kind, cw.weight); });
        !r.ok())
        return r;
    w.row({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("member_id"), QStringLiteral("member"),
           QStringLiteral("kind"), QStringLiteral("weight"), QStringLiteral("event_id"), QStringLiteral("resource_id"),
           QStringLiteral("note")});
    return w.result(plan.forEach<Contribution>([&](const Contribution &c) {
        w.row({QString::number(c.id), isoDate(c.date), QString::number(c.memberId), names.value().value(c.memberId),
               enumKey(c.kind), weights.contains(c.kind) ? QString::number(weights.value(c.kind)) : QString(),
               optionalId(c.eventId), optionalId(c.resourceId), c.note});
    }));
}

Result<void> resources(const Plan &plan, Writer &w)
{
    auto names = memberNames(plan);
    if (!names.ok())
        return names.error();
    w.row({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("location"),
           QStringLiteral("author_id"), QStringLiteral("author"), QStringLiteral("added"), QStringLiteral("tags"),
           QStringLiteral("visibility"), QStringLiteral("event_id"), QStringLiteral("description")});
    return w.result(plan.forEach<Resource>([&](const Resource &r) {
        w.row({QString::number(r.id), r.title, enumKey(r.kind), r.location, optionalId(r.authorId),
               r.authorId ? names.value().value(*r.authorId) : QString(), isoDate(r.addedDate),
               r.tags.join(QStringLiteral("; ")), enumKey(r.visibility), optionalId(r.eventId), r.description});
    }));
}

} // namespace

QString csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString csvRecord(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvCell(cells[i]);
    }
    return line + QLatin1String("\r\n");
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QStringList &row : rows)
        bytes += csvRecord(row).toUtf8();
    return bytes;
}

Result<void> writeCsvFile(const QString &path, const QList<QStringList> &rows)
{
    return writeAtomically(path, [&rows](QIODevice &out) -> Result<void> {
        const QByteArray bytes = csvDocument(rows);
        if (out.write(bytes) != bytes.size())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write the CSV file (%1)").arg(out.errorString()));
        return {};
    });
}

QString csvExportTableKey(CsvExportTable table)
{
    return QString::fromLatin1(TableKeys.at(static_cast<std::size_t>(table)));
}

std::optional<CsvExportTable> csvExportTableFromKey(QStringView key)
{
    for (std::size_t i = 0; i < TableKeys.size(); ++i) {
        if (key == QLatin1String(TableKeys[i]))
            return static_cast<CsvExportTable>(i);
    }
    return std::nullopt;
}

QStringList csvExportTableKeys()
{
    QStringList keys;
    for (const char *key : TableKeys)
        keys << QString::fromLatin1(key);
    return keys;
}

Result<void> writeCsvTable(const Plan &plan, CsvExportTable table, QIODevice &out)
{
    Writer w(out);
    switch (table) {
    case CsvExportTable::Members:
        return members(plan, w);
    case CsvExportTable::Events:
        return events(plan, w);
    case CsvExportTable::Attendance:
        return attendanceMatrix(plan, w);
    case CsvExportTable::AttendanceRows:
        return attendanceRows(plan, w);
    case CsvExportTable::Contributions:
        return contributions(plan, w);
    case CsvExportTable::Resources:
        return resources(plan, w);
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown table"));
}

Result<void> exportCsvTable(const Plan &plan, CsvExportTable table, const QString &path)
{
    return writeAtomically(path, [&](QIODevice &out) -> Result<void> {
        const QByteArray bom("\xEF\xBB\xBF");
        if (out.write(bom) != bom.size())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write the CSV file (%1)").arg(out.errorString()));
        return writeCsvTable(plan, table, out);
    });
}

} // namespace cultivate
