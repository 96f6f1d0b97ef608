// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dates, durations and names as import reports write them.
#include "importtestsupport.h"

#include "core/importers/personmatcher.h"
#include "core/importers/personname.h"
#include "core/importers/reportvalues.h"

#include <QStringEncoder>

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

TEST_CASE("display names lose pronouns, markers and companies, and keep a real original name by its shape")
{
    DisplayName n = parseDisplayName(QStringLiteral("Chidi Okafor (he/him)"), true);
    CHECK(n.name == QStringLiteral("Chidi Okafor"));
    CHECK(n.pronouns == QStringLiteral("he/him"));
    CHECK(n.originalName.isEmpty());

    n = parseDisplayName(QStringLiteral("Tomás Ortega (he/him) (Tom O.)"), true);
    CHECK(n.name == QStringLiteral("Tomás Ortega"));
    CHECK(n.originalName == QStringLiteral("Tom O."));
    CHECK(n.fullName() == QStringLiteral("Tomás Ortega"));
    CHECK(n.otherName() == QStringLiteral("Tom O."));

    n = parseDisplayName(QStringLiteral("Jo (Johanna Berg)"), true);
    CHECK(n.fullName() == QStringLiteral("Johanna Berg"));
    CHECK(n.otherName() == QStringLiteral("Jo"));
    // Outside a column that carries original names, a bracket stays part of the name.
    CHECK(parseDisplayName(QStringLiteral("Jo (Johanna Berg)")).name == QStringLiteral("Jo (Johanna Berg)"));

    n = parseDisplayName(QStringLiteral("KOWALSKI Piotr (EXT)"), true);
    CHECK(n.name == QStringLiteral("Piotr Kowalski"));
    CHECK(n.external);
    CHECK_FALSE(n.guest);

    n = parseDisplayName(QStringLiteral("Thiago Souza (Convidado)"));
    CHECK(n.name == QStringLiteral("Thiago Souza"));
    CHECK(n.guest);

    n = parseDisplayName(QStringLiteral("Ana Lima | Acme Health"));
    CHECK(n.name == QStringLiteral("Ana Lima"));
    CHECK(n.organisation == QStringLiteral("Acme Health"));

    n = parseDisplayName(QStringLiteral("Dara Murphy (+12125550789)"), true);
    CHECK(n.name == QStringLiteral("Dara Murphy"));
    CHECK(n.fullName() == QStringLiteral("Dara Murphy"));
    CHECK(n.caller);

    CHECK(parseDisplayName(QStringLiteral("Robin Tan (they/them)"), true).name == QStringLiteral("Robin Tan"));
    CHECK(parseDisplayName(QStringLiteral("Maria Rossi (she/her)"), true).name == QStringLiteral("Maria Rossi"));
    CHECK(parseDisplayName(QStringLiteral("(Guest)")).name.isEmpty());
}

TEST_CASE("phone and dial-in callers are recognised, names are not")
{
    for (const char *caller :
         {"+14155550123", "+1 415-***-**23", "Call-in User_1", "Dial-in user 2", "(415) 555-0123", "Phone"})
        CHECK(isPhoneCaller(QString::fromUtf8(caller)));
    for (const char *name : {"Chidi Okafor", "Room 12", "Carmen's iPad", "Team 2025", "12"})
        CHECK_FALSE(isPhoneCaller(QString::fromUtf8(name)));
    CHECK(isPronouns(QStringLiteral("she/they")));
    CHECK(isPronouns(QStringLiteral("any pronouns")));
    CHECK_FALSE(isPronouns(QStringLiteral("Lena")));
    CHECK_FALSE(isPronouns(QStringLiteral("Tom O.")));
}

