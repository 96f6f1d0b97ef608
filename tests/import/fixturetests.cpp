// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One test per fixture in tests/data/import: the edge cases of real member lists and meeting
// reports (SPEC §6). Each checks what the file is about, so a regression in the reader, the
// detection or a parser fails here.
#include "importtestsupport.h"

using namespace cultivate;
using namespace cultivate::test;

namespace {

ImportPreview members(const Plan &plan, const char *file)
{
    return previewFile(plan, importFixture(QString::fromLatin1(file)), ImportKind::Members);
}

ImportPreview attendance(const Plan &plan, const char *file, ImportFormat format = ImportFormat::Unknown,
                         OptionalId event = std::nullopt)
{
    return previewFile(plan, importFixture(QString::fromLatin1(file)), ImportKind::Attendance, format, event);
}

void requireClean(const ImportPreview &p)
{
    INFO(p.firstErrorMessage().toStdString());
    REQUIRE_FALSE(p.hasErrors());
}

// The preview fails on exactly this line, and its message says so.
void requireErrorOnLine(const ImportPreview &p, int line, const char *words)
{
    REQUIRE(p.hasErrors());
    INFO(p.firstErrorMessage().toStdString());
    CHECK(p.errors.constFirst().line == line);
    CHECK(p.firstErrorMessage().startsWith(QStringLiteral("%1: line %2: ").arg(p.fileName).arg(line)));
    CHECK(p.firstErrorMessage().contains(QString::fromUtf8(words)));
}

// The preview fails for the file as a whole: no line number, the message says so.
void requireFileError(const ImportPreview &p, const char *words)
{
    REQUIRE(p.hasErrors());
    INFO(p.firstErrorMessage().toStdString());
    CHECK(p.errors.constFirst().line == 0);
    CHECK(p.firstErrorMessage().startsWith(QStringLiteral("%1: ").arg(p.fileName)));
    CHECK_FALSE(p.firstErrorMessage().contains(QStringLiteral(": line ")));
    CHECK(p.firstErrorMessage().contains(QString::fromUtf8(words)));
}

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

} // namespace

// --- member lists ------------------------------------------------------------------------------

TEST_CASE("importing a plain member list matches by email and proposes the others as new members")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-basic.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Members);
    CHECK(p.encoding == TextEncoding::Utf8);
    CHECK(p.rows == 4);
    CHECK(p.matchedCount() == 4);
    CHECK(p.newMemberCount() == 0);
    // Chiara's email differs in case only; Dmitri has no organisation in the plan yet.
    CHECK(personNamed(p, QStringLiteral("Chiara Rossi")).match == MatchKind::Email);
    CHECK(personNamed(p, QStringLiteral("Dmitri Volkov")).update.organisation.isEmpty());
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).update.organisation == QStringLiteral("Polder Water Board"));
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).update.role == Role::Champion);
}

TEST_CASE("importing a semicolon member list with a UTF-8 BOM reads its accents and headers")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-semicolon-bom.csv");
    requireClean(p);
    CHECK(p.encoding == TextEncoding::Utf8Bom);
    CHECK(p.delimiter == QLatin1Char(';'));
    REQUIRE(p.people.size() == 2);
    CHECK(p.people[0].proposed.name == QStringLiteral("Elif Yılmaz"));
    CHECK(p.people[1].proposed.name == QStringLiteral("François Dubois"));
    CHECK(p.people[1].proposed.organisation == QStringLiteral("Seine & Co"));
    CHECK(p.people[1].proposed.role == Role::Sponsor);
    CHECK(p.newMemberCount() == 2);
}

TEST_CASE("importing a member list with Excel's sep= line uses its delimiter and skips the line")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-sep-line.csv");
    requireClean(p);
    CHECK(p.delimiter == QLatin1Char(';'));
    REQUIRE(p.people.size() == 2);
    CHECK(p.people[0].match == MatchKind::Email); // Greta
    CHECK(p.people[1].line == 4);
    CHECK(p.people[1].update.organisation == QStringLiteral("Oasis, Ltd"));
}

TEST_CASE("importing a Windows-1252 member list decodes its accents, quotes and euro sign")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-cp1252.csv");
    requireClean(p);
    CHECK(p.encoding == TextEncoding::Windows1252);
    REQUIRE(p.people.size() == 3);
    CHECK(p.people[0].proposed.name == QStringLiteral("José Núñez"));
    CHECK(p.people[0].proposed.organisation == QStringLiteral("Café Andino"));
    CHECK(p.people[1].proposed.name == QStringLiteral("Zoë Brontë"));
    CHECK(p.people[1].proposed.notes == QStringLiteral("likes \u201ctea\u201d \u2013 a lot"));
    CHECK(p.people[2].proposed.name == QStringLiteral("Jürgen Weiß"));
    CHECK(p.people[2].proposed.notes == QStringLiteral("\u20ac budget holder"));
}

