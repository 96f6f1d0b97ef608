// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace cultivate {

// Sorts the member table by any column and keeps the members that match a search (name, email,
// alias or organisation), a role, an organisation and whether they are active or have left.
class MemberFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilterModel)

public:
    enum class Presence { Any, Active, Left };

    explicit MemberFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    // -1 = any role, else a Role as int.
    void setRole(int role);
    // Empty = any organisation.
    void setOrganisation(const QString &organisation);
    void setPresence(Presence presence);
    // A member whose left date is after `today` is still active.
    void setToday(const QDate &today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search{};
    int m_role = -1;
    QString m_organisation{};
    Presence m_presence = Presence::Any;
    QDate m_today{};
};

} // namespace cultivate
