// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/importers/importer.h"

#include <QFileInfo>

namespace cultivate::cli {

namespace {

const QString ImportSynopsis = QStringLiteral("import FILE members|attendance CSV [--event ID] "
                                              "[--format auto|zoom|teams|generic] [--dry-run] [--encoding NAME] "
                                              "[--map ROLE=COLUMN,...]");

void importOptions(QCommandLineParser &p)
{
    p.addOption(valueOption("event", "ID",
                            "Attendance: attach to this event (default: the plan's event starting "
                            "within an hour of the meeting, else a new held event)."));
    p.addOption(valueOption("format", "auto|zoom|teams|generic", "The file's format (default: detect it)."));
    p.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; write nothing.")));
    p.addOption(valueOption("encoding", "NAME",
                            "The file's encoding, when the guess is wrong: utf-8, utf-16le, windows-1252, "
                            "windows-1250, windows-1251, iso-8859-2, koi8-r… (default: detect it)."));
    p.addOption(valueOption("map", "ROLE=COLUMN,...",
                            "Which column holds what, by its header: name, first-name, last-name, email, "
                            "organisation, role, join, leave, minutes, status, guest, notes or ignore "
                            "(e.g. name=Teilnehmer,email=E-Mail)."));
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

QString personLine(const PersonPlan &person)
{
    const QString email =
        person.proposed.email.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(person.proposed.email);
    if (person.isNew()) {
        QString what = person.caller                          ? QStringLiteral(" (guest: a phone caller)")
                       : person.proposed.role == Role::Guest  ? QStringLiteral(" (guest)")
                       : person.proposed.role != Role::Member ? QStringLiteral(" (%1)").arg(label(person.proposed.role))
                                                              : QString();
        if (!person.proposed.organisation.isEmpty())
            what += QStringLiteral(", %1").arg(oneLine(person.proposed.organisation));
        return QStringLiteral("  new member: %1%2%3\n").arg(oneLine(person.proposed.name), email, what);
    }
    const QString who = QStringLiteral("#%1 %2").arg(person.memberId).arg(oneLine(person.names.value(0)));
    QStringList changes;
    for (const FieldChange &change : person.changes)
        changes << QStringLiteral("%1: \"%2\" -> \"%3\"")
                       .arg(roleKey(change.field), oneLine(change.before), oneLine(change.after));
    if (changes.isEmpty()) {
        for (const QString &alias : person.aliasesToAdd)
            changes << QStringLiteral("alias \"%1\"").arg(oneLine(alias));
        if (!person.emailToAdd.isEmpty())
            changes << QStringLiteral("email %1").arg(person.emailToAdd);
    }
    if (changes.isEmpty())
        return QStringLiteral("  unchanged member %1\n").arg(who);
    return QStringLiteral("  %1 member %2: %3\n")
        .arg(person.changes.isEmpty() ? QStringLiteral("merge into") : QStringLiteral("update"), who,
             changes.join(QStringLiteral("; ")));
}

void printPreview(const Context &c, const ImportPreview &p)
{
    const QString how =
        p.workbook ? QStringLiteral("Excel workbook, first sheet")
                   : QStringLiteral("%1%2, %3").arg(encodingName(p.encoding), QString(), delimiterName(p.delimiter));
    c.out << QStringLiteral("%1: %2 (%3)\n").arg(p.fileName, formatLabel(p.format), how);
    if (p.kind == ImportKind::Attendance) {
        const Meeting &m = p.meeting;
        const auto minutes = m.durationMinutes();
        c.out << QStringLiteral("Meeting: %1, %2, %3\n")
                     .arg(m.title.isEmpty() ? QStringLiteral("(no title in the file)")
                                            : QStringLiteral("\"%1\"").arg(oneLine(m.title)),
                          m.start.isValid() ? m.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                            : QStringLiteral("(no date in the file)"),
                          minutes ? QStringLiteral("%1 min").arg(*minutes) : QStringLiteral("duration unknown"));
    }
    c.out << QStringLiteral("Rows: %1, people: %2, matched: %3, new members: %4, merges: %5\n")
                 .arg(p.rows)
                 .arg(p.people.size())
                 .arg(p.matchedCount())
                 .arg(p.newMemberCount())
                 .arg(p.mergeCount());
    if (!p.ignoredColumns.isEmpty())
        c.out << QStringLiteral("Ignored columns: %1\n").arg(oneLine(p.ignoredColumns.join(QStringLiteral(", "))));
    for (const PersonPlan &person : p.people) {
        if (p.kind == ImportKind::Members || person.isNew() || person.isMerge())
            c.out << personLine(person);
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
        // Zoom webinars, Google Meet and Webex are read by the zoom and generic readers.
        if (!parsed ||
            (*parsed != ImportFormat::Zoom && *parsed != ImportFormat::Teams && *parsed != ImportFormat::Generic))
            return usageError(c,
                              QStringLiteral("--format must be auto, zoom, teams or generic (or zoom-webinar, meet, "
                                             "webex)"),
                              ImportSynopsis);
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
    if (c.parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = encodingFromName(c.parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return usageError(c,
                              QStringLiteral("'%1' is not an encoding Cultivate reads (utf-8, windows-1252, "
                                             "windows-1250, windows-1251, iso-8859-2, koi8-r…)")
                                  .arg(c.parser.value(QStringLiteral("encoding"))),
                              ImportSynopsis);
        options.encoding = *encoding;
    }
    if (c.parser.isSet(QStringLiteral("map"))) {
        QString error;
        const auto overrides = parseColumnOverrides(c.parser.value(QStringLiteral("map")), &error);
        if (!overrides)
            return usageError(c, QStringLiteral("--map: %1").arg(error), ImportSynopsis);
        options.columns = *overrides;
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
    if (p.kind == ImportKind::Attendance && !p.eventChanges.isEmpty())
        c.out << QStringLiteral("Event changes: %1\n").arg(oneLine(p.eventChanges.join(QStringLiteral("; "))));
    if (p.nothingNew()) {
        if (p.kind == ImportKind::Attendance)
            c.out << eventLine(p, p.event.id);
        c.out << QStringLiteral("%1: nothing new: the plan already has all of it\n").arg(p.fileName);
        return Success;
    }
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
    if (o.nothingNew) {
        c.out << QStringLiteral("%1: nothing new: the plan already has all of it\n").arg(p.fileName);
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
         QStringLiteral("Import a member list, or a Zoom, Teams, Google Meet, Webex or generic attendance report, "
                        "from a CSV or .xlsx file. "
                        "Nothing is written when any line is wrong, and a file imported before is not imported again."),
         importOptions, importFile},
    };
}

} // namespace cultivate::cli
