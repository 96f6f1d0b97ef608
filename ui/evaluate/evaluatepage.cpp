// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/evaluatepage.h"

#include "core/charts/chartlabels.h"
#include "core/charts/metricscharts.h"
#include "core/charts/palette.h"
#include "core/evaluate/surveytemplates.h"
#include "core/evaluate/valuecreation.h"
#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/familycommands.h"
#include "ui/commands/importresponsescommand.h"
#include "ui/common/deferredrefresh.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/evaluate/questiondialog.h"
#include "ui/evaluate/responseformdialog.h"
#include "ui/evaluate/responsegriddialog.h"
#include "ui/evaluate/storydialog.h"
#include "ui/evaluate/surveydialog.h"
#include "ui/evaluate/surveyresults.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

template <class T> QList<T> listOf(const Plan *plan)
{
    if (!plan)
        return {};
    auto rows = plan->list<T>();
    return rows.ok() ? rows.value() : QList<T>();
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QTableWidget *table(const QString &name, const QString &accessible, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem *cell(const QString &text, Id id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setToolTip(text);
    return item;
}

QString questionTypeText(QuestionType type)
{
    switch (type) {
    case QuestionType::Likert:
        return EvaluatePage::tr("Agreement 1–5");
    case QuestionType::Recommend:
        return EvaluatePage::tr("Recommend 0–10");
    case QuestionType::YesNo:
        return EvaluatePage::tr("Yes or no");
    case QuestionType::Choice:
        return EvaluatePage::tr("Choice");
    case QuestionType::FreeText:
        return EvaluatePage::tr("Free text");
    }
    return {};
}

} // namespace

EvaluatePage::EvaluatePage(QWidget *parent)
    : PlanPage({EntityKind::Survey, EntityKind::Question, EntityKind::Response, EntityKind::Answer, EntityKind::Story,
                EntityKind::Member, EntityKind::Event, EntityKind::Resource, EntityKind::Goal},
               parent)
{
    setObjectName(QStringLiteral("page-evaluate"));
    const int unit = em(this);
    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->setSpacing(unit / 2);
    layout->addWidget(makeLabel(tr("Evaluate"), TextStyle::Title, this));
    layout->addWidget(makeLabel(tr("Surveys and check-ins show what members gain and change; stories show the value "
                                   "created, cycle by cycle."),
                                TextStyle::Secondary, this));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("evaluate-tabs"));
    m_tabs->setAccessibleName(tr("Evaluate views"));
    m_tabs->addTab(createSurveysTab(), tr("&Surveys"));
    m_tabs->addTab(createTrendTab(), tr("&Check-in Trend"));
    m_tabs->addTab(createStoriesTab(), tr("S&tories"));
    m_tabs->addTab(createValueTab(), tr("&Value Created"));
    layout->addWidget(m_tabs, 1);

    m_computer = new DashboardComputer(this);
    connect(m_computer, &DashboardComputer::computed, this, &EvaluatePage::showSnapshot);
    m_refresh = new DeferredRefresh(this, 0, [this] { startComputing(); });
}

