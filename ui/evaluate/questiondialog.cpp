// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/questiondialog.h"

#include "ui/common/formfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

QuestionDialog::QuestionDialog(const Question &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
{
    setObjectName(QStringLiteral("question-dialog"));
    setWindowTitle(question.id == 0 ? tr("New Question") : tr("Question"));
    auto *form = new QFormLayout;

    m_text = new QLineEdit(question.text, this);
    m_text->setObjectName(QStringLiteral("question-text"));
    m_text->setAccessibleName(tr("Question"));
    form->addRow(tr("&Question:"), m_text);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("question-type"));
    m_type->setAccessibleName(tr("Answer type"));
    m_type->addItem(tr("Agreement, 1 to 5"), static_cast<int>(QuestionType::Likert));
    m_type->addItem(tr("Recommend, 0 to 10"), static_cast<int>(QuestionType::Recommend));
    m_type->addItem(tr("Yes or no"), static_cast<int>(QuestionType::YesNo));
    m_type->addItem(tr("One of several choices"), static_cast<int>(QuestionType::Choice));
    m_type->addItem(tr("Free text"), static_cast<int>(QuestionType::FreeText));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(question.type)));
    form->addRow(tr("&Answer:"), m_type);

    m_choices = makeTextArea(this, QStringLiteral("question-choices"), tr("Choices, one per line"),
                             question.choices.join(QLatin1Char('\n')), 5);
    m_choices->setPlaceholderText(tr("One choice per line"));
    form->addRow(tr("&Choices:"), m_choices);

    m_pairKey = new QLineEdit(question.pairKey, this);
    m_pairKey->setObjectName(QStringLiteral("question-pair-key"));
    m_pairKey->setAccessibleName(tr("Pairs with"));
    m_pairKey->setPlaceholderText(tr("e.g. confidence: the same key in the baseline and the final survey"));
    form->addRow(tr("&Pairs with:"), m_pairKey);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    const auto updateOk = [this, buttons] {
        const bool choicesNeeded = m_type->currentData().toInt() == static_cast<int>(QuestionType::Choice);
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_text->text().trimmed().isEmpty() &&
                         (!choicesNeeded || this->question().choices.size() >= 2));
    };
    connect(m_text, &QLineEdit::textChanged, this, updateOk);
    connect(m_choices, &QPlainTextEdit::textChanged, this, updateOk);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, updateOk] {
        updateChoices();
        updateOk();
    });
    updateChoices();
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

void QuestionDialog::updateChoices()
{
    m_choices->setEnabled(m_type->currentData().toInt() == static_cast<int>(QuestionType::Choice));
}

Question QuestionDialog::question() const
{
    Question question = m_question;
    question.text = m_text->text().trimmed();
    question.type = static_cast<QuestionType>(m_type->currentData().toInt());
    question.choices.clear();
    if (question.type == QuestionType::Choice) {
        for (const QString &line : m_choices->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                question.choices << line.trimmed();
        }
    }
    question.pairKey = m_pairKey->text().trimmed();
    return question;
}

} // namespace cultivate
