// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lifecycle/evidencechoices.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace cultivate {

// Edits one checklist item: its title (own items only), due date, done and done date, and its
// evidence: a note and links to one of the plan's events, resources, surveys and stories.
class ChecklistItemDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistItemDialog)

public:
    ChecklistItemDialog(const ChecklistItem &item, const EvidenceChoices &choices, const QDate &today,
                        QWidget *parent = nullptr);

    // The item with the dialog's values.
    ChecklistItem item() const;

private:
    ChecklistItem m_item;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QCheckBox *m_done = nullptr;
    QDateEdit *m_doneDate = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_resource = nullptr;
    QComboBox *m_survey = nullptr;
    QComboBox *m_story = nullptr;
};

} // namespace cultivate
