// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stakeholder report (SPEC §7): every format from a demo plan, consent, escaping, sections, paper.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/charts/chartlabels.h"
#include "core/lifecycle/newplan.h"
#include "core/metrics/metrics.h"
#include "core/reports/reportformat.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

using namespace cultivate;
using test::ReportFixture;

namespace {

// pdftotext breaks lines where the layout does; words are what the tests compare.
QString words(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QStringList sectionHeadings(const QSet<ReportSection> &sections)
{
    QStringList list;
    for (ReportSection s : enumValues<ReportSection>()) {
        if (s != ReportSection::Cover && sections.contains(s))
            list << label(s);
    }
    return list;
}

ReportOptions withSections(std::initializer_list<ReportSection> sections)
{
    ReportOptions options;
    options.sections = QSet<ReportSection>(sections);
    return options;
}

} // namespace

TEST_CASE("a PDF report of the demo plan names the community, every section and the stats figures")
{
    auto &f = ReportFixture::shared();
    const QString pdf = f.write(QStringLiteral("full.pdf"));
    const QString text = words(test::pdfText(pdf));

    CHECK(text.contains(f.data.metrics.community.name));
    CHECK(text.contains(QStringLiteral("Stakeholder report")));
    for (const QString &heading : sectionHeadings(allReportSections())) {
        INFO(heading.toStdString());
        CHECK(text.contains(heading));
    }
    // The headline figures are those `cultivate stats --json` prints for the same window.
    const QJsonObject stats = metricsJson(computeMetrics(f.data.metrics, {}, f.clock.today()));
    const QStringList figures{reportCount(stats.value(QStringLiteral("members")).toInt()),
                              reportCount(stats.value(QStringLiteral("events_held")).toInt()),
                              reportCount(stats.value(QStringLiteral("credited_attendances")).toInt()),
                              reportShare(stats.value(QStringLiteral("reach")).toDouble()),
                              reportShare(stats.value(QStringLiteral("mean_attendance_rate")).toDouble())};
    for (const QString &figure : figures) {
        INFO(figure.toStdString());
        CHECK(text.contains(figure));
    }
    const QString window = reportPeriod(
        QDate::fromString(stats.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(),
                          Qt::ISODate),
        QDate::fromString(stats.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString(),
                          Qt::ISODate));
    CHECK(text.contains(window));
    // Pages are numbered, and the cover's contents give each section's page.
    CHECK(text.contains(QStringLiteral("Page 2 of")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("At a glance \\d+"))));
    CHECK(test::pdfInfo(pdf).contains(QStringLiteral("Title:")));
}

TEST_CASE("the HTML report is one self-contained file with its charts inlined")
{
    auto &f = ReportFixture::shared();
    const QString html = test::readText(f.write(QStringLiteral("full.html")));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<style>")));
    CHECK(html.count(QStringLiteral("<img src=\"data:image/png;base64,")) >= 5);
    CHECK_FALSE(html.contains(QStringLiteral("src=\"charts/")));
    CHECK_FALSE(html.contains(QStringLiteral("http-equiv")));
    CHECK(html.contains(f.data.metrics.community.name.toHtmlEscaped()));
    for (const QString &heading : sectionHeadings(allReportSections()))
        CHECK(html.contains(heading.toHtmlEscaped()));
}

