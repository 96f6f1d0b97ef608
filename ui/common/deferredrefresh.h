// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace cultivate {

// When a page brings its figures up to date after edits: a burst of edits gives one run, after a
// pause; a page the window does not show (another page of the stack is current) only remembers that
// it is stale, and runs as soon as it is shown again. The run itself usually starts background work.
class DeferredRefresh final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredRefresh)

public:
    // `run` brings `page` up to date; `whileHidden`, if given, is called instead when the page is
    // not on show (to drop work whose result nobody would see).
    DeferredRefresh(QWidget *page, int pauseMs, std::function<void()> run, std::function<void()> whileHidden = {});

    // After the pause (each call starts it again); for a page not on show, when it is shown.
    void schedule();
    // At once, if the page is on show; otherwise when it is shown.
    void runNow();
    // Forgets a scheduled or remembered run (the plan was closed or replaced).
    void cancel();

    // The pause is running.
    bool isScheduled() const;
    // A run is still to come: scheduled, or remembered while the page is visible.
    bool isPending() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isOnShow() const;

    QWidget *m_page = nullptr;
    QTimer *m_pause = nullptr;
    std::function<void()> m_run;
    std::function<void()> m_whileHidden;
    bool m_stale = false;
};

} // namespace cultivate
