// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/mergemembersdialog.h"

#include "core/people/membermerge.h"
#include "ui/common/formatting.h"
#include "ui/common/typography.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

QString describe(const Member &member)
{
    QStringList parts;
    for (const QString &part : {member.email, member.organisation, label(member.role)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (member.joinedDate.isValid())
        parts.append(QCoreApplication::translate("cultivate::MergeMembersDialog", "joined %1")
                         .arg(formatDate(member.joinedDate)));
    return QCoreApplication::translate("cultivate::MergeMembersDialog", "Keep “%1” (%2)")
        .arg(member.name, parts.join(QStringLiteral(" · ")));
}

} // namespace

MergeMembersDialog::MergeMembersDialog(const Member &first, const Member &second, QWidget *parent)
    : QDialog(parent)
    , m_first(first)
    , m_second(second)
{
    setObjectName(QStringLiteral("merge-dialog"));
    setWindowTitle(tr("Merge Members"));
    const int unit = em(this);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit / 2);
    auto *intro = makeLabel(tr("“%1” and “%2” will become one member. Attendance, contributions, recognition, "
                               "story links, survey responses and authored resources of both are kept; the other "
                               "record's names become aliases and fill the kept record's empty fields.")
                                .arg(first.name, second.name),
                            TextStyle::Body, this);
    intro->setObjectName(QStringLiteral("merge-intro"));
    layout->addWidget(intro);

    m_keepFirst = new QRadioButton(describe(first), this);
    m_keepFirst->setObjectName(QStringLiteral("merge-keep-first"));
    m_keepFirst->setChecked(true);
    m_keepSecond = new QRadioButton(describe(second), this);
    m_keepSecond->setObjectName(QStringLiteral("merge-keep-second"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepFirst);
    group->addButton(m_keepSecond);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);

    m_preview = makeLabel({}, TextStyle::Secondary, this);
    m_preview->setObjectName(QStringLiteral("merge-preview"));
    layout->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    ok->setObjectName(QStringLiteral("merge-ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_keepFirst, &QRadioButton::toggled, this, &MergeMembersDialog::updatePreview);
    updatePreview();
    resize(unit * 34, sizeHint().height());
}

void MergeMembersDialog::updatePreview()
{
    const bool first = m_keepFirst->isChecked();
    const Member result = first ? mergedMember(m_first, m_second) : mergedMember(m_second, m_first);
    QStringList lines;
    lines << tr("Kept: %1 (%2)").arg(result.name, label(result.role));
    if (!result.aliases.isEmpty())
        lines << tr("Aliases: %1").arg(result.aliases.join(QStringLiteral(", ")));
    if (!result.email.isEmpty())
        lines << tr("Email: %1").arg(result.email);
    if (!result.organisation.isEmpty())
        lines << tr("Organisation: %1").arg(result.organisation);
    lines << tr("Consent and role stay those of the kept member. Undo brings both records back.");
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

Id MergeMembersDialog::keptId() const
{
    return m_keepFirst->isChecked() ? m_first.id : m_second.id;
}

Id MergeMembersDialog::mergedId() const
{
    return m_keepFirst->isChecked() ? m_second.id : m_first.id;
}

} // namespace cultivate
