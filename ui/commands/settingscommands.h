// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/healthsettings.h"
#include "ui/commands/plancommand.h"

namespace cultivate {

// Sets every threshold of the health check at once (one undo step). A threshold set to its default
// is stored as no row at all, so that a plan follows the defaults until someone changes one. Undo
// puts back exactly the rows there were.
class ChangeHealthSettingsCommand final : public PlanCommand {
public:
    ChangeHealthSettingsCommand(Plan &plan, const HealthSettings &after, QUndoCommand *parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> replaceRows(const QList<PlanSetting> &rows);

    HealthSettings m_after;
    QList<PlanSetting> m_before{};
    bool m_captured = false;
};

} // namespace cultivate
