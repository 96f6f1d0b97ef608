// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/plan.h"

#include "core/storage/entitytraits.h"
#include "core/storage/interruptwatch.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace cultivate {

using storage::EntityTraits;

namespace {

constexpr char SqliteMagic[] = "SQLite format 3"; // followed by a NUL byte in the header

QString quoted(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("cultivate-plan-%1").arg(++counter);
}

} // namespace

Error sqlError(const QSqlError &error, const QString &what)
{
    const int native = error.nativeErrorCode().toInt();
    const int primary = native & 0xff;
    ErrorCode code = ErrorCode::Sql;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        code = ErrorCode::Locked;
        break;
    case 8: // SQLITE_READONLY
        code = ErrorCode::ReadOnly;
        break;
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        code = ErrorCode::Io;
        break;
    case 11: // SQLITE_CORRUPT
        code = ErrorCode::Corrupt;
        break;
    case 19: // SQLITE_CONSTRAINT
        code = ErrorCode::Constraint;
        break;
    case 26: // SQLITE_NOTADB
        code = ErrorCode::NotSqlite;
        break;
    default:
        break;
    }
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return makeError(code, QStringLiteral("%1: %2").arg(what, text));
}

Result<FileHeader> inspectPlanFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(quoted(path)));
    if (info.isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: is a folder, not a plan file").arg(quoted(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be read (%2)").arg(quoted(path), file.errorString()));
    FileHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return makeError(ErrorCode::EmptyFile,
                         QStringLiteral("%1: the file is empty (0 bytes), not a Cultivate plan").arg(quoted(path)));
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        return makeError(ErrorCode::NotSqlite,
                         QStringLiteral("%1: not a Cultivate plan (not an SQLite database)").arg(quoted(path)));

    const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
    const quint16 pageSizeField = qFromBigEndian<quint16>(raw + 16);
    header.pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 changeCounter = qFromBigEndian<quint32>(raw + 24);
    header.pageCount = qFromBigEndian<quint32>(raw + 28);
    header.userVersion = static_cast<int>(qFromBigEndian<quint32>(raw + 60));
    header.applicationId = qFromBigEndian<quint32>(raw + 68);
    const quint32 validFor = qFromBigEndian<quint32>(raw + 92);

    if (header.applicationId != static_cast<quint32>(schema::ApplicationId)) {
        return makeError(ErrorCode::NotAPlan,
                         QStringLiteral("%1: an SQLite database, but not a Cultivate plan (application id 0x%2)")
                             .arg(quoted(path))
                             .arg(header.applicationId, 8, 16, QLatin1Char('0')));
    }
    if (header.pageSize < 512) {
        return makeError(
            ErrorCode::Corrupt,
            QStringLiteral("%1: damaged plan file (invalid page size %2)").arg(quoted(path)).arg(header.pageSize));
    }
    const qint64 expected = validFor == changeCounter ? header.pageCount * header.pageSize : 0;
    if (header.fileSize % header.pageSize != 0 || header.fileSize < expected) {
        return makeError(ErrorCode::Truncated,
                         QStringLiteral("%1: the plan file is truncated (%2 bytes, expected %3)")
                             .arg(quoted(path))
                             .arg(header.fileSize)
                             .arg(std::max(expected, (header.fileSize / header.pageSize + 1) * header.pageSize)));
    }
    if (header.userVersion > schema::CurrentVersion) {
        return makeError(
            ErrorCode::NewerSchema,
            QStringLiteral("%1: written by a newer Cultivate (schema version %2; this version reads up to %3)")
                .arg(quoted(path))
                .arg(header.userVersion)
                .arg(schema::CurrentVersion));
    }
    return header;
}

namespace {

// This process's record of the plan files that passed their checks and are open here: a second
// connection to one of them (a worker thread's, a background backup's) need not read every page again.
// Keyed by device and inode, so a file replaced since (a restore) is checked again.
struct TrustedFiles {
    QMutex mutex;
    QHash<QString, int> openCount;
};

TrustedFiles &trustedFiles()
{
    static TrustedFiles files;
    return files;
}

QString fileIdentity(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

bool isTrusted(const QString &key)
{
    TrustedFiles &files = trustedFiles();
    const QMutexLocker lock(&files.mutex);
    return !key.isEmpty() && files.openCount.value(key) > 0;
}

void trust(const QString &key)
{
    TrustedFiles &files = trustedFiles();
    const QMutexLocker lock(&files.mutex);
    ++files.openCount[key];
}

void distrust(const QString &key)
{
    TrustedFiles &files = trustedFiles();
    const QMutexLocker lock(&files.mutex);
    if (--files.openCount[key] <= 0)
        files.openCount.remove(key);
}

// QLockFile creates its file 0666 less the umask; the lock file names the process and host, so it is
// made owner-only like every other file of a plan.
//
// A process killed between making its lock file and writing its name into it leaves a lock file that
// names nobody, which QLockFile never calls stale (with a stale time of 0 it trusts only the name):
// the plan would open read-only for good. Such a file, once it is a moment old, is taken over.
bool tryLockPrivately(QLockFile &lock)
{
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    const mode_t previous = ::umask(077);
    bool locked = lock.tryLock(0);
    if (!locked && lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        const QFileInfo file(lock.fileName());
        const qint64 ageMs = file.lastModified().msecsTo(QDateTime::currentDateTime());
        if (!lock.getLockInfo(&pid, &host, &application) && file.exists() && ageMs > 200) {
            lock.removeStaleLockFile();
            locked = lock.tryLock(0);
        }
    }
    ::umask(previous);
    return locked;
}

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why the lock file could not be made, in the system's words where it has some.
QString lockFailureReason(const QLockFile &lock, const QString &path)
{
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock.getLockInfo(&pid, &host, &application))
            return Plan::tr("it is open in another Cultivate window (process %1 on %2)").arg(pid).arg(host);
        return Plan::tr("it is open in another Cultivate window");
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(folder.constData(), W_OK) != 0)
        return Plan::tr("its folder is not writable (%1)").arg(systemReason(errno));
    struct statvfs fs {};
    if (::statvfs(folder.constData(), &fs) == 0 && fs.f_bavail == 0)
        return Plan::tr("its lock file cannot be written (%1)").arg(systemReason(ENOSPC));
    return Plan::tr("its lock file cannot be written");
}

