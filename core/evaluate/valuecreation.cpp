// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluate/valuecreation.h"

#include "core/evaluate/surveytemplates.h"
#include "core/storage/plan.h"

#include <algorithm>
#include <array>

namespace cultivate {

namespace {

bool inPeriod(const QDate &date, const QDate &from, const QDate &to)
{
    return !date.isValid() || ((!from.isValid() || date >= from) && (!to.isValid() || date <= to));
}

// The cycle a choice names: its key ("applied"), its label ("Applied value"), or the label's
// first word ("Applied").
std::optional<ValueCycle> cycleOfChoice(const QString &choice)
{
    const QString text = choice.trimmed();
    for (ValueCycle cycle : enumValues<ValueCycle>()) {
        const QString name = label(cycle);
        if (text.compare(enumKey(cycle), Qt::CaseInsensitive) == 0 || text.compare(name, Qt::CaseInsensitive) == 0 ||
            text.compare(name.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive) == 0)
            return cycle;
    }
    return std::nullopt;
}

} // namespace

bool ValueCreationMatrix::shows(ValueCycle cycle, Id storyId) const
{
    const auto row =
        std::find_if(rows.cbegin(), rows.cend(), [cycle](const ValueCycleRow &r) { return r.cycle == cycle; });
    return row != rows.cend() && row->storyIds.contains(storyId);
}

Result<ValueCreationMatrix> loadValueCreation(const Plan &plan, const QDate &from, const QDate &to)
{
    ValueCreationMatrix matrix;
    auto stories = plan.list<Story>();
    if (!stories.ok())
        return stories.error();
    for (const Story &story : stories.value()) {
        if (inPeriod(story.date, from, to))
            matrix.stories.append(story);
    }
    std::stable_sort(matrix.stories.begin(), matrix.stories.end(),
                     [](const Story &a, const Story &b) { return a.date < b.date; });
    for (ValueCycle cycle : enumValues<ValueCycle>()) {
        ValueCycleRow row;
        row.cycle = cycle;
        for (const Story &story : std::as_const(matrix.stories)) {
            if (story.cycles.contains(cycle))
                row.storyIds.append(story.id);
        }
        matrix.rows.append(row);
    }

    struct Sums {
        double likertTotal = 0;
        int likertAnswers = 0;
        int agreeing = 0;
    };
    std::array<Sums, 5> sums{};
    auto surveys = plan.listWhere<Survey>(QStringLiteral("kind"), enumKey(SurveyKind::ValueCreation));
    if (!surveys.ok())
        return surveys.error();
    for (const Survey &survey : surveys.value()) {
        if (!inPeriod(survey.date, from, to))
            continue;
        auto questions = plan.listWhere<Question>(QStringLiteral("survey_id"), survey.id);
        if (!questions.ok())
            return questions.error();
        for (const Question &question : questions.value()) {
            if (question.type == QuestionType::Choice) {
                // "Which kind of value…?" with the cycles as its choices: each cycle's row counts
                // the answers that name it among all the answers to the question.
                QList<std::optional<ValueCycle>> choiceCycles;
                for (const QString &choice : question.choices)
                    choiceCycles << cycleOfChoice(choice);
                if (std::none_of(choiceCycles.cbegin(), choiceCycles.cend(),
                                 [](const auto &c) { return c.has_value(); }))
                    continue;
                auto answers = plan.listWhere<Answer>(QStringLiteral("question_id"), question.id);
                if (!answers.ok())
                    return answers.error();
                int answered = 0;
                std::array<int, 5> naming{};
                for (const Answer &answer : answers.value()) {
                    if (!answer.number)
                        continue;
                    ++answered;
                    const auto index = qsizetype(*answer.number);
                    if (index >= 0 && index < choiceCycles.size() && choiceCycles.at(index))
                        ++naming[static_cast<size_t>(*choiceCycles.at(index))];
                }
                for (ValueCycleRow &row : matrix.rows) {
                    const auto c = static_cast<size_t>(row.cycle);
                    ++row.items;
                    row.answers += answered;
                    sums[c].agreeing += naming[c];
                }
                continue;
            }
            const auto cycle = valueCycleOfKey(question.pairKey);
            if (!cycle || (question.type != QuestionType::Likert && question.type != QuestionType::YesNo))
                continue;
            const int index = static_cast<int>(*cycle);
            ValueCycleRow &row = matrix.rows[index];
            ++row.items;
            auto answers = plan.listWhere<Answer>(QStringLiteral("question_id"), question.id);
            if (!answers.ok())
                return answers.error();
            for (const Answer &answer : answers.value()) {
                if (!answer.number)
                    continue;
                ++row.answers;
                const bool likert = question.type == QuestionType::Likert;
                if (likert) {
                    sums[index].likertTotal += *answer.number;
                    ++sums[index].likertAnswers;
                }
                if (likert ? *answer.number >= 4 : *answer.number >= 1)
                    ++sums[index].agreeing;
            }
        }
    }
    for (ValueCycleRow &row : matrix.rows) {
        const Sums &sum = sums[static_cast<int>(row.cycle)];
        if (sum.likertAnswers > 0)
            row.mean = sum.likertTotal / sum.likertAnswers;
        if (row.answers > 0)
            row.agreeShare = double(sum.agreeing) / row.answers;
    }
    return matrix;
}

} // namespace cultivate
