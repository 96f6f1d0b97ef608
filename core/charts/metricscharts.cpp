// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/metricscharts.h"

#include "core/charts/chartlabels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ChartText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Charts)
};

QChart *newChart(const QString &title, const ChartPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(palette.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

QValueAxis *valueAxis(const QString &title, qreal max, const QString &format = QStringLiteral("%d"))
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    // Whole counts on a short axis: one tick per unit, so that no label repeats ("0, 0, 1, 1, 2").
    if (format == QLatin1String("%d") && axis->max() <= 5)
        axis->setTickCount(std::max(2, int(std::lround(axis->max())) + 1));
    return axis;
}

// Adds `series` to `chart` with `x` along the bottom and `y` along the left.
void addWithAxes(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QList<QDate> monthsOf(const Metrics &metrics)
{
    QList<QDate> months;
    for (const QString &key : metrics.months)
        months << monthFromKey(key);
    return months;
}

// A time axis over the metrics window, labelled at the start of months by chartlabels' rule (so that
// several events in one month never repeat a label).
QCategoryAxis *timeAxis(const Metrics &metrics, int maxLabels, const QLocale &locale)
{
    const QList<QDate> months = monthsOf(metrics);
    const qreal from = qreal(QDateTime(metrics.from, QTime(0, 0)).toMSecsSinceEpoch());
    const qreal to = qreal(QDateTime(metrics.to, QTime(23, 59)).toMSecsSinceEpoch());
    auto *axis = new QCategoryAxis;
    axis->setObjectName(QStringLiteral("months"));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(from);
    axis->setRange(from, to);
    for (const AxisLabel &label : monthLabels(months, maxLabels, locale)) {
        const QDate start = std::max(months[label.index], metrics.from);
        axis->append(label.text, std::max(from, qreal(QDateTime(start, QTime(0, 0)).toMSecsSinceEpoch())));
    }
    return axis;
}

// Adds a single series with a time axis over the metrics window and a 0–100% axis, without a legend.
void attachPercentOverTime(QChart *chart, QLineSeries *series, const Metrics &metrics, int maxLabels,
                           const QLocale &locale)
{
    addWithAxes(chart, series, timeAxis(metrics, maxLabels, locale), valueAxis(ChartText::tr("%"), 100));
    chart->legend()->hide();
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    return axis;
}

// The axis under one bar group per period (month or quarter): when every period has its label, one
// category each; otherwise a value axis with bars at 0, 1, 2… and each label at the start of its period.
QAbstractAxis *periodAxis(qsizetype count, const QList<AxisLabel> &labels, const QString &name)
{
    QAbstractAxis *result = nullptr;
    if (labels.size() == count) {
        auto *axis = categoryAxis(labelTexts(labels));
        axis->setTruncateLabels(false); // "Jan …" would name no month at all
        result = axis;
    } else {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setStartValue(-0.5);
        axis->setRange(-0.5, double(count) - 0.5);
        for (const AxisLabel &label : labels)
            axis->append(label.text, double(label.index) - 0.5);
        result = axis;
    }
    result->setObjectName(name);
    return result;
}

// A chart without data: no axes, no series, no legend, a short message in the middle (kept centred as
// the chart is resized). The message is also the chart's "emptyMessage" property.
void showEmpty(QChart *chart, const QString &message, const ChartPalette &palette)
{
    chart->setProperty("emptyMessage", message);
    chart->legend()->hide();
    auto *text = new QGraphicsSimpleTextItem(message, chart);
    text->setBrush(palette.text());
    const auto centre = [chart, text] {
        const QRectF box = text->boundingRect();
        const QRectF area = chart->rect();
        text->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, centre);
    centre();
}

} // namespace

QChart *turnoutChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels, const QLocale &locale)
{
    QChart *chart = newChart(ChartText::tr("Turnout per event"), palette);
    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("turnout"));
    series->setName(ChartText::tr("Credited attendees / members"));
    series->setPointsVisible(true);
    series->setColor(palette.accent());
    for (const EventTurnout &t : metrics.turnout) {
        if (t.turnout)
            series->append(QDateTime(t.date, QTime(12, 0)).toMSecsSinceEpoch(), 100.0 * *t.turnout);
    }
    if (series->count() == 0) {
        delete series;
        showEmpty(chart, ChartText::tr("No event with a known turnout in this period"), palette);
        return chart;
    }
    attachPercentOverTime(chart, series, metrics, maxLabels, locale);
    return chart;
}

