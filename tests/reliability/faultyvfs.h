// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A SQLite VFS that wraps the default one and fails on purpose: the Nth write, sync or truncate of
// any file opened through it (the plan, its journal, a backup) answers an error, as a failing disk
// would. Registered under the name "faulty"; a plan opened with OpenOptions::vfs = "faulty" (or a
// "vfs=faulty" URI) goes through it. Nothing fails until arm() is called.
namespace cultivate::test::faulty {

inline constexpr const char *Name = "faulty";

enum class Mode {
    Once,     // the Nth operation fails with SQLITE_IOERR; the ones after it succeed
    DiskFull, // from the Nth operation on, writes answer SQLITE_FULL and syncs/truncates SQLITE_IOERR
};

// Registers the VFS (once; safe to call again).
void install();
// Fails the `n`th write/sync/truncate from now on (1 = the next one).
void arm(int n, Mode mode);
void disarm();
// Operations counted since arm(), and whether the armed fault was reached.
int operations();
bool fired();

} // namespace cultivate::test::faulty
