// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the survey-response import as a forms tool's CSV for a survey built
// from every template (every question type), and checks its promises: an error names a line and
// says something, every answer belongs to a question of the survey and fits its type. Any crash,
// sanitizer report or broken promise (abort) is a finding.
#include "core/evaluate/surveytemplates.h"
#include "core/importers/responseimport.h"
#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace cultivate;

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

struct Fixture {
    std::unique_ptr<Plan> plan;
    QList<Id> surveys;
    QHash<Id, Question> questions;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture made;
        Community community;
        community.name = QStringLiteral("Fuzz");
        community.startDate = QDate(2026, 1, 5);
        community.endDate = QDate(2027, 1, 4);
        auto plan = Plan::createInMemory(community);
        require(plan.ok());
        made.plan = std::move(plan).value();
        Member member;
        member.name = QStringLiteral("Ana Lima");
        member.email = QStringLiteral("ana@example.org");
        require(made.plan->add(member).ok());
        for (SurveyKind kind : enumValues<SurveyKind>()) {
            SurveyDraft draft = surveyTemplate(kind, QDate(2026, 3, 2));
            auto survey = made.plan->add(draft.survey);
            require(survey.ok());
            made.surveys << survey.value();
            for (Question question : draft.questions) {
                question.surveyId = survey.value();
                auto id = made.plan->add(question);
                require(id.ok());
                question.id = id.value();
                made.questions.insert(question.id, question);
            }
        }
        return made;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 1 << 16)
        return 0;
    Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The first byte picks the survey, so one corpus reaches every template.
    const Id survey = f.surveys.at(size > 0 ? data[0] % f.surveys.size() : 0);
    auto preview = previewResponseImportData(*f.plan, survey, bytes, QStringLiteral("answers.csv"));
    if (!preview.ok()) {
        require(!preview.error().message.isEmpty() && !preview.error().message.contains(QLatin1Char('\n')));
        return 0;
    }
    for (const ImportIssue &issue : preview.value().errors + preview.value().warnings)
        require(issue.line >= 1 && !issue.message.isEmpty());
    for (const ResponseRowPlan &row : preview.value().rows) {
        require(row.line >= 1);
        for (const Answer &answer : row.answers) {
            require(f.questions.contains(answer.questionId));
            const Question &question = f.questions.value(answer.questionId);
            require(question.surveyId == survey);
            if (question.type == QuestionType::Likert && answer.number)
                require(*answer.number >= 1 && *answer.number <= 5);
            if (question.type == QuestionType::Recommend && answer.number)
                require(*answer.number >= 0 && *answer.number <= 10);
        }
    }
    return 0;
}