QWidget *EvaluatePage::createSurveysTab()
{
    const int unit = em(this);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);

    auto *bar = new QHBoxLayout;
    m_newSurvey = new QToolButton(tab);
    m_newSurvey->setObjectName(QStringLiteral("evaluate-new-survey"));
    m_newSurvey->setText(tr("&New Survey"));
    m_newSurvey->setAccessibleName(tr("New survey from a template"));
    m_newSurvey->setPopupMode(QToolButton::InstantPopup);
    m_newSurvey->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_newSurvey);
    for (SurveyKind kind : enumValues<SurveyKind>()) {
        QAction *action = menu->addAction(tr("%1 (from the template)").arg(label(kind)));
        action->setObjectName(QStringLiteral("new-survey-") + enumKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addSurveyFromTemplate(kind); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Blank Survey…")), &QAction::triggered, this, &EvaluatePage::addBlankSurvey);
    m_newSurvey->setMenu(menu);
    m_surveyDetails = button(tr("&Details…"), QStringLiteral("evaluate-survey-details"), tab);
    m_removeSurvey = button(tr("&Remove Survey"), QStringLiteral("evaluate-remove-survey"), tab);
    connect(m_surveyDetails, &QPushButton::clicked, this, &EvaluatePage::editSurvey);
    connect(m_removeSurvey, &QPushButton::clicked, this, &EvaluatePage::removeSurvey);
    bar->addWidget(m_newSurvey);
    bar->addWidget(m_surveyDetails);
    bar->addWidget(m_removeSurvey);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    m_surveyList = new QListWidget(splitter);
    m_surveyList->setObjectName(QStringLiteral("survey-list"));
    m_surveyList->setAccessibleName(tr("Surveys"));
    m_surveyList->setMinimumWidth(unit * 14);
    m_surveyList->setSpacing(unit / 4);
    m_surveyList->setWordWrap(true);
    connect(m_surveyList, &QListWidget::currentRowChanged, this, &EvaluatePage::showSelectedSurvey);
    connect(m_surveyList, &QListWidget::itemActivated, this, &EvaluatePage::editSurvey);

    auto *right = new QWidget(splitter);
    auto *panel = new QVBoxLayout(right);
    panel->setContentsMargins(unit / 2, 0, 0, 0);
    m_noSurvey = makeLabel(tr("No surveys yet. Start with a baseline survey for the orientation, or a monthly "
                              "check-in poll: New Survey offers a template for each."),
                           TextStyle::Secondary, right);
    m_noSurvey->setObjectName(QStringLiteral("evaluate-no-survey"));
    panel->addWidget(m_noSurvey);
    m_surveyPanel = new QWidget(right);
    auto *detail = new QVBoxLayout(m_surveyPanel);
    detail->setContentsMargins(0, 0, 0, 0);
    m_surveyTitle = makeLabel({}, TextStyle::Heading, m_surveyPanel);
    m_surveyTitle->setObjectName(QStringLiteral("survey-heading"));
    m_surveySummary = makeLabel({}, TextStyle::Secondary, m_surveyPanel);
    detail->addWidget(m_surveyTitle);
    detail->addWidget(m_surveySummary);

    detail->addWidget(makeLabel(tr("Questions"), TextStyle::Subheading, m_surveyPanel));
    m_questions = table(QStringLiteral("survey-questions"), tr("Questions"),
                        {tr("Question"), tr("Answer"), tr("Pairs with")}, m_surveyPanel);
    m_questions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_questions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_questions->setMinimumHeight(unit * 9);
    connect(m_questions, &QTableWidget::cellDoubleClicked, this, &EvaluatePage::editQuestion);
    detail->addWidget(m_questions, 1);
    // The question and response buttons wrap onto more lines when the panel is narrow.
    auto *questionBar = new FlowLayout;
    questionBar->setSpacing(unit / 2);
    const auto addQuestionButton = [&](const QString &text, const QString &name, auto slot) {
        QPushButton *b = button(text, name, m_surveyPanel);
        connect(b, &QPushButton::clicked, this, slot);
        questionBar->addWidget(b);
        m_questionButtons.append(b);
    };
    addQuestionButton(tr("&Add Question…"), QStringLiteral("evaluate-add-question"), &EvaluatePage::addQuestion);
    addQuestionButton(tr("&Edit…"), QStringLiteral("evaluate-edit-question"), &EvaluatePage::editQuestion);
    addQuestionButton(tr("Re&move"), QStringLiteral("evaluate-remove-question"), &EvaluatePage::removeQuestion);
    addQuestionButton(tr("Move &Up"), QStringLiteral("evaluate-question-up"), [this] { moveQuestion(-1); });
    addQuestionButton(tr("Move Do&wn"), QStringLiteral("evaluate-question-down"), [this] { moveQuestion(1); });
    m_enterResponse = button(tr("Enter &One Response…"), QStringLiteral("evaluate-enter-response"), m_surveyPanel);
    m_enterResponses =
        button(tr("Enter Responses in a &Grid…"), QStringLiteral("evaluate-enter-responses"), m_surveyPanel);
    m_importResponses = button(tr("&Import Responses…"), QStringLiteral("evaluate-import-responses"), m_surveyPanel);
    connect(m_enterResponse, &QPushButton::clicked, this, &EvaluatePage::enterResponse);
    connect(m_enterResponses, &QPushButton::clicked, this, &EvaluatePage::enterResponses);
    connect(m_importResponses, &QPushButton::clicked, this, &EvaluatePage::chooseResponsesFile);
    questionBar->addWidget(m_enterResponse);
    questionBar->addWidget(m_enterResponses);
    questionBar->addWidget(m_importResponses);
    detail->addLayout(questionBar);

    detail->addWidget(makeLabel(tr("Results"), TextStyle::Subheading, m_surveyPanel));
    m_results = new QTextBrowser(m_surveyPanel);
    m_results->setObjectName(QStringLiteral("survey-results"));
    m_results->setAccessibleName(tr("Survey results"));
    m_results->setOpenLinks(false);
    detail->addWidget(m_results, 2);
    panel->addWidget(m_surveyPanel, 1);
    splitter->addWidget(m_surveyList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({unit * 18, unit * 60});
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *EvaluatePage::createTrendTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(makeLabel(tr("The share of “yes” in each check-in poll and survey, over time: is the practice "
                                   "taking hold?"),
                                TextStyle::Secondary, tab));
    m_trendEmpty = makeLabel(tr("No check-in has answers yet. Add a monthly check-in poll from its template and enter "
                                "or import its answers."),
                             TextStyle::Secondary, tab);
    m_trendEmpty->setObjectName(QStringLiteral("evaluate-trend-empty"));
    layout->addWidget(m_trendEmpty);
    m_trend = new QChartView(tab);
    m_trend->setObjectName(QStringLiteral("evaluate-trend"));
    m_trend->setAccessibleName(tr("Check-in trend"));
    m_trend->viewport()->setAccessibleName(tr("Check-in trend: the share answering yes in each poll"));
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->installEventFilter(this);
    layout->addWidget(m_trend, 1);
    return tab;
}

QWidget *EvaluatePage::createStoriesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    const auto addButton = [&](const QString &text, const QString &name, auto slot) {
        QPushButton *b = button(text, name, tab);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        m_storyButtons.append(b);
    };
    addButton(tr("New &Story…"), QStringLiteral("evaluate-new-story"), &EvaluatePage::addStory);
    addButton(tr("&Edit…"), QStringLiteral("evaluate-edit-story"), &EvaluatePage::editStory);
    addButton(tr("&Remove"), QStringLiteral("evaluate-remove-story"), &EvaluatePage::removeStory);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_storyTable = table(QStringLiteral("story-list"), tr("Stories"),
                         {tr("Date"), tr("Title"), tr("Kind"), tr("Value shown"), tr("May be shared")}, tab);
    m_storyTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_storyTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_storyTable, &QTableWidget::cellDoubleClicked, this, &EvaluatePage::editStory);
    layout->addWidget(m_storyTable, 1);
    return tab;
}

