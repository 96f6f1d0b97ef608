// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure of the report in its labelled row or sentence, in PDF, HTML, ODT and Markdown, equal to
// what `cultivate stats --json` prints for the same window; the data sources' true counts.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/reports/reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cultivate;
using cultivate::test::cell;
using cultivate::test::lastCell;
using cultivate::test::Rendering;
using cultivate::test::Rows;

namespace {

const QString Today = QStringLiteral("2026-12-04");

test::ProcessResult runCultivateOn(const QStringList &arguments)
{
    return test::runCultivate(arguments, QDate::fromString(Today, Qt::ISODate));
}

// The demo community of seed 5, made by the binary on 4 December 2026.
struct Seed5 {
    QTemporaryDir dir;
    QString plan;
    Seed5()
    {
        plan = dir.filePath(QStringLiteral("seed5.cop"));
        const auto r = runCultivateOn({QStringLiteral("demo"), plan, QStringLiteral("--seed"), QStringLiteral("5")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    static Seed5 &shared()
    {
        static Seed5 seed;
        return seed;
    }
};

QStringList windowArguments(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return {};
    return {QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate)};
}

QJsonObject stats(const QDate &from = {}, const QDate &to = {})
{
    const auto r = runCultivateOn(QStringList{QStringLiteral("stats"), Seed5::shared().plan, QStringLiteral("--json")} +
                                  windowArguments(from, to));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString report(const QString &name, const QDate &from = {}, const QDate &to = {})
{
    const QString out = Seed5::shared().dir.filePath(name);
    const auto r =
        runCultivateOn(QStringList{QStringLiteral("report"), Seed5::shared().plan, QStringLiteral("-o"), out} +
                       windowArguments(from, to));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

QList<Rendering> renderings(const QString &stem, const QDate &from = {}, const QDate &to = {})
{
    return test::readRenderings(
        report(stem + QStringLiteral(".pdf"), from, to), report(stem + QStringLiteral(".html"), from, to),
        report(stem + QStringLiteral(".odt"), from, to), report(stem + QStringLiteral(".md"), from, to));
}

struct Expected {
    QString label;
    int column;
    QString value;
};

// The at-a-glance table's figures and the participation and organisation tables, from `stats --json`.
QList<Expected> expectedRows(const QJsonObject &s)
{
    const auto count = [&s](const char *key) { return reportCount(s.value(QLatin1String(key)).toInt()); };
    const auto share = [&s](const char *key) {
        const QJsonValue v = s.value(QLatin1String(key));
        return v.isNull() ? QStringLiteral("\u2013") : reportShare(v.toDouble());
    };
    int newcomers = 0;
    const QJsonObject byMonth = s.value(QStringLiteral("newcomers_by_month")).toObject();
    for (auto it = byMonth.begin(); it != byMonth.end(); ++it)
        newcomers += it.value().toInt();
    const QJsonObject levels = s.value(QStringLiteral("participation_levels")).toObject();
    const int members = s.value(QStringLiteral("members")).toInt();
    const int coreActive =
        levels.value(QStringLiteral("core")).toInt() + levels.value(QStringLiteral("active")).toInt();
    const int weight =
        s.value(QStringLiteral("contribution_concentration")).toObject().value(QStringLiteral("total_weight")).toInt();
    const QString month = reportMonth(s.value(QStringLiteral("latest_complete_month")).toString());
    QList<Expected> list{
        {QStringLiteral("Members counted"), 1, count("members")},
        {QStringLiteral("Events held"), 1, count("events_held")},
        {QStringLiteral("Credited attendances"), 1, count("credited_attendances")},
        {QStringLiteral("Reach"), 1, share("reach")},
        {QStringLiteral("Mean attendance rate"), 1, share("mean_attendance_rate")},
        {QStringLiteral("Active members in %1").arg(month), 1, count("active_members_latest_month")},
        {QStringLiteral("Stickiness"), 1, share("stickiness")},
        {QStringLiteral("Newcomers"), 1, reportCount(newcomers)},
        {QStringLiteral("Newcomer conversion"), 1, share("newcomer_conversion")},
        {QStringLiteral("Core and active members"), 1, reportShare(double(coreActive) / members)},
        {QStringLiteral("Contribution weight"), 1, reportCount(weight)},
        {QStringLiteral("All organisations"), 1, count("members")},
        {QStringLiteral("All organisations"), 2, count("credited_attendances")},
        {QStringLiteral("All organisations"), 4, reportCount(weight)},
    };
    for (const QString &level : {QStringLiteral("Core"), QStringLiteral("Active"), QStringLiteral("Occasional"),
                                 QStringLiteral("Peripheral"), QStringLiteral("Transactional")}) {
        const int n = levels.value(level.toLower()).toInt();
        list << Expected{level, 1, reportCount(n)} << Expected{level, 2, reportShare(double(n) / members)};
    }
    return list;
}

void checkFigures(const QList<Rendering> &outputs, const QJsonObject &s)
{
    const QList<Expected> expected = expectedRows(s);
    for (const Rendering &r : outputs) {
        INFO("format " << r.format.toStdString());
        for (const Expected &e : expected) {
            INFO("row " << e.label.toStdString() << ", column " << e.column);
            CHECK(cell(r.rows, e.label, e.column) == e.value);
        }
        // The opening sentence states the same figures.
        const QString opening =
            QStringLiteral("the community held %1 events with %2 credited attendances. %3 of its %4 "
                           "members took part at least once.")
                .arg(reportCount(s.value(QStringLiteral("events_held")).toInt()),
                     reportCount(s.value(QStringLiteral("credited_attendances")).toInt()),
                     reportShare(s.value(QStringLiteral("reach")).toDouble()),
                     reportCount(s.value(QStringLiteral("members")).toInt()));
        CHECK(r.text.contains(opening));
    }
}

// The surveys' completion and the goals' progress, where their long titles stay on one line (every
// format but the PDF, whose table cells wrap).
void checkSurveysAndGoals(const QList<Rendering> &outputs, const QJsonObject &s)
{
    const QJsonArray surveys = s.value(QStringLiteral("surveys")).toArray();
    const QJsonArray goals = s.value(QStringLiteral("goals")).toArray();
    REQUIRE_FALSE(surveys.isEmpty());
    REQUIRE_FALSE(goals.isEmpty());
    for (const Rendering &r : outputs) {
        if (r.format == QLatin1String("pdf"))
            continue;
        INFO("format " << r.format.toStdString());
        for (const QJsonValue &v : surveys) {
            const QJsonObject survey = v.toObject();
            const QString title = survey.value(QStringLiteral("title")).toString();
            INFO("survey " << title.toStdString());
            const QJsonValue completion = survey.value(QStringLiteral("completion_rate"));
            CHECK(cell(r.rows, title, 4) ==
                  (completion.isNull() ? QStringLiteral("\u2013") : reportShare(completion.toDouble())));
            const QJsonValue recommend = survey.value(QStringLiteral("recommend_score"));
            if (!recommend.isNull())
                CHECK(cell(r.rows, title, 5).startsWith(reportScore(recommend.toDouble())));
        }
        for (const QJsonValue &v : goals) {
            const QJsonObject goal = v.toObject();
            const QString title = goal.value(QStringLiteral("title")).toString();
            INFO("goal " << title.toStdString());
            const QJsonValue progress = goal.value(QStringLiteral("progress"));
            const QString expected = progress.isNull() ? QStringLiteral("\u2013") : reportShare(progress.toDouble());
            CHECK(cell(r.rows, title, 1).endsWith(expected)); // the at-a-glance goals: a bar, then the share
        }
    }
}

} // namespace

TEST_CASE("every figure of the year's report sits in its labelled row in every format and equals stats --json")
{
    const QJsonObject s = stats();
    REQUIRE(s.value(QStringLiteral("members")).toInt() > 0);
    const auto outputs = renderings(QStringLiteral("year"));
    checkFigures(outputs, s);
    checkSurveysAndGoals(outputs, s);

    // "Improved" resting on three baseline-final pairs says it is a small sample.
    const QString question = QStringLiteral("I know whom to ask when I am stuck on a data problem.");
    for (const Rendering &r : outputs) {
        if (r.format == QLatin1String("pdf"))
            continue; // the question wraps in its cell
        INFO("format " << r.format.toStdString());
        REQUIRE(cell(r.rows, question, 1) == QStringLiteral("3"));
        CHECK(cell(r.rows, question, 2).endsWith(QStringLiteral("(small sample)")));
        CHECK(cell(r.rows, question, 3) == QStringLiteral("100% (small sample)"));
        CHECK(cell(r.rows, QStringLiteral("Final survey"), 5) == QStringLiteral("0 (small sample)"));
    }
}

TEST_CASE("every figure of a quarter's report equals stats --json for that quarter, and its falls are said as falls")
{
    const QDate from(2026, 7, 1);
    const QDate to(2026, 9, 30);
    const QJsonObject s = stats(from, to);
    const auto outputs = renderings(QStringLiteral("quarter"), from, to);
    checkFigures(outputs, s);
    checkSurveysAndGoals(outputs, s);

    // Against the quarter before (the same length, ending the day before), as `stats` gives it.
    const QJsonObject before = stats(QDate(2026, 3, 31), QDate(2026, 6, 30));
    const int reachNow = qRound(s.value(QStringLiteral("reach")).toDouble() * 100);
    const int reachBefore = qRound(before.value(QStringLiteral("reach")).toDouble() * 100);
    REQUIRE(reachBefore - reachNow >= 3); // the demo's reach falls in its third quarter
    const QString sentence =
        QStringLiteral("Reach fell by %1 points, from %2 to %3.")
            .arg(reportCount(reachBefore - reachNow), reportShare(before.value(QStringLiteral("reach")).toDouble()),
                 reportShare(s.value(QStringLiteral("reach")).toDouble()));
    for (const Rendering &r : outputs) {
        INFO("format " << r.format.toStdString());
        CHECK(r.text.contains(sentence));
        CHECK_FALSE(r.text.contains(QStringLiteral("Reach rose")));
        CHECK(cell(r.rows, QStringLiteral("Reach"), 2) ==
              reportShareChange(s.value(QStringLiteral("reach")).toDouble(),
                                before.value(QStringLiteral("reach")).toDouble()));
        CHECK(r.text.contains(QStringLiteral("Against the previous period (%1)")
                                  .arg(reportPeriod(QDate(2026, 3, 31), QDate(2026, 6, 30)))));
        CHECK_FALSE(r.text.contains(QStringLiteral("raised no concerns")));
        CHECK_FALSE(r.text.contains(QStringLiteral("no warning signs")));
    }
}

TEST_CASE("the data sources list the plan's true counts, goal measurements and budget lines included")
{
    const QString json = Seed5::shared().dir.filePath(QStringLiteral("seed5.json"));
    const auto exported = runCultivateOn(
        {QStringLiteral("export"), Seed5::shared().plan, QStringLiteral("json"), QStringLiteral("-o"), json});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(test::readFile(json)).object();
    int measurements = 0;
    for (const QJsonValue &g : plan.value(QStringLiteral("goals")).toArray())
        measurements += g.toObject().value(QStringLiteral("measurements")).toArray().size();
    int checklist = 0;
    for (const QJsonValue &stage : plan.value(QStringLiteral("stages")).toArray())
        checklist += stage.toObject().value(QStringLiteral("checklist")).toArray().size();
    int responses = 0;
    for (const QJsonValue &survey : plan.value(QStringLiteral("surveys")).toArray())
        responses += survey.toObject().value(QStringLiteral("responses")).toArray().size();
    REQUIRE(measurements == 4);
    const auto size = [&plan](const char *key) { return plan.value(QLatin1String(key)).toArray().size(); };
    const QList<std::pair<QString, qsizetype>> expected{
        {QStringLiteral("Members"), size("members")},
        {QStringLiteral("Events"), size("events")},
        {QStringLiteral("Attendance records"), size("attendance")},
        {QStringLiteral("Contributions"), size("contributions")},
        {QStringLiteral("Resources"), size("resources")},
        {QStringLiteral("Surveys and check-ins"), size("surveys")},
        {QStringLiteral("Survey responses"), responses},
        {QStringLiteral("Stories"), size("stories")},
        {QStringLiteral("Recognitions"), size("recognitions")},
        {QStringLiteral("Goals"), size("goals")},
        {QStringLiteral("Goal measurements"), measurements},
        {QStringLiteral("Checklist items"), checklist},
        {QStringLiteral("Budget lines"), size("budget_lines")},
    };
    const QString md = test::readText(report(QStringLiteral("sources.md")));
    const QString html = test::readText(report(QStringLiteral("sources.html")));
    const QString odt = test::odtContent(report(QStringLiteral("sources.odt")));
    const auto layout =
        test::runProgram(QStringLiteral("pdftotext"),
                         {QStringLiteral("-layout"), report(QStringLiteral("sources.pdf")), QStringLiteral("-")});
    const QList<std::pair<QString, Rows>> outputs{{QStringLiteral("md"), test::markdownRows(md)},
                                                  {QStringLiteral("html"), test::htmlRows(html)},
                                                  {QStringLiteral("odt"), test::odtRows(odt)},
                                                  {QStringLiteral("pdf"), test::pdfRows(layout.out)}};
    for (const auto &[format, rows] : outputs) {
        INFO("format " << format.toStdString());
        for (const auto &[label, n] : expected) {
            INFO(label.toStdString());
            CHECK(lastCell(rows, label, 1) == reportCount(n));
        }
    }
}

TEST_CASE("the PDF keeps each story whole on a page, a table with its introduction and no heading at a page's foot")
{
    const QString json = Seed5::shared().dir.filePath(QStringLiteral("layout.json"));
    REQUIRE(runCultivateOn(
                {QStringLiteral("export"), Seed5::shared().plan, QStringLiteral("json"), QStringLiteral("-o"), json})
                .exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(test::readFile(json)).object();
    const QString pdf = report(QStringLiteral("layout.pdf"));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(test::pdfInfo(pdf));
    REQUIRE(pages.hasMatch());
    QStringList text; // each page's words, and its lines above the footer
    QList<QStringList> lines;
    for (int page = 1; page <= pages.captured(1).toInt(); ++page) {
        const auto r = test::runProgram(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                         QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        REQUIRE(r.exitCode == 0);
        text << r.out.simplified();
        QStringList body;
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.contains(QStringLiteral("Page %1 of").arg(page)))
                body << line.trimmed();
        }
        lines << body;
    }
    const auto pageOf = [&text](const QString &words, int from = 1) {
        for (int i = from; i < text.size(); ++i) {
            if (text[i].contains(words))
                return i;
        }
        return -1;
    };

    int stories = 0;
    for (const QJsonValue &v : plan.value(QStringLiteral("stories")).toArray()) {
        const QJsonObject story = v.toObject();
        if (!story.value(QStringLiteral("consent")).toBool())
            continue;
        ++stories;
        const QString title = story.value(QStringLiteral("title")).toString();
        const QStringList narrative = story.value(QStringLiteral("narrative")).toString().simplified().split(u' ');
        INFO(title.toStdString());
        const int page = pageOf(title + QStringLiteral(" ")); // the story's heading, not the matrix's quote
        REQUIRE(page > 0);
        CHECK(text[page].contains(narrative.mid(0, 6).join(u' ')));
        CHECK(text[page].contains(narrative.mid(narrative.size() - 4).join(u' ')));
    }
    CHECK(stories == 3);

    const int organisations = pageOf(QStringLiteral("Participation by organisation The"));
    REQUIRE(organisations > 0);
    CHECK(text[organisations].contains(QStringLiteral("All organisations")));

    for (qsizetype page = 1; page < lines.size(); ++page) {
        INFO("page " << page + 1);
        REQUIRE_FALSE(lines[page].isEmpty());
        for (ReportSection s : enumValues<ReportSection>())
            CHECK(lines[page].constLast() != label(s));
    }
}
