// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's page layout (SPEC §7): what stays together wherever the page breaks fall.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/reports/report.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cultivate;

namespace {

// Each page's text, by pdftotext -layout.
QStringList pageTexts(const QString &pdf)
{
    const auto count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(test::pdfInfo(pdf));
    REQUIRE(count.hasMatch());
    QStringList pages;
    for (int page = 1; page <= count.captured(1).toInt(); ++page) {
        const auto r = test::runProgram(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                         QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        REQUIRE(r.exitCode == 0);
        pages << r.out.simplified();
    }
    return pages;
}

int pageWith(const QStringList &pages, const QString &words)
{
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(words))
            return int(i);
    }
    return -1;
}

} // namespace

TEST_CASE("a heading and its introduction go to the next page with their table wherever the break falls")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString intro = QStringLiteral(
        "This introduction explains the table below in several sentences, as the report's sections do: what "
        "is counted, over which period, who is left out and why, and how to read each column. It runs to "
        "several lines on an A4 page so that it is taller than a one-line note, and it must never stay "
        "alone at the foot of a page while the table it introduces starts on the next one. A second part "
        "names the sources of the figures, the members left out because they did not consent, and where the "
        "definitions are, so that the whole introduction runs to about ten lines, as the longer ones of the "
        "report do.");
    // The filler moves the heading down the first page step by step, through every place a break can fall.
    for (int filler = 0; filler <= 60; filler += 3) {
        INFO("filler paragraphs: " << filler);
        ReportContent content;
        content.title = QStringLiteral("Layout");
        content.communityName = QStringLiteral("Layout");
        content.from = QDate(2026, 1, 1);
        content.to = QDate(2026, 12, 31);
        content.today = content.to;
        ReportDocument &doc = content.document;
        for (int i = 0; i < filler; ++i)
            doc.paragraph(QStringLiteral("Filler paragraph number %1 of the page.").arg(i + 1));
        doc.heading(2, QStringLiteral("Zebra heading"));
        doc.paragraph(intro);
        ReportTable t;
        t.header = {QStringLiteral("Organisation"), QStringLiteral("Members")};
        t.numeric = {false, true};
        t.widths = {70, 30};
        for (int row = 1; row <= 70; ++row)
            t.rows << QList<ReportCell>{{QStringLiteral("Row%1").arg(row, 3, 10, QLatin1Char('0')), false},
                                        {QString::number(row), false}};
        doc.table(t);
        const QString pdf = dir.filePath(QStringLiteral("layout-%1.pdf").arg(filler));
        REQUIRE_OK(writeReport(content, pdf, ReportFormat::Pdf));
        const QStringList pages = pageTexts(pdf);
        const int heading = pageWith(pages, QStringLiteral("Zebra heading"));
        REQUIRE(heading >= 0);
        CHECK(pageWith(pages, QStringLiteral("never stay alone")) == heading);
        CHECK(pageWith(pages, QStringLiteral("Row001")) == heading);
    }
}
