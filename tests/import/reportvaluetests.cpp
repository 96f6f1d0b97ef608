// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dates, durations and names as import reports write them.
#include "importtestsupport.h"

#include "core/importers/personmatcher.h"
#include "core/importers/reportvalues.h"

using namespace cultivate;

namespace {

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

QDateTime parse(const char *text, DateOrder order)
{
    const auto parsed = parseReportDateTime(QString::fromUtf8(text), order);
    return parsed ? *parsed : QDateTime();
}

} // namespace

TEST_CASE("import reads European, US and ISO date-times")
{
    CHECK(parse("14/11/22, 09:29:07", DateOrder::DayFirst) == at(2022, 11, 14, 9, 29, 7));
    CHECK(parse("11/14/2022, 9:29:07 AM", DateOrder::MonthFirst) == at(2022, 11, 14, 9, 29, 7));
    CHECK(parse("11/14/2022 09:29:07 PM", DateOrder::MonthFirst) == at(2022, 11, 14, 21, 29, 7));
    CHECK(parse("11/14/2022 12:05:00 AM", DateOrder::MonthFirst) == at(2022, 11, 14, 0, 5));
    CHECK(parse("11/14/2022 12:05:00 PM", DateOrder::MonthFirst) == at(2022, 11, 14, 12, 5));
    CHECK(parse("2022-11-14 09:29:07", DateOrder::MonthFirst) == at(2022, 11, 14, 9, 29, 7));
    CHECK(parse("2022-11-14T09:29:07Z", DateOrder::DayFirst) == at(2022, 11, 14, 9, 29, 7));
    CHECK(parse("14.11.2022 09:29", DateOrder::DayFirst) == at(2022, 11, 14, 9, 29));
    CHECK(parse("2022-11-14", DateOrder::DayFirst) == at(2022, 11, 14, 0, 0));
    CHECK(parse("5/3/2026, 4:00:00 p.m.", DateOrder::MonthFirst) == at(2026, 5, 3, 16, 0));
}

TEST_CASE("import refuses impossible dates and times")
{
    CHECK_FALSE(parseReportDateTime(QStringLiteral("31/02/2022 10:00"), DateOrder::DayFirst));
    CHECK_FALSE(parseReportDateTime(QStringLiteral("14/11/2022 25:00"), DateOrder::DayFirst));
    CHECK_FALSE(parseReportDateTime(QStringLiteral("14/11/2022 13:00 PM"), DateOrder::DayFirst));
    CHECK_FALSE(parseReportDateTime(QStringLiteral("yesterday"), DateOrder::DayFirst));
    CHECK_FALSE(parseReportDateTime(QString(), DateOrder::DayFirst));
}

TEST_CASE("import decides day or month first from every date of a file")
{
    CHECK(guessDateOrder({QStringLiteral("05/06/22, 10:00"), QStringLiteral("14/06/22, 10:00")}) ==
          DateOrder::DayFirst);
    CHECK(guessDateOrder({QStringLiteral("05/06/22, 10:00"), QStringLiteral("06/14/22, 10:00")}) ==
          DateOrder::MonthFirst);
    CHECK(guessDateOrder({QStringLiteral("05/06/2022 10:00:00 AM")}) == DateOrder::MonthFirst);
    CHECK(guessDateOrder({QStringLiteral("05/06/2022 10:00:00")}) == DateOrder::DayFirst);
    CHECK(guessDateOrder({QStringLiteral("2022-06-05 10:00:00")}) == DateOrder::DayFirst);
}

TEST_CASE("import reads Teams, Zoom and clock durations")
{
    CHECK(parseDurationSeconds(QStringLiteral("1h 2m 10s"), 60) == 3730);
    CHECK(parseDurationSeconds(QStringLiteral("21m 7s"), 60) == 1267);
    CHECK(parseDurationSeconds(QStringLiteral("45s"), 60) == 45);
    CHECK(parseDurationSeconds(QStringLiteral("1h"), 60) == 3600);
    CHECK(parseDurationSeconds(QStringLiteral("2 hr 5 min"), 60) == 7500);
    CHECK(parseDurationSeconds(QStringLiteral("1h2m"), 60) == 3720);
    CHECK(parseDurationSeconds(QStringLiteral("01:02:10"), 60) == 3730);
    CHECK(parseDurationSeconds(QStringLiteral("62:05"), 60) == 3725);
    CHECK(parseDurationSeconds(QStringLiteral("63"), 60) == 3780);
    CHECK(parseDurationSeconds(QStringLiteral("12,5"), 60) == 750);
    CHECK_FALSE(parseDurationSeconds(QStringLiteral("-5"), 60));
    CHECK_FALSE(parseDurationSeconds(QStringLiteral("sixty"), 60));
    CHECK_FALSE(parseDurationSeconds(QStringLiteral("5 parsecs"), 60));
    CHECK_FALSE(parseDurationSeconds(QStringLiteral("1h x 2m"), 60));
    CHECK_FALSE(parseDurationSeconds(QString(), 60));
}

