// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessment.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// The program office's portfolio (SPEC §11): many communities compared side by side, each plan
// read without its lock and never written. Every figure of a row is its plan's assessment (the one
// `stats`, `health` and the dashboard read); a plan that cannot be read is a row with its reason.
namespace cultivate {

// An event as a portfolio row names it.
struct PortfolioEvent {
    QDate date{};
    QString title{};
    bool operator==(const PortfolioEvent &) const = default;
};

// One community of the portfolio.
struct PortfolioRow {
    QString path{};               // the plan file, absolute
    std::optional<Error> error{}; // why the plan could not be read (then no figure below is set)
    QString name{};
    QDate from{}; // the window the figures cover
    QDate to{};
    std::optional<StageKind> stage{}; // the assessment's current stage
    int members = 0;                  // counted members in the window
    std::optional<int> activeLatestMonth{};
    QString latestCompleteMonth{}; // "YYYY-MM", empty when no month of the window is complete
    std::optional<double> stickiness{};
    std::optional<double> reach{};
    int newcomers = 0; // members whose first activity falls in the window
    Verdict verdict = Verdict::Healthy;
    std::optional<PortfolioEvent> lastEvent{}; // the latest held event dated today or earlier
    std::optional<PortfolioEvent> nextEvent{}; // the earliest planned event dated today or later

    bool readable() const { return !error.has_value(); }
};

// Where the rows come from: the plan files named, in order (as the operands spell them), and the
// folders that held none (or could not be listed).
struct PortfolioSources {
    QStringList plans{};
    QStringList emptyFolders{};
};

// The plan files the operands name. A folder stands for the `*.cop` files directly in it, sorted by
// name (hidden files such as a creation in progress are skipped, sub-folders are not entered); any
// other operand is a plan file, whether or not it exists (opening it says why it cannot be read).
// A file named twice (by any spelling of its path) is listed once.
PortfolioSources portfolioSources(const QStringList &operands);

struct PortfolioOptions {
    QDate from{}; // with `to`, one window for every plan; empty: each plan's year so far (as `stats`)
    QDate to{};
    const Clock *clock = &Clock::system(); // "today" for every plan
    int threads = 0;                       // worker threads; 0: one per core, at most MaxThreads
    static constexpr int MaxThreads = 4;
};

// The row of one plan file, opened read-only on the calling thread (it takes no lock file and
// writes nothing). Its figures come from assess() over the options' window. `cancelled`, when
// given, is polled between steps: the row of a cancelled run must be dropped.
PortfolioRow portfolioRow(const QString &path, const PortfolioOptions &options,
                          const std::atomic_bool *cancelled = nullptr);
// The row of an assessed plan (what portfolioRow() does once the plan is loaded).
PortfolioRow portfolioRow(const QString &path, const MetricsData &data, const Assessment &assessment);

// The latest held event dated on or before `today`, and the earliest planned event dated on or after it.
std::optional<PortfolioEvent> lastHeldEvent(const MetricsData &data, const QDate &today);
std::optional<PortfolioEvent> nextPlannedEvent(const MetricsData &data, const QDate &today);

// Called from the worker threads as plans finish: `done` of `total`. Must be thread-safe.
using PortfolioProgress = std::function<void(int done, int total)>;

// The rows of `plans`, in their order, computed on a few threads of their own (each opens its own
// connection). Returns ErrorCode::Cancelled when `cancelled` was set; every thread has ended when it
// returns either way.
Result<QList<PortfolioRow>> comparePlans(const QStringList &plans, const PortfolioOptions &options,
                                         const std::atomic_bool *cancelled = nullptr,
                                         const PortfolioProgress &progress = {});

// The stable key of an error code in the portfolio's JSON ("corrupt", "newer_schema", …).
QString errorCodeKey(ErrorCode code);

// `cultivate portfolio --json` (SPEC §8): {"today", "window": {"from", "to"} or null (each plan's
// own), "plans": [{"path", "name", "readable", "error", "error_code", "window", "stage", "members",
// "active_members_latest_month", "latest_complete_month", "stickiness", "reach", "newcomers",
// "verdict", "last_event": {"date", "title"} | null, "next_event": … }]}. The keys that `stats
// --json` also has hold the same figure; an unreadable plan has null figures.
QJsonObject portfolioJson(const QList<PortfolioRow> &rows, const PortfolioOptions &options);

} // namespace cultivate
