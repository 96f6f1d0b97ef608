// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportdata.h"

#include "core/metrics/metrics.h"
#include "core/reports/report.h"
#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

struct Word {
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
    QString folded;
};

// Words are runs of letters and digits, so a possessive ("Ana's") or a double-barrelled name
// ("O'Neil", "Smith-Jones") splits into words the way the names do.
QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetterOrNumber())
            ++i;
        if (i > start)
            words << Word{start, i, text.mid(start, i - start).toCaseFolded()};
    }
    return words;
}

// The free-text answers the report may quote: every answer of an anonymous survey, and the answers of
// members who agreed to be quoted in a named one.
Result<QList<ReportQuote>> loadQuotes(const Plan &plan, const MetricsData &metrics)
{
    auto quoting = plan.listWhere<Member>(QStringLiteral("consent_quote"), true);
    if (!quoting.ok())
        return quoting.error();
    QSet<Id> mayQuote;
    for (const Member &m : std::as_const(quoting.value()))
        mayQuote.insert(m.id);
    QHash<Id, const Survey *> surveys;
    for (const Survey &s : metrics.surveys)
        surveys.insert(s.id, &s);
    QList<ReportQuote> quotes;
    for (const Question &q : metrics.questions) {
        const Survey *survey = surveys.value(q.surveyId);
        if (q.type != QuestionType::FreeText || !survey)
            continue;
        auto responses = plan.listWhere<Response>(QStringLiteral("survey_id"), survey->id);
        if (!responses.ok())
            return responses.error();
        QHash<Id, OptionalId> respondent;
        for (const Response &r : std::as_const(responses.value()))
            respondent.insert(r.id, r.memberId);
        auto answers = plan.listWhere<Answer>(QStringLiteral("question_id"), q.id);
        if (!answers.ok())
            return answers.error();
        for (const Answer &a : std::as_const(answers.value())) {
            if (a.text.trimmed().isEmpty())
                continue;
            const OptionalId member = respondent.value(a.responseId);
            if (!survey->anonymous && (!member || !mayQuote.contains(*member)))
                continue;
            ReportQuote quote;
            quote.text = a.text.trimmed();
            quote.date = survey->date;
            quote.surveyTitle = survey->title;
            quote.member = survey->anonymous || !member ? -1 : metrics.memberIndex.value(*member, -1);
            quotes << quote;
        }
    }
    std::stable_sort(quotes.begin(), quotes.end(),
                     [](const ReportQuote &a, const ReportQuote &b) { return a.date < b.date; });
    return quotes;
}

} // namespace

Result<ReportData> loadReportData(const Plan &plan)
{
    return loadReportData(plan, ReportOptions{}, plan.clock().today());
}

