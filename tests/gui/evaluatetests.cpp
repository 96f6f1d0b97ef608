// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Evaluate page in the real main window, offscreen: a check-in built from its template, answers
// typed on the grid and imported from a forms tool's file, the results and the check-in trend, a
// story in the value-creation matrix, and every step undone and redone.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/plan.h"
#include "ui/commands/planundostack.h"
#include "ui/evaluate/evaluatepage.h"
#include "ui/evaluate/surveyresults.h"
#include "ui/mainwindow.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cultivate;
using namespace cultivate::test;
using Catch::Detail::Approx;

namespace {

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

struct EvaluateWindow {
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    EvaluatePage *page = nullptr;

    EvaluateWindow()
    {
        isolateSettings();
        path = dir.filePath(QStringLiteral("evaluate.cop"));
        REQUIRE_OK(createPlan(
            path, NewPlanOptions{QStringLiteral("Evaluate Practice"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
        REQUIRE_OK(window.openPlan(path));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        showPage(window, QStringLiteral("page-evaluate"));
        page = child<EvaluatePage>(window, QStringLiteral("page-evaluate"));
    }
    Plan &plan() { return *window.plan(); }
    PlanUndoStack &stack() { return *window.undoStack(); }

    // The figures of `surveyId` once the page has computed them after the last change.
    SurveyFigures figuresOf(Id surveyId)
    {
        const SurveyFigures *found = nullptr;
        const int expected = int(all<Response>(plan()).size());
        REQUIRE(QTest::qWaitFor(
            [&] {
                const Metrics *m = page->figures();
                if (!m)
                    return false;
                int responses = 0;
                found = nullptr;
                for (const SurveyFigures &s : m->surveys) {
                    responses += s.responses;
                    if (s.id == surveyId)
                        found = &s;
                }
                return found && responses == expected;
            },
            5000));
        return *found;
    }
};

// Types rows of cells into the response grid of an open dialog.
void typeRows(QWidget *dialog, const QList<QStringList> &rows)
{
    auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("response-grid"));
    CHECK(grid != nullptr);
    if (!grid)
        return;
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            grid->item(r, c)->setText(rows[r][c]);
    }
}

} // namespace

TEST_CASE("a facilitator builds a check-in, types the answers, reads the results and the trend, and undoes it")
{
    EvaluateWindow w;
    CHECK(child<QLabel>(w.window, QStringLiteral("evaluate-no-survey"))->isVisibleTo(w.page));

    const Id checkIn = w.page->addSurveyFromTemplate(SurveyKind::CheckIn);
    REQUIRE(checkIn > 0);
    CHECK(w.page->selectedSurveyId() == checkIn);
    CHECK(w.stack().count() == 1);
    const auto questions = all<Question>(w.plan());
    REQUIRE(questions.size() == 2);
    CHECK(child<QTableWidget>(w.window, QStringLiteral("survey-questions"))->rowCount() == 2);

    // A cell that is not an answer keeps the grid open and names the row.
    {
        ModalDriver driver({[](QWidget *dialog) {
            typeRows(dialog, {{QStringLiteral("A1"), QStringLiteral("maybe")}});
            static_cast<QDialog *>(dialog)->accept();
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("response-grid-problem"));
            CHECK(dialog->isVisible());
            CHECK((problem && problem->text().startsWith(QStringLiteral("Row 1:"))));
            static_cast<QDialog *>(dialog)->reject();
        }});
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-enter-responses")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(all<Response>(w.plan()).isEmpty());

    // Three respondents with codes; one leaves the second item unanswered.
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            typeRows(dialog, {{QStringLiteral("A1"), QStringLiteral("yes"), QStringLiteral("no")},
                              {QStringLiteral("A2"), QStringLiteral("no"), QString()},
                              {QStringLiteral("A3"), QStringLiteral("Yes"), QStringLiteral("yes")}});
        })});
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-enter-responses")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto responses = all<Response>(w.plan());
    REQUIRE(responses.size() == 3);
    CHECK(responses[0].respondentCode == QStringLiteral("A1"));
    CHECK_FALSE(responses[0].memberId.has_value());
    CHECK(all<Answer>(w.plan()).size() == 5);
    CHECK(w.stack().count() == 2);

    // yes, no, no, yes, yes: three of five.
    const SurveyFigures figures = w.figuresOf(checkIn);
    CHECK(figures.responses == 3);
    REQUIRE(figures.yesShare.has_value());
    CHECK(*figures.yesShare == Approx(0.6));
    REQUIRE(QTest::qWaitFor([&] {
        return child<QTextBrowser>(w.window, QStringLiteral("survey-results"))
            ->toPlainText()
            .contains(QStringLiteral("60% yes"));
    }));

    // The trend: one point per check-in with answers.
    auto *trend = child<QChartView>(w.window, QStringLiteral("evaluate-trend"));
    REQUIRE(trend->chart() != nullptr);
    auto *series = trend->chart()->findChild<QLineSeries *>(QStringLiteral("checkins"));
    REQUIRE(series != nullptr);
    REQUIRE(series->count() == 1);
    CHECK(series->at(0).y() == Approx(60.0));
    CHECK_FALSE(child<QLabel>(w.window, QStringLiteral("evaluate-trend-empty"))->isVisibleTo(w.page));

    // A second check-in, its answers imported from a forms tool's export.
    const Id second = w.page->addSurveyFromTemplate(SurveyKind::CheckIn);
    REQUIRE(second > 0);
    const QString file = w.dir.filePath(QStringLiteral("december.csv"));
    writeFile(file, "Timestamp,Are you using a practice from the community in your work?\n"
                    "2026-12-20 10:00:00,yes\n2026-12-21 11:00:00,yes\n");
    QString message;
    REQUIRE(w.page->importResponses(file, &message));
    CHECK(message.contains(QStringLiteral("2 responses")));
    const auto withImport = all<Response>(w.plan());
    REQUIRE(withImport.size() == 5);
    CHECK(*w.figuresOf(second).yesShare == Approx(1.0));
    REQUIRE(QTest::qWaitFor([&] {
        auto *s = child<QChartView>(w.window, QStringLiteral("evaluate-trend"))
                      ->chart()
                      ->findChild<QLineSeries *>(QStringLiteral("checkins"));
        return s && s->count() == 2;
    }));
    QString again;
    CHECK_FALSE(w.page->importResponses(file, &again));
    CHECK(again.contains(QStringLiteral("imported before")));

    // Undo the import, then redo it: the same rows come back with the same ids.
    const auto answersWithImport = all<Answer>(w.plan());
    w.stack().undo();
    CHECK(all<Response>(w.plan()).size() == 3);
    CHECK(all<ImportRecord>(w.plan()).isEmpty());
    w.stack().redo();
    CHECK(all<Response>(w.plan()) == withImport);
    CHECK(all<Answer>(w.plan()) == answersWithImport);

    // Undo everything: the plan has no survey left; redo puts it all back.
    while (w.stack().canUndo())
        w.stack().undo();
    CHECK(all<Survey>(w.plan()).isEmpty());
    CHECK(all<Question>(w.plan()).isEmpty());
    CHECK(all<Response>(w.plan()).isEmpty());
    while (w.stack().canRedo())
        w.stack().redo();
    CHECK(all<Response>(w.plan()) == withImport);
    CHECK(all<Answer>(w.plan()) == answersWithImport);
}

