// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QLocale>

namespace cultivate {

// The dates of a series from `first` (the first occurrence's date, included when it matches the
// rule) up to and including min(`until`, series.until). Months lacking a fifth weekday are skipped;
// "monthly on day 31" falls on each month's last day.
QList<QDate> occurrences(const Series &series, const QDate &first, const QDate &until);

// The n-th (1…5, or -1 for the last) `weekday` (1 = Monday) of a month; invalid when it does not exist.
QDate nthWeekdayOfMonth(int year, int month, int weekday, int n);

// The rule of a series in words, without its end: "every week on Tuesday", "every 2 weeks on Monday",
// "monthly on the last Friday", "monthly on day 15". Weekday names come from `locale`.
QString recurrenceText(const Series &series, const QLocale &locale = QLocale());

} // namespace cultivate
