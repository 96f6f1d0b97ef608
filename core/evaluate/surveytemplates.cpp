// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluate/surveytemplates.h"

#include <QCoreApplication>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class SurveyTemplates {
    Q_DECLARE_TR_FUNCTIONS(cultivate::SurveyTemplates)
};

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
    return {question(SurveyTemplates::tr("I rate my expertise in the community's domain as high."),
                     QuestionType::Likert, QStringLiteral("expertise")),
            question(SurveyTemplates::tr("I feel confident applying good practice from the domain in my own work."),
                     QuestionType::Likert, QStringLiteral("confidence")),
            question(SurveyTemplates::tr("I know whom to ask when I am stuck on a problem in this area."),
                     QuestionType::Likert, QStringLiteral("network"))};
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
        draft.survey.title = SurveyTemplates::tr("Baseline survey");
        draft.survey.notes =
            SurveyTemplates::tr("Asked at the orientation, before the community starts its work. Its rated items "
                                "return in the final survey, so each member's change can be measured.");
        q << question(SurveyTemplates::tr("What is your role, and where do you work?"), QuestionType::FreeText)
          << question(SurveyTemplates::tr("How long have you worked in this area of practice?"), QuestionType::Choice,
                      {},
                      {SurveyTemplates::tr("Less than a year"), SurveyTemplates::tr("1 to 3 years"),
                       SurveyTemplates::tr("4 to 10 years"), SurveyTemplates::tr("More than 10 years")})
          << question(SurveyTemplates::tr("Which topics would you most like the community to take up?"),
                      QuestionType::FreeText)
          << ratedPracticeItems()
          << question(SurveyTemplates::tr("How many hours a month can you give to the community?"),
                      QuestionType::Choice, {},
                      {SurveyTemplates::tr("Less than 1"), SurveyTemplates::tr("1 to 2"), SurveyTemplates::tr("3 to 5"),
                       SurveyTemplates::tr("More than 5")});
        break;
    case SurveyKind::Final:
        draft.survey.title = SurveyTemplates::tr("Final survey");
        draft.survey.notes = SurveyTemplates::tr("Asked at the wrap-up. The rated items repeat the baseline survey's.");
        q << question(SurveyTemplates::tr("What worked well in the community this year?"), QuestionType::FreeText)
          << question(SurveyTemplates::tr("What did not work, or should change?"), QuestionType::FreeText)
          << question(SurveyTemplates::tr("Describe a change in your practice that came from the community."),
                      QuestionType::FreeText)
          << ratedPracticeItems()
          << question(SurveyTemplates::tr("Have you used something from the community in your work?"),
                      QuestionType::YesNo)
          << question(SurveyTemplates::tr("How likely are you to recommend this community to a colleague?"),
                      QuestionType::Recommend);
        break;
    case SurveyKind::SessionFeedback:
        draft.survey.title = SurveyTemplates::tr("Session feedback");
        draft.survey.notes = SurveyTemplates::tr("Keep the items the same every session, so sessions can be compared.");
        q << question(SurveyTemplates::tr("The session was a good use of my time."), QuestionType::Likert)
          << question(SurveyTemplates::tr("I will use something from this session in my work."), QuestionType::Likert)
          << question(SurveyTemplates::tr("How likely are you to recommend these sessions to a colleague?"),
                      QuestionType::Recommend)
          << question(SurveyTemplates::tr("What should a coming session take up?"), QuestionType::FreeText);
        break;
    case SurveyKind::CheckIn:
        draft.survey.title = SurveyTemplates::tr("Monthly check-in");
        draft.survey.anonymous = true;
        draft.survey.notes = SurveyTemplates::tr("A short anonymous poll each month, to follow change as it happens.");
        q << question(SurveyTemplates::tr("Are you using a practice from the community in your work?"),
                      QuestionType::YesNo)
          << question(SurveyTemplates::tr("Did you find what you needed in the community this month?"),
                      QuestionType::YesNo);
        break;
    case SurveyKind::ValueCreation:
        draft.survey.title = SurveyTemplates::tr("Value created");
        draft.survey.notes =
            SurveyTemplates::tr("One item per value cycle: from value in the activities themselves to a change in "
                                "how success is defined.");
        q << question(
                 SurveyTemplates::tr("Taking part was worthwhile in itself: the activities and exchanges were useful."),
                 QuestionType::Likert, valueCycleKey(ValueCycle::Immediate))
          << question(SurveyTemplates::tr("I gained ideas, skills, contacts or resources that I expect to use."),
                      QuestionType::Likert, valueCycleKey(ValueCycle::Potential))
          << question(SurveyTemplates::tr("I have applied something from the community in my practice."),
                      QuestionType::Likert, valueCycleKey(ValueCycle::Applied))
          << question(SurveyTemplates::tr("Applying it made a difference I can point to in the results of my work."),
                      QuestionType::Likert, valueCycleKey(ValueCycle::Realized))
          << question(
                 SurveyTemplates::tr("The community changed how I, or my organisation, think about what success is."),
                 QuestionType::Likert, valueCycleKey(ValueCycle::Reframing));
        break;
    }
    for (qsizetype i = 0; i < q.size(); ++i)
        q[i].position = int(i);
    return draft;
}

} // namespace cultivate
