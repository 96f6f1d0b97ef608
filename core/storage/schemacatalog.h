// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QMap>
#include <QString>

struct sqlite3;

namespace cultivate::schema {

// What a database's schema is made of, as SQLite itself reports it (sqlite_schema, pragma_table_xinfo,
// pragma_index_list/_xinfo, pragma_foreign_key_list): one entry per table, column, index and foreign
// key, keyed by what it is ("column member.email") with its details (type, NOT NULL, default, key).
struct Catalog {
    QMap<QString, QString> entries; // key -> details

    bool operator==(const Catalog &) const = default;
};

// Reads the catalog of the main database of `db`. Fails when the schema itself cannot be read.
Result<Catalog> readCatalog(sqlite3 *db);

// The catalog that schema version `version` promises: the migration ladder up to it, run in an
// in-memory database. Computed once per version; safe on any thread.
Result<Catalog> expectedCatalog(int version);

// The first difference between what a file has and what its version promises, in words
// ("the table story_member is missing"); empty when they are the same.
QString firstDifference(const Catalog &expected, const Catalog &actual);

// One foreign key as the schema declares it: `table`.`column` refers to `parent`.`parentColumn`.
struct ForeignKey {
    enum class OnDelete { NoAction, Restrict, Cascade, SetNull, SetDefault };
    QString table;
    QString column;
    QString parent;
    QString parentColumn;
    OnDelete onDelete = OnDelete::NoAction;
};

// Every single-column foreign key of the database `db`, and its tables ordered so that a table
// comes after every table it refers to (the order in which removed rows are put back).
struct ForeignKeys {
    QList<ForeignKey> keys;
    QStringList tableOrder;
    QStringList rowidTables; // tables whose INTEGER PRIMARY KEY is the rowid
    // The keys that refer to `parent`.
    QList<ForeignKey> referring(const QString &parent) const;
};
Result<ForeignKeys> readForeignKeys(sqlite3 *db);

} // namespace cultivate::schema