QString uriFor(const QString &path, bool readOnly, const QString &vfs)
{
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                  (readOnly ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=rw"));
    if (!vfs.isEmpty())
        uri += QStringLiteral("&vfs=") + QString::fromLatin1(QUrl::toPercentEncoding(vfs));
    return uri;
}

bool hasHotJournalCandidate(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

// The rows of PRAGMA quick_check that are not "ok", as one line.
QString pageProblems(const QStringList &lines)
{
    QStringList problems;
    for (const QString &line : lines) {
        if (line != QLatin1String("ok"))
            problems << line.simplified();
    }
    if (problems.size() > 3)
        problems = problems.mid(0, 3) << QStringLiteral("…");
    return problems.join(QStringLiteral("; "));
}

Error damaged(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Corrupt, QStringLiteral("%1: damaged plan file (%2)").arg(quoted(path), reason));
}

// Renames `from` to `to` only if `to` does not exist, in one step.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // A file system without RENAME_NOREPLACE: a hard link fails on an existing name just the same.
    if (::link(source.constData(), target.constData()) != 0)
        return errno;
    ::unlink(source.constData());
    return 0;
}

int syncPath(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}

const QString CreationMarker = QStringLiteral(".creating-");

// Creations of `fileName` in `folder` whose process is gone: a kill left their temporary file.
void sweepAbandonedCreations(const QDir &folder, const QString &fileName)
{
    const QString prefix = QLatin1Char('.') + fileName + CreationMarker;
    const QStringList names = folder.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == qint64(::getpid()))
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        QFile::remove(folder.filePath(name));
    }
}

} // namespace

Plan::Plan(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(&clock)
    , m_connectionName(nextConnectionName())
{
}

Plan::~Plan()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_trustKey.isEmpty())
        distrust(m_trustKey);
}

Result<void> Plan::connect(const QString &databaseName, bool readOnly, bool uri)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList options;
    if (uri)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    if (readOnly && !databaseName.contains(QLatin1String("mode=rw")))
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_db.setDatabaseName(databaseName);
    if (!m_db.open())
        return sqlError(m_db.lastError(), QStringLiteral("%1: cannot be opened").arg(quoted(m_path)));
    m_readOnly = readOnly;

    // Read the schema first: a damaged or foreign file fails here, before any pragma runs.
    auto probe = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe.ok()) {
        Error e = probe.error();
        if (e.code == ErrorCode::Sql)
            e.code = ErrorCode::Corrupt;
        e.message = QStringLiteral("%1: damaged plan file (%2)").arg(quoted(m_path), m_db.lastError().databaseText());
        return e;
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")};
    if (readOnly)
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    for (const QString &pragma : pragmas) {
        if (auto r = exec(pragma); !r.ok())
            return r.error();
    }
    return {};
}

Result<void> Plan::readUpgradedCopy()
{
    const QString memoryName = nextConnectionName();
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), memoryName);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open())
            return sqlError(memory.lastError(), QStringLiteral("%1: cannot be read into memory").arg(quoted(m_path)));
        sqlite3 *from = storage::sqliteHandle(m_db);
        sqlite3 *to = storage::sqliteHandle(memory);
        sqlite3_backup *backup = from && to ? sqlite3_backup_init(to, "main", from, "main") : nullptr;
        const int stepped = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
        const int finished = backup ? sqlite3_backup_finish(backup) : SQLITE_ERROR;
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            memory.close();
            memory = QSqlDatabase();
            QSqlDatabase::removeDatabase(memoryName);
            return makeError(ErrorCode::Sql, QStringLiteral("%1: cannot be read into memory (%2)")
                                                 .arg(quoted(m_path), QString::fromUtf8(sqlite3_errstr(stepped))));
        }
    }
    // The file's connection closes; the copy takes its place and climbs the migration ladder.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName = memoryName;
    m_db = QSqlDatabase::database(memoryName, false);
    m_readOnly = false;
    if (auto f = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !f.ok())
        return f.error();
    if (auto m = migrate(m_schemaVersion); !m.ok())
        return m.error();
    return exec(QStringLiteral("PRAGMA query_only = ON")).ok()
               ? Result<void>{}
               : makeError(ErrorCode::Sql, QStringLiteral("%1: cannot be read").arg(quoted(m_path)));
}

