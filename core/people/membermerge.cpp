// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/membermerge.h"

#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class MemberMergeText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::MemberMerge)
};

// Present outranks excused, excused outranks absent.
int weight(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return 2;
    case AttendanceStatus::Excused:
        return 1;
    case AttendanceStatus::Absent:
        return 0;
    }
    return 0;
}

// Moves every row of T whose `column` is `from` to member `to`.
template <class T> Result<int> moveRows(Plan &plan, const QString &column, Id from, Id to, OptionalId T::*field)
{
    auto rows = plan.listWhere<T>(column, from);
    if (!rows.ok())
        return rows.error();
    for (T row : rows.value()) {
        row.*field = to;
        CULTIVATE_TRY(plan.update(row));
    }
    return static_cast<int>(rows.value().size());
}

template <class T> Result<int> moveRows(Plan &plan, const QString &column, Id from, Id to, Id T::*field)
{
    auto rows = plan.listWhere<T>(column, from);
    if (!rows.ok())
        return rows.error();
    for (T row : rows.value()) {
        row.*field = to;
        CULTIVATE_TRY(plan.update(row));
    }
    return static_cast<int>(rows.value().size());
}

// The months of the year before a renewal: the kept member gains those they lacked; a month both
// had goes with the merged record.
Result<void> moveCarriedActivity(Plan &plan, Id keptId, Id mergedId)
{
    auto kept = plan.listWhere<CarriedActivity>(QStringLiteral("member_id"), keptId);
    if (!kept.ok())
        return kept.error();
    QSet<QString> months;
    for (const CarriedActivity &a : kept.value())
        months.insert(a.month);
    auto merged = plan.listWhere<CarriedActivity>(QStringLiteral("member_id"), mergedId);
    if (!merged.ok())
        return merged.error();
    for (CarriedActivity a : merged.value()) {
        if (months.contains(a.month))
            continue;
        a.memberId = keptId;
        CULTIVATE_TRY(plan.update(a));
    }
    return {};
}

Result<void> moveAttendance(Plan &plan, Id keptId, Id mergedId, MemberMergeSummary &summary)
{
    auto keptRows = plan.listWhere<Attendance>(QStringLiteral("member_id"), keptId);
    if (!keptRows.ok())
        return keptRows.error();
    auto mergedRows = plan.listWhere<Attendance>(QStringLiteral("member_id"), mergedId);
    if (!mergedRows.ok())
        return mergedRows.error();
    QHash<Id, Attendance> keptByEvent;
    for (const Attendance &row : keptRows.value())
        keptByEvent.insert(row.eventId, row);
    for (Attendance row : mergedRows.value()) {
        const auto both = keptByEvent.constFind(row.eventId);
        if (both == keptByEvent.cend()) {
            row.memberId = keptId;
            CULTIVATE_TRY(plan.update(row));
            ++summary.attendanceMoved;
            continue;
        }
        // The (event, member) pair is unique: the merged row goes before the kept row changes.
        CULTIVATE_TRY(plan.remove<Attendance>(row.id));
        const Attendance combined = mergedAttendance(*both, row);
        if (!(combined == *both))
            CULTIVATE_TRY(plan.update(combined));
        ++summary.attendanceCombined;
    }
    return {};
}

Result<int> moveStoryLinks(Plan &plan, Id keptId, Id mergedId)
{
    auto stories = plan.list<Story>();
    if (!stories.ok())
        return stories.error();
    int moved = 0;
    for (Story story : stories.value()) {
        if (!story.memberIds.contains(mergedId))
            continue;
        QList<Id> members;
        for (Id id : std::as_const(story.memberIds)) {
            const Id member = id == mergedId ? keptId : id;
            if (!members.contains(member))
                members.append(member);
        }
        story.memberIds = members;
        CULTIVATE_TRY(plan.update(story));
        ++moved;
    }
    return moved;
}

} // namespace