TEST_CASE("importing an Excel Unicode-text member list reads UTF-16LE with tabs")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-utf16le-tab.txt");
    requireClean(p);
    CHECK(p.encoding == TextEncoding::Utf16LE);
    CHECK(p.delimiter == QLatin1Char('\t'));
    REQUIRE(p.people.size() == 2);
    CHECK(p.people[1].proposed.name == QStringLiteral("Jia Li"));
    CHECK(p.people[1].proposed.role == Role::Guest);
}

TEST_CASE("importing a member list with quoted newlines names the physical line of a later bad row")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-quoted-newline.csv");
    // Kofi's note spans lines 2-3, Lena's 4-6: Mateo's bad email is on line 7.
    requireErrorOnLine(p, 7, "not an email address");
    CHECK(p.rows == 2);
    CHECK(personNamed(p, QStringLiteral("Kofi Mensah")).proposed.notes ==
          QStringLiteral("Prefers mornings.\nSpeaks Twi and English."));
}

TEST_CASE("importing a member list whose names hold commas keeps the names whole and matches LAST, First")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-names-with-commas.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 3);
    const PersonPlan &amara = p.people[0];
    CHECK(amara.names.value(0) == QStringLiteral("Amara Okafor")); // "Okafor, Amara" in the file
    CHECK(amara.match == MatchKind::Name);
    CHECK(amara.memberId == memberIdByName(*plan, QStringLiteral("Amara Okafor")));
    CHECK(amara.aliasesToAdd.isEmpty()); // the same name written the other way round
    CHECK(p.people[1].proposed.name == QStringLiteral("Pedro García Simón"));
    CHECK(p.people[1].proposed.organisation == QStringLiteral("Meseta, S.A."));
}

TEST_CASE("importing a member list with first and last name columns joins them")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-first-last.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 2);
    CHECK(p.people[0].proposed.name == QStringLiteral("Priya Raman"));
    CHECK(p.people[0].proposed.email == QStringLiteral("priya.raman@kaveri.example"));
    CHECK(p.people[0].proposed.organisation == QStringLiteral("Research"));
}

TEST_CASE("importing a member list that is only a header is an error on its last line")
{
    auto plan = importPlan();
    requireErrorOnLine(members(*plan, "members-header-only.csv"), 1, "no members");
}

TEST_CASE("importing an empty file or a file of blank lines is an error of the whole file")
{
    auto plan = importPlan();
    requireFileError(members(*plan, "empty.csv"), "empty");
    requireFileError(attendance(*plan, "empty.csv"), "empty");
    requireFileError(attendance(*plan, "whitespace-only.csv"), "empty");
}

TEST_CASE("importing a member list with an unknown role fails on that line")
{
    auto plan = importPlan();
    requireErrorOnLine(members(*plan, "members-bad-role.csv"), 4, "overlord");
}

TEST_CASE("importing a member list with an invalid email fails on that line")
{
    auto plan = importPlan();
    requireErrorOnLine(members(*plan, "members-bad-email.csv"), 3, "wanjiru(at)rift.example");
}

TEST_CASE("importing a member list that names one person twice merges the rows")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-duplicates.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 2);
    CHECK(p.people[0].proposed.organisation == QStringLiteral("Ebro Consulting"));
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].line == 3);
}

TEST_CASE("importing a member list with CRLF line ends and ragged rows reads short and long rows")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-crlf-ragged.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 3);
    CHECK(p.people[0].proposed.organisation.isEmpty());
    CHECK(p.people[1].proposed.notes == QStringLiteral("loves kanban"));
    CHECK(p.people[2].proposed.role == Role::Member);
    CHECK(p.people[2].line == 4);
}

TEST_CASE("importing a member list with old Mac CR line ends reads every row")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-cr-only.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 2);
    CHECK(p.people[1].proposed.name == QStringLiteral("Deniz Arslan"));
    CHECK(p.people[1].line == 3);
}

TEST_CASE("importing a file with an unterminated quote fails on the line where the quote opens")
{
    auto plan = importPlan();
    requireErrorOnLine(members(*plan, "members-unterminated-quote.csv"), 5, "never closed");
}

