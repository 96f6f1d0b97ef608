// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cultivate::schema {

// 'CULT' — PRAGMA application_id of every plan file.
inline constexpr qint32 ApplicationId = 0x43554C54;
// PRAGMA user_version written by this build. Older files climb the ladder on open.
inline constexpr int CurrentVersion = 4;

// The statements that take a plan from version `toVersion - 1` to `toVersion`. Frozen once
// released: a change to the schema is a new rung, never an edit of an old one.
QStringList migrationTo(int toVersion);

} // namespace cultivate::schema
