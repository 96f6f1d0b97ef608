#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes every import fixture of this folder, byte for byte, so they can be regenerated.

Standard library only. Run from anywhere:  python3 make_realworld_fixtures.py [OUTPUT_DIR]
(default: the folder this script is in). Running it twice gives identical bytes.

All people, organisations, meetings, phone numbers and addresses are invented; every
address is on example.org (or a subdomain of it). README.md beside it says, for each file,
what it is, the import result it should give, and where its layout was learned.
"""

import datetime as dt
import os
import random
import sys
import zipfile

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16LE = b"\xff\xfe"


def write(name, data):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def lines(rows, eol):
    """Joins already-formatted lines; every line (the last one too) ends with `eol`."""
    return "".join(r + eol for r in rows)


def csv_field(value, sep=","):
    """Quotes a field the way Zoom/Excel do: only when it holds the separator, a quote or a newline."""
    if any(ch in value for ch in (sep, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_row(fields, sep=","):
    return sep.join(csv_field(f, sep) for f in fields)


# ---------------------------------------------------------------------------------------------
# Durations and dates
# ---------------------------------------------------------------------------------------------

def hms(seconds):
    return seconds // 3600, (seconds % 3600) // 60, seconds % 60


def teams_duration(seconds, units, sep=" "):
    """Teams writes only the units that are not zero: "21m 7s", "1h", "1h 2m 10s"."""
    h, m, s = hms(seconds)
    parts = []
    if h:
        parts.append(units[0].format(h))
    if m:
        parts.append(units[1].format(m))
    if s or not parts:
        parts.append(units[2].format(s))
    return sep.join(parts)


# The English units are those of the real reports (shared/samples/teams, "21m 7s"); the other
# languages use the CLDR "short" duration units (what ICU/Node Intl print with unitDisplay
# "short"), which is the best reconstruction available: see README.md.
TEAMS_UNITS = {
    "en": ("{}h", "{}m", "{}s"),
    "de": ("{} Std.", "{} Min.", "{} Sek."),
    "fr": ("{} h", "{} min", "{} s"),
    "es": ("{} h", "{} min", "{} s"),
    "nl": ("{} uur", "{} min", "{} sec"),
    "pt": ("{} h", "{} min", "{} s"),
    "it": ("{} h", "{} min", "{} s"),
}


def cldr_short_medium(t, locale):
    """CLDR short date + medium time, exactly as ICU (Node Intl, dateStyle short / timeStyle
    medium) prints them; checked against node for every locale used here."""
    d, mo, y, yy = t.day, t.month, t.year, t.year % 100
    H, M, S = t.hour, t.minute, t.second
    if locale == "de-DE":
        return f"{d:02}.{mo:02}.{yy:02}, {H:02}:{M:02}:{S:02}"
    if locale == "fr-FR":
        return f"{d:02}/{mo:02}/{y} {H:02}:{M:02}:{S:02}"
    if locale == "es-ES":
        return f"{d}/{mo}/{yy:02}, {H}:{M:02}:{S:02}"
    if locale == "nl-NL":
        return f"{d:02}-{mo:02}-{y}, {H:02}:{M:02}:{S:02}"
    if locale == "pt-BR":
        return f"{d:02}/{mo:02}/{y}, {H:02}:{M:02}:{S:02}"
    if locale == "it-IT":
        return f"{d:02}/{mo:02}/{yy:02}, {H:02}:{M:02}:{S:02}"
    if locale == "en-US":
        h12 = H % 12 or 12
        return f"{mo}/{d}/{yy:02}, {h12}:{M:02}:{S:02} {'AM' if H < 12 else 'PM'}"
    raise ValueError(locale)


def zoom_time(t):
    """Zoom meeting reports: MM/DD/YYYY hh:mm:ss AM."""
    h12 = t.hour % 12 or 12
    return f"{t.month:02}/{t.day:02}/{t.year} {h12:02}:{t.minute:02}:{t.second:02} {'AM' if t.hour < 12 else 'PM'}"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def zoom_webinar_time(t):
    """Zoom webinar reports: "Oct 19, 2027 03:55:10 PM"."""
    h12 = t.hour % 12 or 12
    return f"{MONTHS[t.month - 1]} {t.day:02}, {t.year} {h12:02}:{t.minute:02}:{t.second:02} {'AM' if t.hour < 12 else 'PM'}"


def zoom_webinar_short(t):
    """The summary lines of the webinar report: "Mar 28, 2020 8:07 AM" (no seconds, hour unpadded)."""
    h12 = t.hour % 12 or 12
    return f"{MONTHS[t.month - 1]} {t.day:02}, {t.year} {h12}:{t.minute:02} {'AM' if t.hour < 12 else 'PM'}"


def ceil_minutes(seconds):
    """Zoom's Duration (minutes) is the row's time rounded UP to a whole minute."""
    return -(-seconds // 60)


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s)


# ---------------------------------------------------------------------------------------------
# 1. Teams attendance reports in six UI languages
# ---------------------------------------------------------------------------------------------

TEAMS_LANGS = {
    # "reconstructed" strings: no real export in that language was found; see README.md.
    "de": dict(
        locale="de-DE",
        summary="1. Zusammenfassung", participants="2. Teilnehmer", activities="3. Aktivitäten in der Besprechung",
        s_title="Besprechungstitel", s_count="Teilnehmer", s_start="Startzeit", s_end="Endzeit",
        s_duration="Besprechungsdauer", s_average="Durchschnittliche Teilnahmedauer",
        p_head=["Name", "Erster Beitritt", "Letztes Verlassen", "Dauer der Besprechung", "E-Mail",
                "Teilnehmer-ID (UPN)", "Rolle"],
        a_head=["Name", "Beitreten", "Verlassen", "Dauer", "E-Mail", "Rolle"],
        roles=("Organisator", "Referent", "Teilnehmer"),
        title="CoP Offene Daten – Monatstreffen März",
        organizer=("Katrin Vogel", "katrin.vogel@cultivate-cop.example.org"),
        member=("Jonas Hoffmann", "jonas.hoffmann@stadtwerke.example.org"),
        ext=("VERMEULEN Pieter (EXT)", "pieter.vermeulen@partner.example.org", "pieter.vermeulen_partner.example.org"),
        guest="Mira Aydın (Gast)",
    ),
    "fr": dict(
        locale="fr-FR",
        summary="1. Résumé", participants="2. Participants", activities="3. Activités pendant la réunion",
        s_title="Titre de la réunion", s_count="Participants", s_start="Heure de début", s_end="Heure de fin",
        s_duration="Durée de la réunion", s_average="Durée moyenne de participation",
        p_head=["Nom", "Première participation", "Dernier départ", "Durée dans la réunion", "E-mail",
                "ID du participant (UPN)", "Rôle"],
        a_head=["Nom", "Heure d’arrivée", "Heure de départ", "Durée", "E-mail", "Rôle"],
        roles=("Organisateur", "Présentateur", "Participant"),
        title="CdP Données ouvertes – réunion de mars",
        organizer=("Camille Bernard", "camille.bernard@cultivate-cop.example.org"),
        member=("Hugo Lambert", "hugo.lambert@metropole.example.org"),
        ext=("DE SMET Lotte (EXT)", "lotte.desmet@partner.example.org", "lotte.desmet_partner.example.org"),
        guest="Yasmine Benali (Invité)",
    ),
    "es": dict(
        locale="es-ES",
        summary="1. Resumen", participants="2. Participantes", activities="3. Actividades en la reunión",
        s_title="Título de la reunión", s_count="Participantes", s_start="Hora de inicio",
        s_end="Hora de finalización", s_duration="Duración de la reunión", s_average="Tiempo medio de asistencia",
        p_head=["Nombre", "Primera unión", "Última salida", "Duración en la reunión", "Correo electrónico",
                "Id. de participante (UPN)", "Rol"],
        a_head=["Nombre", "Hora de unión", "Hora de salida", "Duración", "Correo electrónico", "Rol"],
        roles=("Organizador", "Moderador", "Asistente"),
        title="CdP Datos abiertos – reunión de marzo",
        organizer=("Lucía Martín", "lucia.martin@cultivate-cop.example.org"),
        member=("Javier Ortega", "javier.ortega@ayuntamiento.example.org"),
        ext=("SILVA Tiago (EXT)", "tiago.silva@partner.example.org", "tiago.silva_partner.example.org"),
        guest="Rocío Vega (Invitado)",
    ),
    "nl": dict(
        locale="nl-NL",
        summary="1. Samenvatting", participants="2. Deelnemers", activities="3. Activiteiten in vergadering",
        s_title="Titel van vergadering", s_count="Deelnemers", s_start="Begintijd", s_end="Eindtijd",
        s_duration="Duur van vergadering", s_average="Gemiddelde aanwezigheidsduur",
        p_head=["Naam", "Eerste deelname", "Laatste vertrek", "Duur in vergadering", "E-mailadres",
                "Deelnemer-id (UPN)", "Rol"],
        a_head=["Naam", "Tijdstip van deelname", "Tijdstip van vertrek", "Duur", "E-mailadres", "Rol"],
        roles=("Organisator", "Presentator", "Deelnemer"),
        title="CoP Open data – maandoverleg maart",
        organizer=("Sanne de Boer", "sanne.deboer@cultivate-cop.example.org"),
        member=("Daan Visser", "daan.visser@waterschap.example.org"),
        ext=("NOWAK Ewa (EXT)", "ewa.nowak@partner.example.org", "ewa.nowak_partner.example.org"),
        guest="Fleur Jansen (Gast)",
    ),
    "pt": dict(
        locale="pt-BR",
        summary="1. Resumo", participants="2. Participantes", activities="3. Atividades na reunião",
        s_title="Título da reunião", s_count="Participantes presentes", s_start="Hora de início",
        s_end="Hora de término", s_duration="Duração da reunião", s_average="Tempo médio de participação",
        p_head=["Nome", "Primeiro ingresso", "Última saída", "Duração na reunião", "Email",
                "ID do participante (UPN)", "Função"],
        a_head=["Nome", "Hora de ingresso", "Hora de saída", "Duração", "Email", "Função"],
        roles=("Organizador", "Apresentador", "Participante"),
        title="CdP Dados abertos – reunião de março",
        organizer=("Beatriz Costa", "beatriz.costa@cultivate-cop.example.org"),
        member=("Rafael Almeida", "rafael.almeida@prefeitura.example.org"),
        ext=("MÜLLER Jana (EXT)", "jana.mueller@partner.example.org", "jana.mueller_partner.example.org"),
        guest="Thiago Souza (Convidado)",
    ),
    "it": dict(
        locale="it-IT",
        summary="1. Riepilogo", participants="2. Partecipanti", activities="3. Attività durante la riunione",
        s_title="Titolo della riunione", s_count="Partecipanti", s_start="Ora di inizio", s_end="Ora di fine",
        s_duration="Durata della riunione", s_average="Tempo medio di partecipazione",
        p_head=["Nome", "Primo ingresso", "Ultima uscita", "Durata nella riunione", "E-mail",
                "ID partecipante (UPN)", "Ruolo"],
        a_head=["Nome", "Ora di ingresso", "Ora di uscita", "Durata", "E-mail", "Ruolo"],
        roles=("Organizzatore", "Relatore", "Partecipante"),
        title="CdP Dati aperti – incontro di marzo",
        organizer=("Giulia Romano", "giulia.romano@cultivate-cop.example.org"),
        member=("Marco Ferri", "marco.ferri@comune.example.org"),
        ext=("DUBOIS Claire (EXT)", "claire.dubois@partner.example.org", "claire.dubois_partner.example.org"),
        guest="Sara Conti (Ospite)",
    ),
}

TEAMS_TENANT = "cultivatecop.onmicrosoft.com"

# One meeting, the same in every language: 16 March 2027, 14:00:00 to 15:32:52.
TEAMS_START = T(2027, 3, 16, 14, 0, 0)
TEAMS_END = T(2027, 3, 16, 15, 32, 52)
# (who, [(join, leave), ...]) — the member drops out once and rejoins.
TEAMS_SESSIONS = {
    "organizer": [(T(2027, 3, 16, 14, 0, 0), T(2027, 3, 16, 15, 32, 52))],
    "member": [(T(2027, 3, 16, 14, 3, 10), T(2027, 3, 16, 14, 40, 0)),
               (T(2027, 3, 16, 14, 45, 30), T(2027, 3, 16, 15, 30, 0))],
    "ext": [(T(2027, 3, 16, 14, 10, 0), T(2027, 3, 16, 15, 5, 45))],
    "guest": [(T(2027, 3, 16, 14, 30, 12), T(2027, 3, 16, 15, 32, 50))],
}


def secs(a, b):
    return int((b - a).total_seconds())


def teams_report(lang, L, eol="\n"):
    loc = L["locale"]
    units = TEAMS_UNITS[lang]
    fmt = lambda t: cldr_short_medium(t, loc)
    dur = lambda s: teams_duration(s, units)
    org_role, presenter_role, attendee_role = L["roles"]
    who = {
        "organizer": (L["organizer"][0], L["organizer"][1], L["organizer"][1], org_role),
        "member": (L["member"][0], L["member"][1], L["member"][1], presenter_role),
        "ext": (L["ext"][0], L["ext"][1], f"{L['ext'][2]}#EXT#@{TEAMS_TENANT}", attendee_role),
        "guest": (L["guest"], "", "", attendee_role),
    }
    totals = {k: sum(secs(a, b) for a, b in v) for k, v in TEAMS_SESSIONS.items()}
    average = round(sum(totals.values()) / len(totals))
    rows = [
        L["summary"],
        f"{L['s_title']}\t{L['title']}",
        f"{L['s_count']}\t{len(who)}",
        f"{L['s_start']}\t{fmt(TEAMS_START)}",
        f"{L['s_end']}\t{fmt(TEAMS_END)}",
        f"{L['s_duration']}\t{dur(secs(TEAMS_START, TEAMS_END))}",
        f"{L['s_average']}\t{dur(average)}",
        "",
        L["participants"],
        "\t".join(L["p_head"]),
    ]
    for key in ("organizer", "member", "ext", "guest"):
        name, email, upn, role = who[key]
        sessions = TEAMS_SESSIONS[key]
        rows.append("\t".join([name, fmt(sessions[0][0]), fmt(sessions[-1][1]), dur(totals[key]), email, upn, role]))
    rows += ["", L["activities"], "\t".join(L["a_head"])]
    for key in ("organizer", "member", "ext", "guest"):
        name, email, upn, role = who[key]
        for a, b in TEAMS_SESSIONS[key]:
            rows.append("\t".join([name, fmt(a), fmt(b), dur(secs(a, b)), email, role]))
    return BOM_UTF16LE + lines(rows, eol).encode("utf-16-le")


def make_teams():
    for lang, L in TEAMS_LANGS.items():
        write(f"teams-{lang}-attendance-report.csv", teams_report(lang, L))


# ---------------------------------------------------------------------------------------------
# 2, 3, 5, 8. Zoom meeting participant reports (the 2025-26 layout)
# ---------------------------------------------------------------------------------------------

ZOOM_PARTICIPANT_HEAD = ["Name (original name)", "Email", "Join time", "Leave time", "Duration (minutes)",
                         "Guest", "Recording disclaimer response", "In waiting room"]
ZOOM_PREAMBLE_HEAD = ["Topic", "ID", "Host", "Duration (minutes)", "Start time", "End time", "Participants"]


def zoom_meeting_report(topic, meeting_id, host, start, end, rows, stated_minutes=None):
    """rows: (name, email, join, leave, guest) — Duration (minutes) is Zoom's: rounded up per row."""
    out = [csv_row(ZOOM_PREAMBLE_HEAD),
           ",".join([csv_field(topic), meeting_id, csv_field(host),
                     str(stated_minutes if stated_minutes is not None else ceil_minutes(secs(start, end))),
                     f'"{zoom_time(start)}"', f'"{zoom_time(end)}"', str(len(rows))]),
           "",
           csv_row(ZOOM_PARTICIPANT_HEAD)]
    for name, email, join, leave, guest in rows:
        out.append(",".join([csv_field(name), email, f'"{zoom_time(join)}"', f'"{zoom_time(leave)}"',
                             str(ceil_minutes(secs(join, leave))), guest, "", "No"]))
    return BOM_UTF8 + lines(out, "\n").encode("utf-8")


