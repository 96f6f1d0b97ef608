// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's chart images: the dashboard's charts restyled for print, and a retention heat map
// laid out for a page.
#include "core/reports/report.h"

#include "core/charts/chartlabels.h"
#include "core/charts/metricscharts.h"
#include "core/reports/reportfont.h"
#include "core/reports/reportformat.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

constexpr qreal ChartScale = 2.0; // charts are rendered at twice their printed size

// The report's month labels: "Jan 2026", in the report's locale for abbreviations.
QString monthLabel(const QDate &month)
{
    return cultivate::monthLabel(month, reportAbbreviationLocale());
}

// Qt Charts' defaults are sized for the screen; a printed page wants smaller, consistent type.
void styleForPrint(QChart *chart)
{
    chart->setTitleFont(reportFont(10, true));
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setFont(reportFont(7.5));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(reportFont(7.5));
        axis->setTitleFont(reportFont(7.5));
    }
    // Whole percentages on bar labels ("92%", not "91.6667%").
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series); bars && bars->isLabelsVisible()) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    set->replace(i, std::round(set->at(i)));
            }
        }
    }
}

QChart *buildChart(const ReportChart &c, const ChartPalette &palette)
{
    const Metrics &m = *c.metrics;
    // As many time labels as fit across the printed chart, less its value axis.
    const int labels = labelsThatFit(c.size.width() - 40, reportFont(7.5));
    switch (c.kind) {
    case ReportChartKind::Turnout:
        return turnoutChart(m, palette, labels, reportAbbreviationLocale());
    case ReportChartKind::ActiveMembers:
        return activeMembersChart(m, palette, labels, reportAbbreviationLocale());
    case ReportChartKind::Participation:
        return participationChart(m, palette, labels, reportAbbreviationLocale());
    case ReportChartKind::LevelFlows:
        return levelFlowChart(m, palette);
    case ReportChartKind::Concentration:
        return concentrationChart(m, palette);
    case ReportChartKind::CheckIns:
        return surveyTrendChart(m, palette, labels, reportAbbreviationLocale());
    case ReportChartKind::Goals:
        return goalProgressChart(m, palette);
    case ReportChartKind::Retention:
        break;
    }
    return nullptr;
}

// On white: a transparent PNG would show the reader's background behind the axes.
QImage onWhite(const QImage &image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.setDevicePixelRatio(image.devicePixelRatio());
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(QPointF(0, 0), image);
    p.end();
    return out;
}

