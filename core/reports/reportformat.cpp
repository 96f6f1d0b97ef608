// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class FormatText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::ReportFormat)
};

QMutex &localeMutex()
{
    static QMutex mutex;
    return mutex;
}

QLocale &storedLocale()
{
    static QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
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

QLocale reportLocale()
{
    const QMutexLocker lock(&localeMutex());
    return storedLocale();
}

void setReportLocale(const QLocale &locale)
{
    const QMutexLocker lock(&localeMutex());
    storedLocale() = locale;
}

QString reportCount(qint64 value)
{
    return reportLocale().toString(value);
}

QString reportDecimal(double value, int decimals)
{
    const QLocale locale = reportLocale();
    return isEnglish(locale) ? QString::number(value, 'f', decimals) : locale.toString(value, 'f', decimals);
}

QLocale reportAbbreviationLocale()
{
    // English abbreviates months as Qt's plain English does ("Sep", not British "Sept").
    const QLocale locale = reportLocale();
    return isEnglish(locale) ? QLocale(QLocale::English) : locale;
}

QString reportShare(double share)
{
    // English writes "42%"; French and most other languages put a non-breaking space before the sign.
    return (isEnglish(reportLocale()) ? QStringLiteral("%1%") : QStringLiteral("%1\u00a0%")).arg(qRound(share * 100));
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
    return date.isValid() ? reportLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QStringLiteral("\u2013");
}

QString reportMonth(const QString &yearMonth)
{
    const QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? reportLocale().toString(d, QStringLiteral("MMMM yyyy")) : yearMonth;
}

QString reportPeriod(const QDate &from, const QDate &to)
{
    if (from == to)
        return reportDate(from);
    if (from.year() == to.year()) {
        const QLocale locale = reportLocale();
        const QString start = from.month() == to.month() ? locale.toString(from, QStringLiteral("d"))
                                                         : locale.toString(from, QStringLiteral("d MMMM"));
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
