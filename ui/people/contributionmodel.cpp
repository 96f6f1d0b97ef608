// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/contributionmodel.h"

#include "core/lifecycle/stageguide.h"
#include "core/storage/plantask.h"
#include "ui/common/formatting.h"
#include "ui/people/membernames.h"

#include <algorithm>

namespace cultivate {

namespace {

ContributionModel::Log readLog(const Plan &plan)
{
    ContributionModel::Log log;
    if (auto rows = plan.list<Contribution>(); rows.ok())
        log.rows = rows.value();
    if (auto members = plan.list<Member>(); members.ok()) {
        log.members = distinctMemberNames(members.value());
    }
    if (auto events = plan.list<Event>(); events.ok()) {
        for (const Event &event : events.value())
            log.events.insert(event.id, event.title);
    }
    if (auto weights = plan.list<ContributionWeight>(); weights.ok()) {
        for (const ContributionWeight &weight : weights.value())
            log.weights.insert(static_cast<int>(weight.kind), weight.weight);
    }
    return log;
}

int weightIn(const ContributionModel::Log &log, ContributionKind kind)
{
    return log.weights.value(static_cast<int>(kind), defaultContributionWeight(kind));
}

// Whether `a` goes before `b` when sorted by `column` in `order`; ties go by id (the order logged).
bool goesBefore(const ContributionModel::Log &log, int column, Qt::SortOrder order, const Contribution &a,
                const Contribution &b)
{
    int c = 0;
    switch (column) {
    case ContributionModel::DateColumn:
        c = a.date < b.date ? -1 : (b.date < a.date ? 1 : 0);
        break;
    case ContributionModel::MemberColumn:
        c = log.members.value(a.memberId).compare(log.members.value(b.memberId));
        break;
    case ContributionModel::KindColumn:
        c = a.kind == b.kind ? 0 : label(a.kind).compare(label(b.kind));
        break;
    case ContributionModel::WeightColumn:
        c = weightIn(log, a.kind) - weightIn(log, b.kind);
        break;
    case ContributionModel::EventColumn:
        c = (a.eventId ? log.events.value(*a.eventId) : QString())
                .compare(b.eventId ? log.events.value(*b.eventId) : QString());
        break;
    case ContributionModel::NoteColumn:
        c = a.note.compare(b.note);
        break;
    default:
        break;
    }
    if (c != 0)
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    return a.id < b.id;
}

void sortRows(QList<Contribution> &rows, const ContributionModel::Log &names, int column, Qt::SortOrder order)
{
    std::sort(rows.begin(), rows.end(),
              [&](const Contribution &a, const Contribution &b) { return goesBefore(names, column, order, a, b); });
}

} // namespace

ContributionModel::ContributionModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(new TaskRunner(this))
{
    connect(m_runner, &TaskRunner::busyChanged, this, &ContributionModel::loadingChanged);
}

ContributionModel::~ContributionModel() = default;

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
    // Another plan's rows are never shown while this one's load.
    beginResetModel();
    m_rows.clear();
    m_names = {};
    endResetModel();
    reload();
}

bool ContributionModel::isLoading() const
{
    return m_runner->isBusy();
}

// Reads the rows again through startOnPlan (here for an in-memory plan, on a worker thread for a plan
// file). The rows on show stay until the new ones arrive.
void ContributionModel::reload()
{
    m_runner->cancel();
    if (!m_plan) {
        show({}, m_sortColumn, m_sortOrder);
        return;
    }
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    startOnPlan<Log>(
        *m_runner, *m_plan,
        [column, order](const Plan &plan, TaskControl &control) {
            Log log = readLog(plan);
            if (!control.isCancelled())
                sortRows(log.rows, log, column, order);
            return log;
        },
        [this, column, order](Result<Log> log) {
            if (log.ok()) // a file that cannot be read again leaves the rows on show
                show(std::move(log).value(), column, order);
        });
}

// Puts `log` on show; its rows are already sorted when `sortColumn` and `sortOrder` are the model's.
void ContributionModel::show(Log log, int sortColumn, Qt::SortOrder sortOrder)
{
    if (sortColumn != m_sortColumn || sortOrder != m_sortOrder)
        sortRows(log.rows, log, m_sortColumn, m_sortOrder);
    beginResetModel();
    m_rows = std::move(log.rows);
    log.rows.clear();
    m_names = std::move(log);
    endResetModel();
}

void ContributionModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

// Sorts the rows on show again, keeping every persistent index on its contribution.
void ContributionModel::resort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Id> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    sortRows(m_rows, m_names, m_sortColumn, m_sortOrder);
    QModelIndexList after;
    after.reserve(before.size());
    if (!before.isEmpty()) {
        QHash<Id, int> rowOfId;
        for (int row = 0; row < m_rows.size(); ++row)
            rowOfId.insert(m_rows.at(row).id, row);
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOfId.value(ids.at(i)), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ContributionModel::weightOf(ContributionKind kind) const
{
    return weightIn(m_names, kind);
}

int ContributionModel::rowOf(Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

// Where `contribution` goes among the rows on show (which must not hold it).
int ContributionModel::sortedPosition(const Contribution &contribution) const
{
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), contribution,
                                     [this](const Contribution &a, const Contribution &b) {
                                         return goesBefore(m_names, m_sortColumn, m_sortOrder, a, b);
                                     });
    return int(at - m_rows.cbegin());
}

