// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/plancommand.h"

#include "core/model/entities.h"

namespace cultivate {

// Creates a series and one event per occurrence (core's occurrences() from the first event's date
// to the series' end). Undo removes them all; redo re-creates the same ids.
class AddSeriesCommand final : public PlanCommand {
public:
    AddSeriesCommand(Plan &plan, const Series &series, const Event &first, const QString &text);

    Id seriesId() const { return m_series.id; }
    const QList<Event> &events() const { return m_events; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Series m_series;
    QList<Event> m_events{};
};

} // namespace cultivate
