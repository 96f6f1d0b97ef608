// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/demo/demogenerator.h"
#include "core/export/csvexport.h"
#include "core/export/icsexport.h"
#include "core/export/jsonexport.h"
#include "core/lifecycle/newplan.h"
#include "core/renewal/renewal.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFileInfo>

namespace cultivate::cli {

namespace {

// --- new -------------------------------------------------------------------------------------
const QString NewSynopsis = QStringLiteral("new FILE --name NAME [--start YYYY-MM-DD] [--template one-year|empty]");

void newOptions(QCommandLineParser &p)
{
    p.addOption(valueOption("name", "NAME", "The community's name."));
    p.addOption(valueOption("start", "YYYY-MM-DD", "First day of the plan year (default: today)."));
    p.addOption(valueOption("template", "one-year|empty", "Lay out a dated first year (default) or start empty."));
}

int newPlan(const Context &c)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), NewSynopsis);
    NewPlanOptions options;
    options.name = c.parser.value(QStringLiteral("name")).trimmed();
    if (options.name.isEmpty())
        return usageError(c, QStringLiteral("--name is required"), NewSynopsis);
    if (c.parser.isSet(QStringLiteral("start"))) {
        options.start = QDate::fromString(c.parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!options.start.isValid())
            return usageError(c, QStringLiteral("--start must be a date like 2026-01-15"), NewSynopsis);
    }
    const QString layout = c.parser.value(QStringLiteral("template"));
    if (layout == QLatin1String("empty"))
        options.layout = PlanTemplate::Empty;
    else if (!layout.isEmpty() && layout != QLatin1String("one-year"))
        return usageError(c, QStringLiteral("--template must be one-year or empty"), NewSynopsis);

    auto plan = createPlan(files.first(), options);
    if (!plan.ok())
        return c.fail(BadInput, plan.error().message);
    auto community = plan.value()->community();
    auto counts = plan.value()->counts();
    if (!community.ok() || !counts.ok())
        return c.fail(BadInput, community.ok() ? counts.error().message : community.error().message);
    c.out << QStringLiteral("Created %1: \"%2\", %3 to %4, %5 events, %6 checklist items\n")
                 .arg(native(plan.value()->path()), community.value().name,
                      community.value().startDate.toString(Qt::ISODate),
                      community.value().endDate.toString(Qt::ISODate))
                 .arg(counts.value().value(QStringLiteral("event")))
                 .arg(counts.value().value(QStringLiteral("checklist_item")));
    return Success;
}

// --- demo ------------------------------------------------------------------------------------
const QString DemoSynopsis = QStringLiteral("demo FILE [--members N] [--months M] [--seed S]");

void demoOptions(QCommandLineParser &p)
{
    p.addOption(valueOption("members", "N", "How many people (default 60)."));
    p.addOption(valueOption("months", "M", "How many months of history (default 12)."));
    p.addOption(valueOption("seed", "S", "Seed of the generator; the same seed gives the same plan (default 1)."));
    p.addOption(valueOption("name", "NAME", "The community's name."));
}

int demo(const Context &c)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), DemoSynopsis);
    DemoOptions options;
    const auto intOption = [&c](const char *name, int min, int max, int &value) {
        const QString key = QString::fromLatin1(name);
        return !c.parser.isSet(key) || parseInt(c.parser.value(key), min, max, value);
    };
    int seed = static_cast<int>(options.seed);
    if (!intOption("members", 5, 1000000, options.members))
        return usageError(c, QStringLiteral("--members must be a whole number from 5 to 1000000"), DemoSynopsis);
    if (!intOption("months", 1, 240, options.months))
        return usageError(c, QStringLiteral("--months must be a whole number from 1 to 240"), DemoSynopsis);
    if (!intOption("seed", 0, std::numeric_limits<int>::max(), seed))
        return usageError(c, QStringLiteral("--seed must be a whole number"), DemoSynopsis);
    options.seed = static_cast<quint32>(seed);
    if (c.parser.isSet(QStringLiteral("name")))
        options.name = c.parser.value(QStringLiteral("name"));

    auto plan = createDemoPlan(files.first(), options);
    if (!plan.ok())
        return c.fail(BadInput, plan.error().message);
    auto counts = plan.value()->counts();
    if (!counts.ok())
        return c.fail(BadInput, counts.error().message);
    const auto &n = counts.value();
    c.out << QStringLiteral("Created %1: %2 members, %3 events, %4 attendance rows, %5 contributions\n")
                 .arg(native(plan.value()->path()))
                 .arg(n.value(QStringLiteral("member")))
                 .arg(n.value(QStringLiteral("event")))
                 .arg(n.value(QStringLiteral("attendance")))
                 .arg(n.value(QStringLiteral("contribution")));
    return Success;
}

// --- renew -----------------------------------------------------------------------------------
const QString RenewSynopsis = QStringLiteral("renew FILE -o NEW.cop [--start YYYY-MM-DD]");

void renewOptions(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   QStringLiteral("The new year's plan file to create."), QStringLiteral("NEW.cop")));
    p.addOption(
        valueOption("start", "YYYY-MM-DD", "First day of the new year (default: the day after the plan ends)."));
}

