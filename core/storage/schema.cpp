// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

namespace cultivate::schema {

namespace {

// Version 1: the whole domain of SPEC §3. Dates are ISO 8601 text ('YYYY-MM-DD', date-times
// 'YYYY-MM-DDTHH:MM:SS' in the plan's time zone); enumerations are stable lower-case keys.
const char *const Version1[] = {
    R"(CREATE TABLE community (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        domain TEXT NOT NULL DEFAULT '', audience TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '', purpose_areas TEXT NOT NULL DEFAULT '',
        value_members TEXT NOT NULL DEFAULT '', value_organisation TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '', need TEXT NOT NULL DEFAULT '',
        governance TEXT NOT NULL DEFAULT '', ground_rules TEXT NOT NULL DEFAULT '',
        channels TEXT NOT NULL DEFAULT '', workspace TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date),
        time_zone TEXT NOT NULL DEFAULT 'UTC',
        attendance_threshold REAL NOT NULL DEFAULT 0.5 CHECK (attendance_threshold BETWEEN 0 AND 1),
        uid TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))))
    )",
    R"(CREATE TABLE budget_line (
        id INTEGER PRIMARY KEY, label TEXT NOT NULL, amount REAL NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0)
    )",
    R"(CREATE TABLE stage (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL UNIQUE CHECK (kind IN ('define','pilot','launch','nurture','evaluate')),
        planned_start TEXT, planned_end TEXT,
        status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress','done')),
        notes TEXT NOT NULL DEFAULT '')
    )",
    R"(CREATE TABLE member (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'member'
            CHECK (role IN ('sponsor','facilitator','champion','expert','member','guest')),
        joined_date TEXT, left_date TEXT,
        consent_report INTEGER NOT NULL DEFAULT 0 CHECK (consent_report IN (0,1)),
        consent_quote INTEGER NOT NULL DEFAULT 0 CHECK (consent_quote IN (0,1)),
        commitment_signed TEXT, notes TEXT NOT NULL DEFAULT '',
        CHECK (left_date IS NULL OR joined_date IS NULL OR left_date >= joined_date))
    )",
    "CREATE INDEX member_email ON member(email COLLATE NOCASE) WHERE email <> ''",
    R"(CREATE TABLE member_alias (
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        alias TEXT NOT NULL, UNIQUE (member_id, alias))
    )",
    R"(CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL CHECK (rule IN ('weekly','every_n_weeks','monthly_nth_weekday','monthly_day')),
        interval INTEGER NOT NULL DEFAULT 1 CHECK (interval >= 1),
        weekday INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
        week_of_month INTEGER NOT NULL DEFAULT 1 CHECK (week_of_month BETWEEN -1 AND 5 AND week_of_month <> 0),
        day_of_month INTEGER NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 31),
        until TEXT)
    )",
    R"(CREATE TABLE event (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('orientation','meeting','webinar','workshop',
            'face_to_face','check_in','wrap_up','social','other')),
        start TEXT NOT NULL, duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes >= 0),
        location TEXT NOT NULL DEFAULT '', topic TEXT NOT NULL DEFAULT '',
        stage_id INTEGER REFERENCES stage(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','held','cancelled')),
        series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
        agenda TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')
    )",
    "CREATE INDEX event_start ON event(start)",
    "CREATE INDEX event_series ON event(series_id) WHERE series_id IS NOT NULL",
    R"(CREATE TABLE import_record (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
        format TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, rows INTEGER NOT NULL DEFAULT 0,
        UNIQUE (kind, sha256))
    )",
    R"(CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present','absent','excused')),
        minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),
        import_id INTEGER REFERENCES import_record(id) ON DELETE SET NULL,
        UNIQUE (event_id, member_id))
    )",
    "CREATE INDEX attendance_member ON attendance(member_id)",
    R"(CREATE TABLE contribution_weight (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL UNIQUE CHECK (kind IN ('post','question','answer','resource_shared','presentation',
            'hosting','mentoring','story')),
        weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 12))
    )",
    R"(CREATE TABLE resource (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL DEFAULT 'document'
            CHECK (kind IN ('document','link','template','tool','recording','slides')),
        location TEXT NOT NULL DEFAULT '',
        author_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
        added_date TEXT, tags TEXT NOT NULL DEFAULT '[]',
        visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private','public')),
        event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
        description TEXT NOT NULL DEFAULT '')
    )",
    R"(CREATE TABLE contribution (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('post','question','answer','resource_shared','presentation',
            'hosting','mentoring','story')),
        event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
        resource_id INTEGER REFERENCES resource(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '')
    )",
    "CREATE INDEX contribution_member ON contribution(member_id)",
    R"(CREATE TABLE survey (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('baseline','final','session_feedback','check_in','value_creation')),
        date TEXT, anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0,1)),
        event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
        invited INTEGER NOT NULL DEFAULT 0 CHECK (invited >= 0), notes TEXT NOT NULL DEFAULT '')
    )",
    R"(CREATE TABLE question (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        type TEXT NOT NULL CHECK (type IN ('likert','recommend','yes_no','choice','free_text')),
        choices TEXT NOT NULL DEFAULT '[]', pair_key TEXT NOT NULL DEFAULT '')
    )",
    "CREATE INDEX question_survey ON question(survey_id)",
    R"(CREATE TABLE response (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
        member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
        respondent_code TEXT NOT NULL DEFAULT '', submitted TEXT)
    )",
    "CREATE INDEX response_survey ON response(survey_id)",
    R"(CREATE TABLE answer (
        id INTEGER PRIMARY KEY,
        response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
        number REAL, text TEXT NOT NULL DEFAULT '',
        UNIQUE (response_id, question_id))
    )",
    "CREATE INDEX answer_question ON answer(question_id)",
    R"(CREATE TABLE story (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL DEFAULT 'success' CHECK (kind IN ('success','reflection')),
        date TEXT, narrative TEXT NOT NULL DEFAULT '', cycles TEXT NOT NULL DEFAULT '',
        consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0,1)))
    )",
    R"(CREATE TABLE story_member (
        story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        UNIQUE (story_id, member_id))
    )",
    R"(CREATE TABLE story_event (
        story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        UNIQUE (story_id, event_id))
    )",
    R"(CREATE TABLE story_resource (
        story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        UNIQUE (story_id, resource_id))
    )",
    R"(CREATE TABLE checklist_item (
        id INTEGER PRIMARY KEY,
        stage_id INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        guidance TEXT NOT NULL DEFAULT '', built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0,1)),
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)), due_date TEXT, done_date TEXT,
        evidence_note TEXT NOT NULL DEFAULT '',
        evidence_event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
        evidence_resource_id INTEGER REFERENCES resource(id) ON DELETE SET NULL,
        evidence_survey_id INTEGER REFERENCES survey(id) ON DELETE SET NULL,
        evidence_story_id INTEGER REFERENCES story(id) ON DELETE SET NULL)
    )",
    "CREATE INDEX checklist_stage ON checklist_item(stage_id, position)",
    R"(CREATE TABLE goal (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '', baseline REAL NOT NULL DEFAULT 0, target REAL NOT NULL DEFAULT 0,
        unit TEXT NOT NULL DEFAULT '', due_date TEXT, metric TEXT NOT NULL DEFAULT '',
        survey_question_id INTEGER REFERENCES question(id) ON DELETE SET NULL)
    )",
    R"(CREATE TABLE goal_measurement (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        date TEXT NOT NULL, value REAL NOT NULL, note TEXT NOT NULL DEFAULT '')
    )",
    R"(CREATE TABLE recognition (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        date TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')
    )",
};

