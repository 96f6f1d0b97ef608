// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/lifecyclepage.h"

#include "core/charts/palette.h"
#include "core/lifecycle/stageguide.h"
#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/common/formatting.h"
#include "ui/common/formfields.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/lifecycle/checklistitemdialog.h"
#include "ui/lifecycle/checklistview.h"
#include "ui/lifecycle/readinessbar.h"
#include "ui/lifecycle/stagestepper.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cultivate {

LifecyclePage::LifecyclePage(QWidget *parent)
    : PlanPage({EntityKind::Stage, EntityKind::ChecklistItem, EntityKind::Event, EntityKind::Resource,
                EntityKind::Survey, EntityKind::Story},
               parent)
{
    setObjectName(QStringLiteral("page-lifecycle"));
    const int unit = em(this);

    auto *content = new QWidget;
    content->setMaximumWidth(unit * 90);
    auto *layout = new QVBoxLayout(content);
    setPageMargins(layout);
    layout->setSpacing(unit / 2);

    layout->addWidget(makeLabel(tr("Lifecycle"), TextStyle::Title, content));
    layout->addWidget(makeLabel(tr("Five stages take the community from its first idea to the end of its first "
                                   "year. Select a stage to see its checklist."),
                                TextStyle::Secondary, content));
    layout->addSpacing(unit);

    m_stepper = new StageStepper(content);
    layout->addWidget(m_stepper);
    m_noStages = makeLabel(tr("This plan has no lifecycle stages."), TextStyle::Secondary, content);
    layout->addWidget(m_noStages);
    layout->addSpacing(unit);

    m_detail = new QWidget(content);
    m_detail->setObjectName(QStringLiteral("stage-detail"));
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->setSpacing(unit / 2);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(unit);
    m_stageTitle = makeLabel({}, TextStyle::Heading, m_detail);
    m_stageTitle->setObjectName(QStringLiteral("stage-title"));
    m_stageTitle->setWordWrap(false);
    m_stageStatus = makeLabel({}, TextStyle::Secondary, m_detail);
    m_stageStatus->setWordWrap(false);
    heading->addWidget(m_stageTitle);
    heading->addWidget(m_stageStatus, 0, Qt::AlignBaseline);
    heading->addStretch();
    detail->addLayout(heading);
    m_stageGuidance = makeLabel({}, TextStyle::Body, m_detail);
    m_stageGuidance->setObjectName(QStringLiteral("stage-guidance"));
    detail->addWidget(m_stageGuidance);

    m_stageEditor = new QWidget(m_detail);
    m_stageEditor->setObjectName(QStringLiteral("stage-editor"));
    auto *editor = new QHBoxLayout(m_stageEditor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->setSpacing(unit / 2);
    m_statusEdit = new QComboBox(m_stageEditor);
    m_statusEdit->setObjectName(QStringLiteral("stage-status"));
    m_statusEdit->setAccessibleName(tr("Stage status"));
    for (StageStatus status : enumValues<StageStatus>())
        m_statusEdit->addItem(label(status), QVariant::fromValue(static_cast<int>(status)));
    const auto makeDate = [this](const QString &name, const QString &accessible) {
        return makeDateEdit(m_stageEditor, name, accessible);
    };
    m_startEdit = makeDate(QStringLiteral("stage-start"), tr("Planned start"));
    m_endEdit = makeDate(QStringLiteral("stage-end"), tr("Planned end"));
    auto *statusCaption = makeLabel(tr("&Status"), TextStyle::Caption, m_stageEditor);
    statusCaption->setBuddy(m_statusEdit);
    statusCaption->setWordWrap(false);
    auto *datesCaption = makeLabel(tr("&Planned"), TextStyle::Caption, m_stageEditor);
    datesCaption->setBuddy(m_startEdit);
    datesCaption->setWordWrap(false);
    editor->addWidget(statusCaption);
    editor->addWidget(m_statusEdit);
    editor->addSpacing(unit);
    editor->addWidget(datesCaption);
    editor->addWidget(m_startEdit);
    editor->addWidget(makeLabel(QStringLiteral("–"), TextStyle::Secondary, m_stageEditor));
    editor->addWidget(m_endEdit);
    editor->addStretch(1);
    detail->addWidget(m_stageEditor);

    auto *notesCaption = makeLabel(tr("&Notes"), TextStyle::Caption, m_detail);
    notesCaption->setWordWrap(false);
    m_stageNotes = new QPlainTextEdit(m_detail);
    m_stageNotes->setObjectName(QStringLiteral("stage-notes"));
    m_stageNotes->setAccessibleName(tr("Stage notes"));
    m_stageNotes->setTabChangesFocus(true);
    m_stageNotes->setPlaceholderText(tr("Decisions, open questions, what to remember about this stage…"));
    m_stageNotes->setFixedHeight(m_stageNotes->fontMetrics().lineSpacing() * 4 + m_stageNotes->frameWidth() * 2 + 8);
    notesCaption->setBuddy(m_stageNotes);
    detail->addWidget(notesCaption);
    detail->addWidget(m_stageNotes);
    connect(m_stageNotes, &QPlainTextEdit::textChanged, this, [this] {
        const QString notes = m_stageNotes->toPlainText();
        editStage([notes](Stage &stage) { stage.notes = notes; }, tr("Edit the notes of the %1 stage"), 3);
    });
    connect(m_statusEdit, &QComboBox::activated, this, [this](int index) {
        const auto status = static_cast<StageStatus>(m_statusEdit->itemData(index).toInt());
        editStage([status](Stage &stage) { stage.status = status; }, tr("Change the status of the %1 stage"), 0);
    });
    connect(m_startEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        editStage([date](Stage &stage) { stage.plannedStart = date; }, tr("Change the start of the %1 stage"), 1);
    });
    connect(m_endEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        editStage([date](Stage &stage) { stage.plannedEnd = date; }, tr("Change the end of the %1 stage"), 2);
    });
    auto *readiness = new QHBoxLayout;
    readiness->setSpacing(unit);
    m_readinessBar = new ReadinessBar(m_detail);
    m_readinessBar->setMaximumWidth(unit * 16);
    m_readinessText = makeLabel({}, TextStyle::Secondary, m_detail);
    m_readinessText->setWordWrap(false);
    readiness->addWidget(m_readinessBar);
    readiness->addWidget(m_readinessText);
    readiness->addStretch();
    detail->addSpacing(unit / 4);
    detail->addLayout(readiness);
    detail->addSpacing(unit / 2);
    m_checklist = new ChecklistView(m_detail);
    detail->addWidget(m_checklist);
    layout->addWidget(m_detail);
    layout->addStretch(1);

    setScrollingContent(content, QStringLiteral("lifecycle-scroll"), tr("Lifecycle"));

    connect(m_stepper, &StageStepper::stageSelected, this, &LifecyclePage::showStage);
    connect(m_checklist, &ChecklistView::doneToggled, this, &LifecyclePage::setDone);
    connect(m_checklist, &ChecklistView::editRequested, this, &LifecyclePage::editItem);
    connect(m_checklist, &ChecklistView::addRequested, this, &LifecyclePage::addItem);
    connect(m_checklist, &ChecklistView::moveRequested, this, &LifecyclePage::moveItem);
    connect(m_checklist, &ChecklistView::removeRequested, this, &LifecyclePage::removeItem);
}