TEST_CASE("a member's name made of markup is escaped in the HTML report and no script tag gets through")
{
    auto &f = ReportFixture::shared();
    const QString html = test::readText(f.write(QStringLiteral("escaped.html")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));

    const QString markdown = test::readText(f.write(QStringLiteral("escaped.md")));
    CHECK(markdown.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\>")));
    CHECK_FALSE(markdown.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<script")))); // only escaped
}

TEST_CASE("the ODT report is a zip package with content.xml and the chart images")
{
    auto &f = ReportFixture::shared();
    const QString odt = f.write(QStringLiteral("full.odt"));
    const auto listing = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    REQUIRE(listing.exitCode == 0);
    CHECK(listing.out.contains(QStringLiteral("content.xml")));
    CHECK(listing.out.contains(QStringLiteral("META-INF/manifest.xml")));
    CHECK(listing.out.contains(QStringLiteral("Pictures/"))); // the charts
    const auto test = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-tq"), odt});
    CHECK(test.exitCode == 0);
    const QString content = test::odtContent(odt);
    CHECK(content.contains(f.data.metrics.community.name.toHtmlEscaped()));
    CHECK(content.contains(label(ReportSection::Summary)));
}

TEST_CASE("the Markdown report writes its chart images beside it and links them relatively")
{
    auto &f = ReportFixture::shared();
    const QString path = f.write(QStringLiteral("full report.md"));
    const QString markdown = test::readText(path);
    CHECK(markdown.startsWith(QStringLiteral("# ")));
    CHECK(markdown.contains(QStringLiteral("## At a glance")));
    CHECK(markdown.contains(QStringLiteral("| Figure | This period |")));
    const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    int images = 0;
    for (const auto &match : image.globalMatch(markdown)) {
        const QString link = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
        INFO(link.toStdString());
        CHECK(link.startsWith(QStringLiteral("full report_files/")));
        CHECK(QFileInfo(QFileInfo(path).dir().filePath(link)).size() > 1000);
        ++images;
    }
    CHECK(images >= 5);
}

TEST_CASE("a member who did not consent is named in no format of the report")
{
    auto &f = ReportFixture::shared();
    QStringList withheld{f.hiddenName, QStringLiteral("Willa Q")};
    for (const auto &m : f.data.metrics.members) {
        if (!m.consentReport)
            withheld << m.name;
    }
    REQUIRE(withheld.size() > 2);
    const QMap<QString, QString> outputs{
        {QStringLiteral("pdf"), words(test::pdfText(f.write(QStringLiteral("consent.pdf"))))},
        {QStringLiteral("html"), test::readText(f.write(QStringLiteral("consent.html")))},
        {QStringLiteral("odt"), test::odtContent(f.write(QStringLiteral("consent.odt")))},
        {QStringLiteral("md"), test::readText(f.write(QStringLiteral("consent.md")))},
    };
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        INFO("format " << it.key().toStdString());
        CHECK(it.value().contains(f.namedName)); // a consenting member is named …
        CHECK(it.value().contains(QStringLiteral("a member")));
        for (const QString &name : withheld) {
            INFO("name " << name.toStdString());
            CHECK_FALSE(it.value().contains(name, Qt::CaseInsensitive)); // … one who did not consent, never
        }
        CHECK_FALSE(it.value().contains(QStringLiteral("A confidential reflection")));
    }
}

TEST_CASE("an empty plan gives a short report that explains each section in words")
{
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 3, 18), QTime(10, 0)));
    NewPlanOptions options;
    options.name = QStringLiteral("Empty Circle");
    options.layout = PlanTemplate::Empty;
    options.start = QDate(2026, 1, 1);
    auto plan = createPlan(dir.filePath(QStringLiteral("empty.cop")), options, clock);
    REQUIRE_OK(plan);
    auto data = loadReportData(*plan.value());
    REQUIRE_OK(data);

    const ReportContent content = composeReport(data.value(), {}, clock.today());
    CHECK(content.charts.isEmpty()); // words instead of empty charts

    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE_OK(writeReport(data.value(), {}, pdf, ReportFormat::Pdf, clock.today()));
    const QString text = words(test::pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Empty Circle")));
    for (const QString &heading : sectionHeadings(allReportSections()))
        CHECK(text.contains(heading));
    CHECK(text.contains(QStringLiteral("No events were held in this period")));
    CHECK(text.contains(QStringLiteral("No goals have been set yet")));
    CHECK(text.contains(QStringLiteral("No story was shared with consent")));
    const QString info = test::pdfInfo(pdf);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() <= 8); // the appendix defines every figure, the health check and the period

    const QString html = dir.filePath(QStringLiteral("empty.html"));
    REQUIRE_OK(writeReport(data.value(), {}, html, ReportFormat::Html, clock.today()));
    const QString page = test::readText(html);
    CHECK(page.trimmed().endsWith(QStringLiteral("</html>")));
    CHECK_FALSE(page.contains(QStringLiteral("<img")));
    const QString md = dir.filePath(QStringLiteral("empty.md"));
    REQUIRE_OK(writeReport(data.value(), {}, md, ReportFormat::Markdown, clock.today()));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("empty_files"))));
}

