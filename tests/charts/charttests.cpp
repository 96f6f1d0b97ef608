// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chart objects built from the hand-worked metrics fixture carry the expected series and values.
#include "testsupport.h"

#include "metricsfixture.h"

#include "core/charts/chartlabels.h"
#include "core/charts/metricscharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QRegularExpression>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <array>
#include <cmath>
#include <memory>

using namespace cultivate;
using Catch::Detail::Approx;

namespace {

template <class S> S *seriesNamed(QChart *chart, const char *name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String(name))
            return qobject_cast<S *>(s);
    }
    return nullptr;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

} // namespace

TEST_CASE("the turnout chart has one point per held event with its turnout in percent")
{
    test::MetricsFixture f;
    std::unique_ptr<QChart> chart(turnoutChart(f.compute(), ChartPalette{}));
    auto *series = seriesNamed<QLineSeries>(chart.get(), "turnout");
    REQUIRE(series);
    REQUIRE(series->count() == 4);
    CHECK(series->at(0).y() == Approx(50.0));
    CHECK(series->at(1).y() == Approx(100.0 * 2 / 7));
}

TEST_CASE("the active members chart shows active members and newcomers per month")
{
    test::MetricsFixture f;
    std::unique_ptr<QChart> chart(activeMembersChart(f.compute(), ChartPalette{}));
    auto *series = seriesNamed<QBarSeries>(chart.get(), "active");
    REQUIRE(series);
    REQUIRE(series->count() == 2);
    CHECK(values(series->barSets().at(0)) == QList<qreal>{4, 2, 3, 3});
    CHECK(values(series->barSets().at(1)) == QList<qreal>{4, 1, 1, 0});
}

TEST_CASE("the participation chart stacks every level per quarter in its own colour")
{
    test::MetricsFixture f;
    const ChartPalette light;
    const ChartPalette dark{true};
    std::unique_ptr<QChart> chart(participationChart(f.compute(), light));
    auto *series = seriesNamed<QPercentBarSeries>(chart.get(), "levels");
    REQUIRE(series);
    REQUIRE(series->count() == 5);
    CHECK(series->barSets().at(0)->objectName() == QLatin1String("level-core"));
    CHECK(values(series->barSets().at(1)) == QList<qreal>{3, 2}); // active in Q1, Q2
    CHECK(series->barSets().at(0)->color() == light.level(Level::Core));
    CHECK(light.level(Level::Core) != dark.level(Level::Core));
}

TEST_CASE("the level flow chart shows the latest quarter's moves per level")
{
    test::MetricsFixture f;
    std::unique_ptr<QChart> chart(levelFlowChart(f.compute(), ChartPalette{}));
    auto *series = seriesNamed<QStackedBarSeries>(chart.get(), "flows");
    REQUIRE(series);
    CHECK(values(series->barSets().at(2)) == QList<qreal>{1, 1, 1, 0}); // moved down: core, active, occasional
    CHECK(chart->title().contains(QStringLiteral("2026 Q1")));
}

TEST_CASE("the concentration chart climbs to 100% with the half line at 50%")
{
    test::MetricsFixture f;
    std::unique_ptr<QChart> chart(concentrationChart(f.compute(), ChartPalette{}));
    auto *cumulative = seriesNamed<QLineSeries>(chart.get(), "cumulative");
    REQUIRE(cumulative);
    REQUIRE(cumulative->count() == 5); // origin and four contributing members
    CHECK(cumulative->at(1).y() == Approx(100.0 * 12 / 23));
    CHECK(cumulative->at(4).y() == Approx(100.0));
    CHECK(seriesNamed<QLineSeries>(chart.get(), "half")->at(0).y() == Approx(50.0));
}

TEST_CASE("the goal chart shows each goal's progress")
{
    test::MetricsFixture f;
    std::unique_ptr<QChart> chart(goalProgressChart(f.compute(), ChartPalette{}));
    auto *series = seriesNamed<QHorizontalBarSeries>(chart.get(), "goals");
    REQUIRE(series);
    const QList<qreal> progress = values(series->barSets().first());
    REQUIRE(progress.size() == 3);
    CHECK(progress[1] == Approx(50.0));
    CHECK(progress[2] == Approx(100.0));
}

