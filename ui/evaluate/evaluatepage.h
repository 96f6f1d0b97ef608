// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/planpage.h"
#include "ui/dashboard/dashboardcomputer.h"

#include <QList>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace cultivate {

class DeferredRefresh;

// Evaluate: the community's surveys and check-ins (built from templates, answered on a grid or
// imported from a forms tool, with their results), the trend of the monthly check-ins, the
// success stories and reflections, and the value-creation matrix of cycles against stories. Every
// change is an undo step. The figures come from the same metrics as the dashboard and the report,
// computed off the GUI thread.
class EvaluatePage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluatePage)

public:
    explicit EvaluatePage(QWidget *parent = nullptr);

    // Adds a survey drafted from the kind's template (one undo step) and selects it. 0 on failure.
    Id addSurveyFromTemplate(SurveyKind kind);
    void selectSurvey(Id surveyId);
    Id selectedSurveyId() const;
    // Previews the responses file for the selected survey and, when it has no errors, imports it
    // (one undo step). `message` says what happened, or the first problem, in one line.
    bool importResponses(const QString &path, QString *message);
    // The figures last computed, or nullptr before the first computation.
    const Metrics *figures() const;

signals:
    // The figures of the open plan were computed again and are shown.
    void figuresShown();

protected:
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSurveysTab();
    QWidget *createTrendTab();
    QWidget *createStoriesTab();
    QWidget *createValueTab();

    void showSurveys();
    void showSelectedSurvey();
    void showResults();
    void showStories();
    void showValueMatrix();
    void showSnapshot(const DashboardSnapshotPtr &snapshot);
    void showTrend();
    int trendLabelBudget() const;
    void recompute();
    void startComputing(); // the figures of the plan year and every survey, on the computer

    std::optional<Survey> selectedSurvey() const;
    QList<Question> questionsOf(Id surveyId) const;
    // What `question` pairs with, for people: the other survey's question with the same key
    // ("“I know whom to ask” in Final survey", "The same question in Final survey"), or the key made
    // readable when none has it yet.
    QString pairedWith(const Question &question) const;
    std::optional<Question> selectedQuestion() const;
    std::optional<Story> selectedStory() const;

    void addBlankSurvey();
    void editSurvey();
    void removeSurvey();
    void addQuestion();
    void editQuestion();
    void removeQuestion();
    void moveQuestion(int delta);
    void enterResponse();
    void enterResponses();
    void chooseResponsesFile();
    void addStory();
    void editStory();
    void removeStory();

    QList<Survey> m_surveys{};
    QList<Story> m_stories{};
    DashboardComputer *m_computer = nullptr;
    DashboardSnapshotPtr m_snapshot{};
    DeferredRefresh *m_refresh = nullptr; // the figures wait for the page to be shown

    QTabWidget *m_tabs = nullptr;
    QListWidget *m_surveyList = nullptr;
    QToolButton *m_newSurvey = nullptr;
    QPushButton *m_surveyDetails = nullptr;
    QPushButton *m_removeSurvey = nullptr;
    QWidget *m_surveyPanel = nullptr;
    QLabel *m_noSurvey = nullptr;
    QLabel *m_surveyTitle = nullptr;
    QLabel *m_surveySummary = nullptr;
    QTableWidget *m_questions = nullptr;
    QList<QPushButton *> m_questionButtons{};
    QPushButton *m_enterResponse = nullptr;
    QPushButton *m_enterResponses = nullptr;
    QPushButton *m_importResponses = nullptr;
    QTextBrowser *m_results = nullptr;
    QChartView *m_trend = nullptr;
    QLabel *m_trendEmpty = nullptr;
    // How many month labels the trend chart was drawn with (they follow its width).
    int m_trendLabels = 0;
    QTableWidget *m_storyTable = nullptr;
    QList<QPushButton *> m_storyButtons{};
    QTableWidget *m_valueMatrix = nullptr;
};

} // namespace cultivate