TEST_CASE("a report leaves out the sections that were not chosen")
{
    auto &f = ReportFixture::shared();
    const ReportOptions options = withSections({ReportSection::Summary, ReportSection::Health});
    const QString text = words(test::pdfText(f.write(QStringLiteral("sections.pdf"), options)));
    CHECK(text.contains(label(ReportSection::Summary)));
    CHECK(text.contains(label(ReportSection::Health)));
    for (ReportSection s :
         {ReportSection::Goals, ReportSection::Lifecycle, ReportSection::Activity, ReportSection::Participation,
          ReportSection::Retention, ReportSection::Surveys, ReportSection::Value, ReportSection::Appendix}) {
        INFO(label(s).toStdString());
        CHECK_FALSE(text.contains(label(s)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Contents"))); // no cover either
    CHECK(text.contains(f.data.metrics.community.name));    // but still a title

    const ReportContent content = composeReport(f.data, options, f.clock.today());
    CHECK(content.charts.isEmpty());
}

TEST_CASE("the paper size sets the PDF's page size")
{
    auto &f = ReportFixture::shared();
    ReportOptions options = withSections({ReportSection::Cover, ReportSection::Summary});
    options.paper = PaperSize::A4;
    CHECK(test::pdfInfo(f.write(QStringLiteral("a4.pdf"), options)).contains(QStringLiteral("595 x 842 pts (A4)")));
    options.paper = PaperSize::Letter;
    const QString letter = test::pdfInfo(f.write(QStringLiteral("letter.pdf"), options));
    CHECK(letter.contains(QStringLiteral("612 x 792 pts (letter)")));
}

TEST_CASE("the format follows the file's extension")
{
    CHECK(reportFormatForPath(QStringLiteral("/tmp/a.pdf")) == ReportFormat::Pdf);
    CHECK(reportFormatForPath(QStringLiteral("a.HTML")) == ReportFormat::Html);
    CHECK(reportFormatForPath(QStringLiteral("a.htm")) == ReportFormat::Html);
    CHECK(reportFormatForPath(QStringLiteral("a.odt")) == ReportFormat::Odt);
    CHECK(reportFormatForPath(QStringLiteral("a.md")) == ReportFormat::Markdown);
    CHECK_FALSE(reportFormatForPath(QStringLiteral("a.docx")).has_value());
    CHECK_FALSE(reportFormatForPath(QStringLiteral("report")).has_value());
    CHECK_FALSE(reportFormatForPath(QStringLiteral("dir.pdf/report")).has_value());
}

TEST_CASE("the name guard replaces withheld names as whole words in any case")
{
    const NameGuard guard({QStringLiteral("Ana Lee"), QStringLiteral("Bo")});
    CHECK(guard.clean(QStringLiteral("Thanks to Ana Lee and ANA  LEE.")) ==
          QStringLiteral("Thanks to a member and a member."));
    CHECK(guard.clean(QStringLiteral("Bo's idea, by Bob and Ana Leeds")) ==
          QStringLiteral("a member's idea, by Bob and Ana Leeds"));
    CHECK(guard.clean(QStringLiteral("Analysts")) == QStringLiteral("Analysts"));
    CHECK(NameGuard({}).clean(QStringLiteral("Ana Lee")) == QStringLiteral("Ana Lee"));
}

TEST_CASE("the cover names the facilitator only when they consented to be named")
{
    auto &f = ReportFixture::shared();
    ReportData data = f.data;
    QString facilitator;
    for (auto &m : data.metrics.members) {
        if (m.role == Role::Facilitator) {
            facilitator = m.name;
            m.consentReport = true;
        }
    }
    REQUIRE_FALSE(facilitator.isEmpty());
    const auto coverText = [&](const ReportData &d) {
        const ReportContent content = composeReport(d, withSections({ReportSection::Cover}), f.clock.today());
        return content.document.toMarkdown([](const QString &id) { return id; });
    };
    CHECK(coverText(data).contains(facilitator));
    for (auto &m : data.metrics.members) {
        if (m.role == Role::Facilitator)
            m.consentReport = false;
    }
    data.withheldNames << facilitator;
    const QString hidden = coverText(data);
    CHECK_FALSE(hidden.contains(facilitator));
    CHECK(hidden.contains(QStringLiteral("Prepared by the community's facilitator")));
}

TEST_CASE("a report for a later part of the plan compares it with the period before")
{
    auto &f = ReportFixture::shared();
    ReportOptions options = withSections({ReportSection::Summary});
    options.from = QDate(2025, 12, 1);
    options.to = QDate(2026, 2, 28);
    const ReportContent content = composeReport(f.data, options, f.clock.today());
    const QString markdown = content.document.toMarkdown([](const QString &id) { return id; });
    CHECK(markdown.contains(QStringLiteral("| Figure | This period | Change | Target |")));
    CHECK(markdown.contains(reportPeriod(QDate(2025, 9, 2), QDate(2025, 11, 30)))); // 90 days before
    const Metrics now = computeMetrics(f.data.metrics, {options.from, options.to, false}, f.clock.today());
    const Metrics before =
        computeMetrics(f.data.metrics, {QDate(2025, 9, 2), QDate(2025, 11, 30), false}, f.clock.today());
    CHECK(
        markdown.contains(QStringLiteral("| Events held | %1 | %2 | \u2013 |")
                              .arg(reportCount(now.eventsHeld), reportCountChange(now.eventsHeld, before.eventsHeld))));
}

TEST_CASE("a report whose writing is cancelled leaves no file behind")
{
    auto &f = ReportFixture::shared();
    const QString path = f.path(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    const auto result =
        writeReport(f.data, {}, path, ReportFormat::Pdf, f.clock.today(), [&calls](int, int) { return ++calls < 4; });
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Cancelled);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a report that cannot be written says which file")
{
    auto &f = ReportFixture::shared();
    const QString path = f.path(QStringLiteral("no-such-folder/report.pdf"));
    const auto result =
        writeReport(f.data, withSections({ReportSection::Summary}), path, ReportFormat::Pdf, f.clock.today());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Io);
    CHECK(result.error().message.contains(QStringLiteral("report.pdf")));
}

TEST_CASE("a report is composed and written on a worker thread, with only its charts drawn on the GUI thread")
{
    auto &f = ReportFixture::shared();
    const auto onWorker = [](const std::function<void()> &work) {
        std::unique_ptr<QThread> worker(QThread::create(work));
        worker->start();
        REQUIRE(worker->wait(120000));
    };
    ReportContent content;
    onWorker([&] { content = composeReport(f.data, {}, f.clock.today()); });
    REQUIRE(content.charts.size() >= 5);
    REQUIRE_OK(renderReportCharts(content));
    const QString path = f.path(QStringLiteral("worker.pdf"));
    std::optional<Result<void>> result;
    QList<int> steps;
    onWorker([&] {
        result = writeReport(content, path, ReportFormat::Pdf, [&steps](int done, int) {
            steps << done;
            return true;
        });
    });
    REQUIRE(result.has_value());
    REQUIRE_OK(*result);
    CHECK(words(test::pdfText(path)).contains(label(ReportSection::Appendix)));
    CHECK(steps.size() >= 5); // one step per page
    CHECK(std::is_sorted(steps.cbegin(), steps.cend()));
}

TEST_CASE("the report's pages can be previewed as images")
{
    auto &f = ReportFixture::shared();
    ReportContent content =
        composeReport(f.data, withSections({ReportSection::Cover, ReportSection::Activity}), f.clock.today());
    REQUIRE_OK(renderReportCharts(content));
    const QList<QImage> pages = reportPageImages(content, 300);
    REQUIRE(pages.size() >= 2);
    CHECK(pages.first().width() == 300);
    CHECK(std::abs(pages.first().height() - 300 * 297.0 / 210.0) <= 1.0); // A4's proportions
}

TEST_CASE("every chart of the report is rendered at twice its printed size")
{
    auto &f = ReportFixture::shared();
    ReportContent content = composeReport(f.data, {}, f.clock.today());
    QStringList ids;
    for (const ReportChart &c : content.charts)
        ids << c.id;
    CHECK(ids == QStringList{QStringLiteral("goals"), QStringLiteral("turnout"), QStringLiteral("active-members"),
                             QStringLiteral("participation"), QStringLiteral("level-flows"),
                             QStringLiteral("concentration"), QStringLiteral("retention"),
                             QStringLiteral("check-ins")});
    REQUIRE_OK(renderReportCharts(content));
    for (const ReportChart &c : content.charts) {
        INFO(c.id.toStdString());
        CHECK(c.image.size() == c.size * 2);
    }
}

TEST_CASE("the report's monthly and quarterly axes are the chart label functions' output")
{
    auto &f = ReportFixture::shared();
    ReportContent content = composeReport(f.data, {}, f.clock.today());
    int checked = 0;
    for (const ReportChart &c : content.charts) {
        if (c.kind != ReportChartKind::ActiveMembers && c.kind != ReportChartKind::Participation)
            continue;
        INFO(c.id.toStdString());
        std::unique_ptr<QChart> chart = reportChartObject(c);
        REQUIRE(chart);
        QAbstractAxis *axis = chart->axes(Qt::Horizontal).value(0);
        QStringList labels;
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            labels = categories->categories();
        else if (auto *marks = qobject_cast<QCategoryAxis *>(axis))
            labels = marks->categoriesLabels();
        REQUIRE_FALSE(labels.isEmpty());
        QList<QDate> periods;
        if (c.kind == ReportChartKind::ActiveMembers) {
            for (const QString &key : c.metrics->months)
                periods << monthFromKey(key);
            CHECK(labels == labelTexts(monthLabels(periods, int(labels.size()), reportAbbreviationLocale())));
        } else {
            for (const QuarterLevels &q : c.metrics->levelsByQuarter)
                periods << quarterFromKey(q.label);
            CHECK(labels == labelTexts(quarterLabels(periods, int(labels.size()))));
        }
        ++checked;
    }
    CHECK(checked == 2);
}

TEST_CASE("figures, dates and periods are written the way the report prints them")
{
    CHECK(reportCount(1234567) == QStringLiteral("1,234,567"));
    CHECK(reportShare(0.425) == QStringLiteral("43%"));
    CHECK(reportShare(std::optional<double>()) == QStringLiteral("\u2013"));
    CHECK(reportScore(-12.4) == QStringLiteral("\u221212"));
    CHECK(reportDate(QDate(2026, 3, 5)) == QStringLiteral("5 March 2026"));
    CHECK(reportMonth(QStringLiteral("2026-03")) == QStringLiteral("March 2026"));
    CHECK(reportPeriod(QDate(2026, 3, 5), QDate(2026, 3, 5)) == QStringLiteral("5 March 2026"));
    CHECK(reportPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31)) == QStringLiteral("1 \u2013 31 March 2026"));
    CHECK(reportPeriod(QDate(2026, 1, 1), QDate(2026, 4, 15)) == QStringLiteral("1 January \u2013 15 April 2026"));
    CHECK(reportPeriod(QDate(2025, 12, 1), QDate(2026, 2, 28)) ==
          QStringLiteral("1 December 2025 \u2013 28 February 2026"));
    CHECK(reportCountChange(12, 7) == QStringLiteral("+5"));
    CHECK(reportCountChange(7, 12) == QStringLiteral("\u22125"));
    CHECK(reportCountChange(7, 7) == QStringLiteral("no change"));
    CHECK(reportShareChange(0.50, 0.46) == QStringLiteral("+4 pts"));
}
