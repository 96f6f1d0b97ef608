// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/seriescommands.h"

#include "core/lifecycle/recurrence.h"
#include "core/storage/plan.h"

namespace cultivate {

AddSeriesCommand::AddSeriesCommand(Plan &plan, const Series &series, const Event &first, const QString &text)
    : PlanCommand(plan, text)
    , m_series(series)
{
    for (const QDate &date : occurrences(series, first.start.date(), series.until)) {
        Event event = first;
        event.id = 0;
        event.start = QDateTime(date, first.start.time());
        m_events.append(event);
    }
}

Result<void> AddSeriesCommand::apply()
{
    return plan().transaction([this]() -> Result<void> {
        auto series = plan().add(m_series);
        if (!series.ok())
            return series.error();
        m_series.id = series.value();
        for (Event &event : m_events) {
            event.seriesId = m_series.id;
            auto added = plan().add(event);
            if (!added.ok())
                return added.error();
            event.id = added.value();
        }
        return {};
    });
}

Result<void> AddSeriesCommand::revert()
{
    return plan().transaction([this]() -> Result<void> {
        for (const Event &event : std::as_const(m_events)) {
            if (auto removed = plan().remove<Event>(event.id); !removed.ok())
                return removed.error();
        }
        return plan().remove<Series>(m_series.id);
    });
}

} // namespace cultivate
