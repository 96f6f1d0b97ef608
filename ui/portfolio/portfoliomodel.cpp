// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/portfolio/portfoliomodel.h"

#include "core/assessment/glossary.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>

namespace cultivate {

namespace {

const QString Undefined = QStringLiteral("–");

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString eventText(const std::optional<PortfolioEvent> &event)
{
    if (!event)
        return Undefined;
    return PortfolioModel::tr("%1 · %2").arg(formatDate(event->date), event->title);
}

} // namespace

PortfolioModel::PortfolioModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PortfolioModel::setRows(QList<PortfolioRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PortfolioModel::unreadableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PortfolioRow &r) { return !r.readable(); }));
}

QString PortfolioModel::reasonText(const PortfolioRow &row)
{
    if (row.readable())
        return {};
    QString reason = row.error->message;
    // Messages name the file first ("/path/plan.cop: the file is empty"); the row already names it.
    for (const QString &path : {QDir::toNativeSeparators(row.path), row.path, QFileInfo(row.path).fileName()}) {
        if (reason.startsWith(path + QStringLiteral(": ")))
            return reason.mid(path.size() + 2);
    }
    return reason;
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortfolioModel::display(const PortfolioRow &row, int column) const
{
    if (!row.readable()) {
        switch (column) {
        case CommunityColumn:
            return QFileInfo(row.path).fileName();
        case VerdictColumn:
            return tr("Cannot be read");
        case ReasonColumn:
            return reasonText(row);
        default:
            return {};
        }
    }
    switch (column) {
    case CommunityColumn:
        return row.name;
    case StageColumn:
        return row.stage ? label(*row.stage) : Undefined;
    case MembersColumn:
        return formatCount(row.members);
    case ActiveColumn:
        if (!row.activeLatestMonth)
            return Undefined;
        return tr("%1 (%2)").arg(formatCount(*row.activeLatestMonth),
                                 QLocale().toString(monthStart(row.latestCompleteMonth), QStringLiteral("MMM yyyy")));
    case StickinessColumn:
        return row.stickiness ? formatPercent(*row.stickiness) : Undefined;
    case ReachColumn:
        return row.reach ? formatPercent(*row.reach) : Undefined;
    case NewcomersColumn:
        return formatCount(row.newcomers);
    case VerdictColumn:
        return HealthCheck::label(row.verdict);
    case LastEventColumn:
        return eventText(row.lastEvent);
    case NextEventColumn:
        return eventText(row.nextEvent);
    default:
        return {};
    }
}

QVariant PortfolioModel::sortValue(const PortfolioRow &row, int column) const
{
    if (column == CommunityColumn)
        return display(row, column).toCaseFolded();
    if (column == ReasonColumn)
        return reasonText(row);
    if (!row.readable())
        return {};
    const auto day = [](const std::optional<PortfolioEvent> &event) {
        return event ? QVariant(event->date.toJulianDay()) : QVariant();
    };
    switch (column) {
    case StageColumn:
        return row.stage ? QVariant(int(*row.stage)) : QVariant();
    case MembersColumn:
        return row.members;
    case ActiveColumn:
        return row.activeLatestMonth ? QVariant(*row.activeLatestMonth) : QVariant();
    case StickinessColumn:
        return optionalNumber(row.stickiness);
    case ReachColumn:
        return optionalNumber(row.reach);
    case NewcomersColumn:
        return row.newcomers;
    case VerdictColumn:
        return int(row.verdict);
    case LastEventColumn:
        return day(row.lastEvent);
    case NextEventColumn:
        return day(row.nextEvent);
    default:
        return {};
    }
}

QString PortfolioModel::toolTip(const PortfolioRow &row) const
{
    const QString path = QDir::toNativeSeparators(row.path);
    if (!row.readable())
        return tr("%1\nCannot be read: %2").arg(path, reasonText(row));
    return tr("%1\nFigures from %2 to %3").arg(path, formatDate(row.from), formatDate(row.to));
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const PortfolioRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        if (column >= MembersColumn && column <= NewcomersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // The dashboard's and the Overview's verdict colours, chosen for the current palette.
        if (column == VerdictColumn || (column == ReasonColumn && !row.readable()))
            return row.readable() && row.verdict == Verdict::Healthy ? successColour() : warningColour();
        return {};
    case Qt::FontRole:
        if (column == VerdictColumn && (!row.readable() || row.verdict == Verdict::Act)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        return sortValue(row, column);
    case PathRole:
        return row.path;
    case ReadableRole:
        return row.readable();
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CommunityColumn:
            return tr("Community");
        case StageColumn:
            return tr("Stage");
        case MembersColumn:
            return tr("Members");
        case ActiveColumn:
            return tr("Active (month)");
        case StickinessColumn:
            return tr("Stickiness");
        case ReachColumn:
            return tr("Reach");
        case NewcomersColumn:
            return tr("Newcomers");
        case VerdictColumn:
            return tr("Verdict");
        case LastEventColumn:
            return tr("Last event");
        case NextEventColumn:
            return tr("Next event");
        case ReasonColumn:
            return tr("Why it cannot be read");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // The glossary's definitions, the same the dashboard and the report give.
        const auto defined = [](const char *key) {
            const auto entry = Glossary::entry(QString::fromLatin1(key));
            return entry ? entry->definition : QString();
        };
        switch (section) {
        case StageColumn:
            return tr("The lifecycle stage the community is in.");
        case MembersColumn:
            return tr("Members counted in the period. %1").arg(defined("window"));
        case ActiveColumn:
            return tr("Active members in the latest complete month (that month in brackets). %1 %2")
                .arg(defined("active_members"), defined("latest_complete_month"));
        case StickinessColumn:
            return defined("stickiness");
        case ReachColumn:
            return defined("reach");
        case NewcomersColumn:
            return tr("Newcomers in the period, all months together. %1").arg(defined("newcomers"));
        case VerdictColumn:
            return defined("health_check");
        case LastEventColumn:
            return tr("The latest held event up to today.");
        case NextEventColumn:
            return tr("The next planned event from today on.");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

PortfolioSortModel::PortfolioSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool PortfolioSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isValid() != b.isValid())
        return a.isValid() == (sortOrder() == Qt::AscendingOrder); // rows without a value last
    if (!a.isValid())
        return false;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cultivate