QChart *activeMembersChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels, const QLocale &locale)
{
    QChart *chart = newChart(ChartText::tr("Active members and newcomers per month"), palette);
    const bool any =
        std::any_of(metrics.activeByMonth.begin(), metrics.activeByMonth.end(), [](int n) { return n > 0; });
    if (metrics.months.isEmpty() || !any) {
        showEmpty(chart, ChartText::tr("No member was active in this period"), palette);
        return chart;
    }
    auto *active = new QBarSet(ChartText::tr("Active members"));
    active->setColor(palette.level(Level::Active));
    auto *newcomers = new QBarSet(ChartText::tr("Newcomers"));
    newcomers->setColor(palette.level(Level::Occasional));
    int max = 1;
    for (int i = 0; i < metrics.months.size(); ++i) {
        *active << metrics.activeByMonth[i];
        *newcomers << metrics.newcomersByMonth[i];
        max = std::max({max, metrics.activeByMonth[i], metrics.newcomersByMonth[i]});
    }
    // The running month is drawn lighter: its figures are "so far" (runningMonthNote() says so).
    if (metrics.runningMonth >= 0) {
        for (QBarSet *set : {active, newcomers}) {
            set->setSelectedColor(set->color().lighter(150));
            set->selectBar(metrics.runningMonth);
        }
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("active"));
    series->append(active);
    series->append(newcomers);
    const QList<AxisLabel> labels = monthLabels(monthsOf(metrics), maxLabels, locale);
    addWithAxes(chart, series, periodAxis(metrics.months.size(), labels, QStringLiteral("months")),
                valueAxis(ChartText::tr("Members"), max));
    return chart;
}

namespace {

// The expected share of `level` (Wenger, McDermott and Snyder) as a shaded band with dashed edges,
// added before the bars so that it lies behind them; the dashboard's note explains it, not the legend.
void addExpectedBand(QChart *chart, double low, double high, qsizetype quarters, const QString &name,
                     const ChartPalette &palette)
{
    auto *upper = new QLineSeries;
    upper->append(-0.5, 100 * high);
    upper->append(double(quarters) - 0.5, 100 * high);
    auto *lower = new QLineSeries;
    lower->append(-0.5, 100 * low);
    lower->append(double(quarters) - 0.5, 100 * low);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setObjectName(QStringLiteral("expected-band"));
    QPen pen(palette.expectedBand());
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    area->setPen(pen);
    QColor fill = palette.expectedBand();
    fill.setAlphaF(0.22);
    area->setBrush(fill);
    chart->addSeries(area);
}

QString percent(double share, const QLocale &locale)
{
    return locale.toString(qRound(100 * share)) + QLatin1Char('%');
}

} // namespace

QChart *participationChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels, const QLocale &locale)
{
    QChart *chart = newChart(ChartText::tr("Participation levels per quarter"), palette);
    const bool any = std::any_of(metrics.levelsByQuarter.begin(), metrics.levelsByQuarter.end(), [](const auto &q) {
        return std::any_of(q.counts.begin(), q.counts.end(), [](int n) { return n > 0; });
    });
    if (!any) {
        showEmpty(chart, ChartText::tr("No member has a participation level in this period"), palette);
        return chart;
    }
    const qsizetype count = metrics.levelsByQuarter.size();
    const auto [coreLow, coreHigh] = expectedShare(Level::Core);
    const auto [activeLow, activeHigh] = expectedShare(Level::Active);
    addExpectedBand(chart, coreLow, coreHigh, count,
                    ChartText::tr("Expected core (%1–%2)").arg(percent(coreLow, locale), percent(coreHigh, locale)),
                    palette);
    addExpectedBand(chart, coreLow + activeLow, coreHigh + activeHigh, count,
                    ChartText::tr("Expected core + active (%1–%2)")
                        .arg(percent(coreLow + activeLow, locale), percent(coreHigh + activeHigh, locale)),
                    palette);
    auto *series = new QPercentBarSeries;
    series->setObjectName(QStringLiteral("levels"));
    QList<QDate> quarters;
    for (const QuarterLevels &q : metrics.levelsByQuarter)
        quarters << quarterFromKey(q.label);
    for (Level level : enumValues<Level>()) {
        auto *set = new QBarSet(label(level));
        set->setObjectName(QStringLiteral("level-") + enumKey(level));
        set->setColor(palette.level(level));
        for (const QuarterLevels &q : metrics.levelsByQuarter)
            *set << q.counts[size_t(level)];
        series->append(set);
    }
    auto *x = periodAxis(count, quarterLabels(quarters, maxLabels), QStringLiteral("quarters"));
    addWithAxes(chart, series, x, valueAxis(ChartText::tr("% of members"), 100));
    for (QAbstractSeries *band : chart->series()) {
        if (band == series)
            continue;
        band->attachAxis(x);
        band->attachAxis(chart->axes(Qt::Vertical).constFirst());
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setVisible(false);
    }
    return chart;
}

