// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One home for judgement: the dashboard, the stakeholder report (every format), the sponsor draft
// and the command line (`stats`, `health`) show the same figures and the same verdict for the same
// window, all from core's assessment; a plan with any warning is never called free of warnings.
#include "guisupport.h"
#include "testsupport.h"

#include "core/assessment/assessment.h"
#include "core/demo/demogenerator.h"
#include "core/reports/drafts.h"
#include "core/reports/report.h"
#include "core/reports/reportdata.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/healthpanel.h"
#include "ui/dashboard/kpicard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const QDate Today(2026, 12, 4);

// The demo community of seed 3 on 4 December 2026, in a plan file: its mean attendance rate is 19%.
struct Seed3 {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(Today, QTime(9, 0))};
    QString path;
    std::unique_ptr<Plan> plan;

    Seed3()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("seed3.cop"));
        DemoOptions options;
        options.seed = 3;
        REQUIRE_OK(createDemoPlan(path, options, clock));
        auto opened = Plan::open(path, OpenMode::ReadOnly, clock);
        REQUIRE_OK(opened);
        plan = std::move(opened).value();
    }

    // `cultivate ARGS` with today fixed to the same day.
    QJsonObject json(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CULTIVATE_TODAY"), Today.toString(Qt::ISODate));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CULTIVATE_BINARY), arguments);
        REQUIRE(process.waitForFinished(60000));
        INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
        REQUIRE(process.exitCode() == 0);
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

    QString report(ReportFormat format, const QString &fileName) const
    {
        auto data = loadReportData(*plan);
        REQUIRE_OK(data);
        const QString out = dir.filePath(fileName);
        REQUIRE_OK(writeReport(data.value(), ReportOptions{}, out, format, Today));
        if (format == ReportFormat::Pdf) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
            REQUIRE(text.waitForFinished(60000));
            return QString::fromUtf8(text.readAllStandardOutput());
        }
        if (format == ReportFormat::Odt) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("content.xml")});
            REQUIRE(unzip.waitForFinished(60000));
            return QString::fromUtf8(unzip.readAllStandardOutput());
        }
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }
};

QString kpi(const DashboardPage &page, const char *key)
{
    return child<KpiCard>(page, QStringLiteral("dashboard-kpi-") + QLatin1String(key))->value();
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

// The value cell of a Markdown table row whose label cell is `label` ("| Reach | 88% |").
QString markdownRow(const QString &markdown, const QString &label)
{
    const QRegularExpression row(QStringLiteral("^\\| %1 \\| ([^|]+) \\|").arg(QRegularExpression::escape(label)),
                                 QRegularExpression::MultilineOption);
    const auto match = row.match(markdown);
    INFO("no row " << label.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1).trimmed();
}

} // namespace

