// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/assessment/assessment.h"
#include "core/renewal/lastyear.h"
#include "core/storage/plan.h"

#include <QJsonDocument>

namespace cultivate::cli {

namespace {

const QString StatsSynopsis = QStringLiteral("stats FILE [--from YYYY-MM-DD --to YYYY-MM-DD] [--everyone] [--json]");
const QString HealthSynopsis = QStringLiteral("health FILE [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]");

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}
QString percent(const std::optional<double> &share)
{
    return share ? percent(*share) : QStringLiteral("–");
}

void statsOptions(QCommandLineParser &p)
{
    p.addOption(valueOption("from", "YYYY-MM-DD", "First day of the window (default: the plan's start)."));
    p.addOption(valueOption("to", "YYYY-MM-DD", "Last day of the window (default: today, within the plan year)."));
    p.addOption(QCommandLineOption(QStringLiteral("everyone"), QStringLiteral("Count facilitators and sponsors too.")));
    p.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
}

void healthOptions(QCommandLineParser &p)
{
    p.addOption(valueOption("from", "YYYY-MM-DD", "First day of the window (default: the plan's start)."));
    p.addOption(valueOption("to", "YYYY-MM-DD", "Last day of the window (default: today, within the plan year)."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
}

// Reads --from and --to (and --everyone, where the command has it); returns an exit code on a usage error.
int windowOptions(const Context &c, const QString &synopsis, MetricsOptions &options)
{
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("from"), &options.from}, std::pair{QStringLiteral("to"), &options.to}}) {
        if (!c.parser.isSet(name))
            continue;
        *date = QDate::fromString(c.parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usageError(c, QStringLiteral("--%1 must be a date like 2026-01-15").arg(name), synopsis);
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return usageError(c, QStringLiteral("--to is before --from"), synopsis);
    return Success;
}

// Opens the plan read-only and loads the metrics snapshot; returns an exit code on failure.
int load(const Context &c, const QString &synopsis, std::unique_ptr<Plan> &plan, MetricsData &data)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), synopsis);
    auto opened = Plan::open(files.first(), OpenMode::ReadOnly);
    if (!opened.ok())
        return c.fail(BadInput, opened.error().message);
    plan = std::move(opened).value();
    auto loaded = loadMetricsData(*plan);
    if (!loaded.ok())
        return c.fail(BadInput, loaded.error().message);
    data = std::move(loaded).value();
    return Success;
}

