// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QFont;
QT_END_NAMESPACE

namespace cultivate {

// The one rule for the time labels of every chart (dashboard, report, CLI images):
// - a month is "Jan 2026" (month and year, never "Jan 26", which reads as a day), a quarter "2026 Q3",
//   a year "2026";
// - no label repeats, so no two ticks read the same;
// - a window with more periods than labels that fit is labelled at regular starts instead: every
//   month, then every third month (quarter starts), every sixth, then years only ("2026", "2028"…).

// One label under a chart: the index (into the list of months or quarters) of the period it starts.
struct AxisLabel {
    qsizetype index = 0;
    QString text;

    friend bool operator==(const AxisLabel &, const AxisLabel &) = default;
};

QString monthLabel(const QDate &month, const QLocale &locale = QLocale());
QString quarterLabel(const QDate &quarterStart);

// Labels for consecutive months (any day of each month), at most `maxLabels` (at least one).
QList<AxisLabel> monthLabels(const QList<QDate> &months, int maxLabels, const QLocale &locale = QLocale());
// Labels for consecutive quarters (any day of each quarter), at most `maxLabels` (at least one).
QList<AxisLabel> quarterLabels(const QList<QDate> &quarters, int maxLabels);

// The texts of `labels`, in order.
QStringList labelTexts(const QList<AxisLabel> &labels);

// How many labels as wide as "Sep 2026" in `font`, with room between them, fit along `width` pixels.
int labelsThatFit(qreal width, const QFont &font);
// How many time labels in `font` fit along the plot of a chart `chartWidth` pixels wide: the chart
// less its value axis (title and figures, about ten characters) and its margins.
int labelsThatFitChart(qreal chartWidth, const QFont &font);

// "2026-03" and "2026-Q1" keys (as core/metrics writes them) as dates; invalid dates for other keys.
QDate monthFromKey(const QString &key);
QDate quarterFromKey(const QString &key);

} // namespace cultivate
