// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/deskcommands.h"

#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"

#include <QCoreApplication>
#include <QLocale>

namespace cultivate {

namespace {

// The words of the desk's undo steps, under one translation context.
class DeskCommandText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::DeskCommands)
};

Result<std::optional<DeskMark>> markOf(const Plan &plan, const QString &key)
{
    auto rows = plan.listWhere<DeskMark>(QStringLiteral("item_key"), key);
    if (!rows.ok())
        return rows.error();
    return rows.value().isEmpty() ? std::nullopt : std::optional<DeskMark>(rows.value().constFirst());
}

} // namespace

SetDeskMarkCommand::SetDeskMarkCommand(Plan &plan, const QString &key, std::optional<DeskMark> mark,
                                       const QString &text, QUndoCommand *parent)
    : PlanCommand(plan, text, parent)
    , m_key(key)
    , m_after(std::move(mark))
{
    if (m_after) {
        m_after->id = 0;
        m_after->itemKey = key;
    }
}

Result<void> SetDeskMarkCommand::replace(const std::optional<DeskMark> &row)
{
    return plan().transaction([&]() -> Result<void> {
        auto current = markOf(plan(), m_key);
        if (!current.ok())
            return current.error();
        if (current.value())
            CULTIVATE_TRY(plan().remove<DeskMark>(current.value()->id));
        if (row)
            CULTIVATE_TRY(plan().add(*row));
        return {};
    });
}

Result<void> SetDeskMarkCommand::apply()
{
    if (!m_captured) {
        auto current = markOf(plan(), m_key);
        if (!current.ok())
            return current.error();
        m_before = current.value();
        m_captured = true;
    }
    return replace(m_after);
}

Result<void> SetDeskMarkCommand::revert()
{
    return replace(m_before);
}

PlanCommand *markDeskItemDone(Plan &plan, const DeskItem &item, const QDate &today)
{
    PlanCommand *tick = nullptr;
    if (item.checklistItem > 0) {
        auto before = plan.get<ChecklistItem>(item.checklistItem);
        if (before.ok() && !before.value().done) {
            ChecklistItem after = before.value();
            after.done = true;
            after.doneDate = today;
            tick = new EditEntityCommand<ChecklistItem>(plan, before.value(), after, {});
        }
    }
    const QString text = DeskCommandText::tr("Mark “%1” done").arg(item.title);
    if (item.kind == QLatin1String("checklist")) {
        if (tick)
            tick->setText(text);
        return tick;
    }
    auto *mark = new SetDeskMarkCommand(plan, item.key, DeskMark{0, item.key, DeskMarkKind::Done, today, {}}, text);
    if (!tick)
        return mark;
    auto *both = new PlanMacroCommand(plan, text);
    both->append(mark);
    both->append(tick);
    return both;
}

PlanCommand *snoozeDeskItem(Plan &plan, const DeskItem &item, const QDate &today, const QDate &until)
{
    return new SetDeskMarkCommand(
        plan, item.key, DeskMark{0, item.key, DeskMarkKind::Snoozed, today, until},
        DeskCommandText::tr("Snooze “%1” until %2").arg(item.title, QLocale().toString(until, QLocale::ShortFormat)));
}

PlanCommand *reopenDeskItem(Plan &plan, const DeskItem &item)
{
    return new SetDeskMarkCommand(plan, item.key, std::nullopt, DeskCommandText::tr("Bring back “%1”").arg(item.title));
}

} // namespace cultivate