Result<void> Plan::setJournalMode(const char *mode)
{
    auto r = exec(QStringLiteral("PRAGMA journal_mode = %1").arg(QLatin1String(mode)));
    if (!r.ok())
        return r.error();
    return {};
}

Result<QSqlQuery> Plan::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [this](const QSqlError &error, const QString &what) {
        Error e = sqlError(error, what);
        // SQLite says "disk I/O error" or "database or disk is full": add the system's own reason.
        const int primary = error.nativeErrorCode().toInt() & 0xff;
        if (primary == 10 || primary == 13 || primary == 14) {
            int system = 0;
            if (sqlite3 *handle = storage::sqliteHandle(m_db))
                system = sqlite3_system_errno(handle);
            if (system == 0 && primary == 13)
                system = ENOSPC;
            if (system != 0)
                e.message += QStringLiteral(" (%1)").arg(systemReason(system));
        }
        return e;
    };
    if (!query.prepare(sql))
        return failed(query.lastError(), QStringLiteral("%1: cannot prepare a statement").arg(quoted(m_path)));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query.lastError(), quoted(m_path));
    return query;
}

Result<void> Plan::ensureWritable() const
{
    if (!m_readOnly)
        return {};
    return makeError(ErrorCode::ReadOnly,
                     QStringLiteral("%1: the plan is open read-only%2")
                         .arg(quoted(m_path),
                              m_readOnlyReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_readOnlyReason)));
}

Result<void> Plan::transaction(const std::function<Result<void>()> &work)
{
    if (auto w = ensureWritable(); !w.ok())
        return w;
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    if (auto begin = exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
        !begin.ok())
        return begin.error();
    const qsizetype pendingBefore = m_pending.size();
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;

    if (result.ok()) {
        auto commit = exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (commit.ok()) {
            if (outermost) {
                const QList<Pending> pending = std::exchange(m_pending, {});
                for (const Pending &p : pending) {
                    switch (p.change) {
                    case Change::Added:
                        emit entityAdded(p.kind, p.id);
                        break;
                    case Change::Updated:
                        emit entityUpdated(p.kind, p.id);
                        break;
                    case Change::Removed:
                        emit entityRemoved(p.kind, p.id);
                        break;
                    case Change::Reset:
                        emit reset();
                        break;
                    }
                }
            }
            return {};
        }
        result = commit.error();
    }
    // A failed COMMIT leaves the transaction open: roll back in every failure path.
    if (outermost) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)exec(QStringLiteral("RELEASE ") + savepoint);
    }
    m_pending.resize(pendingBefore);
    return result;
}

void Plan::queue(Change change, EntityKind kind, Id id)
{
    m_pending.append(Pending{change, kind, id});
}

void Plan::notifyReset()
{
    if (m_transactionDepth > 0)
        queue(Change::Reset, EntityKind::Community, 0);
    else
        emit reset();
}

Result<void> Plan::migrate(int fromVersion)
{
    return transaction([&]() -> Result<void> {
        for (int version = fromVersion + 1; version <= schema::CurrentVersion; ++version) {
            for (const QString &statement : schema::migrationTo(version)) {
                if (auto r = exec(statement); !r.ok())
                    return r.error();
            }
        }
        for (const QString &pragma : {QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId),
                                      QStringLiteral("PRAGMA user_version = %1").arg(schema::CurrentVersion)}) {
            if (auto r = exec(pragma); !r.ok())
                return r.error();
        }
        // The upgraded schema must be exactly the current one before the upgrade counts.
        if (auto s = checkSchema(schema::CurrentVersion); !s.ok())
            return s;
        m_schemaVersion = schema::CurrentVersion;
        return {};
    });
}

Result<void> Plan::checkSchema(int version) const
{
    sqlite3 *handle = storage::sqliteHandle(m_db);
    if (!handle)
        return makeError(ErrorCode::Sql, QStringLiteral("%1: no SQLite connection").arg(quoted(m_path)));
    auto expected = schema::expectedCatalog(version);
    if (!expected.ok())
        return expected.error();
    auto actual = schema::readCatalog(handle);
    if (!actual.ok())
        return damaged(m_path, actual.error().message);
    const QString difference = schema::firstDifference(expected.value(), actual.value());
    if (!difference.isEmpty())
        return damaged(m_path,
                       QStringLiteral("its schema is not the one of version %1: %2").arg(version).arg(difference));
    return {};
}

Result<void> Plan::checkPagesHere() const
{
    auto quick = exec(QStringLiteral("PRAGMA quick_check"));
    if (!quick.ok())
        return damaged(m_path, quick.error().message.section(QStringLiteral(": "), 1));
    QStringList lines;
    while (quick.value().next())
        lines << quick.value().value(0).toString();
    if (quick.value().lastError().isValid())
        return damaged(m_path, quick.value().lastError().databaseText());
    if (const QString problems = pageProblems(lines); !problems.isEmpty())
        return damaged(m_path, problems);
    return {};
}

