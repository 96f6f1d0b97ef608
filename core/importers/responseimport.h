// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/importsupport.h"
#include "core/importers/textdecoding.h"

#include "core/model/entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Survey responses exported from a forms tool: one row per respondent, one column per question,
// the columns matched to the survey's questions by their text. Same guarantees as the attendance
// importer: a preview that touches nothing, one transaction, line-numbered errors, and the same
// file imported twice adds nothing.
namespace cultivate {

enum class ResponseColumnRole { Question, Name, Email, Code, Submitted, Ignored };

struct ResponseColumn {
    int index = 0;    // 0-based column of the file
    QString header{}; // as the file writes it
    ResponseColumnRole role = ResponseColumnRole::Ignored;
    Id questionId = 0; // for Question
};

// One respondent of the file.
struct ResponseRowPlan {
    int line = 0;
    OptionalId memberId{}; // a named survey: the member the name or email matched
    QString name{};        // as the file writes it
    QString respondentCode{};
    QDate submitted{};
    QList<Answer> answers{}; // questionId, number and text set; ids 0
};

struct ResponseImportPreview {
    QString path{};
    QString fileName{};
    QString sha256{};
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    Survey survey{};
    QList<ResponseColumn> columns{};
    QList<Question> unmatchedQuestions{}; // questions no column answers
    QList<ResponseRowPlan> rows{};
    QList<ImportIssue> errors{}; // any error blocks the commit
    QList<ImportIssue> warnings{};
    std::optional<ImportRecord> previousImport{};

    bool hasErrors() const { return !errors.isEmpty(); }
    bool alreadyImported() const { return previousImport.has_value(); }
    int answerCount() const;
    // "FILE: line N: problem" for the first error.
    QString firstErrorMessage() const;
};

// Reads one typed or imported cell as an answer to `question`: Likert 1–5 (or "agree" words), 0–10,
// yes/no words, one of the choices (case-insensitive), or free text. InvalidInput names the value
// and the question. The cell must not be blank (a blank cell is an unanswered item).
Result<Answer> parseAnswer(const Question &question, const QString &cell);

// A question's text reduced for matching a column header: numbering such as "3." or "Q3:" dropped,
// then only lower-case letters and digits.
QString questionKey(const QString &text);

Result<ResponseImportPreview> previewResponseImport(const Plan &plan, Id surveyId, const QString &path);
Result<ResponseImportPreview> previewResponseImportData(const Plan &plan, Id surveyId, const QByteArray &bytes,
                                                        const QString &fileName);

struct ResponseImportOutcome {
    bool alreadyImported = false; // nothing was written
    Id importId = 0;
    int responses = 0;
    int answers = 0;
    QList<Id> responseIds{}; // the responses added, in file order
};

// Writes the preview's responses and answers and the import record in one transaction; refuses a
// preview with errors (InvalidInput, "FILE: line N: …"). On any failure nothing is written.
Result<ResponseImportOutcome> commitResponseImport(Plan &plan, const ResponseImportPreview &preview);

} // namespace cultivate
