// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <thread>

struct sqlite3;

namespace cultivate::storage {

// Interrupts what runs on `db` soon after `cancel` is set (polled every few milliseconds on a thread
// of its own). SQLite's progress handler is not enough for a page check: `PRAGMA quick_check` runs as
// one step of SQLite's machine, which the handler never sees, but it honours sqlite3_interrupt().
// Destroy the watch before closing `db`. Does nothing when `cancel` is null.
class InterruptWatch {
public:
    InterruptWatch(sqlite3 *db, const std::atomic_bool *cancel);
    ~InterruptWatch() = default; // stops and joins the watching thread
    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;

private:
    std::jthread m_watch;
};

} // namespace cultivate::storage
