// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/storage/plan.h"

#include <functional>

namespace cultivate {

// The rows that go, or lose a reference, when one row is removed (the schema's ON DELETE CASCADE
// and SET NULL), taken before the removal so that restore() puts every one of them back exactly.
class RowSnapshot {
public:
    // Snapshots what removing `entity` takes with it. Fails if core cannot list the rows.
    template <class T> static Result<RowSnapshot> of(const Plan &plan, const T &entity);

    // Re-creates the cascaded rows with their ids and rewrites the rows whose reference was nulled.
    // Call it inside the transaction that re-created the removed row.
    Result<void> restore(Plan &plan) const;

private:
    // Rows removed with the entity: re-added with their ids.
    template <class Row> Result<void> readd(const Plan &plan, const QString &column, Id id);
    // Rows that only lose their reference: written back as they were.
    template <class Row> Result<void> rewrite(const Plan &plan, const QString &column, Id id);

    QList<std::function<Result<void>(Plan &)>> m_steps{};
};

template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Event &event);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Stage &stage);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Series &series);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Goal &goal);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Survey &survey);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Question &question);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Response &response);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Story &story);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Member &member);
template <> Result<RowSnapshot> RowSnapshot::of(const Plan &plan, const Resource &resource);

} // namespace cultivate
