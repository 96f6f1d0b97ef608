// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/importformat.h"

#include "core/importers/reportvalues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace cultivate {

namespace {

// How many non-blank records the detector looks at.
constexpr int DetectionWindow = 40;

using Synonyms = QList<const char *>;

struct RoleSynonyms {
    ColumnRole role;
    Synonyms keys;
};

// Header synonyms as headerKey()s (lower case, letters and digits only, accents kept).
const QList<RoleSynonyms> &synonymTable()
{
    static const QList<RoleSynonyms> table{
        {ColumnRole::Name,
         {"name",
          "fullname",
          "displayname",
          "participant",
          "participantname",
          "attendee",
          "attendeename",
          "member",
          "membername",
          "person",
          "nameoriginalname",
          "username",
          "usernameoriginalname",
          "nom",
          "nomcomplet",
          "naam",
          "volledigenaam",
          "nombre",
          "nombrecompleto",
          "nome",
          "nomecompleto",
          "vollständigername",
          "teilnehmer",
          "teilnehmername",
          "imięinazwisko",
          "имя и фамилия",
          "фио",
          "nomenomeoriginale",
          "nomnomdorigine",
          "nombrenombreoriginal",
          "naamoorspronkelijkenaam",
          "nomenomeoriginal"}},
        {ColumnRole::FirstName,
         {"firstname", "givenname", "forename", "first", "prenom", "prénom", "voornaam", "vorname", "primeironome",
          "imię", "имя", "nombredepila"}},
        {ColumnRole::LastName,
         {"lastname", "surname", "familyname", "last", "achternaam", "nachname", "familienname", "apellido",
          "apellidos", "sobrenome", "cognome", "nazwisko", "фамилия", "nomdefamille"}},
        {ColumnRole::Email,
         {"email", "emailaddress", "mail", "useremail", "attendeeemail", "participantemail", "courriel", "correo",
          "correoelectrónico", "emailadres", "emailadresse", "adresseemail", "adressecourriel", "indirizzoemail",
          "endereçodeemail", "adresemail", "почта", "электроннаяпочта"}},
        {ColumnRole::Upn, {"participantidupn", "upn", "participantid", "userprincipalname"}},
        {ColumnRole::Organisation, {"organisation",   "organization", "org",          "company",     "companyname",
                                    "employer",       "department",   "affiliation",  "organisatie", "entreprise",
                                    "société",        "firma",        "unternehmen",  "organisme",   "bedrijf",
                                    "empresa",        "organización", "organizacion", "organização", "azienda",
                                    "organizzazione", "ente",         "organizacja",  "instytucja",  "организация",
                                    "компания"}},
        {ColumnRole::Role,
         {"role", "cprole", "memberrole", "type", "rol", "rôle", "rolle", "función", "funcion", "função", "ruolo",
          "rola", "роль"}},
        {ColumnRole::Join,
         {"jointime",
          "firstjoin",
          "firstjointime",
          "joined",
          "join",
          "arrival",
          "arrivaltime",
          "start",
          "starttime",
          "timejoined",
          "ersterbeitritt",
          "beitreten",
          "beitrittszeit",
          "premièreparticipation",
          "heuredarrivée",
          "primeraunión",
          "horadeunión",
          "eerstedeelname",
          "tijdstipvandeelname",
          "primeiroingresso",
          "horadeingresso",
          "primoingresso",
          "oradiingresso",
          "oraingresso"}},
        {ColumnRole::Leave,
         {"leavetime",          "lastleave",     "lastleavetime", "left",         "leave",        "departure",
          "departuretime",      "end",           "endtime",       "timeexited",   "timeleft",     "letztesverlassen",
          "verlassen",          "dernierdépart", "heurededépart", "últimasalida", "horadesalida", "laatstevertrek",
          "tijdstipvanvertrek", "últimasaída",   "horadesaída",   "ultimauscita", "oradiuscita"}},
        {ColumnRole::Minutes,
         {"minutes",
          "mins",
          "durationminutes",
          "duration",
          "timeinmeeting",
          "timeinmeetingminutes",
          "attendedminutes",
          "minutesattended",
          "attendanceduration",
          "attendancedurationminutes",
          "inmeetingduration",
          "timeattended",
          "attendancetime",
          "totaldurationminutes",
          "totalduration",
          "timeinsessionminutes",
          "timeinsession",
          "dauer",
          "dauerderbesprechung",
          "dauerminuten",
          "durée",
          "duréedanslaréunion",
          "duréeminutes",
          "duración",
          "duraciónenlareunión",
          "duraciónminutos",
          "duur",
          "duurinvergadering",
          "duurminuten",
          "duração",
          "duraçãonareunião",
          "duraçãominutos",
          "durata",
          "duratanellariunione",
          "durataminuti",
          "minuten",
          "minuti",
          "minutos"}},
        {ColumnRole::Status,
         {"status", "attendance", "attended", "present", "anwesend", "anwesenheit", "présence", "presente", "aanwezig",
          "statut", "asistencia", "presença", "presenza"}},
        {ColumnRole::Guest, {"guest", "isguest", "external", "gast", "invité", "invitado", "convidado", "ospite"}},
        {ColumnRole::Notes,
         {"notes",     "note",        "comments",      "comment",    "remarks",     "notizen",     "notiz",
          "bemerkung", "bemerkungen", "kommentar",     "remarque",   "remarques",   "commentaire", "commentaires",
          "notas",     "nota",        "observaciones", "opmerking",  "opmerkingen", "notities",    "commenti",
          "uwagi",     "примечание",  "заметки",       "observações"}},
        {ColumnRole::Aliases, {"aliases", "alias", "othernames", "alsoknownas", "aka"}},
        {ColumnRole::ConsentReport, {"consentreport", "consent", "mayappearinreports", "reportconsent"}},
        {ColumnRole::ConsentQuote, {"consentquote", "mayquote", "quoteconsent"}},
        {ColumnRole::Commitment, {"commitmentsigned", "commitment", "commitmentdate"}},
        {ColumnRole::WaitingRoom, {"inwaitingroom"}},
        {ColumnRole::MeetingTitle,
         {"meeting", "meetingtitle", "meetingname", "title", "event", "eventtitle", "topic", "session", "webinartitle",
          "meetingtopic"}},
        {ColumnRole::MeetingStart, {"scheduledstart", "scheduledstarttime", "meetingstart", "meetingstarttime"}},
        {ColumnRole::MeetingDuration,
         {"meetingdurationminutes", "meetingduration", "scheduledduration", "scheduleddurationminutes"}},
        {ColumnRole::Date, {"date", "meetingdate", "eventdate", "day", "datum", "fecha", "data"}},
        {ColumnRole::Known,
         {"recordingdisclaimerresponse",
          "countryregionname",
          "country",
          "client",
          "participanttype",
          "registrationtime",
          "approvalstatus",
          "meetingnumber",
          "meetingid",
          "id",
          "webinarid",
          "useraction",
          "timestamp",
          "source",
          "device",
          "devices",
          "location",
          "phone",
          "phonenumber",
          "jointype"}},
    };
    return table;
}

// Member lists know when people joined and left the community; reports, when they joined and
// left the meeting.
const QList<RoleSynonyms> &memberDates()
{
    static const QList<RoleSynonyms> table{
        {ColumnRole::Joined,
         {"joined", "joineddate", "joindate", "membersince", "datejoined", "since", "mitgliedseit", "beitrittsdatum",
          "eintritt", "membredepuis", "datedadhésion", "lidsinds", "miembrodesde", "fechadealta", "membrodesde"}},
        {ColumnRole::Left, {"left", "leftdate", "leavedate", "dateleft", "austritt", "austrittsdatum", "départ"}},
    };
    return table;
}

bool isTeamsSectionTitle(const CsvRecord &record)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^\s*[123]\.\s*\S)"));
    int filled = 0;
    for (const QString &f : record.fields)
        filled += f.trimmed().isEmpty() ? 0 : 1;
    const QString first = record.field(0).trimmed();
    if (filled != 1)
        return false;
    return headerKey(first) == QLatin1String("meetingsummary") || numbered.match(first).hasMatch();
}

