// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every write path of a plan, replayed with the Nth write, sync or truncate failing (once, or from
// then on as on a full disk) for N = 1, 2, … until the operation completes. After each: the plan
// passes integrity_check, holds the whole change or none of it, and the error is one line.
#include "faultyvfs.h"
#include "reliabilitysupport.h"
#include "testsupport.h"

#include "core/importers/importer.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"
#include "core/storage/schema.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/familycommands.h"
#include "ui/commands/importcommand.h"
#include "ui/commands/membercommands.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>

using namespace cultivate;
using test::PlanState;
using test::Tally;

namespace {

constexpr int MaxOperations = 5000; // a bound no write path here comes near

FixedClock &clock()
{
    static FixedClock c(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    return c;
}

Community communityNamed(const QString &name)
{
    Community community;
    community.name = name;
    community.startDate = QDate(2026, 1, 5);
    community.timeZone = QStringLiteral("Europe/Brussels");
    community.uid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    return community;
}

// A plan with a little of everything, the base every fault trial starts from.
QString basePlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("base.cop"));
    auto created = Plan::create(
        path, communityNamed(QStringLiteral("Faults")),
        [](Plan &p) {
            return seedPlan(p, NewPlanOptions{QStringLiteral("Faults"), QDate(2026, 1, 5)});
        },
        clock());
    REQUIRE_OK(created);
    Plan &p = *created.value();
    QList<Id> members;
    for (int i = 0; i < 6; ++i) {
        Member m;
        m.name = QStringLiteral("Member %1").arg(i);
        m.email = QStringLiteral("m%1@example.org").arg(i);
        m.aliases = {QStringLiteral("M%1").arg(i)};
        members << p.add(m).value();
    }
    const QList<Event> events = p.list<Event>().value();
    for (int e = 0; e < 3; ++e) {
        for (int i = 0; i < 5; ++i)
            REQUIRE_OK(p.add(Attendance{0, events[e].id, members[i], AttendanceStatus::Present, 40 + i, {}}));
    }
    REQUIRE_OK(p.add(Contribution{0, members[0], QDate(2026, 2, 2), ContributionKind::Answer, events[0].id, {}, {}}));
    REQUIRE_OK(p.add(Recognition{0, members[0], QDate(2026, 3, 1), QStringLiteral("Hosting")}));
    Story story;
    story.title = QStringLiteral("A win");
    story.memberIds = {members[0], members[1]};
    story.eventIds = {events[0].id};
    REQUIRE_OK(p.add(story));
    const Id survey =
        p.add(Survey{0, QStringLiteral("Check-in"), SurveyKind::CheckIn, QDate(2026, 2, 1), false, {}, 0, {}}).value();
    for (int q = 0; q < 3; ++q)
        REQUIRE_OK(p.add(Question{0, survey, q, QStringLiteral("Question %1").arg(q), QuestionType::Likert, {}, {}}));
    return path;
}

// One write path. `setUp` lays out its starting files in a fresh folder and returns the file whose
// state is checked; `act` does the work, calling `arm` right before the part under test.
using Arm = std::function<void()>;
struct Scenario {
    QString name;
    std::function<QString(const QString &dir)> setUp;
    std::function<Result<void>(const QString &dir, const Arm &arm)> act;
    QString allowedNewFiles{}; // a pattern of files a failed run may leave (complete backups)
};

Result<std::unique_ptr<Plan>> openFaulty(const QString &path)
{
    OpenOptions options;
    options.vfs = QString::fromLatin1(test::faulty::Name);
    return Plan::open(path, options, clock());
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

// Runs a plan command on the plan at `path` through the faulty VFS: `make` builds it (without
// faults), then redo() runs armed; with `undo`, redo() runs without faults and undo() armed.
Result<void> runCommand(const QString &path, const Arm &arm,
                        const std::function<std::unique_ptr<PlanCommand>(Plan &)> &make, bool undo)
{
    auto opened = openFaulty(path);
    if (!opened.ok())
        return opened.error();
    Plan &plan = *opened.value();
    std::unique_ptr<PlanCommand> command = make(plan);
    if (!command)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the command could not be made"));
    std::optional<Error> failure;
    command->setFailureHandler([&failure](const Error &e) { failure = e; });
    if (undo) {
        command->redo();
        if (failure)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("redo without faults failed: ") + failure->message);
        arm();
        command->undo();
    } else {
        arm();
        command->redo();
    }
    if (failure)
        return *failure;
    return {};
}