TEST_CASE("the check-in trend plots surveys that have yes/no items")
{
    test::MetricsFixture f;
    std::unique_ptr<QChart> chart(surveyTrendChart(f.compute(), ChartPalette{}));
    auto *series = seriesNamed<QLineSeries>(chart.get(), "checkins");
    REQUIRE(series);
    REQUIRE(series->count() == 1);
    CHECK(series->at(0).y() == Approx(50.0));
}

TEST_CASE("charts and the retention heat map render to images with content")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    std::unique_ptr<QChart> chart(activeMembersChart(m, ChartPalette{}));
    const QImage image = renderChart(chart.get(), QSize(640, 360), 2.0);
    CHECK(image.size() == QSize(1280, 720));
    // Not a blank image: the bars paint pixels of the active colour.
    const QColor active = ChartPalette{}.level(Level::Active);
    int matches = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            matches += QColor(image.pixel(x, y)) == active;
    }
    CHECK(matches > 50);

    const QImage heat = retentionHeatMap(m, ChartPalette{}, QSize(400, 200));
    CHECK(heat.size() == QSize(400, 200));
    CHECK(heat.pixelColor(399, 199) != heat.pixelColor(200, 100));
}

namespace {

double contrast(const QColor &a, const QColor &b);
double contrastOf(const QColor &a, const QColor &b)
{
    return contrast(a, b);
}

QList<QDate> monthsFrom(const QDate &first, int count)
{
    QList<QDate> months;
    for (int i = 0; i < count; ++i)
        months << first.addMonths(i);
    return months;
}

QList<QDate> quartersFrom(const QDate &first, int count)
{
    QList<QDate> quarters;
    for (int i = 0; i < count; ++i)
        quarters << first.addMonths(3 * i);
    return quarters;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QStringList texts(const QList<AxisLabel> &labels)
{
    return labelTexts(labels);
}

QStringList axisLabels(QAbstractAxis *axis)
{
    if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
        return categories->categories();
    if (auto *marks = qobject_cast<QCategoryAxis *>(axis))
        return marks->categoriesLabels();
    return {};
}

} // namespace

TEST_CASE("twelve months are labelled with month and year, fewer when fewer fit")
{
    const QLocale english(QLocale::English);
    const QList<QDate> year = monthsFrom(QDate(2026, 1, 1), 12);
    const QList<AxisLabel> all = monthLabels(year, 12, english);
    REQUIRE(all.size() == 12);
    CHECK(all.first() == AxisLabel{0, QStringLiteral("Jan 2026")});
    CHECK(all.last() == AxisLabel{11, QStringLiteral("Dec 2026")});
    // Six fit: every other month; four: the quarters' first months.
    CHECK(texts(monthLabels(year, 6, english)) ==
          strings({"Jan 2026", "Mar 2026", "May 2026", "Jul 2026", "Sep 2026", "Nov 2026"}));
    CHECK(texts(monthLabels(year, 4, english)) == strings({"Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"}));
    const QList<AxisLabel> quarterly = monthLabels(year, 4, english);
    CHECK(quarterly.at(1).index == 3);
    // A window that starts mid-year labels the aligned months inside it.
    CHECK(texts(monthLabels(monthsFrom(QDate(2025, 8, 1), 12), 4, english)) ==
          strings({"Oct 2025", "Jan 2026", "Apr 2026", "Jul 2026"}));
}

TEST_CASE("five years are labelled by year, and no label ever repeats or reads as a day")
{
    const QLocale english(QLocale::English);
    const QList<QDate> fiveYears = monthsFrom(QDate(2021, 5, 1), 60);
    CHECK(texts(monthLabels(fiveYears, 6, english)) == strings({"2022", "2023", "2024", "2025", "2026"}));
    CHECK(texts(monthLabels(fiveYears, 3, english)) == strings({"2022", "2024", "2026"}));
    for (int max : {1, 2, 4, 6, 8, 12, 24, 60}) {
        const QStringList labels = texts(monthLabels(fiveYears, max, english));
        INFO(max << ": " << labels.join(QStringLiteral(", ")).toStdString());
        CHECK(labels.size() <= max);
        CHECK(QSet<QString>(labels.begin(), labels.end()).size() == labels.size());
        static const QRegularExpression dayLike(QStringLiteral("^[A-Z][a-z]{2} \\d{2}$")); // "Jan 26"
        for (const QString &l : labels)
            CHECK_FALSE(dayLike.match(l).hasMatch());
    }
}

TEST_CASE("one month is labelled once, even when no label would fit")
{
    const QLocale english(QLocale::English);
    CHECK(texts(monthLabels({QDate(2026, 10, 14)}, 6, english)) == strings({"Oct 2026"}));
    CHECK(texts(monthLabels(monthsFrom(QDate(2026, 2, 1), 4), 1, english)) == strings({"Apr 2026"}));
    CHECK(monthLabels({}, 6, english).isEmpty());
}

TEST_CASE("quarters read as year and quarter, and long runs as years")
{
    CHECK(quarterLabel(QDate(2026, 8, 1)) == QStringLiteral("2026 Q3"));
    CHECK(quarterFromKey(QStringLiteral("2026-Q3")) == QDate(2026, 7, 1));
    CHECK_FALSE(quarterFromKey(QStringLiteral("2026-07")).isValid());
    CHECK(monthFromKey(QStringLiteral("2026-07")) == QDate(2026, 7, 1));
    const QList<QDate> four = quartersFrom(QDate(2026, 1, 1), 4);
    CHECK(texts(quarterLabels(four, 6)) == strings({"2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"}));
    CHECK(texts(quarterLabels(four, 2)) == strings({"2026 Q1", "2026 Q3"}));
    const QList<QDate> twenty = quartersFrom(QDate(2022, 1, 1), 20);
    CHECK(texts(quarterLabels(twenty, 6)) == strings({"2022", "2023", "2024", "2025", "2026"}));
    CHECK(quarterLabels(twenty, 6).at(1).index == 4);
}

TEST_CASE("the monthly and quarterly charts' axes carry exactly the label functions' output")
{
    test::MetricsFixture f;
    for (const QDate &from : {QDate(2026, 1, 1), QDate(2024, 1, 1), QDate(2021, 5, 1)}) {
        MetricsOptions window;
        window.from = from;
        const Metrics m = f.compute(window);
        QList<QDate> months;
        for (const QString &key : m.months)
            months << monthFromKey(key);
        QList<QDate> quarters;
        for (const QuarterLevels &q : m.levelsByQuarter)
            quarters << quarterFromKey(q.label);
        for (int max : {4, 6, 12}) {
            INFO(from.toString(Qt::ISODate).toStdString() << ", at most " << max << " labels");
            std::unique_ptr<QChart> active(activeMembersChart(m, ChartPalette{}, max));
            CHECK(axisLabels(active->axes(Qt::Horizontal).value(0)) == labelTexts(monthLabels(months, max)));
            std::unique_ptr<QChart> levels(participationChart(m, ChartPalette{}, max));
            CHECK(axisLabels(levels->axes(Qt::Horizontal).value(0)) == labelTexts(quarterLabels(quarters, max)));
            std::unique_ptr<QChart> turnout(turnoutChart(m, ChartPalette{}, max));
            CHECK(axisLabels(turnout->axes(Qt::Horizontal).value(0)) == labelTexts(monthLabels(months, max)));
        }
    }
}

TEST_CASE("as many labels as fit across a narrow chart leave room between them")
{
    test::MetricsFixture f;
    MetricsOptions longWindow;
    longWindow.from = QDate(2024, 1, 1);
    const Metrics m = f.compute(longWindow);
    REQUIRE(m.months.size() == 28);
    std::unique_ptr<QChart> probe(activeMembersChart(m, ChartPalette{}));
    (void)renderChart(probe.get(), QSize(300, 260)); // lays the chart out
    const QFont font = probe->axes(Qt::Horizontal).value(0)->labelsFont();
    const int fit = labelsThatFit(probe->plotArea().width(), font);
    std::unique_ptr<QChart> chart(activeMembersChart(m, ChartPalette{}, fit));
    (void)renderChart(chart.get(), QSize(300, 260));
    auto *months = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(months);
    const QStringList labels = months->categoriesLabels();
    REQUIRE(labels.size() >= 2);
    const QFontMetricsF metrics(months->labelsFont());
    const qreal perMonth = chart->plotArea().width() / 28;
    for (qsizetype i = 1; i < labels.size(); ++i) {
        const qreal spacing = (months->endValue(labels[i]) - months->endValue(labels[i - 1])) * perMonth;
        CHECK(metrics.horizontalAdvance(labels[i - 1]) < spacing);
    }
}

TEST_CASE("several events in one month do not repeat the turnout axis' labels")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    std::unique_ptr<QChart> chart(turnoutChart(m, ChartPalette{}, 12));
    const QStringList labels = axisLabels(chart->axes(Qt::Horizontal).value(0));
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(QSet<QString>(labels.begin(), labels.end()).size() == labels.size());
    CHECK(labels.size() == m.months.size());
}