Result<void> Plan::checkPages(const QString &path, const QString &vfs, const std::atomic_bool *cancel)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = uriFor(QFileInfo(path).absoluteFilePath(), true, vfs).toUtf8();
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    QStringList lines;
    QString problem;
    if (rc == SQLITE_OK) {
        // A window that closes does not wait for the check.
        const storage::InterruptWatch watch(db, cancel);
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        if (rc != SQLITE_DONE)
            problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    } else {
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(db);
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("%1: the page check was stopped").arg(quoted(path)));
    if (problem.isEmpty())
        problem = pageProblems(lines);
    if (!problem.isEmpty())
        return damaged(path, problem);
    return {};
}

void Plan::pageCheckPassed()
{
    if (!m_pageCheckPending)
        return;
    m_pageCheckPending = false;
    if (m_writableAfterPageCheck) {
        (void)exec(QStringLiteral("PRAGMA query_only = OFF"));
        m_readOnly = false;
        m_readOnlyReason.clear();
    }
}

Result<std::unique_ptr<Plan>> Plan::initialise(std::unique_ptr<Plan> plan, const Community &community,
                                               const Seeder &seed)
{
    Community first = community;
    first.id = 1;
    if (first.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a community needs a name"));
    if (!first.startDate.isValid())
        first.startDate = plan->clock().today();
    if (!first.endDate.isValid())
        first.endDate = first.startDate.addYears(1).addDays(-1);
    if (first.timeZone.isEmpty())
        first.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (first.uid.isEmpty())
        first.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto created = plan->transaction([&]() -> Result<void> {
        if (auto m = plan->migrate(0); !m.ok())
            return m;
        if (auto c = plan->add(first); !c.ok())
            return c.error();
        return seed ? seed(*plan) : Result<void>{};
    });
    if (!created.ok())
        return created.error();
    return plan;
}

Result<std::unique_ptr<Plan>> Plan::create(const QString &path, const Community &community, const Seeder &seed,
                                           const Clock &clock, const QString &vfs)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return makeError(ErrorCode::AlreadyExists,
                         QStringLiteral("%1: already exists; choose another file name").arg(quoted(path)));
    if (!info.absoluteDir().exists())
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1: the folder %2 does not exist").arg(quoted(path), quoted(info.absolutePath())));
    if (community.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: a community needs a name").arg(quoted(path)));

    // Built under a hidden name in the same folder (so the final rename stays on one file system),
    // owner-only from its first byte. The name carries this process's id: a later creation of the
    // same plan removes what a killed one left.
    const QDir folder = info.absoluteDir();
    sweepAbandonedCreations(folder, info.fileName());
    const QString temporary =
        folder.filePath(QStringLiteral(".%1%2%3-%4")
                            .arg(info.fileName(), CreationMarker)
                            .arg(qint64(::getpid()))
                            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const int fd = ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be created (%2)").arg(quoted(path), systemReason(errno)));
    ::close(fd);

    auto plan = std::unique_ptr<Plan>(new Plan(temporary, clock));
    plan->m_vfs = vfs;
    const auto discard = [&plan, &temporary, &path](Error error) -> Result<std::unique_ptr<Plan>> {
        plan.reset();
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        // Messages name the plan the user asked for, not the temporary file.
        error.message.replace(quoted(temporary), quoted(path));
        return error;
    };
    if (auto c = plan->connect(uriFor(temporary, false, vfs), false, true); !c.ok())
        return discard(c.error());
    // The new file is thrown away on any failure: its rollback journal can live in memory.
    if (auto j = plan->setJournalMode("MEMORY"); !j.ok())
        return discard(j.error());
    auto result = initialise(std::move(plan), community, seed);
    if (!result.ok())
        return discard(result.error());
    plan = std::move(result).value();
    if (auto f = plan->finishCreation(temporary, info.absoluteFilePath()); !f.ok())
        return discard(f.error());
    return plan;
}

Result<void> Plan::finishCreation(const QString &temporary, const QString &path)
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (const int error = syncPath(temporary, false); error != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be written (%2)").arg(quoted(path), systemReason(error)));
    if (const int error = renameNoReplace(temporary, path); error != 0) {
        if (error == EEXIST)
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("%1: already exists; choose another file name").arg(quoted(path)));
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be created (%2)").arg(quoted(path), systemReason(error)));
    }
    (void)syncPath(QFileInfo(path).absolutePath(), true);

    // From here on the plan exists under its name: it is opened as any plan is, without a check of
    // what was just written.
    m_path = path;
    m_connectionName = nextConnectionName();
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->setStaleLockTime(0);
    bool readOnly = false;
    if (!tryLockPrivately(*m_lock)) {
        readOnly = true;
        m_readOnlyReason = lockFailureReason(*m_lock, m_path);
        m_lock.reset();
    }
    if (auto c = connect(uriFor(m_path, readOnly, m_vfs), readOnly, true); !c.ok())
        return c;
    if (!readOnly) {
        if (auto j = setJournalMode("DELETE"); !j.ok())
            return j;
    }
    m_schemaVersion = schema::CurrentVersion;
    m_trustKey = fileIdentity(m_path);
    if (!m_trustKey.isEmpty())
        trust(m_trustKey);
    return {};
}

Result<std::unique_ptr<Plan>> Plan::createInMemory(const Community &community, const Seeder &seed, const Clock &clock)
{
    auto plan = std::unique_ptr<Plan>(new Plan(QStringLiteral(":memory:"), clock));
    if (auto c = plan->connect(QStringLiteral(":memory:"), false, false); !c.ok())
        return c.error();
    return initialise(std::move(plan), community, seed);
}

Result<std::unique_ptr<Plan>> Plan::open(const QString &path, OpenMode mode, const Clock &clock)
{
    OpenOptions options;
    options.mode = mode;
    return open(path, options, clock);
}

Result<std::unique_ptr<Plan>> Plan::open(const QString &path, const OpenOptions &options, const Clock &clock)
{
    auto header = inspectPlanFile(path);
    if (!header.ok())
        return header.error();

    auto plan = std::unique_ptr<Plan>(new Plan(QFileInfo(path).absoluteFilePath(), clock));
    plan->m_vfs = options.vfs;
    bool readOnly = options.mode == OpenMode::ReadOnly;
    const bool writableFile = QFileInfo(path).isWritable();
    if (!readOnly && !writableFile) {
        readOnly = true;
        plan->m_readOnlyReason = Plan::tr("the file is not writable");
    }
    if (!readOnly) {
        plan->m_lock = std::make_unique<QLockFile>(lockPathFor(plan->m_path));
        plan->m_lock->setStaleLockTime(0);
        if (!tryLockPrivately(*plan->m_lock)) {
            readOnly = true;
            plan->m_readOnlyReason = lockFailureReason(*plan->m_lock, plan->m_path);
            plan->m_lock.reset();
        }
    }

    // A plan this process has open and checked is not read page by page again. A reader that finds
    // the rollback journal of an interrupted write opens the file writable (but runs no write), so
    // that SQLite puts back the last committed state before anything is read.
    const QString identity = fileIdentity(plan->m_path);
    const bool trusted = isTrusted(identity);
    const bool recoverJournal = readOnly && writableFile && !trusted && hasHotJournalCandidate(plan->m_path);
    if (auto c = plan->connect(uriFor(plan->m_path, readOnly && !recoverJournal, options.vfs), readOnly, true); !c.ok())
        return c.error();
    plan->m_schemaVersion = header.value().userVersion;
    const bool upgrade = plan->m_schemaVersion < schema::CurrentVersion;

    // Nothing is written before both checks pass.
    if (!trusted) {
        if (auto s = plan->checkSchema(plan->m_schemaVersion); !s.ok())
            return s.error();
        if (options.deferPageCheck && !upgrade) {
            plan->m_pageCheckPending = true;
        } else if (auto p = plan->checkPagesHere(); !p.ok()) {
            return p.error();
        }
    }

    if (upgrade) {
        // A plan of an older schema opened for reading (a second window, a report, `stats`, the
        // portfolio) is read through an upgraded copy in memory: the file itself is left as it is.
        if (readOnly) {
            if (auto copied = plan->readUpgradedCopy(); !copied.ok())
                return copied.error();
            if (plan->m_readOnlyReason.isEmpty())
                plan->m_readOnlyReason = Plan::tr("it was opened for reading; its older format is upgraded when "
                                                  "it is opened for editing");
        } else if (auto m = plan->migrate(plan->m_schemaVersion); !m.ok()) {
            return m.error();
        }
    }
    if (!readOnly) {
        if (auto j = plan->setJournalMode("DELETE"); !j.ok())
            return j.error();
    }
    auto community = plan->exec(QStringLiteral("SELECT count(*) FROM community WHERE id = 1"));
    if (!community.ok() || !community.value().next() || community.value().value(0).toInt() != 1)
        return damaged(path, QStringLiteral("its community record is missing"));

    plan->m_readOnly = readOnly;
    if (plan->m_pageCheckPending) {
        plan->m_writableAfterPageCheck = !readOnly;
        if (!readOnly) {
            plan->m_readOnly = true;
            plan->m_readOnlyReason = Plan::tr("its pages are being checked");
            if (auto q = plan->exec(QStringLiteral("PRAGMA query_only = ON")); !q.ok())
                return q.error();
        }
    }
    plan->m_trustKey = identity;
    if (!identity.isEmpty())
        trust(identity);
    return plan;
}

Result<Community> Plan::community() const
{
    return get<Community>(1);
}

Result<QString> Plan::integrityCheck() const
{
    auto quick = exec(QStringLiteral("PRAGMA quick_check"));
    if (!quick.ok())
        return quick.error();
    QStringList problems;
    while (quick.value().next()) {
        const QString line = quick.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    auto foreign = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreign.ok())
        return foreign.error();
    while (foreign.value().next()) {
        problems << QStringLiteral("%1 row %2 refers to a missing %3 row")
                        .arg(foreign.value().value(0).toString(), foreign.value().value(1).toString(),
                             foreign.value().value(2).toString());
    }
    if (problems.isEmpty())
        return QStringLiteral("ok");
    if (problems.size() > 5)
        problems = problems.mid(0, 5) << QStringLiteral("…");
    return problems.join(QStringLiteral("; "));
}

Result<QMap<QString, qint64>> Plan::counts() const
{
    static const QStringList tables{
        QStringLiteral("member"),       QStringLiteral("event"),          QStringLiteral("attendance"),
        QStringLiteral("contribution"), QStringLiteral("resource"),       QStringLiteral("survey"),
        QStringLiteral("response"),     QStringLiteral("story"),          QStringLiteral("recognition"),
        QStringLiteral("goal"),         QStringLiteral("checklist_item"), QStringLiteral("stage")};
    QMap<QString, qint64> result;
    for (const QString &table : tables) {
        auto q = exec(QStringLiteral("SELECT count(*) FROM ") + table);
        if (!q.ok())
            return q.error();
        q.value().next();
        result.insert(table, q.value().value(0).toLongLong());
    }
    return result;
}

// --- the typed repository -------------------------------------------------------------------

namespace {

template <class T> QString selectSql(const QString &where = {})
{
    QStringList names{QStringLiteral("id")};
    for (const auto &c : EntityTraits<T>::columns())
        names << c.name;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1Char(',')), EntityTraits<T>::table());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    return sql + QStringLiteral(" ORDER BY ") + EntityTraits<T>::orderBy();
}

