// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/welcome/newcommunitydialog.h"

#include "ui/common/formatting.h"
#include "ui/common/typography.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

NewCommunityDialog::NewCommunityDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("new-community-dialog"));
    setWindowTitle(tr("New Community"));
    const int unit = em(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("new-community-name"));
    m_name->setAccessibleName(tr("Community name"));
    m_name->setPlaceholderText(tr("For example: Data Practice"));
    m_name->setMinimumWidth(unit * 20);

    m_start = new QDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("new-community-start"));
    m_start->setAccessibleName(tr("Start date"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dateFormat());

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("new-community-template"));
    m_template->setAccessibleName(tr("Template"));
    m_template->addItem(tr("A dated first year"), QVariant::fromValue(int(PlanTemplate::OneYear)));
    m_template->addItem(tr("Empty plan"), QVariant::fromValue(int(PlanTemplate::Empty)));
    m_templateHelp = makeLabel({}, TextStyle::Secondary, this);
    m_templateHelp->setMinimumWidth(unit * 20);

    auto *form = new QFormLayout;
    form->setSpacing(unit / 2);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Starts on:"), m_start);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(QString(), m_templateHelp);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create…"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create the community"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit);
    layout->setSpacing(unit);
    layout->addWidget(makeLabel(tr("A new plan file holds the community's charter, its lifecycle and its first "
                                   "year. You choose where to save it next."),
                                TextStyle::Secondary, this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewCommunityDialog::updateState);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewCommunityDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

NewPlanOptions NewCommunityDialog::options() const
{
    NewPlanOptions options;
    options.name = m_name->text().trimmed();
    options.start = m_start->date();
    options.layout = static_cast<PlanTemplate>(m_template->currentData().toInt());
    return options;
}

void NewCommunityDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    const auto layout = static_cast<PlanTemplate>(m_template->currentData().toInt());
    m_templateHelp->setText(layout == PlanTemplate::OneYear
                                ? tr("Dated stages, a pilot, a launch, a monthly rhythm of meetings and check-ins, "
                                     "and a wrap-up with a final survey.")
                                : tr("The five stages and their checklists, without dates or events."));
}

} // namespace cultivate