bool hasRole(const QList<ColumnRole> &roles, ColumnRole role)
{
    return roles.contains(role);
}

} // namespace

QString formatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Unknown:
        return QStringLiteral("unknown");
    case ImportFormat::Members:
        return QStringLiteral("members");
    case ImportFormat::Zoom:
        return QStringLiteral("zoom");
    case ImportFormat::ZoomWebinar:
        return QStringLiteral("zoom-webinar");
    case ImportFormat::Teams:
        return QStringLiteral("teams");
    case ImportFormat::GoogleMeet:
        return QStringLiteral("meet");
    case ImportFormat::Webex:
        return QStringLiteral("webex");
    case ImportFormat::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

QString formatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Unknown:
        return QCoreApplication::translate("cultivate::ImportFormat", "unknown format");
    case ImportFormat::Members:
        return QCoreApplication::translate("cultivate::ImportFormat", "member list");
    case ImportFormat::Zoom:
        return QCoreApplication::translate("cultivate::ImportFormat", "Zoom participant report");
    case ImportFormat::ZoomWebinar:
        return QCoreApplication::translate("cultivate::ImportFormat", "Zoom webinar attendee report");
    case ImportFormat::Teams:
        return QCoreApplication::translate("cultivate::ImportFormat", "Teams attendance report");
    case ImportFormat::GoogleMeet:
        return QCoreApplication::translate("cultivate::ImportFormat", "Google Meet attendance report");
    case ImportFormat::Webex:
        return QCoreApplication::translate("cultivate::ImportFormat", "Webex attendee report");
    case ImportFormat::Generic:
        return QCoreApplication::translate("cultivate::ImportFormat", "attendance list");
    }
    return {};
}

