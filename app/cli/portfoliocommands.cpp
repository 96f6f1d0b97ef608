// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/portfolio/portfolio.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace cultivate::cli {

namespace {

const QString PortfolioSynopsis = QStringLiteral("portfolio FILE|DIR... [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]");

// Longer event titles are cut in the table (the JSON has them whole).
constexpr int TitleWidth = 32;

void portfolioOptions(QCommandLineParser &p)
{
    p.addOption(
        valueOption("from", "YYYY-MM-DD", "First day of one window for every plan (default: each plan's start)."));
    p.addOption(valueOption("to", "YYYY-MM-DD",
                            "Last day of one window for every plan (default: today, within each plan's year)."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
}

// Reads --from and --to; returns an exit code on a usage error.
int windowOptions(const Context &c, PortfolioOptions &options)
{
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("from"), &options.from}, std::pair{QStringLiteral("to"), &options.to}}) {
        if (!c.parser.isSet(name))
            continue;
        *date = QDate::fromString(c.parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usageError(c, QStringLiteral("--%1 must be a date like 2026-01-15").arg(name), PortfolioSynopsis);
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return usageError(c, QStringLiteral("--to is before --from"), PortfolioSynopsis);
    return Success;
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100)) : QStringLiteral("–");
}

QString eventText(const std::optional<PortfolioEvent> &event)
{
    if (!event)
        return QStringLiteral("–");
    QString title = event->title.simplified();
    if (title.size() > TitleWidth)
        title = title.left(TitleWidth - 1) + QChar(0x2026);
    return QStringLiteral("%1 %2").arg(event->date.toString(Qt::ISODate), title);
}

QStringList cells(const PortfolioRow &row)
{
    if (!row.readable())
        return {QFileInfo(row.path).fileName(),   QString(), QString(), QString(), QString(), QString(), QString(),
                QStringLiteral("cannot be read"), QString(), QString()};
    const QString active = row.activeLatestMonth
                               ? QStringLiteral("%1 (%2)").arg(*row.activeLatestMonth).arg(row.latestCompleteMonth)
                               : QStringLiteral("–");
    return {row.name,
            row.stage ? label(*row.stage) : QStringLiteral("–"),
            QString::number(row.members),
            active,
            percent(row.stickiness),
            percent(row.reach),
            QString::number(row.newcomers),
            HealthCheck::label(row.verdict),
            eventText(row.lastEvent),
            eventText(row.nextEvent)};
}

// The rows as a table a person reads: text columns to the left, figures to the right.
void printTable(const Context &c, const QList<PortfolioRow> &rows)
{
    const QStringList header{QStringLiteral("Community"),  QStringLiteral("Stage"),
                             QStringLiteral("Members"),    QStringLiteral("Active (month)"),
                             QStringLiteral("Stickiness"), QStringLiteral("Reach"),
                             QStringLiteral("Newcomers"),  QStringLiteral("Verdict"),
                             QStringLiteral("Last event"), QStringLiteral("Next event")};
    constexpr bool RightAligned[] = {false, false, true, true, true, true, true, false, false, false};
    QList<QStringList> table{header};
    for (const PortfolioRow &row : rows)
        table << cells(row);
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    }
    for (const QStringList &line : std::as_const(table)) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const int width = int(widths[i]);
            padded << (RightAligned[i] ? line[i].rightJustified(width) : line[i].leftJustified(width));
        }
        c.out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    }
}

int portfolio(const Context &c)
{
    const QStringList paths = operands(c);
    if (paths.isEmpty())
        return usageError(c, QStringLiteral("expects at least one FILE or DIR"), PortfolioSynopsis);
    PortfolioOptions options;
    if (int code = windowOptions(c, options); code != Success)
        return code;

    const PortfolioSources sources = portfolioSources(paths);
    for (const QString &folder : sources.emptyFolders)
        c.fail(Success, QFileInfo(folder).isReadable()
                            ? QStringLiteral("%1: the folder holds no plan file (*.cop)").arg(native(folder))
                            : QStringLiteral("%1: the folder cannot be read (permission denied)").arg(native(folder)));
    if (sources.plans.isEmpty())
        return BadInput; // the folders were named above; there is nothing to compare
    auto compared = comparePlans(sources.plans, options);
    if (!compared.ok())
        return c.fail(BadInput, compared.error().message);
    const QList<PortfolioRow> &rows = compared.value();

    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << QString::fromUtf8(QJsonDocument(portfolioJson(rows, options)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString window =
        options.from.isValid() || options.to.isValid()
            ? QStringLiteral("from %1 to %2")
                  .arg(options.from.isValid() ? options.from.toString(Qt::ISODate)
                                              : QStringLiteral("each plan's start"),
                       options.to.isValid() ? options.to.toString(Qt::ISODate) : QStringLiteral("today"))
            : QStringLiteral("each over its year so far");
    c.out << QStringLiteral("Portfolio of %1 plan(s), %2 (today %3)\n\n")
                 .arg(rows.size())
                 .arg(window, options.clock->today().toString(Qt::ISODate));
    printTable(c, rows);
    QStringList unreadable;
    for (const PortfolioRow &row : rows) {
        if (!row.readable())
            unreadable << row.error->message;
    }
    if (!unreadable.isEmpty()) {
        c.out << QStringLiteral("\n%1 plan(s) cannot be read:\n").arg(unreadable.size());
        for (const QString &reason : std::as_const(unreadable))
            c.out << QStringLiteral("  %1\n").arg(reason);
    }
    return Success;
}

} // namespace

QList<Command> portfolioCommands()
{
    return {
        {QStringLiteral("portfolio"), PortfolioSynopsis,
         QStringLiteral("Compare many communities side by side: stage, members, active members, stickiness, reach, "
                        "newcomers, the health verdict and the last and next event of each plan. A DIR stands for "
                        "the .cop files directly in it. Plans are only read, without taking their locks; a plan that "
                        "cannot be read is listed with its reason and the command still succeeds."),
         portfolioOptions, portfolio},
    };
}

} // namespace cultivate::cli
