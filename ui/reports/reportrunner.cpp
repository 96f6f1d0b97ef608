// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportrunner.h"

#include "core/storage/plantask.h"

#include <QTimer>

namespace cultivate {

namespace {

// Progress in thousandths: composing, then the charts, then the pages or the file.
constexpr int ComposedAt = 100;
constexpr int ChartsDoneAt = 500;
constexpr int Done = 1000;

} // namespace

struct ReportRunner::Job {
    enum class Goal { Preview, Write };

    Goal goal = Goal::Preview;
    ReportOptions options{};
    QDate today{};
    int pageWidth = 0;
    ReportContent content{};
    qsizetype nextChart = 0;
    ReportRun run{};
    bool stopRequested = false; // a write asked to stop while its charts were drawn (GUI thread)

    void fail(const Error &error)
    {
        run.ok = false;
        run.code = error.code;
        run.message = error.message;
    }

    static ReportProgress progressBetween(TaskControl &control, int from, int to)
    {
        return [&control, from, to](int done, int total) {
            control.setProgress(from + (total > 0 ? (to - from) * done / total : to - from), Done);
            return !control.isCancelled();
        };
    }

    // Worker thread: the data and the composed report.
    void compose(const Plan &plan, TaskControl &control)
    {
        auto data = loadReportData(plan, options, today);
        if (!data.ok()) {
            fail(data.error());
            return;
        }
        if (control.isCancelled())
            return;
        content = composeReport(data.value(), options, today);
        run.from = content.from;
        run.to = content.to;
        if (goal == Goal::Preview)
            run.sponsorDraft = sponsorDraft(data.value(), options, today);
        run.ok = true;
        control.setProgress(ComposedAt, Done);
    }

    // Worker thread: the page images or the file, from the composed report with its charts.
    void finish(TaskControl &control)
    {
        if (goal == Goal::Preview) {
            run.pages = reportPageImages(content, pageWidth, progressBetween(control, ChartsDoneAt, Done));
            if (control.isCancelled())
                fail(makeError(ErrorCode::Cancelled, tr("The preview was stopped.")));
        } else {
            auto written = writeReport(content, run.path, run.format, progressBetween(control, ChartsDoneAt, Done));
            if (!written.ok())
                fail(written.error());
        }
        content = {}; // the chart images are large; the run keeps only what it delivers
        control.setProgress(Done, Done);
    }
};

ReportRunner::ReportRunner(QObject *parent)
    : QObject(parent)
    , m_runner(new TaskRunner(this))
{
    connect(m_runner, &TaskRunner::progressChanged, this, [this](int done, int) { setProgress(done); });
}

ReportRunner::~ReportRunner() = default; // the runner cancels and waits for its workers

void ReportRunner::startPreview(const Plan &plan, const ReportOptions &options, int pageWidth)
{
    auto job = std::make_shared<Job>();
    job->goal = Job::Goal::Preview;
    job->options = options;
    job->pageWidth = qMax(1, pageWidth);
    start(job, plan);
}

void ReportRunner::startWrite(const Plan &plan, const ReportOptions &options, const QString &path, ReportFormat format)
{
    auto job = std::make_shared<Job>();
    job->goal = Job::Goal::Write;
    job->options = options;
    job->run.path = path;
    job->run.format = format;
    start(job, plan);
}

void ReportRunner::start(const JobPtr &job, const Plan &plan)
{
    job->today = plan.clock().today();
    setCurrent(job);
    startOnPlan<JobPtr>(
        *m_runner, plan,
        [job](const Plan &source, TaskControl &control) {
            job->compose(source, control);
            return job;
        },
        [this, job](Result<JobPtr> composedJob) {
            if (!composedJob.ok())
                job->fail(composedJob.error());
            composed(job);
        });
}

void ReportRunner::composed(const JobPtr &job)
{
    if (!isCurrent(job))
        return;
    if (job->stopRequested)
        job->fail(makeError(ErrorCode::Cancelled, tr("The report was cancelled.")));
    if (!job->run.ok) {
        // Delivered on the next turn, as every other outcome is (an in-memory plan is composed at once).
        QTimer::singleShot(0, this, [this, job] { deliver(job); });
        return;
    }
    setProgress(ComposedAt);
    renderNextChart(job);
}

void ReportRunner::renderNextChart(const JobPtr &job)
{
    if (!isCurrent(job))
        return;
    if (job->stopRequested) {
        job->fail(makeError(ErrorCode::Cancelled, tr("The report was cancelled.")));
        deliver(job);
        return;
    }
    const qsizetype count = job->content.charts.size();
    if (job->nextChart < count) {
        // One chart per turn of the event loop, so that the window stays responsive.
        renderReportChart(job->content, job->nextChart++);
        setProgress(ComposedAt + int((ChartsDoneAt - ComposedAt) * job->nextChart / count));
        QTimer::singleShot(0, this, [this, job] { renderNextChart(job); });
        return;
    }
    setProgress(ChartsDoneAt);
    m_runner->start<JobPtr>(
        [job](TaskControl &control) {
            job->finish(control);
            return job;
        },
        [this](JobPtr finished) { deliver(finished); });
}

void ReportRunner::deliver(const JobPtr &job)
{
    if (!isCurrent(job))
        return;
    auto run = std::make_shared<ReportRun>(std::move(job->run));
    setCurrent(nullptr);
    emit finished(run);
}

void ReportRunner::cancel()
{
    if (!m_current)
        return;
    if (m_current->goal == Job::Goal::Preview) {
        m_runner->cancel();
        setCurrent(nullptr);
        return;
    }
    // A write says how it ended: the worker step stops at its next check and still delivers (its
    // file is then not written); between the steps, the next chart turn delivers Cancelled.
    m_current->stopRequested = true;
    m_runner->requestStop();
}

void ReportRunner::setCurrent(JobPtr job)
{
    const bool wasBusy = isBusy();
    if (m_current && m_current != job)
        m_runner->cancel(); // what the replaced job still runs is dropped
    m_current = std::move(job);
    m_progress = 0;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void ReportRunner::setProgress(int permille)
{
    if (!m_current || permille == m_progress)
        return;
    m_progress = permille;
    emit progressChanged(permille);
}

} // namespace cultivate
