// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/interruptwatch.h"

#include <sqlite3.h>

#include <chrono>

namespace cultivate::storage {

InterruptWatch::InterruptWatch(sqlite3 *db, const std::atomic_bool *cancel)
{
    if (!db || !cancel)
        return;
    m_watch = std::jthread([db, cancel](const std::stop_token &stop) {
        using namespace std::chrono_literals;
        while (!stop.stop_requested()) {
            if (cancel->load()) {
                sqlite3_interrupt(db);
                return;
            }
            std::this_thread::sleep_for(5ms);
        }
    });
}

} // namespace cultivate::storage
