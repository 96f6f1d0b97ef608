// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace cultivate {
class Plan;
}

namespace cultivate::storage {

// The bulk row writers of generators (the demo community) and of a renewal: one prepared INSERT reused for every
// row. The column order of each is its contract.
enum class BulkRows {
    Members,       // name, email, organisation, role, joined_date, left_date, consent_report, consent_quote,
                   // commitment_signed, notes
    MemberAliases, // member_id, alias
    Attendance,    // event_id, member_id, status, minutes
    Contributions, // member_id, date, kind, event_id, resource_id, note
    Responses,     // survey_id, member_id, respondent_code, submitted
    Answers,       // response_id, question_id, number, text
    MembersWithId, // id, then the columns of Members (a renewal keeps each member's id)
    CarriedMonths, // member_id, month
};

// Run it inside Plan::transaction(); rows are not announced one by one (call Plan::notifyReset()).
class BulkInsert {
public:
    BulkInsert(const Plan &plan, BulkRows rows);
    bool prepared() const { return m_prepared; }
    // Binds `values` in order and runs the statement. A null QString is bound as '' (text columns are
    // NOT NULL), an invalid QVariant as NULL.
    bool run(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &value : values) {
            const bool nullText =
                value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull();
            m_query.bindValue(i++, nullText ? QVariant(QStringLiteral("")) : value);
        }
        return m_query.exec();
    }
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }
    Error error() const;

private:
    QSqlQuery m_query;
    BulkRows m_rows;
    bool m_prepared = false;
};

// Raises the plan connection's page cache for a large bulk write and puts it back on destruction:
// without it an open transaction spills pages to disk over and over.
class LargeWriteCache {
public:
    LargeWriteCache(const Plan &plan, int kibibytes);
    ~LargeWriteCache();
    LargeWriteCache(const LargeWriteCache &) = delete;
    LargeWriteCache &operator=(const LargeWriteCache &) = delete;

private:
    const Plan &m_plan;
    QVariant m_previous;
};

} // namespace cultivate::storage
