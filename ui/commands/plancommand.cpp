// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/plancommand.h"

namespace cultivate {

PlanCommand::PlanCommand(Plan &plan, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_plan(plan)
{
}

void PlanCommand::redo()
{
    if (auto applied = apply(); !applied.ok())
        fail(applied.error());
}

void PlanCommand::undo()
{
    if (auto reverted = revert(); !reverted.ok())
        fail(reverted.error());
}

void PlanCommand::fail(const Error &error)
{
    m_failed = true;
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(error);
}

} // namespace cultivate
