// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessment.h"
#include "core/demo/demogenerator.h"
#include "core/export/jsonexport.h"
#include "core/renewal/lastyear.h"
#include "core/renewal/renewal.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <numeric>

using namespace cultivate;

namespace {

const QDateTime YearOneToday(QDate(2026, 12, 4), QTime(9, 0));

struct YearOne {
    QTemporaryDir dir;
    FixedClock clock{YearOneToday};
    QString path;
    std::unique_ptr<Plan> plan;
    Id leaver = 0;

    YearOne()
    {
        path = dir.filePath(QStringLiteral("year-one.cop"));
        DemoOptions options;
        options.members = 40;
        options.seed = 5;
        auto created = createDemoPlan(path, options, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();
        // A member who left during the year, and the resource they wrote.
        Member m;
        m.name = QStringLiteral("Leontyne Departed");
        m.joinedDate = QDate(2026, 2, 1);
        m.leftDate = QDate(2026, 10, 31);
        auto id = plan->add(m);
        REQUIRE_OK(id);
        leaver = id.value();
        Resource r;
        r.title = QStringLiteral("Notes left behind");
        r.authorId = leaver;
        r.addedDate = QDate(2026, 6, 1);
        REQUIRE_OK(plan->add(r));
    }
};

template <class T> QList<T> rows(const Plan &plan)
{
    auto list = plan.list<T>();
    REQUIRE_OK(list);
    return list.value();
}

QJsonObject exported(const Plan &plan, const QString &path)
{
    REQUIRE_OK(exportPlanJson(plan, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

using Run = test::ProcessResult;

Run runCultivate(const QStringList &arguments, const QString &today)
{
    return test::runCultivateBinary(QStringLiteral(CULTIVATE_BINARY), arguments, QDate::fromString(today, Qt::ISODate));
}

} // namespace

TEST_CASE("a renewal carries the charter, current members, resources, goals, rhythm and reset stages, and nothing else")
{
    YearOne one;
    const QString next = one.dir.filePath(QStringLiteral("year-two.cop"));
    auto renewed = renewPlan(*one.plan, next);
    REQUIRE_OK(renewed);
    auto opened = Plan::open(next, OpenMode::ReadOnly, one.clock);
    REQUIRE_OK(opened);
    const Plan &two = *opened.value();

    const Community before = one.plan->community().value();
    Community after = two.community().value();
    CHECK(after.startDate == before.endDate.addDays(1));
    CHECK(after.endDate == after.startDate.addYears(1).addDays(-1));
    CHECK(after.uid != before.uid);
    const QDate newStart = after.startDate;
    const QDate newEnd = after.endDate;
    after.startDate = before.startDate;
    after.endDate = before.endDate;
    after.uid = before.uid;
    CHECK(after == before); // every charter field, as it was

    CHECK(rows<BudgetLine>(two) == rows<BudgetLine>(*one.plan));
    CHECK(rows<ContributionWeight>(two) == rows<ContributionWeight>(*one.plan));
    CHECK(rows<PlanSetting>(two) == rows<PlanSetting>(*one.plan));

    // Those who left before the new year stay behind; everyone else comes along as they were.
    QList<Member> stayed;
    int left = 0;
    for (const Member &m : rows<Member>(*one.plan)) {
        if (m.leftDate.isValid() && m.leftDate < newStart)
            ++left;
        else
            stayed << m;
        CHECK((m.id != one.leaver || m.leftDate.isValid()));
    }
    CHECK(rows<Member>(two) == stayed); // roles, consent and aliases included
    CHECK(renewed.value().members == stayed.size());
    CHECK(renewed.value().membersLeft == left);
    CHECK(left >= 1);
    CHECK(two.get<Member>(one.leaver).code() == ErrorCode::NotFound);
    CHECK(std::any_of(stayed.cbegin(), stayed.cend(), [](const Member &m) { return m.consentReport; }));
    CHECK(std::any_of(stayed.cbegin(), stayed.cend(), [](const Member &m) { return m.role == Role::Champion; }));

    for (const Resource &r : rows<Resource>(two)) {
        CHECK(!r.eventId);
        if (r.title == QLatin1String("Notes left behind"))
            CHECK(!r.authorId);
    }
    CHECK(rows<Resource>(two).size() == rows<Resource>(*one.plan).size());

    // Goals: the value reached becomes the baseline; the measurements stay behind.
    const Assessment assessed = assessPlan(*one.plan, {}, one.clock.today()).value();
    const QList<Goal> goals = rows<Goal>(two);
    REQUIRE(goals.size() == rows<Goal>(*one.plan).size());
    REQUIRE(!goals.isEmpty());
    for (const Goal &g : goals) {
        const auto figures = std::find_if(assessed.current.goals.cbegin(), assessed.current.goals.cend(),
                                          [&g](const GoalFigures &f) { return f.id == g.id; });
        REQUIRE(figures != assessed.current.goals.cend());
        if (figures->current)
            CHECK(g.baseline == *figures->current);
        CHECK(!g.surveyQuestionId);
    }

    for (const Stage &s : rows<Stage>(two))
        CHECK(s.status == StageStatus::NotStarted);
    for (const ChecklistItem &item : rows<ChecklistItem>(two)) {
        CHECK(!item.done);
        CHECK(!item.evidenceEventId);
        CHECK(item.evidenceNote.isEmpty());
    }
    CHECK(rows<ChecklistItem>(two).size() == rows<ChecklistItem>(*one.plan).size());

    // The rhythm: every event is an occurrence of a carried series, planned inside the new year.
    const QList<Event> events = rows<Event>(two);
    REQUIRE(!events.isEmpty());
    CHECK(renewed.value().events == events.size());
    for (const Event &e : events) {
        CHECK(e.seriesId);
        CHECK(e.status == EventStatus::Planned);
        CHECK(e.start.date() >= newStart);
        CHECK(e.start.date() <= newEnd);
    }

    // Nothing of what happened in the first year is copied.
    const QJsonObject json = exported(two, one.dir.filePath(QStringLiteral("two.json")));
    for (const char *stays :
         {"attendance", "contributions", "surveys", "stories", "recognitions", "imports", "desk_marks"}) {
        INFO(stays);
        CHECK(json.value(QLatin1String(stays)).toArray().isEmpty());
    }
    const QJsonArray predecessor = json.value(QStringLiteral("predecessor")).toArray();
    REQUIRE(predecessor.size() == 1);
    CHECK(predecessor.first().toObject().value(QStringLiteral("path")).toString() == QLatin1String("year-one.cop"));
    CHECK(predecessor.first().toObject().value(QStringLiteral("uid")).toString() == before.uid);
    for (const QJsonValue &goal : json.value(QStringLiteral("goals")).toArray())
        CHECK(goal.toObject().value(QStringLiteral("measurements")).toArray().isEmpty());
}

TEST_CASE("a renewal that cannot finish leaves nothing at the new name")
{
    YearOne one;
    const QString existing = one.dir.filePath(QStringLiteral("taken.cop"));
    test::writeFile(existing, "keep me");
    auto refused = renewPlan(*one.plan, existing);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(test::readFile(existing) == "keep me");

    const QStringList before = QDir(one.dir.path()).entryList(QDir::Files | QDir::Hidden);
    std::atomic_bool cancelled{true};
    auto stopped = renewPlan(*one.plan, one.dir.filePath(QStringLiteral("stopped.cop")), {}, &cancelled);
    REQUIRE(!stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(QDir(one.dir.path()).entryList(QDir::Files | QDir::Hidden) == before);

    RenewalOptions early;
    early.start = one.plan->community().value().startDate;
    auto tooEarly = renewPlan(*one.plan, one.dir.filePath(QStringLiteral("early.cop")), early);
    REQUIRE(!tooEarly.ok());
    CHECK(tooEarly.error().code == ErrorCode::InvalidInput);
    CHECK(!QFileInfo::exists(one.dir.filePath(QStringLiteral("early.cop"))));
}

TEST_CASE("a renewed plan compares its window with the same months of the year before")
{
    YearOne one;
    const QString next = one.dir.filePath(QStringLiteral("year-two.cop"));
    REQUIRE_OK(renewPlan(*one.plan, next));
    const FixedClock later(QDateTime(QDate(2027, 3, 10), QTime(9, 0)));
    auto two = Plan::open(next, OpenMode::ReadWrite, later);
    REQUIRE_OK(two);

    const QDate from(2027, 1, 1);
    const QDate to(2027, 2, 28);
    const auto lastYear = readLastYear(*two.value(), from, to, false, later.today());
    REQUIRE(lastYear);
    INFO(lastYear->problem.toStdString());
    REQUIRE(lastYear->metrics);
    CHECK(lastYear->from == QDate(2026, 1, 1));
    CHECK(lastYear->to == QDate(2026, 2, 28));
    MetricsOptions same;
    same.from = lastYear->from;
    same.to = lastYear->to;
    const Metrics expected = computeMetrics(loadMetricsData(*one.plan).value(), same, later.today());
    CHECK(lastYear->metrics->creditedAttendances == expected.creditedAttendances);
    CHECK(lastYear->metrics->eventsHeld == expected.eventsHeld);
    CHECK(lastYear->metrics->reach == expected.reach);
    CHECK(lastYear->metrics->members == expected.members);
    CHECK(expected.eventsHeld > 0);

    const QList<YearOnYearFigure> figures = yearOnYear(
        computeMetrics(loadMetricsData(*two.value()).value(), MetricsOptions{from, to, false}, later.today()),
        *lastYear->metrics);
    REQUIRE(figures.size() == 7);
    CHECK(figures.at(1).key == QLatin1String("events_held"));
    CHECK(figures.at(1).before == expected.eventsHeld);

    // A predecessor that moved away is said, not an error.
    one.plan.reset();
    REQUIRE(QFile::rename(one.path, one.dir.filePath(QStringLiteral("elsewhere.cop"))));
    const auto missing = readLastYear(*two.value(), from, to, false, later.today());
    REQUIRE(missing);
    CHECK(!missing->metrics);
    CHECK(missing->problem.contains(QStringLiteral("was not found")));

    // Another community's plan under the predecessor's name is not taken for it.
    DemoOptions other;
    other.members = 10;
    other.seed = 9;
    REQUIRE_OK(createDemoPlan(one.path, other, one.clock));
    const auto stranger = readLastYear(*two.value(), from, to, false, later.today());
    REQUIRE(stranger);
    CHECK(!stranger->metrics);
    CHECK(stranger->problem.contains(QStringLiteral("another community")));
}

TEST_CASE("members active in the year before are not newcomers of the renewed year")
{
    YearOne one;
    const QString next = one.dir.filePath(QStringLiteral("year-two.cop"));
    REQUIRE_OK(renewPlan(*one.plan, next));
    const FixedClock later(QDateTime(QDate(2027, 3, 10), QTime(9, 0)));
    auto opened = Plan::open(next, OpenMode::ReadWrite, later);
    REQUIRE_OK(opened);
    Plan &two = *opened.value();

    // Who was active in year one, and one member who never was.
    const MetricsData oldData = loadMetricsData(*one.plan).value();
    MetricsOptions everyone;
    everyone.includeEveryone = false;
    const Metrics oldMetrics = computeMetrics(oldData, everyone, one.clock.today());
    QSet<Id> activeBefore;
    for (const auto &month : oldMetrics.activeMembersByMonth) {
        for (int m : month)
            activeBefore.insert(oldData.members[size_t(m)].id);
    }
    // A member active last year who was carried over (not one who left before the new year).
    std::optional<Id> carried;
    for (Id id : std::as_const(activeBefore)) {
        if (two.get<Member>(id).ok() && (!carried || id < *carried))
            carried = id;
    }
    REQUIRE(carried);
    const Id returning = *carried;
    Member fresh;
    fresh.name = QStringLiteral("Nadia Newcomer");
    fresh.joinedDate = QDate(2027, 1, 5);
    const Id newcomer = two.add(fresh).value();

    // Both attend the first held meeting of the new year.
    Event held = rows<Event>(two).first();
    held.status = EventStatus::Held;
    REQUIRE(held.start.date() < QDate(2027, 2, 1));
    REQUIRE_OK(two.update(held));
    for (Id member : {returning, newcomer}) {
        Attendance a;
        a.eventId = held.id;
        a.memberId = member;
        a.status = AttendanceStatus::Present;
        REQUIRE_OK(two.add(a));
    }
    MetricsOptions window;
    window.from = QDate(2027, 1, 1);
    window.to = QDate(2027, 2, 28);
    const MetricsData data = loadMetricsData(two).value();
    const Metrics m = computeMetrics(data, window, later.today());
    REQUIRE(m.newcomerMembersByMonth.size() == 2);
    REQUIRE(m.newcomerMembersByMonth.first().size() == 1);
    CHECK(data.members[size_t(m.newcomerMembersByMonth.first().first())].id == newcomer);
    // The look-back of stickiness sees the year before: January's active members are fewer than
    // those active at least once in the twelve months up to January.
    REQUIRE(m.stickinessByMonth.first());
    CHECK(*m.stickinessByMonth.first() < 1.0);
}

TEST_CASE("cultivate renew creates year two and stats compares it with the year before")
{
    YearOne one;
    one.plan.reset();
    const QString next = one.dir.filePath(QStringLiteral("year-two.cop"));
    const Run run = runCultivate({QStringLiteral("renew"), one.path, QStringLiteral("-o"), next,
                                  QStringLiteral("--start"), QStringLiteral("2027-01-01")},
                                 QStringLiteral("2026-12-20"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2027-01-01 to 2027-12-31")));

    const Run stats = runCultivate({QStringLiteral("stats"), next, QStringLiteral("--json"), QStringLiteral("--from"),
                                    QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-03-31")},
                                   QStringLiteral("2027-04-10"));
    REQUIRE(stats.exitCode == 0);
    const QJsonObject previous =
        QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("previous_year")).toObject();
    CHECK(previous.value(QStringLiteral("problem")).isNull());
    CHECK(previous.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString() ==
          QLatin1String("2026-01-01"));
    const Run oldStats =
        runCultivate({QStringLiteral("stats"), one.path, QStringLiteral("--json"), QStringLiteral("--from"),
                      QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31")},
                     QStringLiteral("2027-04-10"));
    const QJsonObject old = QJsonDocument::fromJson(oldStats.out.toUtf8()).object();
    const QJsonObject figures = previous.value(QStringLiteral("figures")).toObject();
    for (const char *key : {"members", "events_held", "credited_attendances", "reach"}) {
        INFO(key);
        CHECK(figures.value(QLatin1String(key)).toObject().value(QStringLiteral("before")).toDouble() ==
              old.value(QLatin1String(key)).toDouble());
    }

    // The report of year two compares with year one in the same figures, row by row.
    const QString markdown = one.dir.filePath(QStringLiteral("two.md"));
    const Run report =
        runCultivate({QStringLiteral("report"), next, QStringLiteral("-o"), markdown, QStringLiteral("--from"),
                      QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-03-31")},
                     QStringLiteral("2027-04-10"));
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(markdown));
    REQUIRE(text.contains(QStringLiteral("### Compared with last year")));
    CHECK(text.contains(QStringLiteral("**Year on year.** Against the same months of last year")));
    const auto lastYearCell = [&text](const QString &label) {
        const auto match =
            QRegularExpression(
                QStringLiteral("^\\| %1 \\| ([^|]+) \\| ([^|]+) \\|").arg(QRegularExpression::escape(label)),
                QRegularExpression::MultilineOption)
                .match(text);
        return match.hasMatch() ? match.captured(2).trimmed() : QString();
    };
    const auto before = [&figures](const char *key) {
        return figures.value(QLatin1String(key)).toObject().value(QStringLiteral("before")).toDouble();
    };
    CHECK(lastYearCell(QStringLiteral("Events held")) == QString::number(qRound(before("events_held"))));
    CHECK(lastYearCell(QStringLiteral("Credited attendances")) ==
          QString::number(qRound(before("credited_attendances"))));
    CHECK(lastYearCell(QStringLiteral("Newcomers")) == QString::number(qRound(before("newcomers"))));
    CHECK(lastYearCell(QStringLiteral("Reach")) == QStringLiteral("%1%").arg(qRound(before("reach") * 100)));
    CHECK(before("credited_attendances") > 0);

    // Refusals: an existing target (exit 1, one line naming it, untouched), a bad date (exit 2).
    const QByteArray digest = test::fileDigest(next);
    const Run again =
        runCultivate({QStringLiteral("renew"), one.path, QStringLiteral("-o"), next}, QStringLiteral("2026-12-20"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.count(QLatin1Char('\n')) == 1);
    CHECK(again.err.contains(QStringLiteral("year-two.cop")));
    CHECK(test::fileDigest(next) == digest);
    const Run badDate = runCultivate({QStringLiteral("renew"), one.path, QStringLiteral("-o"),
                                      one.dir.filePath(QStringLiteral("x.cop")), QStringLiteral("--start"),
                                      QStringLiteral("next year")},
                                     QStringLiteral("2026-12-20"));
    CHECK(badDate.exitCode == 2);
    CHECK(!QFileInfo::exists(one.dir.filePath(QStringLiteral("x.cop"))));
}
