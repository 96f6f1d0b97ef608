// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/personmatcher.h"
#include "ui/commands/familycommands.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cultivate {

// A grid for typing a stack of paper answers: one row per respondent, one column per question,
// the first column the member (a named survey) or the respondent's code (an anonymous one). Tab
// moves along a row; a blank cell is an unanswered item; a blank row is skipped. OK checks every
// cell and, while one does not fit its question, names it and keeps the grid open.
class ResponseGridDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseGridDialog)

public:
    ResponseGridDialog(const Survey &survey, const QList<Question> &questions, const QList<Member> &members,
                       QWidget *parent = nullptr);

    QTableWidget *grid() const { return m_grid; }
    // The responses typed, each with its answers (valid after the dialog was accepted).
    const QList<AddResponsesCommand::Family> &responses() const { return m_responses; }

    void accept() override;

private:
    void addRows(int count);

    Survey m_survey;
    QList<Question> m_questions;
    PersonMatcher m_members;
    QTableWidget *m_grid = nullptr;
    QLabel *m_problem = nullptr;
    QList<AddResponsesCommand::Family> m_responses{};
};

} // namespace cultivate
