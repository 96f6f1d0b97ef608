// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/responseimport.h"

#include "core/importers/csvreader.h"
#include "core/importers/personmatcher.h"
#include "core/importers/reportvalues.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cultivate {

namespace {

const QString ResponsesKind = QStringLiteral("responses");

// Column headers forms tools write beside the questions, by headerKey().
ResponseColumnRole roleOfHeader(const QString &key)
{
    static const QHash<QString, ResponseColumnRole> roles{
        {QStringLiteral("timestamp"), ResponseColumnRole::Submitted},
        {QStringLiteral("submitted"), ResponseColumnRole::Submitted},
        {QStringLiteral("submittedat"), ResponseColumnRole::Submitted},
        {QStringLiteral("submissiondate"), ResponseColumnRole::Submitted},
        {QStringLiteral("completiontime"), ResponseColumnRole::Submitted},
        {QStringLiteral("date"), ResponseColumnRole::Submitted},
        {QStringLiteral("email"), ResponseColumnRole::Email},
        {QStringLiteral("emailaddress"), ResponseColumnRole::Email},
        {QStringLiteral("name"), ResponseColumnRole::Name},
        {QStringLiteral("fullname"), ResponseColumnRole::Name},
        {QStringLiteral("yourname"), ResponseColumnRole::Name},
        {QStringLiteral("respondent"), ResponseColumnRole::Name},
        {QStringLiteral("code"), ResponseColumnRole::Code},
        {QStringLiteral("respondentcode"), ResponseColumnRole::Code},
        {QStringLiteral("anonymouscode"), ResponseColumnRole::Code},
        {QStringLiteral("personalcode"), ResponseColumnRole::Code},
    };
    return roles.value(key, ResponseColumnRole::Ignored);
}

// Forms tools' own bookkeeping columns, ignored without a warning.
bool isBookkeeping(const QString &key)
{
    static const QStringList keys{
        QStringLiteral("id"),         QStringLiteral("starttime"),   QStringLiteral("lastmodifiedtime"),
        QStringLiteral("responseid"), QStringLiteral("totalpoints"), QStringLiteral("score")};
    return keys.contains(key);
}

// The leading whole number of "4", "4 - Agree", "9 (very likely)"; nullopt without one.
std::optional<int> leadingNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,2})(?:[.,]0+)?(?!\\d)"));
    const auto match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

std::optional<int> likertValue(const QString &text)
{
    if (const auto n = leadingNumber(text))
        return *n >= 1 && *n <= 5 ? n : std::nullopt;
    static const QHash<QString, int> words{{QStringLiteral("stronglydisagree"), 1},
                                           {QStringLiteral("disagree"), 2},
                                           {QStringLiteral("neutral"), 3},
                                           {QStringLiteral("neitheragreenordisagree"), 3},
                                           {QStringLiteral("agree"), 4},
                                           {QStringLiteral("stronglyagree"), 5}};
    const auto it = words.constFind(headerKey(text));
    return it == words.cend() ? std::nullopt : std::optional<int>(*it);
}

bool isNo(const QString &text)
{
    static const QStringList words{QStringLiteral("no"), QStringLiteral("n"),    QStringLiteral("false"),
                                   QStringLiteral("0"),  QStringLiteral("nein"), QStringLiteral("non"),
                                   QStringLiteral("nee")};
    return words.contains(text.trimmed().toCaseFolded());
}

} // namespace

Result<Answer> parseAnswer(const Question &question, const QString &cell)
{
    Answer answer;
    answer.questionId = question.id;
    const QString text = cell.trimmed();
    switch (question.type) {
    case QuestionType::Likert:
        if (const auto value = likertValue(text)) {
            answer.number = *value;
            return answer;
        }
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not an answer from 1 to 5 to %2").arg(quoted(text), quoted(question.text)));
    case QuestionType::Recommend:
        if (const auto value = leadingNumber(text); value && *value <= 10) {
            answer.number = *value;
            return answer;
        }
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not an answer from 0 to 10 to %2").arg(quoted(text), quoted(question.text)));
    case QuestionType::YesNo:
        if (isYes(text) || isNo(text)) {
            answer.number = isYes(text) ? 1 : 0;
            answer.text = isYes(text) ? QStringLiteral("Yes") : QStringLiteral("No");
            return answer;
        }
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is neither yes nor no, to %2").arg(quoted(text), quoted(question.text)));
    case QuestionType::Choice: {
        if (question.choices.isEmpty()) {
            answer.text = text;
            return answer;
        }
        for (qsizetype i = 0; i < question.choices.size(); ++i) {
            if (question.choices.at(i).trimmed().compare(text, Qt::CaseInsensitive) == 0) {
                answer.number = double(i);
                answer.text = question.choices.at(i);
                return answer;
            }
        }
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not one of the choices of %2 (%3)")
                             .arg(quoted(text), quoted(question.text), question.choices.join(QStringLiteral(", "))));
    }
    case QuestionType::FreeText:
        answer.text = text;
        return answer;
    }
    return answer;
}

