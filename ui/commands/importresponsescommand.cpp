// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/importresponsescommand.h"

namespace cultivate {

ImportResponsesCommand::ImportResponsesCommand(Plan &plan, ResponseImportPreview preview, const QString &text,
                                               QUndoCommand *parent)
    : PlanCommand(plan, text, parent)
    , m_preview(std::move(preview))
{
}

Result<void> ImportResponsesCommand::apply()
{
    if (m_committed) {
        // Redo: the record first, then the responses with their answers, all with their first ids.
        return plan().transaction([this]() -> Result<void> {
            if (auto added = plan().add(m_record); !added.ok())
                return added.error();
            return AddResponsesCommand::addAll(plan(), m_rows, &Answer::responseId);
        });
    }
    auto committed = commitResponseImport(plan(), m_preview);
    if (!committed.ok())
        return committed.error();
    m_outcome = committed.value();
    if (m_outcome.alreadyImported)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 was imported before; nothing was added").arg(m_preview.fileName));
    // Keep exactly what was written, for undo and redo.
    auto record = plan().get<ImportRecord>(m_outcome.importId);
    if (!record.ok())
        return record.error();
    m_record = record.value();
    m_rows.clear();
    for (Id responseId : std::as_const(m_outcome.responseIds)) {
        auto response = plan().get<Response>(responseId);
        auto answers = plan().listWhere<Answer>(QStringLiteral("response_id"), responseId);
        if (!response.ok())
            return response.error();
        if (!answers.ok())
            return answers.error();
        m_rows.append({response.value(), answers.value()});
    }
    m_committed = true;
    return {};
}

Result<void> ImportResponsesCommand::revert()
{
    return plan().transaction([this]() -> Result<void> {
        if (auto removed = AddResponsesCommand::removeAll(plan(), m_rows); !removed.ok())
            return removed;
        return plan().remove<ImportRecord>(m_record.id);
    });
}

} // namespace cultivate