TEST_CASE("removing a survey takes its questions, responses and answers, and undo brings every row back")
{
    EvaluateWindow w;
    const Id baseline = w.page->addSurveyFromTemplate(SurveyKind::Baseline);
    REQUIRE(baseline > 0);
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            typeRows(dialog, {{QString(), QStringLiteral("Nurse, Ward 4"), QStringLiteral("1 to 3 years"),
                               QStringLiteral("Handover"), QStringLiteral("3"), QStringLiteral("4"),
                               QStringLiteral("2"), QStringLiteral("1 to 2")}});
        })});
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-enter-responses")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto questions = all<Question>(w.plan());
    const auto responses = all<Response>(w.plan());
    const auto answers = all<Answer>(w.plan());
    REQUIRE(answers.size() == 7);
    QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-remove-survey")), Qt::LeftButton);
    CHECK(all<Survey>(w.plan()).isEmpty());
    CHECK(all<Answer>(w.plan()).isEmpty());
    w.stack().undo();
    CHECK(all<Question>(w.plan()) == questions);
    CHECK(all<Response>(w.plan()) == responses);
    CHECK(all<Answer>(w.plan()) == answers);
}

TEST_CASE("a story added on the Evaluate page shows in the value-creation matrix under its cycles")
{
    EvaluateWindow w;
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("story-title"));
            auto *applied = dialog->findChild<QCheckBox *>(QStringLiteral("story-cycle-applied"));
            CHECK((title && applied));
            if (!(title && applied))
                return;
            title->setText(QStringLiteral("Ward 4 adopts the handover sheet"));
            applied->setChecked(true);
        })});
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-new-story")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto stories = all<Story>(w.plan());
    REQUIRE(stories.size() == 1);
    CHECK(stories[0].cycles == QList<ValueCycle>{ValueCycle::Applied});
    CHECK_FALSE(stories[0].consent);

    auto *matrix = child<QTableWidget>(w.window, QStringLiteral("value-matrix"));
    REQUIRE(QTest::qWaitFor([&] { return matrix->columnCount() == 4; }));
    CHECK(matrix->horizontalHeaderItem(3)->text() == stories[0].title);
    CHECK(matrix->item(int(ValueCycle::Applied), 3)->text() == QStringLiteral("●"));
    CHECK(matrix->item(int(ValueCycle::Immediate), 3)->text().isEmpty());
    auto *storyList = child<QTableWidget>(w.window, QStringLiteral("story-list"));
    CHECK(storyList->rowCount() == 1);

    w.stack().undo();
    CHECK(all<Story>(w.plan()).isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return matrix->columnCount() == 3 && storyList->rowCount() == 0; }));
}

