// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/deferredrefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace cultivate {

DeferredRefresh::DeferredRefresh(QWidget *page, int pauseMs, std::function<void()> run,
                                 std::function<void()> whileHidden)
    : QObject(page)
    , m_page(page)
    , m_pause(new QTimer(this))
    , m_run(std::move(run))
    , m_whileHidden(std::move(whileHidden))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &DeferredRefresh::runNow);
    page->installEventFilter(this);
}

void DeferredRefresh::schedule()
{
    if (!isOnShow()) {
        runNow(); // remembered for when the page is shown
        return;
    }
    m_pause->start();
}

void DeferredRefresh::runNow()
{
    m_pause->stop();
    if (!isOnShow()) {
        m_stale = true;
        if (m_whileHidden)
            m_whileHidden();
        return;
    }
    m_stale = false;
    m_run();
}

void DeferredRefresh::cancel()
{
    m_pause->stop();
    m_stale = false;
}

bool DeferredRefresh::isScheduled() const
{
    return m_pause->isActive();
}

bool DeferredRefresh::isPending() const
{
    return m_pause->isActive() || (m_stale && m_page->isVisible());
}

bool DeferredRefresh::isOnShow() const
{
    // A page outside any parent (a test's page on its own) counts as shown.
    return !m_page->parentWidget() || m_page->isVisibleTo(m_page->parentWidget());
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent comes with every setVisible(true), also while the window itself is hidden.
    if (watched == m_page && event->type() == QEvent::ShowToParent && m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                runNow();
        });
    return QObject::eventFilter(watched, event);
}

} // namespace cultivate
