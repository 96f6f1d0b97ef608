// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"
#include "core/reports/report.h"
#include "core/storage/plan.h"

#include <QFileInfo>

namespace cultivate::cli {

namespace {

const QString ReportSynopsis =
    QStringLiteral("report FILE -o OUT [--format pdf|html|odt|md] [--from YYYY-MM-DD --to YYYY-MM-DD] "
                   "[--kind stakeholder|handover] [--paper a4|letter] [--sections LIST] [--everyone]");

QString sectionKeys()
{
    QStringList keys;
    for (ReportSection s : enumValues<ReportSection>())
        keys << enumKey(s);
    return keys.join(QStringLiteral(", "));
}

void reportOptions(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   QStringLiteral("The report file to write."), QStringLiteral("OUT")));
    p.addOption(valueOption("format", "pdf|html|odt|md", "The format (default: from OUT's extension)."));
    p.addOption(valueOption("from", "YYYY-MM-DD", "First day of the period (default: the plan's start)."));
    p.addOption(valueOption("to", "YYYY-MM-DD", "Last day of the period (default: today, within the plan year)."));
    p.addOption(valueOption("kind", "stakeholder|handover",
                            "The document: the stakeholder report, or the handover for the next facilitator "
                            "(default: stakeholder)."));
    p.addOption(valueOption("paper", "a4|letter", "Paper size of a PDF (default: a4)."));
    p.addOption(QCommandLineOption(
        QStringLiteral("sections"),
        QStringLiteral("Comma-separated sections of the stakeholder report, in any order (default: all): %1. The "
                       "handover always has all of its own sections and refuses this option.")
            .arg(sectionKeys()),
        QStringLiteral("LIST")));
    p.addOption(QCommandLineOption(QStringLiteral("everyone"),
                                   QStringLiteral("Count facilitators and sponsors in the figures too.")));
}

int report(const Context &c)
{
    const QStringList files = operands(c);
    if (files.size() != 1)
        return usageError(c, QStringLiteral("expects exactly one FILE"), ReportSynopsis);
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(c, QStringLiteral("-o OUT is required"), ReportSynopsis);

    std::optional<ReportFormat> format;
    if (c.parser.isSet(QStringLiteral("format"))) {
        format = enumFromKey<ReportFormat>(c.parser.value(QStringLiteral("format")).toLower());
        if (!format)
            return usageError(c, QStringLiteral("--format must be pdf, html, odt or md"), ReportSynopsis);
    } else {
        format = reportFormatForPath(output);
        if (!format) {
            return usageError(c,
                              QStringLiteral("cannot tell the format from '%1'; name it .pdf, .html, .odt or .md, "
                                             "or give --format")
                                  .arg(QFileInfo(output).fileName()),
                              ReportSynopsis);
        }
    }

    ReportOptions options;
    if (c.parser.isSet(QStringLiteral("kind"))) {
        const auto kind = enumFromKey<ReportKind>(c.parser.value(QStringLiteral("kind")).toLower());
        if (!kind)
            return usageError(c, QStringLiteral("--kind must be stakeholder or handover"), ReportSynopsis);
        options.kind = *kind;
    }
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("from"), &options.from}, std::pair{QStringLiteral("to"), &options.to}}) {
        if (!c.parser.isSet(name))
            continue;
        *date = QDate::fromString(c.parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usageError(c, QStringLiteral("--%1 must be a date like 2026-01-15").arg(name), ReportSynopsis);
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return usageError(c, QStringLiteral("--to is before --from"), ReportSynopsis);
    if (c.parser.isSet(QStringLiteral("paper"))) {
        const auto paper = enumFromKey<PaperSize>(c.parser.value(QStringLiteral("paper")).toLower());
        if (!paper)
            return usageError(c, QStringLiteral("--paper must be a4 or letter"), ReportSynopsis);
        options.paper = *paper;
    }
    if (c.parser.isSet(QStringLiteral("sections")) && options.kind == ReportKind::Handover)
        return usageError(c,
                          QStringLiteral("--sections chooses sections of the stakeholder report; the handover has "
                                         "all of its own"),
                          ReportSynopsis);
    if (c.parser.isSet(QStringLiteral("sections"))) {
        options.sections.clear();
        for (const QString &key :
             c.parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto section = reportSectionFromKey(key.trimmed().toLower());
            if (!section) {
                return usageError(c,
                                  QStringLiteral("unknown section '%1' (one of %2)").arg(key.trimmed(), sectionKeys()),
                                  ReportSynopsis);
            }
            options.sections.insert(*section);
        }
        if (options.sections.isEmpty())
            return usageError(c, QStringLiteral("--sections names no section"), ReportSynopsis);
    }
    options.includeEveryone = c.parser.isSet(QStringLiteral("everyone"));

    auto plan = Plan::open(files.first(), OpenMode::ReadOnly);
    if (!plan.ok())
        return c.fail(BadInput, plan.error().message);
    const QDate today = plan.value()->clock().today();
    auto data = loadReportData(*plan.value(), options, today);
    if (!data.ok())
        return c.fail(BadInput, data.error().message);
    auto written = writeReport(data.value(), options, output, *format, today);
    if (!written.ok()) {
        const QString message = written.error().message;
        // Every error line names the file it is about.
        return c.fail(BadInput, message.contains(QFileInfo(output).fileName())
                                    ? message
                                    : QStringLiteral("%1: %2").arg(native(output), message));
    }
    c.out << QStringLiteral("Wrote %1\n").arg(native(output));
    return Success;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report"), ReportSynopsis,
         QStringLiteral("Write the stakeholder report, or with --kind handover the handover document for the next "
                        "facilitator (PDF, HTML, ODT or Markdown), for a period of the plan."),
         reportOptions, report},
    };
}

} // namespace cultivate::cli
