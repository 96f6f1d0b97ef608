// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliabilitysupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

namespace cultivate::test {

namespace {

QStringList column0(sqlite3 *db, const char *sql, QString *error)
{
    QStringList values;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return values;
}

} // namespace

PlanState readPlanState(const QString &path)
{
    PlanState state;
    state.exists = QFileInfo::exists(path);
    if (!state.exists)
        return state;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        state.integrity = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return state;
    }
    QString error;
    const QStringList integrity = column0(db, "PRAGMA integrity_check", &error);
    state.integrity = error.isEmpty() ? integrity.join(QLatin1Char(' ')) : error;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(column0(db, "PRAGMA user_version", nullptr).join(QString()).toUtf8());
    const QStringList tables = column0(
        db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", &error);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table).toUtf8();
        int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            if ((rc = sqlite3_step(stmt)) != SQLITE_ROW)
                break;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                hash.addData(QByteArray::number(sqlite3_column_type(stmt, i)));
                hash.addData(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(stmt, i)),
                                        sqlite3_column_bytes(stmt, i)));
                hash.addData("|");
            }
            hash.addData("\n");
        }
        if (rc != SQLITE_DONE && state.integrity == QLatin1String("ok"))
            state.integrity = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    state.digest = hash.result().toHex();
    return state;
}

Tally::~Tally()
{
    QTextStream out(stdout);
    out << QStringLiteral("reliability: %1: %2 trials, %3 failures").arg(m_name).arg(m_trials).arg(m_failures.size());
    if (!m_notes.isEmpty())
        out << QStringLiteral(" (%1)").arg(m_notes.join(QStringLiteral("; ")));
    out << '\n';
    for (const QString &failure : m_failures.mid(0, 20))
        out << QStringLiteral("  failure: %1\n").arg(failure);
    out.flush();
}

void Tally::failure(const QString &what)
{
    m_failures << what;
}

int trialCount(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CULTIVATE_RELIABILITY_TRIALS", &ok);
    return ok && n > 0 ? n : fallback;
}

Run runCultivate(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(CULTIVATE_BINARY));
    process.setArguments(arguments);
    // A crash or a hang is a result here (the kill tests), not a failure of the harness.
    process.setProcessEnvironment(headlessEnvironment());
    process.start();
    if (!process.waitForFinished(120000))
        process.kill();
    process.waitForFinished();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace cultivate::test
