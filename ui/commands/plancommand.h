// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QUndoCommand>

#include <functional>

namespace cultivate {

class Plan;

// The base of every undo command that changes a plan. redo() and undo() call core; when core
// refuses, the command reports the error through the handler its stack installed and marks itself
// obsolete, so QUndoStack drops it and the stack never holds a step that did not happen.
class PlanCommand : public QUndoCommand {
public:
    using FailureHandler = std::function<void(const Error &)>;

    PlanCommand(Plan &plan, const QString &text, QUndoCommand *parent = nullptr);

    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }
    bool failed() const { return m_failed; }

    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply() = 0;  // do (or redo) the change
    virtual Result<void> revert() = 0; // undo it exactly
    Plan &plan() const { return m_plan; }

private:
    void fail(const Error &error);

    Plan &m_plan;
    FailureHandler m_onFailure{};
    bool m_failed = false;
};

} // namespace cultivate
