// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The program office's portfolio (SPEC §11) below the GUI and on the command line: a folder of good,
// damaged, newer, empty and locked plans gives one row each, in order, with the reasons of those that
// cannot be read; nothing in the folder changes (no lock, no journal, the same bytes); a plan in the
// middle of another process's write reads as its last commit; and `portfolio --json` holds the very
// figures `stats --json` and `health --json` print for each plan over the same window.
#include "testsupport.h"

#include "core/assessment/assessment.h"
#include "core/demo/demogenerator.h"
#include "core/lifecycle/newplan.h"
#include "core/portfolio/portfolio.h"
#include "core/storage/plan.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <unistd.h>

using namespace cultivate;

namespace {

const QDate Today(2026, 12, 4);

const FixedClock &testClock()
{
    static const FixedClock clock(QDateTime(Today, QTime(9, 0)));
    return clock;
}

PortfolioOptions options(const QDate &from = {}, const QDate &to = {})
{
    PortfolioOptions o;
    o.from = from;
    o.to = to;
    o.clock = &testClock();
    return o;
}

QString demoPlan(const QString &path, quint32 seed, int members = 30, int months = 12)
{
    DemoOptions demo;
    demo.name = QStringLiteral("Community %1").arg(seed);
    demo.seed = seed;
    demo.members = members;
    demo.months = months;
    REQUIRE_OK(createDemoPlan(path, demo, testClock())); // the plan closes again at once
    return path;
}

QString newPlan(const QString &path, const QString &name)
{
    NewPlanOptions plan;
    plan.name = name;
    plan.start = QDate(2026, 9, 1);
    REQUIRE_OK(createPlan(path, plan, testClock()));
    return path;
}

void patchHeader(const QString &path, int offset, quint32 value)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    REQUIRE(f.write(bytes, 4) == 4);
}

// One page in the middle of the file overwritten, as a failing disk would leave it.
void damagePage(const QString &path)
{
    const qint64 pages = QFileInfo(path).size() / 4096;
    REQUIRE(pages > 4);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((pages / 2) * 4096));
    REQUIRE(file.write(QByteArray(4096, '\x5a')) == 4096);
}

// Every file of a folder (hidden ones included) with the digest of its bytes.
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        state.insert(name, test::fileDigest(dir.filePath(name)));
    return state;
}

// The folder a program office might keep: a good plan, a fresh one without members, a plan with a
// damaged page, one of a newer schema, an empty file, and a plan held open for writing (its lock
// taken) by `writer`. Also a hidden file, a file of another kind and a sub-folder, all ignored.
struct Office {
    QTemporaryDir dir;
    QString good;
    QString fresh;
    QString damaged;
    QString newer;
    QString empty;
    QString locked;
    std::unique_ptr<Plan> writer;

    Office()
    {
        REQUIRE(dir.isValid());
        good = demoPlan(path("a-good.cop"), 3);
        fresh = newPlan(path("b-fresh.cop"), QStringLiteral("Fresh Start"));
        damaged = demoPlan(path("c-damaged.cop"), 4, 20, 3);
        damagePage(damaged);
        newer = newPlan(path("d-newer.cop"), QStringLiteral("From The Future"));
        patchHeader(newer, 60, quint32(schema::CurrentVersion + 1));
        empty = path("e-empty.cop");
        test::writeFile(empty, QByteArray());
        locked = demoPlan(path("f-locked.cop"), 5, 25, 6);
        test::writeFile(path(".g-hidden.cop"), "a hidden file");
        test::writeFile(path("notes.txt"), "not a plan");
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("archive")));
        demoPlan(path("archive/old.cop"), 6, 10, 2);
        auto opened = Plan::open(locked, OpenMode::ReadWrite, testClock());
        REQUIRE_OK(opened);
        writer = std::move(opened).value();
        REQUIRE_FALSE(writer->isReadOnly());
        REQUIRE(QFileInfo::exists(path(".f-locked.cop.lock")));
    }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    QStringList plans() const { return {good, fresh, damaged, newer, empty, locked}; }
};

