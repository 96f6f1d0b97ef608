// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class FormatText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::ReportFormat)
};

// English month names and thousands separators whatever the system locale: the report's words are English.
const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString signedNumber(qint64 value)
{
    if (value > 0)
        return QStringLiteral("+") + reportCount(value);
    if (value < 0)
        return QStringLiteral("\u2212") + reportCount(-value);
    return QStringLiteral("0");
}

} // namespace

QString reportCount(qint64 value)
{
    return english().toString(value);
}

QString reportShare(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString reportShare(const std::optional<double> &share)
{
    return share ? reportShare(*share) : QStringLiteral("\u2013");
}

QString reportScore(double score)
{
    return signedNumber(qRound(score));
}

QString reportDate(const QDate &date)
{
    return date.isValid() ? english().toString(date, QStringLiteral("d MMMM yyyy")) : QStringLiteral("\u2013");
}

QString reportMonth(const QString &yearMonth)
{
    const QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? english().toString(d, QStringLiteral("MMMM yyyy")) : yearMonth;
}

QString reportPeriod(const QDate &from, const QDate &to)
{
    if (from == to)
        return reportDate(from);
    if (from.year() == to.year()) {
        const QString start = from.month() == to.month() ? english().toString(from, QStringLiteral("d"))
                                                         : english().toString(from, QStringLiteral("d MMMM"));
        return QStringLiteral("%1 \u2013 %2").arg(start, reportDate(to));
    }
    return QStringLiteral("%1 \u2013 %2").arg(reportDate(from), reportDate(to));
}

QString reportCountChange(qint64 now, qint64 before)
{
    return now == before ? FormatText::tr("no change") : signedNumber(now - before);
}

QString reportShareChange(double now, double before)
{
    const int points = qRound(now * 100) - qRound(before * 100);
    return points == 0 ? FormatText::tr("no change") : FormatText::tr("%1 pts").arg(signedNumber(points));
}

} // namespace cultivate
