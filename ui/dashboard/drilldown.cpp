// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/drilldown.h"

#include "ui/common/formatting.h"
#include "ui/dashboard/dashboardpage.h"

#include <QHash>

#include <algorithm>

namespace cultivate::drilldown {

namespace {

// A member's name, with the organisation when another member of the list has the same name.
QString displayName(const MetricsData &data, int index, const QHash<QString, int> &nameCounts)
{
    const auto &member = data.members[size_t(index)];
    if (nameCounts.value(member.name.toCaseFolded()) > 1 && member.organisation >= 0)
        return DashboardPage::tr("%1 (%2)").arg(member.name, data.organisations.at(member.organisation));
    return member.name;
}

QHash<QString, int> nameCounts(const MetricsData &data, const QList<int> &members)
{
    QHash<QString, int> counts;
    for (int index : members)
        ++counts[data.members[size_t(index)].name.toCaseFolded()];
    return counts;
}

QList<int> sortedByName(const MetricsData &data, QList<int> members)
{
    std::stable_sort(members.begin(), members.end(), [&data](int a, int b) {
        return QString::compare(data.members[size_t(a)].name, data.members[size_t(b)].name, Qt::CaseInsensitive) < 0;
    });
    return members;
}

QList<int> membersOf(const Metrics &metrics, const std::function<bool(const MemberFigures &)> &keep)
{
    QList<int> members;
    for (const MemberFigures &f : metrics.memberFigures) {
        if (keep(f))
            members << f.member;
    }
    return members;
}

} // namespace

QStringList names(const MetricsData &data, const QList<int> &members)
{
    const QHash<QString, int> counts = nameCounts(data, members);
    QStringList lines;
    for (int index : sortedByName(data, members))
        lines << displayName(data, index, counts);
    return lines;
}

QStringList members(const MetricsData &data, const Metrics &metrics)
{
    QHash<int, const MemberFigures *> figures;
    for (const MemberFigures &f : metrics.memberFigures)
        figures.insert(f.member, &f);
    const QList<int> all = membersOf(metrics, [](const MemberFigures &) { return true; });
    const QHash<QString, int> counts = nameCounts(data, all);
    QStringList lines;
    for (int index : sortedByName(data, all)) {
        const MemberFigures *f = figures.value(index);
        lines << DashboardPage::tr("%1 — %2, %3 of %4 events")
                     .arg(displayName(data, index, counts), label(f->level))
                     .arg(f->creditedWhileMember)
                     .arg(f->eligible);
    }
    return lines;
}

QStringList membersAtLevel(const MetricsData &data, const Metrics &metrics, Level level)
{
    return names(data, membersOf(metrics, [level](const MemberFigures &f) { return f.level == level; }));
}

QStringList reached(const MetricsData &data, const Metrics &metrics)
{
    return names(data, membersOf(metrics, [](const MemberFigures &f) { return f.credited > 0; }));
}

QStringList contributors(const MetricsData &data, const Metrics &metrics)
{
    QList<const MemberFigures *> figures;
    QList<int> indexes;
    for (const MemberFigures &f : metrics.memberFigures) {
        if (f.weight > 0) {
            figures << &f;
            indexes << f.member;
        }
    }
    std::stable_sort(figures.begin(), figures.end(), [](auto *a, auto *b) { return a->weight > b->weight; });
    const QHash<QString, int> counts = nameCounts(data, indexes);
    QStringList lines;
    for (const MemberFigures *f : figures) {
        lines << DashboardPage::tr("%1 — weight %2 (%3)")
                     .arg(displayName(data, f->member, counts))
                     .arg(f->weight)
                     .arg(formatPercent(metrics.totalWeight > 0 ? double(f->weight) / metrics.totalWeight : 0.0));
    }
    return lines;
}

QStringList heldEvents(const Metrics &metrics)
{
    QStringList lines;
    for (const EventTurnout &t : metrics.turnout) {
        lines << DashboardPage::tr("%1 — %2: %3 of %4 members")
                     .arg(formatDate(t.date), t.title)
                     .arg(t.credited)
                     .arg(t.membersAtDate);
    }
    return lines;
}

QStringList newcomers(const MetricsData &data, const Metrics &metrics)
{
    QStringList lines;
    for (int i = 0; i < metrics.months.size(); ++i) {
        const QString month = QLocale().toString(monthStart(metrics.months.at(i)), QStringLiteral("MMMM yyyy"));
        for (const QString &name : names(data, metrics.newcomerMembersByMonth.at(i)))
            lines << DashboardPage::tr("%1 — first active in %2").arg(name, month);
    }
    return lines;
}

} // namespace cultivate::drilldown