TEST_CASE("a goal measured by a survey item takes its progress from the item's mean answer")
{
    EvaluateWindow w;
    const Id finalSurvey = w.page->addSurveyFromTemplate(SurveyKind::Final);
    REQUIRE(finalSurvey > 0);
    Question confidence;
    for (const Question &q : all<Question>(w.plan())) {
        if (q.pairKey == QLatin1String("confidence"))
            confidence = q;
    }
    REQUIRE(confidence.id > 0);
    // Confidence answered 4, 3 and 5: a mean of 4.
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("response-grid"));
            CHECK(grid != nullptr);
            if (!grid)
                return;
            int column = -1;
            for (int c = 0; c < grid->columnCount(); ++c) {
                if (grid->horizontalHeaderItem(c)->text().startsWith(QStringLiteral("I feel confident")))
                    column = c;
            }
            CHECK(column > 0);
            const QStringList answers{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("5")};
            for (int r = 0; r < answers.size() && column > 0; ++r)
                grid->item(r, column)->setText(answers[r]);
        })});
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-enter-responses")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    Goal goal;
    goal.title = QStringLiteral("Members feel confident applying the practice");
    goal.baseline = 3;
    goal.target = 5;
    auto goalId = w.plan().add(goal);
    REQUIRE_OK(goalId);

    // On the charter page, the goal is set to be measured by the survey item: one undo step.
    showPage(w.window, QStringLiteral("page-charter"));
    QComboBox *measuredBy = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        measuredBy = w.window.findChild<QComboBox *>(QStringLiteral("goal-metric-%1").arg(goalId.value()));
        return measuredBy && measuredBy->findData(QStringLiteral("survey:%1").arg(confidence.id)) >= 0;
    }));
    const int before = w.stack().count();
    emit measuredBy->activated(measuredBy->findData(QStringLiteral("survey:%1").arg(confidence.id)));
    CHECK(w.stack().count() == before + 1);
    const Goal linked = w.plan().get<Goal>(goalId.value()).value();
    CHECK(linked.surveyQuestionId == confidence.id);
    CHECK(linked.metric.isEmpty());

    // The Evaluate page works its figures out again when it is shown.
    showPage(w.window, QStringLiteral("page-evaluate"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const Metrics *m = w.page->figures();
            return m && !m->goals.isEmpty() && m->goals.first().progress.has_value();
        },
        5000));
    const GoalFigures &figures = w.page->figures()->goals.first();
    CHECK(figures.source == QStringLiteral("survey item"));
    CHECK(*figures.current == Approx(4.0));
    CHECK(*figures.progress == Approx(0.5)); // (4 - 3) / (5 - 3)
    w.stack().undo();
    CHECK_FALSE(w.plan().get<Goal>(goalId.value()).value().surveyQuestionId.has_value());
}

