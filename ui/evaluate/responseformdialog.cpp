// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/responseformdialog.h"

#include "ui/common/formfields.h"
#include "ui/common/typography.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cultivate {

namespace {

const QStringList &agreement()
{
    static const QStringList words{ResponseFormDialog::tr("Strongly disagree"), ResponseFormDialog::tr("Disagree"),
                                   ResponseFormDialog::tr("Neither agree nor disagree"),
                                   ResponseFormDialog::tr("Agree"), ResponseFormDialog::tr("Strongly agree")};
    return words;
}

} // namespace

ResponseFormDialog::ResponseFormDialog(const Survey &survey, const QList<Question> &questions,
                                       const QList<Member> &members, QWidget *parent)
    : QDialog(parent)
    , m_survey(survey)
    , m_questions(questions)
{
    setObjectName(QStringLiteral("response-form-dialog"));
    setWindowTitle(tr("Response to “%1”").arg(survey.title));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    if (survey.anonymous) {
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("response-code"));
        m_code->setAccessibleName(tr("Respondent's code"));
        m_code->setPlaceholderText(tr("The code the respondent will give again in the next survey"));
        form->addRow(tr("&Code:"), m_code);
    } else {
        m_member = new QComboBox(this);
        m_member->setObjectName(QStringLiteral("response-member"));
        m_member->setAccessibleName(tr("Member"));
        m_member->addItem(tr("Not given"), Id(0));
        for (const Member &member : members)
            m_member->addItem(member.name, member.id);
        m_member->setEditable(true);
        m_member->setInsertPolicy(QComboBox::NoInsert);
        form->addRow(tr("&Member:"), m_member);
    }
    m_submitted = makeDateEdit(this, QStringLiteral("response-date"), tr("Date answered"),
                               survey.date.isValid() ? survey.date : QDate::currentDate());
    form->addRow(tr("&Answered on:"), m_submitted);

    for (const Question &question : questions) {
        QWidget *editor = nullptr;
        if (question.type == QuestionType::FreeText) {
            editor = makeTextArea(this, {}, {}, {}, 3);
        } else {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("No answer"));
            switch (question.type) {
            case QuestionType::Likert:
                for (int i = 0; i < 5; ++i)
                    combo->addItem(tr("%1 — %2").arg(i + 1).arg(agreement().at(i)), i + 1);
                break;
            case QuestionType::Recommend:
                for (int i = 0; i <= 10; ++i)
                    combo->addItem(QString::number(i), i);
                break;
            case QuestionType::YesNo:
                combo->addItem(tr("Yes"), 1);
                combo->addItem(tr("No"), 0);
                break;
            case QuestionType::Choice:
                for (qsizetype i = 0; i < question.choices.size(); ++i)
                    combo->addItem(question.choices.at(i), int(i));
                break;
            case QuestionType::FreeText:
                break;
            }
            editor = combo;
        }
        editor->setObjectName(QStringLiteral("response-answer-%1").arg(question.id));
        editor->setAccessibleName(question.text);
        auto *caption = makeLabel(question.text, TextStyle::Body, this);
        caption->setBuddy(editor);
        form->addRow(caption, editor);
        m_editors.append(editor);
    }

    auto *content = new QWidget;
    content->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(em(this) * 44, qMin(em(this) * 40, content->sizeHint().height() + em(this) * 5));
}

AddResponsesCommand::Family ResponseFormDialog::response() const
{
    AddResponsesCommand::Family family;
    family.parent.surveyId = m_survey.id;
    family.parent.submitted = m_submitted->date();
    if (m_code)
        family.parent.respondentCode = m_code->text().trimmed();
    if (m_member) {
        // The typed name picks the member the list shows for it; anything else is nobody.
        const int index = m_member->findText(m_member->currentText(), Qt::MatchFixedString);
        const Id id = index >= 0 ? m_member->itemData(index).toLongLong() : 0;
        if (id > 0)
            family.parent.memberId = id;
    }
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const Question &question = m_questions.at(i);
        Answer answer;
        answer.questionId = question.id;
        if (auto *text = qobject_cast<QPlainTextEdit *>(m_editors.at(i))) {
            answer.text = text->toPlainText().trimmed();
            if (answer.text.isEmpty())
                continue;
        } else if (auto *combo = qobject_cast<QComboBox *>(m_editors.at(i))) {
            if (combo->currentIndex() <= 0)
                continue;
            answer.number = combo->currentData().toDouble();
            if (question.type == QuestionType::YesNo || question.type == QuestionType::Choice)
                answer.text = combo->currentText();
        }
        family.children.append(answer);
    }
    return family;
}

} // namespace cultivate
