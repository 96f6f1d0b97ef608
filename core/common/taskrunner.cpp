// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/taskrunner.h"

#include <QThread>
#include <QTimer>

namespace cultivate {

struct TaskRunner::Job {
    std::shared_ptr<TaskControl> control;
    std::function<void()> work;
    std::function<void()> deliver;
};

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
    , m_progress(new QTimer(this))
{
    m_progress->setInterval(100);
    connect(m_progress, &QTimer::timeout, this, &TaskRunner::reportProgress);
}

TaskRunner::~TaskRunner()
{
    cancel();
    for (const auto &job : std::as_const(m_jobs))
        job->control->cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void TaskRunner::launch(std::shared_ptr<TaskControl> control, std::function<void()> work, std::function<void()> deliver)
{
    cancel();
    auto job = std::make_shared<Job>(Job{std::move(control), std::move(work), std::move(deliver)});
    m_current = job;
    m_jobs << job;
    m_lastDone = -1;
    m_lastTotal = -1;
    QThread *thread = QThread::create([job] { job->work(); });
    thread->setObjectName(QStringLiteral("cultivate-task"));
    m_threads << thread;
    ++m_workers;
    // finished() is emitted on the worker; the queued connection delivers on this runner's thread.
    connect(
        thread, &QThread::finished, this, [this, job, thread] { finished(job, thread); }, Qt::QueuedConnection);
    setBusy(true);
    thread->start(QThread::LowPriority);
}

void TaskRunner::finished(const std::shared_ptr<Job> &job, QThread *thread)
{
    m_threads.removeOne(thread);
    m_jobs.removeOne(job);
    thread->wait();
    delete thread;
    --m_workers;
    ++m_runs;
    if (job != m_current)
        return; // replaced or cancelled: its result is dropped
    m_current.reset();
    setBusy(false);
    job->deliver();
}

void TaskRunner::cancel()
{
    if (m_current)
        m_current->control->cancel();
    m_current.reset();
    setBusy(false);
}

void TaskRunner::requestStop()
{
    if (m_current)
        m_current->control->cancel();
}

int TaskRunner::progressDone() const
{
    return m_current ? m_current->control->done() : 0;
}

int TaskRunner::progressTotal() const
{
    return m_current ? m_current->control->total() : 0;
}

void TaskRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        m_progress->start();
    else
        m_progress->stop();
    emit busyChanged(busy);
}

void TaskRunner::reportProgress()
{
    if (!m_current)
        return;
    const int done = m_current->control->done();
    const int total = m_current->control->total();
    if (done == m_lastDone && total == m_lastTotal)
        return;
    m_lastDone = done;
    m_lastTotal = total;
    emit progressChanged(done, total);
}

} // namespace cultivate
