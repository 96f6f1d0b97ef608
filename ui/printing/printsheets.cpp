// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/printsheets.h"

#include "core/storage/plan.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTextDocument>

namespace cultivate {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString timeText(const QDateTime &start, int minutes)
{
    return PrintSheets::tr("%1 – %2").arg(start.time().toString(QStringLiteral("HH:mm")),
                                          start.addSecs(qint64(minutes) * 60).time().toString(QStringLiteral("HH:mm")));
}

const char *const Style = "h1 { font-size: 16pt; margin-bottom: 2pt; } "
                          "p.meta { font-size: 10pt; margin-top: 0; } "
                          "th { text-align: left; background-color: #e8e8e8; } "
                          "td, th { font-size: 10pt; } "
                          "td.cancelled { color: #777777; }";

} // namespace

QString PrintSheets::signInSheetHtml(const SignInSheet &sheet)
{
    const Event &e = sheet.event;
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(Style));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Sign-in sheet: %1").arg(e.title)));
    QStringList meta{dayText(e.start.date()), timeText(e.start, e.durationMinutes)};
    meta << (e.location.trimmed().isEmpty() ? tr("Place: ____________________") : e.location);
    html += QStringLiteral("<p class=\"meta\">%1<br/>%2</p>")
                .arg(esc(meta.join(QStringLiteral(" · "))), esc(sheet.community));
    // Rows tall enough to sign in, the number column wide enough for two digits.
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"9\">"
                           "<thead><tr><th width=\"6%\">#</th><th width=\"30%\">%1</th><th width=\"26%\">%2</th>"
                           "<th width=\"38%\">%3</th></tr></thead><tbody>")
                .arg(esc(tr("Name")), esc(tr("Organisation")), esc(tr("Signature")));
    int row = 0;
    for (const Member &m : sheet.expected) {
        html += QStringLiteral("<tr><td nowrap>%1</td><td>%2</td><td>%3</td><td>&nbsp;</td></tr>")
                    .arg(++row)
                    .arg(esc(m.name), esc(m.organisation));
    }
    for (int blank = 0; blank < BlankRows; ++blank)
        html += QStringLiteral("<tr><td nowrap>%1</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>").arg(++row);
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(esc(tr("Members expected: %1. Add anyone else on the blank lines.").arg(sheet.expected.size())));
    html += QStringLiteral("</body></html>");
    return html;
}

QString PrintSheets::scheduleHtml(const PeriodSchedule &schedule)
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(Style));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Schedule: %1").arg(schedule.community)));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(esc(tr("%1 to %2 · events: %3")
                             .arg(dayText(schedule.from), dayText(schedule.to))
                             .arg(schedule.events.size())));
    if (schedule.events.isEmpty()) {
        html += QStringLiteral("<p>%1</p></body></html>").arg(esc(tr("No events in this period.")));
        return html;
    }
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">"
                           "<thead><tr><th width=\"20%\">%1</th><th width=\"14%\">%2</th><th width=\"28%\">%3</th>"
                           "<th width=\"18%\">%4</th><th width=\"20%\">%5</th></tr></thead><tbody>")
                .arg(esc(tr("Date")), esc(tr("Time")), esc(tr("Event")), esc(tr("Kind")), esc(tr("Place")));
    for (const Event &e : schedule.events) {
        const bool cancelled = e.status == EventStatus::Cancelled;
        QString title = esc(e.title);
        if (cancelled)
            title += QStringLiteral(" <i>(%1)</i>").arg(esc(label(e.status).toLower()));
        if (e.stageId && schedule.stageNames.contains(*e.stageId))
            title += QStringLiteral("<br/><small>%1</small>").arg(esc(schedule.stageNames.value(*e.stageId)));
        html += QStringLiteral("<tr><td%1>%2</td><td%1>%3</td><td%1>%4</td><td%1>%5</td><td%1>%6</td></tr>")
                    .arg(cancelled ? QStringLiteral(" class=\"cancelled\"") : QString(), esc(dayText(e.start.date())),
                         esc(timeText(e.start, e.durationMinutes)), title, esc(label(e.kind)), esc(e.location));
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

void PrintSheets::print(const QString &html, QPrinter &printer)
{
    QTextDocument document;
    document.setHtml(html);
    // The document takes the printer's page; print() then numbers the pages at their foot.
    document.print(&printer);
}

void PrintSheets::preview(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("print-preview"));
    dialog.setWindowTitle(tr("Print Preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [html](QPrinter *target) { print(html, *target); });
    dialog.exec();
}

void PrintSheets::previewSignInSheet(const Plan &plan, Id eventId, QWidget *parent)
{
    auto sheet = loadSignInSheet(plan, eventId);
    if (!sheet.ok()) {
        QMessageBox::warning(parent, tr("Nothing to Print"), sheet.error().message);
        return;
    }
    preview(signInSheetHtml(sheet.value()), tr("Sign-in sheet: %1").arg(sheet.value().event.title), parent);
}

void PrintSheets::previewSchedule(const Plan &plan, QWidget *parent)
{
    QDialog ask(parent);
    ask.setObjectName(QStringLiteral("print-period-dialog"));
    ask.setWindowTitle(tr("Print the Schedule"));
    const QDate today = plan.clock().today();
    auto *from = new QDateEdit(QDate(today.year(), today.month(), 1), &ask);
    from->setObjectName(QStringLiteral("print-from"));
    from->setCalendarPopup(true);
    auto *to = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(2).addDays(-1), &ask);
    to->setObjectName(QStringLiteral("print-to"));
    to->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview…"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QDate first = std::min(from->date(), to->date());
    const QDate last = std::max(from->date(), to->date());
    auto schedule = loadPeriodSchedule(plan, first, last);
    if (!schedule.ok()) {
        QMessageBox::warning(parent, tr("Nothing to Print"), schedule.error().message);
        return;
    }
    preview(scheduleHtml(schedule.value()), tr("Schedule %1 to %2").arg(dayText(first), dayText(last)), parent);
}

} // namespace cultivate