QWidget *EvaluatePage::createValueTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(makeLabel(tr("Each value cycle against the stories that show it, with the value-creation "
                                   "survey's answers beside them: the share who agree and the mean on a scale of 1 "
                                   "to 5."),
                                TextStyle::Secondary, tab));
    m_valueMatrix = table(QStringLiteral("value-matrix"), tr("Value-creation matrix"), {}, tab);
    m_valueMatrix->setSelectionMode(QAbstractItemView::NoSelection);
    m_valueMatrix->verticalHeader()->show();
    layout->addWidget(m_valueMatrix, 1);
    return tab;
}

void EvaluatePage::refresh()
{
    m_surveys = listOf<Survey>(plan());
    std::stable_sort(m_surveys.begin(), m_surveys.end(),
                     [](const Survey &a, const Survey &b) { return a.date < b.date; });
    m_stories = listOf<Story>(plan());
    std::stable_sort(m_stories.begin(), m_stories.end(),
                     [](const Story &a, const Story &b) { return a.date < b.date; });
    const bool editable = plan() && undoStack() && !plan()->isReadOnly();
    m_newSurvey->setEnabled(editable);
    for (QPushButton *b : std::as_const(m_storyButtons))
        b->setEnabled(editable);
    showSurveys();
    showStories();
    showValueMatrix();
    recompute();
}

