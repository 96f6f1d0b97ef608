// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/storage/plan.h"

namespace cultivate {

// The rows that go, or lose a reference, when one row is removed (the schema's ON DELETE CASCADE
// and SET NULL), taken before the removal so that restore() puts every one of them back exactly.
// Storage reads them from the schema's foreign keys: a new table or key needs no change here.
class RowSnapshot {
public:
    // Snapshots what removing `entity` takes with it. Fails if core cannot list the rows.
    template <class T> static Result<RowSnapshot> of(const Plan &plan, const T &entity)
    {
        auto record = plan.dependentsOf<T>(entity.id);
        if (!record.ok())
            return record.error();
        RowSnapshot snapshot;
        snapshot.m_record = std::move(record).value();
        return snapshot;
    }

    // Re-creates the cascaded rows with their ids and rewrites the rows whose reference was nulled.
    // Call it inside the transaction that re-created the removed row.
    Result<void> restore(Plan &plan) const;

    const RemovalRecord &record() const { return m_record; }

private:
    RemovalRecord m_record{};
};

} // namespace cultivate
