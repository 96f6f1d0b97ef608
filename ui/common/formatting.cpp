// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cultivate {

QString dateFormat()
{
    // "d MMM yyyy" reads the same everywhere and cannot be confused between day and month orders.
    return QStringLiteral("d MMM yyyy");
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, dateFormat());
}

QString formatPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    const QString unknown = QCoreApplication::translate("cultivate::format", "…");
    const QString range = QCoreApplication::translate("cultivate::format", "%1 – %2");
    // Within one year the year is written once: "1 Oct – 30 Nov 2026".
    if (from.isValid() && to.isValid() && from.year() == to.year())
        return range.arg(QLocale().toString(from, QStringLiteral("d MMM")), formatDate(to));
    return range.arg(from.isValid() ? formatDate(from) : unknown, to.isValid() ? formatDate(to) : unknown);
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString formatAmount(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString formatCount(qint64 value)
{
    return QLocale().toString(value);
}

QString formatPercent(double share)
{
    return QCoreApplication::translate("cultivate::format", "%1%").arg(qRound(share * 100.0));
}

} // namespace cultivate
