// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/palette.h"
#include "core/metrics/metrics.h"

#include <QImage>
#include <QLocale>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cultivate {

// QChart objects built from computed metrics, styled with one palette. The caller owns the chart.
// Each chart's series carry object names ("turnout", "active", "newcomers", "level-core", …) so
// views and tests can find them.
// Charts over time label their axis by core/charts/chartlabels.h's rule, with at most `maxLabels` labels,
// month names in `locale`.
// A chart without data has no series and no axes: it shows a short message instead, which is also its
// "emptyMessage" property. The participation chart draws the expected bands ("expected-band") behind
// its bars.
constexpr int DefaultMaxLabels = 6;
QChart *turnoutChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels = DefaultMaxLabels,
                     const QLocale &locale = QLocale());
QChart *activeMembersChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels = DefaultMaxLabels,
                           const QLocale &locale = QLocale());
QChart *participationChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels = DefaultMaxLabels,
                           const QLocale &locale = QLocale());
QChart *levelFlowChart(const Metrics &metrics, const ChartPalette &palette);
QChart *concentrationChart(const Metrics &metrics, const ChartPalette &palette);
QChart *surveyTrendChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels = DefaultMaxLabels,
                         const QLocale &locale = QLocale());
QChart *goalProgressChart(const Metrics &metrics, const ChartPalette &palette);

// The retention triangle as a heat map (Qt Charts has no heat map series): one row per cohort,
// one column per month after, darker for higher shares, with the share written in each cell.
QImage retentionHeatMap(const Metrics &metrics, const ChartPalette &palette, const QSize &size,
                        qreal devicePixelRatio = 1.0);

// The note under a monthly chart whose window holds the month still running (empty otherwise).
QString runningMonthNote(const Metrics &metrics);

// Renders a chart off screen into an image of `size` logical pixels.
QImage renderChart(QChart *chart, const QSize &size, qreal devicePixelRatio = 1.0);

} // namespace cultivate
