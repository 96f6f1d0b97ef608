// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backupstore.h"

#include "core/export/atomicfile.h"
#include "core/storage/interruptwatch.h"
#include "core/storage/plantask.h"
#include "core/storage/sqlitehandle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cultivate {

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    return storage::sqliteHandle(db);
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Copies `source` (an open connection) into `target`'s temporary file through SQLite's online backup,
// checks the copy with quick_check, and renames it into place. Stops, as a failure that leaves no
// file, once `cancel` is set.
Result<void> copyDatabase(sqlite3 *source, AtomicFile &target, const QString &vfs,
                          const std::atomic_bool *cancel = nullptr)
{
    if (auto r = target.open(); !r.ok())
        return r;
    sqlite3 *dest = nullptr;
    const QByteArray vfsName = vfs.toUtf8();
    int rc = sqlite3_open_v2(QFile::encodeName(target.temporaryPath()).constData(), &dest, SQLITE_OPEN_READWRITE,
                             vfs.isEmpty() ? nullptr : vfsName.constData());
    QString problem;
    if (rc == SQLITE_OK) {
        sqlite3_exec(dest, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // A slice of pages per step: between steps the source is unlocked, so the window's own
            // writes never wait long; when one lands, SQLite restarts the copy from the first page.
            do {
                rc = cancelled(cancel) ? SQLITE_INTERRUPT : sqlite3_backup_step(backup, 1024);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE) {
                problem = QString::fromUtf8(sqlite3_errstr(rc));
                if (const int system = sqlite3_system_errno(dest); system != 0)
                    problem = systemErrorText(system);
                else if ((rc & 0xff) == SQLITE_FULL)
                    problem = systemErrorText(ENOSPC);
            }
        } else {
            problem = QString::fromUtf8(sqlite3_errmsg(dest));
        }
    } else {
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (problem.isEmpty()) {
        // The check is one long step of SQLite's machine: only an interrupt stops it early.
        const storage::InterruptWatch watch(dest, cancel);
        sqlite3_stmt *check = nullptr;
        if (sqlite3_prepare_v2(dest, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK &&
            sqlite3_step(check) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check, 0));
            if (!text || qstrcmp(text, "ok") != 0)
                problem = QStringLiteral("the copy failed its check (%1)").arg(QString::fromUtf8(text ? text : ""));
        } else {
            problem = QString::fromUtf8(sqlite3_errmsg(dest));
        }
        sqlite3_finalize(check);
    }
    sqlite3_close(dest);
    if (!problem.isEmpty()) {
        target.discard();
        return makeError(ErrorCode::Io, QStringLiteral("%1: backup failed (%2)").arg(native(target.path()), problem));
    }
    return target.commit();
}

// Keeps the bytes of a plan that cannot be opened, so that replacing it loses nothing.
Result<void> keepDamaged(const QString &planPath, const QString &target)
{
    QFile in(planPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be read (%2)").arg(native(planPath), in.errorString()));
    return writeAtomically(target, [&in](QIODevice &out) -> Result<void> {
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                return makeError(ErrorCode::Io, in.errorString());
            if (out.write(chunk) != chunk.size())
                return makeError(ErrorCode::Io, out.errorString());
        }
        return {};
    });
}

} // namespace

BackupStore::BackupStore(QString folder, int keep, QString vfs)
    : m_folder(std::move(folder))
    , m_keep(std::max(1, keep))
    , m_vfs(std::move(vfs))
{
}

QString BackupStore::defaultFolderFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    const QByteArray key =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/%1-%2").arg(info.completeBaseName(), QString::fromLatin1(key)));
}

Result<BackupInfo> BackupStore::backUp(const Plan &plan, const std::atomic_bool *cancel)
{
    if (auto made = makePrivateFolder(m_folder); !made.ok())
        return made.error();
    sqlite3 *source = handleOf(plan.database());
    if (!source)
        return makeError(ErrorCode::Sql,
                         QStringLiteral("%1: no SQLite connection to back up").arg(native(plan.path())));

    const QDateTime now = plan.clock().now();
    const QString stem = QFileInfo(plan.path()).completeBaseName();
    QString target = QDir(m_folder).filePath(QStringLiteral("%1-%2.cop").arg(stem, now.toString(StampFormat)));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.cop").arg(stem, now.toString(StampFormat)).arg(n));
    AtomicFile file(target);
    if (auto r = copyDatabase(source, file, m_vfs, cancel); !r.ok())
        return r.error();
    rotate();
    return BackupInfo{target, now, QFileInfo(target).size()};
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> backups;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.cop")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        // The stamp is the name's last two dash-separated parts (a counter may follow).
        const QStringList parts = file.completeBaseName().split(QLatin1Char('-'));
        QDateTime taken;
        for (qsizetype i = parts.size() - 2; i >= 0 && !taken.isValid(); --i)
            taken = QDateTime::fromString(parts.at(i) + QLatin1Char('-') + parts.at(i + 1), StampFormat);
        backups.append(BackupInfo{file.absoluteFilePath(), taken, file.size()});
    }
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo &a, const BackupInfo &b) { return a.taken > b.taken; });
    return backups;
}