TEST_CASE("importing a member list reads aliases and dates")
{
    auto plan = importPlan();
    const ImportPreview p = members(*plan, "members-aliases.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 2);
    const PersonPlan &johanna = p.people[0];
    CHECK(johanna.match == MatchKind::Name);
    CHECK(johanna.update.aliases == QStringList{QStringLiteral("J. Berg"), QStringLiteral("Jo Berg")});
    CHECK(johanna.update.email == QStringLiteral("johanna@malar.example"));
    CHECK(johanna.update.joinedDate == QDate(2025, 3, 1));
    CHECK(p.people[1].proposed.aliases == QStringList{QStringLiteral("Karim S."), QStringLiteral("KS")});
    CHECK(p.people[1].proposed.joinedDate == QDate(2025, 4, 3));
}

// --- Zoom ------------------------------------------------------------------------------------------

TEST_CASE("importing a Zoom report with its meeting preamble uses the stated topic, start and duration")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-with-preamble.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Zoom);
    CHECK(p.meeting.title == QStringLiteral("Data Stewards Monthly"));
    CHECK(p.meeting.start == at(2026, 3, 12, 16, 0));
    CHECK(p.meeting.durationMinutes() == 63);
    CHECK(p.rows == 4);
    REQUIRE(p.people.size() == 3);
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).minutes() == 54); // 29 + 25 after a rejoin
    CHECK(personNamed(p, QStringLiteral("Chiara Rossi")).minutes() == 65);
    CHECK(p.matchedCount() == 3);
    CHECK(p.event.title == QStringLiteral("Data Stewards Monthly"));
    CHECK(p.event.durationMinutes == 63);
}

TEST_CASE("importing a Zoom report without preamble takes the meeting from first join to last leave")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-without-preamble.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Zoom);
    CHECK(p.meeting.title.isEmpty());
    CHECK(p.meeting.start == at(2026, 4, 9, 9, 55));
    CHECK(p.meeting.durationMinutes() == 65);
    CHECK(p.event.title == QStringLiteral("zoom-without-preamble"));
}

TEST_CASE("importing a Zoom report sums rejoins and knows a renamed participant by their original name")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-rejoins-renamed.csv");
    requireClean(p);
    CHECK(p.rows == 5);
    REQUIRE(p.people.size() == 2);
    const PersonPlan &johanna = p.people[0];
    // "Jo (Johanna Berg)": the fuller name first, the display name as another name.
    CHECK(johanna.names == QStringList{QStringLiteral("Johanna Berg"), QStringLiteral("Jo")});
    CHECK(johanna.minutes() == 53);
    CHECK(johanna.match == MatchKind::Name);
    CHECK(johanna.aliasesToAdd == QStringList{QStringLiteral("Jo")});
    CHECK(johanna.emailToAdd == QStringLiteral("johanna@malar.example"));
    CHECK(johanna.isMerge());
    CHECK(p.people[1].minutes() == 54);
    CHECK(p.people[1].isNew());
}

TEST_CASE("importing a Zoom report proposes guests without email as guest members")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-guests-no-email.csv");
    requireClean(p);
    REQUIRE(p.people.size() == 3);
    CHECK(p.people[0].match == MatchKind::Email);
    CHECK(p.people[1].proposed.name == QStringLiteral("iPhone de Marta"));
    CHECK(p.people[1].proposed.role == Role::Guest);
    CHECK(p.people[1].proposed.email.isEmpty());
    CHECK(p.people[2].proposed.name == QStringLiteral("Nadia"));
    CHECK(p.people[2].proposed.role == Role::Guest);
    CHECK(p.newMemberCount() == 2);
}

TEST_CASE("importing a Zoom report with European 24-hour dates and semicolons reads day first")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-european-dates.csv");
    requireClean(p);
    CHECK(p.delimiter == QLatin1Char(';'));
    CHECK(p.meeting.start == at(2026, 7, 14, 18, 0));
    CHECK(p.meeting.durationMinutes() == 90);
    CHECK(personNamed(p, QStringLiteral("Greta Lindqvist")).minutes() == 50);
}

TEST_CASE("importing a Zoom report leaves out time in the waiting room")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-waiting-room.csv");
    requireClean(p);
    CHECK(personNamed(p, QStringLiteral("Chiara Rossi")).minutes() == 55);
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].line == 2);
}

TEST_CASE("importing a Zoom report with a duration that is not a number fails on that line")
{
    auto plan = importPlan();
    requireErrorOnLine(attendance(*plan, "zoom-bad-duration.csv"), 6, "sixty");
}

