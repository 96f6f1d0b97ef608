// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schemacatalog.h"

#include "core/storage/schema.h"

#include <QHash>
#include <QMutex>

#include <sqlite3.h>

namespace cultivate::schema {

namespace {

// One prepared statement over the C API; `bind` gives the one text parameter some queries take.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql, const QString &bind = {})
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return;
        }
        if (!bind.isNull()) {
            m_bound = bind.toUtf8();
            sqlite3_bind_text(m_stmt, 1, m_bound.constData(), int(m_bound.size()), SQLITE_STATIC);
        }
        m_db = db;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool next()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    QString text(int column) const
    {
        if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
            return QStringLiteral("NULL");
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    const QString &error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_bound;
    QString m_error;
};

ForeignKey::OnDelete onDeleteFrom(const QString &action)
{
    const QString a = action.toUpper();
    if (a == QLatin1String("CASCADE"))
        return ForeignKey::OnDelete::Cascade;
    if (a == QLatin1String("SET NULL"))
        return ForeignKey::OnDelete::SetNull;
    if (a == QLatin1String("SET DEFAULT"))
        return ForeignKey::OnDelete::SetDefault;
    if (a == QLatin1String("RESTRICT"))
        return ForeignKey::OnDelete::Restrict;
    return ForeignKey::OnDelete::NoAction;
}

// The user's tables and indexes (SQLite's own, sqlite_*, are not part of a schema version).
const char *const ObjectsSql = "SELECT type, name, tbl_name FROM sqlite_schema "
                               "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";

Result<void> readTable(sqlite3 *db, const QString &table, Catalog &catalog)
{
    {
        Statement columns(db,
                          "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1) "
                          "ORDER BY cid",
                          table);
        while (columns.next()) {
            catalog.entries.insert(
                QStringLiteral("column %1.%2").arg(table, columns.text(1)),
                QStringLiteral("position %1, type %2, %3, default %4, key %5, hidden %6")
                    .arg(columns.text(0), columns.text(2).toUpper(),
                         columns.integer(3) ? QStringLiteral("NOT NULL") : QStringLiteral("nullable"), columns.text(4),
                         columns.text(5), columns.text(6)));
        }
        if (!columns.error().isEmpty())
            return makeError(ErrorCode::Corrupt, columns.error());
    }
    {
        Statement indexes(db, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)", table);
        while (indexes.next()) {
            const QString index = indexes.text(0);
            QStringList keyColumns;
            Statement parts(db, "SELECT name, \"desc\", coll FROM pragma_index_xinfo(?1) WHERE key = 1 ORDER BY seqno",
                            index);
            while (parts.next()) {
                keyColumns << QStringLiteral("%1%2 %3").arg(
                    parts.text(0), parts.integer(1) ? QStringLiteral(" DESC") : QString(), parts.text(2).toUpper());
            }
            if (!parts.error().isEmpty())
                return makeError(ErrorCode::Corrupt, parts.error());
            catalog.entries.insert(
                QStringLiteral("index %1 on %2").arg(index, table),
                QStringLiteral("%1, made by %2, %3, (%4)")
                    .arg(indexes.integer(1) ? QStringLiteral("unique") : QStringLiteral("not unique"), indexes.text(2),
                         indexes.integer(3) ? QStringLiteral("partial") : QStringLiteral("whole"),
                         keyColumns.join(QStringLiteral(", "))));
        }
        if (!indexes.error().isEmpty())
            return makeError(ErrorCode::Corrupt, indexes.error());
    }
    {
        Statement keys(db,
                       "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete, match "
                       "FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
                       table);
        QMap<qint64, QStringList> from;
        QMap<qint64, QStringList> to;
        QMap<qint64, QString> details;
        while (keys.next()) {
            const qint64 id = keys.integer(0);
            from[id] << keys.text(2);
            to[id] << keys.text(3);
            details[id] = QStringLiteral("%1|on update %2, on delete %3, match %4")
                              .arg(keys.text(1), keys.text(4), keys.text(5), keys.text(6));
        }
        if (!keys.error().isEmpty())
            return makeError(ErrorCode::Corrupt, keys.error());
        for (auto it = details.cbegin(); it != details.cend(); ++it) {
            const QString parent = it.value().section(QLatin1Char('|'), 0, 0);
            catalog.entries.insert(
                QStringLiteral("foreign key %1(%2) -> %3(%4)")
                    .arg(table, from[it.key()].join(QLatin1Char(',')), parent, to[it.key()].join(QLatin1Char(','))),
                it.value().section(QLatin1Char('|'), 1));
        }
    }
    return {};
}

} // namespace

