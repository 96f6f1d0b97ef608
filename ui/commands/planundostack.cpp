// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/planundostack.h"

#include "ui/commands/plancommand.h"

namespace cultivate {

PlanUndoStack::PlanUndoStack(QObject *parent)
    : QUndoStack(parent)
{
    setObjectName(QStringLiteral("undo-stack"));
}

void PlanUndoStack::watch(PlanCommand *command)
{
    const QString action = command->text();
    command->setFailureHandler([this, action](const Error &error) {
        m_lastFailure = error;
        emit commandFailed(action, error.message);
    });
}

Result<void> PlanUndoStack::run(PlanCommand *command)
{
    m_lastFailure.reset();
    watch(command);
    push(command); // may delete a refused or merged command
    if (m_lastFailure)
        return *m_lastFailure;
    return {};
}

} // namespace cultivate
