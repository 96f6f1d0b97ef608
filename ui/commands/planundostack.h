// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QUndoStack>

#include <optional>

namespace cultivate {

class PlanCommand;

// The undo stack of one open plan. push() reports a command that core refused through
// commandFailed (and the returned Result); the refused command is not kept.
class PlanUndoStack final : public QUndoStack {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanUndoStack)

public:
    explicit PlanUndoStack(QObject *parent = nullptr);

    // Takes ownership of `command`, runs it and keeps it unless core refused it.
    Result<void> run(PlanCommand *command);
    // Installs the failure handler on a command pushed another way (e.g. a child of a macro).
    void watch(PlanCommand *command);

signals:
    void commandFailed(const QString &action, const QString &message);

private:
    std::optional<Error> m_lastFailure{};
};

} // namespace cultivate
