// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/importer.h"
#include "ui/commands/plancommand.h"

#include <optional>
#include <utility>

namespace cultivate {

// Imports a previewed member list or attendance report as one undo step. The first redo runs
// commitImport (one transaction) and keeps exactly what it wrote: the import record, the new
// members, the members it changed (before and after), the event it created or changed, and the
// attendance rows it added or changed. Undo removes and restores exactly those rows; a later redo
// writes the same rows again with the same ids.
class ImportCommand final : public PlanCommand {
public:
    ImportCommand(Plan &plan, ImportPreview preview, const QString &text, QUndoCommand *parent = nullptr);

    // What the first redo wrote (zeros before it).
    const ImportOutcome &outcome() const { return m_outcome; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    template <class T> using Change = std::pair<T, T>; // before, after

    Result<void> commitFirst();
    Result<void> rewrite();

    ImportPreview m_preview;
    ImportOutcome m_outcome{};
    ImportRecord m_record{};
    QList<Member> m_addedMembers{};
    QList<Change<Member>> m_changedMembers{};
    std::optional<Event> m_addedEvent{};
    std::optional<Change<Event>> m_changedEvent{};
    QList<Attendance> m_addedAttendance{};
    QList<Change<Attendance>> m_changedAttendance{};
    bool m_committed = false;
};

} // namespace cultivate
