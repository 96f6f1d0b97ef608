// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/eventtablemodel.h"

#include "core/storage/plan.h"
#include "ui/common/formatting.h"

#include <QLocale>

namespace cultivate {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setPlan(Plan *plan)
{
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    m_plan = plan;
    if (m_plan) {
        connect(m_plan, &Plan::entityAdded, this, &EventTableModel::onAdded);
        connect(m_plan, &Plan::entityUpdated, this, &EventTableModel::onUpdated);
        connect(m_plan, &Plan::entityRemoved, this, &EventTableModel::onRemoved);
        connect(m_plan, &Plan::reset, this, &EventTableModel::reload);
    }
    reload();
}

void EventTableModel::reload()
{
    beginResetModel();
    m_events.clear();
    if (m_plan) {
        if (auto events = m_plan->list<Event>(); events.ok())
            m_events = events.value();
    }
    endResetModel();
}

int EventTableModel::rowOf(Id id) const
{
    for (qsizetype row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void EventTableModel::onAdded(EntityKind kind, Id id)
{
    if (kind != EntityKind::Event || !m_plan || rowOf(id) >= 0)
        return;
    auto event = m_plan->get<Event>(id);
    if (!event.ok())
        return;
    const int row = static_cast<int>(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(event.value());
    endInsertRows();
}

void EventTableModel::onUpdated(EntityKind kind, Id id)
{
    if (kind != EntityKind::Event || !m_plan)
        return;
    const int row = rowOf(id);
    auto event = m_plan->get<Event>(id);
    if (row < 0 || !event.ok())
        return;
    m_events[row] = event.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EventTableModel::onRemoved(EntityKind kind, Id id)
{
    if (kind != EntityKind::Event)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_events.removeAt(row);
    endRemoveRows();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case EventIdRole:
        return event.id;
    case StatusRole:
        return static_cast<int>(event.status);
    case KindRole:
        return static_cast<int>(event.kind);
    case SeriesRole:
        return event.seriesId.value_or(0);
    case SortRole:
        switch (index.column()) {
        case DateColumn:
        case TimeColumn:
            return event.start;
        case KindColumn:
            return label(event.kind);
        case StatusColumn:
            return static_cast<int>(event.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return formatDate(event.start.date());
        case TimeColumn:
            return event.start.time().toString(QStringLiteral("HH:mm"));
        case TitleColumn:
            return event.seriesId ? tr("%1 ↻").arg(event.title) : event.title;
        case KindColumn:
            return label(event.kind);
        case StatusColumn:
            return label(event.status);
        case LocationColumn:
            return event.location;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !event.topic.isEmpty())
            return event.topic;
        return {};
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Event");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace cultivate