void EvaluatePage::recompute()
{
    if (!plan()) {
        m_refresh->cancel();
        m_computer->cancel();
        m_snapshot.reset();
        return;
    }
    // A hidden page computes when it is shown again, not after every edit elsewhere.
    m_refresh->runNow();
}

void EvaluatePage::startComputing()
{
    if (!plan())
        return;
    // Surveys are not limited to a window: the figures cover the plan year and every survey's date.
    MetricsOptions options;
    if (auto community = plan()->community(); community.ok()) {
        options.from = community.value().startDate;
        options.to = community.value().endDate;
    }
    if (auto surveys = plan()->list<Survey>(); surveys.ok()) {
        for (const Survey &survey : surveys.value()) {
            if (!survey.date.isValid())
                continue;
            options.from = options.from.isValid() ? std::min(options.from, survey.date) : survey.date;
            options.to = options.to.isValid() ? std::max(options.to, survey.date) : survey.date;
        }
    }
    m_computer->start(*plan(), options, plan()->clock().today());
}

void EvaluatePage::showSnapshot(const DashboardSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    showResults();
    const bool hasCheckIns =
        snapshot && std::any_of(snapshot->current().surveys.cbegin(), snapshot->current().surveys.cend(),
                                [](const SurveyFigures &s) { return s.yesShare.has_value(); });
    m_trendEmpty->setVisible(!hasCheckIns);
    m_trend->setVisible(hasCheckIns);
    if (hasCheckIns)
        showTrend();
    emit figuresShown();
}

int EvaluatePage::trendLabelBudget() const
{
    return labelsThatFitChart(m_trend->width(), m_trend->font());
}

void EvaluatePage::showTrend()
{
    // As many month labels as fit the chart's width, so that none is cut ("May 2…").
    m_trendLabels = trendLabelBudget();
    QChart *old = m_trend->chart();
    m_trend->setChart(surveyTrendChart(m_snapshot->current(), ChartPalette{isDarkTheme()}, m_trendLabels));
    delete old;
}

bool EvaluatePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_trend && event->type() == QEvent::Resize && m_snapshot && m_trend->isVisible() &&
        trendLabelBudget() != m_trendLabels)
        showTrend();
    return PlanPage::eventFilter(watched, event);
}

const Metrics *EvaluatePage::figures() const
{
    return m_snapshot ? &m_snapshot->current() : nullptr;
}

void EvaluatePage::showSurveys()
{
    const Id selected = selectedSurveyId();
    QSignalBlocker blocker(m_surveyList);
    m_surveyList->clear();
    for (const Survey &survey : std::as_const(m_surveys)) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3").arg(survey.title, label(survey.kind), formatDate(survey.date)), m_surveyList);
        item->setData(Qt::UserRole, survey.id);
    }
    int row = 0;
    for (int i = 0; i < m_surveyList->count(); ++i) {
        if (m_surveyList->item(i)->data(Qt::UserRole).toLongLong() == selected)
            row = i;
    }
    m_surveyList->setCurrentRow(m_surveyList->count() > 0 ? row : -1);
    blocker.unblock();
    showSelectedSurvey();
}

