// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/membertablemodel.h"

#include "core/storage/plan.h"
#include "core/storage/plantask.h"
#include "ui/common/formatting.h"

#include <utility>

namespace cultivate {

namespace {

QString searchTextOf(const Member &member)
{
    QStringList parts{member.name, member.email, member.organisation};
    parts.append(member.aliases);
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

// The members in id order, as core lists them, with their search text; stops early once cancelled.
Result<MemberTableModel::Rows> readRows(const Plan &plan, const TaskControl &control)
{
    auto members = plan.list<Member>();
    if (!members.ok())
        return members.error();
    MemberTableModel::Rows rows;
    rows.members = std::move(members).value();
    rows.searchText.reserve(rows.members.size());
    for (const Member &member : std::as_const(rows.members)) {
        if (control.isCancelled())
            return MemberTableModel::Rows{};
        rows.searchText.append(searchTextOf(member));
    }
    return rows;
}

QVariant checkState(bool on)
{
    return on ? Qt::Checked : Qt::Unchecked;
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(new TaskRunner(this))
{
}

MemberTableModel::~MemberTableModel() = default;

void MemberTableModel::setPlan(Plan *plan)
{
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    m_plan = plan;
    if (m_plan) {
        connect(m_plan, &Plan::entityAdded, this, &MemberTableModel::onAdded);
        connect(m_plan, &Plan::entityUpdated, this, &MemberTableModel::onUpdated);
        connect(m_plan, &Plan::entityRemoved, this, &MemberTableModel::onRemoved);
        connect(m_plan, &Plan::reset, this, &MemberTableModel::reload);
    }
    // Another plan's members are never shown while this one's load.
    if (!m_members.isEmpty())
        show({});
    reload();
}

bool MemberTableModel::isLoading() const
{
    return m_runner->isBusy();
}

// Reads the members again: here for an in-memory plan, on a worker thread for a plan file. The rows
// on show stay until the new ones arrive.
void MemberTableModel::reload()
{
    if (!m_plan) {
        m_runner->cancel();
        show({});
        announceLoaded();
        return;
    }
    startOnPlan<Rows>(*m_runner, *m_plan, &readRows, [this](Result<Rows> rows) {
        // A plan file that cannot be read again leaves the rows on show as they are.
        if (rows.ok())
            show(std::move(rows).value());
        announceLoaded();
    });
    if (isLoading() && !m_loadingAnnounced) {
        m_loadingAnnounced = true;
        emit loadingChanged(true);
    }
}

void MemberTableModel::announceLoaded()
{
    if (std::exchange(m_loadingAnnounced, false))
        emit loadingChanged(false);
}

void MemberTableModel::show(Rows rows)
{
    beginResetModel();
    m_members = std::move(rows.members);
    m_searchText = std::move(rows.searchText);
    m_rows.clear();
    m_rows.reserve(m_members.size());
    reindexFrom(0);
    endResetModel();
}

void MemberTableModel::reindexFrom(int row)
{
    for (qsizetype i = row; i < m_members.size(); ++i)
        m_rows.insert(m_members.at(i).id, static_cast<int>(i));
}

int MemberTableModel::rowOf(Id id) const
{
    return m_rows.value(id, -1);
}

void MemberTableModel::onAdded(EntityKind kind, Id id)
{
    if (kind != EntityKind::Member || !m_plan)
        return;
    if (isLoading()) {
        reload(); // the members being read may miss this one: read them again
        return;
    }
    if (rowOf(id) >= 0)
        return;
    auto member = m_plan->get<Member>(id);
    if (!member.ok())
        return;
    // Rows stay in id order, as core lists them, so that an undone removal returns to its place.
    const auto place = std::lower_bound(m_members.cbegin(), m_members.cend(), id,
                                        [](const Member &row, Id value) { return row.id < value; });
    const int row = static_cast<int>(place - m_members.cbegin());
    beginInsertRows({}, row, row);
    m_members.insert(row, member.value());
    m_searchText.insert(row, searchTextOf(member.value()));
    reindexFrom(row);
    endInsertRows();
}

void MemberTableModel::onUpdated(EntityKind kind, Id id)
{
    if (kind != EntityKind::Member || !m_plan)
        return;
    if (isLoading()) {
        reload();
        return;
    }
    const int row = rowOf(id);
    auto member = m_plan->get<Member>(id);
    if (row < 0 || !member.ok())
        return;
    m_members[row] = member.value();
    m_searchText[row] = searchTextOf(member.value());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberTableModel::onRemoved(EntityKind kind, Id id)
{
    if (kind != EntityKind::Member)
        return;
    if (isLoading()) {
        reload();
        return;
    }
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    m_searchText.removeAt(row);
    m_rows.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    switch (role) {
    case MemberIdRole:
        return member.id;
    case RoleRole:
        return static_cast<int>(member.role);
    case OrganisationRole:
        return member.organisation;
    case LeftDateRole:
        return member.leftDate;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case SortRole:
        switch (index.column()) {
        case RoleColumn:
            return static_cast<int>(member.role);
        case JoinedColumn:
            return member.joinedDate;
        case LeftColumn:
            return member.leftDate;
        case ConsentReportColumn:
            return int(member.consentReport);
        case ConsentQuoteColumn:
            return int(member.consentQuote);
        case CommitmentColumn:
            return member.commitmentSigned;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.name;
        case EmailColumn:
            return member.email;
        case OrganisationColumn:
            return member.organisation;
        case RoleColumn:
            return label(member.role);
        case JoinedColumn:
            return formatDate(member.joinedDate);
        case LeftColumn:
            return formatDate(member.leftDate);
        case CommitmentColumn:
            return formatDate(member.commitmentSigned);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == ConsentReportColumn)
            return checkState(member.consentReport);
        if (index.column() == ConsentQuoteColumn)
            return checkState(member.consentQuote);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == ConsentReportColumn)
            return member.consentReport ? tr("May be named in reports") : tr("Not to be named in reports");
        if (index.column() == ConsentQuoteColumn)
            return member.consentQuote ? tr("May be quoted") : tr("Not to be quoted");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !member.aliases.isEmpty())
            return tr("%1, also known as %2").arg(member.name, member.aliases.join(QStringLiteral(", ")));
        // Long addresses and organisation names are cut in the table; the tooltip shows them whole.
        if (index.column() == NameColumn || index.column() == EmailColumn || index.column() == OrganisationColumn) {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (index.column() == ConsentReportColumn || index.column() == ConsentQuoteColumn)
            return data(index, Qt::AccessibleTextRole);
        return {};
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ConsentReportColumn:
            return tr("Consents to be named in reports");
        case ConsentQuoteColumn:
            return tr("Consents to be quoted in stories");
        case CommitmentColumn:
            return tr("The date the member signed the commitment");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case OrganisationColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    case ConsentReportColumn:
        return tr("Named");
    case ConsentQuoteColumn:
        return tr("Quoted");
    case CommitmentColumn:
        return tr("Commitment");
    default:
        return {};
    }
}

} // namespace cultivate
