// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sqlite3.h>

namespace cultivate {
class Plan;
}

namespace cultivate::storage {

// The whole-table reads of loaders that must be fast on a million rows (the metrics snapshot). Each
// names one statement kept here in storage; the column order of each is its contract.
enum class Scan {
    MetricsMembers,      // id, name, role, joined_date, left_date, organisation, consent_report (by id)
    MetricsEvents,       // id, title, start, duration_minutes, kind, status, stage_id (by start, id)
    PresentAttendance,   // event_id, member_id, minutes (-1 when unknown): present rows only
    LastAttendanceId,    // max(id) or 0: a size hint, an index lookup
    ContributionWeights, // kind, weight
    LastContributionId,  // max(id) or 0
    Contributions,       // member_id, date, kind
    ResourceAddedDates,  // added_date
    RecognitionDates,    // date
    StoryDates,          // date
    ResponseSurveys,     // id, survey_id
    PairedRespondents,   // id, member_id (0 when none), lower(trim(respondent_code)): baseline and final surveys
    Answers,             // question_id, response_id, number, text <> ''
};

// The SQLite connection of a plan (nullptr for an in-memory test double of another driver).
sqlite3 *connectionOf(const Plan &plan);
// The statement text of a scan.
const char *scanSql(Scan scan);

// One scan stepped row by row through SQLite's C API: QSqlQuery's per-value QVariant costs would
// dominate on a million attendance rows. Accessors are inline for the same reason.
class TableScan {
public:
    TableScan(sqlite3 *db, Scan scan)
    {
        m_rc = sqlite3_prepare_v2(db, scanSql(scan), -1, &m_stmt, nullptr);
        if (m_rc != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~TableScan() { sqlite3_finalize(m_stmt); }
    TableScan(const TableScan &) = delete;
    TableScan &operator=(const TableScan &) = delete;

    bool next()
    {
        if (!m_stmt)
            return false;
        m_rc = sqlite3_step(m_stmt);
        if (m_rc == SQLITE_ROW)
            return true;
        if (m_rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errstr(m_rc));
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    const char *text(int column) const { return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)); }
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    const QString &error() const { return m_error; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    QString m_error;
};

// A read transaction on a connection outside any transaction, ended on destruction: its shared
// lock, taken by the first read, keeps writers from committing until then.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3 *db)
        : m_db(sqlite3_get_autocommit(db) ? db : nullptr)
    {
        if (m_db && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            m_db = nullptr;
    }
    ~ReadSnapshot()
    {
        if (m_db)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool active() const { return m_db != nullptr; }

private:
    sqlite3 *m_db = nullptr;
};

// A read-only connection of its own to the file behind `db`, for another thread; invalid for an
// in-memory database or when the file cannot be opened.
class SideConnection {
public:
    explicit SideConnection(const QByteArray &file)
    {
        if (!file.isEmpty() && sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                               nullptr) != SQLITE_OK) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
    }
    ~SideConnection() { sqlite3_close_v2(m_db); }
    SideConnection(const SideConnection &) = delete;
    SideConnection &operator=(const SideConnection &) = delete;
    sqlite3 *handle() const { return m_db; }
    // The file of `db`'s main database; empty for an in-memory one.
    static QByteArray fileOf(sqlite3 *db)
    {
        const char *file = sqlite3_db_filename(db, "main");
        return file ? QByteArray(file) : QByteArray();
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace cultivate::storage