TEST_CASE("one response entered on its form names the member and leaves unanswered items out")
{
    EvaluateWindow w;
    Member ana;
    ana.name = QStringLiteral("Ana Souza");
    auto anaId = w.plan().add(ana);
    REQUIRE_OK(anaId);
    const Id feedback = w.page->addSurveyFromTemplate(SurveyKind::SessionFeedback);
    REQUIRE(feedback > 0);
    const auto questions = all<Question>(w.plan());
    REQUIRE(questions.size() == 4);
    {
        ModalDriver driver({acceptDialog([&](QWidget *dialog) {
            auto *member = dialog->findChild<QComboBox *>(QStringLiteral("response-member"));
            auto *first = dialog->findChild<QComboBox *>(QStringLiteral("response-answer-%1").arg(questions[0].id));
            auto *recommend = dialog->findChild<QComboBox *>(QStringLiteral("response-answer-%1").arg(questions[2].id));
            CHECK((member && first && recommend));
            if (!(member && first && recommend))
                return;
            member->setCurrentIndex(member->findText(QStringLiteral("Ana Souza")));
            first->setCurrentIndex(first->findData(4));
            recommend->setCurrentIndex(recommend->findData(10));
        })});
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("evaluate-enter-response")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto responses = all<Response>(w.plan());
    REQUIRE(responses.size() == 1);
    CHECK(responses[0].memberId == anaId.value());
    const auto answers = all<Answer>(w.plan());
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].questionId == questions[0].id);
    CHECK(answers[0].number == 4.0);
    CHECK(answers[1].number == 10.0);
    CHECK(*w.figuresOf(feedback).recommendScore == Approx(100.0));
    w.stack().undo();
    CHECK(all<Response>(w.plan()).isEmpty());
    CHECK(all<Answer>(w.plan()).isEmpty());
}