Id EvaluatePage::selectedSurveyId() const
{
    const QListWidgetItem *item = m_surveyList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void EvaluatePage::selectSurvey(Id surveyId)
{
    for (int i = 0; i < m_surveyList->count(); ++i) {
        if (m_surveyList->item(i)->data(Qt::UserRole).toLongLong() == surveyId)
            m_surveyList->setCurrentRow(i);
    }
}

std::optional<Survey> EvaluatePage::selectedSurvey() const
{
    const Id id = selectedSurveyId();
    for (const Survey &survey : m_surveys) {
        if (survey.id == id)
            return survey;
    }
    return std::nullopt;
}

QString EvaluatePage::pairedWith(const Question &question) const
{
    if (question.pairKey.isEmpty())
        return {};
    if (const auto cycle = valueCycleOfKey(question.pairKey))
        return tr("Value-creation cycle: %1").arg(label(*cycle));
    for (const Survey &survey : m_surveys) {
        if (survey.id == question.surveyId)
            continue;
        for (const Question &other : questionsOf(survey.id)) {
            if (other.pairKey != question.pairKey)
                continue;
            // Baseline and final items usually ask the same: then the survey is enough to say.
            return other.text == question.text ? tr("The same question in %1").arg(survey.title)
                                               : tr("“%1” in %2").arg(other.text, survey.title);
        }
    }
    QString readable = question.pairKey;
    readable.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    readable = readable.simplified();
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return tr("%1 (no paired question yet)").arg(readable);
}

QList<Question> EvaluatePage::questionsOf(Id surveyId) const
{
    if (!plan())
        return {};
    auto questions = plan()->listWhere<Question>(QStringLiteral("survey_id"), surveyId);
    if (!questions.ok())
        return {};
    QList<Question> sorted = questions.value();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Question &a, const Question &b) { return a.position < b.position; });
    return sorted;
}

std::optional<Question> EvaluatePage::selectedQuestion() const
{
    const int row = m_questions->currentRow();
    if (row < 0 || !m_questions->item(row, 0))
        return std::nullopt;
    const Id id = m_questions->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const Question &question : questionsOf(selectedSurveyId())) {
        if (question.id == id)
            return question;
    }
    return std::nullopt;
}

void EvaluatePage::showSelectedSurvey()
{
    const std::optional<Survey> survey = selectedSurvey();
    const bool editable = plan() && undoStack() && !plan()->isReadOnly();
    m_noSurvey->setVisible(!survey);
    m_surveyPanel->setVisible(survey.has_value());
    m_surveyDetails->setEnabled(editable && survey);
    m_removeSurvey->setEnabled(editable && survey);
    if (!survey)
        return;
    m_surveyTitle->setText(survey->title);
    QStringList summary{label(survey->kind), formatDate(survey->date),
                        survey->anonymous ? tr("anonymous") : tr("named")};
    if (!survey->notes.isEmpty())
        summary << survey->notes;
    m_surveySummary->setText(summary.join(QStringLiteral(" · ")));

    const int row = m_questions->currentRow();
    const QList<Question> questions = questionsOf(survey->id);
    m_questions->setRowCount(int(questions.size()));
    for (int i = 0; i < questions.size(); ++i) {
        const Question &q = questions.at(i);
        m_questions->setItem(i, 0, cell(q.text, q.id));
        QString type = questionTypeText(q.type);
        if (q.type == QuestionType::Choice)
            type += QStringLiteral(": ") + q.choices.join(QStringLiteral(" / "));
        m_questions->setItem(i, 1, cell(type, q.id));
        QTableWidgetItem *pair = cell(pairedWith(q), q.id);
        pair->setToolTip(q.pairKey.isEmpty() ? QString() : tr("Pairing key: %1").arg(q.pairKey));
        m_questions->setItem(i, 2, pair);
    }
    if (row >= 0 && row < m_questions->rowCount())
        m_questions->selectRow(row);
    for (QPushButton *b : std::as_const(m_questionButtons))
        b->setEnabled(editable);
    m_enterResponse->setEnabled(editable && !questions.isEmpty());
    m_enterResponses->setEnabled(editable && !questions.isEmpty());
    m_importResponses->setEnabled(editable && !questions.isEmpty());
    showResults();
}

