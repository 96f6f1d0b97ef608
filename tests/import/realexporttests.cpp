// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tests on exports shaped as facilitators download them (tests/data/import/README.md says
// where each shape was learned): the people, their minutes, who is a guest, and the event.
#include "importtestsupport.h"

#include "core/importers/personname.h"

#include <QFile>

using namespace cultivate;
using namespace cultivate::test;

namespace {

struct Person {
    const char *name;
    const char *email;
    int minutes;
    bool guest;
};

std::unique_ptr<Plan> emptyPlan()
{
    Community community;
    community.name = QStringLiteral("Real exports");
    community.startDate = QDate(2027, 1, 1);
    community.endDate = QDate(2027, 12, 31);
    auto created = Plan::createInMemory(community, {}, importClock());
    REQUIRE_OK(created);
    return std::move(created).value();
}

ImportPreview preview(const Plan &plan, const char *file, ImportKind kind = ImportKind::Attendance,
                      OptionalId event = std::nullopt)
{
    const ImportPreview p =
        previewFile(plan, importFixture(QString::fromUtf8(file)), kind, ImportFormat::Unknown, event);
    INFO(p.firstErrorMessage().toStdString());
    REQUIRE_FALSE(p.hasErrors());
    return p;
}

const PersonPlan &proposed(const ImportPreview &p, const QString &name)
{
    for (const PersonPlan &person : p.people) {
        if (person.proposed.name == name)
            return person;
    }
    FAIL("nobody proposed as " << name.toStdString());
    return p.people.constFirst();
}

// Exactly these people, each with their minutes and guest role, as new members of an empty plan.
void checkPeople(const ImportPreview &p, const QList<Person> &expected)
{
    QStringList names;
    for (const PersonPlan &person : p.people)
        names << person.proposed.name;
    INFO("people: " << names.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(p.people.size() == expected.size());
    for (const Person &e : expected) {
        const PersonPlan &person = proposed(p, QString::fromUtf8(e.name));
        INFO("person " << e.name);
        CHECK(person.isNew());
        CHECK(person.proposed.email == QString::fromUtf8(e.email));
        CHECK(person.minutes() == e.minutes);
        CHECK((person.proposed.role == Role::Guest) == e.guest);
        // A name is never a pronoun, a marker or a parenthetical.
        CHECK_FALSE(isPronouns(person.proposed.name));
        CHECK_FALSE(person.proposed.name.contains(QLatin1Char('(')));
    }
}

void checkEvent(const ImportPreview &p, const QString &title, const QDateTime &start, int minutes)
{
    CHECK(p.eventChoice == EventChoice::Created);
    CHECK(p.event.title == title);
    CHECK(p.event.start == start);
    CHECK(p.event.durationMinutes == minutes);
    CHECK(p.event.status == EventStatus::Held);
}

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

void requireFileError(const ImportPreview &p, const char *words)
{
    REQUIRE(p.hasErrors());
    INFO(p.firstErrorMessage().toStdString());
    CHECK(p.errors.constFirst().line == 0);
    CHECK_FALSE(p.firstErrorMessage().contains(QStringLiteral(": line ")));
    CHECK(p.firstErrorMessage().contains(QString::fromUtf8(words)));
}

} // namespace

// --- Teams ---------------------------------------------------------------------------------------

TEST_CASE("Teams reports in German, French, Spanish, Dutch, Portuguese and Italian import with their people")
{
    struct Language {
        const char *file;
        const char *title;
        QList<Person> people;
    };
    const QList<Language> languages{
        {"teams-de-attendance-report.csv",
         "CoP Offene Daten – Monatstreffen März",
         {{"Katrin Vogel", "katrin.vogel@cultivate-cop.example.org", 93, false},
          {"Jonas Hoffmann", "jonas.hoffmann@stadtwerke.example.org", 81, false},
          {"Pieter Vermeulen", "pieter.vermeulen@partner.example.org", 56, true},
          {"Mira Aydın", "", 63, true}}},
        {"teams-fr-attendance-report.csv",
         "CdP Données ouvertes – réunion de mars",
         {{"Camille Bernard", "camille.bernard@cultivate-cop.example.org", 93, false},
          {"Hugo Lambert", "hugo.lambert@metropole.example.org", 81, false},
          {"Lotte De Smet", "lotte.desmet@partner.example.org", 56, true},
          {"Yasmine Benali", "", 63, true}}},
        {"teams-es-attendance-report.csv",
         "CdP Datos abiertos – reunión de marzo",
         {{"Lucía Martín", "lucia.martin@cultivate-cop.example.org", 93, false},
          {"Javier Ortega", "javier.ortega@ayuntamiento.example.org", 81, false},
          {"Tiago Silva", "tiago.silva@partner.example.org", 56, true},
          {"Rocío Vega", "", 63, true}}},
        {"teams-nl-attendance-report.csv",
         "CoP Open data – maandoverleg maart",
         {{"Sanne de Boer", "sanne.deboer@cultivate-cop.example.org", 93, false},
          {"Daan Visser", "daan.visser@waterschap.example.org", 81, false},
          {"Ewa Nowak", "ewa.nowak@partner.example.org", 56, true},
          {"Fleur Jansen", "", 63, true}}},
        {"teams-pt-attendance-report.csv",
         "CdP Dados abertos – reunião de março",
         {{"Beatriz Costa", "beatriz.costa@cultivate-cop.example.org", 93, false},
          {"Rafael Almeida", "rafael.almeida@prefeitura.example.org", 81, false},
          {"Jana Müller", "jana.mueller@partner.example.org", 56, true},
          {"Thiago Souza", "", 63, true}}},
        {"teams-it-attendance-report.csv",
         "CdP Dati aperti – incontro di marzo",
         {{"Giulia Romano", "giulia.romano@cultivate-cop.example.org", 93, false},
          {"Marco Ferri", "marco.ferri@comune.example.org", 81, false},
          {"Claire Dubois", "claire.dubois@partner.example.org", 56, true},
          {"Sara Conti", "", 63, true}}},
    };
    for (const Language &language : languages) {
        INFO("file " << language.file);
        auto plan = emptyPlan();
        const ImportPreview p = preview(*plan, language.file);
        CHECK(p.format == ImportFormat::Teams);
        CHECK(p.encoding == TextEncoding::Utf16LE);
        CHECK(p.meeting.startStated);
        checkPeople(p, language.people);
        checkEvent(p, QString::fromUtf8(language.title), at(2027, 3, 16, 14, 0), 93);
    }
}

TEST_CASE("a Teams caller is a guest named by the number, and an unverified joiner a guest")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "teams-phone-dialin.csv");
    checkPeople(p, {{"Dana Whitfield", "dana.whitfield@cultivate-cop.example.org", 46, false},
                    {"+14155550123", "", 41, true},
                    {"Kai Nakamura", "", 35, true}});
    CHECK(proposed(p, QStringLiteral("+14155550123")).caller);
    checkEvent(p, QStringLiteral("Regional Leads Check-in"), at(2027, 3, 18, 9, 0), 46);
}

