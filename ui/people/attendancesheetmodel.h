// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/storage/entitykind.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace cultivate {

class Plan;

// One event's attendance sheet: a row per member with their status (present, absent, excused or
// not recorded) and minutes. The model follows Plan's change signals; edits through setData() are
// not applied here but announced with attendanceEdited(), so that the page can run them as undo
// commands.
class AttendanceSheetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceSheetModel)

public:
    enum Column { NameColumn, OrganisationColumn, StatusColumn, MinutesColumn, ColumnCount };
    enum ItemRole { MemberIdRole = Qt::UserRole + 1, SortRole };

    explicit AttendanceSheetModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setPlan(Plan *plan);
    // 0 = no event: every member, nothing recorded.
    void setEvent(Id eventId);
    Id eventId() const { return m_eventId; }

    const Member &member(int row) const { return m_members.at(row); }
    // The member's name as the sheet shows it: with the organisation (or e-mail) when a namesake exists.
    QString shownName(int row) const;
    int rowOf(Id memberId) const;
    // The member's attendance row for the event, if one is recorded.
    std::optional<Attendance> attendance(Id memberId) const;
    // Present, absent and excused rows of the event.
    int count(AttendanceStatus status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Minutes typed into the sheet: a number, or empty for "unknown".
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user asked for this attendance of the member at the event: a status (nullopt removes the
    // record) and minutes.
    void attendanceEdited(cultivate::Id memberId, std::optional<cultivate::AttendanceStatus> status,
                          std::optional<int> minutes);
    // The event's recorded rows changed (for a summary line).
    void recordsChanged();

private:
    void reload();
    void loadRecords();
    void reindexFrom(int row);
    void touchMember(Id memberId);
    void onAdded(EntityKind kind, Id id);
    void onUpdated(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);

    QPointer<Plan> m_plan;
    Id m_eventId = 0;
    QList<Member> m_members{};
    QHash<QString, int> m_namesakes{}; // members by name key
    void countName(const Member &member, int change);
    QHash<Id, int> m_rows{};           // member id -> row
    QHash<Id, Attendance> m_records{}; // member id -> the event's attendance row
    QHash<Id, Id> m_memberOfRecord{};  // attendance id -> member id
};

} // namespace cultivate