QString questionKey(const QString &text)
{
    static const QRegularExpression numbering(QStringLiteral("^\\s*(?:[Qq]\\s*)?\\d+\\s*[.):-]\\s*"));
    QString stripped = text;
    stripped.remove(numbering);
    return headerKey(stripped);
}

int ResponseImportPreview::answerCount() const
{
    int count = 0;
    for (const ResponseRowPlan &row : rows)
        count += int(row.answers.size());
    return count;
}

QString ResponseImportPreview::firstErrorMessage() const
{
    return firstIssueMessage(fileName, errors);
}

Result<ResponseImportPreview> previewResponseImport(const Plan &plan, Id surveyId, const QString &path)
{
    auto bytes = readImportFile(path);
    if (!bytes.ok())
        return bytes.error();
    auto preview = previewResponseImportData(plan, surveyId, bytes.value(), QFileInfo(path).fileName());
    if (preview.ok())
        preview.value().path = path;
    return preview;
}

Result<ResponseImportPreview> previewResponseImportData(const Plan &plan, Id surveyId, const QByteArray &bytes,
                                                        const QString &fileName)
{
    ResponseImportPreview preview;
    preview.fileName = fileName;
    preview.sha256 = importFingerprint(bytes);
    auto survey = plan.get<Survey>(surveyId);
    if (!survey.ok())
        return survey.error();
    preview.survey = survey.value();
    auto questions = plan.listWhere<Question>(QStringLiteral("survey_id"), surveyId);
    if (!questions.ok())
        return questions.error();
    auto previous = findPreviousImport(plan, ResponsesKind, preview.sha256);
    if (!previous.ok())
        return previous.error();
    preview.previousImport = previous.value();

    const DecodedText decoded = decodeText(bytes);
    preview.encoding = decoded.encoding;
    int badLine = 0;
    auto table = readCsv(decoded.text, std::nullopt, &badLine);
    if (!table.ok()) {
        preview.errors.append({badLine, QStringLiteral("a quoted field is never closed")});
        return preview;
    }
    preview.delimiter = table.value().delimiter;
    QList<CsvRecord> records;
    for (const CsvRecord &record : table.value().records) {
        if (!record.isBlank())
            records.append(record);
    }
    if (records.isEmpty()) {
        preview.errors.append({1, QStringLiteral("the file holds no responses")});
        return preview;
    }

    // The header row: each column a question (by its text), a respondent detail, or ignored.
    const CsvRecord &header = records.first();
    QHash<QString, Question> questionByKey;
    for (const Question &question : questions.value())
        questionByKey.insert(questionKey(question.text), question);
    QSet<Id> answered;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        ResponseColumn column;
        column.index = int(i);
        column.header = header.fields.at(i).trimmed();
        const QString key = questionKey(column.header);
        if (const auto it = questionByKey.constFind(key); it != questionByKey.cend() && !key.isEmpty()) {
            if (answered.contains(it->id)) {
                preview.errors.append({header.line, QStringLiteral("two columns answer %1").arg(quoted(it->text))});
            } else {
                column.role = ResponseColumnRole::Question;
                column.questionId = it->id;
                answered.insert(it->id);
            }
        } else {
            column.role = roleOfHeader(headerKey(column.header));
            if (column.role == ResponseColumnRole::Ignored && !column.header.isEmpty() && !isBookkeeping(key))
                preview.warnings.append({header.line, QStringLiteral("the column %1 matches no question of %2 and is "
                                                                     "left out")
                                                          .arg(quoted(column.header), quoted(preview.survey.title))});
        }
        preview.columns.append(column);
    }
    for (const Question &question : questions.value()) {
        if (!answered.contains(question.id))
            preview.unmatchedQuestions.append(question);
    }
    if (answered.isEmpty()) {
        preview.errors.append({header.line, QStringLiteral("no column matches a question of %1; the header row must "
                                                           "hold the questions' text")
                                                .arg(quoted(preview.survey.title))});
        return preview;
    }

    const auto columnOf = [&preview](ResponseColumnRole role) -> int {
        for (const ResponseColumn &column : std::as_const(preview.columns)) {
            if (column.role == role)
                return column.index;
        }
        return -1;
    };
    const int nameColumn = columnOf(ResponseColumnRole::Name);
    const int emailColumn = columnOf(ResponseColumnRole::Email);
    const int codeColumn = columnOf(ResponseColumnRole::Code);
    const int dateColumn = columnOf(ResponseColumnRole::Submitted);
    if (preview.survey.anonymous && (nameColumn >= 0 || emailColumn >= 0))
        preview.warnings.append({header.line, QStringLiteral("the survey is anonymous: names and emails in the file "
                                                             "are not kept")});

    QStringList dates;
    if (dateColumn >= 0) {
        for (qsizetype r = 1; r < records.size(); ++r)
            dates << records.at(r).field(dateColumn).trimmed();
    }
    const DateOrder order = guessDateOrder(dates);

    PersonMatcher matcher;
    if (!preview.survey.anonymous) {
        auto members = plan.list<Member>();
        if (!members.ok())
            return members.error();
        matcher = PersonMatcher(members.value());
    }

    QHash<Id, Question> questionById;
    for (const Question &question : questions.value())
        questionById.insert(question.id, question);

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        ResponseRowPlan row;
        row.line = record.line;
        row.respondentCode = codeColumn >= 0 ? record.field(codeColumn).trimmed() : QString();
        const QString dateText = dateColumn >= 0 ? record.field(dateColumn).trimmed() : QString();
        if (!dateText.isEmpty()) {
            const auto when = parseReportDateTime(dateText, order);
            if (!when) {
                preview.errors.append({record.line, QStringLiteral("%1 is not a date").arg(quoted(dateText))});
                continue;
            }
            row.submitted = when->date();
        }
        if (!preview.survey.anonymous) {
            row.name = nameColumn >= 0 ? record.field(nameColumn).trimmed() : QString();
            const QString email = emailColumn >= 0 ? record.field(emailColumn).trimmed() : QString();
            if (!row.name.isEmpty() || !email.isEmpty()) {
                const PersonMatchResult match = matcher.match(email, {row.name});
                const QString who = row.name.isEmpty() ? email : row.name;
                if (match.kind == MatchKind::Ambiguous)
                    preview.warnings.append({record.line, QStringLiteral("%1 fits more than one member; the answers "
                                                                         "are kept without a member")
                                                              .arg(quoted(who))});
                else if (match.kind == MatchKind::None)
                    preview.warnings.append({record.line, QStringLiteral("nobody in the plan is %1; the answers are "
                                                                         "kept without a member")
                                                              .arg(quoted(who))});
                else
                    row.memberId = match.memberId;
            }
        }
        for (const ResponseColumn &column : std::as_const(preview.columns)) {
            if (column.role != ResponseColumnRole::Question)
                continue;
            const QString cell = record.field(column.index);
            if (cell.trimmed().isEmpty())
                continue; // an unanswered item
            auto answer = parseAnswer(questionById.value(column.questionId), cell);
            if (!answer.ok())
                preview.errors.append({record.line, answer.error().message});
            else
                row.answers.append(answer.value());
        }
        if (row.answers.isEmpty()) {
            preview.warnings.append({record.line, QStringLiteral("no answers; the row is left out")});
            continue;
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<ResponseImportOutcome> commitResponseImport(Plan &plan, const ResponseImportPreview &preview)
{
    if (preview.hasErrors())
        return makeError(ErrorCode::InvalidInput, preview.firstErrorMessage());
    ResponseImportOutcome outcome;
    auto previous = findPreviousImport(plan, ResponsesKind, preview.sha256);
    if (!previous.ok())
        return previous.error();
    if (previous.value()) {
        outcome.alreadyImported = true;
        outcome.importId = previous.value()->id;
        return outcome;
    }
    auto written = plan.transaction([&]() -> Result<void> {
        ImportRecord record;
        record.kind = ResponsesKind;
        record.fileName = preview.fileName;
        record.sha256 = preview.sha256;
        record.format = QStringLiteral("csv");
        record.importedAt = plan.clock().now();
        record.rows = int(preview.rows.size());
        auto importId = plan.add(record);
        if (!importId.ok())
            return importId.error();
        outcome.importId = importId.value();
        for (const ResponseRowPlan &row : preview.rows) {
            Response response;
            response.surveyId = preview.survey.id;
            response.memberId = row.memberId;
            response.respondentCode = row.respondentCode;
            response.submitted = row.submitted;
            auto responseId = plan.add(response);
            if (!responseId.ok())
                return makeError(responseId.code(),
                                 describeIssue(preview.fileName, {row.line, responseId.error().message}));
            ++outcome.responses;
            outcome.responseIds.append(responseId.value());
            for (Answer answer : row.answers) {
                answer.responseId = responseId.value();
                if (auto added = plan.add(answer); !added.ok())
                    return makeError(added.code(), describeIssue(preview.fileName, {row.line, added.error().message}));
                ++outcome.answers;
            }
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    return outcome;
}

} // namespace cultivate