// --- Zoom ----------------------------------------------------------------------------------------

TEST_CASE("Zoom names with pronouns, markers and a company never create or merge the wrong member")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "zoom-names-pronouns-guests.csv");
    CHECK(p.format == ImportFormat::Zoom);
    checkPeople(p, {{"Priya Raman", "priya.raman@cultivate-cop.example.org", 64, false},
                    {"Piotr Kowalski", "piotr.kowalski@partner.example.org", 62, true},
                    {"Chidi Okafor", "chidi.okafor@example.org", 61, false},
                    {"Maria Rossi", "maria.rossi@lumen.example.org", 61, true},
                    {"Sam Lee", "", 37, true},
                    {"Robin Tan", "robin.tan@example.org", 56, false},
                    {"Bram de Vries", "bram.devries@polder.example.org", 45, true},
                    {"Tomás Ortega", "tomas.ortega@example.org", 55, false},
                    {"Nadia Haddad", "", 45, true},
                    {"Ana Lima", "ana.lima@acme.example.org", 36, true}});
    CHECK(proposed(p, QStringLiteral("Tomás Ortega")).proposed.aliases == QStringList{QStringLiteral("Tom O.")});
    CHECK(proposed(p, QStringLiteral("Ana Lima")).proposed.organisation == QStringLiteral("Acme Health"));
    CHECK(proposed(p, QStringLiteral("Chidi Okafor")).proposed.aliases.isEmpty());
    checkEvent(p, QStringLiteral("Community Roundtable: Inclusive Facilitation"), at(2027, 3, 11, 16, 58, 40), 64);

    // Imported, then a second meeting: Sam Lee (he/him) is still not Chidi Okafor (he/him).
    REQUIRE_OK(commitImport(*plan, p));
    const ImportPreview again = preview(*plan, "zoom-names-pronouns-guests.csv");
    CHECK(again.alreadyImported());
    const Id chidi = memberIdByName(*plan, QStringLiteral("Chidi Okafor"));
    const Id sam = memberIdByName(*plan, QStringLiteral("Sam Lee"));
    CHECK(chidi != sam);
    CHECK(plan->get<Member>(chidi).value().aliases.isEmpty());
}

