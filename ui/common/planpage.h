// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/entitykind.h"

#include <QList>
#include <QMargins>
#include <QWidget>

class QScrollArea;

namespace cultivate {

class Plan;
class PlanCommand;
class PlanUndoStack;

// A page that shows part of the open plan. It rebuilds itself through refresh() when it is given a
// plan, when the plan reports a change to one of the watched kinds of record (or a reset), and when
// the theme changes. Bursts of changes (an import, a generator) cause one refresh per turn of the
// event loop. A page the window does not show (another page of the stack is current) only notes a
// change, and catches up as it is shown, before it is painted.
class PlanPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    explicit PlanPage(QList<EntityKind> watched, QWidget *parent = nullptr);

    // The plan is not owned; pass nullptr before it is destroyed. Refreshes at once; another plan
    // is shown from the top of the page.
    void setPlan(Plan *plan);
    Plan *plan() const { return m_plan; }
    // The open plan's undo stack, through which the page makes every change. Not owned; pass
    // nullptr before it is destroyed. Without one the page is read-only.
    void setUndoStack(PlanUndoStack *stack);
    PlanUndoStack *undoStack() const { return m_undoStack; }
    // Runs `command` on the undo stack (taking ownership). False, with the error reported by the
    // stack, when core refused it or there is no stack.
    bool run(PlanCommand *command);

    // The margins around every page's content, so that all pages start at one left edge.
    static QMargins pageMargins(const QWidget *widget);
    // Gives `layout` (the outermost layout of a page's content) the page margins.
    static void setPageMargins(QLayout *layout);

protected:
    // Fills the page with `content` in a frameless scroll area centred at the top.
    void setScrollingContent(QWidget *content, const QString &objectName, const QString &accessibleName);

    // Shows the current contents of plan(), which may be null.
    virtual void refresh() = 0;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onChanged(EntityKind kind);
    void scheduleRefresh();
    void refreshNow();

    Plan *m_plan = nullptr;
    QScrollArea *m_scroll = nullptr;
    PlanUndoStack *m_undoStack = nullptr;
    QList<EntityKind> m_watched{};
    bool m_refreshPending = false;
    bool m_staleWhileHidden = false; // a change came while another page was current
};

} // namespace cultivate
