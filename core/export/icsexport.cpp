// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/icsexport.h"

#include "core/export/atomicfile.h"

#include <QIODevice>
#include <QTimeZone>

namespace cultivate {

namespace {

const QString LocalFormat = QStringLiteral("yyyyMMdd'T'HHmmss");

class Calendar {
public:
    void line(const QString &name, const QString &value)
    {
        m_out += icsFold((name + QLatin1Char(':') + value).toUtf8()) + "\r\n";
    }
    void text(const QString &name, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            line(name, icsEscape(value));
    }
    QByteArray bytes() const { return m_out; }

private:
    QByteArray m_out;
};

QString offset(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// VTIMEZONE with every transition of the zone between `from` and `to` (RFC 5545 §3.6.5).
void writeTimeZone(Calendar &cal, const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    cal.line(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    cal.line(QStringLiteral("TZID"), QString::fromUtf8(zone.id()));
    const auto transitions = zone.transitions(from, to);
    const auto component = [&cal](bool daylight, const QDateTime &localStart, int before, int after,
                                  const QString &name) {
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        cal.line(QStringLiteral("BEGIN"), kind);
        cal.line(QStringLiteral("DTSTART"), localStart.toString(LocalFormat));
        cal.line(QStringLiteral("TZOFFSETFROM"), offset(before));
        cal.line(QStringLiteral("TZOFFSETTO"), offset(after));
        if (!name.isEmpty())
            cal.line(QStringLiteral("TZNAME"), icsEscape(name));
        cal.line(QStringLiteral("END"), kind);
    };
    // The offset in force at the start, so events before the first transition are covered too.
    const auto initial = zone.offsetData(from);
    component(initial.daylightTimeOffset != 0, QDateTime(QDate(1970, 1, 1), QTime(0, 0)), initial.offsetFromUtc,
              initial.offsetFromUtc, initial.abbreviation);
    int before = initial.offsetFromUtc;
    for (const auto &t : transitions) {
        // DTSTART is the local time of the transition in the offset that was in force before it.
        const QDateTime local = t.atUtc.toUTC().addSecs(before);
        component(t.daylightTimeOffset != 0, QDateTime(local.date(), local.time()), before, t.offsetFromUtc,
                  t.abbreviation);
        before = t.offsetFromUtc;
    }
    cal.line(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
}

} // namespace

QString icsEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            // Other control characters are not allowed in TEXT.
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray icsFold(const QByteArray &line)
{
    QByteArray out;
    int lineLength = 0;
    for (qsizetype i = 0; i < line.size();) {
        // Never split a UTF-8 sequence: measure the whole character first.
        const auto lead = static_cast<uchar>(line.at(i));
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (lineLength + length > 75) {
            out += "\r\n ";
            lineLength = 1; // the leading space counts
        }
        out += line.mid(i, length);
        lineLength += length;
        i += length;
    }
    return out;
}

Result<QByteArray> scheduleIcs(const Plan &plan)
{
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    auto events = plan.list<Event>();
    if (!events.ok())
        return events.error();
    const Community &c = community.value();
    const QTimeZone zone(c.timeZone.toUtf8());
    const bool utc = !zone.isValid() || zone.id() == "UTC" || zone.id() == "Etc/UTC";
    const QString stamp = plan.clock().now().toUTC().toString(LocalFormat) + QLatin1Char('Z');

    Calendar cal;
    cal.line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    cal.line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    cal.line(QStringLiteral("PRODID"), QStringLiteral("-//Cultivate//Cultivate Schedule//EN"));
    cal.line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    cal.line(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    cal.text(QStringLiteral("X-WR-CALNAME"), c.name);
    if (!utc && !events.value().isEmpty()) {
        cal.line(QStringLiteral("X-WR-TIMEZONE"), QString::fromUtf8(zone.id()));
        QDateTime first = events.value().constFirst().start;
        QDateTime last = first;
        for (const Event &e : events.value()) {
            first = std::min(first, e.start);
            last = std::max(last, e.start.addSecs(60LL * e.durationMinutes));
        }
        writeTimeZone(cal, zone, QDateTime(first.date().addDays(-1), QTime(0, 0), zone),
                      QDateTime(last.date().addDays(1), QTime(0, 0), zone));
    }

    const auto time = [&](const QDateTime &local) {
        if (utc)
            return std::pair{QStringLiteral("DTSTART"),
                             QDateTime(local.date(), local.time(), Qt::UTC).toString(LocalFormat) + QLatin1Char('Z')};
        return std::pair{QStringLiteral("DTSTART;TZID=") + QString::fromUtf8(zone.id()), local.toString(LocalFormat)};
    };
    for (const Event &e : events.value()) {
        cal.line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        cal.line(QStringLiteral("UID"), QStringLiteral("event-%1-%2@cultivate").arg(e.id).arg(c.uid));
        cal.line(QStringLiteral("DTSTAMP"), stamp);
        const auto [startName, startValue] = time(e.start);
        cal.line(startName, startValue);
        auto [endName, endValue] = time(e.start.addSecs(60LL * e.durationMinutes));
        cal.line(endName.replace(QStringLiteral("DTSTART"), QStringLiteral("DTEND")), endValue);
        cal.text(QStringLiteral("SUMMARY"), e.title);
        QStringList description;
        if (!e.topic.trimmed().isEmpty())
            description << e.topic.trimmed();
        if (!e.agenda.trimmed().isEmpty())
            description << e.agenda.trimmed();
        cal.text(QStringLiteral("DESCRIPTION"), description.join(QStringLiteral("\n\n")));
        cal.text(QStringLiteral("LOCATION"), e.location);
        cal.line(QStringLiteral("CATEGORIES"), icsEscape(label(e.kind)));
        cal.line(QStringLiteral("STATUS"),
                 e.status == EventStatus::Cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
        cal.line(QStringLiteral("TRANSP"), QStringLiteral("OPAQUE"));
        cal.line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    cal.line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return cal.bytes();
}

Result<void> exportScheduleIcs(const Plan &plan, const QString &path)
{
    auto ics = scheduleIcs(plan);
    if (!ics.ok())
        return ics.error();
    return writeAtomically(path, [&ics](QIODevice &out) -> Result<void> {
        if (out.write(ics.value()) != ics.value().size())
            return makeError(ErrorCode::Io, out.errorString());
        return {};
    });
}

} // namespace cultivate