template <class T> T readRow(const QSqlQuery &query)
{
    T entity;
    entity.id = query.value(0).toLongLong();
    const auto &columns = EntityTraits<T>::columns();
    for (int i = 0; i < columns.size(); ++i)
        columns[i].fromSql(entity, query.value(i + 1));
    return entity;
}

bool validColumn(const QString &name)
{
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return !name.isEmpty();
}

} // namespace

template <class T> Result<Id> Plan::add(const T &entity)
{
    Id newId = 0;
    auto r = transaction([&]() -> Result<void> {
        const auto &columns = EntityTraits<T>::columns();
        QStringList names;
        QStringList marks;
        QVariantList binds;
        if (entity.id > 0) {
            names << QStringLiteral("id");
            marks << QStringLiteral("?");
            binds << entity.id;
        }
        for (const auto &c : columns) {
            names << c.name;
            marks << QStringLiteral("?");
            binds << c.toSql(entity);
        }
        auto q = exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(EntityTraits<T>::table(), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                      binds);
        if (!q.ok())
            return q.error();
        newId = q.value().lastInsertId().toLongLong();
        for (const auto &child : EntityTraits<T>::children()) {
            for (const QVariant &value : child.values(entity)) {
                auto c = exec(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                                  .arg(child.table, child.ownerColumn, child.valueColumn),
                              {newId, value});
                if (!c.ok())
                    return c.error();
            }
        }
        queue(Change::Added, EntityTraits<T>::kind, newId);
        return {};
    });
    if (!r.ok())
        return r.error();
    return newId;
}

