// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule as iCalendar (RFC 5545), checked by hand and by an independent parser.
#include "testsupport.h"

#include "core/export/icsexport.h"
#include "core/lifecycle/newplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace cultivate;

namespace {

std::unique_ptr<Plan> brusselsPlan(const Clock &clock)
{
    NewPlanOptions options{QStringLiteral("Clinical Data, Quality; and \"Care\""), QDate(2026, 1, 5)};
    options.timeZone = QStringLiteral("Europe/Brussels");
    auto plan = createPlanInMemory(options, clock);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

// Parses `ics` with python3-icalendar and returns its {"events": […], "timezones": […]}.
QJsonObject parseIndependently(const QByteArray &ics)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schedule.ics"));
    test::writeFile(path, ics);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CULTIVATE_TEST_DATA "/../scripts/ics_events.py"), path});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("TEXT values are escaped as RFC 5545 asks")
{
    CHECK(icsEscape(QStringLiteral("a,b;c\\d\ne\r\nf")) == QLatin1String("a\\,b\\;c\\\\d\\ne\\nf"));
}

TEST_CASE("long lines are folded at 75 octets without splitting a character")
{
    const QByteArray line = "DESCRIPTION:" + QString(QStringLiteral("é")).repeated(80).toUtf8();
    const QByteArray folded = icsFold(line);
    const QList<QByteArray> parts = folded.split('\n');
    REQUIRE(parts.size() > 2);
    for (const QByteArray &part : parts) {
        const QByteArray bare = part.endsWith('\r') ? part.chopped(1) : part;
        CHECK(bare.size() <= 75);
        CHECK(QString::fromUtf8(bare).toUtf8() == bare); // every piece is whole UTF-8
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line);
}

TEST_CASE("every line ends with CRLF and the calendar has one event per plan event")
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    auto plan = brusselsPlan(clock);
    auto ics = scheduleIcs(*plan);
    REQUIRE_OK(ics);
    const QByteArray &bytes = ics.value();
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(bytes.endsWith("END:VCALENDAR\r\n"));
    CHECK(bytes.count("\n") == bytes.count("\r\n"));
    CHECK(bytes.count("BEGIN:VEVENT") == plan->list<Event>().value().size());
    CHECK(bytes.contains("DTSTAMP:20260302T"));
    CHECK(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels"));
}

TEST_CASE("UIDs stay the same across exports, cancelled events are marked")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    auto plan = brusselsPlan(clock);
    Event first = plan->list<Event>().value().first();
    first.status = EventStatus::Cancelled;
    REQUIRE_OK(plan->update(first));
    const QByteArray a = scheduleIcs(*plan).value();
    clock.advanceSecs(86400);
    const QByteArray b = scheduleIcs(*plan).value();
    const auto uids = [](const QByteArray &ics) {
        QList<QByteArray> list;
        for (const QByteArray &line : ics.split('\n')) {
            if (line.startsWith("UID:"))
                list << line;
        }
        return list;
    };
    CHECK(uids(a) == uids(b));
    CHECK(a != b); // DTSTAMP moved on
    CHECK(a.count("STATUS:CANCELLED") == 1);
}

TEST_CASE("an independent parser reads every event back with its time, zone, title and status")
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    auto plan = brusselsPlan(clock);
    Event special = plan->list<Event>().value().last();
    special.title = QStringLiteral("Wrap-up: what worked, what didn't; next steps — ünïcödé");
    special.location = QStringLiteral("Room 4, Building B");
    special.agenda = QStringLiteral("Line one\nLine two, with a comma");
    special.status = EventStatus::Cancelled;
    REQUIRE_OK(plan->update(special));

    const QJsonObject parsed = parseIndependently(scheduleIcs(*plan).value());
    CHECK(parsed.value(QStringLiteral("timezones")).toArray().first().toString() == QLatin1String("Europe/Brussels"));
    const QJsonArray events = parsed.value(QStringLiteral("events")).toArray();
    const auto planEvents = plan->list<Event>().value();
    REQUIRE(events.size() == planEvents.size());
    for (int i = 0; i < planEvents.size(); ++i) {
        const Event &e = planEvents[i];
        const QJsonObject p = events[i].toObject();
        INFO(e.title.toStdString());
        CHECK(p.value(QStringLiteral("summary")).toString() == e.title);
        CHECK(p.value(QStringLiteral("start")).toString() == e.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        CHECK(p.value(QStringLiteral("end")).toString() ==
              e.start.addSecs(60LL * e.durationMinutes).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        // The offset follows Brussels' daylight-saving time: +01:00 in winter, +02:00 in summer.
        const int expectedOffset =
            QTimeZone(QByteArrayLiteral("Europe/Brussels"))
                .offsetFromUtc(QDateTime(e.start.date(), e.start.time(), QTimeZone("Europe/Brussels"))) /
            60;
        CHECK(p.value(QStringLiteral("utc_offset_minutes")).toInt() == expectedOffset);
        CHECK(p.value(QStringLiteral("status")).toString() ==
              (e.status == EventStatus::Cancelled ? QLatin1String("CANCELLED") : QLatin1String("CONFIRMED")));
        CHECK(p.value(QStringLiteral("uid")).toString().contains(QString::number(e.id)));
    }
    const QJsonObject last = events.last().toObject();
    CHECK(last.value(QStringLiteral("location")).toString() == QLatin1String("Room 4, Building B"));
    CHECK(last.value(QStringLiteral("description")).toString() == QLatin1String("Line one\nLine two, with a comma"));
}