void EvaluatePage::showResults()
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan())
        return;
    const SurveyFigures *figures = nullptr;
    if (m_snapshot) {
        for (const SurveyFigures &s : m_snapshot->current().surveys) {
            if (s.id == survey->id)
                figures = &s;
        }
    }
    if (!figures) {
        m_results->setPlainText(tr("Working out the results…"));
        return;
    }
    QHash<Id, QStringList> freeTexts;
    for (const Question &question : questionsOf(survey->id)) {
        if (question.type != QuestionType::FreeText)
            continue;
        if (auto answers = plan()->listWhere<Answer>(QStringLiteral("question_id"), question.id); answers.ok()) {
            for (const Answer &answer : answers.value()) {
                if (!answer.text.trimmed().isEmpty())
                    freeTexts[question.id] << answer.text;
            }
        }
    }
    m_results->setHtml(surveyResultsHtml(*figures, freeTexts, m_results->palette().color(QPalette::Highlight).name()));
}

void EvaluatePage::showStories()
{
    const int row = m_storyTable->currentRow();
    m_storyTable->setRowCount(int(m_stories.size()));
    for (int i = 0; i < m_stories.size(); ++i) {
        const Story &story = m_stories.at(i);
        QStringList cycles;
        for (ValueCycle cycle : story.cycles)
            cycles << label(cycle);
        m_storyTable->setItem(i, 0, cell(formatDate(story.date), story.id));
        m_storyTable->setItem(i, 1, cell(story.title, story.id));
        m_storyTable->setItem(
            i, 2, cell(story.kind == StoryKind::Success ? tr("Success story") : tr("Reflection"), story.id));
        m_storyTable->setItem(i, 3, cell(cycles.join(QStringLiteral(", ")), story.id));
        m_storyTable->setItem(i, 4, cell(story.consent ? tr("Yes") : tr("No"), story.id));
    }
    if (row >= 0 && row < m_storyTable->rowCount())
        m_storyTable->selectRow(row);
}

std::optional<Story> EvaluatePage::selectedStory() const
{
    const int row = m_storyTable->currentRow();
    if (row < 0 || !m_storyTable->item(row, 0))
        return std::nullopt;
    const Id id = m_storyTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const Story &story : m_stories) {
        if (story.id == id)
            return story;
    }
    return std::nullopt;
}

void EvaluatePage::showValueMatrix()
{
    m_valueMatrix->clear();
    if (!plan()) {
        m_valueMatrix->setRowCount(0);
        m_valueMatrix->setColumnCount(0);
        return;
    }
    auto loaded = loadValueCreation(*plan());
    if (!loaded.ok())
        return;
    const ValueCreationMatrix &matrix = loaded.value();
    QStringList headers{tr("Agree"), tr("Mean (1–5)"), tr("Answers")};
    for (const Story &story : matrix.stories)
        headers << story.title;
    m_valueMatrix->setColumnCount(int(headers.size()));
    m_valueMatrix->setHorizontalHeaderLabels(headers);
    m_valueMatrix->setRowCount(int(matrix.rows.size()));
    QStringList cycles;
    for (int r = 0; r < matrix.rows.size(); ++r) {
        const ValueCycleRow &row = matrix.rows.at(r);
        cycles << label(row.cycle);
        m_valueMatrix->setItem(r, 0, cell(row.agreeShare ? formatPercent(*row.agreeShare) : tr("–")));
        m_valueMatrix->setItem(r, 1, cell(row.mean ? formatNumber(std::round(*row.mean * 10) / 10) : tr("–")));
        m_valueMatrix->setItem(r, 2, cell(QString::number(row.answers)));
        for (int c = 0; c < matrix.stories.size(); ++c) {
            const bool shows = row.storyIds.contains(matrix.stories.at(c).id);
            auto *mark = cell(shows ? QStringLiteral("●") : QString(), matrix.stories.at(c).id);
            mark->setTextAlignment(Qt::AlignCenter);
            mark->setToolTip(shows
                                 ? tr("“%1” shows %2 value").arg(matrix.stories.at(c).title, label(row.cycle).toLower())
                                 : QString());
            m_valueMatrix->setItem(r, c + 3, mark);
        }
    }
    m_valueMatrix->setVerticalHeaderLabels(cycles);
    m_valueMatrix->resizeColumnsToContents();
}

