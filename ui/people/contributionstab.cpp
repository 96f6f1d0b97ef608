// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/contributionstab.h"

#include "core/lifecycle/stageguide.h"
#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/planpage.h"
#include "ui/common/typography.h"
#include "ui/people/contributiondialog.h"
#include "ui/people/contributionmodel.h"
#include "ui/people/membernames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// Filters the log by member; the order is the log's own (ContributionModel::sort), which the
// worker that reads the rows has already applied.
class ContributionFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void sort(int column, Qt::SortOrder order) override
    {
        if (sourceModel())
            sourceModel()->sort(column, order);
    }
};

template <class T> QList<T> listOf(const Plan *plan)
{
    if (!plan)
        return {};
    auto rows = plan->list<T>();
    return rows.ok() ? rows.value() : QList<T>();
}

} // namespace

ContributionsTab::ContributionsTab(PlanPage *owner, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
{
    setObjectName(QStringLiteral("contributions-tab"));
    const int unit = em(this);
    m_model = new ContributionModel(this);
    m_model->setObjectName(QStringLiteral("contribution-model"));
    m_filter = new ContributionFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(ContributionModel::MemberColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
    // The buttons wrap onto more lines in a narrow window; the search stays at the right.
    auto *bar = new QHBoxLayout;
    auto *buttons = new FlowLayout;
    buttons->setSpacing(unit / 2);
    bar->addLayout(buttons, 1);
    const auto addButton = [&](const QString &text, const QString &name, void (ContributionsTab::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        m_buttons.append(button);
        return button;
    };
    addButton(tr("&Add Contribution…"), QStringLiteral("contribution-add"), &ContributionsTab::addContribution);
    addButton(tr("&Edit…"), QStringLiteral("contribution-edit"), &ContributionsTab::editContribution);
    addButton(tr("&Remove"), QStringLiteral("contribution-remove"), &ContributionsTab::removeContribution);
    addButton(tr("&Weights…"), QStringLiteral("contribution-weights"), &ContributionsTab::editWeights);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contribution-search"));
    m_search->setAccessibleName(tr("Find a member's contributions"));
    m_search->setPlaceholderText(tr("Find a member"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(unit * 14);
    bar->addWidget(m_search, 0, Qt::AlignTop);
    layout->addLayout(bar);
    m_summary = makeLabel({}, TextStyle::Secondary, this);
    m_summary->setObjectName(QStringLiteral("contribution-summary"));
    layout->addWidget(m_summary);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("contribution-busy"));
    m_busy->setAccessibleName(tr("Loading contributions"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(unit / 2);
    m_busy->hide();
    layout->addWidget(m_busy);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("contribution-table"));
    m_table->setAccessibleName(tr("Contributions"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContributionModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->resizeSection(ContributionModel::MemberColumn, unit * 14);
    m_table->horizontalHeader()->resizeSection(ContributionModel::KindColumn, unit * 9);
    m_table->horizontalHeader()->resizeSection(ContributionModel::WeightColumn, unit * 4);
    m_table->horizontalHeader()->resizeSection(ContributionModel::EventColumn, unit * 16);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, &ContributionsTab::editContribution);

    auto *recognition = new QWidget(splitter);
    auto *recognitionLayout = new QVBoxLayout(recognition);
    recognitionLayout->setContentsMargins(0, unit / 2, 0, 0);
    auto *recognitionBar = new QHBoxLayout;
    recognitionBar->addWidget(makeLabel(tr("Recognition"), TextStyle::Subheading, recognition));
    recognitionBar->addStretch(1);
    const auto addRecognitionButton = [&](const QString &text, const QString &name, void (ContributionsTab::*slot)()) {
        auto *button = new QPushButton(text, recognition);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        recognitionBar->addWidget(button);
        m_buttons.append(button);
    };
    addRecognitionButton(tr("Recog&nise a Member…"), QStringLiteral("recognition-add"),
                         &ContributionsTab::addRecognition);
    addRecognitionButton(tr("Remove Recognition"), QStringLiteral("recognition-remove"),
                         &ContributionsTab::removeRecognition);
    recognitionLayout->addLayout(recognitionBar);
    m_recognitions = new QTableWidget(0, 3, recognition);
    m_recognitions->setObjectName(QStringLiteral("recognition-table"));
    m_recognitions->setAccessibleName(tr("Recognitions"));
    m_recognitions->setHorizontalHeaderLabels({tr("Date"), tr("Member"), tr("Reason")});
    m_recognitions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recognitions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recognitions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recognitions->verticalHeader()->hide();
    m_recognitions->horizontalHeader()->setStretchLastSection(true);
    m_recognitions->horizontalHeader()->resizeSection(1, unit * 14);
    recognitionLayout->addWidget(m_recognitions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContributionsTab::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContributionsTab::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContributionsTab::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContributionsTab::updateSummary);
    connect(m_model, &ContributionModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        updateSummary();
    });
}

bool ContributionsTab::isLoading() const
{
    return m_model->isLoading();
}

void ContributionsTab::refresh()
{
    Plan *plan = m_owner->plan();
    if (m_modelPlan != plan && (!plan || isVisible())) {
        m_modelPlan = plan;
        m_model->setPlan(plan);
    }
    const bool editable = plan && m_owner->undoStack() && !plan->isReadOnly();
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(editable);
    if (isVisible() || !plan)
        showRecognitions();
    updateSummary();
}

void ContributionsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_modelPlan != m_owner->plan())
        refresh();
    else
        showRecognitions();
}

void ContributionsTab::updateSummary()
{
    if (!m_modelPlan) {
        m_summary->clear();
        return;
    }
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_summary->setText(tr("Loading contributions…"));
        return;
    }
    int weight = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        weight += m_model->weightOf(m_model->contribution(row).kind);
    m_summary->setText(
        m_model->rowCount() == 0
            ? tr("No contributions yet. Log posts, answers, resources shared, presentations and "
                 "hosting: they count towards each member's participation level.")
            : tr("%1 contributions · total weight %2").arg(formatCount(m_model->rowCount())).arg(formatCount(weight)));
}

void ContributionsTab::showRecognitions()
{
    QList<Recognition> recognitions = listOf<Recognition>(m_owner->plan());
    std::stable_sort(recognitions.begin(), recognitions.end(),
                     [](const Recognition &a, const Recognition &b) { return a.date > b.date; });
    QHash<Id, QString> names;
    if (!recognitions.isEmpty()) {
        names = distinctMemberNames(listOf<Member>(m_owner->plan()));
    }
    m_recognitions->setRowCount(int(recognitions.size()));
    for (int row = 0; row < recognitions.size(); ++row) {
        const Recognition &r = recognitions.at(row);
        const QStringList cells{formatDate(r.date), names.value(r.memberId), r.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.id);
            m_recognitions->setItem(row, column, item);
        }
    }
}

std::optional<Contribution> ContributionsTab::selectedContribution() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->contribution(index.row());
}

