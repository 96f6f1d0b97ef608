// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/portfolio.h"

#include "core/storage/plan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <numeric>
#include <thread>
#include <vector>

namespace cultivate {

namespace {

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

PortfolioRow unreadableRow(const QString &path, Error error)
{
    PortfolioRow row;
    row.path = path;
    row.error = std::move(error);
    return row;
}

QJsonValue jsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonValue(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonValue(const std::optional<PortfolioEvent> &event)
{
    if (!event)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("date"), event->date.toString(Qt::ISODate)},
                       {QStringLiteral("title"), event->title}};
}

QJsonValue windowJson(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return QJsonValue();
    const auto day = [](const QDate &date) {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("from"), day(from)}, {QStringLiteral("to"), day(to)}};
}

QJsonObject rowJson(const PortfolioRow &row)
{
    const bool readable = row.readable();
    const auto figure = [readable](const QJsonValue &value) { return readable ? value : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("path"), row.path},
        {QStringLiteral("name"), figure(row.name)},
        {QStringLiteral("readable"), readable},
        {QStringLiteral("error"), readable ? QJsonValue() : QJsonValue(row.error->message)},
        {QStringLiteral("error_code"), readable ? QJsonValue() : QJsonValue(errorCodeKey(row.error->code))},
        {QStringLiteral("window"), figure(windowJson(row.from, row.to))},
        {QStringLiteral("stage"), row.stage ? QJsonValue(enumKey(*row.stage)) : QJsonValue()},
        {QStringLiteral("members"), figure(row.members)},
        {QStringLiteral("active_members_latest_month"), jsonValue(row.activeLatestMonth)},
        {QStringLiteral("latest_complete_month"),
         row.latestCompleteMonth.isEmpty() ? QJsonValue() : QJsonValue(row.latestCompleteMonth)},
        {QStringLiteral("stickiness"), jsonValue(row.stickiness)},
        {QStringLiteral("reach"), jsonValue(row.reach)},
        {QStringLiteral("newcomers"), figure(row.newcomers)},
        {QStringLiteral("verdict"), figure(enumKey(row.verdict))},
        {QStringLiteral("last_event"), jsonValue(row.lastEvent)},
        {QStringLiteral("next_event"), jsonValue(row.nextEvent)},
    };
}

} // namespace

PortfolioSources portfolioSources(const QStringList &operands)
{
    PortfolioSources sources;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        const QString key = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            sources.plans << path;
        }
    };
    for (const QString &operand : operands) {
        if (!QFileInfo(operand).isDir()) {
            add(operand);
            continue;
        }
        // Without QDir::Hidden, dot files (a creation in progress, a lock file) are left out.
        const QDir folder(operand);
        const QStringList names = folder.entryList({QStringLiteral("*.cop")}, QDir::Files | QDir::NoDotAndDotDot,
                                                   QDir::Name | QDir::IgnoreCase);
        if (names.isEmpty())
            sources.emptyFolders << operand;
        for (const QString &name : names)
            add(folder.filePath(name));
    }
    return sources;
}

std::optional<PortfolioEvent> lastHeldEvent(const MetricsData &data, const QDate &today)
{
    const qint64 day = today.toJulianDay();
    const MetricsData::EventRow *latest = nullptr;
    // The snapshot lists events by start: the last one held on or before today is the latest.
    for (const MetricsData::EventRow &e : data.events) {
        if (e.status == EventStatus::Held && e.day <= day && (!latest || e.day >= latest->day))
            latest = &e;
    }
    if (!latest)
        return std::nullopt;
    return PortfolioEvent{QDate::fromJulianDay(latest->day), latest->title};
}

std::optional<PortfolioEvent> nextPlannedEvent(const MetricsData &data, const QDate &today)
{
    const qint64 day = today.toJulianDay();
    const MetricsData::EventRow *next = nullptr;
    for (const MetricsData::EventRow &e : data.events) {
        if (e.status == EventStatus::Planned && e.day >= day && (!next || e.day < next->day))
            next = &e;
    }
    if (!next)
        return std::nullopt;
    return PortfolioEvent{QDate::fromJulianDay(next->day), next->title};
}

