// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportrunner.h"

#include "core/storage/plan.h"

#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

namespace cultivate {

namespace {

// Progress in thousandths: composing, then the charts, then the pages or the file.
constexpr int ComposedAt = 100;
constexpr int ChartsDoneAt = 500;
constexpr int Done = 1000;

bool inMemory(const Plan &plan)
{
    return plan.path().isEmpty() || plan.path() == QLatin1String(":memory:");
}

} // namespace

struct ReportRunner::Job {
    enum class Goal { Preview, Write, Print };

    Goal goal = Goal::Preview;
    QString planPath{};
    std::optional<ReportData> data{}; // loaded on the GUI thread for an in-memory plan
    ReportOptions options{};
    QDate today{};
    int pageWidth = 0;
    ReportContent content{};
    qsizetype nextChart = 0;
    ReportRun run{};
    std::atomic_bool cancelled{false};
    std::atomic_int permille{0};

    void fail(const Error &error)
    {
        run.ok = false;
        run.code = error.code;
        run.message = error.message;
    }

    ReportProgress progressBetween(int from, int to)
    {
        return [this, from, to](int done, int total) {
            permille = from + (total > 0 ? (to - from) * done / total : to - from);
            return !cancelled.load();
        };
    }

    // Worker thread: the data (unless given) and the composed report.
    static void compose(Job &job)
    {
        if (!job.data) {
            const FixedClock clock(QDateTime(job.today, QTime(12, 0)));
            auto plan = Plan::open(job.planPath, OpenMode::ReadOnly, clock);
            if (!plan.ok()) {
                job.fail(plan.error());
                return;
            }
            auto data = loadReportData(*plan.value());
            plan.value().reset(); // the connection closes on this thread, which opened it
            if (!data.ok()) {
                job.fail(data.error());
                return;
            }
            job.data = std::move(data).value();
        }
        if (job.cancelled)
            return;
        job.content = composeReport(*job.data, job.options, job.today);
        job.run.from = job.content.from;
        job.run.to = job.content.to;
        if (job.goal == Goal::Preview)
            job.run.sponsorDraft = sponsorDraft(*job.data, job.options, job.today);
        job.data.reset();
        job.run.ok = true;
        job.permille = ComposedAt;
    }

    // Worker thread: the page images or the file, from the composed report with its charts.
    static void finish(Job &job)
    {
        if (job.goal == Goal::Print) {
            job.run.content = std::make_shared<const ReportContent>(std::move(job.content));
        } else if (job.goal == Goal::Preview) {
            job.run.pages = reportPageImages(job.content, job.pageWidth, job.progressBetween(ChartsDoneAt, Done));
            if (job.cancelled)
                job.fail(makeError(ErrorCode::Cancelled, tr("The preview was stopped.")));
        } else {
            auto written =
                writeReport(job.content, job.run.path, job.run.format, job.progressBetween(ChartsDoneAt, Done));
            if (!written.ok())
                job.fail(written.error());
        }
        job.content = {}; // the chart images are large; the run keeps only what it delivers
        job.permille = Done;
    }
};

ReportRunner::ReportRunner(QObject *parent)
    : QObject(parent)
{
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        const int now = progress();
        if (now != m_lastProgress) {
            m_lastProgress = now;
            emit progressChanged(now);
        }
    });
}

ReportRunner::~ReportRunner()
{
    if (m_current)
        m_current->cancelled = true;
    m_current.reset();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

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

void ReportRunner::startPrint(const Plan &plan, const ReportOptions &options)
{
    auto job = std::make_shared<Job>();
    job->goal = Job::Goal::Print;
    job->options = options;
    start(job, plan);
}

void ReportRunner::start(const std::shared_ptr<Job> &job, const Plan &plan)
{
    if (m_current)
        m_current->cancelled = true; // dropped: its result is never delivered
    job->planPath = plan.path();
    job->today = plan.clock().today();
    setCurrent(job);
    if (inMemory(plan)) {
        // An in-memory database cannot be opened a second time: its data is read here.
        auto data = loadReportData(plan);
        if (!data.ok()) {
            job->fail(data.error());
            // Delivered on the next turn, like every other result, so callers see one behaviour.
            QTimer::singleShot(0, this, [this, job] {
                if (isCurrent(job))
                    deliver(job);
            });
            return;
        }
        job->data = std::move(data).value();
    }
    runOnWorker(job, &Job::compose, &ReportRunner::composed);
}

void ReportRunner::runOnWorker(const std::shared_ptr<Job> &job, Step step,
                               void (ReportRunner::*then)(const std::shared_ptr<Job> &))
{
    QThread *thread = QThread::create([job, step] { step(*job); });
    thread->setObjectName(QStringLiteral("report"));
    m_threads.append(thread);
    // finished() is emitted on the worker thread; this queued connection continues on the GUI thread.
    connect(
        thread, &QThread::finished, this,
        [this, thread, job, then] {
            m_threads.removeOne(thread);
            thread->deleteLater();
            if (isCurrent(job))
                (this->*then)(job);
        },
        Qt::QueuedConnection);
    thread->start(QThread::LowPriority);
}

void ReportRunner::composed(const std::shared_ptr<Job> &job)
{
    if (job->cancelled)
        job->fail(makeError(ErrorCode::Cancelled, tr("The report was cancelled.")));
    if (!job->run.ok) {
        deliver(job);
        return;
    }
    renderNextChart(job);
}

void ReportRunner::renderNextChart(const std::shared_ptr<Job> &job)
{
    if (!isCurrent(job))
        return;
    if (job->cancelled) {
        job->fail(makeError(ErrorCode::Cancelled, tr("The report was cancelled.")));
        deliver(job);
        return;
    }
    const qsizetype count = job->content.charts.size();
    if (job->nextChart < count) {
        // One chart per turn of the event loop, so that the window stays responsive.
        renderReportChart(job->content, job->nextChart++);
        job->permille = ComposedAt + int((ChartsDoneAt - ComposedAt) * job->nextChart / count);
        QTimer::singleShot(0, this, [this, job] { renderNextChart(job); });
        return;
    }
    job->permille = ChartsDoneAt;
    runOnWorker(job, &Job::finish, &ReportRunner::deliver);
}

void ReportRunner::deliver(const std::shared_ptr<Job> &job)
{
    if (!isCurrent(job))
        return;
    auto run = std::make_shared<ReportRun>(std::move(job->run));
    setCurrent(nullptr);
    emit finished(run);
}

int ReportRunner::progress() const
{
    return m_current ? m_current->permille.load() : 0;
}

void ReportRunner::cancel()
{
    if (!m_current)
        return;
    m_current->cancelled = true;
    if (m_current->goal == Job::Goal::Preview)
        setCurrent(nullptr);
}

void ReportRunner::setCurrent(std::shared_ptr<Job> job)
{
    const bool wasBusy = isBusy();
    m_current = std::move(job);
    m_lastProgress = -1;
    if (m_current)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

} // namespace cultivate
