// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/memberdialog.h"

#include "ui/common/formfields.h"

#include "ui/common/typography.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

QStringList splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        const QString alias = part.simplified();
        if (!alias.isEmpty() && !aliases.contains(alias, Qt::CaseInsensitive))
            aliases.append(alias);
    }
    return aliases;
}

} // namespace

MemberDialog::MemberDialog(const Member &member, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_member(member)
{
    setObjectName(QStringLiteral("member-dialog"));
    setWindowTitle(member.id == 0 ? tr("New Member") : tr("Edit Member"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    const auto line = [this](const QString &text, const char *name, const QString &accessible) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_name = line(member.name, "member-name", tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    m_email = line(member.email, "member-email", tr("Email"));
    m_email->setPlaceholderText(tr("name@example.org"));
    form->addRow(tr("&Email:"), m_email);
    m_organisation = line(member.organisation, "member-organisation", tr("Organisation"));
    form->addRow(tr("&Organisation:"), m_organisation);

    m_role = makeEnumCombo(this, QStringLiteral("member-role"), tr("Role"), member.role);
    form->addRow(tr("&Role:"), m_role);

    m_hasJoined = new QCheckBox(tr("&Joined on"), this);
    m_hasJoined->setObjectName(QStringLiteral("member-has-joined"));
    m_joined = makeDateEdit(this, QStringLiteral("member-joined"), tr("Joined date"));
    form->addRow(tr("Joined:"), optionalDateRow(m_hasJoined, m_joined, member.joinedDate, today));
    m_hasLeft = new QCheckBox(tr("&Left on"), this);
    m_hasLeft->setObjectName(QStringLiteral("member-has-left"));
    m_left = makeDateEdit(this, QStringLiteral("member-left"), tr("Left date"));
    form->addRow(tr("Left:"), optionalDateRow(m_hasLeft, m_left, member.leftDate, today));

    m_aliases = makeTextArea(this, QStringLiteral("member-aliases"), tr("Aliases, one per line"),
                             member.aliases.join(QLatin1Char('\n')), 3);
    m_aliases->setPlaceholderText(tr("Other names seen in imports, one per line"));
    form->addRow(tr("&Aliases:"), m_aliases);

    m_consentReport = new QCheckBox(tr("May be &named in reports"), this);
    m_consentReport->setObjectName(QStringLiteral("member-consent-report"));
    m_consentReport->setChecked(member.consentReport);
    m_consentQuote = new QCheckBox(tr("May be &quoted in stories"), this);
    m_consentQuote->setObjectName(QStringLiteral("member-consent-quote"));
    m_consentQuote->setChecked(member.consentQuote);
    auto *consent = new QVBoxLayout;
    consent->addWidget(m_consentReport);
    consent->addWidget(m_consentQuote);
    form->addRow(tr("Consent:"), consent);

    m_hasCommitment = new QCheckBox(tr("&Signed on"), this);
    m_hasCommitment->setObjectName(QStringLiteral("member-has-commitment"));
    m_commitment = makeDateEdit(this, QStringLiteral("member-commitment"), tr("Commitment signed"));
    form->addRow(tr("Commitment:"), optionalDateRow(m_hasCommitment, m_commitment, member.commitmentSigned, today));

    m_notes = makeTextArea(this, QStringLiteral("member-notes"), tr("Notes"), member.notes);
    form->addRow(tr("No&tes:"), m_notes);

    m_problem = makeLabel({}, TextStyle::Secondary, this);
    m_problem->setObjectName(QStringLiteral("member-problem"));

    QDialogButtonBox *buttons = makeDialogButtons(this);
    buttons->setObjectName(QStringLiteral("member-buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("member-ok"));
    connect(m_name, &QLineEdit::textChanged, this, &MemberDialog::validate);
    for (QCheckBox *check : {m_hasJoined, m_hasLeft})
        connect(check, &QCheckBox::toggled, this, &MemberDialog::validate);
    for (QDateEdit *edit : {m_joined, m_left})
        connect(edit, &QDateEdit::dateChanged, this, &MemberDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
    resize(em(this) * 32, sizeHint().height());
}

void MemberDialog::validate()
{
    QString problem;
    if (m_name->text().simplified().isEmpty())
        problem = tr("A member needs a name.");
    else if (m_hasJoined->isChecked() && m_hasLeft->isChecked() && m_left->date() < m_joined->date())
        problem = tr("The left date comes before the joined date.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

Member MemberDialog::member() const
{
    Member member = m_member;
    // Fields the user did not touch keep their stored text exactly.
    const auto text = [](const QLineEdit *edit, const QString &stored) {
        return edit->isModified() ? edit->text().simplified() : stored;
    };
    member.name = text(m_name, m_member.name);
    member.email = text(m_email, m_member.email);
    member.organisation = text(m_organisation, m_member.organisation);
    member.role = enumValueOf<Role>(m_role);
    member.joinedDate = m_hasJoined->isChecked() ? m_joined->date() : QDate();
    member.leftDate = m_hasLeft->isChecked() ? m_left->date() : QDate();
    if (m_aliases->document()->isModified())
        member.aliases = splitAliases(m_aliases->toPlainText());
    member.consentReport = m_consentReport->isChecked();
    member.consentQuote = m_consentQuote->isChecked();
    member.commitmentSigned = m_hasCommitment->isChecked() ? m_commitment->date() : QDate();
    if (m_notes->document()->isModified())
        member.notes = m_notes->toPlainText().trimmed();
    return member;
}

} // namespace cultivate