Id EvaluatePage::addSurveyFromTemplate(SurveyKind kind)
{
    if (!plan() || !undoStack())
        return 0;
    const SurveyDraft draft = surveyTemplate(kind, plan()->clock().today());
    auto *command = new AddSurveyCommand(*plan(), {{draft.survey, draft.questions}}, &Question::surveyId,
                                         tr("Add the survey “%1”").arg(draft.survey.title));
    if (!run(command))
        return 0;
    const Id id = command->families().first().parent.id;
    refresh();
    selectSurvey(id);
    return id;
}

void EvaluatePage::addBlankSurvey()
{
    if (!plan() || !undoStack())
        return;
    Survey survey;
    survey.date = plan()->clock().today();
    SurveyDialog dialog(survey, listOf<Event>(plan()), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    auto *command =
        new AddEntityCommand<Survey>(*plan(), dialog.survey(), tr("Add the survey “%1”").arg(dialog.survey().title));
    if (run(command)) {
        refresh();
        selectSurvey(command->entityId());
    }
}

void EvaluatePage::editSurvey()
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan() || !undoStack())
        return;
    SurveyDialog dialog(*survey, listOf<Event>(plan()), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    if (!(dialog.survey() == *survey))
        run(new EditEntityCommand<Survey>(*plan(), *survey, dialog.survey(),
                                          tr("Edit the survey “%1”").arg(survey->title)));
}

void EvaluatePage::removeSurvey()
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan())
        return;
    run(new RemoveEntityCommand<Survey>(*plan(), *survey, tr("Remove the survey “%1”").arg(survey->title)));
}

void EvaluatePage::addQuestion()
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan())
        return;
    Question question;
    question.surveyId = survey->id;
    for (const Question &existing : questionsOf(survey->id))
        question.position = qMax(question.position, existing.position + 1);
    QuestionDialog dialog(question, this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    run(new AddEntityCommand<Question>(*plan(), dialog.question(),
                                       tr("Add the question “%1”").arg(dialog.question().text)));
}

void EvaluatePage::editQuestion()
{
    const std::optional<Question> question = selectedQuestion();
    if (!question || !plan() || !undoStack())
        return;
    QuestionDialog dialog(*question, this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    if (!(dialog.question() == *question))
        run(new EditEntityCommand<Question>(*plan(), *question, dialog.question(),
                                            tr("Edit the question “%1”").arg(question->text)));
}

void EvaluatePage::removeQuestion()
{
    const std::optional<Question> question = selectedQuestion();
    if (question && plan())
        run(new RemoveEntityCommand<Question>(*plan(), *question, tr("Remove the question “%1”").arg(question->text)));
}

void EvaluatePage::moveQuestion(int delta)
{
    const std::optional<Question> question = selectedQuestion();
    if (!question || !plan())
        return;
    const QList<Question> questions = questionsOf(question->surveyId);
    const qsizetype index = std::find(questions.cbegin(), questions.cend(), *question) - questions.cbegin();
    const qsizetype other = index + delta;
    if (other < 0 || other >= questions.size())
        return;
    Question first = questions.at(index);
    Question second = questions.at(other);
    Question firstAfter = first;
    Question secondAfter = second;
    std::swap(firstAfter.position, secondAfter.position);
    if (firstAfter.position == secondAfter.position)
        firstAfter.position += delta;
    auto *macro = new PlanMacroCommand(*plan(), tr("Move the question “%1”").arg(question->text));
    macro->append(new EditEntityCommand<Question>(*plan(), first, firstAfter, {}));
    macro->append(new EditEntityCommand<Question>(*plan(), second, secondAfter, {}));
    if (run(macro)) {
        showSelectedSurvey();
        m_questions->selectRow(int(other));
    }
}

void EvaluatePage::enterResponses()
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan())
        return;
    ResponseGridDialog dialog(*survey, questionsOf(survey->id), listOf<Member>(plan()), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    run(new AddResponsesCommand(
        *plan(), dialog.responses(), &Answer::responseId,
        dialog.responses().size() == 1
            ? tr("Enter a response to “%1”").arg(survey->title)
            : tr("Enter %1 responses to “%2”").arg(dialog.responses().size()).arg(survey->title)));
}