TEST_CASE("importing a Zoom report with a sep= line keeps a quoted semicolon in a name")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "zoom-sep-semicolon.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Zoom);
    REQUIRE(p.people.size() == 1);
    CHECK(p.people[0].names.value(0) == QStringLiteral("Rossi; Chiara"));
    CHECK(p.people[0].match == MatchKind::Email);
    CHECK(p.meeting.start == at(2026, 10, 1, 9, 0));
}

// --- Teams -----------------------------------------------------------------------------------------

TEST_CASE("importing a Teams report with US dates and hour durations reads them month first")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "teams-us-dates.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Teams);
    CHECK(p.encoding == TextEncoding::Utf16LE);
    CHECK(p.meeting.title == QStringLiteral("Quarterly Practice Review"));
    CHECK(p.meeting.start == at(2025, 11, 4, 14, 58, 3));
    CHECK(p.meeting.statedSeconds == 3730);
    CHECK(p.meeting.durationMinutes() == 62);
    CHECK(personNamed(p, QStringLiteral("Amara Okafor")).minutes() == 62);
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).minutes() == 21);
    CHECK(personNamed(p, QStringLiteral("Sam Quick")).seconds == 45);
    CHECK(personNamed(p, QStringLiteral("Sam Quick")).minutes() == 1);
    CHECK(p.rows == 3); // the participant list; the activities repeat it
}

TEST_CASE("importing a Teams report with only in-meeting activities sums each person's sessions")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "teams-activities-only.csv");
    requireClean(p);
    CHECK(p.meeting.start == at(2026, 3, 2, 10, 0));
    CHECK(p.meeting.durationMinutes() == 60);
    CHECK(personNamed(p, QStringLiteral("Greta Lindqvist")).minutes() == 55);
    CHECK(personNamed(p, QStringLiteral("Hamid Rahimi")).seconds == 1830);
}

TEST_CASE("importing a Teams report matches (EXT) and LAST, First names and proposes (Guest) as a guest")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "teams-guests-ext.csv");
    requireClean(p);
    CHECK(p.meeting.start == at(2026, 1, 20, 13, 0));
    REQUIRE(p.people.size() == 3);
    CHECK(p.people[0].memberId == memberIdByName(*plan, QStringLiteral("Amara Okafor")));
    CHECK(p.people[0].match == MatchKind::Name);
    CHECK(p.people[0].email.isEmpty()); // a guest UPN is not an address
    CHECK(p.people[1].memberId == memberIdByName(*plan, QStringLiteral("Chiara Rossi")));
    CHECK(p.people[2].isNew());
    CHECK(p.people[2].proposed.name == QStringLiteral("Visitor Vera"));
    CHECK(p.people[2].proposed.role == Role::Guest);
}

TEST_CASE("importing an older Teams attendance list of joins and leaves adds up each person's sessions")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "teams-legacy-actions.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Teams);
    CHECK(p.meeting.start == at(2026, 3, 2, 9, 0));
    CHECK(p.meeting.durationMinutes() == 60);
    CHECK(personNamed(p, QStringLiteral("Amara Okafor")).minutes() == 58);
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).minutes() == 50);
}

TEST_CASE("importing a Teams report re-saved as UTF-8 without a BOM still reads as Teams")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "teams-utf8-nobom.csv");
    requireClean(p);
    CHECK(p.encoding == TextEncoding::Utf8);
    CHECK(p.format == ImportFormat::Teams);
    REQUIRE(p.people.size() == 1);
    CHECK(p.people[0].proposed.name == QStringLiteral("Élodie Marchand"));
    CHECK(p.people[0].minutes() == 30);
}

TEST_CASE("importing a Teams report with a join time that is no date fails on that line")
{
    auto plan = importPlan();
    requireErrorOnLine(attendance(*plan, "teams-bad-date.csv"), 10, "yesterday-ish");
}

// --- generic lists ---------------------------------------------------------------------------------

TEST_CASE("importing a generic attendance list sums rows per person and takes the date and title")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "generic-minutes.csv");
    requireClean(p);
    CHECK(p.format == ImportFormat::Generic);
    CHECK(p.meeting.title == QStringLiteral("Evening clinic"));
    CHECK(p.meeting.start == at(2026, 2, 10, 18, 0));
    REQUIRE(p.people.size() == 3);
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).minutes() == 45);
    CHECK(personNamed(p, QStringLiteral("Newcomer Nel")).isNew());
}

