// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartlabels.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <functional>

namespace cultivate {

namespace {

int quarterOf(const QDate &date)
{
    return (date.month() - 1) / 3 + 1;
}

// The labels `label` gives the periods it accepts, or the first period's when it accepts none.
QList<AxisLabel> collect(qsizetype count, const std::function<QString(qsizetype)> &label,
                         const std::function<QString(qsizetype)> &fallback)
{
    QList<AxisLabel> labels;
    for (qsizetype i = 0; i < count; ++i) {
        if (QString text = label(i); !text.isEmpty())
            labels.append({i, text});
    }
    if (labels.isEmpty() && count > 0)
        labels.append({0, fallback(0)});
    return labels;
}

// Years only: "2026" at the first period of every `step`th year (every year divisible by it).
QList<AxisLabel> yearLabels(const QList<QDate> &periods, int maxLabels, const std::function<bool(const QDate &)> &opens)
{
    QList<AxisLabel> labels;
    for (int step : {1, 2, 5, 10, 20, 50}) {
        labels = collect(
            periods.size(),
            [&](qsizetype i) {
                const QDate d = periods[i];
                const bool first = i == 0 || periods[i - 1].year() != d.year();
                return first && opens(d) && d.year() % step == 0 ? QString::number(d.year()) : QString();
            },
            [&](qsizetype i) { return QString::number(periods[i].year()); });
        if (labels.size() <= maxLabels)
            break;
    }
    return labels;
}

} // namespace

QString monthLabel(const QDate &month, const QLocale &locale)
{
    return locale.toString(month, QStringLiteral("MMM yyyy"));
}

QString quarterLabel(const QDate &quarterStart)
{
    return QStringLiteral("%1 Q%2").arg(quarterStart.year()).arg(quarterOf(quarterStart));
}

QList<AxisLabel> monthLabels(const QList<QDate> &months, int maxLabels, const QLocale &locale)
{
    maxLabels = std::max(1, maxLabels);
    for (int step : {1, 2, 3, 6}) {
        QList<AxisLabel> labels = collect(
            months.size(),
            [&](qsizetype i) {
                return step == 1 || (months[i].month() - 1) % step == 0 ? monthLabel(months[i], locale) : QString();
            },
            [&](qsizetype i) { return monthLabel(months[i], locale); });
        if (labels.size() <= maxLabels)
            return labels;
    }
    return yearLabels(months, maxLabels, [](const QDate &d) { return d.month() == 1; });
}

QList<AxisLabel> quarterLabels(const QList<QDate> &quarters, int maxLabels)
{
    maxLabels = std::max(1, maxLabels);
    for (int step : {1, 2}) {
        QList<AxisLabel> labels = collect(
            quarters.size(),
            [&](qsizetype i) {
                return (quarterOf(quarters[i]) - 1) % step == 0 ? quarterLabel(quarters[i]) : QString();
            },
            [&](qsizetype i) { return quarterLabel(quarters[i]); });
        if (labels.size() <= maxLabels)
            return labels;
    }
    return yearLabels(quarters, maxLabels, [](const QDate &d) { return quarterOf(d) == 1; });
}

QStringList labelTexts(const QList<AxisLabel> &labels)
{
    QStringList texts;
    for (const AxisLabel &l : labels)
        texts << l.text;
    return texts;
}

int labelsThatFit(qreal width, const QFont &font)
{
    const QFontMetricsF metrics(font);
    // Room for the widest month name ("Sep 2026") and three characters between labels.
    const qreal each = metrics.horizontalAdvance(monthLabel(QDate(2026, 9, 1))) + 3 * metrics.averageCharWidth();
    return std::max(1, int(width / each));
}

int labelsThatFitChart(qreal chartWidth, const QFont &font)
{
    return labelsThatFit(chartWidth - 10 * QFontMetricsF(font).averageCharWidth(), font);
}

QDate monthFromKey(const QString &key)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = month.match(key);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
}

QDate quarterFromKey(const QString &key)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const auto match = quarter.match(key);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), 3 * match.captured(2).toInt() - 2, 1) : QDate();
}

} // namespace cultivate