template <class T> Result<void> Plan::update(const T &entity)
{
    return transaction([&]() -> Result<void> {
        QStringList sets;
        QVariantList binds;
        for (const auto &c : EntityTraits<T>::columns()) {
            sets << c.name + QStringLiteral(" = ?");
            binds << c.toSql(entity);
        }
        binds << entity.id;
        auto q = exec(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(EntityTraits<T>::table(), sets.join(QLatin1Char(','))),
            binds);
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("no %1 with id %2").arg(EntityTraits<T>::table()).arg(entity.id));
        for (const auto &child : EntityTraits<T>::children()) {
            auto d =
                exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child.table, child.ownerColumn), {entity.id});
            if (!d.ok())
                return d.error();
            for (const QVariant &value : child.values(entity)) {
                auto c = exec(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                                  .arg(child.table, child.ownerColumn, child.valueColumn),
                              {entity.id, value});
                if (!c.ok())
                    return c.error();
            }
        }
        queue(Change::Updated, EntityTraits<T>::kind, entity.id);
        return {};
    });
}

template <class T> Result<void> Plan::remove(Id id)
{
    return transaction([&]() -> Result<void> {
        auto q = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(EntityTraits<T>::table()), {id});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("no %1 with id %2").arg(EntityTraits<T>::table()).arg(id));
        queue(Change::Removed, EntityTraits<T>::kind, id);
        return {};
    });
}

template <class T>
Result<void> Plan::forEach(const std::function<void(const T &)> &visit, const QString &column,
                           const QVariant &value) const
{
    if (!column.isEmpty() && !validColumn(column))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid column name %1").arg(column));
    // Child lists (aliases, story links): loaded first, keyed by owner; for a chosen column only those
    // of the rows chosen (one member's aliases, not every member's).
    const auto &children = EntityTraits<T>::children();
    QList<QHash<Id, QVariantList>> childValues(children.size());
    for (qsizetype i = 0; i < children.size(); ++i) {
        const auto &child = children[i];
        // rowid order keeps the order in which the values were given.
        auto c =
            column.isEmpty()
                ? exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1, rowid")
                           .arg(child.ownerColumn, child.valueColumn, child.table))
                : exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IN (SELECT id FROM %4 WHERE %5 = ?) "
                                      "ORDER BY %1, rowid")
                           .arg(child.ownerColumn, child.valueColumn, child.table, EntityTraits<T>::table(), column),
                       {value});
        if (!c.ok())
            return c.error();
        while (c.value().next())
            childValues[i][c.value().value(0).toLongLong()].append(c.value().value(1));
    }
    auto q = column.isEmpty() ? exec(selectSql<T>()) : exec(selectSql<T>(column + QStringLiteral(" = ?")), {value});
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        T row = readRow<T>(q.value());
        for (qsizetype i = 0; i < children.size(); ++i) {
            for (const QVariant &v : childValues[i].value(row.id))
                children[i].append(row, v);
        }
        visit(row);
    }
    if (q.value().lastError().isValid())
        return sqlError(q.value().lastError(), quoted(m_path));
    return {};
}