TEST_CASE("a count axis up to a few members has one tick per member, so no label repeats")
{
    test::MetricsFixture f;
    Metrics m = f.compute();
    for (int &n : m.activeByMonth)
        n = std::min(n, 2);
    for (int &n : m.newcomersByMonth)
        n = std::min(n, 2);
    std::unique_ptr<QChart> chart(activeMembersChart(m, ChartPalette{}));
    auto *members = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(members);
    CHECK(members->max() == Approx(2));
    CHECK(members->tickCount() == 3); // 0, 1, 2
}

TEST_CASE("charts built from empty metrics show a message instead of empty axes")
{
    const Metrics empty;
    using Build = QChart *(*)(const Metrics &, const ChartPalette &);
    const std::array<std::pair<const char *, Build>, 7> charts{{
        {"turnout", [](const Metrics &m, const ChartPalette &p) { return turnoutChart(m, p); }},
        {"active", [](const Metrics &m, const ChartPalette &p) { return activeMembersChart(m, p); }},
        {"participation", [](const Metrics &m, const ChartPalette &p) { return participationChart(m, p); }},
        {"flows", &levelFlowChart},
        {"concentration", &concentrationChart},
        {"checkins", [](const Metrics &m, const ChartPalette &p) { return surveyTrendChart(m, p); }},
        {"goals", &goalProgressChart},
    }};
    for (const auto &[name, build] : charts) {
        INFO(name);
        std::unique_ptr<QChart> chart(build(empty, ChartPalette{}));
        CHECK_FALSE(chart->property("emptyMessage").toString().isEmpty());
        CHECK(chart->axes().isEmpty());
        CHECK(chart->series().isEmpty());
        // The message is drawn: the middle of the chart is not blank.
        const QImage image = renderChart(chart.get(), QSize(400, 300));
        int ink = 0;
        for (int y = 120; y < 180; ++y) {
            for (int x = 40; x < 360; ++x)
                ink += image.pixelColor(x, y).lightness() < 128 && image.pixelColor(x, y).alpha() > 0;
        }
        CHECK(ink > 20);
    }
    // With data, no message.
    test::MetricsFixture f;
    std::unique_ptr<QChart> flows(levelFlowChart(f.compute(), ChartPalette{}));
    CHECK(flows->property("emptyMessage").toString().isEmpty());
    CHECK_FALSE(flows->axes().isEmpty());
}