// The assessment `stats` reads, computed here for comparison.
Assessment assessed(const QString &path, const QDate &from = {}, const QDate &to = {})
{
    auto plan = Plan::open(path, OpenMode::ReadOnly, testClock());
    REQUIRE_OK(plan);
    MetricsOptions window;
    window.from = from;
    window.to = to;
    auto a = assessPlan(*plan.value(), window, Today);
    REQUIRE_OK(a);
    return std::move(a).value();
}

// The last held and next planned event, worked out here from the events themselves.
std::pair<std::optional<PortfolioEvent>, std::optional<PortfolioEvent>> eventsAround(const QString &path)
{
    auto plan = Plan::open(path, OpenMode::ReadOnly, testClock());
    REQUIRE_OK(plan);
    auto events = plan.value()->list<Event>();
    REQUIRE_OK(events);
    std::optional<Event> last;
    std::optional<Event> next;
    for (const Event &e : events.value()) {
        const QDate day = e.start.date();
        if (e.status == EventStatus::Held && day <= Today && (!last || e.start >= last->start))
            last = e;
        if (e.status == EventStatus::Planned && day >= Today && (!next || e.start < next->start))
            next = e;
    }
    const auto named = [](const std::optional<Event> &e) {
        return e ? std::optional<PortfolioEvent>(PortfolioEvent{e->start.date(), e->title}) : std::nullopt;
    };
    return {named(last), named(next)};
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCultivate(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(CULTIVATE_BINARY));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("CULTIVATE_TODAY"), Today.toString(Qt::ISODate));
    process.setProcessEnvironment(env);
    process.start();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject runJson(const QStringList &arguments)
{
    const Run run = runCultivate(arguments);
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// A figure of `stats --json` and the portfolio's: the same JSON value (doubles to 1e-12).
void requireSameFigure(const QJsonValue &portfolio, const QJsonValue &stats, const char *key)
{
    INFO(key << ": portfolio " << QJsonDocument(QJsonArray{portfolio}).toJson(QJsonDocument::Compact).toStdString()
             << ", stats " << QJsonDocument(QJsonArray{stats}).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(portfolio.type() == stats.type());
    if (portfolio.isDouble())
        CHECK(std::abs(portfolio.toDouble() - stats.toDouble()) <= 1e-12);
    else
        CHECK(portfolio == stats);
}

} // namespace

TEST_CASE("a folder stands for the plan files directly in it, by name, without hidden files or sub-folders")
{
    Office office;
    const PortfolioSources sources = portfolioSources({office.dir.path()});
    QStringList names;
    for (const QString &plan : sources.plans)
        names << QFileInfo(plan).fileName();
    CHECK(names == QStringList{QStringLiteral("a-good.cop"), QStringLiteral("b-fresh.cop"),
                               QStringLiteral("c-damaged.cop"), QStringLiteral("d-newer.cop"),
                               QStringLiteral("e-empty.cop"), QStringLiteral("f-locked.cop")});
    CHECK(sources.emptyFolders.isEmpty());

    // Files keep the order they are named in; a plan named twice is one row; a missing path stays.
    const QString missing = office.path("missing.cop");
    const PortfolioSources named =
        portfolioSources({office.locked, office.good, office.dir.path() + QStringLiteral("/./a-good.cop"), missing});
    CHECK(named.plans == QStringList{office.locked, office.good, missing});

    QTemporaryDir none;
    const PortfolioSources empty = portfolioSources({none.path()});
    CHECK(empty.plans.isEmpty());
    CHECK(empty.emptyFolders == QStringList{none.path()});
}

TEST_CASE("a portfolio gives one row per plan, in order, and the reason of each plan that cannot be read")
{
    Office office;
    const QString missing = office.path("missing.cop");
    QStringList plans = office.plans();
    plans << missing;
    const auto before = folderState(office.dir.path());

    auto compared = comparePlans(plans, options());
    REQUIRE_OK(compared);
    const QList<PortfolioRow> &rows = compared.value();
    REQUIRE(rows.size() == plans.size());
    for (int i = 0; i < rows.size(); ++i)
        CHECK(rows[i].path == QFileInfo(plans[i]).absoluteFilePath());

    const std::pair<int, ErrorCode> refused[] = {
        {2, ErrorCode::Corrupt}, {3, ErrorCode::NewerSchema}, {4, ErrorCode::EmptyFile}, {6, ErrorCode::NotFound}};
    for (const auto &[row, code] : refused) {
        INFO(plans[row].toStdString());
        REQUIRE_FALSE(rows[row].readable());
        CHECK(rows[row].error->code == code);
        CHECK(rows[row].error->message.contains(QFileInfo(plans[row]).fileName()));
        CHECK_FALSE(rows[row].error->message.contains(QLatin1Char('\n')));
    }
    CHECK(rows[3].error->message.contains(QStringLiteral("newer")));
    CHECK(rows[4].error->message.contains(QStringLiteral("empty")));

    // The good plan and the one held open for writing read in full, with their assessment's figures.
    for (int row : {0, 1, 5}) {
        INFO(plans[row].toStdString());
        REQUIRE(rows[row].readable());
        const Assessment a = assessed(plans[row]);
        CHECK(rows[row].members == a.current.members);
        CHECK(rows[row].reach == a.current.reach);
        CHECK(rows[row].stickiness == a.current.stickiness);
        CHECK(rows[row].activeLatestMonth == a.current.activeLatestMonth());
        CHECK(rows[row].verdict == a.health.verdict);
        CHECK(rows[row].stage == a.stage()->stage.kind);
        CHECK(rows[row].from == a.current.from);
        CHECK(rows[row].to == a.current.to);
        const auto [last, next] = eventsAround(plans[row]);
        CHECK(rows[row].lastEvent == last);
        CHECK(rows[row].nextEvent == next);
    }
    CHECK(rows[0].name == QStringLiteral("Community 3"));
    CHECK(rows[0].members > 0);
    CHECK(rows[0].lastEvent.has_value());
    CHECK(rows[1].name == QStringLiteral("Fresh Start"));
    CHECK_FALSE(rows[1].reach.has_value()); // no member yet: undefined, not 0%
    CHECK(rows[5].name == QStringLiteral("Community 5"));

    // Nothing in the folder changed: the same files with the same bytes, no lock or journal added
    // (the writer's own lock file is the one that was there before).
    CHECK(folderState(office.dir.path()) == before);
}

TEST_CASE("the rows keep the order the plans were named in, on one thread or several")
{
    Office office;
    QStringList plans = office.plans();
    std::reverse(plans.begin(), plans.end());
    plans << office.good << office.fresh; // more plans than threads
    PortfolioOptions one = options();
    one.threads = 1;
    PortfolioOptions three = options();
    three.threads = 3;
    auto serial = comparePlans(plans, one);
    auto parallel = comparePlans(plans, three);
    REQUIRE_OK(serial);
    REQUIRE_OK(parallel);
    REQUIRE(serial.value().size() == plans.size());
    REQUIRE(parallel.value().size() == plans.size());
    for (int i = 0; i < plans.size(); ++i) {
        const PortfolioRow &a = serial.value()[i];
        const PortfolioRow &b = parallel.value()[i];
        CHECK(a.path == b.path);
        CHECK(a.readable() == b.readable());
        CHECK(a.name == b.name);
        CHECK(a.members == b.members);
        CHECK(a.stickiness == b.stickiness);
        CHECK(a.newcomers == b.newcomers);
        CHECK(a.verdict == b.verdict);
    }
}

TEST_CASE("progress counts every plan, and a cancelled comparison returns Cancelled with its threads ended")
{
    Office office;
    const QStringList plans = office.plans();
    // The callback runs on the worker threads: it only counts (Catch's assertions are not thread-safe).
    std::atomic_int calls{0};
    std::atomic_int wrongTotals{0};
    std::atomic_int last{-1};
    auto compared = comparePlans(plans, options(), nullptr, [&](int done, int total) {
        ++calls;
        wrongTotals += total != plans.size();
        for (int seen = last.load(); done > seen && !last.compare_exchange_weak(seen, done);) {
        }
    });
    REQUIRE_OK(compared);
    CHECK(wrongTotals == 0);
    CHECK(calls == plans.size() + 1); // 0 of n first, then once per plan
    CHECK(last == plans.size());

    std::atomic_bool cancelled{true};
    auto before = comparePlans(plans, options(), &cancelled);
    REQUIRE_FALSE(before.ok());
    CHECK(before.code() == ErrorCode::Cancelled);

    // Cancelled once the first plan is done: the call still returns only when every worker ended.
    std::atomic_bool midway{false};
    std::atomic_int read{0};
    PortfolioOptions two = options();
    two.threads = 2;
    auto during = comparePlans(plans, two, &midway, [&](int done, int) {
        if (done >= 1)
            midway = true;
        read = done;
    });
    REQUIRE_FALSE(during.ok());
    CHECK(during.code() == ErrorCode::Cancelled);
    CHECK(read < plans.size());
}

TEST_CASE("a plan in the middle of another writer's transaction reads as its last commit")
{
    QTemporaryDir dir;
    const QString path = demoPlan(dir.filePath(QStringLiteral("busy.cop")), 7, 25, 6);
    const int membersBefore = assessed(path).current.members;
    auto opened = Plan::open(path, OpenMode::ReadWrite, testClock());
    REQUIRE_OK(opened);
    Plan &writer = *opened.value();

    std::optional<PortfolioRow> inProcess;
    Run child;
    const Result<void> written = writer.transaction([&]() -> Result<void> {
        Member m;
        m.name = QStringLiteral("Not Yet Committed");
        m.joinedDate = writer.community().value().startDate;
        CULTIVATE_TRY(writer.add(m));
        // The same plan read meanwhile, by this process on other threads and by another process.
        auto rows = comparePlans({path}, options());
        if (rows.ok())
            inProcess = rows.value().first();
        child = runCultivate({QStringLiteral("portfolio"), path, QStringLiteral("--json")});
        return {};
    });
    REQUIRE_OK(written);
    REQUIRE(inProcess.has_value());
    REQUIRE(inProcess->readable());
    CHECK(inProcess->members == membersBefore);
    INFO("stderr: " << child.err.toStdString());
    REQUIRE(child.exitCode == 0);
    const QJsonObject row =
        QJsonDocument::fromJson(child.out.toUtf8()).object().value(QStringLiteral("plans")).toArray().at(0).toObject();
    CHECK(row.value(QStringLiteral("readable")).toBool());
    CHECK(row.value(QStringLiteral("members")).toInt() == membersBefore);

    // Once committed, the next reading counts the new member.
    auto after = comparePlans({path}, options());
    REQUIRE_OK(after);
    CHECK(after.value().first().members == membersBefore + 1);
}

TEST_CASE("portfolio prints a table with a row per plan, the reasons below it, and exits 0")
{
    Office office;
    const QString missing = office.path("missing.cop");
    const auto before = folderState(office.dir.path());
    const Run run = runCultivate({QStringLiteral("portfolio"), office.dir.path(), missing});
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^Community\\s+Stage\\s+Members.*")));
    REQUIRE(header >= 0);
    for (const char *column :
         {"Active (month)", "Stickiness", "Reach", "Newcomers", "Verdict", "Last event", "Next event"})
        CHECK(lines[header].contains(QLatin1String(column)));
    // One line per plan, in order, after the header; columns line up with the header's.
    const QStringList expected{QStringLiteral("Community 3"),   QStringLiteral("Fresh Start"),
                               QStringLiteral("c-damaged.cop"), QStringLiteral("d-newer.cop"),
                               QStringLiteral("e-empty.cop"),   QStringLiteral("Community 5"),
                               QStringLiteral("missing.cop")};
    REQUIRE(lines.size() > header + expected.size());
    const qsizetype verdictAt = lines[header].indexOf(QStringLiteral("Verdict"));
    for (int i = 0; i < expected.size(); ++i) {
        const QString &line = lines[header + 1 + i];
        INFO(line.toStdString());
        CHECK(line.startsWith(expected[i]));
        CHECK(QStringList{QStringLiteral("Healthy"), QStringLiteral("Watch"), QStringLiteral("Act"),
                          QStringLiteral("cannot be read")}
                  .contains(line.mid(verdictAt).section(QStringLiteral("  "), 0, 0).trimmed()));
    }
    // The fresh plan has no member yet: its stickiness and reach are undefined, printed as "–".
    CHECK(lines[header + 2].contains(QStringLiteral("–")));
    CHECK(run.out.contains(QStringLiteral("4 plan(s) cannot be read:")));
    for (const QString &reason :
         {QStringLiteral("c-damaged.cop: damaged plan file"),
          QStringLiteral("d-newer.cop: written by a newer Cultivate"), QStringLiteral("e-empty.cop: the file is empty"),
          QStringLiteral("missing.cop: no such file")})
        CHECK(run.out.contains(reason));
    CHECK(folderState(office.dir.path()) == before);
}

TEST_CASE("portfolio --json holds the figures of stats --json and health --json for each plan and window")
{
    QTemporaryDir dir;
    const QStringList plans{demoPlan(dir.filePath(QStringLiteral("one.cop")), 11, 40),
                            demoPlan(dir.filePath(QStringLiteral("two.cop")), 12, 35, 8),
                            newPlan(dir.filePath(QStringLiteral("three.cop")), QStringLiteral("Third"))};
    const QList<QStringList> windows{
        {},
        {QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-10-15")}};
    for (const QStringList &window : windows) {
        const QJsonObject portfolio =
            runJson(QStringList{QStringLiteral("portfolio"), dir.path(), QStringLiteral("--json")} + window);
        CHECK(portfolio.value(QStringLiteral("today")).toString() == Today.toString(Qt::ISODate));
        if (window.isEmpty()) {
            CHECK(portfolio.value(QStringLiteral("window")).isNull());
        } else {
            CHECK(portfolio.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString() ==
                  QStringLiteral("2026-03-01"));
        }
        const QJsonArray rows = portfolio.value(QStringLiteral("plans")).toArray();
        REQUIRE(rows.size() == 3);
        QStringList sorted = plans;
        std::sort(sorted.begin(), sorted.end()); // the folder's order: one, three, two
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QString path = sorted[i];
            INFO(path.toStdString() << " " << window.join(QLatin1Char(' ')).toStdString());
            CHECK(row.value(QStringLiteral("path")).toString() == QFileInfo(path).absoluteFilePath());
            CHECK(row.value(QStringLiteral("readable")).toBool());
            CHECK(row.value(QStringLiteral("error")).isNull());
            const QJsonObject stats =
                runJson(QStringList{QStringLiteral("stats"), path, QStringLiteral("--json")} + window);
            const QJsonObject health =
                runJson(QStringList{QStringLiteral("health"), path, QStringLiteral("--json")} + window);
            for (const char *key :
                 {"window", "members", "reach", "stickiness", "latest_complete_month", "active_members_latest_month"})
                requireSameFigure(row.value(QLatin1String(key)), stats.value(QLatin1String(key)), key);
            int newcomers = 0;
            for (const QJsonValue n : stats.value(QStringLiteral("newcomers_by_month")).toObject())
                newcomers += n.toInt();
            CHECK(row.value(QStringLiteral("newcomers")).toInt() == newcomers);
            CHECK(row.value(QStringLiteral("verdict")) == health.value(QStringLiteral("verdict")));
            // The stage is the assessment's; the events are those around today.
            const Assessment a = assessed(path);
            CHECK(row.value(QStringLiteral("stage")).toString() == enumKey(a.stage()->stage.kind));
            const auto [last, next] = eventsAround(path);
            const auto eventJson = [](const std::optional<PortfolioEvent> &e) {
                return e ? QJsonValue(QJsonObject{{QStringLiteral("date"), e->date.toString(Qt::ISODate)},
                                                  {QStringLiteral("title"), e->title}})
                         : QJsonValue();
            };
            CHECK(row.value(QStringLiteral("last_event")) == eventJson(last));
            CHECK(row.value(QStringLiteral("next_event")) == eventJson(next));
        }
    }
}

TEST_CASE("portfolio --json names each unreadable plan with its reason and code and null figures")
{
    Office office;
    const QJsonObject json = runJson({QStringLiteral("portfolio"), office.damaged, office.empty, office.newer,
                                      office.locked, QStringLiteral("--json")});
    const QJsonArray rows = json.value(QStringLiteral("plans")).toArray();
    REQUIRE(rows.size() == 4);
    const char *codes[] = {"corrupt", "empty_file", "newer_schema"};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        CHECK_FALSE(row.value(QStringLiteral("readable")).toBool());
        CHECK(row.value(QStringLiteral("error_code")).toString() == QLatin1String(codes[i]));
        CHECK(row.value(QStringLiteral("error"))
                  .toString()
                  .contains(QFileInfo(row.value(QStringLiteral("path")).toString()).fileName()));
        for (const char *key : {"name", "members", "reach", "stickiness", "verdict", "stage", "last_event"})
            CHECK(row.value(QLatin1String(key)).isNull());
    }
    const QJsonObject locked = rows.at(3).toObject();
    CHECK(locked.value(QStringLiteral("readable")).toBool());
    CHECK(locked.value(QStringLiteral("name")).toString() == QStringLiteral("Community 5"));
}

TEST_CASE("portfolio refuses a folder without plans with exit 1, and usage errors with exit 2")
{
    QTemporaryDir none;
    const Run empty = runCultivate({QStringLiteral("portfolio"), none.path()});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.count(QLatin1Char('\n')) == 1);
    CHECK(empty.err.contains(none.path()));
    CHECK(empty.out.isEmpty());
    CHECK(QDir(none.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // Beside a folder with plans, an empty folder is a note and the plans are compared.
    QTemporaryDir some;
    demoPlan(some.filePath(QStringLiteral("x.cop")), 2, 10, 2);
    const Run mixed = runCultivate({QStringLiteral("portfolio"), none.path(), some.path()});
    CHECK(mixed.exitCode == 0);
    CHECK(mixed.err.contains(none.path()));
    CHECK(mixed.out.contains(QStringLiteral("Community 2")));

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("portfolio")},
          QStringList{QStringLiteral("portfolio"), some.path(), QStringLiteral("--from"), QStringLiteral("2026-02-30")},
          QStringList{QStringLiteral("portfolio"), some.path(), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-04-01")},
          QStringList{QStringLiteral("portfolio"), some.path(), QStringLiteral("--sideways")}}) {
        const Run run = runCultivate(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: cultivate portfolio")));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("a plan the user may not read is a row with the system's reason")
{
    if (::geteuid() == 0) {
        WARN("running as root, which reads any file: the permission check cannot be made here");
        return;
    }
    QTemporaryDir dir;
    const QString path = demoPlan(dir.filePath(QStringLiteral("private.cop")), 9, 10, 2);
    REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions{}));
    auto rows = comparePlans({path}, options());
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE_OK(rows);
    REQUIRE_FALSE(rows.value().first().readable());
    CHECK(rows.value().first().error->code == ErrorCode::Io);
    CHECK(rows.value().first().error->message.contains(QStringLiteral("private.cop")));
}