QChart *levelFlowChart(const Metrics &metrics, const ChartPalette &palette)
{
    const QString period = metrics.flows.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1 → %2)")
                                     .arg(quarterLabel(quarterFromKey(metrics.flows.constLast().from)),
                                          quarterLabel(quarterFromKey(metrics.flows.constLast().to)));
    QChart *chart = newChart(ChartText::tr("Level flows") + period, palette);
    const bool any = !metrics.flows.isEmpty() && [](const LevelFlow &f) {
        for (size_t l = 0; l < f.up.size(); ++l) {
            if (f.up[l] + f.held[l] + f.down[l] > 0)
                return true;
        }
        return false;
    }(metrics.flows.constLast());
    if (!any) {
        showEmpty(chart, ChartText::tr("Level flows need members active in two quarters"), palette);
        return chart;
    }
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("flows"));
    const std::array<std::pair<QString, QColor>, 3> parts{
        {{ChartText::tr("Moved up"), palette.level(Level::Core)},
         {ChartText::tr("Held"), palette.neutral()},
         {ChartText::tr("Moved down"), palette.stage(StageKind::Evaluate)}}};
    QStringList levels;
    for (int l = 0; l < 4; ++l)
        levels << label(Level(l));
    int max = 1;
    for (int p = 0; p < 3; ++p) {
        auto *set = new QBarSet(parts[size_t(p)].first);
        set->setColor(parts[size_t(p)].second);
        for (int l = 0; l < 4; ++l) {
            int value = 0;
            if (!metrics.flows.isEmpty()) {
                const LevelFlow &f = metrics.flows.constLast();
                value = p == 0 ? f.up[size_t(l)] : p == 1 ? f.held[size_t(l)] : f.down[size_t(l)];
                max = std::max(max, f.up[size_t(l)] + f.held[size_t(l)] + f.down[size_t(l)]);
            }
            *set << value;
        }
        series->append(set);
    }
    addWithAxes(chart, series, categoryAxis(levels), valueAxis(ChartText::tr("Members"), max));
    return chart;
}

QChart *concentrationChart(const Metrics &metrics, const ChartPalette &palette)
{
    QChart *chart = newChart(ChartText::tr("Who makes the contributions"), palette);
    std::vector<int> weights;
    for (const MemberFigures &f : metrics.memberFigures) {
        if (f.weight > 0)
            weights.push_back(f.weight);
    }
    std::sort(weights.begin(), weights.end(), std::greater<>());
    if (weights.empty()) {
        showEmpty(chart, ChartText::tr("No contributions in this period"), palette);
        return chart;
    }
    auto *cumulative = new QLineSeries;
    cumulative->setObjectName(QStringLiteral("cumulative"));
    cumulative->setName(ChartText::tr("Share of contribution weight"));
    cumulative->setColor(palette.accent());
    cumulative->append(0, 0);
    int sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        sum += weights[i];
        cumulative->append(double(i + 1), metrics.totalWeight > 0 ? 100.0 * sum / metrics.totalWeight : 0);
    }
    auto *half = new QLineSeries;
    half->setObjectName(QStringLiteral("half"));
    half->setName(ChartText::tr("Half of the weight: %n member(s)", nullptr, metrics.concentrationMembers));
    QPen pen(palette.stage(StageKind::Evaluate));
    pen.setStyle(Qt::DashLine);
    half->setPen(pen);
    half->append(0, 50);
    half->append(std::max<double>(1, double(weights.size())), 50);
    chart->addSeries(cumulative);
    chart->addSeries(half);
    auto *x = valueAxis(ChartText::tr("Members, most contributing first"), std::max<double>(1, double(weights.size())));
    auto *y = valueAxis(ChartText::tr("%"), 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto *s : {cumulative, half}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *surveyTrendChart(const Metrics &metrics, const ChartPalette &palette, int maxLabels, const QLocale &locale)
{
    QChart *chart = newChart(ChartText::tr("Check-ins: share answering yes"), palette);
    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("checkins"));
    series->setName(ChartText::tr("Yes share"));
    series->setPointsVisible(true);
    series->setColor(palette.stage(StageKind::Nurture));
    QList<const SurveyFigures *> checkIns;
    for (const SurveyFigures &s : metrics.surveys) {
        if (s.yesShare && s.date.isValid())
            checkIns << &s;
    }
    std::sort(checkIns.begin(), checkIns.end(), [](auto *a, auto *b) { return a->date < b->date; });
    for (const SurveyFigures *s : checkIns)
        series->append(QDateTime(s->date, QTime(12, 0)).toMSecsSinceEpoch(), 100.0 * *s->yesShare);
    if (checkIns.isEmpty()) {
        delete series;
        showEmpty(chart, ChartText::tr("No check-in with yes/no questions in this period"), palette);
        return chart;
    }
    attachPercentOverTime(chart, series, metrics, maxLabels, locale);
    return chart;
}

