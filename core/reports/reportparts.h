// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"

// Words and parts that the stakeholder report and the handover document share (internal to
// core/reports: the two composers include it, nothing else does).
namespace cultivate::reportparts {

// "1 event", "12 events". `singular` and `plural` are QT_TRANSLATE_NOOP("cultivate::Report", …) texts.
QString counted(qint64 n, const char *singular, const char *plural);
// "a, b and c".
QString joinedList(const QStringList &items);
// "4 Mar 2026", or "–" for no date.
QString shortDate(const QDate &date);
// A figure with at most one decimal: "12", "2.5".
QString decimal(double value);
// True for the metric keys whose values are shares (printed as percentages).
bool isShareMetric(const QString &key);

// Text the facilitator typed (a story's narrative), one paragraph per blank-line-separated part,
// cleaned of withheld names.
void appendUserParagraphs(ReportDocument &doc, const QString &text, const NameGuard &guard);
// A story's title as its own heading (so that it stays with the story on the page) and the line under
// it: its kind, date and the value cycles it shows.
void appendStoryHeading(ReportDocument &doc, const Story &story, const NameGuard &guard);

// The names of the facilitators a document is prepared by: the current ones, or the former ones when
// there is no current one. Only those who consented to reports are named (cleaned of withheld names);
// `unnamed` receives how many others there are.
QStringList facilitatorNames(const ReportData &data, const NameGuard &guard, const QDate &today, int *unnamed);

// The quotable answers a document prints: the longest (they say the most), at most six, each said
// once, newest first.
QList<const ReportQuote *> quotesToShow(const QList<const ReportQuote *> &quotes, const NameGuard &guard);

// The appendix's data sources: the plan file, the true count of every kind of record, the imported
// files, the contribution weights, and what the consent rules leave out.
void appendDataSources(ReportDocument &doc, const ReportData &data, const NameGuard &guard, const QDate &today);

// The handover document (SPEC §11), composed from the same data and assessment as the stakeholder report.
ReportContent composeHandover(const ReportData &data, const ReportOptions &options, const QDate &today);

} // namespace cultivate::reportparts
