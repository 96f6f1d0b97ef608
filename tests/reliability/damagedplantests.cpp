// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A corpus of damaged plans made from a demo plan: a page overwritten at ten places, a dropped
// table, column and index, a foreign application id, schema versions 0 and 999. Every command and
// the window's way of opening refuse each one (or open it read-only, saying why), and the file stays
// byte-identical.
#include "reliabilitysupport.h"
#include "testsupport.h"

#include "core/demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace cultivate;
using test::Tally;

namespace {

struct Damage {
    QString name;
    std::function<void(const QString &path)> apply;
};

void runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QList<Damage> corpus(qint64 pages)
{
    QList<Damage> damages;
    // Ten pages spread over the file, page 1 (the header) included, each overwritten with noise.
    for (int i = 0; i < 10; ++i) {
        const qint64 page = 1 + i * (pages - 1) / 9;
        damages << Damage{QStringLiteral("page %1 of %2 overwritten").arg(page).arg(pages),
                          [page](const QString &path) {
                              QFile file(path);
                              REQUIRE(file.open(QIODevice::ReadWrite));
                              REQUIRE(file.seek((page - 1) * 4096));
                              QByteArray noise(4096, Qt::Uninitialized);
                              QRandomGenerator random{quint32(page)};
                              for (char &c : noise)
                                  c = char(random.generate() & 0xff);
                              REQUIRE(file.write(noise) == noise.size());
                          }};
    }
    damages << Damage{QStringLiteral("a dropped table"),
                      [](const QString &path) { runSql(path, "DROP TABLE story_member"); }};
    damages << Damage{QStringLiteral("a dropped column"),
                      [](const QString &path) { runSql(path, "ALTER TABLE member DROP COLUMN notes"); }};
    damages << Damage{QStringLiteral("a dropped index"),
                      [](const QString &path) { runSql(path, "DROP INDEX attendance_member"); }};
    damages << Damage{QStringLiteral("another application id"),
                      [](const QString &path) { runSql(path, "PRAGMA application_id = 1"); }};
    damages << Damage{QStringLiteral("schema version 0"),
                      [](const QString &path) { runSql(path, "PRAGMA user_version = 0"); }};
    damages << Damage{QStringLiteral("schema version 999"),
                      [](const QString &path) { runSql(path, "PRAGMA user_version = 999"); }};
    return damages;
}

} // namespace

TEST_CASE("damaged plans are refused by every command and by the window's open, and stay byte-identical")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.cop"));
    DemoOptions options;
    options.members = 40;
    options.months = 6;
    REQUIRE_OK(createDemoPlan(demo, options));
    const qint64 pages = QFileInfo(demo).size() / 4096;
    const QString csv = test::dataFile(QStringLiteral("import/members-basic.csv"));

    Tally tally(QStringLiteral("damaged plans refused"));
    int variant = 0;
    for (const Damage &damage : corpus(pages)) {
        const QString folder = dir.filePath(QStringLiteral("v%1").arg(++variant));
        REQUIRE(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("plan.cop"));
        REQUIRE(QFile::copy(demo, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        damage.apply(path);
        // SQLite's own shell edits leave no journal: the folder holds the plan alone.
        const QByteArray digest = test::fileDigest(path);
        const QStringList files = test::filesIn(folder);
        const QString out = QDir(folder).filePath(QStringLiteral("out"));

        const QList<QStringList> commands{
            {QStringLiteral("check"), path},
            {QStringLiteral("stats"), path},
            {QStringLiteral("stats"), path, QStringLiteral("--json")},
            {QStringLiteral("health"), path},
            {QStringLiteral("report"), path, QStringLiteral("-o"), out + QStringLiteral(".pdf")},
            {QStringLiteral("report"), path, QStringLiteral("-o"), out + QStringLiteral(".md")},
            {QStringLiteral("import"), path, QStringLiteral("members"), csv},
            {QStringLiteral("export"), path, QStringLiteral("json"), QStringLiteral("-o"),
             out + QStringLiteral(".json")},
            {QStringLiteral("export"), path, QStringLiteral("csv"), QStringLiteral("members"), QStringLiteral("-o"),
             out + QStringLiteral(".csv")},
            {QStringLiteral("export"), path, QStringLiteral("ics"), QStringLiteral("-o"), out + QStringLiteral(".ics")},
        };
        for (const QStringList &arguments : commands) {
            tally.trial();
            const test::Run run = test::runCultivate(arguments);
            const QString label = QStringLiteral("%1, cultivate %2").arg(damage.name, arguments.first());
            if (run.exitCode != 1)
                tally.failure(QStringLiteral("%1: exit %2 (%3)").arg(label).arg(run.exitCode).arg(run.out.left(200)));
            else if (run.err.count(QLatin1Char('\n')) != 1 || !run.err.contains(QStringLiteral("plan.cop")))
                tally.failure(QStringLiteral("%1: not one line naming the file: %2").arg(label, run.err));
            if (test::fileDigest(path) != digest)
                tally.failure(QStringLiteral("%1: the file changed").arg(label));
            if (test::filesIn(folder) != files)
                tally.failure(
                    QStringLiteral("%1: files left: %2").arg(label, test::filesIn(folder).join(QLatin1Char(' '))));
        }
        // The window opens plans as Plan::open(path) does, read-write by default.
        for (bool deferred : {false, true}) {
            tally.trial();
            OpenOptions open;
            open.deferPageCheck = deferred;
            auto plan = Plan::open(path, open);
            const QString label =
                QStringLiteral("%1, the window's open%2")
                    .arg(damage.name, deferred ? QStringLiteral(" (page check in the background)") : QString());
            if (plan.ok() && deferred && plan.value()->pageCheckPending()) {
                // Shown read-only until the check, which must then refuse it.
                if (!plan.value()->isReadOnly())
                    tally.failure(QStringLiteral("%1: writable before its check").arg(label));
                if (Plan::checkPages(path).ok())
                    tally.failure(QStringLiteral("%1: the background check passed it").arg(label));
            } else if (plan.ok() && !plan.value()->isReadOnly()) {
                tally.failure(QStringLiteral("%1: opened writable").arg(label));
            } else if (plan.ok() && plan.value()->readOnlyReason().isEmpty()) {
                tally.failure(QStringLiteral("%1: read-only without a reason").arg(label));
            } else if (!plan.ok() && plan.error().message.contains(QLatin1Char('\n'))) {
                tally.failure(QStringLiteral("%1: the reason is not one line").arg(label));
            }
            plan = Result<std::unique_ptr<Plan>>(makeError(ErrorCode::Io, {}));
            if (test::fileDigest(path) != digest)
                tally.failure(QStringLiteral("%1: the file changed").arg(label));
            if (test::filesIn(folder) != files)
                tally.failure(
                    QStringLiteral("%1: files left: %2").arg(label, test::filesIn(folder).join(QLatin1Char(' '))));
        }
    }
    INFO(tally.details().join(QLatin1Char('\n')).toStdString());
    CHECK(tally.failures() == 0);
}
