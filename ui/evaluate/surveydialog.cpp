// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/surveydialog.h"

#include "ui/common/formatting.h"
#include "ui/common/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cultivate {

SurveyDialog::SurveyDialog(const Survey &survey, const QList<Event> &events, QWidget *parent)
    : QDialog(parent)
    , m_survey(survey)
{
    setObjectName(QStringLiteral("survey-dialog"));
    setWindowTitle(survey.id == 0 ? tr("New Survey") : tr("Survey Details"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(survey.title, this);
    m_title->setObjectName(QStringLiteral("survey-title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);

    m_kind = makeEnumCombo(this, QStringLiteral("survey-kind"), tr("Kind"), survey.kind);
    form->addRow(tr("&Kind:"), m_kind);

    m_date = makeDateEdit(this, QStringLiteral("survey-date"), tr("Date"),
                          survey.date.isValid() ? survey.date : QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);

    m_anonymous = new QCheckBox(tr("&Anonymous: keep no names, pair answers by a code"), this);
    m_anonymous->setObjectName(QStringLiteral("survey-anonymous"));
    m_anonymous->setChecked(survey.anonymous);
    form->addRow(QString(), m_anonymous);

    m_invited = new QSpinBox(this);
    m_invited->setObjectName(QStringLiteral("survey-invited"));
    m_invited->setAccessibleName(tr("Members invited"));
    m_invited->setRange(0, 1000000);
    m_invited->setSpecialValueText(tr("All members on the date"));
    m_invited->setValue(survey.invited);
    form->addRow(tr("&Invited:"), m_invited);

    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("survey-event"));
    m_event->setAccessibleName(tr("Event"));
    m_event->addItem(tr("No event"), Id(0));
    for (const Event &event : events)
        m_event->addItem(tr("%1 · %2").arg(formatDate(event.start.date()), event.title), event.id);
    m_event->setCurrentIndex(qMax(0, m_event->findData(survey.eventId.value_or(0))));
    form->addRow(tr("&Event:"), m_event);

    m_notes = makeTextArea(this, QStringLiteral("survey-notes"), tr("Notes"), survey.notes);
    form->addRow(tr("&Notes:"), m_notes);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    requireText(buttons, m_title);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

Survey SurveyDialog::survey() const
{
    Survey survey = m_survey;
    survey.title = m_title->text().trimmed();
    survey.kind = enumValueOf<SurveyKind>(m_kind);
    survey.date = m_date->date();
    survey.anonymous = m_anonymous->isChecked();
    survey.invited = m_invited->value();
    const Id event = m_event->currentData().toLongLong();
    survey.eventId = event > 0 ? OptionalId(event) : std::nullopt;
    survey.notes = m_notes->toPlainText().trimmed();
    return survey;
}

} // namespace cultivate