TEST_CASE("a Zoom report across the November clock change trusts Zoom's durations")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "zoom-dst-fallback.csv");
    checkPeople(p, {{"Lena Fischer", "lena.fischer@cultivate-cop.example.org", 115, false},
                    {"Mei Chen", "mei.chen@example.org", 106, false},
                    {"Aroha Ngata", "aroha.ngata@example.org", 75, true},
                    {"Kenji Watanabe", "kenji.watanabe@example.org", 50, true},
                    {"Sipho Dlamini", "sipho.dlamini@example.org", 34, true}});
    checkEvent(p, QStringLiteral("Open Data CoP – APAC-friendly Call"), at(2027, 11, 7, 0, 45), 115);
    const bool noted = std::any_of(p.warnings.cbegin(), p.warnings.cend(), [](const ImportIssue &w) {
        return w.line == 8 && w.message.contains(QStringLiteral("clocks changed"));
    });
    CHECK(noted);
}

TEST_CASE("a Zoom report from the Italian portal is read like the English one")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "zoom-it-localized.csv");
    CHECK(p.format == ImportFormat::Zoom);
    checkPeople(p, {{"Giulia Romano", "giulia.romano@cultivate-cop.example.org", 65, false},
                    {"Marco Ferri", "marco.ferri@comune.example.org", 48, true},
                    {"Elena Greco", "elena.greco@example.org", 58, true}});
    CHECK(proposed(p, QStringLiteral("Elena Greco")).proposed.aliases == QStringList{QStringLiteral("Lena")});
    checkEvent(p, QStringLiteral("CdP Dati aperti – laboratorio di aprile"), at(2027, 4, 14, 9, 57), 65);
}

TEST_CASE("a Zoom webinar attendee report reads every section and leaves out who did not come")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "zoom-webinar-attendee-report.csv");
    CHECK(p.format == ImportFormat::ZoomWebinar);
    checkPeople(p, {{"Greta Lindqvist", "greta.lindqvist@cultivate-cop.example.org", 68, false},
                    {"Hamid Rahimi", "hamid.rahimi@example.org", 65, true},
                    {"Olu Adeyemi", "olu.adeyemi@example.org", 45, true},
                    {"Lucía Fernández", "lucia.fernandez@example.org", 62, true},
                    {"Tariq Aziz", "tariq.aziz@example.org", 49, true},
                    {"Elif Yıldız", "elif.yildiz@cultivate-cop.example.org", 22, false},
                    {"Carmen's iPad", "", 25, true}});
    CHECK(proposed(p, QStringLiteral("Olu Adeyemi")).proposed.aliases ==
          QStringList{QStringLiteral("Olusegun Adeyemi")});
    checkEvent(p, QStringLiteral("Open Data CoP Autumn Webinar: Publishing with Care"), at(2027, 10, 19, 15, 55), 68);
}

