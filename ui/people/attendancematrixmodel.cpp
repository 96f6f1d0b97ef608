// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/attendancematrixmodel.h"

#include "ui/common/formatting.h"
#include "ui/people/membernames.h"

#include <QFont>

namespace cultivate {

AttendanceMatrixModel::AttendanceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AttendanceMatrixModel::Prepared AttendanceMatrixModel::prepare(AttendanceMatrix matrix)
{
    Prepared prepared;
    prepared.matrix = std::move(matrix);
    const AttendanceMatrix &m = prepared.matrix;
    prepared.rates.reserve(m.members.size());
    for (qsizetype i = 0; i < m.members.size(); ++i)
        prepared.rates.append(m.memberRate(i));
    prepared.turnouts.reserve(m.events.size());
    for (qsizetype e = 0; e < m.events.size(); ++e)
        prepared.turnouts.append(m.eventTurnout(e));
    prepared.names = distinctMemberNames(m.members);
    return prepared;
}

void AttendanceMatrixModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_matrix = std::move(prepared.matrix);
    m_rates = std::move(prepared.rates);
    m_turnouts = std::move(prepared.turnouts);
    m_names = std::move(prepared.names);
    endResetModel();
}

QString AttendanceMatrixModel::shownName(int row) const
{
    const Member &member = m_matrix.members.at(row);
    return m_names.value(member.id, member.name);
}

int AttendanceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.members.size()) + 1;
}

int AttendanceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstEventColumn + int(m_matrix.events.size());
}

QVariant AttendanceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool turnout = row == turnoutRow();
    if (role == Qt::FontRole && turnout) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return column == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    if (role == SortRole) {
        if (column == NameColumn)
            return turnout ? QString() : shownName(row);
        if (column == RateColumn)
            return turnout ? -1.0 : m_rates.at(row).value_or(-1.0);
        return data(index, Qt::DisplayRole);
    }
    if (turnout) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column == NameColumn)
            return tr("Turnout");
        if (column == RateColumn)
            return {};
        const auto &share = m_turnouts.at(column - FirstEventColumn);
        return share ? formatPercent(*share) : QString();
    }
    if (column == NameColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(shownName(row)) : QVariant();
    if (column == RateColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const auto &rate = m_rates.at(row);
        return rate ? formatPercent(*rate) : QString();
    }
    const qsizetype e = column - FirstEventColumn;
    const auto cell = m_matrix.cell(row, e);
    if (role == Qt::DisplayRole) {
        if (!cell)
            return QString();
        switch (cell->status) {
        case AttendanceStatus::Present:
            return m_matrix.credited(*cell, m_matrix.events.at(e)) ? QStringLiteral("✓") : QStringLiteral("○");
        case AttendanceStatus::Absent:
            return QStringLiteral("✗");
        case AttendanceStatus::Excused:
            return tr("E", "excused");
        }
    }
    if (role == Qt::ToolTipRole && cell) {
        QString text = label(cell->status);
        if (cell->minutes)
            text = tr("%1, %2 min").arg(text).arg(*cell->minutes);
        if (cell->status == AttendanceStatus::Present && !m_matrix.credited(*cell, m_matrix.events.at(e)))
            text = tr("%1 (under the minutes threshold: not credited)").arg(text);
        return text;
    }
    return {};
}

QVariant AttendanceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == NameColumn)
        return tr("Member");
    if (section == RateColumn)
        return tr("Rate");
    const Event &event = m_matrix.events.at(section - FirstEventColumn);
    if (role == Qt::ToolTipRole)
        return tr("%1, %2").arg(event.title, formatDate(event.start.date()));
    // The date and, beneath it, the title cut short, so that events on one day are told apart; the
    // tooltip has the title whole.
    constexpr qsizetype longest = 13; // fits the column (the matrix tab sizes it for this)
    QString title = event.title.simplified();
    if (title.size() > longest)
        title = title.left(longest - 1).trimmed() + QStringLiteral("…");
    const QString date = event.start.date().toString(QStringLiteral("d MMM"));
    return title.isEmpty() ? date : date + QLatin1Char('\n') + title;
}

} // namespace cultivate