Result<Catalog> readCatalog(sqlite3 *db)
{
    Catalog catalog;
    QStringList tables;
    Statement objects(db, ObjectsSql);
    while (objects.next()) {
        const QString type = objects.text(0);
        const QString name = objects.text(1);
        if (type == QLatin1String("table"))
            tables << name;
        // Indexes are described with their table below; views and triggers by name and table.
        if (type != QLatin1String("index"))
            catalog.entries.insert(QStringLiteral("%1 %2").arg(type, name), objects.text(2));
    }
    if (!objects.error().isEmpty())
        return makeError(ErrorCode::Corrupt, objects.error());
    for (const QString &table : tables) {
        if (auto r = readTable(db, table, catalog); !r.ok())
            return r.error();
    }
    return catalog;
}

Result<Catalog> expectedCatalog(int version)
{
    static QMutex mutex;
    static QHash<int, Catalog> cache;
    const QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return makeError(ErrorCode::Sql, QStringLiteral("cannot build the schema of version %1").arg(version));
    }
    QString problem;
    for (int rung = 1; rung <= version && problem.isEmpty(); ++rung) {
        for (const QString &statement : migrationTo(rung)) {
            char *message = nullptr;
            if (sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
                problem = QString::fromUtf8(message ? message : "");
                sqlite3_free(message);
                break;
            }
        }
    }
    Result<Catalog> catalog =
        problem.isEmpty() ? readCatalog(db)
                          : Result<Catalog>(makeError(
                                ErrorCode::Sql, QStringLiteral("schema version %1: %2").arg(version).arg(problem)));
    sqlite3_close(db);
    if (catalog.ok())
        cache.insert(version, catalog.value());
    return catalog;
}

QString firstDifference(const Catalog &expected, const Catalog &actual)
{
    // Whole tables first: a missing table is the news, not each of its columns.
    for (const bool tables : {true, false}) {
        for (auto it = expected.entries.cbegin(); it != expected.entries.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("table ")) != tables)
                continue;
            const auto found = actual.entries.constFind(it.key());
            if (found == actual.entries.cend())
                return QStringLiteral("the %1 is missing").arg(it.key());
            if (found.value() != it.value())
                return QStringLiteral("the %1 is not as its version defines it (%2; expected %3)")
                    .arg(it.key(), found.value(), it.value());
        }
    }
    for (const bool tables : {true, false}) {
        for (auto it = actual.entries.cbegin(); it != actual.entries.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("table ")) == tables && !expected.entries.contains(it.key()))
                return QStringLiteral("an unexpected %1").arg(it.key());
        }
    }
    return {};
}

QList<ForeignKey> ForeignKeys::referring(const QString &parent) const
{
    QList<ForeignKey> found;
    for (const ForeignKey &key : keys) {
        if (key.parent == parent)
            found << key;
    }
    return found;
}

Result<ForeignKeys> readForeignKeys(sqlite3 *db)
{
    ForeignKeys result;
    QStringList tables;
    {
        Statement objects(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                              "ESCAPE '\\' ORDER BY name");
        while (objects.next())
            tables << objects.text(0);
        if (!objects.error().isEmpty())
            return makeError(ErrorCode::Sql, objects.error());
    }
    QHash<QString, QStringList> parentsOf;
    for (const QString &table : tables) {
        Statement keys(db, "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?1)", table);
        while (keys.next()) {
            ForeignKey key{table, keys.text(1), keys.text(0), keys.text(2), onDeleteFrom(keys.text(3))};
            // A key that names no parent column refers to the parent's primary key: every table here has "id".
            if (key.parentColumn == QLatin1String("NULL"))
                key.parentColumn = QStringLiteral("id");
            result.keys << key;
            if (key.parent != table)
                parentsOf[table] << key.parent;
        }
        if (!keys.error().isEmpty())
            return makeError(ErrorCode::Sql, keys.error());
        Statement key(db, "SELECT count(*), max(upper(type)) FROM pragma_table_info(?1) WHERE pk > 0", table);
        if (key.next() && key.integer(0) == 1 && key.text(1) == QLatin1String("INTEGER"))
            result.rowidTables << table;
    }
    // Parents first: repeatedly take the tables whose parents are all placed.
    QStringList remaining = tables;
    while (!remaining.isEmpty()) {
        const qsizetype before = remaining.size();
        for (qsizetype i = 0; i < remaining.size();) {
            bool ready = true;
            for (const QString &parent : parentsOf.value(remaining[i]))
                ready = ready && (result.tableOrder.contains(parent) || !tables.contains(parent));
            if (ready)
                result.tableOrder << remaining.takeAt(i);
            else
                ++i;
        }
        if (remaining.size() == before) { // a cycle: keep the rest in name order
            result.tableOrder << remaining;
            break;
        }
    }
    return result;
}

} // namespace cultivate::schema