TEST_CASE("durations in the languages reports are written in, and dates with month names or times alone")
{
    CHECK(parseDurationSeconds(QStringLiteral("1 Std. 32 Min. 52 Sek."), 60) == 5572);
    CHECK(parseDurationSeconds(QStringLiteral("55 Min. 45 Sek."), 60) == 3345);
    CHECK(parseDurationSeconds(QStringLiteral("1 uur 32 min 52 sec"), 60) == 5572);
    CHECK(parseDurationSeconds(QStringLiteral("1 h 32 min 52 s"), 60) == 5572);
    CHECK(parseDurationSeconds(QStringLiteral("1 godz. 5 min 2 sek."), 60) == 3902);
    CHECK(parseDurationSeconds(QStringLiteral("1 hr 2 min"), 60) == 3720);
    CHECK_FALSE(parseDurationSeconds(QStringLiteral("1 Stunde lang"), 60));
    CHECK_FALSE(parseDurationSeconds(QStringLiteral("5 apples"), 60));

    CHECK(parseReportDateTime(QStringLiteral("Oct 19, 2027 03:55:10 PM"), DateOrder::DayFirst) ==
          QDateTime(QDate(2027, 10, 19), QTime(15, 55, 10)));
    CHECK(parseReportDateTime(QStringLiteral("Oct 19, 2027 3:55 PM"), DateOrder::DayFirst) ==
          QDateTime(QDate(2027, 10, 19), QTime(15, 55)));
    CHECK(parseReportDateTime(QStringLiteral("19 Okt 2027 15:55"), DateOrder::MonthFirst) ==
          QDateTime(QDate(2027, 10, 19), QTime(15, 55)));
    CHECK(parseReportDateTime(QStringLiteral("16.03.27, 14:00:00"), DateOrder::DayFirst) ==
          QDateTime(QDate(2027, 3, 16), QTime(14, 0)));
    CHECK(parseReportDateTime(QStringLiteral("16-03-2027, 14:00:00"), DateOrder::DayFirst) ==
          QDateTime(QDate(2027, 3, 16), QTime(14, 0)));
    CHECK_FALSE(parseReportDateTime(QStringLiteral("Foo 19, 2027"), DateOrder::DayFirst));
    CHECK(parseReportTime(QStringLiteral("2:00:05 PM")) == QTime(14, 0, 5));
    CHECK(parseReportTime(QStringLiteral("14:00")) == QTime(14, 0));
    CHECK_FALSE(parseReportTime(QStringLiteral("25:00")));
}

TEST_CASE("short lists in Windows-1250, -1251 and -1252 are read in their own code page")
{
    const auto bytesOf = [](const char *codec, const QString &text) {
        QStringEncoder encoder(codec);
        return QByteArray(encoder.encode(text));
    };
    const QString polish = QStringLiteral("Name;Email\nŁukasz Wróbel;l@example.org\nMałgorzata Żak;m@example.org\n");
    const QString czech = QStringLiteral("Name\nVěra Dvořáková\nZdeněk Šťastný\n");
    const QString russian = QStringLiteral("Name\nОльга Смирнова\nДмитрий Кузнецов\n");
    const QString french = QStringLiteral("Nom\nÉlodie Marchand\nFrançois Lefèvre\nGaëtan Dupont\n");
    const QString german =
        QStringLiteral("Name\nJürgen Weiß\nÖzlem Yılmaz\n").replace(QStringLiteral("ı"), QStringLiteral("i"));
    CHECK(decodeText(bytesOf("windows-1250", polish)).text == polish);
    CHECK(decodeText(bytesOf("windows-1250", czech)).encoding == TextEncoding::Windows1250);
    CHECK(decodeText(bytesOf("windows-1251", russian)).encoding == TextEncoding::Windows1251);
    CHECK(decodeText(bytesOf("windows-1251", russian)).text == russian);
    CHECK(decodeText(bytesOf("windows-1252", french)).encoding == TextEncoding::Windows1252);
    CHECK(decodeText(bytesOf("windows-1252", german)).encoding == TextEncoding::Windows1252);
    CHECK(decodeText(bytesOf("KOI8-R", russian)).text == russian);
}
