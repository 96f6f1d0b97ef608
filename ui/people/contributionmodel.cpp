// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/contributionmodel.h"

#include "core/lifecycle/stageguide.h"
#include "core/storage/plan.h"
#include "ui/common/formatting.h"

namespace cultivate {

ContributionModel::ContributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContributionModel::setPlan(Plan *plan)
{
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    m_plan = plan;
    if (m_plan) {
        connect(m_plan, &Plan::entityAdded, this, &ContributionModel::onAdded);
        connect(m_plan, &Plan::entityUpdated, this, &ContributionModel::onUpdated);
        connect(m_plan, &Plan::entityRemoved, this, &ContributionModel::onRemoved);
        connect(m_plan, &Plan::reset, this, &ContributionModel::reload);
    }
    reload();
}

void ContributionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_plan) {
        if (auto rows = m_plan->list<Contribution>(); rows.ok())
            m_rows = rows.value();
    }
    loadNames();
    endResetModel();
}

void ContributionModel::loadNames()
{
    m_members.clear();
    m_events.clear();
    m_weights.clear();
    if (!m_plan)
        return;
    if (auto members = m_plan->list<Member>(); members.ok()) {
        for (const Member &member : members.value())
            m_members.insert(member.id, member.name);
    }
    if (auto events = m_plan->list<Event>(); events.ok()) {
        for (const Event &event : events.value())
            m_events.insert(event.id, event.title);
    }
    if (auto weights = m_plan->list<ContributionWeight>(); weights.ok()) {
        for (const ContributionWeight &weight : weights.value())
            m_weights.insert(static_cast<int>(weight.kind), weight.weight);
    }
}

int ContributionModel::weightOf(ContributionKind kind) const
{
    return m_weights.value(static_cast<int>(kind), defaultContributionWeight(kind));
}

int ContributionModel::rowOf(Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ContributionModel::onAdded(EntityKind kind, Id id)
{
    if (kind != EntityKind::Contribution) {
        if (kind == EntityKind::Member || kind == EntityKind::Event || kind == EntityKind::ContributionWeight)
            onUpdated(kind, id);
        return;
    }
    auto added = m_plan->get<Contribution>(id);
    if (!added.ok())
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(added.value());
    endInsertRows();
}

void ContributionModel::onUpdated(EntityKind kind, Id id)
{
    if (kind == EntityKind::Contribution) {
        const int row = rowOf(id);
        auto changed = m_plan->get<Contribution>(id);
        if (row < 0 || !changed.ok())
            return;
        m_rows[row] = changed.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (kind == EntityKind::Member || kind == EntityKind::Event || kind == EntityKind::ContributionWeight) {
        loadNames();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

void ContributionModel::onRemoved(EntityKind kind, Id id)
{
    if (kind == EntityKind::Member || kind == EntityKind::Event) {
        // Their contributions went with a member (cascade); an event's lose their link.
        reload();
        return;
    }
    if (kind != EntityKind::Contribution)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int ContributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contribution &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return c.date;
        case WeightColumn:
            return weightOf(c.kind);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == WeightColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return formatDate(c.date);
    case MemberColumn:
        return m_members.value(c.memberId);
    case KindColumn:
        return label(c.kind);
    case WeightColumn:
        return weightOf(c.kind);
    case EventColumn:
        return c.eventId ? m_events.value(*c.eventId) : QString();
    case NoteColumn:
        return c.note;
    default:
        return {};
    }
}

QVariant ContributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MemberColumn:
        return tr("Member");
    case KindColumn:
        return tr("Kind");
    case WeightColumn:
        return tr("Weight");
    case EventColumn:
        return tr("Event");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace cultivate
