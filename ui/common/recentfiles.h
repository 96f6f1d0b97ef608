// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cultivate {

// The recently opened plan files, kept in QSettings under "recentFiles", newest first.
inline constexpr int MaxRecentFiles = 8;

// The list without files that no longer exist; the pruned list is written back.
QStringList recentFiles();
// Puts `path` first (as an absolute path, once), keeping at most MaxRecentFiles.
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
void clearRecentFiles();

} // namespace cultivate
