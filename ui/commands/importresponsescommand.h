// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/responseimport.h"
#include "ui/commands/familycommands.h"

namespace cultivate {

// Imports a previewed responses file as one undo step. The first redo commits the preview (one
// transaction, as the importer guarantees); undo removes the responses, their answers and the
// import record; a later redo puts the same rows back with the same ids.
class ImportResponsesCommand final : public PlanCommand {
public:
    ImportResponsesCommand(Plan &plan, ResponseImportPreview preview, const QString &text,
                           QUndoCommand *parent = nullptr);

    // What the first redo wrote (zeros before it).
    const ResponseImportOutcome &outcome() const { return m_outcome; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ResponseImportPreview m_preview;
    ResponseImportOutcome m_outcome{};
    ImportRecord m_record{};
    QList<AddResponsesCommand::Family> m_rows{}; // what the first redo wrote
    bool m_committed = false;
};

} // namespace cultivate