TEST_CASE("Zoom's unique-users export reads total minutes, with and without the meeting preamble")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "zoom-unique-users-with-meeting-data.csv");
    checkPeople(p, {{"Greta Lindqvist", "greta.lindqvist@cultivate-cop.example.org", 63, false},
                    {"Chidi Okafor", "chidi.okafor@example.org", 58, false},
                    {"Johanna Berg", "johanna.berg@example.org", 41, false},
                    {"Iris Novak", "", 37, true},
                    {"+14155550123", "", 22, true}});
    CHECK(proposed(p, QStringLiteral("Johanna Berg")).proposed.aliases == QStringList{QStringLiteral("Jo")});
    checkEvent(p, QStringLiteral("Facilitators’ Circle – March"), at(2027, 3, 23, 15, 0, 4), 63);

    // Without the preamble the file has no date: the event is chosen, and the minutes still count.
    requireFileError(previewFile(*plan, importFixture(QStringLiteral("zoom-unique-users-no-meeting-data.csv"))),
                     "choose the event");
    Event event;
    event.title = QStringLiteral("Facilitators' Circle");
    event.start = at(2027, 3, 23, 15, 0);
    event.durationMinutes = 60;
    const Id id = plan->add(event).value();
    const ImportPreview chosen = preview(*plan, "zoom-unique-users-no-meeting-data.csv", ImportKind::Attendance, id);
    REQUIRE(chosen.people.size() == 4);
    CHECK(proposed(chosen, QStringLiteral("Chidi Okafor")).minutes() == 58);
    CHECK(proposed(chosen, QStringLiteral("Johanna Berg")).minutes() == 41);
}

TEST_CASE("Zoom callers are guests named by the number; a caller the host renamed keeps the name")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "zoom-phone-dialin.csv");
    checkPeople(p, {{"Dana Whitfield", "dana.whitfield@cultivate-cop.example.org", 45, false},
                    {"+14155550123", "", 41, true},
                    {"Dara Murphy", "", 35, true}});
    for (const PersonPlan &person : p.people)
        CHECK(person.proposed.name != QStringLiteral("+12125550789"));
}

// --- Google Meet and Webex ----------------------------------------------------------------------

TEST_CASE("a Google Meet report takes its date and title from the file name")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "2027-03-09 14_00 Open Data CoP Roundtable - Attendance Report.csv");
    CHECK(p.format == ImportFormat::GoogleMeet);
    checkPeople(p, {{"Greta Lindqvist", "greta.lindqvist@cultivate-cop.example.org", 62, false},
                    {"Chidi Okafor", "chidi.okafor@example.org", 53, false},
                    {"Amara Nwosu", "amara.nwosu@example.org", 47, false},
                    {"Kofi Mensah", "", 38, true},
                    {"+1 415-***-**23", "", 33, true}});
    checkEvent(p, QStringLiteral("Open Data CoP Roundtable"), at(2027, 3, 9, 14, 0), 62);
}

TEST_CASE("a Webex attendee report keeps its meeting name, scheduled start and duration")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "webex-meeting-attendee-report.csv");
    CHECK(p.format == ImportFormat::Webex);
    checkPeople(p, {{"Hamid Rahimi", "hamid.rahimi@example.org", 65, false},
                    {"Lucía Fernández", "lucia.fernandez@example.org", 60, false},
                    {"Dmitri Volkov", "dmitri.volkov@steppe.example.org", 45, false},
                    {"Call-in User_1", "", 45, true}});
    checkEvent(p, QStringLiteral("Evaluation Circle – Spring Review"), at(2027, 3, 17, 10, 0), 65);
}

// --- Member lists ------------------------------------------------------------------------------

TEST_CASE("a German member list reads its roles, organisations and notes, and names the column it ignores")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "members-de-excel-utf8.csv", ImportKind::Members);
    REQUIRE(p.people.size() == 4);
    const Member &anna = proposed(p, QStringLiteral("Anna Schäfer")).proposed;
    CHECK(anna.email == QStringLiteral("anna.schaefer@example.org"));
    CHECK(anna.organisation == QStringLiteral("Stadtwerke Lindenau"));
    CHECK(anna.role == Role::Facilitator);
    CHECK(anna.notes == QStringLiteral("Leitet die AG \"Daten\"; seit 2025"));
    CHECK(proposed(p, QStringLiteral("Jürgen Weiß")).proposed.role == Role::Member);
    CHECK(proposed(p, QStringLiteral("Özlem Yılmaz")).proposed.role == Role::Expert);
    const Member &lars = proposed(p, QStringLiteral("Lars Becker")).proposed;
    CHECK(lars.role == Role::Guest);
    CHECK(lars.email.isEmpty());
    CHECK(lars.organisation == QStringLiteral("Freiberuflich"));
    CHECK(p.ignoredColumns == QStringList{QStringLiteral("Abteilung")});
    const bool warned = std::any_of(p.warnings.cbegin(), p.warnings.cend(), [](const ImportIssue &w) {
        return w.message.contains(QStringLiteral("Abteilung"));
    });
    CHECK(warned);
}