TEST_CASE("the dashboard, the report and stats show the same figures and verdict for the same window")
{
    isolateSettings();
    Seed3 s;
    const QJsonObject stats = s.json({QStringLiteral("stats"), s.path, QStringLiteral("--json")});
    const QJsonObject health = s.json({QStringLiteral("health"), s.path, QStringLiteral("--json")});
    const Assessment core = assessPlan(*s.plan, {}, Today).value();

    DashboardPage page;
    page.setPlan(s.plan.get());
    REQUIRE(QTest::qWaitFor([&] { return page.snapshot() && !page.isComputing(); }, 30000));
    const QString markdown = s.report(ReportFormat::Markdown, QStringLiteral("report.md"));

    // Counts.
    const int members = stats.value(QStringLiteral("members")).toInt();
    CHECK(members == core.current.members);
    CHECK(kpi(page, "members") == QString::number(members));
    CHECK(markdownRow(markdown, QStringLiteral("Members counted")) == QString::number(members));
    const int held = stats.value(QStringLiteral("events_held")).toInt();
    CHECK(kpi(page, "events") == QString::number(held));
    CHECK(markdownRow(markdown, QStringLiteral("Events held")) == QString::number(held));
    const int credited = stats.value(QStringLiteral("credited_attendances")).toInt();
    CHECK(kpi(page, "attendances") == QString::number(credited));
    CHECK(markdownRow(markdown, QStringLiteral("Credited attendances")) == QString::number(credited));
    // Shares.
    const QString reach = percent(stats.value(QStringLiteral("reach")).toDouble());
    CHECK(kpi(page, "reach") == reach);
    CHECK(markdownRow(markdown, QStringLiteral("Reach")) == reach);
    const QString rate = percent(stats.value(QStringLiteral("mean_attendance_rate")).toDouble());
    CHECK(rate == QStringLiteral("19%"));
    CHECK(kpi(page, "attendance-rate") == rate);
    CHECK(markdownRow(markdown, QStringLiteral("Mean attendance rate")) == rate);
    const QString stickiness = percent(stats.value(QStringLiteral("stickiness")).toDouble());
    CHECK(kpi(page, "stickiness") == stickiness);
    CHECK(markdownRow(markdown, QStringLiteral("Stickiness")) == stickiness);
    // "This month" is the latest complete month everywhere: November, not the four days of December.
    CHECK(stats.value(QStringLiteral("latest_complete_month")).toString() == QStringLiteral("2026-11"));
    const int active =
        stats.value(QStringLiteral("active_members_by_month")).toObject().value(QStringLiteral("2026-11")).toInt();
    CHECK(kpi(page, "active-month") == QString::number(active));
    CHECK(child<KpiCard>(page, QStringLiteral("dashboard-kpi-active-month"))->caption() ==
          QStringLiteral("Active in November 2026"));
    CHECK(markdownRow(markdown, QStringLiteral("Active members in November 2026")) == QString::number(active));
    // The verdict.
    CHECK(health.value(QStringLiteral("verdict")).toString() == enumKey(core.health.verdict));
    CHECK(core.health.verdict == Verdict::Watch);
    const QString headline = health.value(QStringLiteral("headline")).toString();
    CHECK(child<HealthPanel>(page, QStringLiteral("dashboard-health"))->verdictText() == headline);
    CHECK(markdown.contains(QStringLiteral("Verdict: %1.").arg(headline)));
    // Its flags include the low attendance rate the figures show.
    QStringList rules;
    for (const auto &flag : health.value(QStringLiteral("flags")).toArray())
        rules << flag.toObject().value(QStringLiteral("rule")).toString();
    CHECK(rules.contains(QStringLiteral("low_attendance_rate")));
}

TEST_CASE("a plan with a warning never says it has no warning signs, on the dashboard, in any report or draft")
{
    isolateSettings();
    Seed3 s;
    const Assessment core = assessPlan(*s.plan, {}, Today).value();
    REQUIRE(core.health.count(Severity::Warning) > 0);
    const QStringList reassurances{QStringLiteral("no warning signs"), QStringLiteral("raised no concerns"),
                                   QStringLiteral("looks well")};
    const auto silent = [&](const QString &text, const char *where) {
        INFO(where);
        REQUIRE_FALSE(text.trimmed().isEmpty());
        for (const QString &phrase : reassurances)
            CHECK_FALSE(text.contains(phrase, Qt::CaseInsensitive));
    };

    DashboardPage page;
    page.setPlan(s.plan.get());
    REQUIRE(QTest::qWaitFor([&] { return page.snapshot() && !page.isComputing(); }, 30000));
    auto *panel = child<HealthPanel>(page, QStringLiteral("dashboard-health"));
    QString shown = panel->verdictText();
    for (QLabel *label : panel->findChildren<QLabel *>())
        shown += QLatin1Char('\n') + label->text();
    silent(shown, "dashboard");

    silent(s.report(ReportFormat::Markdown, QStringLiteral("r.md")), "Markdown report");
    silent(s.report(ReportFormat::Html, QStringLiteral("r.html")), "HTML report");
    silent(s.report(ReportFormat::Odt, QStringLiteral("r.odt")), "ODT report");
    silent(s.report(ReportFormat::Pdf, QStringLiteral("r.pdf")), "PDF report");

    auto data = loadReportData(*s.plan);
    REQUIRE_OK(data);
    const Draft draft = sponsorDraft(data.value(), ReportOptions{}, Today);
    silent(draft.body, "sponsor draft");
    CHECK(draft.body.contains(core.health.headline()));
}
