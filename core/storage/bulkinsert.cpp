// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkinsert.h"

#include "core/storage/plan.h"

#include <QSqlError>

namespace cultivate::storage {

namespace {

const char *insertSql(BulkRows rows)
{
    switch (rows) {
    case BulkRows::Members:
        return "INSERT INTO member (name, email, organisation, role, joined_date, left_date, consent_report, "
               "consent_quote, commitment_signed, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    case BulkRows::MemberAliases:
        return "INSERT INTO member_alias (member_id, alias) VALUES (?, ?)";
    case BulkRows::Attendance:
        return "INSERT INTO attendance (event_id, member_id, status, minutes) VALUES (?, ?, ?, ?)";
    case BulkRows::Contributions:
        return "INSERT INTO contribution (member_id, date, kind, event_id, resource_id, note) VALUES (?, ?, ?, ?, ?, "
               "?)";
    case BulkRows::Responses:
        return "INSERT INTO response (survey_id, member_id, respondent_code, submitted) VALUES (?, ?, ?, ?)";
    case BulkRows::Answers:
        return "INSERT INTO answer (response_id, question_id, number, text) VALUES (?, ?, ?, ?)";
    case BulkRows::MembersWithId:
        return "INSERT INTO member (id, name, email, organisation, role, joined_date, left_date, consent_report, "
               "consent_quote, commitment_signed, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    case BulkRows::CarriedMonths:
        return "INSERT INTO carried_activity (member_id, month) VALUES (?, ?)";
    }
    return "";
}

} // namespace

BulkInsert::BulkInsert(const Plan &plan, BulkRows rows)
    : m_query(plan.database())
    , m_rows(rows)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(QString::fromLatin1(insertSql(rows)));
}

Error BulkInsert::error() const
{
    const QString sql = QString::fromLatin1(insertSql(m_rows));
    return sqlError(m_query.lastError(),
                    QStringLiteral("bulk write: %1").arg(sql.section(QLatin1Char('('), 0, 0).trimmed()));
}

LargeWriteCache::LargeWriteCache(const Plan &plan, int kibibytes)
    : m_plan(plan)
{
    if (auto q = plan.exec(QStringLiteral("PRAGMA cache_size")); q.ok() && q.value().next())
        m_previous = q.value().value(0);
    (void)plan.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
}

LargeWriteCache::~LargeWriteCache()
{
    if (m_previous.isValid())
        (void)m_plan.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
}

} // namespace cultivate::storage