TEST_CASE("member lists in Windows-1252, -1250 and -1251 keep their names intact")
{
    auto plan = emptyPlan();
    ImportPreview p = preview(*plan, "members-fr-excel-cp1252.csv", ImportKind::Members);
    CHECK(p.encoding == TextEncoding::Windows1252);
    CHECK(proposed(p, QStringLiteral("Élodie Marchand")).proposed.role == Role::Facilitator);
    CHECK(proposed(p, QStringLiteral("Chloé Nguyen")).proposed.organisation ==
          QStringLiteral("Association Œuvre commune"));
    CHECK(proposed(p, QStringLiteral("Gaëtan Dupont")).proposed.role == Role::Guest);
    CHECK(proposed(p, QStringLiteral("François Lefèvre")).proposed.role == Role::Member);

    p = preview(*plan, "members-pl-cs-cp1250.csv", ImportKind::Members);
    CHECK(p.encoding == TextEncoding::Windows1250);
    CHECK(proposed(p, QStringLiteral("Łukasz Wróbel")).proposed.organisation ==
          QStringLiteral("Fundacja Źródło Danych"));
    CHECK(proposed(p, QStringLiteral("Zdeněk Šťastný")).proposed.role == Role::Expert);
    CHECK(proposed(p, QStringLiteral("Małgorzata Żak")).proposed.role == Role::Facilitator);
    CHECK(proposed(p, QStringLiteral("Věra Dvořáková")).proposed.organisation == QStringLiteral("Spolek čtenářů Ústí"));

    p = preview(*plan, "members-ru-uk-cp1251.csv", ImportKind::Members);
    CHECK(p.encoding == TextEncoding::Windows1251);
    CHECK(proposed(p, QStringLiteral("Ольга Смирнова")).proposed.organisation ==
          QStringLiteral("Городская библиотека №5"));
    CHECK(proposed(p, QStringLiteral("Сергій Бондаренко")).proposed.role == Role::Guest);
    CHECK(proposed(p, QStringLiteral("Алёна Петренко")).proposed.email == QStringLiteral("alena.petrenko@example.org"));
}

TEST_CASE("an encoding chosen by hand is the one the file is read in")
{
    auto plan = emptyPlan();
    ImportOptions options;
    options.kind = ImportKind::Members;
    options.encoding = TextEncoding::Windows1252;
    auto wrong = previewImport(*plan, importFixture(QStringLiteral("members-pl-cs-cp1250.csv")), options);
    REQUIRE_OK(wrong);
    CHECK_FALSE(wrong.value().encodingGuessed);
    CHECK(wrong.value().people.constFirst().proposed.name == QStringLiteral("£ukasz Wróbel"));
    options.encoding = encodingFromName(QStringLiteral("cp1250"));
    auto right = previewImport(*plan, importFixture(QStringLiteral("members-pl-cs-cp1250.csv")), options);
    REQUIRE_OK(right);
    CHECK(right.value().people.constFirst().proposed.name == QStringLiteral("Łukasz Wróbel"));
    for (TextEncoding encoding : selectableEncodings())
        CHECK(encodingFromName(encodingName(encoding)) == encoding);
}

