// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include "core/common/clock.h"
#include "core/reports/report.h"
#include "core/storage/plan.h"

#include <QTemporaryDir>

#include <memory>

// A small demo community (60 people, 12 months, a fixed seed and clock) shared by the report tests,
// with three people added on purpose: a member whose name is markup, a very active member who did not
// consent to reports (named in an event title, a goal and a consented story) and a member who
// consented.
namespace cultivate::test {

struct ReportFixture {
    static ReportFixture &shared();

    QString path(const QString &fileName) const { return dir.filePath(fileName); }
    // Writes the report of the plan and returns the file's path.
    QString write(const QString &fileName, const ReportOptions &options = {}) const;

    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 18), QTime(10, 0))};
    std::unique_ptr<Plan> plan;
    ReportData data;
    QString planPath;
    const QString scriptName = QStringLiteral("<script>alert(1)</script>");
    const QString hiddenName = QStringLiteral("Wilhelmina Quarterstaff");
    const QString namedName = QStringLiteral("Bartholomew Inkwell");
    Id hiddenId = 0;
    Id namedId = 0;
    Id eventId = 0; // a held event where the named member presented and the hidden one hosted

private:
    ReportFixture();
};

QString pdfText(const QString &path);    // pdftotext
QString pdfInfo(const QString &path);    // pdfinfo
QString odtContent(const QString &path); // content.xml of the package
QString readText(const QString &path);   // a UTF-8 text file

// Runs the cultivate binary headless, with CULTIVATE_TODAY set to `today`.
ProcessResult runCultivate(const QStringList &arguments, const QDate &today);

// The rows of every table of one rendering, as their cells' plain text.
using Rows = QList<QStringList>;
QString plainText(const QString &markup); // rich text as plain words
Rows markdownRows(const QString &markdown);
Rows htmlRows(const QString &html);
Rows odtRows(const QString &content);
// pdftotext -layout keeps a table's row on one line, its columns two or more spaces apart.
Rows pdfRows(const QString &layout);
// The cell `column` of the first (last) row labelled exactly `label`; empty when there is none.
QString cell(const Rows &rows, const QString &label, int column);
QString lastCell(const Rows &rows, const QString &label, int column);

// One report written in a format and read back: its table rows and its words.
struct Rendering {
    QString format;
    Rows rows;
    QString text; // the whole report as plain words
};
// Reads back the four files of one report (PDF with pdftotext -layout, HTML, ODT's content.xml, Markdown).
QList<Rendering> readRenderings(const QString &pdf, const QString &html, const QString &odt, const QString &md);

} // namespace cultivate::test