// The retention triangle for a page: one row per monthly cohort with its size, one column per month
// after the first, the share active in each cell when there is room for it, and a key. Unlike the
// dashboard's heat map it sizes its labels to their text, so large cohorts and long periods stay legible.
QImage retentionImage(const Metrics &metrics, const ChartPalette &palette, const QSize &size)
{
    QImage image(size * ChartScale, QImage::Format_RGB32);
    image.setDevicePixelRatio(ChartScale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QColor text(0x1f2933);
    const QColor muted(0x52606d);
    p.setPen(text);
    p.setFont(reportFont(10, true));
    const qreal titleHeight = 24;
    p.drawText(QRectF(0, 0, size.width(), titleHeight), Qt::AlignCenter,
               ReportText::tr("Retention by month of first activity"));

    const auto &cohorts = metrics.retention;
    const QFont small = reportFont(7.5);
    p.setFont(small);
    const QFontMetricsF fm(small, &image);
    QStringList labels;
    qreal labelWidth = 0;
    int columns = 0;
    for (const RetentionCohort &c : cohorts) {
        const QDate month = QDate::fromString(c.month + QStringLiteral("-01"), Qt::ISODate);
        labels << QStringLiteral("%1  (%2)").arg(monthLabel(month), reportCount(c.size));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labels.constLast()));
        columns = std::max(columns, int(c.shares.size()));
    }
    if (cohorts.isEmpty() || columns == 0) {
        p.setPen(muted);
        p.drawText(QRectF(0, titleHeight, size.width(), size.height() - titleHeight), Qt::AlignCenter,
                   ReportText::tr("No activity yet"));
        return image;
    }
    labelWidth += 8;
    const qreal headerHeight = 16;
    const qreal keyHeight = 26;
    const qreal left = labelWidth;
    const qreal top = titleHeight + headerHeight;
    const qreal cellW = (size.width() - left - 4) / columns;
    const qreal cellH = std::min<qreal>(22, (size.height() - top - keyHeight) / cohorts.size());
    const QColor full = palette.level(Level::Core);
    const auto shade = [&full](double share) {
        QColor c = full;
        c.setAlphaF(0.10 + 0.90 * std::clamp(share, 0.0, 1.0));
        return c;
    };

    // Column headers "months after", as often as they fit.
    const qreal headerWidth = fm.horizontalAdvance(QStringLiteral("+00")) + 4;
    const int every = std::max(1, int(std::ceil(headerWidth / cellW)));
    p.setPen(muted);
    for (int k = 0; k < columns; k += every) {
        p.drawText(QRectF(left + k * cellW - cellW, titleHeight, 3 * cellW, headerHeight), Qt::AlignCenter,
                   QStringLiteral("+%1").arg(k));
    }
    const bool values = cellW >= fm.horizontalAdvance(QStringLiteral("100")) + 4 && cellH >= fm.height();
    const qreal gap = cellH >= 10 ? 1 : 0.5;
    for (qsizetype row = 0; row < cohorts.size(); ++row) {
        const qreal y = top + row * cellH;
        p.setPen(text);
        p.drawText(QRectF(0, y, labelWidth - 8, cellH), Qt::AlignRight | Qt::AlignVCenter, labels[row]);
        const auto &shares = cohorts[row].shares;
        for (qsizetype k = 0; k < shares.size(); ++k) {
            const QRectF cell(left + k * cellW + gap, y + gap, cellW - 2 * gap, cellH - 2 * gap);
            p.fillRect(cell, shade(shares[k]));
            if (values) {
                p.setPen(shares[k] > 0.55 ? QColor(Qt::white) : text);
                p.drawText(cell, Qt::AlignCenter, QString::number(qRound(shares[k] * 100)));
            }
        }
    }

    // The key: from none to all of a cohort active.
    const qreal keyTop = top + cohorts.size() * cellH + 8;
    const qreal keyWidth = 160;
    p.setPen(muted);
    const QString none = ReportText::tr("0%");
    const QString all = ReportText::tr("100% of the cohort active");
    const qreal x0 = left;
    p.drawText(QRectF(x0, keyTop, fm.horizontalAdvance(none) + 4, 12), Qt::AlignLeft | Qt::AlignVCenter, none);
    const qreal barLeft = x0 + fm.horizontalAdvance(none) + 8;
    for (int i = 0; i < 20; ++i)
        p.fillRect(QRectF(barLeft + i * keyWidth / 20, keyTop + 1, keyWidth / 20 + 0.5, 10), shade(i / 19.0));
    p.drawText(QRectF(barLeft + keyWidth + 6, keyTop, size.width() - barLeft - keyWidth - 6, 12),
               Qt::AlignLeft | Qt::AlignVCenter, all);
    p.end();
    return image;
}

} // namespace

std::unique_ptr<QChart> reportChartObject(const ReportChart &c)
{
    std::unique_ptr<QChart> chart(c.kind == ReportChartKind::Retention ? nullptr : buildChart(c, ChartPalette{}));
    if (chart)
        styleForPrint(chart.get());
    return chart;
}

void renderReportChart(ReportContent &content, qsizetype index)
{
    ReportChart &c = content.charts[index];
    const ChartPalette palette;
    if (c.kind == ReportChartKind::Retention) {
        c.image = retentionImage(*c.metrics, palette, c.size);
        return;
    }
    std::unique_ptr<QChart> chart = reportChartObject(c);
    if (!chart)
        return;
    c.image = onWhite(renderChart(chart.get(), c.size, ChartScale));
}

Result<void> renderReportCharts(ReportContent &content, const ReportProgress &progress)
{
    const int total = int(content.charts.size());
    for (qsizetype i = 0; i < content.charts.size(); ++i) {
        if (content.charts[i].image.isNull())
            renderReportChart(content, i);
        if (progress && !progress(int(i) + 1, total))
            return makeError(ErrorCode::Cancelled, ReportText::tr("Writing the report was cancelled."));
    }
    return {};
}

} // namespace cultivate