def make_zoom_names():
    d = lambda h, m, s=0: T(2027, 3, 11, h, m, s)
    rows = [
        ("Priya Raman (she/her)", "priya.raman@cultivate-cop.example.org", d(16, 58, 40), d(18, 2, 40), "No"),
        ("KOWALSKI Piotr (EXT)", "piotr.kowalski@partner.example.org", d(17, 0, 30), d(18, 2, 0), "Yes"),
        ("Chidi Okafor (he/him)", "chidi.okafor@example.org", d(17, 1, 5), d(17, 24, 30), "No"),
        ("Maria Rossi (she/her)", "maria.rossi@lumen.example.org", d(17, 2, 0), d(18, 2, 10), "Yes"),
        ("Sam Lee (he/him)", "", d(17, 3, 20), d(17, 40, 0), "Yes"),
        ("Robin Tan (they/them)", "robin.tan@example.org", d(17, 4, 0), d(18, 0, 0), "No"),
        ("Bram de Vries (External)", "bram.devries@polder.example.org", d(17, 5, 0), d(17, 50, 0), "Yes"),
        ("Tom O.", "tomas.ortega@example.org", d(17, 6, 0), d(17, 15, 30), "No"),
        ("Nadia Haddad (Guest)", "", d(17, 10, 30), d(17, 55, 0), "Yes"),
        ("Ana Lima | Acme Health", "ana.lima@acme.example.org", d(17, 12, 0), d(17, 47, 15), "Yes"),
        ("Tomás Ortega (he/him) (Tom O.)", "tomas.ortega@example.org", d(17, 16, 45), d(18, 1, 0), "No"),
        ("Chidi Okafor (he/him)", "chidi.okafor@example.org", d(17, 26, 10), d(18, 2, 40), "No"),
    ]
    write("zoom-names-pronouns-guests.csv", zoom_meeting_report(
        "Community Roundtable: Inclusive Facilitation", "85212345678",
        "Priya Raman (priya.raman@cultivate-cop.example.org)", d(16, 58, 40), d(18, 2, 40), rows))