TEST_CASE("Excel workbooks are read from their first sheet, rich text and inline strings included")
{
    auto plan = emptyPlan();
    ImportPreview p = preview(*plan, "members.xlsx", ImportKind::Members);
    CHECK(p.workbook);
    REQUIRE(p.people.size() == 4);
    CHECK(proposed(p, QStringLiteral("Amara Nwosu")).proposed.role == Role::Facilitator);
    CHECK(proposed(p, QStringLiteral("Tomás Ortega")).proposed.organisation == QStringLiteral("Acme Health"));
    CHECK(proposed(p, QStringLiteral("Hyun-woo Park")).proposed.role == Role::Expert);
    const Member &freya = proposed(p, QStringLiteral("Freya Olsen")).proposed;
    CHECK(freya.email.isEmpty());
    CHECK(freya.role == Role::Guest);
    CHECK(freya.organisation == QStringLiteral("Nordlys Cooperative"));

    p = preview(*plan, "members-two-sheets.xlsx", ImportKind::Members);
    REQUIRE(p.people.size() == 2);
    CHECK(proposed(p, QStringLiteral("Ingrid Halvorsen")).proposed.role == Role::Champion);
    CHECK(p.sheets == QStringList{QStringLiteral("Members"), QStringLiteral("Left 2026")});
    const bool noted = std::any_of(p.warnings.cbegin(), p.warnings.cend(), [](const ImportIssue &w) {
        return w.line == 0 && w.message.contains(QStringLiteral("only the first sheet"));
    });
    CHECK(noted);

    // A workbook saved under a .csv name is still a workbook.
    p = preview(*plan, "bad-xlsx-renamed.csv", ImportKind::Members);
    CHECK(p.workbook);
    CHECK(p.people.size() == 4);
}

// --- Files that are not what they seem ----------------------------------------------------------

TEST_CASE("a PDF, binary data, a bank statement and a Zoom poll report are named for what they are")
{
    auto plan = emptyPlan();
    for (ImportKind kind : {ImportKind::Attendance, ImportKind::Members}) {
        const auto file = [&](const char *name) {
            return previewFile(*plan, importFixture(QString::fromUtf8(name)), kind);
        };
        requireFileError(file("bad-attendance-printout.pdf"), "PDF document");
        requireFileError(file("bad-binary-export.csv"), "not a text file");
        requireFileError(file("bad-bank-statement.csv"), "bank statement");
        requireFileError(file("bad-zoom-poll-report.csv"), "Poll Report");
    }
}

// --- Events, re-downloads and people ---------------------------------------------------------------

TEST_CASE("a report updates the planned event it matches with its title, start and held duration")
{
    auto plan = emptyPlan();
    Event planned;
    planned.title = QStringLiteral("Roundtable (planned)");
    planned.start = at(2027, 3, 11, 17, 0);
    planned.durationMinutes = 60;
    planned.status = EventStatus::Planned;
    const Id id = plan->add(planned).value();
    const ImportPreview p = preview(*plan, "zoom-names-pronouns-guests.csv");
    CHECK(p.eventChoice == EventChoice::MatchedByTime);
    CHECK(p.eventChanges.size() == 4); // title, start, duration, status
    REQUIRE_OK(commitImport(*plan, p));
    const Event held = plan->get<Event>(id).value();
    CHECK(held.title == QStringLiteral("Community Roundtable: Inclusive Facilitation"));
    CHECK(held.start == at(2027, 3, 11, 16, 58, 40));
    CHECK(held.durationMinutes == 64);
    CHECK(held.status == EventStatus::Held);
}

