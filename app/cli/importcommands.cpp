// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/importers/importer.h"

#include <QFileInfo>

namespace cultivate::cli {

namespace {

const QString ImportSynopsis =
    QStringLiteral("import FILE members|attendance CSV [--event ID] [--format auto|zoom|teams|generic] [--dry-run]");

void importOptions(QCommandLineParser &p)
{
    p.addOption(valueOption("event", "ID",
                            "Attendance: attach to this event (default: the plan's event starting "
                            "within an hour of the meeting, else a new held event)."));
    p.addOption(valueOption("format", "auto|zoom|teams|generic", "The file's format (default: detect it)."));
    p.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; write nothing.")));
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QStringLiteral("tab-separated");
    if (delimiter == QLatin1Char(';'))
        return QStringLiteral("semicolon-separated");
    if (delimiter == QLatin1Char(','))
        return QStringLiteral("comma-separated");
    return QStringLiteral("separated by '%1'").arg(delimiter);
}

QString eventLine(const ImportPreview &preview, Id eventId)
{
    const Event &e = preview.event;
    const QString how = preview.eventChoice == EventChoice::Created         ? QStringLiteral("new, held")
                        : preview.eventChoice == EventChoice::MatchedByTime ? QStringLiteral("matched by time, held")
                                                                            : QStringLiteral("chosen, held");
    const QString id = eventId > 0 ? QStringLiteral("#%1 ").arg(eventId) : QString();
    return QStringLiteral("Event: %1\"%2\" %3, %4 min (%5)\n")
        .arg(id, oneLine(e.title), e.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(e.durationMinutes)
        .arg(how);
}

void printPreview(const Context &c, const ImportPreview &p)
{
    c.out << QStringLiteral("%1: %2 (%3, %4)\n")
                 .arg(p.fileName, formatLabel(p.format), encodingName(p.encoding), delimiterName(p.delimiter));
    if (p.kind == ImportKind::Attendance) {
        const Meeting &m = p.meeting;
        const auto minutes = m.durationMinutes();
        c.out << QStringLiteral("Meeting: \"%1\", %2, %3\n")
                     .arg(oneLine(m.title), m.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          minutes ? QStringLiteral("%1 min").arg(*minutes) : QStringLiteral("duration unknown"));
    }
    c.out << QStringLiteral("Rows: %1, people: %2, matched: %3, new members: %4, merges: %5\n")
                 .arg(p.rows)
                 .arg(p.people.size())
                 .arg(p.matchedCount())
                 .arg(p.newMemberCount())
                 .arg(p.mergeCount());
    for (const PersonPlan &person : p.people) {
        if (person.isNew()) {
            c.out << QStringLiteral("  new member: %1%2%3\n")
                         .arg(oneLine(person.proposed.name),
                              person.proposed.email.isEmpty() ? QString()
                                                              : QStringLiteral(" <%1>").arg(person.proposed.email),
                              person.proposed.role == Role::Guest ? QStringLiteral(" (guest)") : QString());
        } else if (person.isMerge()) {
            QStringList adds;
            for (const QString &alias : person.aliasesToAdd)
                adds << QStringLiteral("alias \"%1\"").arg(oneLine(alias));
            if (!person.emailToAdd.isEmpty())
                adds << QStringLiteral("email %1").arg(person.emailToAdd);
            c.out << QStringLiteral("  merge into member #%1: %2\n")
                         .arg(person.memberId)
                         .arg(adds.join(QStringLiteral(", ")));
        }
    }
    for (const ImportIssue &warning : p.warnings)
        c.out << QStringLiteral("  note: %1\n").arg(oneLine(describeIssue(p.fileName, warning)));
}

int importFile(const Context &c)
{
    const QStringList args = operands(c);
    if (args.size() != 3)
        return usageError(c, QStringLiteral("expects FILE, members or attendance, and CSV"), ImportSynopsis);
    ImportOptions options;
    if (args.at(1) == QLatin1String("members"))
        options.kind = ImportKind::Members;
    else if (args.at(1) == QLatin1String("attendance"))
        options.kind = ImportKind::Attendance;
    else
        return usageError(c, QStringLiteral("'%1' is neither members nor attendance").arg(args.at(1)), ImportSynopsis);

    const QString format = c.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("auto")) {
        const auto parsed = formatFromKey(format);
        if (!parsed || *parsed == ImportFormat::Members)
            return usageError(c, QStringLiteral("--format must be auto, zoom, teams or generic"), ImportSynopsis);
        if (options.kind == ImportKind::Members && *parsed != ImportFormat::Generic)
            return usageError(c, QStringLiteral("a member list has no --format %1").arg(format), ImportSynopsis);
        options.format = *parsed;
    }
    if (c.parser.isSet(QStringLiteral("event"))) {
        int id = 0;
        if (!parseInt(c.parser.value(QStringLiteral("event")), 1, std::numeric_limits<int>::max(), id))
            return usageError(c, QStringLiteral("--event must be an event id (a whole number)"), ImportSynopsis);
        if (options.kind == ImportKind::Members)
            return usageError(c, QStringLiteral("--event applies to attendance only"), ImportSynopsis);
        options.eventId = id;
    }
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));