void printJson(const Context &c, const QJsonObject &object)
{
    c.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// The same stretch of the year before, for a renewed plan.
void printLastYear(const Context &c, const LastYear &lastYear, const Metrics &m)
{
    if (!lastYear.metrics) {
        c.out << QStringLiteral("Previous year: %1\n").arg(lastYear.problem);
        return;
    }
    QStringList figures;
    for (const YearOnYearFigure &f : yearOnYear(m, *lastYear.metrics)) {
        const auto text = [&f](const std::optional<double> &v) {
            return !v ? QStringLiteral("–") : f.isShare ? percent(*v) : QString::number(qRound(*v));
        };
        figures << QStringLiteral("%1 %2 (was %3)").arg(f.key, text(f.now), text(f.before));
    }
    c.out << QStringLiteral("Against %1 to %2 of the previous year: %3\n")
                 .arg(lastYear.from.toString(Qt::ISODate), lastYear.to.toString(Qt::ISODate),
                      figures.join(QStringLiteral(", ")));
}

int stats(const Context &c)
{
    MetricsOptions options;
    if (int code = windowOptions(c, StatsSynopsis, options); code != Success)
        return code;
    options.includeEveryone = c.parser.isSet(QStringLiteral("everyone"));

    std::unique_ptr<Plan> plan;
    MetricsData data;
    if (int code = load(c, StatsSynopsis, plan, data); code != Success)
        return code;
    const Assessment assessment = assess(data, options, plan->clock().today());
    const Metrics &m = assessment.current;
    const auto lastYear = readLastYear(*plan, m.from, m.to, options.includeEveryone, plan->clock().today());
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = metricsJson(m);
        object.insert(QStringLiteral("previous_year"),
                      lastYear ? QJsonValue(lastYearJson(*lastYear, m)) : QJsonValue());
        printJson(c, object);
        return Success;
    }

    c.out << QStringLiteral("%1 — %2 to %3\n")
                 .arg(data.community.name, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate));
    c.out << QStringLiteral("Members counted: %1   Events held: %2 (%3 still planned, %4 cancelled)   "
                            "Credited attendances: %5\n")
                 .arg(m.members)
                 .arg(m.eventsHeld)
                 .arg(m.eventsPlanned)
                 .arg(m.eventsCancelled)
                 .arg(m.creditedAttendances);
    const auto active = m.activeLatestMonth();
    c.out << QStringLiteral("Latest complete month: %1   Active members then: %2   Stickiness: %3\n")
                 .arg(m.latestCompleteMonth >= 0 ? m.latestCompleteMonthKey() : QStringLiteral("–"),
                      active ? QString::number(*active) : QStringLiteral("–"), percent(m.stickiness));
    c.out << QStringLiteral("Reach: %1   Mean attendance rate: %2   Newcomer conversion: %3\n")
                 .arg(percent(m.reach), percent(m.meanAttendanceRate), percent(m.newcomerConversion));
    QStringList levels;
    for (Level level : enumValues<Level>()) {
        const int n = m.levels[size_t(level)];
        levels << QStringLiteral("%1 %2 (%3)")
                      .arg(enumKey(level))
                      .arg(n)
                      .arg(m.members > 0 ? percent(double(n) / m.members) : QStringLiteral("–"));
    }
    c.out << QStringLiteral("Participation: %1\n").arg(levels.join(QStringLiteral(", ")));
    QStringList months;
    for (int i = 0; i < m.months.size(); ++i)
        months << QStringLiteral("%1 %2/%3").arg(m.months[i]).arg(m.activeByMonth[i]).arg(m.newcomersByMonth[i]);
    c.out << QStringLiteral("Active/new members by month: %1\n").arg(months.join(QStringLiteral(", ")));
    c.out << QStringLiteral("Half of the contribution weight (%1) comes from %2 member(s) in %3 organisation(s)\n")
                 .arg(m.totalWeight)
                 .arg(m.concentrationMembers)
                 .arg(m.concentrationOrganisations);
    for (const SurveyFigures &s : m.surveys) {
        c.out << QStringLiteral("Survey \"%1\" (%2): %3 responses, completion %4%5\n")
                     .arg(s.title, enumKey(s.kind))
                     .arg(s.responses)
                     .arg(percent(s.completionRate),
                          s.recommendScore ? QStringLiteral(", recommend score %1").arg(qRound(*s.recommendScore))
                                           : QString());
    }
    for (const GoalFigures &g : m.goals)
        c.out << QStringLiteral("Goal \"%1\": %2 of the way\n").arg(g.title, percent(g.progress));
    if (lastYear)
        printLastYear(c, *lastYear, m);
    return Success;
}

int health(const Context &c)
{
    MetricsOptions options;
    if (int code = windowOptions(c, HealthSynopsis, options); code != Success)
        return code;
    std::unique_ptr<Plan> plan;
    MetricsData data;
    if (int code = load(c, HealthSynopsis, plan, data); code != Success)
        return code;
    const Assessment assessment = assess(data, options, plan->clock().today());
    const HealthReport &report = assessment.health;
    if (c.parser.isSet(QStringLiteral("json"))) {
        printJson(c, healthJson(report, assessment.current));
        return Success;
    }
    c.out << QStringLiteral("%1, %2 to %3: %4\n")
                 .arg(data.community.name, assessment.current.from.toString(Qt::ISODate),
                      assessment.current.to.toString(Qt::ISODate), report.headline());
    for (const HealthFlag &f : report.flags) {
        c.out
            << QStringLiteral("[%1] %2: %3\n    → %4\n").arg(enumKey(f.severity), f.rule, f.evidence, f.recommendation);
    }
    return Success;
}

} // namespace

QList<Command> metricsCommands()
{
    return {
        {QStringLiteral("stats"), StatsSynopsis,
         QStringLiteral("Print the engagement figures of SPEC §5 for a window of the plan."), statsOptions, stats},
        {QStringLiteral("health"), HealthSynopsis,
         QStringLiteral("Check the plan for the common pitfalls of a community and recommend what to do."),
         healthOptions, health},
    };
}

} // namespace cultivate::cli
