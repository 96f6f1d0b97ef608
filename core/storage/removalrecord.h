// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cultivate {

// What a removal takes with it, as the schema's foreign keys say: whole rows that ON DELETE CASCADE
// deletes, and references that ON DELETE SET NULL clears. Filled and replayed by Plan only.
class RemovalRecord {
public:
    bool isEmpty() const { return m_rows.isEmpty() && m_cleared.isEmpty(); }
    qsizetype deletedRows() const { return m_rows.size(); }
    qsizetype clearedReferences() const { return m_cleared.size(); }
    // The tables the deleted rows come from, once each, for messages and tests.
    QStringList tables() const
    {
        QStringList names;
        for (const Row &row : m_rows) {
            if (!names.contains(row.table))
                names << row.table;
        }
        return names;
    }

private:
    friend class Plan;
    struct Row {
        QString table;
        qint64 rowid = 0;
        QStringList columns;
        QVariantList values;
    };
    struct Reference {
        QString table;
        qint64 rowid = 0;
        QString column;
        QVariant value;
    };
    QList<Row> m_rows;
    QList<Reference> m_cleared;
};

} // namespace cultivate
