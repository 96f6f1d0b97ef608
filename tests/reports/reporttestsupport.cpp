// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttestsupport.h"

#include "testsupport.h"

#include "core/demo/demogenerator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace cultivate::test {

ReportFixture &ReportFixture::shared()
{
    static ReportFixture fixture;
    return fixture;
}

ReportFixture::ReportFixture()
{
    REQUIRE(dir.isValid());
    planPath = dir.filePath(QStringLiteral("demo.cop"));
    DemoOptions options;
    options.seed = 7;
    auto created = createDemoPlan(planPath, options, clock);
    REQUIRE_OK(created);
    plan = std::move(created).value();
    const QDate today = clock.today();

    Member script;
    script.name = scriptName;
    script.email = QStringLiteral("script@example.org");
    script.consentReport = true;
    script.joinedDate = today.addMonths(-6);
    Member hidden;
    hidden.name = hiddenName;
    hidden.email = QStringLiteral("wq@example.org");
    hidden.organisation = QStringLiteral("Private Org");
    hidden.consentReport = false;
    hidden.aliases = {QStringLiteral("Willa Q")};
    hidden.joinedDate = today.addMonths(-11);
    Member named;
    named.name = namedName;
    named.email = QStringLiteral("bi@example.org");
    named.consentReport = true;
    named.joinedDate = today.addMonths(-11);
    auto scriptId = plan->add(script);
    auto hiddenAdded = plan->add(hidden);
    auto namedAdded = plan->add(named);
    REQUIRE_OK(scriptId);
    REQUIRE_OK(hiddenAdded);
    REQUIRE_OK(namedAdded);
    hiddenId = hiddenAdded.value();
    namedId = namedAdded.value();

    Event event;
    event.title = QStringLiteral("Coffee with %1").arg(hiddenName);
    event.kind = EventKind::Social;
    event.start = QDateTime(today.addDays(-20), QTime(15, 0));
    event.durationMinutes = 60;
    event.location = QStringLiteral("https://meet.example.org/coffee");
    event.topic = QStringLiteral("Lessons from %1's dashboard project").arg(hiddenName);
    event.status = EventStatus::Held;
    event.agenda = QStringLiteral("Welcome\nShort demo\nQuestions");
    event.notes = QStringLiteral("Willa Q showed the dashboard");
    auto eventAdded = plan->add(event);
    REQUIRE_OK(eventAdded);
    eventId = eventAdded.value();

    Resource slides;
    slides.title = QStringLiteral("Dashboard slides");
    slides.kind = ResourceKind::Slides;
    slides.location = QStringLiteral("https://files.example.org/dashboard.pdf");
    slides.addedDate = today.addDays(-20);
    slides.eventId = eventId;
    REQUIRE_OK(plan->add(slides));

    // The hidden member hosts and attends a lot: a core member, at the top of "most active members".
    for (int month = 1; month <= 10; ++month) {
        REQUIRE_OK(
            plan->add(Contribution{0, hiddenId, today.addMonths(-month), ContributionKind::Hosting, {}, {}, {}}));
        REQUIRE_OK(
            plan->add(Contribution{0, namedId, today.addMonths(-month), ContributionKind::Presentation, {}, {}, {}}));
    }
    REQUIRE_OK(plan->add(Contribution{0, hiddenId, event.start.date(), ContributionKind::Hosting, eventId, {}, {}}));
    REQUIRE_OK(
        plan->add(Contribution{0, namedId, event.start.date(), ContributionKind::Presentation, eventId, {}, {}}));
    REQUIRE_OK(plan->add(Attendance{0, eventId, hiddenId, AttendanceStatus::Present, 55, {}}));
    REQUIRE_OK(plan->add(Attendance{0, eventId, namedId, AttendanceStatus::Present, {}, {}}));
    REQUIRE_OK(plan->add(Attendance{0, eventId, scriptId.value(), AttendanceStatus::Present, 10, {}}));

    Story story;
    story.title = QStringLiteral("How %1 saved a week of work").arg(hiddenName);
    story.kind = StoryKind::Success;
    story.date = today.addDays(-10);
    story.narrative = QStringLiteral("%1 shared her cleaning script.\n\nWILHELMINA QUARTERSTAFF and %2 then "
                                     "reused it; %3 improved it.")
                          .arg(hiddenName, namedName, scriptName);
    story.memberIds = {hiddenId, namedId};
    story.consent = true;
    REQUIRE_OK(plan->add(story));
    Story secret;
    secret.title = QStringLiteral("A confidential reflection");
    secret.kind = StoryKind::Reflection;
    secret.date = today.addDays(-5);
    secret.narrative = QStringLiteral("Not for sharing.");
    secret.consent = false;
    REQUIRE_OK(plan->add(secret));

    Goal goal;
    goal.title = QStringLiteral("Grow the circle around %1").arg(hiddenName);
    goal.baseline = 0;
    goal.target = 10;
    goal.unit = QStringLiteral("members");
    REQUIRE_OK(plan->add(goal));

    auto loaded = loadReportData(*plan);
    REQUIRE_OK(loaded);
    data = std::move(loaded).value();
}

