#include "lifecyclepage.h"

#include "charts/palette.h"
#include "common/formatting.h"
#include "common/theme.h"
#include "common/typography.h"
#include "lifecycle/checklistview.h"
#include "lifecycle/readinessbar.h"
#include "lifecycle/stageguide.h"
#include "lifecycle/stagestepper.h"
#include "storage/plan.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cultivate {

LifecyclePage::LifecyclePage(QWidget *parent)
    : PlanPage({EntityKind::Stage, EntityKind::ChecklistItem}, parent)
{
    setObjectName(QStringLiteral("page-lifecycle"));
    const int unit = em(this);

    auto *content = new QWidget;
    content->setMaximumWidth(unit * 90);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit * 2, unit * 3 / 2, unit * 2, unit * 2);
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
    m_stageNotes = makeLabel({}, TextStyle::Body, m_detail);
    m_stageNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->addWidget(m_stageNotes);
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

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("lifecycle-scroll"));
    scroll->setAccessibleName(tr("Lifecycle"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_stepper, &StageStepper::stageSelected, this, &LifecyclePage::showStage);
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
    m_stageNotes->setText(stage.notes.isEmpty() ? QString() : tr("Notes: %1").arg(stage.notes));
    m_stageNotes->setVisible(!stage.notes.isEmpty());

    m_readinessBar->setValue(progress.readiness(), ChartPalette{isDarkTheme()}.stage(stage.kind));
    m_readinessText->setText(progress.items.isEmpty() ? tr("No checklist items")
                                                      : tr("%1 ready · %2 of %3 items done")
                                                            .arg(formatPercent(progress.readiness()))
                                                            .arg(progress.doneCount())
                                                            .arg(progress.items.size()));
    m_checklist->setItems(progress.items, m_today);
}

} // namespace cultivate