void EvaluatePage::enterResponse()
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan())
        return;
    ResponseFormDialog dialog(*survey, questionsOf(survey->id), listOf<Member>(plan()), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const AddResponsesCommand::Family response = dialog.response();
    if (response.children.isEmpty())
        return; // nothing was answered
    run(new AddResponsesCommand(*plan(), {response}, &Answer::responseId,
                                tr("Enter a response to “%1”").arg(survey->title)));
}

void EvaluatePage::chooseResponsesFile()
{
    if (!selectedSurvey() || !plan())
        return;
    const QString folder = QFileInfo(plan()->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Responses"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool imported = importResponses(path, &message);
    if (imported)
        QMessageBox::information(this, tr("Responses Imported"), message);
    else
        QMessageBox::warning(this, tr("Responses Not Imported"), message);
}

bool EvaluatePage::importResponses(const QString &path, QString *message)
{
    const std::optional<Survey> survey = selectedSurvey();
    if (!survey || !plan() || !undoStack())
        return false;
    auto preview = previewResponseImport(*plan(), survey->id, path);
    if (!preview.ok()) {
        *message = preview.error().message;
        return false;
    }
    if (preview.value().hasErrors()) {
        *message = preview.value().firstErrorMessage();
        return false;
    }
    if (preview.value().alreadyImported()) {
        *message = tr("%1 was imported before; nothing was added.").arg(preview.value().fileName);
        return false;
    }
    const int rows = int(preview.value().rows.size());
    const int answers = preview.value().answerCount();
    const int warnings = int(preview.value().warnings.size());
    const QString fileName = preview.value().fileName;
    if (!run(new ImportResponsesCommand(*plan(), std::move(preview).value(),
                                        tr("Import responses from %1").arg(fileName)))) {
        *message = tr("%1 could not be imported.").arg(fileName);
        return false;
    }
    *message = rows == 1 ? tr("%1: 1 response with %2 answers imported").arg(fileName).arg(answers)
                         : tr("%1: %2 responses with %3 answers imported").arg(fileName).arg(rows).arg(answers);
    if (warnings > 0)
        *message += tr(" (see the notes: columns left out or people not found: %1)").arg(warnings);
    *message += QLatin1Char('.');
    return true;
}

void EvaluatePage::addStory()
{
    if (!plan())
        return;
    Story story;
    story.date = plan()->clock().today();
    StoryDialog dialog(story, listOf<Member>(plan()), listOf<Event>(plan()), listOf<Resource>(plan()), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    run(new AddEntityCommand<Story>(*plan(), dialog.story(), tr("Add the story “%1”").arg(dialog.story().title)));
}

void EvaluatePage::editStory()
{
    const std::optional<Story> story = selectedStory();
    if (!story || !plan() || !undoStack())
        return;
    StoryDialog dialog(*story, listOf<Member>(plan()), listOf<Event>(plan()), listOf<Resource>(plan()), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    if (!(dialog.story() == *story))
        run(new EditEntityCommand<Story>(*plan(), *story, dialog.story(), tr("Edit the story “%1”").arg(story->title)));
}

void EvaluatePage::removeStory()
{
    const std::optional<Story> story = selectedStory();
    if (story && plan())
        run(new RemoveEntityCommand<Story>(*plan(), *story, tr("Remove the story “%1”").arg(story->title)));
}

} // namespace cultivate
