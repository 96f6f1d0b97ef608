// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/printsheets.h"

#include "core/storage/plan.h"

#include <QSet>

#include <algorithm>

namespace cultivate {

namespace {

bool memberOn(const Member &m, const QDate &date)
{
    return (!m.joinedDate.isValid() || m.joinedDate <= date) && (!m.leftDate.isValid() || m.leftDate >= date);
}

} // namespace

Result<SignInSheet> loadSignInSheet(const Plan &plan, Id eventId)
{
    SignInSheet sheet;
    auto event = plan.get<Event>(eventId);
    if (!event.ok())
        return event.error();
    sheet.event = event.value();
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    sheet.community = community.value().name;
    auto recorded = plan.listWhere<Attendance>(QStringLiteral("event_id"), eventId);
    if (!recorded.ok())
        return recorded.error();
    QSet<Id> onRecord;
    for (const Attendance &a : recorded.value())
        onRecord.insert(a.memberId);
    const QDate day = sheet.event.start.date();
    auto members = plan.forEach<Member>([&](const Member &m) {
        if (onRecord.contains(m.id) || (m.role != Role::Guest && memberOn(m, day)))
            sheet.expected << m;
    });
    if (!members.ok())
        return members.error();
    std::stable_sort(sheet.expected.begin(), sheet.expected.end(),
                     [](const Member &a, const Member &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return sheet;
}

Result<PeriodSchedule> loadPeriodSchedule(const Plan &plan, const QDate &from, const QDate &to)
{
    PeriodSchedule schedule;
    schedule.from = from;
    schedule.to = to;
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    schedule.community = community.value().name;
    auto stages = plan.list<Stage>();
    if (!stages.ok())
        return stages.error();
    for (const Stage &stage : stages.value())
        schedule.stageNames.insert(stage.id, label(stage.kind));
    auto events = plan.forEach<Event>([&](const Event &e) {
        const QDate day = e.start.date();
        if (day >= from && day <= to)
            schedule.events << e;
    });
    if (!events.ok())
        return events.error();
    std::stable_sort(schedule.events.begin(), schedule.events.end(),
                     [](const Event &a, const Event &b) { return a.start < b.start; });
    return schedule;
}

} // namespace cultivate
