// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle/recurrence.h"

#include <QCoreApplication>

#include <algorithm>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class RecurrenceText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Recurrence)
};

QString ordinal(int n)
{
    switch (n) {
    case 1:
        return RecurrenceText::tr("first");
    case 2:
        return RecurrenceText::tr("second");
    case 3:
        return RecurrenceText::tr("third");
    case 4:
        return RecurrenceText::tr("fourth");
    case 5:
        return RecurrenceText::tr("fifth");
    default:
        return RecurrenceText::tr("last");
    }
}

} // namespace

QDate nthWeekdayOfMonth(int year, int month, int weekday, int n)
{
    const QDate firstOfMonth(year, month, 1);
    if (n == -1) {
        QDate last(year, month, firstOfMonth.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first = firstOfMonth.addDays((weekday - firstOfMonth.dayOfWeek() + 7) % 7);
    const QDate nth = first.addDays(7 * (n - 1));
    return nth.month() == month ? nth : QDate();
}

QList<QDate> occurrences(const Series &series, const QDate &first, const QDate &until)
{
    QList<QDate> dates;
    if (!first.isValid())
        return dates;
    QDate end = until;
    if (series.until.isValid() && (!end.isValid() || series.until < end))
        end = series.until;
    if (!end.isValid())
        end = first.addYears(1);
    constexpr int Limit = 5000; // a guard against a runaway rule, far beyond any real plan

    switch (series.rule) {
    case Recurrence::Weekly:
    case Recurrence::EveryNWeeks: {
        const int step = series.rule == Recurrence::Weekly ? 7 : 7 * std::max(1, series.interval);
        for (QDate d = first; d <= end && dates.size() < Limit; d = d.addDays(step))
            dates << d;
        break;
    }
    case Recurrence::MonthlyNthWeekday:
    case Recurrence::MonthlyDay: {
        for (QDate month(first.year(), first.month(), 1); month <= end && dates.size() < Limit;
             month = month.addMonths(1)) {
            QDate d;
            if (series.rule == Recurrence::MonthlyNthWeekday)
                d = nthWeekdayOfMonth(month.year(), month.month(), series.weekday, series.weekOfMonth);
            else
                d = QDate(month.year(), month.month(), std::min(series.dayOfMonth, month.daysInMonth()));
            if (d.isValid() && d >= first && d <= end)
                dates << d;
        }
        break;
    }
    }
    return dates;
}

QString recurrenceText(const Series &series, const QLocale &locale)
{
    const QString weekday = locale.dayName(std::clamp(series.weekday, 1, 7));
    switch (series.rule) {
    case Recurrence::Weekly:
        return RecurrenceText::tr("every week on %1").arg(weekday);
    case Recurrence::EveryNWeeks:
        if (series.interval <= 1)
            return RecurrenceText::tr("every week on %1").arg(weekday);
        return RecurrenceText::tr("every %1 weeks on %2").arg(series.interval).arg(weekday);
    case Recurrence::MonthlyNthWeekday:
        return RecurrenceText::tr("monthly on the %1 %2").arg(ordinal(series.weekOfMonth), weekday);
    case Recurrence::MonthlyDay:
        return RecurrenceText::tr("monthly on day %1").arg(std::clamp(series.dayOfMonth, 1, 31));
    }
    return {};
}

} // namespace cultivate