void ContributionModel::onAdded(EntityKind kind, Id id)
{
    if (isLoading()) {
        // The rows being read may miss this change: read them again.
        if (kind == EntityKind::Contribution || kind == EntityKind::Member || kind == EntityKind::Event ||
            kind == EntityKind::ContributionWeight)
            reload();
        return;
    }
    if (kind != EntityKind::Contribution) {
        if (kind == EntityKind::Member || kind == EntityKind::Event || kind == EntityKind::ContributionWeight)
            onUpdated(kind, id);
        return;
    }
    auto added = m_plan->get<Contribution>(id);
    if (!added.ok())
        return;
    const int row = sortedPosition(added.value());
    beginInsertRows({}, row, row);
    m_rows.insert(row, added.value());
    endInsertRows();
}

void ContributionModel::onUpdated(EntityKind kind, Id id)
{
    if (isLoading()) {
        if (kind == EntityKind::Contribution || kind == EntityKind::Member || kind == EntityKind::Event ||
            kind == EntityKind::ContributionWeight)
            reload();
        return;
    }
    if (kind == EntityKind::Contribution) {
        const int row = rowOf(id);
        auto changed = m_plan->get<Contribution>(id);
        if (row < 0 || !changed.ok())
            return;
        const Contribution before = m_rows.takeAt(row);
        const int position = sortedPosition(changed.value());
        m_rows.insert(row, before);
        if (position != row) {
            // The list without the row puts it at `position`; Qt counts the destination with it.
            beginMoveRows({}, row, row, {}, position > row ? position + 1 : position);
            m_rows.move(row, position);
            m_rows[position] = changed.value();
            endMoveRows();
        } else {
            m_rows[row] = changed.value();
        }
        emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
    } else if (kind == EntityKind::Member || kind == EntityKind::Event || kind == EntityKind::ContributionWeight) {
        // Only the one name (or the weights) is read again, and only the rows that show it change:
        // an import updates hundreds of members, one signal each.
        int column = WeightColumn;
        if (kind == EntityKind::Member) {
            auto member = m_plan->get<Member>(id);
            if (!member.ok())
                return;
            // Namesakes show their organisation (or e-mail), as the log was read. An unchanged name
            // keeps what it was (an import updates hundreds of members); a new one is looked up.
            const QString raw = member.value().name;
            const QString before = m_names.members.value(id);
            if (before == raw)
                return;
            bool shared = before.startsWith(raw + QStringLiteral(" ("));
            if (!shared) {
                const QString key = memberNameKey(raw);
                for (auto it = m_names.members.cbegin(); it != m_names.members.cend() && !shared; ++it) {
                    if (it.key() != id && it.value().startsWith(raw.left(1), Qt::CaseInsensitive)) {
                        const QString other = memberNameKey(it.value());
                        shared = other == key || other.startsWith(key + QStringLiteral(" ("));
                    }
                }
            }
            const QString shown = distinctMemberName(member.value(), shared);
            if (m_names.members.value(id) == shown)
                return;
            m_names.members.insert(id, shown);
            column = MemberColumn;
        } else if (kind == EntityKind::Event) {
            auto event = m_plan->get<Event>(id);
            if (!event.ok() || m_names.events.value(id) == event.value().title)
                return;
            m_names.events.insert(id, event.value().title);
            column = EventColumn;
        } else {
            m_names.weights.clear();
            if (auto weights = m_plan->list<ContributionWeight>(); weights.ok()) {
                for (const ContributionWeight &weight : weights.value())
                    m_names.weights.insert(static_cast<int>(weight.kind), weight.weight);
            }
        }
        if (kind == EntityKind::ContributionWeight && !m_rows.isEmpty())
            emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
        for (int row = 0; kind != EntityKind::ContributionWeight && row < m_rows.size(); ++row) {
            const Contribution &c = m_rows.at(row);
            if ((kind == EntityKind::Member && c.memberId == id) || (kind == EntityKind::Event && c.eventId == id))
                emit dataChanged(index(row, column), index(row, column));
        }
        if (m_sortColumn == column)
            resort();
    }
}

void ContributionModel::onRemoved(EntityKind kind, Id id)
{
    if (isLoading()) {
        if (kind == EntityKind::Contribution || kind == EntityKind::Member || kind == EntityKind::Event)
            reload();
        return;
    }
    if (kind == EntityKind::Member) {
        // The member's contributions went with them (cascade).
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (m_rows.at(row).memberId != id)
                continue;
            int first = row;
            while (first > 0 && m_rows.at(first - 1).memberId == id)
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        }
        m_names.members.remove(id);
        return;
    }
    if (kind == EntityKind::Event) {
        // Its contributions lose their link to it.
        m_names.events.remove(id);
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).eventId == id) {
                m_rows[row].eventId.reset();
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        if (m_sortColumn == EventColumn)
            resort();
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
        return m_names.members.value(c.memberId);
    case KindColumn:
        return label(c.kind);
    case WeightColumn:
        return weightOf(c.kind);
    case EventColumn:
        return c.eventId ? m_names.events.value(*c.eventId) : QString();
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
