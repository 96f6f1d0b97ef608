// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/desk/desk.h"
#include "core/storage/plan.h"

#include <QJsonDocument>
#include <QLocale>

namespace cultivate::cli {

namespace {

const QString AgendaSynopsis = QStringLiteral("agenda FILE [--json]");

void agendaOptions(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

void printText(const Context &c, const Desk &desk, const QList<DeskMark> &marks)
{
    c.out << QStringLiteral("%1 — what to do from %2 to %3\n").arg(desk.community, day(desk.today), day(desk.horizon));
    c.out << QStringLiteral("Health: %1\n").arg(desk.headline);
    if (desk.stage) {
        const DeskStage &s = *desk.stage;
        c.out << QStringLiteral("Stage %1 of %2: %3 (%4), %5% ready, %6 of %7 checklist items done%8\n")
                     .arg(s.number)
                     .arg(s.stages)
                     .arg(label(s.kind), label(s.status).toLower())
                     .arg(qRound(s.readiness * 100))
                     .arg(s.done)
                     .arg(s.items)
                     .arg(s.overdue ? QStringLiteral(", overdue") : QString());
    }
    if (desk.nextCheckIn)
        c.out << QStringLiteral("Next check-in: %1, %2\n").arg(day(desk.nextCheckIn->date), desk.nextCheckIn->title);

    const QList<DeskItem> open = openDeskItems(desk, marks);
    std::optional<DeskSection> section;
    for (const DeskItem &item : open) {
        if (section != item.section) {
            section = item.section;
            c.out << QStringLiteral("\n%1\n").arg(DeskText::sectionTitle(item.section));
        }
        c.out << QStringLiteral("  %1 %2\n      %3   [%4]\n")
                     .arg(item.overdue ? QStringLiteral("!") : QStringLiteral("-"), item.title, item.detail, item.key);
    }
    if (open.isEmpty())
        c.out << QStringLiteral("\nNothing to do this week and next.\n");
    const int marked = int(desk.items.size() - open.size());
    if (marked > 0)
        c.out << QStringLiteral("\n%1 more marked done or snoozed.\n").arg(marked);
}

int agenda(const Context &c)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), AgendaSynopsis);
    auto plan = Plan::open(files.first(), OpenMode::ReadOnly);
    if (!plan.ok())
        return c.fail(BadInput, plan.error().message);
    auto data = loadDeskData(*plan.value());
    if (!data.ok())
        return c.fail(BadInput, data.error().message);
    const Desk desk = computeDesk(data.value());
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << QString::fromUtf8(QJsonDocument(deskJson(desk, data.value().marks)).toJson(QJsonDocument::Indented));
        return Success;
    }
    printText(c, desk, data.value().marks);
    return Success;
}

} // namespace

QList<Command> agendaCommands()
{
    return {
        {QStringLiteral("agenda"), AgendaSynopsis,
         QStringLiteral("Print the facilitator's desk: what to do this week and next, as the Overview shows it."),
         agendaOptions, agenda},
    };
}

} // namespace cultivate::cli
