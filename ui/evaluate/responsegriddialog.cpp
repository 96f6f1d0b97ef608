// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/responsegriddialog.h"

#include "core/importers/responseimport.h"
#include "ui/common/formfields.h"
#include "ui/common/typography.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cultivate {

ResponseGridDialog::ResponseGridDialog(const Survey &survey, const QList<Question> &questions,
                                       const QList<Member> &members, QWidget *parent)
    : QDialog(parent)
    , m_survey(survey)
    , m_questions(questions)
    , m_members(members)
{
    setObjectName(QStringLiteral("response-grid-dialog"));
    setWindowTitle(tr("Enter Responses to “%1”").arg(survey.title));

    auto *intro = makeLabel(survey.anonymous
                                ? tr("One row per respondent. Give each a code they will use again in the next "
                                     "survey, so their answers pair without a name.")
                                : tr("One row per respondent, named as in the People page. Agreement items take 1 to "
                                     "5, recommend items 0 to 10, yes/no items yes or no; leave a cell empty for an "
                                     "unanswered item."),
                            TextStyle::Secondary, this);

    m_grid = new QTableWidget(0, int(questions.size()) + 1, this);
    m_grid->setObjectName(QStringLiteral("response-grid"));
    m_grid->setAccessibleName(tr("Responses"));
    QStringList headers{survey.anonymous ? tr("Code") : tr("Member")};
    for (const Question &question : questions)
        headers << question.text;
    m_grid->setHorizontalHeaderLabels(headers);
    for (int column = 1; column < m_grid->columnCount(); ++column)
        m_grid->horizontalHeaderItem(column)->setToolTip(headers.at(column));
    m_grid->horizontalHeader()->setDefaultSectionSize(em(this) * 9);
    m_grid->horizontalHeader()->resizeSection(0, em(this) * 12);
    m_grid->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    addRows(10);

    m_problem = makeLabel({}, TextStyle::Strong, this);
    m_problem->setObjectName(QStringLiteral("response-grid-problem"));
    m_problem->hide();

    QDialogButtonBox *buttons = makeDialogButtons(this);
    QPushButton *more = buttons->addButton(tr("Add &Rows"), QDialogButtonBox::ActionRole);
    more->setObjectName(QStringLiteral("response-grid-more"));
    connect(more, &QPushButton::clicked, this, [this] { addRows(10); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(em(this) * 60, em(this) * 30);
}

void ResponseGridDialog::addRows(int count)
{
    const int first = m_grid->rowCount();
    m_grid->setRowCount(first + count);
    for (int row = first; row < m_grid->rowCount(); ++row) {
        for (int column = 0; column < m_grid->columnCount(); ++column)
            m_grid->setItem(row, column, new QTableWidgetItem);
    }
}

void ResponseGridDialog::accept()
{
    QList<AddResponsesCommand::Family> responses;
    const auto problem = [this](int row, int column, const QString &message) {
        m_grid->setCurrentCell(row, column);
        m_problem->setText(tr("Row %1: %2").arg(row + 1).arg(message));
        m_problem->show();
    };
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem *item = m_grid->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        AddResponsesCommand::Family family;
        family.parent.surveyId = m_survey.id;
        family.parent.submitted = m_survey.date;
        for (int column = 1; column < m_grid->columnCount(); ++column) {
            if (cell(column).isEmpty())
                continue;
            auto answer = parseAnswer(m_questions.at(column - 1), cell(column));
            if (!answer.ok())
                return problem(row, column, answer.error().message);
            family.children.append(answer.value());
        }
        const QString who = cell(0);
        if (family.children.isEmpty()) {
            if (!who.isEmpty())
                return problem(row, 1, tr("%1 has no answers.").arg(who));
            continue;
        }
        if (m_survey.anonymous) {
            family.parent.respondentCode = who;
        } else if (!who.isEmpty()) {
            const PersonMatchResult match = m_members.match(QString(), {who});
            if (match.kind == MatchKind::None || match.kind == MatchKind::Ambiguous)
                return problem(row, 0,
                               match.kind == MatchKind::None ? tr("nobody in the plan is called “%1”.").arg(who)
                                                             : tr("“%1” fits more than one member.").arg(who));
            family.parent.memberId = match.memberId;
        }
        responses.append(family);
    }
    if (responses.isEmpty())
        return problem(0, 1, tr("no answers were typed."));
    m_responses = responses;
    QDialog::accept();
}

} // namespace cultivate
