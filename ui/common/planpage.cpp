// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/planpage.h"

#include "core/storage/plan.h"
#include "ui/commands/plancommand.h"
#include "ui/commands/planundostack.h"
#include "ui/common/typography.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace cultivate {

PlanPage::PlanPage(QList<EntityKind> watched, QWidget *parent)
    : QWidget(parent)
    , m_watched(std::move(watched))
{
}

void PlanPage::setPlan(Plan *plan)
{
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    const bool another = plan != m_plan;
    m_plan = plan;
    if (m_plan) {
        connect(m_plan, &Plan::entityAdded, this, [this](EntityKind kind, Id) { onChanged(kind); });
        connect(m_plan, &Plan::entityUpdated, this, [this](EntityKind kind, Id) { onChanged(kind); });
        connect(m_plan, &Plan::entityRemoved, this, [this](EntityKind kind, Id) { onChanged(kind); });
        connect(m_plan, &Plan::reset, this, &PlanPage::scheduleRefresh);
    }
    refreshNow();
    if (another && m_scroll) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_scroll->horizontalScrollBar()->setValue(0);
    }
}

void PlanPage::setUndoStack(PlanUndoStack *stack)
{
    if (m_undoStack == stack)
        return;
    m_undoStack = stack;
    if (m_plan)
        refreshNow();
}

bool PlanPage::run(PlanCommand *command)
{
    if (!m_undoStack) {
        delete command;
        return false;
    }
    return m_undoStack->run(command).ok();
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        scheduleRefresh();
    QWidget::changeEvent(event);
}

void PlanPage::onChanged(EntityKind kind)
{
    if (m_watched.contains(kind))
        scheduleRefresh();
}

bool PlanPage::event(QEvent *event)
{
    // ShowToParent comes with every setVisible(true), also while the window itself is hidden.
    if (event->type() == QEvent::ShowToParent && m_staleWhileHidden)
        refreshNow();
    return QWidget::event(event);
}

void PlanPage::scheduleRefresh()
{
    if (parentWidget() && !isVisibleTo(parentWidget())) {
        m_staleWhileHidden = true;
        return;
    }
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &PlanPage::refreshNow);
}

void PlanPage::refreshNow()
{
    m_refreshPending = false;
    m_staleWhileHidden = false;
    refresh();
}

QMargins PlanPage::pageMargins(const QWidget *widget)
{
    const int unit = em(widget);
    return {unit * 2, unit * 3 / 2, unit * 2, unit * 2};
}

void PlanPage::setPageMargins(QLayout *layout)
{
    layout->setContentsMargins(pageMargins(layout->parentWidget()));
}

void PlanPage::setScrollingContent(QWidget *content, const QString &objectName, const QString &accessibleName)
{
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(objectName);
    scroll->setAccessibleName(accessibleName);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

} // namespace cultivate
