// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backupstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QThread>

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
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Creates an empty owner-only file, so SQLite writes the copy into it with those permissions.
Result<void> createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be created (%2)")
                                            .arg(native(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::close(fd);
    return {};
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Copies `source` (an open connection) into a new file at `target` and checks the copy. Stops, as a
// failure, once `cancel` is set.
Result<void> copyDatabase(sqlite3 *source, const QString &target, const std::atomic_bool *cancel = nullptr)
{
    if (auto r = createPrivateFile(target); !r.ok())
        return r;
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    QString problem;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // A slice of pages per step: between steps the source is unlocked, so the window's own
            // writes never wait long; when one lands, SQLite restarts the copy from the first page.
            do {
                rc = cancelled(cancel) ? SQLITE_INTERRUPT : sqlite3_backup_step(backup, 1024);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                problem = QString::fromUtf8(sqlite3_errstr(rc));
        } else {
            problem = QString::fromUtf8(sqlite3_errmsg(dest));
        }
    } else {
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (problem.isEmpty()) {
        if (cancel) {
            sqlite3_progress_handler(
                dest, 1000, [](void *flag) { return cancelled(static_cast<const std::atomic_bool *>(flag)) ? 1 : 0; },
                const_cast<std::atomic_bool *>(cancel));
        }
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
        QFile::remove(target);
        return makeError(ErrorCode::Io, QStringLiteral("%1: backup failed: %2").arg(native(target), problem));
    }
    return {};
}

} // namespace

BackupStore::BackupStore(QString folder, int keep)
    : m_folder(std::move(folder))
    , m_keep(std::max(1, keep))
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
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: the backup folder cannot be created").arg(native(m_folder)));
    sqlite3 *source = handleOf(plan.database());
    if (!source)
        return makeError(ErrorCode::Sql,
                         QStringLiteral("%1: no SQLite connection to back up").arg(native(plan.path())));

    const QDateTime now = plan.clock().now();
    const QString stem = QFileInfo(plan.path()).completeBaseName();
    QString target = QDir(m_folder).filePath(QStringLiteral("%1-%2.cop").arg(stem, now.toString(StampFormat)));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.cop").arg(stem, now.toString(StampFormat)).arg(n));
    const QString partial = target + QStringLiteral(".part");
    if (auto r = copyDatabase(source, partial, cancel); !r.ok())
        return r.error();
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QStringLiteral("%1: the backup cannot be stored").arg(native(target)));
    }
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

Result<void> BackupStore::restore(const BackupInfo &backup, const QString &planPath)
{
    // The backup must itself be a sound plan.
    auto source = Plan::open(backup.path, OpenMode::ReadOnly);
    if (!source.ok())
        return source.error();
    auto integrity = source.value()->integrityCheck();
    if (!integrity.ok())
        return integrity.error();
    if (integrity.value() != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1: the backup is damaged (%2)").arg(native(backup.path), integrity.value()));

    // Keep the current plan first, when it is still readable, so the restore can be reversed.
    if (QFileInfo::exists(planPath)) {
        auto current = Plan::open(planPath, OpenMode::ReadOnly);
        if (current.ok()) {
            if (auto kept = backUp(*current.value()); !kept.ok())
                return kept.error();
        }
    }
    const QString partial =
        QFileInfo(planPath).absoluteDir().filePath(QStringLiteral(".%1.restoring").arg(QFileInfo(planPath).fileName()));
    if (auto r = copyDatabase(handleOf(source.value()->database()), partial); !r.ok())
        return r;
    source.value().reset();
    // rename(2) replaces the old file in one step.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(planPath).constData()) != 0) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be replaced (%2)")
                                            .arg(native(planPath), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

BackupScheduler::BackupScheduler(Plan &plan, BackupStore store, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_store(std::move(store))
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

BackupScheduler::~BackupScheduler()
{
    if (m_worker) {
        // Closing a large plan must not wait for its copy: the plan file itself is complete.
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

bool BackupScheduler::startBackUp()
{
    if (m_worker && !m_worker->isFinished())
        return false;
    delete m_worker;
    m_last = m_plan.clock().now();
    m_changed = false;
    // The worker opens its own read-only connection: a connection belongs to the thread that opened it.
    m_worker = QThread::create(
        [this, path = m_plan.path(), folder = m_store.folder(), keep = m_store.keep(), clock = &m_plan.clock()] {
            BackupStore store(folder, keep);
            auto plan = Plan::open(path, OpenMode::ReadOnly, *clock);
            Result<BackupInfo> taken =
                plan.ok() ? store.backUp(*plan.value(), &m_cancel) : Result<BackupInfo>(plan.error());
            if (m_cancel)
                return;
            const QString message = taken.ok() ? taken.value().path : taken.error().message;
            const bool ok = taken.ok();
            QMetaObject::invokeMethod(
                this, [this, ok, message] { emit backupFinished(ok, message); }, Qt::QueuedConnection);
        });
    m_worker->start(QThread::LowPriority);
    return true;
}

Result<bool> BackupScheduler::tickInBackground()
{
    return due() && startBackUp();
}

} // namespace cultivate