QString copyOf(const QString &base, const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("work.cop"));
    REQUIRE(QFile::copy(base, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

class FaultRunner {
public:
    explicit FaultRunner(Tally &tally)
        : m_tally(tally)
    {
    }

    void run(const Scenario &scenario)
    {
        // The change without faults: the states before and after it.
        PlanState before;
        PlanState after;
        {
            QTemporaryDir dir;
            const QString target = scenario.setUp(dir.path());
            auto done = scenario.act(dir.path(), [&] { before = test::readPlanState(target); });
            INFO(scenario.name.toStdString()
                 << ": " << (done.ok() ? std::string() : done.error().message.toStdString()));
            REQUIRE(done.ok());
            after = test::readPlanState(target);
            REQUIRE(after.integrity == QLatin1String("ok"));
            REQUIRE(before.digest != after.digest);
        }
        int operations = 0;
        for (const auto mode : {test::faulty::Mode::Once, test::faulty::Mode::DiskFull}) {
            for (int n = 1; n <= MaxOperations; ++n) {
                if (!trial(scenario, mode, n, before, after))
                    break;
                operations = std::max(operations, n);
            }
        }
        m_tally.note(QStringLiteral("%1: %2 operations").arg(scenario.name).arg(operations));
    }

private:
    // One trial; false once the operation completed before the Nth operation.
    bool trial(const Scenario &scenario, test::faulty::Mode mode, int n, const PlanState &before,
               const PlanState &after)
    {
        QTemporaryDir dir;
        const QString target = scenario.setUp(dir.path());
        const QStringList filesBefore = filesUnder(dir.path());
        const Result<void> result = scenario.act(dir.path(), [mode, n] { test::faulty::arm(n, mode); });
        const bool fired = test::faulty::fired();
        test::faulty::disarm();
        m_tally.trial();

        const PlanState state = test::readPlanState(target);
        const QString label =
            QStringLiteral("%1, %2 %3")
                .arg(scenario.name, mode == test::faulty::Mode::Once ? QStringLiteral("I/O error at operation")
                                                                     : QStringLiteral("disk full from operation"))
                .arg(n);
        const bool isBefore = state.exists == before.exists && state.digest == before.digest;
        const bool isAfter = state.exists && state.digest == after.digest;
        if (state.exists && state.integrity != QLatin1String("ok"))
            m_tally.failure(QStringLiteral("%1: integrity check: %2").arg(label, state.integrity));
        else if (!isBefore && !isAfter)
            m_tally.failure(QStringLiteral("%1: the plan holds part of the change").arg(label));
        else if (result.ok() && !isAfter)
            m_tally.failure(QStringLiteral("%1: reported done, but the change is not there").arg(label));
        else if (!result.ok() && isAfter)
            m_tally.failure(
                QStringLiteral("%1: reported failed (%2), but the change is there").arg(label, result.error().message));
        if (!result.ok()) {
            if (result.error().message.isEmpty() || result.error().message.contains(QLatin1Char('\n')))
                m_tally.failure(QStringLiteral("%1: the error is not one line: %2").arg(label, result.error().message));
            // No partial file or folder: the same files as before (a complete backup of the plan
            // kept by a restore aside).
            QStringList left = filesUnder(dir.path());
            if (!scenario.allowedNewFiles.isEmpty())
                left.removeIf([&](const QString &f) {
                    return !filesBefore.contains(f) &&
                           QRegularExpression(scenario.allowedNewFiles).match(f).hasMatch() &&
                           test::readPlanState(QDir(dir.path()).filePath(f)).integrity == QLatin1String("ok");
                });
            if (left != filesBefore)
                m_tally.failure(QStringLiteral("%1: files left behind: %2 (before: %3)")
                                    .arg(label, left.join(QLatin1Char(' ')), filesBefore.join(QLatin1Char(' '))));
        }
        if (!fired && !result.ok())
            m_tally.failure(QStringLiteral("%1: failed without a fault: %2").arg(label, result.error().message));
        return fired;
    }

    Tally &m_tally;
};

Member memberAt(Plan &plan, int index)
{
    return plan.list<Member>().value().at(index);
}

QList<Scenario> scenarios(const QString &base)
{
    QList<Scenario> list;
    const auto onCopy = [base](const QString &dir) { return copyOf(base, dir); };
    const auto commandScenario = [&](const QString &name,
                                     const std::function<std::unique_ptr<PlanCommand>(Plan &)> &make, bool undo) {
        list << Scenario{name, onCopy, [make, undo](const QString &dir, const Arm &arm) {
                             return runCommand(QDir(dir).filePath(QStringLiteral("work.cop")), arm, make, undo);
                         }};
    };

    // Creation, empty and with the one-year template.
    for (const bool seeded : {false, true}) {
        list << Scenario{seeded ? QStringLiteral("create with the one-year template") : QStringLiteral("create"),
                         [](const QString &dir) { return QDir(dir).filePath(QStringLiteral("new.cop")); },
                         [seeded](const QString &dir, const Arm &arm) -> Result<void> {
                             const NewPlanOptions options{QStringLiteral("Faults"), QDate(2026, 1, 5)};
                             Plan::Seeder seeder;
                             if (seeded)
                                 seeder = [options](Plan &p) { return seedPlan(p, options); };
                             arm();
                             auto created = Plan::create(QDir(dir).filePath(QStringLiteral("new.cop")),
                                                         communityNamed(QStringLiteral("Faults")), seeder, clock(),
                                                         QString::fromLatin1(test::faulty::Name));
                             if (!created.ok())
                                 return created.error();
                             return {};
                         }};
    }

    const auto addMember = [](Plan &plan) -> std::unique_ptr<PlanCommand> {
        Member m;
        m.name = QStringLiteral("Newcomer");
        m.email = QStringLiteral("new@example.org");
        m.aliases = {QStringLiteral("NEW")};
        return std::make_unique<AddEntityCommand<Member>>(plan, m, QStringLiteral("Add"));
    };
    const auto editMember = [](Plan &plan) -> std::unique_ptr<PlanCommand> {
        const Member before = memberAt(plan, 2);
        Member after = before;
        after.name = QStringLiteral("Renamed");
        after.aliases << QStringLiteral("Another alias");
        return std::make_unique<EditEntityCommand<Member>>(plan, before, after, QStringLiteral("Edit"));
    };
    const auto removeMember = [](Plan &plan) -> std::unique_ptr<PlanCommand> {
        return std::make_unique<RemoveEntityCommand<Member>>(plan, memberAt(plan, 0), QStringLiteral("Remove"));
    };
    const auto mergeMembers = [](Plan &plan) -> std::unique_ptr<PlanCommand> {
        return std::make_unique<MergeMembersCommand>(plan, memberAt(plan, 0).id, memberAt(plan, 1).id,
                                                     QStringLiteral("Merge"));
    };
    const auto importReport = [](Plan &plan) -> std::unique_ptr<PlanCommand> {
        ImportOptions options;
        options.kind = ImportKind::Attendance;
        auto preview = previewImport(plan, test::dataFile(QStringLiteral("import/zoom-with-preamble.csv")), options);
        if (!preview.ok() || preview.value().hasErrors())
            return nullptr;
        return std::make_unique<ImportCommand>(plan, preview.value(), QStringLiteral("Import"));
    };
    const auto responseGrid = [](Plan &plan) -> std::unique_ptr<PlanCommand> {
        const Survey survey = plan.list<Survey>().value().constFirst();
        const QList<Question> questions = plan.listWhere<Question>(QStringLiteral("survey_id"), survey.id).value();
        QList<AddResponsesCommand::Family> families;
        for (int i = 0; i < 3; ++i) {
            AddResponsesCommand::Family family;
            family.parent = Response{0, survey.id, memberAt(plan, i).id, {}, QDate(2026, 2, 3)};
            for (const Question &q : questions)
                family.children << Answer{0, 0, q.id, double(1 + (i + q.position) % 5), {}};
            families << family;
        }
        return std::make_unique<AddResponsesCommand>(plan, families, &Answer::responseId, QStringLiteral("Answers"));
    };
    for (const bool undo : {false, true}) {
        const QString suffix = undo ? QStringLiteral(" (undo)") : QString();
        commandScenario(QStringLiteral("add a member") + suffix, addMember, undo);
        commandScenario(QStringLiteral("edit a member") + suffix, editMember, undo);
        commandScenario(QStringLiteral("remove a member with what cascades") + suffix, removeMember, undo);
        commandScenario(QStringLiteral("merge two members") + suffix, mergeMembers, undo);
        commandScenario(QStringLiteral("import an attendance report") + suffix, importReport, undo);
        commandScenario(QStringLiteral("enter a survey's answers on the grid") + suffix, responseGrid, undo);
    }

    // Backup and restore.
    list << Scenario{QStringLiteral("back up"),
                     [base](const QString &dir) {
                         copyOf(base, dir);
                         QDir(dir).mkdir(QStringLiteral("backups"));
                         return QDir(dir).filePath(QStringLiteral("backups/work-20260302-090000.cop"));
                     },
                     [](const QString &dir, const Arm &arm) -> Result<void> {
                         auto plan =
                             Plan::open(QDir(dir).filePath(QStringLiteral("work.cop")), OpenMode::ReadWrite, clock());
                         if (!plan.ok())
                             return plan.error();
                         BackupStore store(QDir(dir).filePath(QStringLiteral("backups")), 10,
                                           QString::fromLatin1(test::faulty::Name));
                         arm();
                         auto backup = store.backUp(*plan.value());
                         if (!backup.ok())
                             return backup.error();
                         return {};
                     }};
    list << Scenario{QStringLiteral("restore a backup"),
                     [base](const QString &dir) {
                         const QString path = copyOf(base, dir);
                         QDir(dir).mkdir(QStringLiteral("backups"));
                         auto plan = Plan::open(path, OpenMode::ReadWrite, clock());
                         REQUIRE_OK(plan);
                         REQUIRE_OK(BackupStore(QDir(dir).filePath(QStringLiteral("backups"))).backUp(*plan.value()));
                         Member late;
                         late.name = QStringLiteral("Added after the backup");
                         REQUIRE_OK(plan.value()->add(late));
                         return path;
                     },
                     [](const QString &dir, const Arm &arm) -> Result<void> {
                         BackupStore store(QDir(dir).filePath(QStringLiteral("backups")), 10,
                                           QString::fromLatin1(test::faulty::Name));
                         const QList<BackupInfo> backups = store.list();
                         if (backups.isEmpty())
                             return makeError(ErrorCode::NotFound, QStringLiteral("no backup"));
                         arm();
                         return store.restore(backups.constLast(), QDir(dir).filePath(QStringLiteral("work.cop")));
                     },
                     QStringLiteral("^backups/work-.*\\.cop$")};
    return list;
}

} // namespace

TEST_CASE("every write path survives a failing write, sync or truncate at every point: all or nothing, one-line errors")
{
    test::faulty::install();
    QTemporaryDir baseDir;
    const QString base = basePlan(baseDir);
    Tally tally(QStringLiteral("SQLite VFS faults over every write path"));
    FaultRunner runner(tally);
    for (const Scenario &scenario : scenarios(base)) {
        INFO(scenario.name.toStdString());
        runner.run(scenario);
    }
    INFO(tally.details().join(QLatin1Char('\n')).toStdString());
    CHECK(tally.failures() == 0);
}

TEST_CASE("opening an older plan upgrades it whole or not at all under failing writes")
{
    test::faulty::install();
    Tally tally(QStringLiteral("SQLite VFS faults while opening (and upgrading) older plans"));
    const QStringList plans = QDir(test::dataFile(QStringLiteral("plans"))).entryList({QStringLiteral("*.cop")});
    REQUIRE_FALSE(plans.isEmpty());
    int older = 0;
    for (const QString &name : plans) {
        const QString source = QDir(test::dataFile(QStringLiteral("plans"))).filePath(name);
        const auto header = inspectPlanFile(source);
        REQUIRE_OK(header);
        older += header.value().userVersion < schema::CurrentVersion;
        for (const auto mode : {test::faulty::Mode::Once, test::faulty::Mode::DiskFull}) {
            for (int n = 1; n <= MaxOperations; ++n) {
                QTemporaryDir dir;
                const QString path = copyOf(source, dir.path());
                const PlanState before = test::readPlanState(path);
                test::faulty::arm(n, mode);
                auto opened = openFaulty(path);
                const bool fired = test::faulty::fired();
                test::faulty::disarm();
                const int version = opened.ok() ? opened.value()->schemaVersion() : -1;
                opened = Result<std::unique_ptr<Plan>>(makeError(ErrorCode::Io, {}));
                tally.trial();
                const PlanState state = test::readPlanState(path);
                const auto now = inspectPlanFile(path);
                if (state.integrity != QLatin1String("ok"))
                    tally.failure(
                        QStringLiteral("%1 at %2: integrity check: %3").arg(name).arg(n).arg(state.integrity));
                else if (!now.ok() || (now.value().userVersion != header.value().userVersion &&
                                       now.value().userVersion != schema::CurrentVersion))
                    tally.failure(QStringLiteral("%1 at %2: half upgraded").arg(name).arg(n));
                else if (now.value().userVersion == header.value().userVersion && state.digest != before.digest)
                    tally.failure(QStringLiteral("%1 at %2: changed without an upgrade").arg(name).arg(n));
                else if (version == schema::CurrentVersion && now.value().userVersion != schema::CurrentVersion)
                    tally.failure(QStringLiteral("%1 at %2: reported upgraded but is not").arg(name).arg(n));
                if (!fired)
                    break;
            }
        }
    }
    tally.note(QStringLiteral("%1 of %2 plan files older than schema version %3")
                   .arg(older)
                   .arg(plans.size())
                   .arg(schema::CurrentVersion));
    INFO(tally.details().join(QLatin1Char('\n')).toStdString());
    CHECK(tally.failures() == 0);
}
