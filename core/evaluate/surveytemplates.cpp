// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluate/surveytemplates.h"

#include <QCoreApplication>

namespace cultivate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cultivate::SurveyTemplates", text);
}

Question question(const QString &text, QuestionType type, const QString &pairKey = {}, const QStringList &choices = {})
{
    Question q;
    q.text = text;
    q.type = type;
    q.pairKey = pairKey;
    q.choices = choices;
    return q;
}

// The rated items a baseline and a final survey share, so that each member's answers pair.
QList<Question> ratedPracticeItems()
{
    return {question(tr("I rate my expertise in the community's domain as high."), QuestionType::Likert,
                     QStringLiteral("expertise")),
            question(tr("I feel confident applying good practice from the domain in my own work."),
                     QuestionType::Likert, QStringLiteral("confidence")),
            question(tr("I know whom to ask when I am stuck on a problem in this area."), QuestionType::Likert,
                     QStringLiteral("network"))};
}

} // namespace

QString valueCycleKey(ValueCycle cycle)
{
    return QStringLiteral("cycle:") + enumKey(cycle);
}

std::optional<ValueCycle> valueCycleOfKey(const QString &pairKey)
{
    if (!pairKey.startsWith(QLatin1String("cycle:")))
        return std::nullopt;
    return enumFromKey<ValueCycle>(QStringView(pairKey).mid(6));
}

SurveyDraft surveyTemplate(SurveyKind kind, const QDate &date)
{
    SurveyDraft draft;
    draft.survey.kind = kind;
    draft.survey.date = date;
    QList<Question> &q = draft.questions;
    switch (kind) {
    case SurveyKind::Baseline:
        draft.survey.title = tr("Baseline survey");
        draft.survey.notes = tr("Asked at the orientation, before the community starts its work. Its rated items "
                                "return in the final survey, so each member's change can be measured.");
        q << question(tr("What is your role, and where do you work?"), QuestionType::FreeText)
          << question(tr("How long have you worked in this area of practice?"), QuestionType::Choice, {},
                      {tr("Less than a year"), tr("1 to 3 years"), tr("4 to 10 years"), tr("More than 10 years")})
          << question(tr("Which topics would you most like the community to take up?"), QuestionType::FreeText)
          << ratedPracticeItems()
          << question(tr("How many hours a month can you give to the community?"), QuestionType::Choice, {},
                      {tr("Less than 1"), tr("1 to 2"), tr("3 to 5"), tr("More than 5")});
        break;
    case SurveyKind::Final:
        draft.survey.title = tr("Final survey");
        draft.survey.notes = tr("Asked at the wrap-up. The rated items repeat the baseline survey's.");
        q << question(tr("What worked well in the community this year?"), QuestionType::FreeText)
          << question(tr("What did not work, or should change?"), QuestionType::FreeText)
          << question(tr("Describe a change in your practice that came from the community."), QuestionType::FreeText)
          << ratedPracticeItems()
          << question(tr("Have you used something from the community in your work?"), QuestionType::YesNo)
          << question(tr("How likely are you to recommend this community to a colleague?"), QuestionType::Recommend);
        break;
    case SurveyKind::SessionFeedback:
        draft.survey.title = tr("Session feedback");
        draft.survey.notes = tr("Keep the items the same every session, so sessions can be compared.");
        q << question(tr("The session was a good use of my time."), QuestionType::Likert)
          << question(tr("I will use something from this session in my work."), QuestionType::Likert)
          << question(tr("How likely are you to recommend these sessions to a colleague?"), QuestionType::Recommend)
          << question(tr("What should a coming session take up?"), QuestionType::FreeText);
        break;
    case SurveyKind::CheckIn:
        draft.survey.title = tr("Monthly check-in");
        draft.survey.anonymous = true;
        draft.survey.notes = tr("A short anonymous poll each month, to follow change as it happens.");
        q << question(tr("Are you using a practice from the community in your work?"), QuestionType::YesNo)
          << question(tr("Did you find what you needed in the community this month?"), QuestionType::YesNo);
        break;
    case SurveyKind::ValueCreation:
        draft.survey.title = tr("Value created");
        draft.survey.notes = tr("One item per value cycle: from value in the activities themselves to a change in "
                                "how success is defined.");
        q << question(tr("Taking part was worthwhile in itself: the activities and exchanges were useful."),
                      QuestionType::Likert, valueCycleKey(ValueCycle::Immediate))
          << question(tr("I gained ideas, skills, contacts or resources that I expect to use."), QuestionType::Likert,
                      valueCycleKey(ValueCycle::Potential))
          << question(tr("I have applied something from the community in my practice."), QuestionType::Likert,
                      valueCycleKey(ValueCycle::Applied))
          << question(tr("Applying it made a difference I can point to in the results of my work."),
                      QuestionType::Likert, valueCycleKey(ValueCycle::Realized))
          << question(tr("The community changed how I, or my organisation, think about what success is."),
                      QuestionType::Likert, valueCycleKey(ValueCycle::Reframing));
        break;
    }
    for (qsizetype i = 0; i < q.size(); ++i)
        q[i].position = int(i);
    return draft;
}

} // namespace cultivate