std::optional<ImportFormat> formatFromKey(QStringView key)
{
    for (ImportFormat f : {ImportFormat::Members, ImportFormat::Zoom, ImportFormat::ZoomWebinar, ImportFormat::Teams,
                           ImportFormat::GoogleMeet, ImportFormat::Webex, ImportFormat::Generic}) {
        if (key == formatKey(f))
            return f;
    }
    return std::nullopt;
}

ImportFormat parserFormat(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Zoom:
    case ImportFormat::ZoomWebinar:
        return ImportFormat::Zoom;
    case ImportFormat::Teams:
        return ImportFormat::Teams;
    case ImportFormat::GoogleMeet:
    case ImportFormat::Webex:
    case ImportFormat::Generic:
    case ImportFormat::Members:
        return ImportFormat::Generic;
    case ImportFormat::Unknown:
        break;
    }
    return ImportFormat::Unknown;
}

namespace {

struct RoleName {
    ColumnRole role;
    const char *key;
    const char *label;
};

const std::array<RoleName, 26> &roleNames()
{
    static const std::array<RoleName, 26> names{{
        {ColumnRole::Ignore, "ignore", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Ignore")},
        {ColumnRole::Name, "name", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Name")},
        {ColumnRole::FirstName, "first-name", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "First name")},
        {ColumnRole::LastName, "last-name", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Last name")},
        {ColumnRole::Email, "email", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Email")},
        {ColumnRole::Organisation, "organisation", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Organisation")},
        {ColumnRole::Role, "role", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Role")},
        {ColumnRole::Join, "join", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Join time")},
        {ColumnRole::Leave, "leave", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Leave time")},
        {ColumnRole::Minutes, "minutes", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Minutes")},
        {ColumnRole::Status, "status", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Status")},
        {ColumnRole::Guest, "guest", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Guest")},
        {ColumnRole::Notes, "notes", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Notes")},
        {ColumnRole::Aliases, "aliases", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Other names")},
        {ColumnRole::Joined, "joined", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Joined the community")},
        {ColumnRole::Left, "left", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Left the community")},
        {ColumnRole::ConsentReport, "consent-report",
         QT_TRANSLATE_NOOP("cultivate::ColumnRole", "May appear in reports")},
        {ColumnRole::ConsentQuote, "consent-quote", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "May be quoted")},
        {ColumnRole::Commitment, "commitment", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Commitment signed")},
        {ColumnRole::Upn, "upn", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Sign-in name")},
        {ColumnRole::WaitingRoom, "waiting-room", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "In the waiting room")},
        {ColumnRole::MeetingTitle, "meeting-title", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Meeting title")},
        {ColumnRole::MeetingStart, "meeting-start", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Meeting start")},
        {ColumnRole::MeetingDuration, "meeting-duration",
         QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Meeting duration")},
        {ColumnRole::Date, "date", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Date")},
        {ColumnRole::Known, "known", QT_TRANSLATE_NOOP("cultivate::ColumnRole", "Not needed")},
    }};
    return names;
}

} // namespace

QString roleKey(ColumnRole role)
{
    for (const RoleName &n : roleNames()) {
        if (n.role == role)
            return QString::fromLatin1(n.key);
    }
    return {};
}

std::optional<ColumnRole> roleFromKey(QStringView key)
{
    const QString k = headerKey(key);
    for (const RoleName &n : roleNames()) {
        if (k == headerKey(QString::fromLatin1(n.key)))
            return n.role;
    }
    return std::nullopt;
}

QString roleLabel(ColumnRole role)
{
    for (const RoleName &n : roleNames()) {
        if (n.role == role)
            return QCoreApplication::translate("cultivate::ColumnRole", n.label);
    }
    return {};
}

QList<ColumnRole> choosableRoles(ImportKind kind)
{
    if (kind == ImportKind::Members)
        return {ColumnRole::Ignore,       ColumnRole::Name,         ColumnRole::FirstName, ColumnRole::LastName,
                ColumnRole::Email,        ColumnRole::Organisation, ColumnRole::Role,      ColumnRole::Notes,
                ColumnRole::Aliases,      ColumnRole::Joined,       ColumnRole::Left,      ColumnRole::ConsentReport,
                ColumnRole::ConsentQuote, ColumnRole::Commitment};
    return {ColumnRole::Ignore, ColumnRole::Name,  ColumnRole::FirstName,   ColumnRole::LastName,
            ColumnRole::Email,  ColumnRole::Join,  ColumnRole::Leave,       ColumnRole::Minutes,
            ColumnRole::Status, ColumnRole::Guest, ColumnRole::Organisation};
}

std::optional<ColumnOverrides> parseColumnOverrides(const QString &text, QString *error)
{
    ColumnOverrides overrides;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const auto role = eq > 0 ? roleFromKey(part.left(eq).trimmed()) : std::nullopt;
        const QString header = eq > 0 ? part.mid(eq + 1).trimmed() : QString();
        if (!role || header.isEmpty() || *role == ColumnRole::Known) {
            if (error)
                *error = QCoreApplication::translate("cultivate::ColumnRole",
                                                     "“%1” is not ROLE=COLUMN (roles: name, first-name, last-name, "
                                                     "email, organisation, role, join, leave, minutes, status, "
                                                     "guest, notes, ignore)")
                             .arg(part.trimmed());
            return std::nullopt;
        }
        overrides.append({*role, header});
    }
    return overrides;
}

namespace {

// Every synonym once, as a QString: a lookup per header cell instead of a comparison per synonym.
QHash<QString, ColumnRole> synonymIndex(const QList<RoleSynonyms> &table)
{
    QHash<QString, ColumnRole> index;
    for (const RoleSynonyms &s : table) {
        for (const char *key : s.keys) {
            const QString k = QString::fromUtf8(key);
            if (!index.contains(k))
                index.insert(k, s.role);
        }
    }
    return index;
}

} // namespace

ColumnRole headerRole(const QString &header, ImportKind kind)
{
    static const QHash<QString, ColumnRole> general = synonymIndex(synonymTable());
    static const QHash<QString, ColumnRole> memberOnly = synonymIndex(memberDates());
    const QString key = headerKey(header);
    if (key.isEmpty())
        return ColumnRole::Ignore;
    if (kind == ImportKind::Members) {
        if (const auto it = memberOnly.constFind(key); it != memberOnly.constEnd())
            return it.value();
    }
    if (const auto it = general.constFind(key); it != general.constEnd()) {
        // A meeting's roles (organiser, presenter) are not the community's.
        if (it.value() == ColumnRole::Role && kind == ImportKind::Attendance)
            return ColumnRole::Known;
        return it.value();
    }
    if (headerCarriesOriginalName(header))
        return ColumnRole::Name;
    if (key.contains(QLatin1String("upn")))
        return ColumnRole::Upn;
    if ((key.contains(QLatin1String("email")) || key.contains(QLatin1String("courriel"))) &&
        !key.contains(QLatin1String("id")))
        return ColumnRole::Email;
    return ColumnRole::Ignore;
}

bool headerCarriesOriginalName(const QString &header)
{
    const QString key = headerKey(header);
    return key.contains(QLatin1String("original")) || key.contains(QLatin1String("ursprüng")) ||
           key.contains(QLatin1String("oorspronkelijk"));
}

QList<ColumnRole> columnRoles(const CsvRecord &header, ImportKind kind, const ColumnOverrides &overrides)
{
    QList<ColumnRole> roles;
    for (const QString &field : header.fields) {
        ColumnRole role = headerRole(field, kind);
        // The first column of a role keeps it; a second one is not read.
        if (role != ColumnRole::Ignore && role != ColumnRole::Known && roles.contains(role))
            role = ColumnRole::Ignore;
        roles.append(role);
    }
    // "Vorname; Name", "Prénom; Nom": beside a first name, the name is the family name.
    if (hasRole(roles, ColumnRole::FirstName) && !hasRole(roles, ColumnRole::LastName)) {
        const qsizetype name = roles.indexOf(ColumnRole::Name);
        if (name >= 0)
            roles[name] = ColumnRole::LastName;
    }
    for (const auto &[role, column] : overrides) {
        const QString wanted = headerKey(column);
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            if (headerKey(header.fields[i]) != wanted)
                continue;
            if (role != ColumnRole::Ignore) {
                for (ColumnRole &other : roles) {
                    if (other == role)
                        other = ColumnRole::Ignore;
                }
            }
            roles[i] = role;
            break;
        }
    }
    return roles;
}

ColumnMap::ColumnMap(const CsvRecord &header)
{
    for (const QString &field : header.fields)
        m_keys.append(headerKey(field));
}

qsizetype ColumnMap::find(std::initializer_list<const char *> synonyms) const
{
    for (const char *synonym : synonyms) {
        const qsizetype index = m_keys.indexOf(QString::fromUtf8(synonym));
        if (index >= 0)
            return index;
    }
    return -1;
}

ImportFormat detectFormat(const CsvTable &table, const QString &fileName)
{
    static const QRegularExpression meetName(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2} \d{2}[_:\-]\d{2} .*Attendance Report$)"));
    int seen = 0;
    ImportFormat firstRow = ImportFormat::Unknown;
    for (const CsvRecord &record : table.records) {
        if (record.isBlank())
            continue;
        if (++seen > DetectionWindow)
            break;
        if (isTeamsSectionTitle(record))
            return ImportFormat::Teams;
        const ColumnMap map(record);
        if (map.has({"inmeetingduration", "firstjoin", "lastleave"}) ||
            (map.has({"fullname"}) && map.has({"useraction"})))
            return ImportFormat::Teams;
        if (headerKey(record.field(0)) == QLatin1String("attendeereport") ||
            headerKey(record.field(0)) == QLatin1String("panelistreport") ||
            (map.has({"webinarid"}) && map.has({"topic"})))
            return ImportFormat::ZoomWebinar;
        if (map.has({"meetingid", "id"}) &&
            map.has({"topic", "argomento", "thema", "sujet", "tema", "onderwerp", "assunto"}))
            return ImportFormat::Zoom;
        const QList<ColumnRole> roles = columnRoles(record, ImportKind::Attendance);
        const bool person = hasRole(roles, ColumnRole::Name) || hasRole(roles, ColumnRole::Email) ||
                            (hasRole(roles, ColumnRole::FirstName) && hasRole(roles, ColumnRole::LastName));
        const bool times = hasRole(roles, ColumnRole::Minutes) || hasRole(roles, ColumnRole::Join);
        if (person && times && map.has({"meetingname"}) && map.has({"attendeename", "attendeeemail"}))
            return ImportFormat::Webex;
        if (person && times && map.has({"timejoined"}) && map.has({"timeexited"}))
            return ImportFormat::GoogleMeet;
        bool originalNames = false;
        for (const QString &field : record.fields)
            originalNames = originalNames || (headerCarriesOriginalName(field) &&
                                              headerRole(field, ImportKind::Attendance) == ColumnRole::Name);
        if (person && originalNames && times)
            return ImportFormat::Zoom;
        // Generic lists and member lists have their header on the first row.
        if (seen == 1) {
            if (person && times)
                firstRow = meetName.match(QFileInfo(fileName).completeBaseName()).hasMatch() ? ImportFormat::GoogleMeet
                                                                                             : ImportFormat::Generic;
            else if (person)
                firstRow = ImportFormat::Members;
        }
    }
    return firstRow;
}

} // namespace cultivate
