// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/familycommands.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cultivate {

// One respondent's answers, question by question: a list of the scale's points, the choices, yes
// or no, or a text box; "No answer" leaves an item unanswered. The respondent is a member (named
// survey) or a code (anonymous survey).
class ResponseFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseFormDialog)

public:
    ResponseFormDialog(const Survey &survey, const QList<Question> &questions, const QList<Member> &members,
                       QWidget *parent = nullptr);

    // The response with its answers (read after the dialog was accepted).
    AddResponsesCommand::Family response() const;

private:
    Survey m_survey;
    QList<Question> m_questions;
    QComboBox *m_member = nullptr;
    QLineEdit *m_code = nullptr;
    QDateEdit *m_submitted = nullptr;
    QList<QWidget *> m_editors{}; // one per question
};

} // namespace cultivate
