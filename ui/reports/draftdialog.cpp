// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/draftdialog.h"

#include "core/storage/plan.h"
#include "ui/common/typography.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

QLineEdit *readOnlyLine(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *line = new QLineEdit(text, parent);
    line->setObjectName(name);
    line->setAccessibleName(accessible);
    line->setReadOnly(true);
    line->setCursorPosition(0);
    return line;
}

QString recipients(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return DraftDialog::tr("(nobody with an e-mail address)");
    return addresses.join(QStringLiteral(", "));
}

} // namespace

DraftDialog::DraftDialog(const Draft &draft, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("draft-dialog"));
    setWindowTitle(title);
    const int unit = em(this);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit * 2 / 3);
    auto *intro =
        makeLabel(draft.bcc.isEmpty() ? tr("A draft to send from your own mail program. Change it there as you like.")
                                      : tr("A draft to send from your own mail program. Members are addressed in blind "
                                           "copy, so they do not see each other's addresses."),
                  TextStyle::Secondary, this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!draft.to.isEmpty() || draft.bcc.isEmpty())
        form->addRow(tr("To:"), readOnlyLine(recipients(draft.to), QStringLiteral("draft-to"), tr("To"), this));
    if (!draft.bcc.isEmpty()) {
        auto *bcc = readOnlyLine(recipients(draft.bcc), QStringLiteral("draft-bcc"), tr("Blind copy"), this);
        form->addRow(tr("Bcc (%1):").arg(draft.bcc.size()), bcc);
    }
    form->addRow(tr("Subject:"), readOnlyLine(draft.subject, QStringLiteral("draft-subject"), tr("Subject"), this));
    layout->addLayout(form);

    auto *body = new QPlainTextEdit(draft.body, this);
    body->setObjectName(QStringLiteral("draft-body"));
    body->setAccessibleName(tr("Message"));
    body->setReadOnly(true);
    body->setTabChangesFocus(true);
    body->setMinimumSize(unit * 34, unit * 16);
    layout->addWidget(body, 1);

    m_status = makeLabel({}, TextStyle::Secondary, this);
    m_status->setObjectName(QStringLiteral("draft-status"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("draft-buttons"));
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("draft-copy"));
    copy->setAccessibleName(tr("Copy the subject and message"));
    auto *mail = buttons->addButton(tr("&Open in Mail Program"), QDialogButtonBox::ActionRole);
    mail->setObjectName(QStringLiteral("draft-mail"));
    mail->setAccessibleName(tr("Open in mail program"));
    mail->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("draft-close"));
    connect(copy, &QPushButton::clicked, this, &DraftDialog::copyToClipboard);
    connect(mail, &QPushButton::clicked, this, &DraftDialog::openInMailProgram);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(unit * 46, unit * 32);
}

QString DraftDialog::text() const
{
    return tr("Subject: %1").arg(m_draft.subject) + QStringLiteral("\n\n") + m_draft.body;
}

void DraftDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
    m_status->setText(tr("Copied the subject and the message."));
}

void DraftDialog::openInMailProgram()
{
    if (QDesktopServices::openUrl(mailtoUrl(m_draft)))
        m_status->setText(tr("Opened in your mail program."));
    else
        m_status->setText(tr("No mail program opened. Use Copy and paste the message instead."));
}

QString eventDraftTitle(EventDraftKind kind)
{
    switch (kind) {
    case EventDraftKind::Reminder:
        return DraftDialog::tr("Reminder");
    case EventDraftKind::FollowUp:
        return DraftDialog::tr("Follow-up");
    case EventDraftKind::MissedYou:
        return DraftDialog::tr("Note to Those Who Missed It");
    }
    return {};
}

void showEventDraft(const Plan &plan, Id eventId, EventDraftKind kind, QWidget *parent)
{
    auto data = loadEventDraftData(plan, eventId);
    if (!data.ok()) {
        QMessageBox::warning(parent, DraftDialog::tr("No Draft"), data.error().message);
        return;
    }
    DraftDialog dialog(eventDraft(data.value(), kind),
                       DraftDialog::tr("%1: %2").arg(eventDraftTitle(kind), data.value().event.title), parent);
    dialog.exec();
}

} // namespace cultivate