def make_zoom_dst():
    # US Eastern time, Sunday 7 November 2027: at 2:00 EDT the clocks go back to 1:00 EST.
    # Zoom prints wall-clock times; the Duration column is computed from real time.
    EDT, EST = dt.timedelta(hours=-4), dt.timedelta(hours=-5)
    utc = lambda h, m, s=0: dt.datetime(2027, 11, 7, h, m, s)        # real instants, in UTC
    wall = lambda u: u + (EDT if u < dt.datetime(2027, 11, 7, 6, 0) else EST)
    sessions = [
        ("Lena Fischer", "lena.fischer@cultivate-cop.example.org", utc(4, 45), utc(6, 40), "No"),
        ("Mei Chen", "mei.chen@example.org", utc(4, 46), utc(5, 55), "No"),
        ("Aroha Ngata", "aroha.ngata@example.org", utc(4, 50, 30), utc(6, 5), "Yes"),
        ("Kenji Watanabe", "kenji.watanabe@example.org", utc(5, 20), utc(6, 10), "Yes"),
        ("Mei Chen", "mei.chen@example.org", utc(6, 2), utc(6, 39), "No"),
        ("Sipho Dlamini", "sipho.dlamini@example.org", utc(6, 5), utc(6, 38, 20), "Yes"),
    ]
    out = [csv_row(ZOOM_PREAMBLE_HEAD),
           ",".join(["Open Data CoP – APAC-friendly Call", "83377720114",
                     "Lena Fischer (lena.fischer@cultivate-cop.example.org)",
                     str(ceil_minutes(secs(utc(4, 45), utc(6, 40)))),
                     f'"{zoom_time(wall(utc(4, 45)))}"', f'"{zoom_time(wall(utc(6, 40)))}"', str(len(sessions))]),
           "",
           csv_row(ZOOM_PARTICIPANT_HEAD)]
    for name, email, a, b, guest in sessions:
        out.append(",".join([name, email, f'"{zoom_time(wall(a))}"', f'"{zoom_time(wall(b))}"',
                             str(ceil_minutes(secs(a, b))), guest, "", "No"]))
    write("zoom-dst-fallback.csv", BOM_UTF8 + lines(out, "\n").encode("utf-8"))


