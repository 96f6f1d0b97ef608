// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/renewal/lastyear.h"

#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace cultivate {

namespace {

// A class lupdate can see, so that the figures' names are translated under one context.
class YearOnYear {
    Q_DECLARE_TR_FUNCTIONS(cultivate::YearOnYear)
};

QString resolvedPath(const Plan &plan, const Predecessor &link)
{
    if (QFileInfo(link.path).isAbsolute())
        return QDir::cleanPath(link.path);
    return QDir::cleanPath(QFileInfo(plan.path()).absoluteDir().filePath(link.path));
}

} // namespace

std::pair<QDate, QDate> matchingWindow(const Predecessor &predecessor, const QDate &start, const QDate &from,
                                       const QDate &to)
{
    const QDate old = predecessor.startDate;
    if (!old.isValid() || !start.isValid() || !from.isValid() || !to.isValid())
        return {};
    const int months = (start.year() - old.year()) * 12 + start.month() - old.month();
    const bool byMonths = old.addMonths(months) == start;
    const qint64 days = old.daysTo(start);
    const auto back = [&](const QDate &d) { return byMonths ? d.addMonths(-months) : d.addDays(-days); };
    QDate f = back(from);
    QDate t = back(to);
    if (f < old)
        f = old;
    if (predecessor.endDate.isValid() && t > predecessor.endDate)
        t = predecessor.endDate;
    if (f > t)
        return {};
    return {f, t};
}

std::optional<LastYear> readLastYear(const Plan &plan, const QDate &from, const QDate &to, bool includeEveryone,
                                     const QDate &today)
{
    auto links = plan.list<Predecessor>();
    if (!links.ok() || links.value().isEmpty())
        return std::nullopt;
    LastYear y;
    y.link = links.value().first();
    y.path = resolvedPath(plan, y.link);
    auto community = plan.community();
    if (!community.ok()) {
        y.problem = community.error().message;
        return y;
    }
    std::tie(y.from, y.to) = matchingWindow(y.link, community.value().startDate, from, to);
    if (!y.from.isValid()) {
        y.problem = YearOnYear::tr("no day of the previous year matches this period");
        return y;
    }
    // The two years are judged on the same day.
    const FixedClock clock(QDateTime(today, QTime(12, 0)));
    auto old = Plan::open(y.path, OpenMode::ReadOnly, clock);
    if (!old.ok()) {
        y.problem =
            old.error().code == ErrorCode::NotFound
                ? YearOnYear::tr("the previous year's plan %1 was not found").arg(QDir::toNativeSeparators(y.path))
                : old.error().message;
        return y;
    }
    auto oldCommunity = old.value()->community();
    if (!oldCommunity.ok()) {
        y.problem = oldCommunity.error().message;
        return y;
    }
    if (!y.link.uid.isEmpty() && oldCommunity.value().uid != y.link.uid) {
        y.problem = YearOnYear::tr("%1 is another community's plan, not the previous year's")
                        .arg(QDir::toNativeSeparators(y.path));
        return y;
    }
    auto data = loadMetricsData(*old.value());
    if (!data.ok()) {
        y.problem = data.error().message;
        return y;
    }
    MetricsOptions options;
    options.from = y.from;
    options.to = y.to;
    options.includeEveryone = includeEveryone;
    y.metrics = computeMetrics(data.value(), options, today);
    return y;
}

QList<YearOnYearFigure> yearOnYear(const Metrics &now, const Metrics &before)
{
    const auto count = [](int n) { return std::optional<double>(n); };
    return {
        {QStringLiteral("members"), YearOnYear::tr("Members"), count(now.members), count(before.members), false},
        {QStringLiteral("events_held"), YearOnYear::tr("Events held"), count(now.eventsHeld), count(before.eventsHeld),
         false},
        {QStringLiteral("credited_attendances"), YearOnYear::tr("Credited attendances"), count(now.creditedAttendances),
         count(before.creditedAttendances), false},
        {QStringLiteral("reach"), YearOnYear::tr("Reach"), now.reach, before.reach, true},
        {QStringLiteral("mean_attendance_rate"), YearOnYear::tr("Mean attendance rate"), now.meanAttendanceRate,
         before.meanAttendanceRate, true},
        {QStringLiteral("newcomers"), YearOnYear::tr("Newcomers"), count(now.newcomers()), count(before.newcomers()),
         false},
        {QStringLiteral("contribution_weight"), YearOnYear::tr("Contribution weight"), count(now.totalWeight),
         count(before.totalWeight), false},
    };
}

QJsonObject lastYearJson(const LastYear &lastYear, const Metrics &now)
{
    const auto value = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject figures;
    if (lastYear.metrics) {
        for (const YearOnYearFigure &f : yearOnYear(now, *lastYear.metrics))
            figures.insert(
                f.key, QJsonObject{{QStringLiteral("now"), value(f.now)}, {QStringLiteral("before"), value(f.before)}});
    }
    const auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("name"), lastYear.link.name},
        {QStringLiteral("path"), lastYear.path},
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("from"), date(lastYear.from)}, {QStringLiteral("to"), date(lastYear.to)}}},
        {QStringLiteral("problem"), lastYear.problem.isEmpty() ? QJsonValue() : QJsonValue(lastYear.problem)},
        {QStringLiteral("figures"), lastYear.metrics ? QJsonValue(figures) : QJsonValue()},
    };
}

} // namespace cultivate
