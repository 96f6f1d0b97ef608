// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/desk.h"

#include "core/storage/plan.h"

#include <QJsonArray>
#include <QSet>

namespace cultivate {

namespace {

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("cultivate::Desk", "Stopped."));
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<DeskData> loadDeskData(const Plan &plan, const std::atomic_bool *cancelled)
{
    DeskData data;
    data.now = plan.clock().now();
    auto metrics = loadMetricsData(plan);
    if (!metrics.ok())
        return metrics.error();
    data.metrics = std::move(metrics).value();
    if (isCancelled(cancelled))
        return cancelledError();
    auto events = plan.list<Event>();
    if (!events.ok())
        return events.error();
    data.events = std::move(events).value();
    auto recognitions = plan.list<Recognition>();
    if (!recognitions.ok())
        return recognitions.error();
    data.recognitions = std::move(recognitions).value();
    auto marks = plan.list<DeskMark>();
    if (!marks.ok())
        return marks.error();
    data.marks = std::move(marks).value();

    // Whether the recent events have any attendance recorded (present, absent or excused). The
    // snapshot already holds the present rows; only an event without one is looked up, for its
    // absences and excuses.
    QSet<Id> present;
    for (const MetricsData::AttendanceRow &row : data.metrics.attendance)
        present.insert(data.metrics.events[size_t(row.event)].id);
    const QDate since = data.now.date().addDays(-DeskRules::AttendanceLookBackDays);
    for (const Event &event : std::as_const(data.events)) {
        if (event.start.date() < since || event.start > data.now || event.status == EventStatus::Cancelled)
            continue;
        if (present.contains(event.id)) {
            data.eventsWithAttendance.insert(event.id);
            continue;
        }
        auto rows = plan.listWhere<Attendance>(QStringLiteral("event_id"), event.id);
        if (!rows.ok())
            return rows.error();
        if (!rows.value().isEmpty())
            data.eventsWithAttendance.insert(event.id);
    }
    return data;
}

Result<Desk> deskOfPlan(const Plan &plan)
{
    auto data = loadDeskData(plan);
    if (!data.ok())
        return data.error();
    return computeDesk(data.value());
}

QJsonObject deskJson(const Desk &desk, const QList<DeskMark> &marks)
{
    const QHash<QString, DeskMark> byKey = deskMarksByKey(marks);
    QJsonArray items;
    int done = 0;
    int snoozed = 0;
    for (const DeskItem &item : desk.items) {
        switch (deskItemState(item.key, byKey, desk.today)) {
        case DeskItemState::Done:
            ++done;
            continue;
        case DeskItemState::Snoozed:
            ++snoozed;
            continue;
        case DeskItemState::Open:
            break;
        }
        QJsonObject o{{QStringLiteral("key"), item.key},         {QStringLiteral("section"), enumKey(item.section)},
                      {QStringLiteral("kind"), item.kind},       {QStringLiteral("title"), item.title},
                      {QStringLiteral("detail"), item.detail},   {QStringLiteral("due"), dateValue(item.due)},
                      {QStringLiteral("overdue"), item.overdue}, {QStringLiteral("action"), enumKey(item.action)}};
        o.insert(QStringLiteral("target"), item.target > 0 ? QJsonValue(item.target) : QJsonValue());
        o.insert(QStringLiteral("event"), item.event > 0 ? QJsonValue(item.event) : QJsonValue());
        items.append(o);
    }
    QJsonArray upcoming;
    for (const DeskEvent &e : desk.upcoming) {
        upcoming.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
                                    {QStringLiteral("location"), e.location},
                                    {QStringLiteral("kind"), enumKey(e.kind)},
                                    {QStringLiteral("needs"), QJsonArray::fromStringList(e.needs)}});
    }
    QJsonObject out{{QStringLiteral("today"), dateValue(desk.today)},
                    {QStringLiteral("horizon"), dateValue(desk.horizon)},
                    {QStringLiteral("community"), desk.community},
                    {QStringLiteral("verdict"), enumKey(desk.verdict)},
                    {QStringLiteral("headline"), desk.headline},
                    {QStringLiteral("upcoming"), upcoming},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("done"), done},
                    {QStringLiteral("snoozed"), snoozed}};
    if (desk.stage) {
        const DeskStage &s = *desk.stage;
        out.insert(QStringLiteral("stage"), QJsonObject{{QStringLiteral("kind"), enumKey(s.kind)},
                                                        {QStringLiteral("number"), s.number},
                                                        {QStringLiteral("stages"), s.stages},
                                                        {QStringLiteral("status"), enumKey(s.status)},
                                                        {QStringLiteral("planned_start"), dateValue(s.plannedStart)},
                                                        {QStringLiteral("planned_end"), dateValue(s.plannedEnd)},
                                                        {QStringLiteral("done"), s.done},
                                                        {QStringLiteral("items"), s.items},
                                                        {QStringLiteral("readiness"), s.readiness},
                                                        {QStringLiteral("overdue"), s.overdue}});
    } else {
        out.insert(QStringLiteral("stage"), QJsonValue());
    }
    if (desk.nextCheckIn) {
        const DeskCheckIn &c = *desk.nextCheckIn;
        out.insert(QStringLiteral("next_check_in"),
                   QJsonObject{{QStringLiteral("date"), dateValue(c.date)},
                               {QStringLiteral("title"), c.title},
                               {QStringLiteral("event"), c.eventId > 0 ? QJsonValue(c.eventId) : QJsonValue()},
                               {QStringLiteral("survey"), c.surveyId > 0 ? QJsonValue(c.surveyId) : QJsonValue()}});
    } else {
        out.insert(QStringLiteral("next_check_in"), QJsonValue());
    }
    return out;
}

} // namespace cultivate
