// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/stagestepper.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/lifecycle/stagecard.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>

namespace cultivate {

StageStepper::StageStepper(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stage-stepper"));
    setAccessibleName(tr("Lifecycle stages"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(em(this));
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton *button) { emit stageSelected(static_cast<StageCard *>(button)->kind()); });
}

void StageStepper::setStages(const QList<StageProgress> &stages, qsizetype current, const QDate &today)
{
    const std::optional<StageKind> selected = selectedKind();
    while (m_cards.size() > stages.size()) {
        StageCard *card = m_cards.takeLast();
        m_group->removeButton(card);
        delete card;
    }
    while (m_cards.size() < stages.size()) {
        auto *card = new StageCard(this);
        m_group->addButton(card);
        m_layout->addWidget(card, 1);
        m_cards.append(card);
    }
    for (qsizetype i = 0; i < stages.size(); ++i)
        m_cards[i]->setStage(stages[i], int(i) + 1, i == current, stages[i].isOverdue(today));
    if (selected)
        setSelectedKind(*selected);
    update();
}

void StageStepper::setSelectedKind(StageKind kind)
{
    for (StageCard *card : std::as_const(m_cards)) {
        if (card->kind() == kind)
            card->setChecked(true);
    }
}

std::optional<StageKind> StageStepper::selectedKind() const
{
    if (const auto *card = static_cast<const StageCard *>(m_group->checkedButton()))
        return card->kind();
    return std::nullopt;
}

void StageStepper::paintEvent(QPaintEvent *)
{
    if (m_cards.size() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(borderColour(), qMax(2.0, em(this) * 0.12), Qt::SolidLine, Qt::RoundCap));
    for (qsizetype i = 0; i + 1 < m_cards.size(); ++i) {
        const QRect left = m_cards[i]->geometry();
        const QRect right = m_cards[i + 1]->geometry();
        const qreal y = left.top() + m_cards[i]->badgeCentreY();
        painter.drawLine(QPointF(left.right() + 3, y), QPointF(right.left() - 3, y));
    }
}

} // namespace cultivate