void ContributionsTab::addContribution()
{
    Plan *plan = m_owner->plan();
    if (!plan)
        return;
    Contribution contribution;
    contribution.date = plan->clock().today();
    ContributionDialog dialog(contribution, listOf<Member>(plan), listOf<Event>(plan), listOf<Resource>(plan), this);
    if (dialog.exec() != QDialog::Accepted || !m_owner->plan())
        return;
    m_owner->run(new AddEntityCommand<Contribution>(*plan, dialog.contribution(), tr("Log a contribution")));
}

void ContributionsTab::editContribution()
{
    Plan *plan = m_owner->plan();
    const std::optional<Contribution> selected = selectedContribution();
    if (!plan || !selected || !m_owner->undoStack())
        return;
    ContributionDialog dialog(*selected, listOf<Member>(plan), listOf<Event>(plan), listOf<Resource>(plan), this);
    if (dialog.exec() != QDialog::Accepted || !m_owner->plan() || dialog.contribution() == *selected)
        return;
    m_owner->run(
        new EditEntityCommand<Contribution>(*plan, *selected, dialog.contribution(), tr("Edit a contribution")));
}

void ContributionsTab::removeContribution()
{
    Plan *plan = m_owner->plan();
    const std::optional<Contribution> selected = selectedContribution();
    if (plan && selected)
        m_owner->run(new RemoveEntityCommand<Contribution>(*plan, *selected, tr("Remove a contribution")));
}

void ContributionsTab::editWeights()
{
    Plan *plan = m_owner->plan();
    if (!plan)
        return;
    // Every kind, with the plan's weight or, when the plan has none yet, the default.
    const QList<ContributionWeight> stored = listOf<ContributionWeight>(plan);
    QList<ContributionWeight> weights;
    for (ContributionKind kind : enumValues<ContributionKind>()) {
        const auto it = std::find_if(stored.cbegin(), stored.cend(),
                                     [kind](const ContributionWeight &w) { return w.kind == kind; });
        weights.append(it != stored.cend() ? *it : ContributionWeight{0, kind, defaultContributionWeight(kind)});
    }
    WeightsDialog dialog(weights, this);
    if (dialog.exec() != QDialog::Accepted || !m_owner->plan())
        return;
    auto *macro = new PlanMacroCommand(*plan, tr("Change contribution weights"));
    const QList<ContributionWeight> chosen = dialog.weights();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (chosen.at(i) == weights.at(i))
            continue;
        if (chosen.at(i).id == 0)
            macro->append(new AddEntityCommand<ContributionWeight>(*plan, chosen.at(i), {}));
        else
            macro->append(new EditEntityCommand<ContributionWeight>(*plan, weights.at(i), chosen.at(i), {}));
    }
    if (macro->size() == 0) {
        delete macro;
        return;
    }
    m_owner->run(macro);
}

void ContributionsTab::addRecognition()
{
    Plan *plan = m_owner->plan();
    if (!plan)
        return;
    Recognition recognition;
    recognition.date = plan->clock().today();
    RecognitionDialog dialog(recognition, listOf<Member>(plan), this);
    if (dialog.exec() != QDialog::Accepted || !m_owner->plan())
        return;
    if (m_owner->run(new AddEntityCommand<Recognition>(*plan, dialog.recognition(), tr("Recognise a member"))))
        showRecognitions();
}

void ContributionsTab::removeRecognition()
{
    Plan *plan = m_owner->plan();
    const int row = m_recognitions->currentRow();
    if (!plan || row < 0 || !m_recognitions->item(row, 0))
        return;
    auto recognition = plan->get<Recognition>(m_recognitions->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (recognition.ok() &&
        m_owner->run(new RemoveEntityCommand<Recognition>(*plan, recognition.value(), tr("Remove a recognition"))))
        showRecognitions();
}

} // namespace cultivate
