#include "csvexport.h"

#include "export/atomicfile.h"
#include "storage/column.h"

#include <QHash>
#include <QIODevice>

#include <array>

namespace cultivate {

namespace {

constexpr std::array TableKeys{"members", "events", "attendance", "attendance-rows", "contributions", "resources"};

QString isoDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
QString isoDateTime(const QDateTime &dt) { return dt.isValid() ? dt.toString(storage::DateTimeFormat) : QString(); }
QString optionalId(const OptionalId &id) { return id ? QString::number(*id) : QString(); }
QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }
QString rate(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(double(part) / double(whole), 'f', 2) : QString();
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

bool counted(Role role) { return role != Role::Facilitator && role != Role::Sponsor; }

bool memberOn(const Member &m, const QDate &date)
{
    return (!m.joinedDate.isValid() || m.joinedDate <= date) && (!m.leftDate.isValid() || m.leftDate >= date);
}

Result<void> attendanceMatrix(const Plan &plan, Writer &w)
{
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    const double threshold = community.value().attendanceThreshold;
    QList<Event> held;
    if (auto r = plan.forEach<Event>([&held](const Event &e) {
            if (e.status == EventStatus::Held)
                held.append(e);
        });
        !r.ok())
        return r;
    auto people = plan.list<Member>();
    if (!people.ok())
        return people.error();
    QHash<Id, QHash<Id, Attendance>> byMember;  // member -> event -> row
    if (auto r =
            plan.forEach<Attendance>([&byMember](const Attendance &a) { byMember[a.memberId].insert(a.eventId, a); });
        !r.ok())
        return r;

    const auto credited = [threshold](const Attendance &a, const Event &e) {
        return a.status == AttendanceStatus::Present && (!a.minutes || *a.minutes >= threshold * e.durationMinutes);
    };
    QStringList header{QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("role")};
    for (const Event &e : std::as_const(held))
        header << QStringLiteral("%1 (%2)").arg(e.title, e.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    header << QStringLiteral("attendance_rate");
    w.row(header);

    QList<qint64> turnoutCredited(held.size(), 0);
    QList<qint64> turnoutMembers(held.size(), 0);
    for (const Member &m : people.value()) {
        const QHash<Id, Attendance> rows = byMember.value(m.id);
        QStringList cells{QString::number(m.id), m.name, enumKey(m.role)};
        qint64 heldWhileMember = 0;
        qint64 creditedCount = 0;
        for (qsizetype i = 0; i < held.size(); ++i) {
            const Event &e = held[i];
            const auto it = rows.constFind(e.id);
            const bool isMember = memberOn(m, e.start.date());
            const bool isCredited = it != rows.constEnd() && credited(it.value(), e);
            if (isMember) {
                ++heldWhileMember;
                creditedCount += isCredited ? 1 : 0;
                if (counted(m.role)) {
                    ++turnoutMembers[i];
                    turnoutCredited[i] += isCredited ? 1 : 0;
                }
            }
            if (it == rows.constEnd())
                cells << QString();
            else if (it->status != AttendanceStatus::Present)
                cells << enumKey(it->status);
            else
                cells << (it->minutes ? QString::number(*it->minutes) : enumKey(it->status));
        }
        cells << rate(creditedCount, heldWhileMember);
        w.row(cells);
    }
    QStringList turnout{QString(), QStringLiteral("turnout"), QString()};
    for (qsizetype i = 0; i < held.size(); ++i)
        turnout << rate(turnoutCredited[i], turnoutMembers[i]);
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

}  // namespace

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

}  // namespace cultivate