Result<ReportData> loadReportData(const Plan &plan, const ReportOptions &options, const QDate &today)
{
    ReportData data;
    auto metrics = loadMetricsData(plan);
    if (!metrics.ok())
        return metrics.error();
    data.metrics = std::move(metrics).value();

    auto stories = plan.list<Story>();
    if (!stories.ok())
        return stories.error();
    data.stories = std::move(stories).value();
    auto imports = plan.list<ImportRecord>();
    if (!imports.ok())
        return imports.error();
    data.imports = std::move(imports).value();
    auto weights = plan.list<ContributionWeight>();
    if (!weights.ok())
        return weights.error();
    data.weights = std::move(weights).value();
    auto withheld = plan.listWhere<Member>(QStringLiteral("consent_report"), false);
    if (!withheld.ok())
        return withheld.error();
    for (const Member &m : std::as_const(withheld.value())) {
        data.withheldNames << m.name;
        data.withheldNames << m.aliases;
    }
    auto sponsors = plan.listWhere<Member>(QStringLiteral("role"), enumKey(Role::Sponsor));
    if (!sponsors.ok())
        return sponsors.error();
    data.sponsors = std::move(sponsors).value();
    auto counts = plan.counts();
    if (!counts.ok())
        return counts.error();
    data.counts = std::move(counts).value();
    data.fileName = QFileInfo(plan.path()).fileName();

    auto budget = plan.list<BudgetLine>();
    if (!budget.ok())
        return budget.error();
    data.budget = std::move(budget).value();
    auto resources = plan.list<Resource>();
    if (!resources.ok())
        return resources.error();
    data.resources = std::move(resources).value();
    auto recognitions = plan.list<Recognition>();
    if (!recognitions.ok())
        return recognitions.error();
    data.recognitions = std::move(recognitions).value();
    auto quotes = loadQuotes(plan, data.metrics);
    if (!quotes.ok())
        return quotes.error();
    data.quotes = std::move(quotes).value();
    std::tie(data.valueFrom, data.valueTo) = reportWindow(data.metrics, options.from, options.to, today);
    auto value = loadValueCreation(plan, data.valueFrom, data.valueTo);
    if (!value.ok())
        return value.error();
    data.valueCreation = std::move(value).value();
    auto series = plan.list<Series>();
    if (!series.ok())
        return series.error();
    data.series = std::move(series).value();
    if (!data.series.isEmpty()) {
        auto events = plan.forEach<Event>([&data](const Event &e) {
            if (e.seriesId)
                data.seriesOfEvent.insert(e.id, *e.seriesId);
        });
        if (!events.ok())
            return events.error();
    }
    data.lastYear = readLastYear(plan, data.valueFrom, data.valueTo, options.includeEveryone, today);
    return data;
}

std::pair<QDate, QDate> reportWindow(const MetricsData &data, const QDate &from, const QDate &to, const QDate &today)
{
    const QDate start = data.community.startDate;
    if (!from.isValid() && !to.isValid() && start.isValid() && today < start) {
        // Not started yet: the first month of the plan (up to its end), not a single day to come.
        QDate end = start.addMonths(1).addDays(-1);
        if (data.community.endDate.isValid() && data.community.endDate >= start && data.community.endDate < end)
            end = data.community.endDate;
        return {start, end};
    }
    MetricsOptions options;
    options.from = from;
    options.to = to;
    return metricsWindow(data, options, today);
}

bool hasLittleData(const Metrics &metrics)
{
    return metrics.latestCompleteMonth < 0 || metrics.eventsHeld == 0;
}

NameGuard::NameGuard(const QStringList &withheldNames)
{
    for (const QString &name : withheldNames) {
        QStringList words;
        for (const Word &w : wordsOf(name))
            words << w.folded;
        if (!words.isEmpty())
            m_namesByFirstWord[words.first()] << words;
    }
}

QString NameGuard::clean(const QString &text) const
{
    if (m_namesByFirstWord.isEmpty() || text.isEmpty())
        return text;
    const QList<Word> words = wordsOf(text);
    QString result;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto candidates = m_namesByFirstWord.constFind(words[i].folded);
        if (candidates == m_namesByFirstWord.cend())
            continue;
        qsizetype longest = 0;
        for (const QStringList &name : *candidates) {
            if (name.size() <= longest || i + name.size() > words.size())
                continue;
            bool match = true;
            for (qsizetype k = 1; k < name.size() && match; ++k) {
                // The words of a name are separated by a few spaces or punctuation marks at most.
                match = words[i + k].folded == name[k] && words[i + k].start - words[i + k - 1].end <= 3;
            }
            if (match)
                longest = name.size();
        }
        if (longest == 0)
            continue;
        result += QStringView(text).mid(copied, words[i].start - copied);
        result += ReportText::tr("a member");
        copied = words[i + longest - 1].end;
        i += longest - 1;
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

std::optional<QString> consentedName(const ReportData &data, int index)
{
    if (index < 0 || size_t(index) >= data.metrics.members.size())
        return std::nullopt;
    const auto &member = data.metrics.members[size_t(index)];
    if (!member.consentReport || member.name.trimmed().isEmpty())
        return std::nullopt;
    return member.name;
}

} // namespace cultivate
