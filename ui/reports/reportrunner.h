// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/drafts.h"
#include "core/reports/report.h"

#include <QImage>
#include <QList>
#include <QObject>

#include <memory>

namespace cultivate {

class Plan;
class TaskControl;
class TaskRunner;

// What one run of a ReportRunner produced. Plain values, handed from the worker to the GUI thread.
struct ReportRun {
    bool ok = false;
    ErrorCode code = ErrorCode::Io; // when !ok; ErrorCode::Cancelled after cancel()
    QString message{};              // when !ok, a sentence for people
    QDate from{};                   // the period the report covers
    QDate to{};
    QList<QImage> pages{}; // a preview's pages, white paper, at the requested width
    Draft sponsorDraft{};  // a preview's thank-you note to the sponsors, for the same period
    QString path{};        // the file a write run wrote (or would have written)
    ReportFormat format = ReportFormat::Pdf;
};

using ReportRunPtr = std::shared_ptr<const ReportRun>;

// Makes a stakeholder report in the three steps of report.h without blocking the GUI thread:
// composing through startOnPlan (plantask.h: on a worker thread with its own read-only connection for
// a plan file, on the GUI thread for an in-memory plan), the charts on the GUI thread one per turn of
// the event loop, and the page images or the file on the TaskRunner's worker thread again. One run at
// a time: starting a new one drops the running one, whose result is never delivered. Lives on the
// GUI thread.
class ReportRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRunner)

public:
    explicit ReportRunner(QObject *parent = nullptr);
    ~ReportRunner() override; // cancels and waits for running workers

    // The pages as images `pageWidth` device pixels wide.
    void startPreview(const Plan &plan, const ReportOptions &options, int pageWidth);
    // Writes the report to `path` (atomically: the file appears only when it is complete).
    void startWrite(const Plan &plan, const ReportOptions &options, const QString &path, ReportFormat format);

    // A preview is dropped at once. A write is asked to stop and still reports how it ended: Cancelled
    // with nothing written, or ok when it had already completed.
    void cancel();
    bool isBusy() const { return m_current != nullptr; }
    // Progress of the running job in thousandths.
    int progress() const { return m_current ? m_progress : 0; }

signals:
    void finished(cultivate::ReportRunPtr run);
    void progressChanged(int permille);
    void busyChanged(bool busy);

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;
    void start(const JobPtr &job, const Plan &plan);
    void composed(const JobPtr &job);
    void renderNextChart(const JobPtr &job);
    void deliver(const JobPtr &job);
    bool isCurrent(const JobPtr &job) const { return job == m_current; }
    void setCurrent(JobPtr job);
    void setProgress(int permille);

    TaskRunner *m_runner = nullptr; // the worker steps
    JobPtr m_current{};
    int m_progress = 0;
};

} // namespace cultivate