const StageProgress *LifecyclePage::shownStage() const
{
    if (!m_shownKind)
        return nullptr;
    for (const StageProgress &progress : m_stages) {
        if (progress.stage.kind == *m_shownKind)
            return &progress;
    }
    return nullptr;
}

void LifecyclePage::editStage(const std::function<void(Stage &)> &change, const QString &text, int field)
{
    const StageProgress *shown = shownStage();
    if (m_loading || !shown || !plan() || !undoStack())
        return;
    auto current = plan()->get<Stage>(shown->stage.id);
    if (!current.ok())
        return;
    Stage after = current.value();
    change(after);
    if (after == current.value())
        return;
    // `text` names the stage where it says %1: "Change the status of the Pilot stage".
    run(new EditEntityCommand<Stage>(*plan(), current.value(), after, text.arg(label(after.kind)), field));
}

void LifecyclePage::setDone(const ChecklistItem &item, bool done)
{
    if (!plan())
        return;
    ChecklistItem after = item;
    after.done = done;
    after.doneDate = done ? plan()->clock().today() : QDate();
    run(new EditEntityCommand<ChecklistItem>(
        *plan(), item, after, done ? tr("Mark “%1” done").arg(item.title) : tr("Mark “%1” not done").arg(item.title)));
}

void LifecyclePage::editItem(const ChecklistItem &item)
{
    if (!plan())
        return;
    ChecklistItemDialog dialog(item, m_evidence, plan()->clock().today(), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const ChecklistItem after = dialog.item();
    if (!(after == item))
        run(new EditEntityCommand<ChecklistItem>(*plan(), item, after,
                                                 tr("Edit the checklist item “%1”").arg(item.title)));
}

void LifecyclePage::addItem()
{
    const StageProgress *shown = shownStage();
    if (!shown || !plan())
        return;
    ChecklistItem item;
    item.stageId = shown->stage.id;
    for (const ChecklistItem &existing : shown->items)
        item.position = qMax(item.position, existing.position + 1);
    ChecklistItemDialog dialog(item, m_evidence, plan()->clock().today(), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const ChecklistItem added = dialog.item();
    run(new AddEntityCommand<ChecklistItem>(*plan(), added, tr("Add the checklist item “%1”").arg(added.title)));
}

void LifecyclePage::moveItem(const ChecklistItem &item, int delta)
{
    const StageProgress *shown = shownStage();
    if (!shown || !plan())
        return;
    QList<ChecklistItem> own;
    for (const ChecklistItem &existing : shown->items) {
        if (!existing.builtIn)
            own.append(existing);
    }
    const auto at = std::find_if(own.cbegin(), own.cend(), [&item](const ChecklistItem &i) { return i.id == item.id; });
    if (at == own.cend())
        return;
    const qsizetype index = at - own.cbegin();
    const qsizetype other = index + delta;
    if (other < 0 || other >= own.size())
        return;
    ChecklistItem first = own.at(index);
    ChecklistItem second = own.at(other);
    ChecklistItem firstAfter = first;
    ChecklistItem secondAfter = second;
    std::swap(firstAfter.position, secondAfter.position);
    if (firstAfter.position == secondAfter.position)
        firstAfter.position += delta;
    auto *macro = new PlanMacroCommand(*plan(), delta < 0 ? tr("Move “%1” up").arg(item.title)
                                                          : tr("Move “%1” down").arg(item.title));
    macro->append(new EditEntityCommand<ChecklistItem>(*plan(), first, firstAfter, {}));
    macro->append(new EditEntityCommand<ChecklistItem>(*plan(), second, secondAfter, {}));
    run(macro);
}

void LifecyclePage::removeItem(const ChecklistItem &item)
{
    if (plan())
        run(new RemoveEntityCommand<ChecklistItem>(*plan(), item,
                                                   tr("Remove the checklist item “%1”").arg(item.title)));
}

void LifecyclePage::selectStage(StageKind kind)
{
    m_stepper->setSelectedKind(kind);
    showStage(kind);
}

void LifecyclePage::refresh()
{
    m_stages.clear();
    if (plan()) {
        m_today = plan()->clock().today();
        if (auto loaded = loadStageProgress(*plan()); loaded.ok())
            m_stages = loaded.value();
        m_evidence = loadEvidenceChoices(*plan());
    } else {
        m_evidence = {};
    }
    const qsizetype current = currentStageIndex(m_stages, m_today);
    m_stepper->setStages(m_stages, current, m_today);
    m_stepper->setVisible(!m_stages.isEmpty());
    m_noStages->setVisible(plan() && m_stages.isEmpty());
    m_detail->setVisible(!m_stages.isEmpty());
    if (m_stages.isEmpty()) {
        m_shownPlan = plan();
        return;
    }
    std::optional<StageKind> selected = m_stepper->selectedKind();
    if (plan() != m_shownPlan || !selected)
        selected = m_stages.at(qMax<qsizetype>(current, 0)).stage.kind;
    m_shownPlan = plan();
    selectStage(*selected);
}

void LifecyclePage::showStage(StageKind kind)
{
    const auto it = std::find_if(m_stages.cbegin(), m_stages.cend(),
                                 [kind](const StageProgress &s) { return s.stage.kind == kind; });
    if (it == m_stages.cend())
        return;
    const StageProgress &progress = *it;
    const Stage &stage = progress.stage;

    m_stageTitle->setText(label(stage.kind));
    QStringList status{label(stage.status)};
    const QString period = formatPeriod(stage.plannedStart, stage.plannedEnd);
    status << (period.isEmpty() ? tr("no dates planned") : period);
    if (progress.isOverdue(m_today))
        status << tr("overdue");
    m_stageStatus->setText(status.join(QStringLiteral(" · ")));
    m_stageGuidance->setText(stageGuidance(stage.kind));

    m_readinessBar->setValue(progress.readiness(), ChartPalette{isDarkTheme()}.stage(stage.kind));
    m_readinessText->setText(progress.items.isEmpty() ? tr("No checklist items")
                                                      : tr("%1 ready · %2 of %3 items done")
                                                            .arg(formatPercent(progress.readiness()))
                                                            .arg(progress.doneCount())
                                                            .arg(progress.items.size()));
    m_shownKind = kind;
    const bool editable = plan() && undoStack();
    m_loading = true;
    m_statusEdit->setCurrentIndex(m_statusEdit->findData(static_cast<int>(stage.status)));
    m_startEdit->setDate(stage.plannedStart.isValid() ? stage.plannedStart : m_today);
    m_endEdit->setDate(stage.plannedEnd.isValid() ? stage.plannedEnd : m_today);
    // Only when it differs, so that typing (which refreshes the page) keeps the cursor where it is.
    if (m_stageNotes->toPlainText() != stage.notes)
        m_stageNotes->setPlainText(stage.notes);
    m_loading = false;
    m_stageEditor->setVisible(editable);
    m_stageNotes->setReadOnly(!editable);
    m_checklist->setItems(progress.items, m_today, editable, m_evidence);
}

} // namespace cultivate
