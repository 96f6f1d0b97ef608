// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

#include <QDateTime>

#include <atomic>
#include <optional>

namespace cultivate {

class TaskRunner;

struct BackupInfo {
    QString path;
    QDateTime taken;
    qint64 size = 0;
};

// Rotating backups of one plan in a folder of their own. A backup is a complete plan file made with
// SQLite's online backup API, checked with quick_check before it replaces nothing and counts.
class BackupStore {
public:
    // `folder` is created when needed (owner-only, 0700); at most `keep` backups are kept, the oldest
    // go first. `vfs` names the SQLite VFS the copies are written through (tests that inject faults).
    explicit BackupStore(QString folder, int keep = 10, QString vfs = {});

    // The default folder for a plan's backups: the application's data folder, one sub-folder per plan.
    static QString defaultFolderFor(const QString &planPath);

    QString folder() const { return m_folder; }
    int keep() const { return m_keep; }

    // When `cancel` becomes true the copy stops within a step, leaves no file and returns an error.
    Result<BackupInfo> backUp(const Plan &plan, const std::atomic_bool *cancel = nullptr);
    // Newest first.
    QList<BackupInfo> list() const;
    // The newest backup that opens and passes every check of a plan, if any.
    std::optional<BackupInfo> newestGood() const;
    // Replaces the plan file at `planPath` with the backup, atomically. The plan must be closed.
    // The current file is first kept as a backup of its own, so a restore can be undone; a current
    // file that is damaged is kept byte for byte beside the backups ("….cop.damaged").
    Result<void> restore(const BackupInfo &backup, const QString &planPath);

private:
    void rotate() const;

    QString m_folder;
    int m_keep = 10;
    QString m_vfs;
};

// Takes a backup when a plan is opened and, while it changes, at most once an hour.
class BackupScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    BackupScheduler(Plan &plan, BackupStore store, QObject *parent = nullptr);
    ~BackupScheduler() override; // cancels a backup still running on the worker thread

    // Backs up now, on this thread. Errors are returned, never thrown at the user's work.
    Result<BackupInfo> backUpNow();
    // Backs up if the plan changed since the last backup and an hour has passed. Returns whether
    // a backup was taken; call it from a timer.
    Result<bool> tick();

    // The same two for a window: the copy runs on a worker thread with its own read-only
    // connection, and backupFinished() reports the outcome. False when one is still running.
    bool startBackUp();
    Result<bool> tickInBackground();

    const BackupStore &store() const { return m_store; }

signals:
    // `detail` is the backup's path, or the reason it failed.
    void backupFinished(bool ok, const QString &detail);

private:
    void markChanged() { m_changed = true; }
    bool due() const;

    Plan &m_plan;
    BackupStore m_store;
    QDateTime m_last;
    bool m_changed = false;
    TaskRunner *m_runner = nullptr; // the copies of startBackUp()
};

} // namespace cultivate
