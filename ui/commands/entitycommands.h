// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/entitytraits.h"
#include "ui/commands/plancommand.h"
#include "ui/commands/rowsnapshot.h"

#include <memory>
#include <vector>

namespace cultivate {

// Adds one row. Undo removes it (snapshotting what cascades with it); redo re-creates the same id.
template <class T> class AddEntityCommand final : public PlanCommand {
public:
    AddEntityCommand(Plan &plan, const T &entity, const QString &text, QUndoCommand *parent = nullptr)
        : PlanCommand(plan, text, parent)
        , m_entity(entity)
    {
    }

    // The id core gave the row (0 before the first redo).
    Id entityId() const { return m_entity.id; }

protected:
    Result<void> apply() override
    {
        return plan().transaction([this]() -> Result<void> {
            auto added = plan().add(m_entity);
            if (!added.ok())
                return added.error();
            m_entity.id = added.value();
            return m_dependents.restore(plan());
        });
    }
    Result<void> revert() override
    {
        auto snapshot = RowSnapshot::of(plan(), m_entity);
        if (!snapshot.ok())
            return snapshot.error();
        m_dependents = std::move(snapshot).value();
        return plan().template remove<T>(m_entity.id);
    }

private:
    T m_entity;
    RowSnapshot m_dependents{};
};

// Replaces one row with `after`, remembering `before`. Commands with the same non-negative
// `field` on the same row merge into one step (typing into one field), and a merged edit that
// ends where it began disappears from the stack.
template <class T> class EditEntityCommand final : public PlanCommand {
public:
    EditEntityCommand(Plan &plan, const T &before, const T &after, const QString &text, int field = -1,
                      QUndoCommand *parent = nullptr)
        : PlanCommand(plan, text, parent)
        , m_before(before)
        , m_after(after)
        , m_field(field)
    {
    }

    int id() const override
    {
        return m_field < 0 ? -1 : 0x10000 + static_cast<int>(storage::EntityTraits<T>::kind) * 0x100 + m_field;
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const EditEntityCommand *>(other);
        if (!next || next->failed() || failed() || next->m_field != m_field || next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

    const T &before() const { return m_before; }
    const T &after() const { return m_after; }

protected:
    Result<void> apply() override { return plan().update(m_after); }
    Result<void> revert() override { return plan().update(m_before); }

private:
    T m_before;
    T m_after;
    int m_field = -1;
};

// Removes one row and what cascades with it; undo re-creates all of it with the same ids.
template <class T> class RemoveEntityCommand final : public PlanCommand {
public:
    RemoveEntityCommand(Plan &plan, const T &entity, const QString &text, QUndoCommand *parent = nullptr)
        : PlanCommand(plan, text, parent)
        , m_entity(entity)
    {
    }

protected:
    Result<void> apply() override
    {
        auto current = plan().template get<T>(m_entity.id);
        if (!current.ok())
            return current.error();
        auto snapshot = RowSnapshot::of(plan(), current.value());
        if (!snapshot.ok())
            return snapshot.error();
        m_entity = current.value();
        m_dependents = std::move(snapshot).value();
        return plan().template remove<T>(m_entity.id);
    }
    Result<void> revert() override
    {
        return plan().transaction([this]() -> Result<void> {
            auto added = plan().add(m_entity);
            if (!added.ok())
                return added.error();
            return m_dependents.restore(plan());
        });
    }

private:
    T m_entity;
    RowSnapshot m_dependents{};
};

// Several commands as one step (e.g. "the whole series"): children run in order and undo in
// reverse; if one is refused, the ones before it are undone again.
class PlanMacroCommand final : public PlanCommand {
public:
    PlanMacroCommand(Plan &plan, const QString &text);
    // Takes ownership.
    void append(PlanCommand *command);
    int size() const { return static_cast<int>(m_children.size()); }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    std::vector<std::unique_ptr<PlanCommand>> m_children{};
};

} // namespace cultivate
