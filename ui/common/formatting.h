// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cultivate {

// Dates and numbers as the user's locale writes them.
QString formatDate(const QDate &date); // empty for an invalid date
// The pattern formatDate() writes with, for date fields that show and read dates the same way.
QString dateFormat();
QString formatPeriod(const QDate &from, const QDate &to); // "from – to"; empty when neither is set
QString formatNumber(double value);                       // shortest exact form: 12, 12.5
QString formatAmount(double value);                       // two decimals: 1,250.00
QString formatCount(qint64 value);
QString formatPercent(double share); // share 0…1 -> "40%"

} // namespace cultivate
