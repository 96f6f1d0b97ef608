// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/stagestepper.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/lifecycle/stagecard.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPainter>

#include <algorithm>

namespace cultivate {

StageStepper::StageStepper(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stage-stepper"));
    setAccessibleName(tr("Lifecycle stages"));
    m_layout = new QGridLayout(this);
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
        m_cards.append(card);
    }
    arrange(true);
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
        if (right.top() != left.top())
            continue; // the next card starts a row of its own
        const qreal y = left.top() + m_cards[i]->badgeCentreY();
        painter.drawLine(QPointF(left.right() + 3, y), QPointF(right.left() - 3, y));
    }
}

QSize StageStepper::minimumSizeHint() const
{
    if (m_cards.isEmpty() || m_columns <= 0)
        return {0, 0};
    const QSize card = m_cards.first()->minimumSizeHint();
    const auto rows = int((m_cards.size() + m_columns - 1) / m_columns);
    return {card.width(), rows * card.height() + (rows - 1) * m_layout->verticalSpacing()};
}

void StageStepper::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void StageStepper::arrange(bool force)
{
    if (m_cards.isEmpty())
        return;
    // A card gets at least about nine text heights, room for most stage names and dates.
    const int unit = em(this);
    const int spacing = m_layout->horizontalSpacing();
    const int columns = std::clamp((width() + spacing) / (unit * 9 + spacing), 1, int(m_cards.size()));
    if (columns == m_columns && !force)
        return;
    m_columns = columns;
    for (StageCard *card : std::as_const(m_cards))
        m_layout->removeWidget(card);
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_layout->addWidget(m_cards[i], int(i / columns), int(i % columns));
    for (int column = 0; column < m_layout->columnCount(); ++column)
        m_layout->setColumnStretch(column, column < columns ? 1 : 0);
    updateGeometry();
    update();
}

} // namespace cultivate