PortfolioRow portfolioRow(const QString &path, const MetricsData &data, const Assessment &assessment)
{
    const Metrics &m = assessment.current;
    PortfolioRow row;
    row.path = path;
    row.name = data.community.name;
    row.from = m.from;
    row.to = m.to;
    if (const StageProgress *stage = assessment.stage())
        row.stage = stage->stage.kind;
    row.members = m.members;
    row.activeLatestMonth = m.activeLatestMonth();
    row.latestCompleteMonth = m.latestCompleteMonthKey();
    row.stickiness = m.stickiness;
    row.reach = m.reach;
    // Each member's first activity falls in one month: the months' newcomers add up to the window's.
    row.newcomers = m.newcomers();
    row.verdict = assessment.health.verdict;
    row.lastEvent = lastHeldEvent(data, assessment.today);
    row.nextEvent = nextPlannedEvent(data, assessment.today);
    return row;
}

PortfolioRow portfolioRow(const QString &path, const PortfolioOptions &options, const std::atomic_bool *cancelled)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Read-only: no lock file is made or looked at, and the file is never written. Every read of
    // the snapshot happens inside one read transaction, so a writer in another process either
    // committed before it or waits until it ends.
    auto plan = Plan::open(path, OpenMode::ReadOnly, *options.clock);
    if (!plan.ok())
        return unreadableRow(absolute, plan.error());
    if (isCancelled(cancelled))
        return unreadableRow(absolute, makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    auto data = loadMetricsData(*plan.value());
    if (!data.ok())
        return unreadableRow(absolute, data.error());
    MetricsOptions window;
    window.from = options.from;
    window.to = options.to;
    const Assessment assessment = assess(data.value(), window, options.clock->today(), cancelled);
    return portfolioRow(absolute, data.value(), assessment);
}

Result<QList<PortfolioRow>> comparePlans(const QStringList &plans, const PortfolioOptions &options,
                                         const std::atomic_bool *cancelled, const PortfolioProgress &progress)
{
    const int total = int(plans.size());
    std::vector<PortfolioRow> rows(size_t(plans.size()));
    std::atomic_int next{0};
    std::atomic_int done{0};
    if (progress)
        progress(0, total);
    // Plans are independent: each worker takes the next plan not yet taken and opens it itself (a
    // connection belongs to the thread that opened it). Each writes only its own rows.
    const auto work = [&] {
        for (int i = next++; i < total && !isCancelled(cancelled); i = next++) {
            rows[size_t(i)] = portfolioRow(plans.at(i), options, cancelled);
            const int finished = ++done;
            if (progress)
                progress(finished, total);
        }
    };
    const int wanted = options.threads > 0
                           ? options.threads
                           : std::min(std::max(QThread::idealThreadCount(), 1), PortfolioOptions::MaxThreads);
    const int threads = std::min(wanted, total);
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (std::thread &thread : pool)
            thread.join();
    }
    if (isCancelled(cancelled))
        return makeError(ErrorCode::Cancelled, QStringLiteral("the comparison was cancelled"));
    return QList<PortfolioRow>(std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
}

QString errorCodeKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::NotSqlite:
        return QStringLiteral("not_sqlite");
    case ErrorCode::EmptyFile:
        return QStringLiteral("empty_file");
    case ErrorCode::Truncated:
        return QStringLiteral("truncated");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::NotAPlan:
        return QStringLiteral("not_a_plan");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer_schema");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Sql:
        return QStringLiteral("sql");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::Constraint:
        return QStringLiteral("constraint");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("sql");
}

QJsonObject portfolioJson(const QList<PortfolioRow> &rows, const PortfolioOptions &options)
{
    QJsonArray plans;
    for (const PortfolioRow &row : rows)
        plans << rowJson(row);
    return QJsonObject{{QStringLiteral("today"), options.clock->today().toString(Qt::ISODate)},
                       {QStringLiteral("window"), windowJson(options.from, options.to)},
                       {QStringLiteral("plans"), plans}};
}

} // namespace cultivate
