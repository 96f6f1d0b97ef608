// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chart objects built from the hand-worked metrics fixture carry the expected series and values.
#include "testsupport.h"

#include "metricsfixture.h"

#include "core/charts/metricscharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QStackedBarSeries>

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
    CHECK(chart->title().contains(QStringLiteral("2026-Q1")));
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

TEST_CASE("a window longer than a year labels a few months instead of eliding one label per month")
{
    test::MetricsFixture f;
    MetricsOptions longWindow;
    longWindow.from = QDate(2024, 1, 1);
    const Metrics m = f.compute(longWindow);
    REQUIRE(m.months.size() == 28);
    std::unique_ptr<QChart> chart(activeMembersChart(m, ChartPalette{}));
    const auto horizontal = chart->axes(Qt::Horizontal);
    REQUIRE(horizontal.size() == 1);
    auto *months = qobject_cast<QCategoryAxis *>(horizontal.first());
    REQUIRE(months);
    CHECK(months->categoriesLabels() == QStringList{QStringLiteral("Jul \u201924"), QStringLiteral("Jan \u201925"),
                                                    QStringLiteral("Jul \u201925"), QStringLiteral("Jan \u201926")});
    CHECK(months->min() == Approx(-0.5));
    CHECK(months->max() == Approx(27.5));
    // Every label fits between its neighbours, even on a chart as narrow as a dashboard card.
    (void)renderChart(chart.get(), QSize(300, 260)); // lays the chart out
    const qreal spacing = chart->plotArea().width() * 6 / 28;
    const QFontMetricsF metrics(months->labelsFont());
    for (const QString &label : months->categoriesLabels())
        CHECK(metrics.horizontalAdvance(label) < spacing);

    // Five years: the years, at each January.
    longWindow.from = QDate(2021, 5, 1);
    std::unique_ptr<QChart> years(activeMembersChart(f.compute(longWindow), ChartPalette{}));
    auto *yearAxis = qobject_cast<QCategoryAxis *>(years->axes(Qt::Horizontal).value(0));
    REQUIRE(yearAxis);
    CHECK(yearAxis->categoriesLabels() == QStringList{QStringLiteral("2022"), QStringLiteral("2023"),
                                                      QStringLiteral("2024"), QStringLiteral("2025"),
                                                      QStringLiteral("2026")});

    // Up to a year the months stay categories, keyed "YYYY-MM" for the views to relabel.
    std::unique_ptr<QChart> year(activeMembersChart(f.compute(), ChartPalette{}));
    auto *categories = qobject_cast<QBarCategoryAxis *>(year->axes(Qt::Horizontal).value(0));
    REQUIRE(categories);
    CHECK(categories->categories().first() == QStringLiteral("2026-01"));
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