int renew(const Context &c)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), RenewSynopsis);
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(c, QStringLiteral("-o NEW.cop is required"), RenewSynopsis);
    RenewalOptions options;
    if (c.parser.isSet(QStringLiteral("start"))) {
        options.start = QDate::fromString(c.parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!options.start.isValid())
            return usageError(c, QStringLiteral("--start must be a date like 2027-01-15"), RenewSynopsis);
    }
    auto source = Plan::open(files.first(), OpenMode::ReadOnly);
    if (!source.ok())
        return c.fail(BadInput, source.error().message);
    auto renewed = renewPlan(*source.value(), output, options);
    if (!renewed.ok()) {
        const QString message = renewed.error().message;
        return c.fail(BadInput, message.contains(QFileInfo(output).fileName()) || message.contains(files.first())
                                    ? message
                                    : QStringLiteral("%1: %2").arg(native(output), message));
    }
    const RenewalSummary &s = renewed.value();
    c.out << QStringLiteral("Created %1: %2 to %3, %4 members (%5 who left stay behind), %6 resources, %7 goals, "
                            "%8 series with %9 events\n")
                 .arg(native(s.path), s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate))
                 .arg(s.members)
                 .arg(s.membersLeft)
                 .arg(s.resources)
                 .arg(s.goals)
                 .arg(s.series)
                 .arg(s.events);
    return Success;
}

// --- check -----------------------------------------------------------------------------------
const QString CheckSynopsis = QStringLiteral("check FILE");

void noOptions(QCommandLineParser &)
{
}

int check(const Context &c)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), CheckSynopsis);
    auto plan = Plan::open(files.first(), OpenMode::ReadOnly);
    if (!plan.ok())
        return c.fail(BadInput, plan.error().message);
    auto integrity = plan.value()->integrityCheck();
    if (!integrity.ok())
        return c.fail(BadInput, integrity.error().message);
    if (integrity.value() != QLatin1String("ok"))
        return c.fail(BadInput,
                      QStringLiteral("%1: integrity check failed: %2").arg(native(files.first()), integrity.value()));
    auto community = plan.value()->community();
    auto counts = plan.value()->counts();
    if (!community.ok() || !counts.ok())
        return c.fail(BadInput, community.ok() ? counts.error().message : community.error().message);

    c.out << QStringLiteral("%1: Cultivate plan \"%2\"\n").arg(native(plan.value()->path()), community.value().name);
    c.out << QStringLiteral("  schema version: %1\n").arg(plan.value()->schemaVersion());
    // Opening compared the schema with its version's and read every page: a plan that differs is
    // refused above with the difference.
    c.out << QStringLiteral("  schema: exactly as version %1 defines it\n").arg(plan.value()->schemaVersion());
    c.out << QStringLiteral("  integrity: ok\n");
    c.out << QStringLiteral("  period: %1 to %2\n")
                 .arg(community.value().startDate.toString(Qt::ISODate),
                      community.value().endDate.toString(Qt::ISODate));
    const auto &n = counts.value();
    for (auto it = n.begin(); it != n.end(); ++it)
        c.out << QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    return Success;
}

// --- export ----------------------------------------------------------------------------------
const QString ExportSynopsis = QStringLiteral("export FILE csv TABLE -o OUT | ics -o OUT.ics | json -o OUT.json");

void exportOptions(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   QStringLiteral("The file to write."), QStringLiteral("OUT")));
}

int exportPlan(const Context &c)
{
    const QStringList args = operands(c);
    if (args.size() < 2)
        return usageError(c, QStringLiteral("expects FILE and a format"), ExportSynopsis);
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(c, QStringLiteral("-o OUT is required"), ExportSynopsis);
    const QString format = args.at(1);
    std::optional<CsvExportTable> table;
    if (format == QLatin1String("csv")) {
        const QString tables = csvExportTableKeys().join(QStringLiteral(", "));
        if (args.size() != 3)
            return usageError(c, QStringLiteral("csv needs one TABLE: %1").arg(tables), ExportSynopsis);
        table = csvExportTableFromKey(args.at(2));
        if (!table)
            return usageError(c, QStringLiteral("unknown table '%1' (one of %2)").arg(args.at(2), tables),
                              ExportSynopsis);
    } else if (format == QLatin1String("json") || format == QLatin1String("ics")) {
        if (args.size() != 2)
            return usageError(c, QStringLiteral("%1 takes no further arguments").arg(format), ExportSynopsis);
    } else {
        return usageError(c, QStringLiteral("unknown export format '%1'").arg(format), ExportSynopsis);
    }

    auto plan = Plan::open(args.first(), OpenMode::ReadOnly);
    if (!plan.ok())
        return c.fail(BadInput, plan.error().message);
    auto r = table                            ? exportCsvTable(*plan.value(), *table, output)
             : format == QLatin1String("ics") ? exportScheduleIcs(*plan.value(), output)
                                              : exportPlanJson(*plan.value(), output);
    if (!r.ok())
        return c.fail(BadInput, r.error().message);
    c.out << QStringLiteral("Wrote %1\n").arg(native(output));
    return Success;
}

} // namespace

QList<Command> planCommands()
{
    return {
        {QStringLiteral("new"), NewSynopsis, QStringLiteral("Create a new plan file for a community."), newOptions,
         newPlan},
        {QStringLiteral("demo"), DemoSynopsis,
         QStringLiteral("Create a plan filled with a realistic generated community."), demoOptions, demo},
        {QStringLiteral("renew"), RenewSynopsis,
         QStringLiteral("Create next year's plan: the charter, current members, resources, goals re-baselined, "
                        "the rhythm re-dated and the stages reset; the old plan stays as it is."),
         renewOptions, renew},
        {QStringLiteral("export"), ExportSynopsis,
         QStringLiteral(
             "Export a table as CSV (members, events, attendance, attendance-rows, contributions, resources), "
             "the schedule as iCalendar, or the whole plan as JSON."),
         exportOptions, exportPlan},
        {QStringLiteral("check"), CheckSynopsis,
         QStringLiteral("Check a plan file's integrity and print its schema version and counts."), noOptions, check},
    };
}

} // namespace cultivate::cli