def make_zoom_unique_users():
    # Today's export with "Export with meeting data" and "Show unique users" both ticked.
    out = [csv_row(ZOOM_PREAMBLE_HEAD),
           ",".join(["Facilitators’ Circle – March", "81796405615",
                     "Greta Lindqvist (greta.lindqvist@cultivate-cop.example.org)", "63",
                     f'"{zoom_time(T(2027, 3, 23, 15, 0, 4))}"', f'"{zoom_time(T(2027, 3, 23, 16, 2, 30))}"', "6"]),
           "",
           csv_row(["Name (original name)", "Email", "Total duration (minutes)", "Guest"]),
           "Greta Lindqvist,greta.lindqvist@cultivate-cop.example.org,63,No",
           "Chidi Okafor (he/him),chidi.okafor@example.org,58,No",
           "Jo (Johanna Berg),johanna.berg@example.org,41,No",
           "Iris Novak,,37,Yes",
           "+14155550123,,22,Yes"]
    write("zoom-unique-users-with-meeting-data.csv", BOM_UTF8 + lines(out, "\n").encode("utf-8"))
    # The same export without the meeting data, in the 2023 capitalisation.
    out = ["Name (Original Name),User Email,Total Duration (Minutes),Guest",
           "Greta Lindqvist,greta.lindqvist@cultivate-cop.example.org,63,No",
           "Chidi Okafor (he/him),chidi.okafor@example.org,58,No",
           "Jo (Johanna Berg),johanna.berg@example.org,41,No",
           "Iris Novak,,37,Yes"]
    write("zoom-unique-users-no-meeting-data.csv", lines(out, "\n").encode("utf-8"))


def make_zoom_phone():
    d = lambda h, m, s=0: T(2027, 3, 25, h, m, s)
    rows = [
        ("Dana Whitfield", "dana.whitfield@cultivate-cop.example.org", d(9, 0, 0), d(9, 44, 40), "No"),
        ("+14155550123", "", d(9, 3, 10), d(9, 30, 0), "Yes"),
        ("Dara Murphy (+12125550789)", "", d(9, 5, 0), d(9, 40, 0), "Yes"),
        ("+14155550123", "", d(9, 31, 5), d(9, 44, 40), "Yes"),
    ]
    write("zoom-phone-dialin.csv", zoom_meeting_report(
        "Regional Leads Check-in", "84512390876", "Dana Whitfield (dana.whitfield@cultivate-cop.example.org)",
        d(9, 0, 0), d(9, 44, 40), rows))