TEST_CASE("import rounds seconds to whole minutes, half a minute up")
{
    CHECK(roundedMinutes(0) == 0);
    CHECK(roundedMinutes(29) == 0);
    CHECK(roundedMinutes(30) == 1);
    CHECK(roundedMinutes(1166) == 19); // 19m 26s
    CHECK(roundedMinutes(1130) == 19); // 18m 50s
}

TEST_CASE("import name keys ignore case, accents, word order, commas and meeting decorations")
{
    const QString key = nameKey(QStringLiteral("Pedro Garcia Simon"));
    CHECK(nameKey(QStringLiteral("GARCÍA SIMÓN, Pedro")) == key);
    CHECK(nameKey(QStringLiteral("García Simón, Pedro (EXT)")) == key);
    CHECK(nameKey(QStringLiteral("  pedro   garcía-simón ")) == key);
    CHECK(nameKey(QStringLiteral("JANSSENS JAN (EXT)")) == nameKey(QStringLiteral("Jan Janssens")));
    CHECK(nameKey(QStringLiteral("Pedro Garcia")) != key);
    CHECK(nameKey(QStringLiteral("(Guest)")).isEmpty());

    bool guest = false;
    CHECK(stripNameDecorations(QStringLiteral("Ana Lima (Guest)"), &guest) == QStringLiteral("Ana Lima"));
    CHECK(guest);
    guest = false;
    CHECK(stripNameDecorations(QStringLiteral("Ana Lima (EXT)"), &guest) == QStringLiteral("Ana Lima"));
    CHECK_FALSE(guest);
    CHECK(stripNameDecorations(QStringLiteral("Jo (Johanna Berg)")) == QStringLiteral("Jo (Johanna Berg)"));
}

TEST_CASE("import email keys ignore case and refuse what is not an address")
{
    CHECK(emailKey(QStringLiteral(" Chiara.Rossi@Lumen.example ")) == QStringLiteral("chiara.rossi@lumen.example"));
    CHECK(emailKey(QStringLiteral("mailto:a@b.example")) == QStringLiteral("a@b.example"));
    CHECK(emailKey(QStringLiteral("a(at)b.example")).isEmpty());
    CHECK(emailKey(QStringLiteral("@b.example")).isEmpty());
    CHECK(emailKey(QStringLiteral("a@b@c")).isEmpty());
}

TEST_CASE("import matches people by email first, then by name, then by alias")
{
    Member a;
    a.id = 1;
    a.name = QStringLiteral("Jan Janssens");
    a.email = QStringLiteral("jan@un.example");
    Member b;
    b.id = 2;
    b.name = QStringLiteral("Pedro García Simón");
    b.aliases = {QStringLiteral("PGS")};
    Member c;
    c.id = 3;
    c.name = QStringLiteral("Ana Lima");
    Member d;
    d.id = 4;
    d.name = QStringLiteral("Ana Lima");
    const PersonMatcher matcher({a, b, c, d});

    auto m = matcher.match(QStringLiteral("JAN@UN.EXAMPLE"), {QStringLiteral("Somebody Else")});
    CHECK(m.kind == MatchKind::Email);
    CHECK(m.memberId == 1);
    m = matcher.match({}, {QStringLiteral("JANSSENS JAN (EXT)")});
    CHECK(m.kind == MatchKind::Name);
    CHECK(m.memberId == 1);
    m = matcher.match(QStringLiteral("unknown@x.example"), {QStringLiteral("Garcia Simon, Pedro")});
    CHECK(m.kind == MatchKind::Name);
    CHECK(m.memberId == 2);
    m = matcher.match({}, {QStringLiteral("Nobody"), QStringLiteral("pgs")});
    CHECK(m.kind == MatchKind::Alias);
    CHECK(m.memberId == 2);
    m = matcher.match({}, {QStringLiteral("ana lima")});
    CHECK(m.kind == MatchKind::Ambiguous);
    CHECK(m.candidates == QList<Id>{3, 4});
    CHECK(matcher.match({}, {QStringLiteral("Zed")}).kind == MatchKind::None);
}
