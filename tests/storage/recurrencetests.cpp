// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recurrence rules of event series, with the calendar's awkward corners.
#include "testsupport.h"

#include "core/lifecycle/recurrence.h"

using namespace cultivate;

namespace {
Series rule(Recurrence r, int interval = 1, int weekday = 1, int weekOfMonth = 1, int day = 1)
{
    Series s;
    s.rule = r;
    s.interval = interval;
    s.weekday = weekday;
    s.weekOfMonth = weekOfMonth;
    s.dayOfMonth = day;
    return s;
}
} // namespace

TEST_CASE("a weekly series repeats every seven days up to the end date")
{
    const auto dates = occurrences(rule(Recurrence::Weekly), QDate(2026, 1, 6), QDate(2026, 2, 3));
    REQUIRE(dates.size() == 5);
    CHECK(dates.first() == QDate(2026, 1, 6));
    CHECK(dates.last() == QDate(2026, 2, 3));
}

TEST_CASE("an every-N-weeks series skips the weeks between")
{
    const auto dates = occurrences(rule(Recurrence::EveryNWeeks, 3), QDate(2026, 1, 6), QDate(2026, 3, 31));
    CHECK(dates == QList<QDate>{QDate(2026, 1, 6), QDate(2026, 1, 27), QDate(2026, 2, 17), QDate(2026, 3, 10),
                                QDate(2026, 3, 31)});
}

TEST_CASE("a fifth weekday series skips the months that lack one")
{
    // Fifth Friday of each month in 2026: January, May, July, October.
    const auto dates =
        occurrences(rule(Recurrence::MonthlyNthWeekday, 1, 5, 5), QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(dates == QList<QDate>{QDate(2026, 1, 30), QDate(2026, 5, 29), QDate(2026, 7, 31), QDate(2026, 10, 30)});
}

TEST_CASE("the last weekday of the month is found in every month")
{
    const auto dates =
        occurrences(rule(Recurrence::MonthlyNthWeekday, 1, 4, -1), QDate(2026, 1, 1), QDate(2026, 4, 30));
    CHECK(dates == QList<QDate>{QDate(2026, 1, 29), QDate(2026, 2, 26), QDate(2026, 3, 26), QDate(2026, 4, 30)});
}

TEST_CASE("monthly on the 31st falls on each month's last day, leap years included")
{
    const auto dates = occurrences(rule(Recurrence::MonthlyDay, 1, 1, 1, 31), QDate(2028, 1, 31), QDate(2028, 4, 30));
    CHECK(dates == QList<QDate>{QDate(2028, 1, 31), QDate(2028, 2, 29), QDate(2028, 3, 31), QDate(2028, 4, 30)});
}

TEST_CASE("a series never starts before its first date and respects its own until")
{
    Series s = rule(Recurrence::MonthlyDay, 1, 1, 1, 10);
    s.until = QDate(2026, 3, 15);
    const auto dates = occurrences(s, QDate(2026, 1, 20), QDate(2026, 12, 31));
    CHECK(dates == QList<QDate>{QDate(2026, 2, 10), QDate(2026, 3, 10)});
}

TEST_CASE("the nth weekday of a month is computed, or invalid when missing")
{
    CHECK(nthWeekdayOfMonth(2026, 2, 2, 2) == QDate(2026, 2, 10));
    CHECK(nthWeekdayOfMonth(2026, 2, 1, 5) == QDate());
    CHECK(nthWeekdayOfMonth(2026, 2, 7, -1) == QDate(2026, 2, 22));
}

TEST_CASE("a series' rule reads as words, with the weekday in the locale's language")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(recurrenceText(rule(Recurrence::Weekly, 1, 2), english) == QStringLiteral("every week on Tuesday"));
    CHECK(recurrenceText(rule(Recurrence::EveryNWeeks, 2, 1), english) == QStringLiteral("every 2 weeks on Monday"));
    CHECK(recurrenceText(rule(Recurrence::EveryNWeeks, 1, 1), english) == QStringLiteral("every week on Monday"));
    CHECK(recurrenceText(rule(Recurrence::MonthlyNthWeekday, 1, 2, 2), english) ==
          QStringLiteral("monthly on the second Tuesday"));
    CHECK(recurrenceText(rule(Recurrence::MonthlyNthWeekday, 1, 5, -1), english) ==
          QStringLiteral("monthly on the last Friday"));
    CHECK(recurrenceText(rule(Recurrence::MonthlyDay, 1, 1, 1, 15), english) == QStringLiteral("monthly on day 15"));
    CHECK(recurrenceText(rule(Recurrence::Weekly, 1, 3), QLocale(QLocale::French, QLocale::France))
              .endsWith(QStringLiteral("mercredi")));
}
