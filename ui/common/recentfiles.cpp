// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cultivate {

namespace {

const QString Key = QStringLiteral("recentFiles");

QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, files);
}

} // namespace

QStringList recentFiles()
{
    const QStringList stored = QSettings().value(Key).toStringList();
    QStringList kept;
    for (const QString &path : stored) {
        const QString file = normalised(path);
        if (QFileInfo::exists(file) && !kept.contains(file) && kept.size() < MaxRecentFiles)
            kept << file;
    }
    if (kept != stored)
        store(kept);
    return kept;
}

void addRecentFile(const QString &path)
{
    const QString file = normalised(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    store(files);
}

void removeRecentFile(const QString &path)
{
    const QString file = normalised(path);
    QStringList files = QSettings().value(Key).toStringList();
    files.removeIf([&file](const QString &entry) { return normalised(entry) == file; });
    store(files);
}

void clearRecentFiles()
{
    store({});
}

} // namespace cultivate
