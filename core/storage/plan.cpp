// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/plan.h"

#include "core/storage/entitytraits.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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
}

Result<void> Plan::connect(const QString &databaseName, bool readOnly, bool uri)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList options;
    if (uri)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    if (readOnly)
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
    else
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE");
    for (const QString &pragma : pragmas) {
        if (auto r = exec(pragma); !r.ok())
            return r.error();
    }
    return {};
}

Result<QSqlQuery> Plan::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), QStringLiteral("%1: cannot prepare a statement").arg(quoted(m_path)));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), quoted(m_path));
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
        m_schemaVersion = schema::CurrentVersion;
        return {};
    });
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
                                           const Clock &clock)
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

    // Create the file ourselves so that it is owner-only from the first byte.
    const QByteArray nativePath = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be created (%2)")
                                            .arg(quoted(path), QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);

    auto plan = std::unique_ptr<Plan>(new Plan(info.absoluteFilePath(), clock));
    plan->m_lock = std::make_unique<QLockFile>(lockPathFor(plan->m_path));
    plan->m_lock->setStaleLockTime(0);
    const auto discard = [&plan, &path](Error error) -> Result<std::unique_ptr<Plan>> {
        plan.reset();
        QFile::remove(path);
        return error;
    };
    if (!plan->m_lock->tryLock(0))
        return discard(makeError(ErrorCode::Locked, QStringLiteral("%1: cannot be locked").arg(quoted(path))));
    const QString uri = QUrl::fromLocalFile(plan->m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=rw");
    if (auto c = plan->connect(uri, false, true); !c.ok())
        return discard(c.error());
    auto result = initialise(std::move(plan), community, seed);
    if (!result.ok()) {
        QFile::remove(path);
        return result.error();
    }
    return result;
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
    auto header = inspectPlanFile(path);
    if (!header.ok())
        return header.error();

    auto plan = std::unique_ptr<Plan>(new Plan(QFileInfo(path).absoluteFilePath(), clock));
    bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly && !QFileInfo(path).isWritable()) {
        readOnly = true;
        plan->m_readOnlyReason = QObject::tr("the file is not writable");
    }
    if (!readOnly) {
        plan->m_lock = std::make_unique<QLockFile>(lockPathFor(plan->m_path));
        plan->m_lock->setStaleLockTime(0);
        if (!plan->m_lock->tryLock(0)) {
            readOnly = true;
            qint64 pid = 0;
            QString host;
            QString application;
            if (plan->m_lock->error() == QLockFile::LockFailedError &&
                plan->m_lock->getLockInfo(&pid, &host, &application)) {
                plan->m_readOnlyReason =
                    QObject::tr("it is open in another Cultivate window (process %1 on %2)").arg(pid).arg(host);
            } else if (plan->m_lock->error() == QLockFile::LockFailedError) {
                plan->m_readOnlyReason = QObject::tr("it is open in another Cultivate window");
            } else {
                plan->m_readOnlyReason = QObject::tr("its folder is not writable");
            }
            plan->m_lock.reset();
        }
    }

    const QString uri = QUrl::fromLocalFile(plan->m_path).toString(QUrl::FullyEncoded) +
                        (readOnly ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=rw"));
    if (auto c = plan->connect(uri, readOnly, true); !c.ok())
        return c.error();
    plan->m_schemaVersion = header.value().userVersion;

    if (plan->m_schemaVersion < schema::CurrentVersion) {
        if (readOnly) {
            return makeError(ErrorCode::ReadOnly,
                             QStringLiteral("%1: needs an upgrade to schema version %2, but is open read-only (%3)")
                                 .arg(quoted(path))
                                 .arg(schema::CurrentVersion)
                                 .arg(plan->m_readOnlyReason));
        }
        if (auto m = plan->migrate(plan->m_schemaVersion); !m.ok())
            return m.error();
    }
    auto community = plan->exec(QStringLiteral("SELECT count(*) FROM community WHERE id = 1"));
    if (!community.ok() || !community.value().next() || community.value().value(0).toInt() != 1) {
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1: damaged plan file (its community record is missing)").arg(quoted(path)));
    }
    plan->m_readOnly = readOnly;
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
    // Child lists (aliases, story links) are small: load them first, keyed by owner.
    const auto &children = EntityTraits<T>::children();
    QList<QHash<Id, QVariantList>> childValues(children.size());
    for (qsizetype i = 0; i < children.size(); ++i) {
        const auto &child = children[i];
        // rowid order keeps the order in which the values were given.
        auto c = exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1, rowid")
                          .arg(child.ownerColumn, child.valueColumn, child.table));
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

#define CULTIVATE_INSTANTIATE(Type)                                                                                    \
    template Result<Id> Plan::add<Type>(const Type &);                                                                 \
    template Result<void> Plan::update<Type>(const Type &);                                                            \
    template Result<void> Plan::remove<Type>(Id);                                                                      \
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

#undef CULTIVATE_INSTANTIATE

} // namespace cultivate
