// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

// How the stakeholder report writes figures and dates, shared by the report, the drafts and the tests
// that look for figures in the rendered output.
namespace cultivate {

// The locale of the report's and the drafts' dates and numbers: British English, as the report's words
// and the command line's output are English, unless a translated window sets its own (the window's
// language installs it with its translation, see ui/preferences/translations). Safe from any thread.
QLocale reportLocale();
void setReportLocale(const QLocale &locale);

QString reportCount(qint64 value);                       // "1,234"
QString reportShare(double share);                       // 0.423 -> "42%"
QString reportShare(const std::optional<double> &share); // "–" when unknown
QString reportDecimal(double value, int decimals);       // 2.5 -> "2.5" ("2,5" in French)
// The locale of abbreviated month names ("4 Mar 2026", "Mar 2026").
QLocale reportAbbreviationLocale();
QString reportScore(double score);                        // recommend score, e.g. "+35" or "−12"
QString reportDate(const QDate &date);                    // "3 March 2026"
QString reportMonth(const QString &yearMonth);            // "2026-03" -> "March 2026"
QString reportPeriod(const QDate &from, const QDate &to); // "1 January – 15 April 2026"
// Change of a count or a share against an earlier value: "+5", "−3", "+4 pts", "no change".
QString reportCountChange(qint64 now, qint64 before);
QString reportShareChange(double now, double before);

} // namespace cultivate