TEST_CASE("importing a generic semicolon list reads decimal-comma minutes and clock durations")
{
    auto plan = importPlan();
    const Id event = plan->add(Event{0,
                                     QStringLiteral("Clinic"),
                                     EventKind::Meeting,
                                     at(2026, 2, 1, 10, 0),
                                     60,
                                     {},
                                     {},
                                     {},
                                     EventStatus::Planned,
                                     {},
                                     {},
                                     {}})
                         .value();
    const ImportPreview p = attendance(*plan, "generic-semicolon-decimal.csv", ImportFormat::Unknown, event);
    requireClean(p);
    CHECK(p.delimiter == QLatin1Char(';'));
    CHECK(personNamed(p, QStringLiteral("Chiara Rossi")).seconds == 750);
    CHECK(personNamed(p, QStringLiteral("Amara Okafor")).minutes() == 65);
    CHECK(p.eventChoice == EventChoice::Given);
}

TEST_CASE("importing a generic list without a date needs an event")
{
    auto plan = importPlan();
    requireFileError(attendance(*plan, "generic-no-date.csv"), "--event");
}

TEST_CASE("importing a generic list reads present, absent and excused")
{
    auto plan = importPlan();
    const Id event = plan->add(Event{0,
                                     QStringLiteral("Clinic"),
                                     EventKind::Meeting,
                                     at(2026, 2, 1, 10, 0),
                                     60,
                                     {},
                                     {},
                                     {},
                                     EventStatus::Planned,
                                     {},
                                     {},
                                     {}})
                         .value();
    const ImportPreview p = attendance(*plan, "generic-status.csv", ImportFormat::Generic, event);
    requireClean(p);
    CHECK(personNamed(p, QStringLiteral("Chiara Rossi")).status == AttendanceStatus::Present);
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).status == AttendanceStatus::Absent);
    CHECK(personNamed(p, QStringLiteral("Dmitri Volkov")).status == AttendanceStatus::Excused);
    CHECK_FALSE(personNamed(p, QStringLiteral("Dmitri Volkov")).minutes());
}

TEST_CASE("importing a generic list in UTF-16 without a BOM detects the encoding")
{
    auto plan = importPlan();
    const Id event = plan->add(Event{0,
                                     QStringLiteral("Clinic"),
                                     EventKind::Meeting,
                                     at(2026, 2, 1, 10, 0),
                                     60,
                                     {},
                                     {},
                                     {},
                                     EventStatus::Planned,
                                     {},
                                     {},
                                     {}})
                         .value();
    const ImportPreview p = attendance(*plan, "generic-utf16-nobom.csv", ImportFormat::Unknown, event);
    requireClean(p);
    CHECK(p.encoding == TextEncoding::Utf16LE);
    CHECK(personNamed(p, QStringLiteral("Chiara Rossi")).minutes() == 33);
}

TEST_CASE("importing a generic list with negative minutes fails on that line")
{
    auto plan = importPlan();
    requireErrorOnLine(attendance(*plan, "generic-bad-minutes.csv", ImportFormat::Unknown,
                                  plan->add(Event{0,
                                                  QStringLiteral("E"),
                                                  EventKind::Meeting,
                                                  at(2026, 2, 1, 10, 0),
                                                  60,
                                                  {},
                                                  {},
                                                  {},
                                                  EventStatus::Planned,
                                                  {},
                                                  {},
                                                  {}})
                                      .value()),
                       3, "-5");
}

TEST_CASE("importing a file of unknown columns as attendance says which columns it needs")
{
    auto plan = importPlan();
    requireFileError(attendance(*plan, "unknown-format.csv"), "minutes column");
}

TEST_CASE("importing a Zoom report as a member list is refused with advice")
{
    auto plan = importPlan();
    requireFileError(members(*plan, "zoom-with-preamble.csv"), "import it as attendance");
}

TEST_CASE("importing a Teams report with a forced wrong format reports the missing columns")
{
    auto plan = importPlan();
    requireErrorOnLine(attendance(*plan, "teams-us-dates.csv", ImportFormat::Generic), 1, "no name or email column");
    requireErrorOnLine(attendance(*plan, "members-basic.csv", ImportFormat::Zoom), 5, "Join Time");
}

TEST_CASE("importing an older Teams list whose rows are out of time order still pairs joins with leaves")
{
    auto plan = importPlan();
    const ImportPreview p = attendance(*plan, "teams-legacy-out-of-order.csv");
    requireClean(p);
    CHECK(personNamed(p, QStringLiteral("Bram de Vries")).minutes() == 20);
    CHECK(personNamed(p, QStringLiteral("Amara Okafor")).minutes() == 30);
    CHECK(p.meeting.start == at(2026, 3, 2, 9, 0));
}
