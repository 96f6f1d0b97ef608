// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/checklistitemdialog.h"

#include "ui/common/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cultivate {

ChecklistItemDialog::ChecklistItemDialog(const ChecklistItem &item, const EvidenceChoices &choices, const QDate &today,
                                         QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("checklist-item-dialog"));
    setWindowTitle(item.id == 0 ? tr("New Checklist Item") : tr("Checklist Item"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(item.title, this);
    showFromStart(m_title);
    m_title->setObjectName(QStringLiteral("checklist-dialog-title"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setReadOnly(item.builtIn);
    form->addRow(tr("&Title:"), m_title);

    m_hasDue = new QCheckBox(tr("&Due"), this);
    m_hasDue->setObjectName(QStringLiteral("checklist-dialog-has-due"));
    m_due = makeDateEdit(this, QStringLiteral("checklist-dialog-due"), tr("Due date"));
    form->addRow(tr("Due date:"), optionalDateRow(m_hasDue, m_due, item.dueDate, today));

    m_done = new QCheckBox(tr("D&one on"), this);
    m_done->setObjectName(QStringLiteral("checklist-dialog-done"));
    m_doneDate = makeDateEdit(this, QStringLiteral("checklist-dialog-done-date"), tr("Done date"));
    form->addRow(tr("Done:"),
                 optionalDateRow(m_done, m_doneDate,
                                 item.done ? (item.doneDate.isValid() ? item.doneDate : today) : QDate(), today));

    m_evidence = makeTextArea(this, QStringLiteral("checklist-dialog-evidence"), tr("Evidence"), item.evidenceNote);
    m_evidence->setPlaceholderText(tr("What shows this is done: a decision, a document, a number…"));
    form->addRow(tr("&Evidence:"), m_evidence);

    const auto linkRow = [this, form](const QString &key, const QString &caption, const QString &accessible,
                                      const QString &none, const QList<EvidenceChoices::Choice> &list,
                                      const OptionalId &current) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("checklist-dialog-") + key);
        combo->setAccessibleName(accessible);
        combo->addItem(none, Id(0));
        for (const EvidenceChoices::Choice &choice : list)
            combo->addItem(choice.text, choice.id);
        combo->setCurrentIndex(qMax(0, combo->findData(current.value_or(0))));
        combo->setEnabled(!list.isEmpty());
        form->addRow(caption, combo);
        return combo;
    };
    m_event = linkRow(QStringLiteral("event"), tr("E&vent:"), tr("Evidence event"), tr("No event"), choices.events,
                      item.evidenceEventId);
    m_resource = linkRow(QStringLiteral("resource"), tr("&Resource:"), tr("Evidence resource"), tr("No resource"),
                         choices.resources, item.evidenceResourceId);
    m_survey = linkRow(QStringLiteral("survey"), tr("&Survey:"), tr("Evidence survey"), tr("No survey"),
                       choices.surveys, item.evidenceSurveyId);
    m_story = linkRow(QStringLiteral("story"), tr("Stor&y:"), tr("Evidence story"), tr("No story"), choices.stories,
                      item.evidenceStoryId);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    requireText(buttons, m_title);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

ChecklistItem ChecklistItemDialog::item() const
{
    ChecklistItem item = m_item;
    item.title = m_title->text().trimmed();
    item.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    item.done = m_done->isChecked();
    item.doneDate = item.done ? m_doneDate->date() : QDate();
    item.evidenceNote = m_evidence->toPlainText().trimmed();
    const auto chosen = [](const QComboBox *combo) -> OptionalId {
        const Id id = combo->currentData().toLongLong();
        return id > 0 ? OptionalId(id) : std::nullopt;
    };
    item.evidenceEventId = chosen(m_event);
    item.evidenceResourceId = chosen(m_resource);
    item.evidenceSurveyId = chosen(m_survey);
    item.evidenceStoryId = chosen(m_story);
    return item;
}

} // namespace cultivate