// Version 2: the plan's settings (the health rules' thresholds) and the desk's done/snoozed marks.
const char *const Version2[] = {
    R"(CREATE TABLE plan_setting (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE CHECK (length(key) > 0), value REAL NOT NULL)
    )",
    R"(CREATE TABLE desk_mark (
        id INTEGER PRIMARY KEY, item_key TEXT NOT NULL UNIQUE CHECK (length(item_key) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('done','snoozed')), date TEXT NOT NULL, until TEXT)
    )",
};

// Version 3: the plan a renewed plan continues, and the months its members were active in it (SPEC §11).
const char *const Version3[] = {
    R"(CREATE TABLE predecessor (
        id INTEGER PRIMARY KEY CHECK (id = 1), path TEXT NOT NULL, uid TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '', start_date TEXT, end_date TEXT)
    )",
    R"(CREATE TABLE carried_activity (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (length(month) = 7), UNIQUE (member_id, month))
    )",
};

// Version 4: indexes for the two foreign keys a delete had to check by reading a whole table. Undoing
// an import deletes its record (every attendance row's import_id was read) and the event it made
// (every contribution's event_id was read): about 100 ms on a plan of a million attendance rows.
const char *const Version4[] = {
    "CREATE INDEX attendance_import ON attendance(import_id) WHERE import_id IS NOT NULL",
    "CREATE INDEX contribution_event ON contribution(event_id) WHERE event_id IS NOT NULL",
};

template <size_t N> QStringList statementsOf(const char *const (&sql)[N])
{
    QStringList statements;
    for (const char *s : sql)
        statements << QString::fromUtf8(s);
    return statements;
}

} // namespace

QStringList migrationTo(int toVersion)
{
    switch (toVersion) {
    case 1:
        return statementsOf(Version1);
    case 2:
        return statementsOf(Version2);
    case 3:
        return statementsOf(Version3);
    case 4:
        return statementsOf(Version4);
    default:
        return {};
    }
}

} // namespace cultivate::schema
