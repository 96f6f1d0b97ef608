// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/attendancematrix.h"

#include "core/storage/plan.h"

#include <QSet>

#include <algorithm>

namespace cultivate {

namespace {

bool counted(Role role)
{
    return role != Role::Facilitator && role != Role::Sponsor;
}

// Below this many events, attendance is read event by event through the index; above it, one scan.
constexpr qsizetype EventsReadOneByOne = 200;

} // namespace

std::optional<Attendance> AttendanceMatrix::cell(qsizetype m, qsizetype e) const
{
    const auto member = rows.constFind(members.at(m).id);
    if (member == rows.cend())
        return std::nullopt;
    const auto row = member->constFind(events.at(e).id);
    return row == member->cend() ? std::nullopt : std::optional<Attendance>(*row);
}

bool AttendanceMatrix::credited(const Attendance &attendance, const Event &event) const
{
    return attendance.status == AttendanceStatus::Present &&
           (!attendance.minutes || *attendance.minutes >= threshold * event.durationMinutes);
}

bool AttendanceMatrix::wasMemberAt(qsizetype m, qsizetype e) const
{
    const Member &member = members.at(m);
    const QDate date = events.at(e).start.date();
    return (!member.joinedDate.isValid() || member.joinedDate <= date) &&
           (!member.leftDate.isValid() || member.leftDate >= date);
}

std::optional<double> AttendanceMatrix::memberRate(qsizetype m) const
{
    qint64 held = 0;
    qint64 attended = 0;
    for (qsizetype e = 0; e < events.size(); ++e) {
        if (!wasMemberAt(m, e))
            continue;
        ++held;
        const auto row = cell(m, e);
        attended += row && credited(*row, events.at(e)) ? 1 : 0;
    }
    return held > 0 ? std::optional<double>(double(attended) / double(held)) : std::nullopt;
}

std::optional<double> AttendanceMatrix::eventTurnout(qsizetype e) const
{
    qint64 present = 0;
    qint64 attended = 0;
    for (qsizetype m = 0; m < members.size(); ++m) {
        if (!counted(members.at(m).role) || !wasMemberAt(m, e))
            continue;
        ++present;
        const auto row = cell(m, e);
        attended += row && credited(*row, events.at(e)) ? 1 : 0;
    }
    return present > 0 ? std::optional<double>(double(attended) / double(present)) : std::nullopt;
}

Result<AttendanceMatrix> loadAttendanceMatrix(const Plan &plan, const QDate &from, const QDate &to)
{
    AttendanceMatrix matrix;
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    matrix.threshold = community.value().attendanceThreshold;
    if (auto r = plan.forEach<Event>([&](const Event &e) {
            const QDate day = e.start.date();
            if (e.status == EventStatus::Held && (!from.isValid() || day >= from) && (!to.isValid() || day <= to))
                matrix.events.append(e);
        });
        !r.ok())
        return r.error();
    std::stable_sort(matrix.events.begin(), matrix.events.end(),
                     [](const Event &a, const Event &b) { return a.start < b.start; });
    auto members = plan.list<Member>();
    if (!members.ok())
        return members.error();
    matrix.members = members.value();

    const auto keep = [&matrix](const Attendance &a) { matrix.rows[a.memberId].insert(a.eventId, a); };
    if (matrix.events.size() <= EventsReadOneByOne) {
        for (const Event &event : std::as_const(matrix.events)) {
            if (auto r = plan.forEach<Attendance>(keep, QStringLiteral("event_id"), event.id); !r.ok())
                return r.error();
        }
    } else {
        QSet<Id> inPeriod;
        for (const Event &event : std::as_const(matrix.events))
            inPeriod.insert(event.id);
        if (auto r = plan.forEach<Attendance>([&](const Attendance &a) {
                if (inPeriod.contains(a.eventId))
                    keep(a);
            });
            !r.ok())
            return r.error();
    }
    return matrix;
}

} // namespace cultivate
