// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/importcommand.h"

#include <QHash>

namespace cultivate {

namespace {

template <class T> QHash<Id, T> byId(const QList<T> &rows)
{
    QHash<Id, T> map;
    for (const T &row : rows)
        map.insert(row.id, row);
    return map;
}

// The rows of `after` that are new, and those that differ from `before`.
template <class T, class Change>
void diff(const QList<T> &before, const QList<T> &after, QList<T> &added, QList<Change> &changed)
{
    const QHash<Id, T> old = byId(before);
    for (const T &row : after) {
        const auto it = old.constFind(row.id);
        if (it == old.constEnd())
            added.append(row);
        else if (!(*it == row))
            changed.append({*it, row});
    }
}

} // namespace

ImportCommand::ImportCommand(Plan &plan, ImportPreview preview, const QString &text, QUndoCommand *parent)
    : PlanCommand(plan, text, parent)
    , m_preview(std::move(preview))
{
}

Result<void> ImportCommand::apply()
{
    return m_committed ? rewrite() : commitFirst();
}

Result<void> ImportCommand::commitFirst()
{
    // What the import can touch, read before it runs: the existing members its people are (it adds
    // aliases, e-mails or a list's fields to them), and for an existing event that event and its
    // attendance. Members it makes are new; commitImport names those it made and changed.
    QHash<Id, Member> membersBefore;
    for (const PersonPlan &person : std::as_const(m_preview.people)) {
        if (person.memberId <= 0 || membersBefore.contains(person.memberId))
            continue;
        auto member = plan().get<Member>(person.memberId);
        if (!member.ok())
            return member.error();
        membersBefore.insert(person.memberId, member.value());
    }
    const bool attendance = m_preview.kind == ImportKind::Attendance;
    const bool existingEvent = attendance && m_preview.eventChoice != EventChoice::Created;
    std::optional<Event> eventBefore;
    QList<Attendance> attendanceBefore;
    if (existingEvent) {
        auto event = plan().get<Event>(m_preview.event.id);
        if (!event.ok())
            return event.error();
        eventBefore = event.value();
        auto rows = plan().listWhere<Attendance>(QStringLiteral("event_id"), m_preview.event.id);
        if (!rows.ok())
            return rows.error();
        attendanceBefore = rows.value();
    }

    auto committed = commitImport(plan(), m_preview);
    if (!committed.ok())
        return committed.error();
    m_outcome = committed.value();
    if (m_outcome.alreadyImported)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 was imported before; nothing was added").arg(m_preview.fileName));
    if (m_outcome.nothingNew)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: nothing new; the plan already has all of it").arg(m_preview.fileName));

    // Keep exactly what was written.
    auto record = plan().get<ImportRecord>(m_outcome.importId);
    if (!record.ok())
        return record.error();
    m_record = record.value();
    for (Id id : std::as_const(m_outcome.addedMemberIds)) {
        auto member = plan().get<Member>(id);
        if (!member.ok())
            return member.error();
        m_addedMembers.append(member.value());
    }
    for (Id id : std::as_const(m_outcome.updatedMemberIds)) {
        auto member = plan().get<Member>(id);
        if (!member.ok())
            return member.error();
        const auto before = membersBefore.constFind(id);
        if (before == membersBefore.constEnd())
            return makeError(ErrorCode::NotFound, QStringLiteral("member #%1 was not read before the import").arg(id));
        if (!(*before == member.value()))
            m_changedMembers.append({*before, member.value()});
    }
    if (attendance) {
        auto event = plan().get<Event>(m_outcome.eventId);
        if (!event.ok())
            return event.error();
        if (m_outcome.eventCreated)
            m_addedEvent = event.value();
        else if (eventBefore && !(*eventBefore == event.value()))
            m_changedEvent = Change<Event>{*eventBefore, event.value()};
        auto rows = plan().listWhere<Attendance>(QStringLiteral("event_id"), m_outcome.eventId);
        if (!rows.ok())
            return rows.error();
        diff(attendanceBefore, rows.value(), m_addedAttendance, m_changedAttendance);
    }
    m_committed = true;
    return {};
}

Result<void> ImportCommand::rewrite()
{
    return plan().transaction([this]() -> Result<void> {
        if (auto added = plan().add(m_record); !added.ok())
            return added.error();
        for (const Member &member : std::as_const(m_addedMembers)) {
            if (auto added = plan().add(member); !added.ok())
                return added.error();
        }
        for (const auto &[before, after] : std::as_const(m_changedMembers)) {
            if (auto updated = plan().update(after); !updated.ok())
                return updated;
        }
        if (m_addedEvent) {
            if (auto added = plan().add(*m_addedEvent); !added.ok())
                return added.error();
        }
        if (m_changedEvent) {
            if (auto updated = plan().update(m_changedEvent->second); !updated.ok())
                return updated;
        }
        for (const Attendance &row : std::as_const(m_addedAttendance)) {
            if (auto added = plan().add(row); !added.ok())
                return added.error();
        }
        for (const auto &[before, after] : std::as_const(m_changedAttendance)) {
            if (auto updated = plan().update(after); !updated.ok())
                return updated;
        }
        return {};
    });
}

Result<void> ImportCommand::revert()
{
    // The reverse order of rewrite(): rows that refer to others go first.
    return plan().transaction([this]() -> Result<void> {
        for (const auto &[before, after] : std::as_const(m_changedAttendance)) {
            if (auto updated = plan().update(before); !updated.ok())
                return updated;
        }
        for (const Attendance &row : std::as_const(m_addedAttendance)) {
            if (auto removed = plan().remove<Attendance>(row.id); !removed.ok())
                return removed;
        }
        if (m_changedEvent) {
            if (auto updated = plan().update(m_changedEvent->first); !updated.ok())
                return updated;
        }
        if (m_addedEvent) {
            if (auto removed = plan().remove<Event>(m_addedEvent->id); !removed.ok())
                return removed;
        }
        for (const auto &[before, after] : std::as_const(m_changedMembers)) {
            if (auto updated = plan().update(before); !updated.ok())
                return updated;
        }
        for (const Member &member : std::as_const(m_addedMembers)) {
            if (auto removed = plan().remove<Member>(member.id); !removed.ok())
                return removed;
        }
        return plan().remove<ImportRecord>(m_record.id);
    });
}

} // namespace cultivate
