// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/membermerge.h"
#include "ui/commands/plancommand.h"

namespace cultivate {

// Merges one member into another (core's mergeMembers). Undo puts both members and every row the
// merge touched back exactly as they were, with their ids; redo merges again.
class MergeMembersCommand final : public PlanCommand {
public:
    MergeMembersCommand(Plan &plan, Id keptId, Id mergedId, const QString &text, QUndoCommand *parent = nullptr);

    // What the last redo moved.
    const MemberMergeSummary &summary() const { return m_summary; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Id m_keptId = 0;
    Id m_mergedId = 0;
    MemberMergeSummary m_summary{};
    // The rows as they were before the merge.
    Member m_kept{};
    Member m_merged{};
    QList<Attendance> m_attendance{};
    QList<Contribution> m_contributions{};
    QList<Recognition> m_recognitions{};
    QList<CarriedActivity> m_carried{};
    QList<Response> m_responses{};
    QList<Resource> m_resources{};
    QList<Story> m_stories{};
};

} // namespace cultivate