TEST_CASE("the expected participation bands lie behind the bars, in the palette's neutral band colour")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    for (const ChartPalette palette : {ChartPalette{false}, ChartPalette{true}}) {
        std::unique_ptr<QChart> chart(participationChart(m, palette));
        QList<QAbstractSeries *> bands;
        qsizetype bars = -1;
        for (QAbstractSeries *s : chart->series()) {
            if (s->objectName() == QLatin1String("expected-band"))
                bands << s;
            if (s->objectName() == QLatin1String("levels"))
                bars = chart->series().indexOf(s);
        }
        REQUIRE(bands.size() == 2);
        // Series are painted in the order they were added: the bands first.
        CHECK(chart->series().indexOf(bands.first()) < bars);
        CHECK(chart->series().indexOf(bands.last()) < bars);
        CHECK(qobject_cast<QAreaSeries *>(bands.first())->pen().color() == palette.expectedBand());
        for (QLegendMarker *marker : chart->legend()->markers(bands.first()))
            CHECK_FALSE(marker->isVisible());
        // In the middle of the first quarter's bar, inside the core band (10–15%), the bar's colour shows.
        const QImage image = renderChart(chart.get(), QSize(400, 300));
        const QRectF plot = chart->plotArea();
        const qsizetype quarters = m.levelsByQuarter.size();
        const QPointF inBand(plot.left() + plot.width() / (2.0 * double(quarters)),
                             plot.bottom() - plot.height() * 0.125);
        const QColor seen = image.pixelColor(inBand.toPoint());
        INFO("dark: " << palette.dark << ", seen " << seen.name().toStdString());
        bool isBar = false;
        for (Level level : enumValues<Level>())
            isBar = isBar || seen == palette.level(level);
        CHECK(isBar);
    }
    // The band colour is readable on either background.
    CHECK(contrastOf(ChartPalette{false}.expectedBand(), Qt::white) >= 4.5);
    CHECK(contrastOf(ChartPalette{true}.expectedBand(), QColor(0x202124)) >= 4.5);
}

