// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QStringView>

#include <optional>

// The small value parsers every report format shares: header names, dates, durations.
namespace cultivate {

// A column header reduced to lower-case letters and digits: "Duration (Minutes)" -> "durationminutes".
QString headerKey(QStringView header);

// Which of two numbers comes first in a date like 05/06/22.
enum class DateOrder { DayFirst, MonthFirst };

// Decides the order from every date of one file: a first number above 12 means day first, a second
// above 12 means month first; when no date decides, a 12-hour clock (AM/PM) means month first (US),
// else day first.
DateOrder guessDateOrder(const QStringList &dates);

// Reads the date-times reports write: "14/11/22, 09:29:07", "11/14/2022, 9:29:07 AM",
// "11/14/2022 09:29:07 AM", "2022-11-14 09:29:07", "2022-11-14T09:29:07Z", "14.11.2022 09:29".
// Two-digit years are 20xx; a date without a time is midnight; a zone suffix is ignored (reports
// give the meeting's wall-clock time). The result is a local wall-clock time; nullopt when invalid.
// Also "Oct 19, 2027 03:55:10 PM" and "19 Oct 2027 15:55" (English, German, French, Spanish,
// Italian, Dutch and Portuguese month abbreviations).
std::optional<QDateTime> parseReportDateTime(QStringView text, DateOrder order);
// A time of day without a date: "2:00:05 PM", "14:00", "14.00.05"; nullopt otherwise.
std::optional<QTime> parseReportTime(QStringView text);

// Reads a duration in seconds: "1h 2m 10s", "21m 7s", "45s", "2 hr 5 min", "01:02:10", "62:05",
// and the unit words of other languages: "1 Std. 32 Min. 52 Sek.", "1 uur 32 min", "1 godz. 5 min".
// A plain number ("63", "12.5", "12,5") is counted in units of `plainNumberSeconds` (60 for a
// minutes column). Negative or unreadable text gives nullopt.
std::optional<qint64> parseDurationSeconds(QStringView text, int plainNumberSeconds);

// Whole minutes for a number of seconds, half a minute and more rounding up.
int roundedMinutes(qint64 seconds);

// "Yes", "true", "1", "x", "oui", "ja", "sí", "sì", "tak", "да"… (false for anything else).
bool isYes(QStringView text);

} // namespace cultivate