Member mergedMember(const Member &kept, const Member &merged)
{
    Member result = kept;
    const auto addAlias = [&result](const QString &alias) {
        const QString name = alias.trimmed();
        if (name.isEmpty() || name.compare(result.name, Qt::CaseInsensitive) == 0)
            return;
        const bool known = std::any_of(result.aliases.cbegin(), result.aliases.cend(), [&name](const QString &other) {
            return other.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            result.aliases.append(name);
    };
    addAlias(merged.name);
    for (const QString &alias : merged.aliases)
        addAlias(alias);

    if (result.email.isEmpty())
        result.email = merged.email;
    if (result.organisation.isEmpty())
        result.organisation = merged.organisation;
    if (!result.joinedDate.isValid())
        result.joinedDate = merged.joinedDate;
    // A left date before the kept joined date would break the record (and means the person came back).
    if (!result.leftDate.isValid() && (!result.joinedDate.isValid() || merged.leftDate >= result.joinedDate))
        result.leftDate = merged.leftDate;
    if (!result.commitmentSigned.isValid())
        result.commitmentSigned = merged.commitmentSigned;
    const QString otherNotes = merged.notes.trimmed();
    if (result.notes.trimmed().isEmpty())
        result.notes = merged.notes;
    else if (!otherNotes.isEmpty() && !result.notes.contains(otherNotes))
        result.notes = result.notes.trimmed() + QStringLiteral("\n\n") + otherNotes;
    return result;
}

Attendance mergedAttendance(const Attendance &kept, const Attendance &merged)
{
    Attendance result = kept;
    if (weight(merged.status) > weight(kept.status))
        result.status = merged.status;
    if (merged.minutes && (!kept.minutes || *merged.minutes > *kept.minutes))
        result.minutes = merged.minutes;
    if (!result.importId)
        result.importId = merged.importId;
    return result;
}

Result<MemberMergeSummary> mergeMembers(Plan &plan, Id keptId, Id mergedId)
{
    if (keptId == mergedId)
        return makeError(ErrorCode::InvalidInput, MemberMergeText::tr("A member cannot be merged into itself."));
    MemberMergeSummary summary;
    auto done = plan.transaction([&]() -> Result<void> {
        auto kept = plan.get<Member>(keptId);
        if (!kept.ok())
            return kept.error();
        auto merged = plan.get<Member>(mergedId);
        if (!merged.ok())
            return merged.error();

        CULTIVATE_TRY(moveAttendance(plan, keptId, mergedId, summary));
        const QString memberColumn = QStringLiteral("member_id");
        auto contributions = moveRows<Contribution>(plan, memberColumn, mergedId, keptId, &Contribution::memberId);
        if (!contributions.ok())
            return contributions.error();
        summary.contributions = contributions.value();
        auto recognitions = moveRows<Recognition>(plan, memberColumn, mergedId, keptId, &Recognition::memberId);
        if (!recognitions.ok())
            return recognitions.error();
        summary.recognitions = recognitions.value();
        auto responses = moveRows<Response>(plan, memberColumn, mergedId, keptId, &Response::memberId);
        if (!responses.ok())
            return responses.error();
        summary.responses = responses.value();
        auto resources = moveRows<Resource>(plan, QStringLiteral("author_id"), mergedId, keptId, &Resource::authorId);
        if (!resources.ok())
            return resources.error();
        summary.resources = resources.value();
        CULTIVATE_TRY(moveCarriedActivity(plan, keptId, mergedId));
        auto stories = moveStoryLinks(plan, keptId, mergedId);
        if (!stories.ok())
            return stories.error();
        summary.stories = stories.value();

        // The merged member goes first so that no alias or email of the kept record meets it.
        CULTIVATE_TRY(plan.remove<Member>(mergedId));
        return plan.update(mergedMember(kept.value(), merged.value()));
    });
    if (!done.ok())
        return done.error();
    return summary;
}

#undef CULTIVATE_TRY

} // namespace cultivate
