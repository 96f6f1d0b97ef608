// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/desk.h"
#include "ui/commands/plancommand.h"

#include <optional>

namespace cultivate {

// Sets the desk's mark on one item key — done, or snoozed until a day — or clears it (nullopt),
// as one undo step. The key's row is replaced; undo puts back exactly the row there was, or none.
class SetDeskMarkCommand final : public PlanCommand {
public:
    SetDeskMarkCommand(Plan &plan, const QString &key, std::optional<DeskMark> mark, const QString &text,
                       QUndoCommand *parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> replace(const std::optional<DeskMark> &row);

    QString m_key;
    std::optional<DeskMark> m_after{};
    std::optional<DeskMark> m_before{};
    bool m_captured = false;
};

// The undo step that marks a desk item done on `today`. An item that stands for a checklist item
// ticks that item off (dated today); an event's reminder or follow-up that the checklist also
// holds is marked and ticks it too. Nullptr when there is nothing to change (the checklist item
// is gone or already done).
PlanCommand *markDeskItemDone(Plan &plan, const DeskItem &item, const QDate &today);
// The undo step that snoozes a desk item until `until` (it comes back on that day).
PlanCommand *snoozeDeskItem(Plan &plan, const DeskItem &item, const QDate &today, const QDate &until);
// The undo step that takes a done or snoozed mark off a desk item, so that it is open again.
PlanCommand *reopenDeskItem(Plan &plan, const DeskItem &item);

} // namespace cultivate
