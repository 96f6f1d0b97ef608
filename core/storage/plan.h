// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/model/entities.h"
#include "core/storage/entitykind.h"
#include "core/storage/removalrecord.h"
#include "core/storage/schemacatalog.h"

#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace cultivate {

enum class OpenMode { ReadWrite, ReadOnly };

// How a plan is opened. Every open checks, before anything is written, that the file's schema is
// exactly the one its version promises and that every page reads back sound (PRAGMA quick_check).
struct OpenOptions {
    OpenMode mode = OpenMode::ReadWrite;
    // The page check reads the whole file (about a second per few hundred MB). A window may leave it
    // to checkPages() on another thread: the plan then stays read-only until pageCheckPassed().
    // Ignored when the plan needs an upgrade (that is checked in full first).
    bool deferPageCheck = false;
    // The SQLite VFS to open the file through; empty for the default. Tests that inject faults use it.
    QString vfs{};
};

// Plans at least this large are checked in the background by the window (the check costs about
// 0.3 s per 100 MB here: below this size it stays well inside the one-second open budget).
inline constexpr qint64 BackgroundPageCheckBytes = qint64(64) << 20;

// What the first 100 bytes of a file say, read without SQLite so that a refused file is never
// touched by it.
struct FileHeader {
    qint64 fileSize = 0;
    int pageSize = 0;
    qint64 pageCount = 0;
    quint32 applicationId = 0;
    int userVersion = 0;
};
Result<FileHeader> inspectPlanFile(const QString &path);

// One community's plan: one SQLite file, one writer. Every write commits at once (or, inside
// transaction(), when the outermost transaction commits). Change signals are emitted only after
// the commit; a rolled-back transaction emits nothing.
class Plan final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Plan)

public:
    using Seeder = std::function<Result<void>(Plan &)>;

    ~Plan() override;

    // Creates a new plan file (0600). Refuses an existing path. The plan is built under a hidden
    // temporary name in the same folder (`seed` runs inside the creation transaction) and renamed into
    // place only when complete, so an interrupted or failed creation leaves nothing under `path`.
    // Every way of making a plan (new, demo, a renewal) goes through here with its own seeder.
    static Result<std::unique_ptr<Plan>> create(const QString &path, const Community &community,
                                                const Seeder &seed = {}, const Clock &clock = Clock::system(),
                                                const QString &vfs = {});
    // A plan in memory, for tests and previews.
    static Result<std::unique_ptr<Plan>> createInMemory(const Community &community, const Seeder &seed = {},
                                                        const Clock &clock = Clock::system());
    // Opens an existing plan. Refuses (and leaves untouched) anything that is not a plan of a schema
    // this build understands. When another process holds the plan, a ReadWrite request falls back to
    // a read-only plan whose readOnlyReason() says why.
    // A damaged plan (a page that does not read back sound, a schema that is not exactly its version's)
    // is refused with ErrorCode::Corrupt and left byte-for-byte untouched.
    static Result<std::unique_ptr<Plan>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite,
                                              const Clock &clock = Clock::system());
    static Result<std::unique_ptr<Plan>> open(const QString &path, const OpenOptions &options,
                                              const Clock &clock = Clock::system());

    // The page check of a plan file on a read-only connection of its own: safe on any thread.
    // Corrupt with the reason when a page is damaged; Cancelled soon after `cancel` is set.
    static Result<void> checkPages(const QString &path, const QString &vfs = {},
                                   const std::atomic_bool *cancel = nullptr);
    // Whether the page check of a plan opened with deferPageCheck is still to come.
    bool pageCheckPending() const { return m_pageCheckPending; }
    // Ends a deferred page check that passed: the plan becomes writable unless it is read-only for
    // another reason.
    void pageCheckPassed();
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString vfs() const { return m_vfs; }
    int schemaVersion() const { return m_schemaVersion; }
    const Clock &clock() const { return *m_clock; }
    QSqlDatabase database() const { return m_db; }

    // Typed repository API, one instantiation per entity of model/entities.h.
    template <class T> Result<Id> add(const T &entity); // entity.id > 0 re-creates that id (undo of a removal)
    template <class T> Result<void> update(const T &entity);
    template <class T> Result<void> remove(Id id);
    template <class T> Result<T> get(Id id) const;
    template <class T> Result<QList<T>> list() const;
    template <class T> Result<QList<T>> listWhere(const QString &column, const QVariant &value) const;
    // Streams every row (optionally where column = value) to `visit` without holding them all.
    template <class T>
    Result<void> forEach(const std::function<void(const T &)> &visit, const QString &column = {},
                         const QVariant &value = {}) const;

    Result<Community> community() const;

    // What removing the row `id` of T takes with it, read from the schema's foreign keys: the rows that
    // ON DELETE CASCADE deletes (through every level) and the references ON DELETE SET NULL clears. The
    // rows that add<T>() itself writes (T's child lists) are left out, so that add<T>() followed by
    // restoreDependents() inside one transaction puts back exactly what the removal took.
    template <class T> Result<RemovalRecord> dependentsOf(Id id) const;
    // Re-creates the recorded rows with their ids and writes the cleared references back.
    Result<void> restoreDependents(const RemovalRecord &record);

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT (a SAVEPOINT when nested). Any failure of `work`
    // or of the commit rolls everything back and is returned.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // Runs one statement with bound parameters (writes go through transaction()).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;

    // PRAGMA quick_check plus foreign_key_check: "ok" or a description of the first problems.
    Result<QString> integrityCheck() const;
    // Rows per table, for `cultivate check`.
    Result<QMap<QString, qint64>> counts() const;

    // Announces a bulk change made with exec() inside transaction() (imports, generators).
    void notifyReset();

signals:
    void entityAdded(cultivate::EntityKind kind, cultivate::Id id);
    void entityUpdated(cultivate::EntityKind kind, cultivate::Id id);
    void entityRemoved(cultivate::EntityKind kind, cultivate::Id id);
    void reset();

private:
    enum class Change { Added, Updated, Removed, Reset };
    struct Pending {
        Change change;
        EntityKind kind;
        Id id;
    };

    Plan(QString path, const Clock &clock);
    static Result<std::unique_ptr<Plan>> initialise(std::unique_ptr<Plan> plan, const Community &community,
                                                    const Seeder &seed);
    Result<void> connect(const QString &databaseName, bool readOnly, bool uri);
    Result<void> setJournalMode(const char *mode);
    // Replaces the file's connection by an in-memory copy of the plan brought up to this build's
    // schema, for reading an older plan without writing to it.
    Result<void> readUpgradedCopy();
    Result<void> checkSchema(int version) const;
    Result<void> checkPagesHere() const;
    Result<void> migrate(int fromVersion);
    Result<void> finishCreation(const QString &temporary, const QString &path);
    Result<void> collectDependents(const QString &table, const QList<qint64> &rowids, const QStringList &skipTables,
                                   RemovalRecord &record) const;
    Result<void> loadForeignKeys() const;
    Result<void> ensureWritable() const;
    void queue(Change change, EntityKind kind, Id id);

    QString m_path;
    const Clock *m_clock = nullptr;
    QSqlDatabase m_db;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_vfs;
    bool m_pageCheckPending = false;
    bool m_writableAfterPageCheck = false;
    QString m_trustKey; // this process's record that the file passed its checks (empty: not registered)
    mutable std::optional<schema::ForeignKeys> m_foreignKeys; // read on first use
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QList<Pending> m_pending;
};

// Maps a failed statement to an Error with a code; `what` says what was being done.
Error sqlError(const QSqlError &error, const QString &what);

} // namespace cultivate