TEST_CASE("the questions table names the question an item pairs with, never its internal key")
{
    EvaluateWindow w;
    Survey baseline;
    baseline.title = QStringLiteral("Baseline survey");
    baseline.kind = SurveyKind::Baseline;
    baseline.date = QDate(2026, 1, 20);
    Survey final = baseline;
    final.title = QStringLiteral("Final survey");
    final.kind = SurveyKind::Final;
    final.date = QDate(2026, 12, 10);
    const auto addSurvey = [&](const Survey &survey, const QString &text, const QString &key) {
        Survey added = survey;
        auto id = w.plan().add(added);
        REQUIRE_OK(id);
        Question q;
        q.surveyId = id.value();
        q.text = text;
        q.type = QuestionType::Likert;
        q.pairKey = key;
        REQUIRE_OK(w.plan().add(q));
        return id.value();
    };
    addSurvey(baseline, QStringLiteral("I know whom to ask"), QStringLiteral("know_whom_to_ask"));
    const Id finalId = addSurvey(final, QStringLiteral("I now know whom to ask"), QStringLiteral("know_whom_to_ask"));
    const Id loneId = addSurvey(baseline, QStringLiteral("I share my work"), QStringLiteral("share_work"));
    Survey later = final;
    later.title = QStringLiteral("Second final survey");
    const Id sameId = addSurvey(later, QStringLiteral("I share my work"), QStringLiteral("share_work"));

    const auto pairCell = [&](Id surveyId, const QString &question) {
        auto *table = child<QTableWidget>(w.window, QStringLiteral("survey-questions"));
        // The page refreshes after core's change signals: select once the survey is listed.
        REQUIRE(QTest::qWaitFor([&] {
            w.page->selectSurvey(surveyId);
            return table->rowCount() == 1 && table->item(0, 0)->text() == question;
        }));
        return table->item(0, 2)->text();
    };
    CHECK(pairCell(finalId, QStringLiteral("I now know whom to ask")) ==
          QStringLiteral("\u201cI know whom to ask\u201d in Baseline survey"));
    CHECK(pairCell(loneId, QStringLiteral("I share my work")) ==
          QStringLiteral("The same question in Second final survey"));
    // A key no other survey has yet reads as words, not as an identifier.
    auto lone =
        w.plan().get<Question>(w.plan().listWhere<Question>(QStringLiteral("survey_id"), sameId).value().first().id);
    REQUIRE_OK(lone);
    Question renamed = lone.value();
    renamed.pairKey = QStringLiteral("uses_shared_code");
    REQUIRE_OK(w.plan().update(renamed));
    QString unpaired;
    CHECK(QTest::qWaitFor([&] {
        unpaired = pairCell(sameId, QStringLiteral("I share my work"));
        return unpaired.startsWith(QStringLiteral("Uses shared code"));
    }));
    CHECK_FALSE(unpaired.contains(QLatin1Char('_')));
}

TEST_CASE("the results draw one bar per answer value with its count, and list each free-text answer once")
{
    QuestionFigures q;
    q.id = 7;
    q.text = QStringLiteral("How useful was it?");
    q.type = QuestionType::Likert;
    q.answered = 17;
    q.numbers = 17;
    q.distribution = {{2, 6}, {3, 6}, {4, 5}};
    const auto bars = distributionBars(q);
    REQUIRE(bars.size() == 3);
    CHECK(bars.at(0) == qMakePair(QStringLiteral("2"), 6));
    CHECK(bars.at(1) == qMakePair(QStringLiteral("3"), 6));
    CHECK(bars.at(2) == qMakePair(QStringLiteral("4"), 5));

    const auto answers =
        distinctAnswers({QStringLiteral("More time"), QStringLiteral("Snacks"), QStringLiteral(" More time "),
                         QStringLiteral(""), QStringLiteral("More time")});
    REQUIRE(answers.size() == 2);
    CHECK(answers.at(0) == qMakePair(QStringLiteral("More time"), 3));
    CHECK(answers.at(1) == qMakePair(QStringLiteral("Snacks"), 1));

    SurveyFigures figures;
    figures.responses = 17;
    QuestionFigures free;
    free.id = 8;
    free.text = QStringLiteral("What would you change?");
    free.type = QuestionType::FreeText;
    figures.questions = {q, free};
    const QString html = surveyResultsHtml(
        figures, {{8, {QStringLiteral("More time"), QStringLiteral("More time"), QStringLiteral("Snacks")}}},
        QStringLiteral("#123456"));
    CHECK(html.count(QStringLiteral("More time")) == 1);
    CHECK(html.count(QStringLiteral("bgcolor='#123456'")) == 3);
    CHECK_FALSE(html.contains(QStringLiteral("2: 6")));
}
