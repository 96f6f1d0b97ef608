// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/drilldown.h"

#include "ui/common/formatting.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cultivate::drilldown {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cultivate::DashboardPage", text);
}

bool isCounted(const MetricsData::MemberRow &member)
{
    return member.role != Role::Facilitator && member.role != Role::Sponsor;
}

bool isCredited(const MetricsData &data, const MetricsData::AttendanceRow &a)
{
    const auto &event = data.events[size_t(a.event)];
    if (event.status != EventStatus::Held || !a.present)
        return false;
    return a.minutes < 0 || a.minutes >= data.community.attendanceThreshold * event.durationMinutes;
}

QString monthKey(qint64 day)
{
    return QDate::fromJulianDay(day).toString(QStringLiteral("yyyy-MM"));
}

QStringList namesOf(const MetricsData &data, const QSet<int> &indexes)
{
    QStringList names;
    for (int index : indexes)
        names << data.members[size_t(index)].name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

QStringList attendees(const MetricsData &data, Id eventId)
{
    QSet<int> found;
    for (const auto &a : data.attendance) {
        if (data.events[size_t(a.event)].id == eventId && isCounted(data.members[size_t(a.member)]) &&
            isCredited(data, a))
            found.insert(a.member);
    }
    return namesOf(data, found);
}

QStringList activeInMonth(const MetricsData &data, const Metrics &metrics, const QString &month)
{
    const qint64 end = metrics.to.isValid() ? metrics.to.toJulianDay() : LLONG_MAX;
    QSet<int> found;
    for (const auto &a : data.attendance) {
        const auto &event = data.events[size_t(a.event)];
        if (event.day <= end && monthKey(event.day) == month && isCounted(data.members[size_t(a.member)]) &&
            isCredited(data, a))
            found.insert(a.member);
    }
    for (const auto &c : data.contributions) {
        if (c.day <= end && monthKey(c.day) == month && isCounted(data.members[size_t(c.member)]))
            found.insert(c.member);
    }
    return namesOf(data, found);
}

QStringList newcomersInMonth(const MetricsData &data, const QString &month)
{
    std::vector<qint64> first(data.members.size(), LLONG_MAX);
    for (const auto &a : data.attendance) {
        if (isCredited(data, a))
            first[size_t(a.member)] = std::min(first[size_t(a.member)], data.events[size_t(a.event)].day);
    }
    for (const auto &c : data.contributions)
        first[size_t(c.member)] = std::min(first[size_t(c.member)], c.day);
    QSet<int> found;
    for (size_t m = 0; m < data.members.size(); ++m) {
        if (isCounted(data.members[m]) && first[m] != LLONG_MAX && monthKey(first[m]) == month)
            found.insert(int(m));
    }
    return namesOf(data, found);
}

QStringList membersAtLevel(const MetricsData &data, const Metrics &metrics, Level level)
{
    QSet<int> found;
    for (const MemberFigures &f : metrics.memberFigures) {
        if (f.level == level)
            found.insert(f.member);
    }
    return namesOf(data, found);
}

QStringList members(const MetricsData &data, const Metrics &metrics)
{
    QList<const MemberFigures *> figures;
    for (const MemberFigures &f : metrics.memberFigures)
        figures << &f;
    std::sort(figures.begin(), figures.end(), [&data](auto *a, auto *b) {
        return QString::compare(data.members[size_t(a->member)].name, data.members[size_t(b->member)].name,
                                Qt::CaseInsensitive) < 0;
    });
    QStringList lines;
    for (const MemberFigures *f : figures) {
        lines << tr("%1 — %2, %3 of %4 events")
                     .arg(data.members[size_t(f->member)].name, label(f->level))
                     .arg(f->credited)
                     .arg(f->eligible);
    }
    return lines;
}

QStringList reached(const MetricsData &data, const Metrics &metrics)
{
    QSet<int> found;
    for (const MemberFigures &f : metrics.memberFigures) {
        if (f.credited > 0)
            found.insert(f.member);
    }
    return namesOf(data, found);
}

QStringList contributors(const MetricsData &data, const Metrics &metrics)
{
    QList<const MemberFigures *> figures;
    for (const MemberFigures &f : metrics.memberFigures) {
        if (f.weight > 0)
            figures << &f;
    }
    std::stable_sort(figures.begin(), figures.end(), [](auto *a, auto *b) { return a->weight > b->weight; });
    QStringList lines;
    for (const MemberFigures *f : figures) {
        lines << tr("%1 — weight %2 (%3)")
                     .arg(data.members[size_t(f->member)].name)
                     .arg(f->weight)
                     .arg(formatPercent(metrics.totalWeight > 0 ? double(f->weight) / metrics.totalWeight : 0.0));
    }
    return lines;
}

QStringList heldEvents(const Metrics &metrics)
{
    QStringList lines;
    for (const EventTurnout &t : metrics.turnout) {
        lines << tr("%1 — %2: %3 of %4 members").arg(formatDate(t.date), t.title).arg(t.credited).arg(t.membersAtDate);
    }
    return lines;
}

} // namespace cultivate::drilldown