template <class T> Result<QList<T>> Plan::listWhere(const QString &column, const QVariant &value) const
{
    QList<T> rows;
    auto r = forEach<T>([&rows](const T &row) { rows.append(row); }, column, value);
    if (!r.ok())
        return r.error();
    return rows;
}

template <class T> Result<QList<T>> Plan::list() const
{
    return listWhere<T>(QString(), QVariant());
}

template <class T> Result<T> Plan::get(Id id) const
{
    auto rows = listWhere<T>(QStringLiteral("id"), id);
    if (!rows.ok())
        return rows.error();
    if (rows.value().isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(EntityTraits<T>::table()).arg(id));
    return rows.value().constFirst();
}

// --- what a removal takes with it ---------------------------------------------------------------

namespace {

// Which entity a table holds, or whose child list it is: restored rows are announced as changes of it.
struct TableOwner {
    EntityKind kind = EntityKind::Community;
    QString ownerColumn; // empty: the table is the entity's own
};

template <class... T> QHash<QString, TableOwner> ownersOf()
{
    QHash<QString, TableOwner> owners;
    (
        [&owners] {
            owners.insert(EntityTraits<T>::table(), TableOwner{EntityTraits<T>::kind, {}});
            for (const auto &child : EntityTraits<T>::children())
                owners.insert(child.table, TableOwner{EntityTraits<T>::kind, child.ownerColumn});
        }(),
        ...);
    return owners;
}

const QHash<QString, TableOwner> &tableOwners()
{
    static const QHash<QString, TableOwner> owners =
        ownersOf<Community, BudgetLine, Stage, ChecklistItem, Goal, GoalMeasurement, Member, Series, Event,
                 ImportRecord, Attendance, ContributionWeight, Contribution, Resource, Survey, Question, Response,
                 Answer, Story, Recognition>();
    return owners;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<void> Plan::loadForeignKeys() const
{
    if (m_foreignKeys)
        return {};
    sqlite3 *handle = storage::sqliteHandle(m_db);
    if (!handle)
        return makeError(ErrorCode::Sql, QStringLiteral("%1: no SQLite connection").arg(quoted(m_path)));
    auto keys = schema::readForeignKeys(handle);
    if (!keys.ok())
        return keys.error();
    m_foreignKeys = keys.value();
    return {};
}

Result<void> Plan::collectDependents(const QString &table, const QList<qint64> &rowids, const QStringList &skipTables,
                                     RemovalRecord &record) const
{
    if (rowids.isEmpty())
        return {};
    for (const schema::ForeignKey &key : m_foreignKeys->referring(table)) {
        if (skipTables.contains(key.table) || key.onDelete == schema::ForeignKey::OnDelete::NoAction ||
            key.onDelete == schema::ForeignKey::OnDelete::Restrict)
            continue;
        // Table and column names come from the schema itself; the ids are numbers formatted here.
        auto rows = exec(QStringLiteral("SELECT rowid, * FROM \"%1\" WHERE \"%2\" IN (SELECT \"%3\" FROM \"%4\" "
                                        "WHERE rowid IN (%5)) ORDER BY rowid")
                             .arg(key.table, key.column, key.parentColumn, table, idList(rowids)));
        if (!rows.ok())
            return rows.error();
        QSqlQuery &q = rows.value();
        const QSqlRecord columns = q.record();
        QList<qint64> deleted;
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            if (key.onDelete == schema::ForeignKey::OnDelete::Cascade) {
                const bool known =
                    std::any_of(record.m_rows.cbegin(), record.m_rows.cend(),
                                [&](const RemovalRecord::Row &r) { return r.rowid == rowid && r.table == key.table; });
                if (known)
                    continue;
                RemovalRecord::Row row{key.table, rowid, {}, {}};
                for (int i = 1; i < columns.count(); ++i) {
                    row.columns << columns.fieldName(i);
                    row.values << q.value(i);
                }
                record.m_rows << row;
                deleted << rowid;
            } else {
                record.m_cleared << RemovalRecord::Reference{key.table, rowid, key.column,
                                                             q.value(columns.indexOf(key.column))};
            }
        }
        if (q.lastError().isValid())
            return sqlError(q.lastError(), quoted(m_path));
        // The rows a cascade deletes take their own dependents with them.
        if (auto r = collectDependents(key.table, deleted, {}, record); !r.ok())
            return r;
    }
    return {};
}

template <class T> Result<RemovalRecord> Plan::dependentsOf(Id id) const
{
    if (auto k = loadForeignKeys(); !k.ok())
        return k.error();
    QStringList ownChildren;
    for (const auto &child : EntityTraits<T>::children())
        ownChildren << child.table;
    RemovalRecord record;
    if (auto r = collectDependents(EntityTraits<T>::table(), {id}, ownChildren, record); !r.ok())
        return r.error();
    return record;
}

Result<void> Plan::restoreDependents(const RemovalRecord &record)
{
    if (record.isEmpty())
        return {};
    if (auto k = loadForeignKeys(); !k.ok())
        return k;
    return transaction([&]() -> Result<void> {
        // Parents before children, and in their old order within a table.
        QList<const RemovalRecord::Row *> rows;
        for (const RemovalRecord::Row &row : record.m_rows)
            rows << &row;
        const QStringList &order = m_foreignKeys->tableOrder;
        std::stable_sort(rows.begin(), rows.end(), [&order](const auto *a, const auto *b) {
            const qsizetype ia = order.indexOf(a->table);
            const qsizetype ib = order.indexOf(b->table);
            return ia != ib ? ia < ib : a->rowid < b->rowid;
        });
        const auto &owners = tableOwners();
        for (const RemovalRecord::Row *row : rows) {
            QStringList names;
            QStringList marks;
            QVariantList binds = row->values;
            for (const QString &column : row->columns) {
                names << QStringLiteral("\"%1\"").arg(column);
                marks << QStringLiteral("?");
            }
            // A table without an id of its own (a link table) gets its old rowid back when it is free,
            // which keeps its rows in their old order.
            if (!m_foreignKeys->rowidTables.contains(row->table)) {
                auto taken = exec(QStringLiteral("SELECT 1 FROM \"%1\" WHERE rowid = ?").arg(row->table), {row->rowid});
                if (!taken.ok())
                    return taken.error();
                if (!taken.value().next()) {
                    names.prepend(QStringLiteral("rowid"));
                    marks.prepend(QStringLiteral("?"));
                    binds.prepend(row->rowid);
                }
            }
            auto inserted = exec(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                     .arg(row->table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                                 binds);
            if (!inserted.ok())
                return inserted.error();
            const auto owner = owners.constFind(row->table);
            if (owner == owners.cend())
                continue;
            if (owner->ownerColumn.isEmpty())
                queue(Change::Added, owner->kind, row->rowid);
            else
                queue(Change::Updated, owner->kind,
                      row->values.value(row->columns.indexOf(owner->ownerColumn)).toLongLong());
        }
        for (const RemovalRecord::Reference &reference : record.m_cleared) {
            auto updated = exec(
                QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE rowid = ?").arg(reference.table, reference.column),
                {reference.value, reference.rowid});
            if (!updated.ok())
                return updated.error();
            const auto owner = owners.constFind(reference.table);
            if (owner != owners.cend() && owner->ownerColumn.isEmpty())
                queue(Change::Updated, owner->kind, reference.rowid);
        }
        return {};
    });
}

#define CULTIVATE_INSTANTIATE(Type)                                                                                    \
    template Result<Id> Plan::add<Type>(const Type &);                                                                 \
    template Result<void> Plan::update<Type>(const Type &);                                                            \
    template Result<void> Plan::remove<Type>(Id);                                                                      \
    template Result<RemovalRecord> Plan::dependentsOf<Type>(Id) const;                                                 \
    template Result<Type> Plan::get<Type>(Id) const;                                                                   \
    template Result<QList<Type>> Plan::list<Type>() const;                                                             \
    template Result<QList<Type>> Plan::listWhere<Type>(const QString &, const QVariant &) const;                       \
    template Result<void> Plan::forEach<Type>(const std::function<void(const Type &)> &, const QString &,              \
                                              const QVariant &) const;

CULTIVATE_INSTANTIATE(Community)
CULTIVATE_INSTANTIATE(BudgetLine)
CULTIVATE_INSTANTIATE(Stage)
CULTIVATE_INSTANTIATE(ChecklistItem)
CULTIVATE_INSTANTIATE(Goal)
CULTIVATE_INSTANTIATE(GoalMeasurement)
CULTIVATE_INSTANTIATE(Member)
CULTIVATE_INSTANTIATE(Series)
CULTIVATE_INSTANTIATE(Event)
CULTIVATE_INSTANTIATE(ImportRecord)
CULTIVATE_INSTANTIATE(Attendance)
CULTIVATE_INSTANTIATE(ContributionWeight)
CULTIVATE_INSTANTIATE(Contribution)
CULTIVATE_INSTANTIATE(Resource)
CULTIVATE_INSTANTIATE(Survey)
CULTIVATE_INSTANTIATE(Question)
CULTIVATE_INSTANTIATE(Response)
CULTIVATE_INSTANTIATE(Answer)
CULTIVATE_INSTANTIATE(Story)
CULTIVATE_INSTANTIATE(Recognition)
CULTIVATE_INSTANTIATE(PlanSetting)
CULTIVATE_INSTANTIATE(DeskMark)
CULTIVATE_INSTANTIATE(Predecessor)
CULTIVATE_INSTANTIATE(CarriedActivity)

#undef CULTIVATE_INSTANTIATE

} // namespace cultivate
