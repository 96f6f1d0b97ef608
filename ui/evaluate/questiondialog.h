// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cultivate {

// One question: its text, type, the choices of a choice question (one per line), and the key that
// pairs it with the same item of another survey (baseline and final) or names its value cycle.
class QuestionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionDialog)

public:
    QuestionDialog(const Question &question, QWidget *parent = nullptr);
    Question question() const;

private:
    void updateChoices();

    Question m_question;
    QLineEdit *m_text = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_choices = nullptr;
    QLineEdit *m_pairKey = nullptr;
};

} // namespace cultivate
