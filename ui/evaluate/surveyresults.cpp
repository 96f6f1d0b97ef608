// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/surveyresults.h"

#include "ui/common/formatting.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class SurveyResultsText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::SurveyResults)
};
QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + formatNumber(std::round(value * 100) / 100);
}

// A small bar chart drawn as a table: per answer value its label, a bar as long as its share of the
// largest count, and the count itself, so that the numbers read aloud and the bars agree.
QString distributionHtml(const QuestionFigures &q, const QString &barColour)
{
    const auto bars = distributionBars(q);
    if (bars.isEmpty())
        return {};
    int largest = 1;
    for (const auto &bar : bars)
        largest = std::max(largest, bar.second);
    constexpr int fullWidth = 80;
    QString html = QStringLiteral("<table cellspacing='1' cellpadding='0'>");
    for (const auto &[value, count] : bars) {
        const int width = std::max(count > 0 ? 2 : 0, count * fullWidth / largest);
        html += QStringLiteral("<tr><td align='right'>%1&nbsp;</td><td><table cellspacing='0' cellpadding='0'><tr>"
                               "<td width='%2' bgcolor='%3'>&nbsp;</td></tr></table></td>"
                               "<td>&nbsp;%4</td></tr>")
                    .arg(value.toHtmlEscaped())
                    .arg(width)
                    .arg(barColour)
                    .arg(count);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

QList<QPair<QString, int>> distributionBars(const QuestionFigures &q)
{
    QList<QPair<QString, int>> bars;
    for (auto it = q.distribution.cbegin(); it != q.distribution.cend(); ++it) {
        QString value = QString::number(it.key());
        if (q.type == QuestionType::YesNo)
            value = it.key() ? SurveyResultsText::tr("yes") : SurveyResultsText::tr("no");
        bars.append({value, int(it.value())});
    }
    return bars;
}

QList<QPair<QString, int>> distinctAnswers(const QStringList &texts)
{
    QList<QPair<QString, int>> answers;
    QHash<QString, qsizetype> at;
    for (const QString &raw : texts) {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            continue;
        const auto found = at.constFind(text);
        if (found != at.cend()) {
            ++answers[*found].second;
            continue;
        }
        at.insert(text, answers.size());
        answers.append({text, 1});
    }
    std::stable_sort(answers.begin(), answers.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return answers;
}

QString surveyResultsHtml(const SurveyFigures &figures, const QHash<Id, QStringList> &freeTexts,
                          const QString &barColour)
{
    QString html;
    QStringList headline{figures.responses == 1 ? SurveyResultsText::tr("1 response")
                                                : SurveyResultsText::tr("%1 responses").arg(figures.responses)};
    if (figures.completionRate)
        headline << SurveyResultsText::tr("%1 of the %2 invited")
                        .arg(formatPercent(*figures.completionRate))
                        .arg(figures.invited);
    if (figures.recommendScore)
        headline << SurveyResultsText::tr("recommend score %1").arg(signedNumber(std::round(*figures.recommendScore)));
    if (figures.yesShare)
        headline << SurveyResultsText::tr("%1 yes").arg(formatPercent(*figures.yesShare));
    html += QStringLiteral("<p><b>%1</b></p>").arg(headline.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (figures.responses == 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(SurveyResultsText::tr(
                             "No responses yet. Type a stack of paper answers with Enter Responses, or import the "
                             "CSV file a forms tool exports.")
                             .toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                           "<th align='left'>%4</th><th align='left'>%5</th></tr>")
                .arg(SurveyResultsText::tr("Question"), SurveyResultsText::tr("Answers"), SurveyResultsText::tr("Mean"),
                     SurveyResultsText::tr("Distribution"), SurveyResultsText::tr("Baseline → final"));
    for (const QuestionFigures &q : figures.questions) {
        QString mean;
        if (q.type == QuestionType::YesNo && q.yesShare)
            mean = SurveyResultsText::tr("%1 yes").arg(formatPercent(*q.yesShare));
        else if (q.mean && q.type != QuestionType::Choice)
            mean = formatNumber(std::round(*q.mean * 100) / 100);
        QString change;
        if (q.pairs > 0 && q.meanChange) {
            const QString average = signedNumber(*q.meanChange);
            const QString improved = formatPercent(q.shareImproved.value_or(0));
            change = q.pairs == 1 ? SurveyResultsText::tr("%1 on average, %2 improved (1 pair)").arg(average, improved)
                                  : SurveyResultsText::tr("%1 on average, %2 improved (%3 pairs)")
                                        .arg(average, improved)
                                        .arg(q.pairs);
        }
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td>"
                               "<td>%5</td></tr>")
                    .arg(q.text.toHtmlEscaped())
                    .arg(q.answered)
                    .arg(mean.toHtmlEscaped(), distributionHtml(q, barColour), change.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    for (const QuestionFigures &q : figures.questions) {
        const QStringList texts = freeTexts.value(q.id);
        if (q.type != QuestionType::FreeText || texts.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(q.text.toHtmlEscaped());
        for (const auto &[text, count] : distinctAnswers(texts)) {
            QString item = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            if (count > 1)
                item += QStringLiteral(" <i>(%1)</i>").arg(SurveyResultsText::tr("×%1").arg(count).toHtmlEscaped());
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace cultivate