QChart *goalProgressChart(const Metrics &metrics, const ChartPalette &palette)
{
    QChart *chart = newChart(ChartText::tr("Progress towards the goals"), palette);
    if (metrics.goals.isEmpty()) {
        showEmpty(chart, ChartText::tr("The charter has no goals yet"), palette);
        return chart;
    }
    auto *set = new QBarSet(ChartText::tr("Progress"));
    set->setColor(palette.accent());
    QStringList titles;
    for (const GoalFigures &g : metrics.goals) {
        titles << g.title;
        *set << 100.0 * g.progress.value_or(0.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("goals"));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);
    auto *y = categoryAxis(titles);
    auto *x = valueAxis(ChartText::tr("% of the way from baseline to target"), 100);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QImage retentionHeatMap(const Metrics &metrics, const ChartPalette &palette, const QSize &size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette.dark ? QColor(0x202124) : Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(palette.text());
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    const int titleHeight = 28;
    p.drawText(QRect(0, 0, size.width(), titleHeight), Qt::AlignCenter,
               ChartText::tr("Retention by month of first activity"));
    font.setBold(false);
    p.setFont(font);
    const auto &cohorts = metrics.retention;
    if (cohorts.isEmpty()) {
        p.drawText(QRect(QPoint(0, titleHeight), size), Qt::AlignCenter, ChartText::tr("No activity yet"));
        return image;
    }
    int columns = 0;
    for (const RetentionCohort &c : cohorts)
        columns = std::max(columns, int(c.shares.size()));
    // Cohorts named by the one label rule ("Jan 2026 (5)", never "26-01", which reads as a day), as many
    // as there is height for: a long window labels every third month, or the years.
    const QFontMetricsF fm(font);
    const int headerHeight = 20;
    const double rowsHeight = double(size.height() - titleHeight - headerHeight - 4);
    const double cellH = rowsHeight / double(cohorts.size());
    QList<QDate> cohortMonths;
    for (const RetentionCohort &c : cohorts)
        cohortMonths << monthFromKey(c.month);
    const QList<AxisLabel> rowMarks = monthLabels(cohortMonths, std::max(1, int(rowsHeight / fm.height())));
    const bool everyRow = rowMarks.size() == cohorts.size(); // then each label also gives the cohort's size
    QStringList rowLabels(cohorts.size());
    qreal widest = 0;
    for (const AxisLabel &mark : rowMarks) {
        rowLabels[mark.index] =
            everyRow ? QStringLiteral("%1 (%2)").arg(mark.text).arg(cohorts[mark.index].size) : mark.text;
        widest = std::max(widest, fm.horizontalAdvance(rowLabels[mark.index]));
    }
    const int labelWidth = int(std::ceil(widest)) + 10;
    const double cellW = double(size.width() - labelWidth - 8) / columns;
    const QColor full = palette.level(Level::Core);
    // Column headers "+k", every so many columns that they do not touch.
    const int every = std::max(1, int(std::ceil((fm.horizontalAdvance(QStringLiteral("+00")) + 4) / cellW)));
    for (int k = 0; k < columns; k += every) {
        p.drawText(QRectF(labelWidth + (k - 1) * cellW, titleHeight, 3 * cellW, headerHeight), Qt::AlignCenter,
                   QStringLiteral("+%1").arg(k));
    }
    for (int row = 0; row < cohorts.size(); ++row) {
        const double y = titleHeight + headerHeight + row * cellH;
        p.setPen(palette.text());
        if (!rowLabels[row].isEmpty()) {
            // Centred on the row it names, even when the row is thinner than the text.
            const QRectF box(0, y + cellH / 2 - fm.height() / 2, labelWidth - 6, fm.height());
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, rowLabels[row]);
        }
        const double gap = cellH >= 6 ? 1 : 0;
        for (int k = 0; k < cohorts[row].shares.size(); ++k) {
            const double share = cohorts[row].shares[k];
            QColor cell = full;
            cell.setAlphaF(0.12 + 0.88 * share);
            const QRectF r(labelWidth + k * cellW + gap, y + gap, cellW - 2 * gap, cellH - 2 * gap);
            p.fillRect(r, cell);
            p.setPen(share > 0.55 ? QColor(Qt::white) : palette.text());
            if (cellW > 26 && cellH > 12)
                p.drawText(r, Qt::AlignCenter, QStringLiteral("%1").arg(qRound(share * 100)));
        }
    }
    return image;
}

QString runningMonthNote(const Metrics &metrics)
{
    if (metrics.runningMonth < 0)
        return {};
    return ChartText::tr(
               "%1 is still running: its lighter bars count its days so far, and it feeds no headline figure.")
        .arg(QLocale().toString(monthStart(metrics.months.at(metrics.runningMonth)), QStringLiteral("MMMM yyyy")));
}

QImage renderChart(QChart *chart, const QSize &size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    scene.removeItem(chart);
    return image;
}

} // namespace cultivate
