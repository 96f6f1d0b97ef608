// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/attendancesheetmodel.h"

#include "ui/people/membernames.h"

#include "core/storage/plan.h"

#include <QFont>

namespace cultivate {

AttendanceSheetModel::AttendanceSheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceSheetModel::setPlan(Plan *plan)
{
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    m_plan = plan;
    m_eventId = 0;
    if (m_plan) {
        connect(m_plan, &Plan::entityAdded, this, &AttendanceSheetModel::onAdded);
        connect(m_plan, &Plan::entityUpdated, this, &AttendanceSheetModel::onUpdated);
        connect(m_plan, &Plan::entityRemoved, this, &AttendanceSheetModel::onRemoved);
        connect(m_plan, &Plan::reset, this, &AttendanceSheetModel::reload);
    }
    reload();
}

void AttendanceSheetModel::setEvent(Id eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    loadRecords();
    if (!m_members.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, MinutesColumn));
    emit recordsChanged();
}

void AttendanceSheetModel::reload()
{
    beginResetModel();
    m_members.clear();
    m_rows.clear();
    m_namesakes.clear();
    if (m_plan) {
        if (auto members = m_plan->list<Member>(); members.ok())
            m_members = std::move(members).value();
    }
    m_namesakes.clear();
    for (const Member &member : std::as_const(m_members))
        ++m_namesakes[memberNameKey(member.name)];
    reindexFrom(0);
    loadRecords();
    endResetModel();
    emit recordsChanged();
}

void AttendanceSheetModel::loadRecords()
{
    m_records.clear();
    m_memberOfRecord.clear();
    if (!m_plan || m_eventId == 0)
        return;
    auto rows = m_plan->listWhere<Attendance>(QStringLiteral("event_id"), m_eventId);
    if (!rows.ok())
        return;
    for (const Attendance &row : rows.value()) {
        m_records.insert(row.memberId, row);
        m_memberOfRecord.insert(row.id, row.memberId);
    }
}

void AttendanceSheetModel::reindexFrom(int row)
{
    for (qsizetype i = row; i < m_members.size(); ++i)
        m_rows.insert(m_members.at(i).id, static_cast<int>(i));
}

QString AttendanceSheetModel::shownName(int row) const
{
    const Member &member = m_members.at(row);
    return distinctMemberName(member, m_namesakes.value(memberNameKey(member.name)) > 1);
}

void AttendanceSheetModel::countName(const Member &member, int change)
{
    const QString key = memberNameKey(member.name);
    int &count = m_namesakes[key];
    const bool sharedBefore = count > 1;
    count += change;
    // When a name becomes shared or stops being shared, its namesakes' rows show it anew.
    if ((count > 1) != sharedBefore && !m_members.isEmpty()) {
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            if (memberNameKey(m_members.at(i).name) == key)
                emit dataChanged(index(int(i), NameColumn), index(int(i), NameColumn));
        }
    }
    if (count <= 0)
        m_namesakes.remove(key);
}

int AttendanceSheetModel::rowOf(Id memberId) const
{
    return m_rows.value(memberId, -1);
}

std::optional<Attendance> AttendanceSheetModel::attendance(Id memberId) const
{
    const auto found = m_records.constFind(memberId);
    if (found == m_records.cend())
        return std::nullopt;
    return *found;
}

int AttendanceSheetModel::count(AttendanceStatus status) const
{
    int total = 0;
    for (const Attendance &row : m_records) {
        if (row.status == status)
            ++total;
    }
    return total;
}

void AttendanceSheetModel::touchMember(Id memberId)
{
    const int row = rowOf(memberId);
    if (row >= 0)
        emit dataChanged(index(row, StatusColumn), index(row, MinutesColumn));
    emit recordsChanged();
}

void AttendanceSheetModel::onAdded(EntityKind kind, Id id)
{
    if (!m_plan)
        return;
    if (kind == EntityKind::Member) {
        if (rowOf(id) >= 0)
            return;
        auto member = m_plan->get<Member>(id);
        if (!member.ok())
            return;
        const auto place = std::lower_bound(m_members.cbegin(), m_members.cend(), id,
                                            [](const Member &row, Id value) { return row.id < value; });
        const int row = static_cast<int>(place - m_members.cbegin());
        beginInsertRows({}, row, row);
        m_members.insert(row, member.value());
        reindexFrom(row);
        endInsertRows();
        countName(member.value(), 1);
        return;
    }
    if (kind != EntityKind::Attendance || m_eventId == 0)
        return;
    auto record = m_plan->get<Attendance>(id);
    if (!record.ok() || record.value().eventId != m_eventId)
        return;
    m_records.insert(record.value().memberId, record.value());
    m_memberOfRecord.insert(id, record.value().memberId);
    touchMember(record.value().memberId);
}