QString ReportFixture::write(const QString &fileName, const ReportOptions &options) const
{
    const QString out = dir.filePath(fileName);
    const auto format = reportFormatForPath(out);
    REQUIRE(format.has_value());
    REQUIRE_OK(writeReport(data, options, out, *format, clock.today()));
    return out;
}

QString pdfText(const QString &path)
{
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString pdfInfo(const QString &path)
{
    const ProcessResult r = runProgram(QStringLiteral("pdfinfo"), {path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString odtContent(const QString &path)
{
    const ProcessResult r =
        runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

ProcessResult runCultivate(const QStringList &arguments, const QDate &today)
{
    return runCultivateBinary(QStringLiteral(CULTIVATE_BINARY), arguments, today);
}

QString plainText(const QString &markup)
{
    return QTextDocumentFragment::fromHtml(markup).toPlainText().simplified();
}

Rows markdownRows(const QString &markdown)
{
    Rows rows;
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1String("| ---")))
            continue;
        QStringList cells = line.mid(1, line.size() - 2).split(QStringLiteral(" | "));
        for (QString &c : cells)
            c = c.remove(QStringLiteral("**")).remove(QLatin1Char('\\')).trimmed();
        rows << cells;
    }
    return rows;
}

namespace {

Rows markupRows(const QString &markup, const QString &rowPattern, const QString &cellPattern)
{
    Rows rows;
    const QRegularExpression row(rowPattern, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression cell(cellPattern, QRegularExpression::DotMatchesEverythingOption);
    for (const auto &r : row.globalMatch(markup)) {
        QStringList cells;
        for (const auto &c : cell.globalMatch(r.captured(1)))
            cells << plainText(c.captured(1));
        rows << cells;
    }
    return rows;
}

} // namespace

Rows htmlRows(const QString &html)
{
    return markupRows(html, QStringLiteral("<tr[^>]*>(.*?)</tr>"), QStringLiteral("<t[dh][^>]*>(.*?)</t[dh]>"));
}

Rows odtRows(const QString &content)
{
    return markupRows(content, QStringLiteral("<table:table-row[^>]*>(.*?)</table:table-row>"),
                      QStringLiteral("<table:table-cell[^>]*>(.*?)</table:table-cell>"));
}

Rows pdfRows(const QString &layout)
{
    Rows rows;
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    for (const QString &line : layout.split(QLatin1Char('\n'))) {
        const QStringList cells = line.trimmed().split(gap, Qt::SkipEmptyParts);
        if (cells.size() >= 2)
            rows << cells;
    }
    return rows;
}

QString cell(const Rows &rows, const QString &label, int column)
{
    for (const QStringList &row : rows) {
        if (row.value(0) == label)
            return row.value(column);
    }
    return {};
}

QString lastCell(const Rows &rows, const QString &label, int column)
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->value(0) == label)
            return it->value(column);
    }
    return {};
}

QList<Rendering> readRenderings(const QString &pdf, const QString &html, const QString &odt, const QString &md)
{
    const auto layout = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                                 QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(layout.exitCode == 0);
    const QString htmlText = readText(html);
    const QString odtText = odtContent(odt);
    QString mdText = readText(md);
    const Rows mdRows = markdownRows(mdText);
    mdText.remove(QStringLiteral("**")).remove(QLatin1Char('\\'));
    return {
        {QStringLiteral("pdf"), pdfRows(layout.out), layout.out.simplified()},
        {QStringLiteral("html"), htmlRows(htmlText), plainText(htmlText)},
        {QStringLiteral("odt"), odtRows(odtText),
         plainText(QString(odtText).replace(QStringLiteral("</text:"), QStringLiteral(" </text:")))},
        {QStringLiteral("md"), mdRows, mdText.simplified()},
    };
}

} // namespace cultivate::test
