// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace cultivate {

// Sorts the resource table by any column and keeps the resources that match a search (title,
// location, description, tags, author), a tag and a kind.
class ResourceFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterModel)

public:
    explicit ResourceFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    // Empty = any tag; compared without regard to case.
    void setTag(const QString &tag);
    // -1 = any kind, else a ResourceKind as int.
    void setKind(int kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search{};
    QString m_tag{};
    int m_kind = -1;
};

} // namespace cultivate