namespace {

// WCAG 2 contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("the held part of the level flows stands out from the chart's background in both palettes")
{
    test::MetricsFixture f;
    const Metrics m = f.compute();
    for (const ChartPalette palette : {ChartPalette{false}, ChartPalette{true}}) {
        std::unique_ptr<QChart> chart(levelFlowChart(m, palette));
        auto *series = seriesNamed<QStackedBarSeries>(chart.get(), "flows");
        REQUIRE(series);
        REQUIRE(series->count() == 3);
        const QColor held = series->barSets().at(1)->color();
        // The background as painted: near the top left corner, inside the chart's margin.
        const QImage image = renderChart(chart.get(), QSize(400, 300));
        const QColor background = image.pixelColor(20, 20);
        REQUIRE(background.alpha() == 255);
        INFO("dark palette: " << palette.dark << ", held " << held.name().toStdString() << " on "
                              << background.name().toStdString());
        CHECK(contrast(held, background) >= 3.0);
    }
}

TEST_CASE("labels counted from a chart's whole width, less its value axis, still leave room between them")
{
    test::MetricsFixture f;
    MetricsOptions longWindow;
    longWindow.from = QDate(2024, 1, 1);
    const Metrics m = f.compute(longWindow);
    REQUIRE(m.months.size() == 28);
    const QSize size(300, 260);
    std::unique_ptr<QChart> probe(activeMembersChart(m, ChartPalette{}));
    (void)renderChart(probe.get(), size);
    const QFont font = probe->axes(Qt::Horizontal).value(0)->labelsFont();
    // The chart's value axis (about ten characters) is not room for time labels.
    const qreal axis = 10 * QFontMetricsF(font).averageCharWidth();
    for (const qreal plot : {60.0, 180.0, 420.0, 900.0})
        CHECK(labelsThatFitChart(plot + axis, font) == labelsThatFit(plot, font));
    // What a page knows: the width of its chart view, not the plot's.
    const int fit = labelsThatFitChart(size.width(), font);
    std::unique_ptr<QChart> chart(activeMembersChart(m, ChartPalette{}, fit));
    (void)renderChart(chart.get(), size);
    auto *months = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(months);
    const QStringList labels = months->categoriesLabels();
    REQUIRE(labels.size() >= 2);
    const QFontMetricsF metrics(months->labelsFont());
    const qreal perMonth = chart->plotArea().width() / 28;
    for (qsizetype i = 1; i < labels.size(); ++i) {
        const qreal spacing = (months->endValue(labels[i]) - months->endValue(labels[i - 1])) * perMonth;
        CHECK(metrics.horizontalAdvance(labels[i - 1]) < spacing);
    }
}