    const QString planPath = args.at(0);
    const QString csvPath = args.at(2);
    if (!QFileInfo(csvPath).isFile())
        return c.fail(BadInput, QStringLiteral("%1: no such file").arg(native(csvPath)));
    auto plan = Plan::open(planPath, dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!plan.ok())
        return c.fail(BadInput, oneLine(plan.error().message));
    if (!dryRun && plan.value()->isReadOnly())
        return c.fail(BadInput, QStringLiteral("%1: the plan is open read-only (%2)")
                                    .arg(native(planPath), plan.value()->readOnlyReason()));

    auto preview = previewImport(*plan.value(), csvPath, options);
    if (!preview.ok())
        return c.fail(BadInput, oneLine(preview.error().message));
    const ImportPreview &p = preview.value();
    if (p.alreadyImported()) {
        c.out << QStringLiteral("%1 was already imported on %2 (import #%3): nothing to do (already imported)\n")
                     .arg(p.fileName, p.previousImport->importedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(p.previousImport->id);
        return Success;
    }
    if (p.hasErrors())
        return c.fail(BadInput, oneLine(p.firstErrorMessage()));

    printPreview(c, p);
    if (dryRun) {
        if (p.kind == ImportKind::Attendance)
            c.out << eventLine(p, p.event.id);
        c.out << QStringLiteral("Dry run: nothing written.\n");
        return Success;
    }
    auto outcome = commitImport(*plan.value(), p);
    if (!outcome.ok())
        return c.fail(BadInput, oneLine(outcome.error().message));
    const ImportOutcome &o = outcome.value();
    if (o.alreadyImported) {
        c.out << QStringLiteral("%1: nothing to do (already imported)\n").arg(p.fileName);
        return Success;
    }
    if (p.kind == ImportKind::Attendance) {
        c.out << eventLine(p, o.eventId);
        c.out << QStringLiteral("Imported %1 into %2: %3 attendance rows, %4 new members, %5 members updated "
                                "(import #%6)\n")
                     .arg(p.fileName, native(planPath))
                     .arg(o.attendanceRows)
                     .arg(o.membersAdded)
                     .arg(o.membersUpdated)
                     .arg(o.importId);
    } else {
        c.out << QStringLiteral("Imported %1 into %2: %3 new members, %4 members updated (import #%5)\n")
                     .arg(p.fileName, native(planPath))
                     .arg(o.membersAdded)
                     .arg(o.membersUpdated)
                     .arg(o.importId);
    }
    return Success;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {QStringLiteral("import"), ImportSynopsis,
         QStringLiteral("Import a member list, or a Zoom, Teams or generic attendance report, from a CSV file. "
                        "Nothing is written when any line is wrong, and a file imported before is not imported again."),
         importOptions, importFile},
    };
}

} // namespace cultivate::cli
