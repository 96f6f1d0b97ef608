// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/importstore.h"

#include "core/storage/column.h"
#include "core/storage/plan.h"

#include <QSqlQuery>

namespace cultivate {

Result<QList<Event>> eventsStartingBetween(const Plan &plan, const QDateTime &from, const QDateTime &to)
{
    auto rows = plan.exec(QStringLiteral("SELECT id FROM event WHERE start BETWEEN ? AND ? ORDER BY start, id"),
                          {from.toString(storage::DateTimeFormat), to.toString(storage::DateTimeFormat)});
    if (!rows.ok())
        return rows.error();
    QList<Id> ids;
    while (rows.value().next())
        ids.append(rows.value().value(0).toLongLong());
    QList<Event> events;
    for (Id id : ids) {
        auto event = plan.get<Event>(id);
        if (!event.ok())
            return event.error();
        events.append(event.value());
    }
    return events;
}

} // namespace cultivate
