// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `cultivate report` as scripts use it (SPEC §8): the real binary without a display, exit codes, stderr.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/reports/reportformat.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cultivate;

namespace {

test::ProcessResult runCultivate(const QStringList &arguments)
{
    return test::runCultivateBinary(QStringLiteral(CULTIVATE_BINARY), arguments);
}

// One demo plan made by the binary, shared by the tests of this file.
const QString &demoPlan()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("cli-demo.cop"));
        const auto r = runCultivate({QStringLiteral("demo"), p, QStringLiteral("--seed"), QStringLiteral("3")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return p;
    }();
    return path;
}

QString words(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

void requireUsageError(const QStringList &arguments, const QString &output)
{
    const auto r = runCultivate(arguments);
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Usage: cultivate report")));
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(output));
}

} // namespace

TEST_CASE("cultivate report writes a PDF of a demo plan without a display, with the figures of stats --json")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.pdf"));
    const auto r = runCultivate({QStringLiteral("report"), demoPlan(), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(QStringLiteral("Wrote")));

    const auto stats = runCultivate({QStringLiteral("stats"), demoPlan(), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QString text = words(test::pdfText(out));
    for (const QString &figure : {reportCount(json.value(QStringLiteral("members")).toInt()),
                                  reportCount(json.value(QStringLiteral("events_held")).toInt()),
                                  reportCount(json.value(QStringLiteral("credited_attendances")).toInt()),
                                  reportShare(json.value(QStringLiteral("reach")).toDouble()),
                                  reportShare(json.value(QStringLiteral("mean_attendance_rate")).toDouble())}) {
        INFO(figure.toStdString());
        CHECK(text.contains(figure));
    }
    CHECK(text.contains(QStringLiteral("At a glance")));
}

TEST_CASE("cultivate report takes the format from the extension or from --format")
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    REQUIRE(runCultivate({QStringLiteral("report"), demoPlan(), QStringLiteral("-o"), html}).exitCode == 0);
    CHECK(test::readText(html).startsWith(QStringLiteral("<!DOCTYPE html>")));

    const QString odt = dir.filePath(QStringLiteral("r.odt"));
    REQUIRE(runCultivate({QStringLiteral("report"), demoPlan(), QStringLiteral("-o"), odt}).exitCode == 0);
    CHECK(test::odtContent(odt).contains(QStringLiteral("At a glance")));

    const QString text = dir.filePath(QStringLiteral("r.txt"));
    REQUIRE(runCultivate({QStringLiteral("report"), demoPlan(), QStringLiteral("-o"), text, QStringLiteral("--format"),
                          QStringLiteral("md")})
                .exitCode == 0);
    CHECK(test::readText(text).contains(QStringLiteral("## At a glance")));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("r_files/turnout.png"))).size() > 1000);
}

TEST_CASE("cultivate report with --sections, --paper and a period shapes the PDF")
{
    // The demo plan's year ends in the current month: report on its third quarter.
    const auto stats = runCultivate({QStringLiteral("stats"), demoPlan(), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QDate start = QDate::fromString(QJsonDocument::fromJson(stats.out.toUtf8())
                                              .object()
                                              .value(QStringLiteral("window"))
                                              .toObject()
                                              .value(QStringLiteral("from"))
                                              .toString(),
                                          Qt::ISODate);
    REQUIRE(start.isValid());
    const QDate from = start.addMonths(6);
    const QDate to = start.addMonths(9).addDays(-1);

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("letter.pdf"));
    const auto r = runCultivate({QStringLiteral("report"), demoPlan(), QStringLiteral("-o"), out,
                                 QStringLiteral("--sections"), QStringLiteral("cover,summary,health"),
                                 QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--from"),
                                 from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(test::pdfInfo(out).contains(QStringLiteral("612 x 792 pts (letter)")));
    const QString text = words(test::pdfText(out));
    CHECK(text.contains(QStringLiteral("Health check and recommendations")));
    CHECK(text.contains(reportPeriod(from, to)));
    CHECK(text.contains(QStringLiteral("Against the previous period")));
    CHECK_FALSE(text.contains(QStringLiteral("Stories and reflections")));
}

TEST_CASE("cultivate report refuses a file that is not a plan with one line naming it")
{
    QTemporaryDir dir;
    const QString notPlan = dir.filePath(QStringLiteral("notes.cop"));
    test::writeFile(notPlan, "these are notes, not a plan");
    const QString out = dir.filePath(QStringLiteral("r.pdf"));
    const auto r = runCultivate({QStringLiteral("report"), notPlan, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.contains(QStringLiteral("notes.cop")));
    CHECK_FALSE(QFileInfo::exists(out));

    const QString missing = dir.filePath(QStringLiteral("missing.cop"));
    const auto m = runCultivate({QStringLiteral("report"), missing, QStringLiteral("-o"), out});
    CHECK(m.exitCode == 1);
    CHECK(m.err.contains(QStringLiteral("missing.cop")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(out));

    const QString unwritable = dir.filePath(QStringLiteral("no-folder/r.pdf"));
    const auto w = runCultivate({QStringLiteral("report"), demoPlan(), QStringLiteral("-o"), unwritable});
    CHECK(w.exitCode == 1);
    CHECK(w.err.count(QLatin1Char('\n')) == 1);
    CHECK(w.err.contains(QStringLiteral("r.pdf")));
}

TEST_CASE("cultivate report reports usage errors with exit code 2 and writes nothing")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.pdf"));
    const QString report = QStringLiteral("report");
    const QString o = QStringLiteral("-o");
    requireUsageError({report, demoPlan()}, out);
    requireUsageError({report, o, out}, out);
    requireUsageError({report, demoPlan(), o, dir.filePath(QStringLiteral("r.docx"))},
                      dir.filePath(QStringLiteral("r.docx")));
    requireUsageError({report, demoPlan(), o, out, QStringLiteral("--format"), QStringLiteral("docx")}, out);
    requireUsageError({report, demoPlan(), o, out, QStringLiteral("--from"), QStringLiteral("March")}, out);
    requireUsageError({report, demoPlan(), o, out, QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-01-01")},
                      out);
    requireUsageError({report, demoPlan(), o, out, QStringLiteral("--sections"), QStringLiteral("summary,gossip")},
                      out);
    requireUsageError({report, demoPlan(), o, out, QStringLiteral("--paper"), QStringLiteral("a3")}, out);
}