TEST_CASE("a re-downloaded report of a meeting imported before says nothing new and writes nothing")
{
    auto plan = emptyPlan();
    REQUIRE_OK(commitImport(*plan, preview(*plan, "zoom-names-pronouns-guests.csv")));
    const auto countsBefore = plan->counts().value();

    // The same meeting, other bytes: Windows line ends, as a second download may have them.
    QFile file(importFixture(QStringLiteral("zoom-names-pronouns-guests.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes.replace("\n", "\r\n");
    auto again = previewImportData(*plan, bytes, QStringLiteral("zoom-names-pronouns-guests (1).csv"), {});
    REQUIRE_OK(again);
    CHECK_FALSE(again.value().alreadyImported());
    CHECK(again.value().nothingNew());
    CHECK(again.value().attendanceChanges == 0);
    auto outcome = commitImport(*plan, again.value());
    REQUIRE_OK(outcome);
    CHECK(outcome.value().nothingNew);
    CHECK(plan->counts().value() == countsBefore);
}

TEST_CASE("no import gives two different people's attendance to one member when their emails differ")
{
    // Members who share a name with people of the reports but have another address.
    auto plan = emptyPlan();
    const auto add = [&plan](const char *name, const char *email) {
        Member m;
        m.name = QString::fromUtf8(name);
        m.email = QString::fromUtf8(email);
        REQUIRE_OK(plan->add(m));
    };
    add("Chidi Okafor", "chidi@elsewhere.example.org");
    add("Greta Lindqvist", "greta@another.example.org");
    add("Lucía Fernández", "lucia@another.example.org");
    add("Sam Lee", "sam.lee@example.org");
    add("Maria Rossi", "");
    const QList<Member> members = plan->list<Member>().value();
    const auto emailOf = [&members](Id id) {
        for (const Member &m : members) {
            if (m.id == id)
                return emailKey(m.email);
        }
        return QString();
    };

    for (const char *file :
         {"zoom-names-pronouns-guests.csv", "zoom-dst-fallback.csv", "zoom-webinar-attendee-report.csv",
          "zoom-unique-users-with-meeting-data.csv", "zoom-phone-dialin.csv", "zoom-it-localized.csv",
          "teams-de-attendance-report.csv", "teams-phone-dialin.csv", "webex-meeting-attendee-report.csv",
          "2027-03-09 14_00 Open Data CoP Roundtable - Attendance Report.csv", "zoom-rejoins-renamed.csv",
          "zoom-guests-no-email.csv", "teams-guests-ext.csv", "generic-minutes.csv"}) {
        INFO("file " << file);
        const ImportPreview p = preview(*plan, file);
        QHash<Id, QSet<QString>> emailsPerMember;
        for (const PersonPlan &person : p.people) {
            const QString email = emailKey(person.email);
            if (person.memberId == 0 || email.isEmpty())
                continue;
            emailsPerMember[person.memberId].insert(email);
            const QString theirs = emailOf(person.memberId);
            INFO("person " << person.names.value(0).toStdString());
            CHECK((theirs.isEmpty() || theirs == email));
        }
        for (const QSet<QString> &emails : std::as_const(emailsPerMember))
            CHECK(emails.size() <= 1);
    }
    // The decisive cases: a name alone never joins two addresses.
    const ImportPreview zoom = preview(*plan, "zoom-names-pronouns-guests.csv");
    CHECK(proposed(zoom, QStringLiteral("Chidi Okafor")).isNew());
    CHECK_FALSE(proposed(zoom, QStringLiteral("Chidi Okafor")).otherEmail.isEmpty());
    // Sam Lee has no address in the report: his name may find the member called so.
    for (const PersonPlan &person : zoom.people) {
        if (person.names.value(0) == QStringLiteral("Sam Lee"))
            CHECK(person.memberId == memberIdByName(*plan, QStringLiteral("Sam Lee")));
    }
}

// --- Column mapping -----------------------------------------------------------------------------

TEST_CASE("a column mapping reads columns no rule recognises, and ignoring a column drops it")
{
    auto plan = emptyPlan();
    Event event;
    event.title = QStringLiteral("Workshop");
    event.start = at(2027, 5, 4, 10, 0);
    event.durationMinutes = 90;
    const Id id = plan->add(event).value();
    const QByteArray bytes = QByteArrayLiteral("Wer,Adresse,Wie lange,Team\n"
                                               "Anna Berg,anna@example.org,80,Nord\n"
                                               "Ben Ito,ben@example.org,45,Süd\n");
    ImportOptions options;
    options.eventId = id;
    auto unmapped = previewImportData(*plan, bytes, QStringLiteral("list.csv"), options);
    REQUIRE_OK(unmapped);
    CHECK(unmapped.value().hasErrors());

    QString error;
    const auto overrides = parseColumnOverrides(QStringLiteral("name=Wer,email=Adresse,minutes=Wie lange"), &error);
    REQUIRE(overrides);
    options.columns = *overrides;
    options.format = ImportFormat::Generic;
    auto mapped = previewImportData(*plan, bytes, QStringLiteral("list.csv"), options);
    REQUIRE_OK(mapped);
    const ImportPreview &p = mapped.value();
    INFO(p.firstErrorMessage().toStdString());
    REQUIRE_FALSE(p.hasErrors());
    REQUIRE(p.people.size() == 2);
    CHECK(proposed(p, QStringLiteral("Anna Berg")).minutes() == 80);
    CHECK(p.columns.size() == 4);
    CHECK(p.columns[0].detected == ColumnRole::Ignore);
    CHECK(p.columns[0].role == ColumnRole::Name);
    CHECK(p.columns[2].role == ColumnRole::Minutes);
    CHECK(p.ignoredColumns == QStringList{QStringLiteral("Team")});

    // A recognised column can be ignored: without the minutes, nobody has any.
    options.columns.append({ColumnRole::Ignore, QStringLiteral("Wie lange")});
    auto ignored = previewImportData(*plan, bytes, QStringLiteral("list.csv"), options);
    REQUIRE_OK(ignored);
    CHECK_FALSE(proposed(ignored.value(), QStringLiteral("Anna Berg")).minutes());

    CHECK_FALSE(parseColumnOverrides(QStringLiteral("colour=Team"), &error));
    CHECK(error.contains(QStringLiteral("colour=Team")));
}

TEST_CASE("a long file of random text behind a Zoom header is refused at its first rows")
{
    auto plan = emptyPlan();
    QByteArray bytes = "Name (original name),Email,Join time,Leave time,Duration (minutes),Guest\n";
    quint32 seed = 7;
    while (bytes.size() < 2 * 1024 * 1024) {
        seed = seed * 1664525u + 1013904223u;
        const char c = static_cast<char>(32 + (seed >> 24) % 95);
        bytes.append(c == '"' ? 'q' : c);
        if ((seed >> 8) % 61 == 0)
            bytes.append('\n');
    }
    auto p = previewImportData(*plan, bytes, QStringLiteral("noise.csv"), {});
    REQUIRE_OK(p);
    REQUIRE(p.value().hasErrors());
    CHECK(p.value().errors.constFirst().line >= 2);
    CHECK(p.value().errors.constFirst().line < 600);
}

TEST_CASE("numbers a workbook shows as dates are read as dates, other numbers stay numbers")
{
    auto plan = emptyPlan();
    const ImportPreview p = preview(*plan, "members-dates.xlsx", ImportKind::Members);
    REQUIRE(p.people.size() == 2);
    CHECK(proposed(p, QStringLiteral("Anna Schäfer")).proposed.joinedDate == QDate(2026, 1, 15)); // built-in format
    CHECK(proposed(p, QStringLiteral("Jürgen Weiß")).proposed.joinedDate == QDate(2025, 1, 1));   // "dd.mm.yyyy"
    REQUIRE(p.columns.size() == 4);
    CHECK(p.columns[3].sample == QStringLiteral("46037"));
    CHECK(p.ignoredColumns == QStringList{QStringLiteral("Punkte")});
}

TEST_CASE("a Zoom webinar panelist report is read like the attendee report")
{
    auto plan = emptyPlan();
    QFile file(importFixture(QStringLiteral("zoom-webinar-attendee-report.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    // The panelist report: the same layout under another title, without the attendees.
    bytes.replace("Attendee Report,", "Panelist Report,");
    bytes.truncate(bytes.indexOf("Attendee Details,"));
    auto p = previewImportData(*plan, bytes, QStringLiteral("panelists.csv"), {});
    REQUIRE_OK(p);
    INFO(p.value().firstErrorMessage().toStdString());
    REQUIRE_FALSE(p.value().hasErrors());
    CHECK(p.value().format == ImportFormat::ZoomWebinar);
    checkPeople(p.value(), {{"Greta Lindqvist", "greta.lindqvist@cultivate-cop.example.org", 68, false},
                            {"Hamid Rahimi", "hamid.rahimi@example.org", 65, true},
                            {"Olu Adeyemi", "olu.adeyemi@example.org", 45, true}});
}
