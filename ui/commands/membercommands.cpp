// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/membercommands.h"

#include "core/storage/plan.h"

namespace cultivate {

namespace {

template <class T> Result<void> appendWhere(const Plan &plan, const QString &column, Id id, QList<T> &rows)
{
    auto found = plan.listWhere<T>(column, id);
    if (!found.ok())
        return found.error();
    rows.append(found.value());
    return {};
}

// Writes `row` back as it was: re-created with its id when the merge removed it.
template <class T> Result<void> putBack(Plan &plan, const T &row)
{
    auto current = plan.get<T>(row.id);
    if (current.ok()) {
        if (current.value() == row)
            return {};
        return plan.update(row);
    }
    if (current.code() != ErrorCode::NotFound)
        return current.error();
    auto added = plan.add(row);
    if (!added.ok())
        return added.error();
    return {};
}

} // namespace

MergeMembersCommand::MergeMembersCommand(Plan &plan, Id keptId, Id mergedId, const QString &text, QUndoCommand *parent)
    : PlanCommand(plan, text, parent)
    , m_keptId(keptId)
    , m_mergedId(mergedId)
{
}

Result<void> MergeMembersCommand::apply()
{
    auto kept = plan().get<Member>(m_keptId);
    if (!kept.ok())
        return kept.error();
    auto merged = plan().get<Member>(m_mergedId);
    if (!merged.ok())
        return merged.error();
    m_kept = kept.value();
    m_merged = merged.value();
    m_attendance.clear();
    m_contributions.clear();
    m_recognitions.clear();
    m_carried.clear();
    m_responses.clear();
    m_resources.clear();
    m_stories.clear();
    const QString column = QStringLiteral("member_id");
    // The kept member's attendance changes where both attended one event.
    for (Id id : {m_keptId, m_mergedId})
        CULTIVATE_TRY(appendWhere(plan(), column, id, m_attendance));
    CULTIVATE_TRY(appendWhere(plan(), column, m_mergedId, m_contributions));
    CULTIVATE_TRY(appendWhere(plan(), column, m_mergedId, m_recognitions));
    CULTIVATE_TRY(appendWhere(plan(), column, m_mergedId, m_carried));
    CULTIVATE_TRY(appendWhere(plan(), column, m_mergedId, m_responses));
    CULTIVATE_TRY(appendWhere(plan(), QStringLiteral("author_id"), m_mergedId, m_resources));
    auto stories = plan().list<Story>();
    if (!stories.ok())
        return stories.error();
    for (const Story &story : stories.value()) {
        if (story.memberIds.contains(m_mergedId))
            m_stories.append(story);
    }

    auto summary = mergeMembers(plan(), m_keptId, m_mergedId);
    if (!summary.ok())
        return summary.error();
    m_summary = summary.value();
    return {};
}

Result<void> MergeMembersCommand::revert()
{
    return plan().transaction([this]() -> Result<void> {
        auto readded = plan().add(m_merged);
        if (!readded.ok())
            return readded.error();
        CULTIVATE_TRY(plan().update(m_kept));
        // Rows the merge moved are written back before the combined ones are re-created, so that
        // no (event, member) pair is ever held twice.
        for (const Attendance &row : std::as_const(m_attendance)) {
            if (plan().get<Attendance>(row.id).ok())
                CULTIVATE_TRY(putBack(plan(), row));
        }
        for (const Attendance &row : std::as_const(m_attendance))
            CULTIVATE_TRY(putBack(plan(), row));
        for (const Contribution &row : std::as_const(m_contributions))
            CULTIVATE_TRY(putBack(plan(), row));
        for (const Recognition &row : std::as_const(m_recognitions))
            CULTIVATE_TRY(putBack(plan(), row));
        for (const CarriedActivity &row : std::as_const(m_carried))
            CULTIVATE_TRY(putBack(plan(), row));
        for (const Response &row : std::as_const(m_responses))
            CULTIVATE_TRY(putBack(plan(), row));
        for (const Resource &row : std::as_const(m_resources))
            CULTIVATE_TRY(putBack(plan(), row));
        for (const Story &row : std::as_const(m_stories))
            CULTIVATE_TRY(putBack(plan(), row));
        return {};
    });
}

#undef CULTIVATE_TRY

} // namespace cultivate
