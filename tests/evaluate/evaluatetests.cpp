// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Surveys and stories below the GUI: the survey templates, importing responses from a forms tool's
// CSV, and the value-creation matrix, on real in-memory plans with figures worked out by hand.
#include "testsupport.h"

#include "core/evaluate/surveytemplates.h"
#include "core/evaluate/valuecreation.h"
#include "core/importers/responseimport.h"
#include "core/metrics/metrics.h"
#include "core/metrics/metricsdata.h"
#include "core/storage/plan.h"

#include <QSet>

using namespace cultivate;
using Catch::Detail::Approx;

namespace {

std::unique_ptr<Plan> emptyPlan()
{
    Community community;
    community.name = QStringLiteral("Evaluate Practice");
    community.startDate = QDate(2026, 1, 1);
    community.endDate = QDate(2026, 12, 31);
    auto plan = Plan::createInMemory(community);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

Id addMember(Plan &plan, const QString &name, const QString &email)
{
    Member member;
    member.name = name;
    member.email = email;
    member.role = Role::Member;
    member.joinedDate = QDate(2026, 1, 1);
    auto id = plan.add(member);
    REQUIRE_OK(id);
    return id.value();
}

// Adds a survey drafted from its template; returns its id and its questions as stored.
std::pair<Id, QList<Question>> addFromTemplate(Plan &plan, SurveyKind kind, const QDate &date)
{
    const SurveyDraft draft = surveyTemplate(kind, date);
    auto surveyId = plan.add(draft.survey);
    REQUIRE_OK(surveyId);
    QList<Question> stored;
    for (Question question : draft.questions) {
        question.surveyId = surveyId.value();
        auto id = plan.add(question);
        REQUIRE_OK(id);
        question.id = id.value();
        stored.append(question);
    }
    return {surveyId.value(), stored};
}

const Question &byPairKey(const QList<Question> &questions, const QString &key)
{
    for (const Question &q : questions) {
        if (q.pairKey == key)
            return q;
    }
    FAIL("no question with pair key " << key.toStdString());
    return questions.first();
}

// The survey figures metrics computes for one survey over the whole plan year.
SurveyFigures figuresOf(const Plan &plan, Id surveyId)
{
    auto data = loadMetricsData(plan);
    REQUIRE_OK(data);
    const Metrics m = computeMetrics(data.value(), MetricsOptions{}, QDate(2026, 12, 31));
    for (const SurveyFigures &s : m.surveys) {
        if (s.id == surveyId)
            return s;
    }
    FAIL("no figures for survey " << surveyId);
    return {};
}

QByteArray csv(const char *text)
{
    return QByteArray(text);
}

} // namespace

TEST_CASE("every kind of survey has a template with questions of the kinds its purpose needs")
{
    for (SurveyKind kind : enumValues<SurveyKind>()) {
        const SurveyDraft draft = surveyTemplate(kind, QDate(2026, 3, 1));
        INFO(enumKey(kind).toStdString());
        CHECK(draft.survey.kind == kind);
        CHECK(draft.survey.date == QDate(2026, 3, 1));
        CHECK_FALSE(draft.survey.title.isEmpty());
        REQUIRE(draft.questions.size() >= 2);
        for (qsizetype i = 0; i < draft.questions.size(); ++i) {
            CHECK(draft.questions[i].position == i);
            CHECK_FALSE(draft.questions[i].text.trimmed().isEmpty());
            if (draft.questions[i].type == QuestionType::Choice)
                CHECK(draft.questions[i].choices.size() >= 2);
        }
    }
    const auto typesOf = [](SurveyKind kind) {
        QSet<QuestionType> types;
        for (const Question &q : surveyTemplate(kind, {}).questions)
            types.insert(q.type);
        return types;
    };
    CHECK(typesOf(SurveyKind::CheckIn) == QSet<QuestionType>{QuestionType::YesNo});
    CHECK(surveyTemplate(SurveyKind::CheckIn, {}).survey.anonymous);
    CHECK(typesOf(SurveyKind::Final).contains(QuestionType::Recommend));
    CHECK(typesOf(SurveyKind::Final).contains(QuestionType::FreeText));
    const qsizetype sessionItems = surveyTemplate(SurveyKind::SessionFeedback, {}).questions.size();
    CHECK((sessionItems >= 3 && sessionItems <= 5));
}

TEST_CASE("the baseline and final templates share their rated items, and value creation has one item per cycle")
{
    const auto keysOf = [](SurveyKind kind) {
        QStringList keys;
        for (const Question &q : surveyTemplate(kind, {}).questions) {
            if (!q.pairKey.isEmpty())
                keys << q.pairKey;
        }
        return keys;
    };
    CHECK(keysOf(SurveyKind::Baseline) == keysOf(SurveyKind::Final));
    CHECK(keysOf(SurveyKind::Baseline).contains(QStringLiteral("expertise")));
    CHECK(keysOf(SurveyKind::Baseline).contains(QStringLiteral("confidence")));
    QStringList cycles;
    for (ValueCycle cycle : enumValues<ValueCycle>())
        cycles << valueCycleKey(cycle);
    CHECK(keysOf(SurveyKind::ValueCreation) == cycles);
    CHECK(valueCycleOfKey(QStringLiteral("cycle:realized")) == ValueCycle::Realized);
    CHECK_FALSE(valueCycleOfKey(QStringLiteral("expertise")).has_value());
    CHECK_FALSE(valueCycleOfKey(QStringLiteral("cycle:sideways")).has_value());
}

TEST_CASE("question text matches a column header despite numbering, case and punctuation")
{
    CHECK(questionKey(QStringLiteral("3. I rate my expertise as high.")) ==
          questionKey(QStringLiteral("I rate my Expertise as high")));
    CHECK(questionKey(QStringLiteral("Q12: Why?")) == questionKey(QStringLiteral("why")));
}

TEST_CASE("a forms tool's export lands whole: answers by type, members by email, unanswered items left empty")
{
    auto plan = emptyPlan();
    const Id ana = addMember(*plan, QStringLiteral("Ana Souza"), QStringLiteral("ana@example.org"));
    const Id ben = addMember(*plan, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.org"));
    const auto [surveyId, questions] = addFromTemplate(*plan, SurveyKind::Final, QDate(2026, 12, 10));
    // The columns in another order than the survey, numbered as some tools do, plus bookkeeping.
    const QByteArray file =
        csv("Timestamp,Email Address,6. I know whom to ask when I am stuck on a problem in this area.,"
            "What worked well in the community this year?,"
            "I rate my expertise in the community's domain as high.,"
            "Have you used something from the community in your work?,"
            "How likely are you to recommend this community to a colleague?,Score\n"
            "12/10/2026 09:14:02,ana@example.org,4,\"The case clinics,\nand the library\",5 - Strongly agree,Yes,9,\n"
            "12/14/2026 18:40:55,BEN@example.org,Agree,,3,no,6,\n");
    auto preview = previewResponseImportData(*plan, surveyId, file, QStringLiteral("final.csv"));
    REQUIRE_OK(preview);
    INFO(preview.value().firstErrorMessage().toStdString());
    REQUIRE_FALSE(preview.value().hasErrors());
    CHECK(preview.value().warnings.isEmpty());
    REQUIRE(preview.value().rows.size() == 2);
    CHECK(preview.value().rows[0].memberId == ana);
    CHECK(preview.value().rows[1].memberId == ben);
    CHECK(preview.value().rows[0].line == 2);
    CHECK(preview.value().rows[1].line == 4); // the quoted newline takes a line
    CHECK(preview.value().rows[0].submitted == QDate(2026, 12, 10));
    CHECK(preview.value().answerCount() == 5 + 4);
    // Questions of the survey that no column answers are listed for the user.
    CHECK(preview.value().unmatchedQuestions.size() == questions.size() - 5);
    CHECK(all<Response>(*plan).isEmpty()); // a preview writes nothing

    auto outcome = commitResponseImport(*plan, preview.value());
    REQUIRE_OK(outcome);
    CHECK(outcome.value().responses == 2);
    CHECK(outcome.value().answers == 9);
    const auto answers = all<Answer>(*plan);
    const auto answerTo = [&](Id responseId, const Question &q) -> std::optional<Answer> {
        for (const Answer &a : answers) {
            if (a.responseId == responseId && a.questionId == q.id)
                return a;
        }
        return std::nullopt;
    };
    const auto responses = all<Response>(*plan);
    REQUIRE(responses.size() == 2);
    CHECK(answerTo(responses[0].id, byPairKey(questions, QStringLiteral("expertise")))->number == 5.0);
    CHECK(answerTo(responses[1].id, byPairKey(questions, QStringLiteral("network")))->number == 4.0);
    const Question &worked = questions.at(0);
    CHECK(answerTo(responses[0].id, worked)->text == QStringLiteral("The case clinics,\nand the library"));
    CHECK_FALSE(answerTo(responses[1].id, worked).has_value()); // unanswered stays unanswered

    const SurveyFigures figures = figuresOf(*plan, surveyId);
    CHECK(figures.responses == 2);
    REQUIRE(figures.recommendScore.has_value());
    CHECK(*figures.recommendScore == Approx(0.0)); // one promoter (9), one detractor (6)
}

TEST_CASE("importing the same responses file twice adds nothing")
{
    auto plan = emptyPlan();
    const auto [surveyId, questions] = addFromTemplate(*plan, SurveyKind::CheckIn, QDate(2026, 3, 28));
    const QByteArray file = csv("Are you using a practice from the community in your work?\nyes\nno\nyes\n");
    auto first = previewResponseImportData(*plan, surveyId, file, QStringLiteral("march.csv"));
    REQUIRE_OK(first);
    REQUIRE_OK(commitResponseImport(*plan, first.value()));
    CHECK(all<Response>(*plan).size() == 3);
    auto second = previewResponseImportData(*plan, surveyId, file, QStringLiteral("march copy.csv"));
    REQUIRE_OK(second);
    CHECK(second.value().alreadyImported());
    auto outcome = commitResponseImport(*plan, second.value());
    REQUIRE_OK(outcome);
    CHECK(outcome.value().alreadyImported);
    CHECK(all<Response>(*plan).size() == 3);
    CHECK(all<Answer>(*plan).size() == 3);
}

TEST_CASE("a bad answer names its line and the import writes nothing at all")
{
    auto plan = emptyPlan();
    const auto [surveyId, questions] = addFromTemplate(*plan, SurveyKind::SessionFeedback, QDate(2026, 2, 10));
    const QByteArray file = csv("The session was a good use of my time.;How likely are you to recommend these "
                                "sessions to a colleague?\n"
                                "4;8\n"
                                "5;10\n"
                                "7;9\n");
    auto preview = previewResponseImportData(*plan, surveyId, file, QStringLiteral("feedback.csv"));
    REQUIRE_OK(preview);
    CHECK(preview.value().delimiter == QLatin1Char(';'));
    REQUIRE(preview.value().hasErrors());
    CHECK(preview.value().firstErrorMessage().startsWith(QStringLiteral("feedback.csv: line 4: ")));
    CHECK(preview.value().firstErrorMessage().contains(QStringLiteral("from 1 to 5")));
    auto refused = commitResponseImport(*plan, preview.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(all<Response>(*plan).isEmpty());
    CHECK(all<ImportRecord>(*plan).isEmpty());
}

TEST_CASE("response files that cannot be read as answers are refused with a reason")
{
    auto plan = emptyPlan();
    const auto [surveyId, questions] = addFromTemplate(*plan, SurveyKind::Baseline, QDate(2026, 1, 20));
    const auto firstError = [&](const char *text) {
        auto preview = previewResponseImportData(*plan, surveyId, csv(text), QStringLiteral("bad.csv"));
        REQUIRE_OK(preview);
        return preview.value().firstErrorMessage();
    };
    CHECK(firstError("Colour,Size\nred,big\n").contains(QStringLiteral("no column matches a question")));
    CHECK(firstError("").contains(QStringLiteral("no responses")));
    CHECK(firstError("How long have you worked in this area of practice?\n\"1 to 3 years\n")
              .startsWith(QStringLiteral("bad.csv: line 2: a quoted field is never closed")));
    CHECK(firstError("How long have you worked in this area of practice?\nforever\n")
              .contains(QStringLiteral("is not one of the choices")));
    CHECK(firstError("Timestamp,How long have you worked in this area of practice?\nyesterday,1 to 3 years\n")
              .contains(QStringLiteral("is not a date")));
    CHECK(firstError("\"What is your role, and where do you work?\",What is your role and where do you work\na,b\n")
              .contains(QStringLiteral("two columns answer")));
    CHECK(all<Response>(*plan).isEmpty());
}

TEST_CASE("an anonymous survey keeps codes, not names, and a Windows-1252 file reads its accents")
{
    auto plan = emptyPlan();
    addMember(*plan, QStringLiteral("Zoë Martín"), QStringLiteral("zoe@example.org"));
    const auto [surveyId, questions] = addFromTemplate(*plan, SurveyKind::CheckIn, QDate(2026, 4, 28));
    QByteArray file("Name;Code;Are you using a practice from the community in your work?;"
                    "Did you find what you needed in the community this month?\r\n"
                    "Zo\xEB Mart\xEDn;K7;oui;non\r\n"
                    ";Q2;no;\r\n");
    auto preview = previewResponseImportData(*plan, surveyId, file, QStringLiteral("april.csv"));
    REQUIRE_OK(preview);
    REQUIRE_FALSE(preview.value().hasErrors());
    CHECK(preview.value().encoding == TextEncoding::Windows1252);
    REQUIRE(preview.value().rows.size() == 2);
    CHECK_FALSE(preview.value().rows[0].memberId.has_value());
    CHECK(preview.value().rows[0].respondentCode == QStringLiteral("K7"));
    CHECK(preview.value().rows[1].answers.size() == 1);
    CHECK(preview.value().warnings.size() == 1); // names are not kept
    REQUIRE_OK(commitResponseImport(*plan, preview.value()));
    const SurveyFigures figures = figuresOf(*plan, surveyId);
    REQUIRE(figures.yesShare.has_value());
    CHECK(*figures.yesShare == Approx(1.0 / 3.0)); // yes, no, no
}

TEST_CASE(
    "baseline and final answers pair by member and by code; a member who answered only the baseline is not paired")
{
    auto plan = emptyPlan();
    addMember(*plan, QStringLiteral("Ana Souza"), QStringLiteral("ana@example.org"));
    addMember(*plan, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.org"));
    const auto [baselineId, baselineQuestions] = addFromTemplate(*plan, SurveyKind::Baseline, QDate(2026, 1, 20));
    const auto [finalId, finalQuestions] = addFromTemplate(*plan, SurveyKind::Final, QDate(2026, 12, 10));
    const QString expertise = byPairKey(baselineQuestions, QStringLiteral("expertise")).text;
    const QByteArray baseline =
        (QStringLiteral("Email,Code,%1\nana@example.org,,2\nben@example.org,,3\n,X1,1\n").arg(expertise)).toUtf8();
    const QByteArray final = (QStringLiteral("Email,Code,%1\nana@example.org,,4\n,X1,2\n").arg(expertise)).toUtf8();
    for (const auto &[id, bytes] : {std::pair{baselineId, baseline}, std::pair{finalId, final}}) {
        auto preview = previewResponseImportData(*plan, id, bytes, QStringLiteral("answers.csv"));
        REQUIRE_OK(preview);
        REQUIRE_FALSE(preview.value().hasErrors());
        REQUIRE_OK(commitResponseImport(*plan, preview.value()));
    }
    const SurveyFigures figures = figuresOf(*plan, finalId);
    const auto item = std::find_if(figures.questions.cbegin(), figures.questions.cend(),
                                   [&](const QuestionFigures &q) { return q.text == expertise; });
    REQUIRE(item != figures.questions.cend());
    // Ana 2 -> 4, code X1 1 -> 2; Ben answered only the baseline.
    CHECK(item->pairs == 2);
    REQUIRE(item->meanChange.has_value());
    CHECK(*item->meanChange == Approx(1.5));
    CHECK(*item->shareImproved == Approx(1.0));
}

TEST_CASE("the value-creation matrix lists each cycle's stories and the survey answers tagged with it")
{
    auto plan = emptyPlan();
    const auto story = [&](const char *title, const QDate &date, QList<ValueCycle> cycles, bool consent) {
        Story s;
        s.title = QString::fromUtf8(title);
        s.date = date;
        s.cycles = std::move(cycles);
        s.consent = consent;
        auto id = plan->add(s);
        REQUIRE_OK(id);
        return id.value();
    };
    const Id late = story("Shared triage sheet", QDate(2026, 9, 1), {ValueCycle::Applied, ValueCycle::Realized}, true);
    const Id early = story("First clinic", QDate(2026, 3, 1), {ValueCycle::Immediate}, false);
    story("Last year's pilot", QDate(2025, 6, 1), {ValueCycle::Applied}, true);

    const auto [surveyId, questions] = addFromTemplate(*plan, SurveyKind::ValueCreation, QDate(2026, 10, 1));
    const Question &applied = byPairKey(questions, valueCycleKey(ValueCycle::Applied));
    const Question &immediate = byPairKey(questions, valueCycleKey(ValueCycle::Immediate));
    const QByteArray file = (QStringLiteral("%1,%2\n5,4\n3,\n4,2\n").arg(applied.text, immediate.text)).toUtf8();
    auto preview = previewResponseImportData(*plan, surveyId, file, QStringLiteral("value.csv"));
    REQUIRE_OK(preview);
    REQUIRE_OK(commitResponseImport(*plan, preview.value()));

    auto matrix = loadValueCreation(*plan, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE_OK(matrix);
    const ValueCreationMatrix &m = matrix.value();
    REQUIRE(m.stories.size() == 2); // last year's story lies outside the period
    CHECK(m.stories[0].id == early);
    CHECK(m.stories[1].id == late);
    REQUIRE(m.rows.size() == 5);
    CHECK(m.shows(ValueCycle::Applied, late));
    CHECK(m.shows(ValueCycle::Realized, late));
    CHECK_FALSE(m.shows(ValueCycle::Applied, early));
    CHECK(m.rows[int(ValueCycle::Immediate)].storyIds == QList<Id>{early});
    CHECK(m.rows[int(ValueCycle::Reframing)].storyIds.isEmpty());
    // Applied: 5, 3, 4 -> mean 4, two of three agree. Immediate: 4, 2 -> mean 3, one of two.
    const ValueCycleRow &appliedRow = m.rows[int(ValueCycle::Applied)];
    CHECK(appliedRow.items == 1);
    CHECK(appliedRow.answers == 3);
    CHECK(*appliedRow.mean == Approx(4.0));
    CHECK(*appliedRow.agreeShare == Approx(2.0 / 3.0));
    CHECK(*m.rows[int(ValueCycle::Immediate)].mean == Approx(3.0));
    CHECK(*m.rows[int(ValueCycle::Immediate)].agreeShare == Approx(0.5));
    CHECK_FALSE(m.rows[int(ValueCycle::Realized)].mean.has_value());
    CHECK(m.rows[int(ValueCycle::Realized)].items == 1);
}

TEST_CASE("a value-creation question whose choices are the cycles counts, per cycle, the answers that name it")
{
    auto plan = emptyPlan();
    Survey survey;
    survey.title = QStringLiteral("Which value?");
    survey.kind = SurveyKind::ValueCreation;
    survey.date = QDate(2026, 8, 28);
    auto surveyId = plan->add(survey);
    REQUIRE_OK(surveyId);
    Question question;
    question.surveyId = surveyId.value();
    question.text = QStringLiteral("Which kind of value did the community bring you?");
    question.type = QuestionType::Choice;
    for (ValueCycle cycle : enumValues<ValueCycle>())
        question.choices << label(cycle);
    REQUIRE_OK(plan->add(question));
    const QByteArray file = (QStringLiteral("%1\n%2\n%2\n%3\n%4\n")
                                 .arg(question.text, label(ValueCycle::Applied), label(ValueCycle::Immediate),
                                      label(ValueCycle::Reframing)))
                                .toUtf8();
    auto preview = previewResponseImportData(*plan, surveyId.value(), file, QStringLiteral("which.csv"));
    REQUIRE_OK(preview);
    REQUIRE_OK(commitResponseImport(*plan, preview.value()));

    auto matrix = loadValueCreation(*plan);
    REQUIRE_OK(matrix);
    const auto &rows = matrix.value().rows;
    // Applied twice, immediate once, reframing once, of four answers.
    CHECK(*rows[int(ValueCycle::Applied)].agreeShare == Approx(0.5));
    CHECK(*rows[int(ValueCycle::Immediate)].agreeShare == Approx(0.25));
    CHECK(*rows[int(ValueCycle::Reframing)].agreeShare == Approx(0.25));
    CHECK(*rows[int(ValueCycle::Realized)].agreeShare == Approx(0.0));
    CHECK(rows[int(ValueCycle::Realized)].answers == 4);
    CHECK_FALSE(rows[int(ValueCycle::Applied)].mean.has_value());
}
