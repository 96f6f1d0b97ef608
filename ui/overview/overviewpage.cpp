// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/overviewpage.h"

#include "core/charts/palette.h"
#include "core/lifecycle/stageguide.h"
#include "core/lifecycle/stageprogress.h"
#include "core/storage/plan.h"
#include "ui/common/card.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/lifecycle/readinessbar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cultivate {

OverviewPage::OverviewPage(QWidget *parent)
    : PlanPage({EntityKind::Community, EntityKind::Member, EntityKind::Event, EntityKind::Resource, EntityKind::Story,
                EntityKind::Stage, EntityKind::ChecklistItem},
               parent)
{
    setObjectName(QStringLiteral("page-overview"));
    const int unit = em(this);

    auto *content = new QWidget;
    content->setMaximumWidth(unit * 72);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit * 2, unit * 3 / 2, unit * 2, unit * 2);
    layout->setSpacing(unit);

    auto *header = new QVBoxLayout;
    header->setSpacing(unit / 4);
    m_name = makeLabel({}, TextStyle::Title, content);
    m_name->setObjectName(QStringLiteral("overview-name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_period = makeLabel({}, TextStyle::Secondary, content);
    m_period->setObjectName(QStringLiteral("overview-period"));
    header->addWidget(m_name);
    header->addWidget(m_period);
    layout->addLayout(header);
    layout->addSpacing(unit / 4);

    auto *figures = new QHBoxLayout;
    figures->setSpacing(unit);
    addFigure(figures, QStringLiteral("members"), tr("Members"));
    addFigure(figures, QStringLiteral("events-held"), tr("Events held"));
    addFigure(figures, QStringLiteral("events-planned"), tr("Events planned"));
    addFigure(figures, QStringLiteral("resources"), tr("Resources"));
    addFigure(figures, QStringLiteral("stories"), tr("Stories"));
    layout->addLayout(figures);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(unit);

    auto *about = new Card(content);
    about->setObjectName(QStringLiteral("overview-about"));
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(unit * 5 / 4, unit, unit * 5 / 4, unit * 5 / 4);
    aboutLayout->setSpacing(unit / 4);
    aboutLayout->addWidget(makeLabel(tr("About the community"), TextStyle::Heading, about));
    aboutLayout->addSpacing(unit / 2);
    aboutLayout->addWidget(makeLabel(tr("Domain"), TextStyle::Caption, about));
    m_domain = makeLabel({}, TextStyle::Body, about);
    m_domain->setObjectName(QStringLiteral("overview-domain"));
    m_domain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    aboutLayout->addWidget(m_domain);
    aboutLayout->addSpacing(unit * 3 / 4);
    aboutLayout->addWidget(makeLabel(tr("Purpose"), TextStyle::Caption, about));
    m_purpose = makeLabel({}, TextStyle::Body, about);
    m_purpose->setObjectName(QStringLiteral("overview-purpose"));
    m_purpose->setTextInteractionFlags(Qt::TextSelectableByMouse);
    aboutLayout->addWidget(m_purpose);
    aboutLayout->addStretch();
    columns->addWidget(about, 1);

    auto *stage = new Card(content);
    stage->setObjectName(QStringLiteral("overview-stage"));
    auto *stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(unit * 5 / 4, unit, unit * 5 / 4, unit * 5 / 4);
    stageLayout->setSpacing(unit / 4);
    stageLayout->addWidget(makeLabel(tr("Current stage"), TextStyle::Heading, stage));
    stageLayout->addSpacing(unit / 2);
    m_stageName = makeLabel({}, TextStyle::Subheading, stage);
    m_stageName->setObjectName(QStringLiteral("overview-stage-name"));
    stageLayout->addWidget(m_stageName);
    m_stageStatus = makeLabel({}, TextStyle::Secondary, stage);
    m_stageStatus->setObjectName(QStringLiteral("overview-stage-status"));
    stageLayout->addWidget(m_stageStatus);
    stageLayout->addSpacing(unit / 2);
    m_stageBar = new ReadinessBar(stage);
    stageLayout->addWidget(m_stageBar);
    m_stageReadiness = makeLabel({}, TextStyle::Secondary, stage);
    m_stageReadiness->setObjectName(QStringLiteral("overview-stage-readiness"));
    stageLayout->addWidget(m_stageReadiness);
    stageLayout->addSpacing(unit / 2);
    m_stageGuidance = makeLabel({}, TextStyle::Body, stage);
    stageLayout->addWidget(m_stageGuidance);
    stageLayout->addStretch();
    columns->addWidget(stage, 1);
    layout->addLayout(columns);
    layout->addStretch(1);

    setScrollingContent(content, QStringLiteral("overview-scroll"), tr("Overview"));
}

QLabel *OverviewPage::addFigure(QHBoxLayout *row, const QString &key, const QString &caption)
{
    const int unit = em(this);
    auto *tile = new Card;
    tile->setObjectName(QStringLiteral("overview-tile-") + key);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(unit, unit * 3 / 4, unit, unit * 3 / 4);
    layout->setSpacing(0);
    auto *figure = makeLabel(QStringLiteral("0"), TextStyle::Figure, tile);
    figure->setObjectName(QStringLiteral("overview-count-") + key);
    figure->setAccessibleName(caption);
    layout->addWidget(figure);
    layout->addWidget(makeLabel(caption, TextStyle::Secondary, tile));
    row->addWidget(tile, 1);
    m_figures.insert(key, figure);
    return figure;
}

void OverviewPage::showText(QLabel *label, const QString &text, const QString &placeholder)
{
    const bool empty = text.trimmed().isEmpty();
    label->setText(empty ? placeholder : text);
    QFont font = styledFont(TextStyle::Body);
    font.setItalic(empty);
    label->setFont(font);
    label->setForegroundRole(empty ? QPalette::PlaceholderText : QPalette::WindowText);
}

void OverviewPage::refresh()
{
    Community community;
    QMap<QString, qint64> counts;
    qint64 held = 0;
    qint64 planned = 0;
    if (plan()) {
        if (auto loaded = plan()->community(); loaded.ok())
            community = loaded.value();
        if (auto loaded = plan()->counts(); loaded.ok())
            counts = loaded.value();
        (void)plan()->forEach<Event>([&held, &planned](const Event &event) {
            held += event.status == EventStatus::Held ? 1 : 0;
            planned += event.status == EventStatus::Planned ? 1 : 0;
        });
    }
    m_name->setText(community.name);
    const QString period = formatPeriod(community.startDate, community.endDate);
    m_period->setText(period.isEmpty() ? tr("No dates set") : period);
    showText(m_domain, community.domain, tr("Not written yet"));
    showText(m_purpose, community.purpose, tr("Not written yet"));

    m_figures.value(QStringLiteral("members"))->setText(formatCount(counts.value(QStringLiteral("member"))));
    m_figures.value(QStringLiteral("events-held"))->setText(formatCount(held));
    m_figures.value(QStringLiteral("events-planned"))->setText(formatCount(planned));
    m_figures.value(QStringLiteral("resources"))->setText(formatCount(counts.value(QStringLiteral("resource"))));
    m_figures.value(QStringLiteral("stories"))->setText(formatCount(counts.value(QStringLiteral("story"))));
    showCurrentStage();
}

void OverviewPage::showCurrentStage()
{
    QList<StageProgress> stages;
    QDate today;
    if (plan()) {
        today = plan()->clock().today();
        if (auto loaded = loadStageProgress(*plan()); loaded.ok())
            stages = loaded.value();
    }
    const qsizetype current = currentStageIndex(stages, today);
    const bool known = current >= 0;
    m_stageBar->setVisible(known);
    m_stageReadiness->setVisible(known);
    m_stageGuidance->setVisible(known);
    if (!known) {
        m_stageName->setText(tr("No stages in this plan"));
        m_stageStatus->clear();
        return;
    }
    const StageProgress &progress = stages.at(current);
    const Stage &stage = progress.stage;
    m_stageName->setText(tr("Stage %1 of %2: %3").arg(current + 1).arg(stages.size()).arg(label(stage.kind)));
    QStringList status{label(stage.status)};
    const QString period = formatPeriod(stage.plannedStart, stage.plannedEnd);
    status << (period.isEmpty() ? tr("no dates planned") : period);
    if (progress.isOverdue(today))
        status << tr("overdue");
    m_stageStatus->setText(status.join(QStringLiteral(" · ")));
    m_stageBar->setValue(progress.readiness(), ChartPalette{isDarkTheme()}.stage(stage.kind));
    m_stageReadiness->setText(progress.items.isEmpty() ? tr("No checklist items")
                                                       : tr("%1 ready · %2 of %3 items done")
                                                             .arg(formatPercent(progress.readiness()))
                                                             .arg(progress.doneCount())
                                                             .arg(progress.items.size()));
    m_stageGuidance->setText(stageGuidance(stage.kind));
}

} // namespace cultivate
