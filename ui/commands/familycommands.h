// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"
#include "ui/commands/plancommand.h"

#include <QList>

namespace cultivate {

// Rows that belong together, added in one step: each parent with its children (a survey with its
// questions, a response with its answers). The ids core gives them on the first redo are kept, so
// a later redo re-creates the same rows; undo removes the parents and their children with them.
template <class Parent, class Child> class AddFamiliesCommand final : public PlanCommand {
public:
    struct Family {
        Parent parent{};
        QList<Child> children{};
    };

    AddFamiliesCommand(Plan &plan, QList<Family> families, Id Child::*parentField, const QString &text,
                       QUndoCommand *parent = nullptr)
        : PlanCommand(plan, text, parent)
        , m_families(std::move(families))
        , m_parentField(parentField)
    {
    }

    const QList<Family> &families() const { return m_families; }

    // Adds every family inside the caller's transaction, setting the ids core gives (or keeping
    // the ids the rows already have).
    static Result<void> addAll(Plan &plan, QList<Family> &families, Id Child::*parentField)
    {
        for (Family &family : families) {
            auto parentId = plan.add(family.parent);
            if (!parentId.ok())
                return parentId.error();
            family.parent.id = parentId.value();
            for (Child &child : family.children) {
                child.*parentField = family.parent.id;
                auto childId = plan.add(child);
                if (!childId.ok())
                    return childId.error();
                child.id = childId.value();
            }
        }
        return {};
    }

    // Removes the parents (their children go with them) inside the caller's transaction.
    static Result<void> removeAll(Plan &plan, const QList<Family> &families)
    {
        for (const Family &family : families) {
            if (auto removed = plan.template remove<Parent>(family.parent.id); !removed.ok())
                return removed;
        }
        return {};
    }

protected:
    Result<void> apply() override
    {
        QList<Family> added = m_families;
        auto written = plan().transaction([&] { return addAll(plan(), added, m_parentField); });
        if (written.ok())
            m_families = std::move(added);
        return written;
    }

    Result<void> revert() override
    {
        return plan().transaction([this] { return removeAll(plan(), m_families); });
    }

private:
    QList<Family> m_families;
    Id Child::*m_parentField;
};

using AddSurveyCommand = AddFamiliesCommand<Survey, Question>;
using AddResponsesCommand = AddFamiliesCommand<Response, Answer>;

} // namespace cultivate