void AttendanceSheetModel::onUpdated(EntityKind kind, Id id)
{
    if (!m_plan)
        return;
    if (kind == EntityKind::Member) {
        const int row = rowOf(id);
        auto member = m_plan->get<Member>(id);
        if (row < 0 || !member.ok())
            return;
        countName(m_members.at(row), -1);
        m_members[row] = member.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        countName(m_members.at(row), 1);
        return;
    }
    if (kind != EntityKind::Attendance || m_eventId == 0)
        return;
    auto record = m_plan->get<Attendance>(id);
    if (!record.ok())
        return;
    // A row can move to another member (a merge): forget where it was first.
    if (const Id previous = m_memberOfRecord.value(id, 0); previous != 0) {
        m_records.remove(previous);
        m_memberOfRecord.remove(id);
        touchMember(previous);
    }
    if (record.value().eventId != m_eventId)
        return;
    m_records.insert(record.value().memberId, record.value());
    m_memberOfRecord.insert(id, record.value().memberId);
    touchMember(record.value().memberId);
}

void AttendanceSheetModel::onRemoved(EntityKind kind, Id id)
{
    if (kind == EntityKind::Member) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        const Member gone = m_members.at(row);
        beginRemoveRows({}, row, row);
        m_members.removeAt(row);
        m_rows.remove(id);
        reindexFrom(row);
        // The plan removes the member's attendance with it (ON DELETE CASCADE), without notices.
        if (const auto record = m_records.constFind(id); record != m_records.cend()) {
            m_memberOfRecord.remove(record->id);
            m_records.erase(record);
        }
        endRemoveRows();
        countName(gone, -1);
        emit recordsChanged();
        return;
    }
    if (kind == EntityKind::Event && id == m_eventId) {
        setEvent(0);
        return;
    }
    if (kind != EntityKind::Attendance)
        return;
    const Id memberId = m_memberOfRecord.value(id, 0);
    if (memberId == 0)
        return;
    m_memberOfRecord.remove(id);
    m_records.remove(memberId);
    touchMember(memberId);
}

int AttendanceSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int AttendanceSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceSheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    const auto found = m_records.constFind(member.id);
    const Attendance *record = found == m_records.cend() ? nullptr : &*found;
    switch (role) {
    case MemberIdRole:
        return member.id;
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return record ? static_cast<int>(record->status) : 99;
        case MinutesColumn:
            return record && record->minutes ? *record->minutes : -1;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return shownName(index.row());
        case OrganisationColumn:
            return member.organisation;
        case StatusColumn:
            return record ? label(record->status) : tr("—");
        case MinutesColumn:
            return record && record->minutes ? QVariant(*record->minutes) : QVariant();
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == MinutesColumn)
            return record && record->minutes ? *record->minutes : 0;
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn && !record)
            return tr("Not recorded");
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == StatusColumn && record && record->status == AttendanceStatus::Present) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MinutesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AttendanceSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Member");
    case OrganisationColumn:
        return tr("Organisation");
    case StatusColumn:
        return tr("Attendance");
    case MinutesColumn:
        return tr("Minutes");
    default:
        return {};
    }
}

Qt::ItemFlags AttendanceSheetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MinutesColumn && m_eventId != 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttendanceSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != MinutesColumn || m_eventId == 0 ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Id memberId = m_members.at(index.row()).id;
    std::optional<int> minutes;
    bool ok = true;
    const int number = value.toInt(&ok);
    if (ok && !value.toString().trimmed().isEmpty())
        minutes = qMax(0, number);
    const auto record = attendance(memberId);
    if (record && record->minutes == minutes)
        return false;
    // Minutes for someone not recorded yet mean they were there.
    emit attendanceEdited(memberId, record ? record->status : AttendanceStatus::Present, minutes);
    return true;
}

} // namespace cultivate
