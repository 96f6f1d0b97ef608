// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/entitycommands.h"

namespace cultivate {

PlanMacroCommand::PlanMacroCommand(Plan &plan, const QString &text)
    : PlanCommand(plan, text)
{
}

void PlanMacroCommand::append(PlanCommand *command)
{
    m_children.emplace_back(command);
}

namespace {

// Collects the first error a child reports while the macro runs it.
struct FirstFailure {
    std::optional<Error> error;
    void watch(PlanCommand &command)
    {
        command.setFailureHandler([this](const Error &failure) {
            if (!error)
                error = failure;
        });
    }
};

} // namespace

Result<void> PlanMacroCommand::apply()
{
    FirstFailure failure;
    for (std::size_t i = 0; i < m_children.size(); ++i) {
        failure.watch(*m_children[i]);
        m_children[i]->redo();
        m_children[i]->setFailureHandler({});
        if (failure.error) {
            for (std::size_t j = i; j-- > 0;)
                m_children[j]->undo();
            return *failure.error;
        }
    }
    return {};
}

Result<void> PlanMacroCommand::revert()
{
    FirstFailure failure;
    for (std::size_t i = m_children.size(); i-- > 0;) {
        failure.watch(*m_children[i]);
        m_children[i]->undo();
        m_children[i]->setFailureHandler({});
        if (failure.error) {
            for (std::size_t j = i + 1; j < m_children.size(); ++j)
                m_children[j]->redo();
            return *failure.error;
        }
    }
    return {};
}

} // namespace cultivate