def make_zoom_italian():
    # The same report with the Zoom web portal in Italian (headers as in a 2025 Italian export).
    d = lambda h, m, s=0: T(2027, 4, 14, h, m, s)
    people = [
        ("Giulia Romano", "giulia.romano@cultivate-cop.example.org", d(9, 57, 0), d(11, 1, 20), "No"),
        ("Marco Ferri", "marco.ferri@comune.example.org", d(10, 0, 30), d(10, 48, 0), "Sì"),
        ("Elena Greco (Lena)", "elena.greco@example.org", d(10, 2, 10), d(11, 0, 0), "Sì"),
    ]
    out = ["Argomento,ID,Organizzatore,Durata (minuti),Ora di inizio,Ora di fine,Partecipanti",
           ",".join(["CdP Dati aperti – laboratorio di aprile", "86655501234",
                     "Giulia Romano (giulia.romano@cultivate-cop.example.org)",
                     str(ceil_minutes(secs(d(9, 57, 0), d(11, 1, 20)))),
                     f'"{zoom_time(d(9, 57, 0))}"', f'"{zoom_time(d(11, 1, 20))}"', "3"]),
           "",
           "Nome (nome originale),E-mail,Ora di ingresso,Ora di uscita,Durata (minuti),Guest"]
    for name, email, a, b, guest in people:
        out.append(",".join([name, email, f'"{zoom_time(a)}"', f'"{zoom_time(b)}"',
                             str(ceil_minutes(secs(a, b))), guest]))
    write("zoom-it-localized.csv", BOM_UTF8 + lines(out, "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# 4. Zoom webinar Attendee Report
# ---------------------------------------------------------------------------------------------

def make_zoom_webinar():
    d = lambda h, m, s=0: T(2027, 10, 19, h, m, s)
    wt = zoom_webinar_time
    head = ["Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time",
            "Time in Session (minutes)", "Is Guest", "Country/Region Name"]
    att_head = ["Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Registration Time",
                "Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest",
                "Country/Region Name"]

    def sess(a, b):
        return [wt(a), wt(b), str(ceil_minutes(secs(a, b)))]

    out = ["Attendee Report,",
           csv_row(["Report Generated:", zoom_webinar_short(T(2027, 10, 20, 9, 14))]),
           csv_row(["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered",
                    "# Cancelled", "Unique Viewers", "Total Users", "Max Concurrent Views"]),
           csv_row(["Open Data CoP Autumn Webinar: Publishing with Care", "987 6543 2109",
                    zoom_webinar_short(d(15, 55)), str(ceil_minutes(secs(d(15, 55, 10), d(17, 2, 40)))),
                    "5", "1", "3", "7", "5"]),
           "Host Details,",
           csv_row(head),
           csv_row(["Yes", "Greta Lindqvist", "greta.lindqvist@cultivate-cop.example.org",
                    *sess(d(15, 55, 10), d(17, 2, 40)), "No", "Sweden"]),
           "Panelist Details,",
           csv_row(head),
           csv_row(["Yes", "Hamid Rahimi", "hamid.rahimi@example.org", *sess(d(15, 58), d(17, 2, 40)), "Yes",
                    "Germany"]),
           csv_row(["Yes", "Olu Adeyemi (Olusegun Adeyemi)", "olu.adeyemi@example.org",
                    *sess(d(16, 5, 10), d(16, 50)), "Yes", "Nigeria"]),
           "Attendee Details,",
           csv_row(att_head)]

    def attendee(first, last, email, registered, a, b, guest, country, display=None):
        name = display or f"{first} {last}"
        reg = zoom_webinar_time(registered) if registered else "--"
        appr = "approved" if registered else "--"
        return csv_row(["Yes", name, first, last, email, reg, appr, *sess(a, b), guest, country])

    out += [
        attendee("Lucía", "Fernández", "lucia.fernandez@example.org", T(2027, 10, 10, 11, 2, 45),
                 d(16, 0, 2), d(16, 31, 30), "Yes", "Spain"),
        attendee("Lucía", "Fernández", "lucia.fernandez@example.org", None,
                 d(16, 33), d(17, 2, 30), "Yes", "Spain"),
        attendee("Tariq", "Aziz", "tariq.aziz@example.org", T(2027, 10, 12, 8, 40, 3),
                 d(16, 10), d(16, 58, 20), "Yes", "Pakistan"),
        attendee("Elif", "Yıldız", "elif.yildiz@cultivate-cop.example.org", T(2027, 10, 18, 21, 5, 51),
                 d(16, 20), d(16, 41, 5), "No", "Türkiye"),
        csv_row(["No", "Wanjiru Kamau", "Wanjiru", "Kamau", "wanjiru.kamau@example.org",
                 zoom_webinar_time(T(2027, 10, 11, 14, 30, 9)), "approved", "--", "--", "--", "--", "--"]),
        "Other Attended,",
        csv_row(["User Name", "Join Time", "Leave Time", "Time in Session (minutes)", "Country/Region Name"]),
        csv_row(["Carmen's iPad", zoom_webinar_short(d(16, 15)), zoom_webinar_short(d(16, 40)), "25", "Chile"]),
    ]
    write("zoom-webinar-attendee-report.csv", BOM_UTF8 + lines(out, "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# 6. Google Meet attendance report (the CSV Meet writes to the organiser's Drive)
# ---------------------------------------------------------------------------------------------

def meet_duration(seconds):
    h, m, s = hms(seconds)
    if h and m:
        return f"{h} hr {m} min"
    if h:
        return f"{h} hr"
    if m:
        return f"{m} min"
    return f"{s} sec"


def meet_clock(t):
    h12 = t.hour % 12 or 12
    return f"{h12}:{t.minute:02}:{t.second:02} {'AM' if t.hour < 12 else 'PM'}"


def make_meet():
    d = lambda h, m, s=0: T(2027, 3, 9, h, m, s)
    rows = [
        # first, last, email, [sessions]
        ("Greta", "Lindqvist", "greta.lindqvist@cultivate-cop.example.org", [(d(14, 0, 5), d(15, 2, 20))]),
        ("Chidi", "Okafor", "chidi.okafor@example.org", [(d(14, 3, 40), d(14, 30, 0)), (d(14, 33, 50), d(15, 1, 10))]),
        ("Amara", "Nwosu", "amara.nwosu@example.org", [(d(14, 10, 0), d(14, 57, 30))]),
        ("Kofi Mensah", "", "", [(d(14, 15, 0), d(14, 53, 0))]),
        ("+1 415-***-**23", "", "", [(d(14, 20, 0), d(14, 53, 45))]),
    ]
    out = ["First name,Last name,Email,Duration,Time joined,Time exited"]
    for first, last, email, sessions in rows:
        total = sum(secs(a, b) for a, b in sessions)
        out.append(csv_row([first, last, email, meet_duration(total), meet_clock(sessions[0][0]),
                            meet_clock(sessions[-1][1])]))
    # The name Meet gives the file ("YYYY-MM-DD HH:MM <title> - Attendance Report.csv"), with the
    # colon turned into "_" as a browser does when saving it on Windows.
    write("2027-03-09 14_00 Open Data CoP Roundtable - Attendance Report.csv",
          lines(out, "\r\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# 7. Webex meeting attendee report (Webex exports are UTF-16LE, tab-delimited)
# ---------------------------------------------------------------------------------------------

def webex_time(t):
    return f"{t.month:02}/{t.day:02}/{t.year} {t.hour:02}:{t.minute:02}:{t.second:02}"


def make_webex():
    d = lambda h, m: T(2027, 3, 17, h, m, 0)
    head = ["Meeting Name", "Meeting Number", "Scheduled Start", "Meeting Duration (minutes)", "Attendee Name",
            "Attendee Email", "Join Time", "Leave Time", "Attendance Duration (minutes)", "Participant Type",
            "Client"]
    meeting = ["Evaluation Circle – Spring Review", "2634 118 0923", webex_time(d(10, 0)), "65"]
    sessions = [
        ("Hamid Rahimi", "hamid.rahimi@example.org", d(10, 0), d(11, 5), "Host", "Webex App (Windows)"),
        ("Lucía Fernández", "lucia.fernandez@example.org", d(10, 2), d(10, 40), "Attendee", "Webex App (Mac)"),
        ("Dmitri Volkov", "dmitri.volkov@steppe.example.org", d(10, 5), d(10, 50), "Attendee", "Web browser (Chrome)"),
        ("Call-in User_1", "", d(10, 10), d(10, 55), "Attendee", "Phone"),
        ("Lucía Fernández", "lucia.fernandez@example.org", d(10, 43), d(11, 5), "Attendee", "Webex App (Mac)"),
    ]
    out = ["\t".join(head)]
    for name, email, a, b, role, client in sessions:
        out.append("\t".join(meeting + [name, email, webex_time(a), webex_time(b), str(secs(a, b) // 60), role,
                                        client]))
    write("webex-meeting-attendee-report.csv", BOM_UTF16LE + lines(out, "\r\n").encode("utf-16-le"))


# ---------------------------------------------------------------------------------------------
# 8. Teams with a phone caller and an unverified (anonymous) joiner
# ---------------------------------------------------------------------------------------------

def make_teams_phone():
    d = lambda h, m, s=0: T(2027, 3, 18, h, m, s)
    fmt = lambda t: cldr_short_medium(t, "en-US")
    dur = lambda s: teams_duration(s, TEAMS_UNITS["en"])
    people = [
        ("Dana Whitfield", "dana.whitfield@cultivate-cop.example.org", "Organizer",
         [(d(9, 0, 0), d(9, 45, 30))]),
        ("+14155550123", "", "Attendee", [(d(9, 2, 15), d(9, 20, 0)), (d(9, 21, 10), d(9, 44, 0))]),
        ("Kai Nakamura (Unverified)", "", "Attendee", [(d(9, 5, 0), d(9, 40, 0))]),
    ]
    totals = [sum(secs(a, b) for a, b in p[3]) for p in people]
    rows = ["1. Summary",
            "Meeting title\tRegional Leads Check-in",
            f"Attended participants\t{len(people)}",
            f"Start time\t{fmt(d(9, 0, 0))}",
            f"End time\t{fmt(d(9, 45, 30))}",
            f"Meeting duration\t{dur(secs(d(9, 0, 0), d(9, 45, 30)))}",
            f"Average attendance time\t{dur(round(sum(totals) / len(totals)))}",
            "",
            "2. Participants",
            "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole"]
    for (name, email, role, sessions), total in zip(people, totals):
        rows.append("\t".join([name, fmt(sessions[0][0]), fmt(sessions[-1][1]), dur(total), email, email, role]))
    rows += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
    for name, email, role, sessions in people:
        for a, b in sessions:
            rows.append("\t".join([name, fmt(a), fmt(b), dur(secs(a, b)), email, role]))
    write("teams-phone-dialin.csv", BOM_UTF16LE + lines(rows, "\n").encode("utf-16-le"))


# ---------------------------------------------------------------------------------------------
# 9. Member lists from spreadsheets in other languages and code pages
# ---------------------------------------------------------------------------------------------

def make_member_lists():
    # German Excel, "CSV UTF-8 (durch Trennzeichen getrennt)": BOM, semicolons, CRLF.
    de = [
        "Vorname;Nachname;E-Mail;Firma;Rolle;Notizen;Abteilung",
        'Anna;Schäfer;anna.schaefer@example.org;Stadtwerke Lindenau;Moderatorin;"Leitet die AG ""Daten""; seit 2025";Vertrieb',
        "Jürgen;Weiß;juergen.weiss@example.org;Hochschule Nordheim;Mitglied;;Forschung",
        "Özlem;Yılmaz;oezlem.yilmaz@example.org;Stadtwerke Lindenau;Expertin;Ansprechpartnerin Geodaten;IT",
        "Lars;Becker;;Freiberuflich;Gast;keine E-Mail-Adresse angegeben;",
    ]
    write("members-de-excel-utf8.csv", BOM_UTF8 + lines(de, "\r\n").encode("utf-8"))

    # French Excel, "CSV (séparateur : point-virgule)": Windows-1252, semicolons, CRLF.
    fr = [
        "Prénom;Nom;Courriel;Organisme;Rôle;Remarques",
        "Élodie;Marchand;elodie.marchand@example.org;Métropole de Valrive;Animatrice;Référente « données ouvertes »",
        "François;Lefèvre;francois.lefevre@example.org;Université de Champvert;Membre;",
        "Chloé;Nguyen;chloe.nguyen@example.org;Association Œuvre commune;Experte;Spécialiste RGPD – accès 2027",
        "Gaëtan;Dupont;;Indépendant;Invité;Pas d’adresse courriel",
    ]
    write("members-fr-excel-cp1252.csv", lines(fr, "\r\n").encode("cp1252"))

    # Polish / Czech Excel, "CSV (rozdzielany przecinkami)": Windows-1250, semicolons, CRLF.
    pl = [
        "Name;Email;Organisation;Role",
        "Łukasz Wróbel;lukasz.wrobel@example.org;Fundacja Źródło Danych;member",
        "Zdeněk Šťastný;zdenek.stastny@example.org;Městský úřad Třebovice;expert",
        "Małgorzata Żak;malgorzata.zak@example.org;Politechnika Przykładowa;facilitator",
        "Věra Dvořáková;;Spolek čtenářů Ústí;guest",
    ]
    write("members-pl-cs-cp1250.csv", lines(pl, "\r\n").encode("cp1250"))

    # Russian / Ukrainian Excel: Windows-1251, semicolons, CRLF.
    ru = [
        "Name;Email;Organisation;Role",
        "Ольга Смирнова;olga.smirnova@example.org;Городская библиотека №5;facilitator",
        "Дмитрий Кузнецов;dmitry.kuznetsov@example.org;Центр открытых данных;member",
        "Алёна Петренко;alena.petrenko@example.org;Школа № 12;member",
        "Сергій Бондаренко;;Громадська організація «Відкрите місто»;guest",
    ]
    write("members-ru-uk-cp1251.csv", lines(ru, "\r\n").encode("cp1251"))


# ---------------------------------------------------------------------------------------------
# 10. Excel workbooks, built by hand as Excel lays them out
# ---------------------------------------------------------------------------------------------

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col_letter(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


def content_types(sheet_count):
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheet_count + 1))
    return (XML_DECL +
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + sheets +
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>')


ROOT_RELS = (XML_DECL +
             f'<Relationships xmlns="{NS_PKG_REL}">'
             f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" '
             'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
             'Target="docProps/core.xml"/>'
             f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')


def workbook_xml(sheet_names):
    sheets = "".join(f'<sheet name="{esc(n)}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, n in enumerate(sheet_names, start=1))
    return (XML_DECL +
            f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
            '<workbookPr defaultThemeVersion="166925"/>'
            '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/>'
            '</bookViews>'
            f'<sheets>{sheets}</sheets>'
            '<calcPr calcId="191029"/></workbook>')


def workbook_rels(sheet_count):
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, sheet_count + 1))
    n = sheet_count
    return (XML_DECL + f'<Relationships xmlns="{NS_PKG_REL}">' + rels +
            f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')


STYLES_XML = (XML_DECL +
              f'<styleSheet xmlns="{NS_MAIN}">'
              '<fonts count="2"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/>'
              '<scheme val="minor"/></font>'
              '<font><b/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/>'
              '<scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
              'defaultPivotStyle="PivotStyleLight16"/></styleSheet>')

CORE_XML = (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Cultivate fixtures</dc:creator><cp:lastModifiedBy>Cultivate fixtures</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-01T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-01T09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def app_xml(sheet_names):
    titles = "".join(f"<vt:lpstr>{esc(n)}</vt:lpstr>" for n in sheet_names)
    return (XML_DECL +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
            f'</vt:variant><vt:variant><vt:i4>{len(sheet_names)}</vt:i4></vt:variant></vt:vector></HeadingPairs>'
            f'<TitlesOfParts><vt:vector size="{len(sheet_names)}" baseType="lpstr">{titles}</vt:vector>'
            '</TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>')


class SharedStrings:
    def __init__(self):
        self.items = []   # xml of each <si>
        self.index = {}
        self.count = 0

    def add(self, key, si_xml):
        self.count += 1
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(si_xml)
        return self.index[key]

    def text(self, s):
        space = ' xml:space="preserve"' if s != s.strip() else ""
        return self.add(("t", s), f"<si><t{space}>{esc(s)}</t></si>")

    def rich(self, runs):
        """runs: [(text, bold)] — Excel writes the first run without rPr when it has the default font."""
        parts = []
        for text, bold in runs:
            space = ' xml:space="preserve"' if text != text.strip() else ""
            rpr = ('<rPr><b/><sz val="11"/><color rgb="FF000000"/><rFont val="Calibri"/><family val="2"/>'
                   '<scheme val="minor"/></rPr>') if bold else ""
            parts.append(f"<r>{rpr}<t{space}>{esc(text)}</t></r>")
        return self.add(("r", tuple(runs)), "<si>" + "".join(parts) + "</si>")

    def xml(self):
        return (XML_DECL + f'<sst xmlns="{NS_MAIN}" count="{self.count}" uniqueCount="{len(self.items)}">'
                + "".join(self.items) + "</sst>")


def sheet_xml(rows, widths, tab_selected):
    """rows: list of lists of cells; a cell is None (omitted, as Excel omits empty cells),
    ("s", index[, style]) for a shared string or ("inline", text[, style]) for an inline string."""
    ncols = max(len(r) for r in rows)
    dim = f"A1:{col_letter(ncols - 1)}{len(rows)}"
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    body = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            ref = f"{col_letter(c)}{r}"
            style = f' s="{cell[2]}"' if len(cell) > 2 else ""
            if cell[0] == "s":
                cells.append(f'<c r="{ref}"{style} t="s"><v>{cell[1]}</v></c>')
            else:
                text = cell[1]
                space = ' xml:space="preserve"' if text != text.strip() else ""
                cells.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{esc(text)}</t></is></c>')
        body.append(f'<row r="{r}" spans="1:{ncols}">' + "".join(cells) + "</row>")
    selected = ' tabSelected="1"' if tab_selected else ""
    pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>')
    return (XML_DECL +
            f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
            f'<dimension ref="{dim}"/>'
            f'<sheetViews><sheetView{selected} workbookViewId="0">{pane}</sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>'
            f'<cols>{cols}</cols>'
            f'<sheetData>{"".join(body)}</sheetData>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '</worksheet>')


def write_xlsx(name, sheets, sst):
    """sheets: [(sheet name, sheet xml)]. Entries in the order Excel writes them; DOS time 1980-01-01
    00:00 on every entry, as Excel does, so the bytes never depend on the clock."""
    names = [n for n, _ in sheets]
    parts = [("[Content_Types].xml", content_types(len(sheets))),
             ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook_xml(names)),
             ("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets)))]
    parts += [(f"xl/worksheets/sheet{i}.xml", xml) for i, (_, xml) in enumerate(sheets, start=1)]
    parts += [("xl/styles.xml", STYLES_XML),
              ("xl/sharedStrings.xml", sst.xml()),
              ("docProps/core.xml", CORE_XML),
              ("docProps/app.xml", app_xml(names))]
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for part, xml in parts:
            info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0          # MS-DOS, as Excel writes it
            info.external_attr = 0
            z.writestr(info, xml.encode("utf-8"))
    with open(path, "rb") as f:
        return f.read()


def make_xlsx():
    # members.xlsx: one sheet, shared strings only (what Excel itself writes), one rich-text string,
    # one empty cell (omitted from the XML), a bold header row and a frozen first row.
    sst = SharedStrings()
    H = lambda t: ("s", sst.text(t), 1)
    S = lambda t: ("s", sst.text(t))
    rows = [
        [H("Name"), H("Email"), H("Organisation"), H("Role")],
        [S("Amara Nwosu"), S("amara.nwosu@example.org"), S("Riverbend Health Trust"), S("facilitator")],
        [S("Tomás Ortega"), S("tomas.ortega@example.org"), ("s", sst.rich([("Acme ", False), ("Health", True)])),
         S("member")],
        [S("Hyun-woo Park"), S("hyunwoo.park@example.org"), S("Riverbend Health Trust"), S("expert")],
        [S("Freya Olsen"), None, S("Nordlys Cooperative"), S("guest")],
    ]
    members_bytes = write_xlsx("members.xlsx", [("Members", sheet_xml(rows, [22, 30, 26, 12], True))], sst)

    # members-two-sheets.xlsx: the first sheet holds inline strings (as written by tools that export
    # to .xlsx without a shared-string table); the second, shared strings. Only the first is the list.
    sst2 = SharedStrings()
    I = lambda t, s=None: ("inline", t) if s is None else ("inline", t, s)
    first = [
        [I("Name", 1), I("Email", 1), I("Organisation", 1), I("Role", 1)],
        [I("Ingrid Halvorsen"), I("ingrid.halvorsen@example.org"), I("Fjordlab"), I("champion")],
        [I("Kwame Mensah"), I("kwame.mensah@example.org"), I("Coastline Water"), I("member")],
    ]
    S2 = lambda t, s=None: ("s", sst2.text(t)) if s is None else ("s", sst2.text(t), s)
    second = [
        [S2("Name", 1), S2("Email", 1), S2("Organisation", 1), S2("Role", 1), S2("Left on", 1)],
        [S2("Rosa Delgado"), S2("rosa.delgado@example.org"), S2("Coastline Water"), S2("member"),
         S2("2026-11-30")],
        [S2("Pieter Vermeulen"), S2("pieter.vermeulen@partner.example.org"), S2("Polder Partners"),
         S2("guest"), S2("2026-12-15")],
    ]
    write_xlsx("members-two-sheets.xlsx",
               [("Members", sheet_xml(first, [22, 32, 20, 12], True)),
                ("Left 2026", sheet_xml(second, [22, 36, 20, 12, 12], False))], sst2)
    return members_bytes


# ---------------------------------------------------------------------------------------------
# 11. Files a tired facilitator drops in by mistake
# ---------------------------------------------------------------------------------------------

def tiny_pdf():
    text = "Attendance - Open Data CoP, 16 March 2027 (printed from Teams)"
    stream = f"BT /F1 14 Tf 72 770 Td ({text}) Tj ET\n".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_bad_files(xlsx_bytes):
    write("bad-attendance-printout.pdf", tiny_pdf())

    rnd = random.Random(20270316)
    blob = bytearray(rnd.getrandbits(8) for _ in range(768))
    for i in range(0, len(blob), 7):       # plenty of NUL bytes, as in any binary file
        blob[i] = 0
    write("bad-binary-export.csv", bytes(blob))

    write("bad-xlsx-renamed.csv", xlsx_bytes)

    bank = [
        "Date,Description,Amount,Balance",
        "01/03/2027,CARD PAYMENT TO CAFE LUMEN,-4.50,1203.17",
        "02/03/2027,DIRECT DEBIT ROOM HIRE COMMUNITY HALL,-85.00,1118.17",
        "03/03/2027,TRANSFER FROM R TAN MEMBERSHIP,25.00,1143.17",
        "05/03/2027,CARD PAYMENT TO STATIONERY WORLD,-12.99,1130.18",
    ]
    write("bad-bank-statement.csv", lines(bank, "\r\n").encode("utf-8"))

    # A genuine Zoom export that is not a participant report: the meeting poll report.
    poll = [
        "Poll Report,",
        csv_row(["Report Generated:", zoom_webinar_short(T(2027, 3, 12, 9, 2))]),
        csv_row(["Topic", "Meeting ID", "Actual Start Time", "Actual Duration (minutes)", "# Participants"]),
        csv_row(["Community Roundtable: Inclusive Facilitation", "852 1234 5678",
                 zoom_webinar_short(T(2027, 3, 11, 16, 58)), "64", "9"]),
        "Poll Details,",
        csv_row(["#", "User Name", "Email Address", "Submitted Date/Time", "Which topic should we cover next?",
                 "How useful was today's session?"]),
        csv_row(["1", "Chidi Okafor (he/him)", "chidi.okafor@example.org",
                 zoom_webinar_time(T(2027, 3, 11, 17, 41, 3)), "Data ethics", "Very useful"]),
        csv_row(["2", "Maria Rossi (she/her)", "maria.rossi@lumen.example.org",
                 zoom_webinar_time(T(2027, 3, 11, 17, 41, 20)), "Onboarding new members", "Useful"]),
        csv_row(["3", "Robin Tan (they/them)", "robin.tan@example.org",
                 zoom_webinar_time(T(2027, 3, 11, 17, 42, 2)), "Data ethics", "Very useful"]),
    ]
    write("bad-zoom-poll-report.csv", BOM_UTF8 + lines(poll, "\n").encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_teams()
    make_teams_phone()
    make_zoom_names()
    make_zoom_dst()
    make_zoom_unique_users()
    make_zoom_phone()
    make_zoom_italian()
    make_zoom_webinar()
    make_meet()
    make_webex()
    make_member_lists()
    xlsx = make_xlsx()
    make_bad_files(xlsx)


if __name__ == "__main__":
    main()