void BackupStore::rotate() const
{
    const QList<BackupInfo> backups = list();
    for (qsizetype i = m_keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

std::optional<BackupInfo> BackupStore::newestGood() const
{
    for (const BackupInfo &backup : list()) {
        if (Plan::open(backup.path, OpenMode::ReadOnly).ok())
            return backup;
    }
    return std::nullopt;
}

Result<void> BackupStore::restore(const BackupInfo &backup, const QString &planPath)
{
    // The backup must itself be a sound plan (open() checks its pages and its schema).
    OpenOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    auto source = Plan::open(backup.path, readOnly);
    if (!source.ok())
        return source.error();
    auto integrity = source.value()->integrityCheck();
    if (!integrity.ok())
        return integrity.error();
    if (integrity.value() != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1: the backup is damaged (%2)").arg(native(backup.path), integrity.value()));

    // Keep the current plan first, so the restore can be reversed: as a backup when it still opens,
    // else its bytes as they are.
    if (QFileInfo::exists(planPath)) {
        auto current = Plan::open(planPath, OpenMode::ReadOnly);
        if (current.ok()) {
            if (auto kept = backUp(*current.value()); !kept.ok())
                return kept.error();
        } else {
            if (auto made = makePrivateFolder(m_folder); !made.ok())
                return made;
            const QString stem = QFileInfo(planPath).completeBaseName();
            const QString target = QDir(m_folder).filePath(
                QStringLiteral("%1-%2.cop.damaged").arg(stem, QDateTime::currentDateTime().toString(StampFormat)));
            if (auto kept = keepDamaged(planPath, target); !kept.ok())
                return kept;
        }
    }
    // Written beside the plan and renamed over it in one step.
    AtomicFile file(planPath);
    return copyDatabase(handleOf(source.value()->database()), file, m_vfs);
}

BackupScheduler::BackupScheduler(Plan &plan, BackupStore store, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_store(std::move(store))
    , m_runner(new TaskRunner(this))
{
    connect(&plan, &Plan::entityAdded, this, &BackupScheduler::markChanged);
    connect(&plan, &Plan::entityUpdated, this, &BackupScheduler::markChanged);
    connect(&plan, &Plan::entityRemoved, this, &BackupScheduler::markChanged);
    connect(&plan, &Plan::reset, this, &BackupScheduler::markChanged);
}

Result<BackupInfo> BackupScheduler::backUpNow()
{
    auto backup = m_store.backUp(m_plan);
    if (backup.ok()) {
        m_last = backup.value().taken;
        m_changed = false;
    }
    return backup;
}

Result<bool> BackupScheduler::tick()
{
    if (!due())
        return false;
    auto backup = backUpNow();
    if (!backup.ok())
        return backup.error();
    return true;
}

bool BackupScheduler::due() const
{
    return m_changed && (!m_last.isValid() || m_last.secsTo(m_plan.clock().now()) >= 3600);
}

// Closing a large plan must not wait for its copy (the plan file itself is complete): the runner,
// destroyed with the scheduler, cancels the copy and waits only for it to stop.
BackupScheduler::~BackupScheduler() = default;

bool BackupScheduler::startBackUp()
{
    if (m_runner->hasWorkers())
        return false;
    m_last = m_plan.clock().now();
    m_changed = false;
    // The copy is checked page by page as it is made; the window checks the plan's own pages.
    startOnPlan<BackupInfo>(
        *m_runner, m_plan,
        [store = m_store](const Plan &plan, TaskControl &control) mutable {
            return store.backUp(plan, control.flag());
        },
        [this](Result<BackupInfo> taken) {
            if (taken.ok())
                emit backupFinished(true, taken.value().path);
            else
                emit backupFinished(false, taken.error().message);
        });
    return true;
}

Result<bool> BackupScheduler::tickInBackground()
{
    return due() && startBackUp();
}

} // namespace cultivate
