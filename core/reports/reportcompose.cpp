// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words, tables and chart choices of each report section (SPEC §7).
#include "core/reports/report.h"

#include "core/assessment/assessment.h"
#include "core/assessment/glossary.h"
#include "core/reports/reportformat.h"
#include "core/reports/reportnarrative.h"
#include "core/reports/reportparts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cultivate {

namespace {

using namespace reportparts;

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

QString signedDecimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded > 0)
        return QStringLiteral("+") + reportDecimal(rounded, 1);
    if (rounded < 0)
        return QStringLiteral("\u2212") + reportDecimal(-rounded, 1);
    return reportDecimal(0, 1);
}

class Composer {
public:
    Composer(const ReportData &data, const ReportOptions &options, const QDate &today)
        : m_data(data)
        , m_options(options)
        , m_today(today)
        , m_guard(data.withheldNames)
    {
    }

    ReportContent run();

private:
    QString clean(const QString &text) const { return m_guard.clean(text.trimmed()); }
    QString memberName(int index) const
    {
        const auto name = consentedName(m_data, index);
        return name ? clean(*name) : ReportText::tr("A member");
    }
    bool chosen(ReportSection s) const { return m_options.sections.contains(s); }
    void sectionHeading(ReportSection s) { doc().heading(2, label(s), enumKey(s)); }
    ReportDocument &doc() { return m_content.document; }
    void addChart(const QString &id, ReportChartKind kind, QSize size, const QString &alt,
                  std::shared_ptr<const Metrics> metrics = {});
    // User text split into paragraphs at blank lines.
    void userParagraphs(const QString &text);

    void cover();
    void glance();
    void glanceFigures();
    void glancePlan();
    QList<const MetricsData::EventRow *> yearEvents(QDate *start = nullptr, QDate *end = nullptr) const;
    void glanceGoals();
    void glanceVoice();
    QString lastYearSentence() const;
    void lastYearTable();
    void goals();
    void lifecycle();
    void activity();
    void schedule();
    void participation();
    void retention();
    void organisations();
    void surveys();
    void surveyQuestions(const QList<const SurveyFigures *> &list);
    void value();
    void valueMatrix();
    void stories();
    void quotes();
    void resources();
    void recognitions();
    void budget();
    void health();
    void appendix();

    // "–" for an undefined figure, with a small-sample mark when it rests on fewer than five answers.
    QString sampled(const QString &figure, int answers, const char *singular) const;
    QList<const ReportQuote *> quotesInWindow() const;
    QString quoteAttribution(const ReportQuote &quote) const;

    bool inWindow(const QDate &date) const { return date.isValid() && date >= m_metrics.from && date <= m_metrics.to; }
    QList<const SurveyFigures *> surveysInWindow() const;
    QList<const Story *> storiesInWindow() const;

    const ReportData &m_data;
    const ReportOptions &m_options;
    QDate m_today;
    NameGuard m_guard;
    Metrics m_metrics{};
    Assessment m_assessment{};
    std::optional<Metrics> m_previous{};
    std::shared_ptr<const Metrics> m_chartMetrics{};
    HealthReport m_health{};
    ReportContent m_content{};
    bool m_littleData = false;
};

void Composer::addChart(const QString &id, ReportChartKind kind, QSize size, const QString &alt,
                        std::shared_ptr<const Metrics> metrics)
{
    m_content.charts << ReportChart{id, kind, size, metrics ? std::move(metrics) : m_chartMetrics, {}};
    doc().figure(id, size, alt);
}

void Composer::userParagraphs(const QString &text)
{
    appendUserParagraphs(doc(), text, m_guard);
}

QList<const SurveyFigures *> Composer::surveysInWindow() const
{
    QList<const SurveyFigures *> list;
    for (const SurveyFigures &s : m_metrics.surveys) {
        if (inWindow(s.date))
            list << &s;
    }
    return list;
}

QList<const Story *> Composer::storiesInWindow() const
{
    QList<const Story *> list;
    for (const Story &s : m_data.stories) {
        if (!s.date.isValid() || inWindow(s.date))
            list << &s;
    }
    return list;
}

ReportContent Composer::run()
{
    MetricsOptions options;
    // A plan that has not started reports its first month, not a day to come.
    std::tie(options.from, options.to) = reportWindow(m_data.metrics, m_options.from, m_options.to, m_today);
    options.includeEveryone = m_options.includeEveryone;
    // Every figure and verdict comes from the one assessment (the dashboard and `stats` read the same).
    m_assessment = assess(m_data.metrics, options, m_today);
    m_metrics = m_assessment.current;
    m_previous = m_assessment.previous;
    m_health = m_assessment.health;
    m_littleData = hasLittleData(m_metrics);

    // The charts draw from a copy whose user text is cleaned of withheld names.
    auto chartMetrics = std::make_shared<Metrics>(m_metrics);
    for (GoalFigures &g : chartMetrics->goals)
        g.title = clean(g.title);
    for (EventTurnout &t : chartMetrics->turnout)
        t.title = clean(t.title);
    for (SurveyFigures &s : chartMetrics->surveys) {
        s.title = clean(s.title);
        for (QuestionFigures &q : s.questions)
            q.text = clean(q.text);
    }
    m_chartMetrics = chartMetrics;

    const QString name = clean(m_data.metrics.community.name);
    m_content.communityName = name.isEmpty() ? ReportText::tr("Our community") : name;
    m_content.title = ReportText::tr("%1 — stakeholder report").arg(m_content.communityName);
    m_content.from = m_metrics.from;
    m_content.to = m_metrics.to;
    m_content.today = m_today;
    m_content.paper = m_options.paper;

    cover();
    const std::array<std::pair<ReportSection, void (Composer::*)()>, 12> sections{{
        {ReportSection::Summary, &Composer::glance},
        {ReportSection::Goals, &Composer::goals},
        {ReportSection::Lifecycle, &Composer::lifecycle},
        {ReportSection::Activity, &Composer::activity},
        {ReportSection::Participation, &Composer::participation},
        {ReportSection::Retention, &Composer::retention},
        {ReportSection::Organisations, &Composer::organisations},
        {ReportSection::Surveys, &Composer::surveys},
        {ReportSection::Value, &Composer::value},
        {ReportSection::Budget, &Composer::budget},
        {ReportSection::Health, &Composer::health},
        {ReportSection::Appendix, &Composer::appendix},
    }};
    for (const auto &[section, compose] : sections) {
        if (chosen(section))
            (this->*compose)();
    }
    const bool anySection =
        std::any_of(sections.cbegin(), sections.cend(), [this](const auto &section) { return chosen(section.first); });
    if (!anySection)
        doc().paragraph(ReportText::tr("No section was chosen for this report."), ReportDocument::Style::Empty);
    return std::move(m_content);
}

// --- cover -----------------------------------------------------------------------------------

void Composer::cover()
{
    const QString period = reportPeriod(m_metrics.from, m_metrics.to);
    if (!chosen(ReportSection::Cover)) {
        doc().heading(1, m_content.communityName);
        doc().paragraph(ReportText::tr("Stakeholder report, %1").arg(period), ReportDocument::Style::Lead);
        return;
    }
    ReportDocument::Cover c;
    c.kicker = ReportText::tr("Stakeholder report");
    c.title = m_content.communityName;
    c.lines << ReportText::tr("Reporting period: %1").arg(period);

    int unnamed = 0;
    QStringList named = facilitatorNames(m_data, m_guard, m_today, &unnamed);
    if (!named.isEmpty()) {
        if (unnamed > 0)
            named << (unnamed == 1 ? ReportText::tr("a co-facilitator")
                                   : ReportText::tr("%1 co-facilitators").arg(unnamed));
        c.lines << ReportText::tr("Prepared by %1, facilitator").arg(joinedList(named));
    } else if (unnamed > 0) {
        c.lines << ReportText::tr("Prepared by the community's facilitator");
    }
    c.lines << ReportText::tr("Issued %1").arg(reportDate(m_today));
    c.contentsTitle = ReportText::tr("Contents");
    for (ReportSection s : enumValues<ReportSection>()) {
        if (s != ReportSection::Cover && chosen(s))
            c.contents << std::pair{label(s), enumKey(s)};
    }
    doc().cover(c);
    doc().pageBreak();
}

// --- at a glance -------------------------------------------------------------------------------

// One page that stands alone: the story in a few sentences, the headline figures with their change
// and target, the goals with progress bars, and one consented voice.
void Composer::glance()
{
    sectionHeading(ReportSection::Summary);
    const GlanceNarrative n = ReportNarrative::compose(m_assessment, [this](const QString &t) { return clean(t); });
    doc().paragraph(n.happened, ReportDocument::Style::Lead);
    if (!n.changeSentences.isEmpty())
        doc().labelled(ReportText::tr("What changed."), n.changeSentences.join(QLatin1Char(' ')));
    if (const QString year = lastYearSentence(); !year.isEmpty())
        doc().labelled(ReportText::tr("Year on year."), year);
    if (!n.goalSentences.isEmpty())
        doc().labelled(ReportText::tr("Goals."), n.goalSentences.join(QLatin1Char(' ')));
    doc().labelled(ReportText::tr("Health."), n.health);
    if (!n.nextSentences.isEmpty())
        doc().labelled(ReportText::tr("What comes next."), n.nextSentences.join(QLatin1Char(' ')));
    if (m_littleData)
        glancePlan();
    else
        glanceFigures();
    glanceGoals();
    glanceVoice();
    doc().pageBreak();
}

void Composer::glanceFigures()
{
    const Metrics &m = m_metrics;
    const auto now = ReportNarrative::headlines(m);
    const auto before = m_previous ? ReportNarrative::headlines(*m_previous) : QList<ReportNarrative::Headline>{};
    // A goal linked to a figure gives that figure its target.
    QHash<QString, const GoalFigures *> targets;
    for (const GoalFigures &g : m.goals) {
        if (g.source.startsWith(QLatin1String("metric:")) && !targets.contains(g.source.mid(7)))
            targets.insert(g.source.mid(7), &g);
    }
    ReportTable t;
    t.header = {ReportText::tr("Figure"), ReportText::tr("This period"), ReportText::tr("Change"),
                ReportText::tr("Target")};
    t.numeric = {false, true, true, true};
    t.widths = {52, 16, 16, 16};
    t.compact = true;
    for (qsizetype i = 0; i < now.size(); ++i) {
        const auto &h = now[i];
        const auto value = [&h](const std::optional<double> &v) {
            if (!v)
                return QStringLiteral("\u2013");
            return h.share ? reportShare(*v) : reportCount(qRound64(*v));
        };
        QString change = QStringLiteral("\u2013");
        bool fell = false;
        if (!before.isEmpty() && h.value && before[i].value) {
            change = h.share ? reportShareChange(*h.value, *before[i].value)
                             : reportCountChange(qRound64(*h.value), qRound64(*before[i].value));
            fell = ReportNarrative::change(h.key, h.name, h.share, h.value, before[i].value).trend == Trend::Fell;
        }
        QString target = QStringLiteral("\u2013");
        if (const GoalFigures *g = targets.value(h.key))
            target = h.share ? reportShare(g->target) : reportCount(qRound64(g->target));
        const QString name = h.name.at(0).toUpper() + h.name.mid(1);
        t.rows << QList<ReportCell>{{name, false}, {value(h.value), false}, {change, fell}, {target, false}};
    }
    doc().table(t);
    doc().paragraph(
        m_previous ? ReportText::tr(
                         "Change is against the previous period of the same length (%1); a fall is marked. Reach: "
                         "members who attended at least once. Stickiness: active this month among those active in "
                         "the last twelve. Contribution weight: posts, answers, talks and hosting, weighted by effort. "
                         "The appendix defines every figure.")
                         .arg(reportPeriod(m_previous->from, m_previous->to))
                   : ReportText::tr(
                         "There is no previous period to compare with. Reach: members who attended at least once. "
                         "Stickiness: active this month among those active in the last twelve. Contribution weight: "
                         "posts, answers, talks and hosting, weighted by effort. The appendix defines every figure."),
        ReportDocument::Style::Note);
}

// A renewed plan against the same months of the year before, in one sentence; empty for a first year.
QString Composer::lastYearSentence() const
{
    const std::optional<LastYear> &y = m_data.lastYear;
    if (!y)
        return {};
    if (!y->metrics)
        return ReportText::tr("Last year's figures could not be read (%1).").arg(clean(y->problem));
    QStringList parts;
    for (const YearOnYearFigure &f : yearOnYear(m_metrics, *y->metrics)) {
        if (f.key != QLatin1String("events_held") && f.key != QLatin1String("reach") &&
            f.key != QLatin1String("newcomers") && f.key != QLatin1String("credited_attendances"))
            continue;
        const auto text = [&f](const std::optional<double> &v) {
            return !v ? QStringLiteral("\u2013") : f.isShare ? reportShare(*v) : reportCount(qRound64(*v));
        };
        parts << ReportText::tr("%1 %2 (last year %3)").arg(f.label.toLower(), text(f.now), text(f.before));
    }
    return ReportText::tr("Against the same months of last year (%1): %2.")
        .arg(reportPeriod(y->from, y->to), joinedList(parts));
}

// The figures of a renewed plan beside those of the same months of the year before.
void Composer::lastYearTable()
{
    const std::optional<LastYear> &y = m_data.lastYear;
    if (!y)
        return;
    doc().heading(3, ReportText::tr("Compared with last year"));
    if (!y->metrics) {
        doc().paragraph(ReportText::tr("Last year's plan could not be read, so there is nothing to compare with: %1.")
                            .arg(clean(y->problem)),
                        ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(ReportText::tr("The same months of “%1” (%2), read from last year's plan.")
                        .arg(clean(y->link.name), reportPeriod(y->from, y->to)));
    ReportTable t;
    t.header = {ReportText::tr("Figure"), ReportText::tr("This year"), ReportText::tr("Last year"),
                ReportText::tr("Change")};
    t.numeric = {false, true, true, true};
    t.widths = {46, 18, 18, 18};
    t.compact = true;
    for (const YearOnYearFigure &f : yearOnYear(m_metrics, *y->metrics)) {
        const auto text = [&f](const std::optional<double> &v) {
            return !v ? QStringLiteral("\u2013") : f.isShare ? reportShare(*v) : reportCount(qRound64(*v));
        };
        QString change = QStringLiteral("\u2013");
        bool fell = false;
        if (f.now && f.before) {
            change = f.isShare ? reportShareChange(*f.now, *f.before)
                               : reportCountChange(qRound64(*f.now), qRound64(*f.before));
            // A fall is marked by the narrative's rule, as in the at-a-glance figures.
            fell = ReportNarrative::change(f.key, f.label, f.isShare, f.now, f.before).trend == Trend::Fell;
        }
        t.rows << QList<ReportCell>{{f.label, false}, {text(f.now), false}, {text(f.before), false}, {change, fell}};
    }
    doc().table(t);
}

// Early on there is little to count: the page shows the plan instead of zeros.
void Composer::glancePlan()
{
    QDate start;
    QDate end;
    const auto events = yearEvents(&start, &end);
    const MetricsData::EventRow *next = nullptr;
    for (const auto *e : events) {
        if (e->status == EventStatus::Planned && e->day >= m_today.toJulianDay()) {
            next = e;
            break;
        }
    }
    ReportTable t;
    t.header = {ReportText::tr("The plan"), QString()};
    t.numeric = {false, false};
    t.widths = {40, 60};
    t.compact = true;
    t.rows << QList<ReportCell>{{ReportText::tr("Plan year"), false}, {reportPeriod(start, end), false}};
    if (const StageProgress *stage = m_assessment.stage()) {
        t.rows << QList<ReportCell>{{ReportText::tr("Current stage"), false},
                                    {ReportText::tr("%1: %2 of %3 checklist items done")
                                         .arg(label(stage->stage.kind))
                                         .arg(stage->doneCount())
                                         .arg(stage->items.size()),
                                     false}};
    }
    t.rows << QList<ReportCell>{{ReportText::tr("Events scheduled for the year"), false},
                                {reportCount(events.size()), false}};
    if (next) {
        t.rows << QList<ReportCell>{
            {ReportText::tr("Next event"), false},
            {ReportText::tr("%1, %2").arg(clean(next->title), reportDate(QDate::fromJulianDay(next->day))), false}};
    }
    t.rows << QList<ReportCell>{{ReportText::tr("Goals set"), false}, {reportCount(m_metrics.goals.size()), false}};
    t.rows << QList<ReportCell>{{ReportText::tr("Members so far"), false}, {reportCount(m_metrics.members), false}};
    doc().table(t);
    doc().paragraph(
        ReportText::tr("Figures such as reach and stickiness need a complete month with events held; until then "
                       "they print as \u201c\u2013\u201d. The sections below show the year's schedule, the current "
                       "stage's checklist and the goals."),
        ReportDocument::Style::Note);
}

void Composer::glanceGoals()
{
    if (m_metrics.goals.isEmpty())
        return;
    ReportTable t;
    t.header = {ReportText::tr("Goal"), ReportText::tr("Progress"), ReportText::tr("Now"), ReportText::tr("Target"),
                ReportText::tr("Due")};
    t.numeric = {false, false, true, true, true};
    t.widths = {36, 24, 12, 12, 16};
    t.compact = true;
    QHash<Id, Goal> goals;
    for (const Goal &g : m_data.metrics.goals)
        goals.insert(g.id, g);
    for (const GoalFigures &g : m_metrics.goals.mid(0, 6)) {
        const bool share = isShareMetric(goals.value(g.id).metric);
        const auto value = [share](double v) { return share ? reportShare(v) : decimal(v); };
        const bool late = g.due.isValid() && g.due < m_today && g.progress.value_or(0) < 1.0;
        ReportCell progress{reportShare(g.progress), late, g.progress};
        t.rows << QList<ReportCell>{{clean(g.title), false},
                                    progress,
                                    {g.current ? value(*g.current) : QStringLiteral("\u2013"), false},
                                    {value(g.target), false},
                                    {shortDate(g.due), late}};
    }
    doc().table(t);
}

void Composer::glanceVoice()
{
    // The latest story shared with consent, else the latest quotable answer.
    const Story *story = nullptr;
    for (const Story *s : storiesInWindow()) {
        if (s->consent && !s->narrative.trimmed().isEmpty() && (!story || s->date >= story->date))
            story = s;
    }
    QString text;
    QString source;
    if (story) {
        static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
        text = clean(story->narrative.split(blankLine, Qt::SkipEmptyParts).value(0)).simplified();
        const QString title = clean(story->title);
        source = story->date.isValid() ? ReportText::tr("%1, %2").arg(title.isEmpty() ? label(story->kind) : title,
                                                                      reportDate(story->date))
                                       : title;
    } else if (const auto quotes = quotesInWindow(); !quotes.isEmpty()) {
        const ReportQuote *q = quotes.constLast();
        text = clean(q->text).simplified();
        source = quoteAttribution(*q);
    }
    if (text.isEmpty())
        return;
    if (text.size() > 300) {
        const qsizetype cut = text.lastIndexOf(QLatin1Char(' '), 280);
        text = text.left(cut > 150 ? cut : 280) + QStringLiteral("\u2026");
    }
    doc().paragraph(QStringLiteral("\u201c%1\u201d").arg(text), ReportDocument::Style::Quote);
    doc().paragraph(QStringLiteral("\u2014 ") + source, ReportDocument::Style::Note);
}

QString Composer::sampled(const QString &figure, int answers, const char *singular) const
{
    if (figure == QStringLiteral("\u2013") || !isSmallSample(answers))
        return figure;
    return answers == 1 ? ReportText::tr("%1 (small sample: %2)")
                              .arg(figure, ReportText::tr(singular).prepend(QStringLiteral("1 ")))
                        : ReportText::tr("%1 (small sample)").arg(figure);
}

QList<const ReportQuote *> Composer::quotesInWindow() const
{
    QList<const ReportQuote *> list;
    for (const ReportQuote &q : m_data.quotes) {
        if (!q.date.isValid() || inWindow(q.date))
            list << &q;
    }
    return list;
}

QString Composer::quoteAttribution(const ReportQuote &quote) const
{
    const QString who = quote.member < 0                      ? ReportText::tr("an anonymous answer")
                        : consentedName(m_data, quote.member) ? clean(*consentedName(m_data, quote.member))
                                                              : ReportText::tr("a member");
    return ReportText::tr("%1, %2, %3").arg(who, clean(quote.surveyTitle), shortDate(quote.date));
}

// --- purpose and goals ----------------------------------------------------------------------

void Composer::goals()
{
    sectionHeading(ReportSection::Goals);
    const Community &c = m_data.metrics.community;
    if (c.purpose.trimmed().isEmpty())
        doc().paragraph(ReportText::tr("The charter does not state the community's purpose yet."),
                        ReportDocument::Style::Empty);
    else
        doc().labelled(ReportText::tr("Purpose:"), clean(c.purpose));
    if (!c.domain.trimmed().isEmpty())
        doc().labelled(ReportText::tr("Domain:"), clean(c.domain));
    if (!c.purposeAreas.isEmpty()) {
        QStringList areas;
        for (PurposeArea a : c.purposeAreas)
            areas << label(a).toLower();
        doc().labelled(ReportText::tr("Focus:"), areas.join(QStringLiteral("; ")) + QLatin1Char('.'));
    }
    if (!c.valueForOrganisation.trimmed().isEmpty())
        doc().labelled(ReportText::tr("Value for the organisation:"), clean(c.valueForOrganisation));

    doc().heading(3, ReportText::tr("Goals"));
    if (m_metrics.goals.isEmpty()) {
        doc().paragraph(
            ReportText::tr("No goals have been set yet. Two or three measurable goals, each with a baseline and a "
                           "target, turn the purpose into outcomes that sponsors can follow."),
            ReportDocument::Style::Empty);
        return;
    }
    QHash<Id, Goal> goals;
    for (const Goal &g : m_data.metrics.goals)
        goals.insert(g.id, g);
    ReportTable t;
    t.header = {ReportText::tr("Goal"),   ReportText::tr("Measure"), ReportText::tr("Baseline"),
                ReportText::tr("Target"), ReportText::tr("Now"),     ReportText::tr("Progress"),
                ReportText::tr("Due")};
    t.numeric = {false, false, true, true, true, true, true};
    t.widths = {23, 12, 11, 9, 8, 24, 13};
    t.compact = true;
    for (const GoalFigures &g : m_metrics.goals) {
        const Goal goal = goals.value(g.id);
        const bool share = isShareMetric(goal.metric);
        const auto value = [share](double v) { return share ? reportShare(v) : decimal(v); };
        const bool late = goal.dueDate.isValid() && goal.dueDate < m_today && g.progress.value_or(0) < 1.0;
        t.rows << QList<ReportCell>{{clean(g.title), false},
                                    {clean(g.unit), false},
                                    {value(g.baseline), false},
                                    {value(g.target), false},
                                    {g.current ? value(*g.current) : QStringLiteral("\u2013"), false},
                                    {reportShare(g.progress), late, g.progress},
                                    {shortDate(goal.dueDate), late}};
    }
    doc().table(t);
    doc().paragraph(
        ReportText::tr("Progress is the share of the way from the baseline to the target, between 0% and 100%. "
                       "\u201cNow\u201d is the linked figure for this period or the latest measurement."),
        ReportDocument::Style::Note);
    const bool measured = std::any_of(m_metrics.goals.cbegin(), m_metrics.goals.cend(),
                                      [](const GoalFigures &g) { return g.progress.has_value(); });
    if (!measured) {
        doc().paragraph(ReportText::tr("No goal has a measurement yet, so there is no progress to chart."),
                        ReportDocument::Style::Empty);
        return;
    }
    addChart(QStringLiteral("goals"), ReportChartKind::Goals,
             QSize(640, std::clamp(90 + 44 * int(m_metrics.goals.size()), 180, 520)),
             ReportText::tr("Progress towards each goal"));
}

// --- lifecycle -------------------------------------------------------------------------------

void Composer::lifecycle()
{
    sectionHeading(ReportSection::Lifecycle);
    const QList<StageProgress> &stages = m_assessment.stages;
    if (stages.isEmpty()) {
        doc().paragraph(ReportText::tr("The plan has no lifecycle stages yet."), ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(
        ReportText::tr("A community moves through five stages, from defining its domain to evaluating its first "
                       "year. A stage's readiness is the share of its checklist that is done."));
    ReportTable t;
    t.header = {ReportText::tr("Stage"), ReportText::tr("Status"), ReportText::tr("Planned"),
                ReportText::tr("Readiness")};
    t.numeric = {false, false, false, true};
    t.widths = {24, 24, 32, 20};
    for (const StageProgress &progress : stages) {
        const Stage &stage = progress.stage;
        const bool overdue = progress.isOverdue(m_today);
        QString status = label(stage.status);
        if (overdue)
            status = ReportText::tr("%1, overdue").arg(status);
        const QString planned = stage.plannedStart.isValid() && stage.plannedEnd.isValid()
                                    ? reportPeriod(stage.plannedStart, stage.plannedEnd)
                                    : QStringLiteral("\u2013");
        const QString readiness = progress.items.isEmpty() ? ReportText::tr("no checklist")
                                                           : ReportText::tr("%1 of %2 (%3)")
                                                                 .arg(progress.doneCount())
                                                                 .arg(progress.items.size())
                                                                 .arg(reportShare(progress.readiness()));
        t.rows << QList<ReportCell>{
            {label(stage.kind), false}, {status, overdue}, {planned, false}, {readiness, false}};
    }
    doc().table(t);
    // The current stage is core's (the same the Lifecycle page and the Overview name).
    const StageProgress *current = m_assessment.stage();
    if (!current)
        return;
    if (m_littleData && !current->items.isEmpty()) {
        // Early on, the whole checklist of the current stage is what there is to report.
        doc().heading(3, ReportText::tr("The %1 stage's checklist").arg(label(current->stage.kind)));
        ReportTable list;
        list.header = {ReportText::tr("Item"), ReportText::tr("Due"), ReportText::tr("Done")};
        list.numeric = {false, true, true};
        list.widths = {62, 19, 19};
        list.compact = true;
        for (const ChecklistItem &item : current->items) {
            const bool late = !item.done && item.dueDate.isValid() && item.dueDate < m_today;
            list.rows << QList<ReportCell>{
                {clean(item.title), false},
                {shortDate(item.dueDate), late},
                {item.done ? shortDate(item.doneDate.isValid() ? item.doneDate : m_today) : ReportText::tr("not yet"),
                 false}};
        }
        doc().table(list);
        return;
    }
    QStringList open;
    int more = 0;
    for (const ChecklistItem &item : current->items) {
        if (item.done)
            continue;
        if (open.size() < 6) {
            const QString due =
                item.dueDate.isValid() ? ReportText::tr(" (due %1)").arg(reportDate(item.dueDate)) : QString();
            open << clean(item.title) + due;
        } else {
            ++more;
        }
    }
    if (open.isEmpty())
        return;
    if (more > 0)
        open << ReportText::tr("and %1 more")
                    .arg(counted(more, QT_TRANSLATE_NOOP("cultivate::Report", "item"),
                                 QT_TRANSLATE_NOOP("cultivate::Report", "items")));
    doc().heading(3, ReportText::tr("Next steps in the %1 stage").arg(label(current->stage.kind)));
    doc().bullets(open);
}

// --- activity and attendance ---------------------------------------------------------------------

void Composer::activity()
{
    sectionHeading(ReportSection::Activity);
    const Metrics &m = m_metrics;
    if (m_littleData)
        schedule();
    if (m.eventsHeld == 0) {
        QString text = ReportText::tr("No events were held in this period, so there is no turnout to show yet.");
        if (m.eventsPlanned > 0)
            text +=
                QLatin1Char(' ') + ReportText::tr("%1 planned.")
                                       .arg(counted(m.eventsPlanned, QT_TRANSLATE_NOOP("cultivate::Report", "event is"),
                                                    QT_TRANSLATE_NOOP("cultivate::Report", "events are")));
        doc().paragraph(text, ReportDocument::Style::Empty);
    } else {
        double sum = 0;
        int measured = 0;
        for (const EventTurnout &t : m.turnout) {
            if (t.turnout) {
                sum += *t.turnout;
                ++measured;
            }
        }
        doc().paragraph(
            ReportText::tr("%1 were held and members were credited with %2. The average turnout per event was %3 of "
                           "the members at the time. An attendance is credited when a member was present for at least "
                           "%4 of the event.")
                .arg(counted(m.eventsHeld, QT_TRANSLATE_NOOP("cultivate::Report", "event"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "events")),
                     counted(m.creditedAttendances, QT_TRANSLATE_NOOP("cultivate::Report", "attendance"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "attendances")),
                     reportShare(measured > 0 ? std::optional<double>(sum / measured) : std::nullopt),
                     reportShare(m_data.metrics.community.attendanceThreshold)));
        addChart(QStringLiteral("turnout"), ReportChartKind::Turnout, QSize(640, 280),
                 ReportText::tr("Turnout per event: credited attendees as a share of members"));
    }

    const bool anyActive = std::any_of(m.activeByMonth.cbegin(), m.activeByMonth.cend(), [](int n) { return n > 0; });
    if (anyActive) {
        addChart(QStringLiteral("active-members"), ReportChartKind::ActiveMembers, QSize(640, 300),
                 ReportText::tr("Active members and newcomers per month"));
    } else if (m.eventsHeld > 0 || m.members > 0) {
        doc().paragraph(ReportText::tr("No member was active in any month of this period."),
                        ReportDocument::Style::Empty);
    }

    lastYearTable();
    if (m.turnout.isEmpty())
        return;
    QList<const EventTurnout *> best;
    for (const EventTurnout &t : m.turnout)
        best << &t;
    std::stable_sort(best.begin(), best.end(),
                     [](auto *a, auto *b) { return a->turnout.value_or(-1) > b->turnout.value_or(-1); });
    best = best.mid(0, 5);
    doc().heading(3, ReportText::tr("Best-attended events"));
    ReportTable t;
    t.header = {ReportText::tr("Event"), ReportText::tr("Date"), ReportText::tr("Attendees"),
                ReportText::tr("Turnout")};
    t.numeric = {false, false, true, true};
    t.widths = {52, 20, 14, 14};
    for (const EventTurnout *e : best) {
        t.rows << QList<ReportCell>{{clean(e->title), false},
                                    {shortDate(e->date), false},
                                    {reportCount(e->credited), false},
                                    {reportShare(e->turnout), false}};
    }
    doc().table(t);
}

// The year's schedule: every event of the plan year, held, planned or cancelled.
QList<const MetricsData::EventRow *> Composer::yearEvents(QDate *startOut, QDate *endOut) const
{
    const Community &c = m_data.metrics.community;
    const QDate start = c.startDate.isValid() ? c.startDate : m_metrics.from;
    const QDate end = c.endDate.isValid() ? c.endDate : start.addYears(1).addDays(-1);
    QList<const MetricsData::EventRow *> events;
    for (const auto &e : m_data.metrics.events) {
        const QDate day = QDate::fromJulianDay(e.day);
        if (day >= start && day <= end)
            events << &e;
    }
    std::stable_sort(events.begin(), events.end(), [](auto *a, auto *b) { return a->day < b->day; });
    if (startOut)
        *startOut = start;
    if (endOut)
        *endOut = end;
    return events;
}

void Composer::schedule()
{
    QDate start;
    QDate end;
    const auto events = yearEvents(&start, &end);
    doc().heading(3, ReportText::tr("The year's schedule"));
    if (events.isEmpty()) {
        doc().paragraph(
            ReportText::tr("No event is scheduled yet from %1 to %2. A monthly rhythm of meetings or webinars is "
                           "the heartbeat of a community.")
                .arg(reportDate(start), reportDate(end)),
            ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(ReportText::tr("%1 from %2 to %3, as planned today.")
                        .arg(counted(events.size(), QT_TRANSLATE_NOOP("cultivate::Report", "event is scheduled"),
                                     QT_TRANSLATE_NOOP("cultivate::Report", "events are scheduled")),
                             reportDate(start), reportDate(end)));
    ReportTable t;
    t.header = {ReportText::tr("Date"), ReportText::tr("Event"), ReportText::tr("Kind"), ReportText::tr("Status")};
    t.numeric = {false, false, false, false};
    t.widths = {17, 49, 18, 16};
    t.compact = true;
    for (const auto *e : events) {
        t.rows << QList<ReportCell>{{shortDate(QDate::fromJulianDay(e->day)), false},
                                    {clean(e->title), false},
                                    {label(e->kind), false},
                                    {label(e->status), false}};
    }
    doc().table(t);
}

// --- participation ----------------------------------------------------------------------------

void Composer::participation()
{
    sectionHeading(ReportSection::Participation);
    const Metrics &m = m_metrics;
    if (m.members == 0) {
        doc().paragraph(
            ReportText::tr("No members are counted in this period, so there are no participation levels to show."),
            ReportDocument::Style::Empty);
        return;
    }
    if (m.eventsHeld == 0 && m.totalWeight == 0) {
        // Nobody could take part yet: shares of zero against Wenger's bands would say nothing.
        doc().paragraph(
            ReportText::tr("No event has been held and nothing has been contributed in this period yet, so the %1 "
                           "have no participation level to show. Levels are judged once members take part.")
                .arg(counted(m.members, QT_TRANSLATE_NOOP("cultivate::Report", "member counted"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "members counted"))),
            ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(
        ReportText::tr("Members take part at different levels. A healthy community has a small core that hosts and "
                       "presents, an active group around it, and many occasional and peripheral members who learn "
                       "by following. Wenger, McDermott and Snyder expect about 10–15% core and 15–20% "
                       "active members."));
    ReportTable t;
    t.header = {ReportText::tr("Level"), ReportText::tr("Members"), ReportText::tr("Share"), ReportText::tr("Expected"),
                ReportText::tr("Against the band")};
    t.numeric = {false, true, true, true, false};
    t.widths = {24, 16, 16, 18, 26};
    for (Level level : enumValues<Level>()) {
        const int n = m.levels[size_t(level)];
        const double share = double(n) / m.members;
        const auto [low, high] = expectedShare(level);
        QString expected = QStringLiteral("\u2013");
        QString against;
        bool outside = false;
        // Judged by core's one rule on the exact share, whatever the rounding of the printed share.
        if (const auto verdict = m_assessment.band(level)) {
            expected = QStringLiteral("%1\u2013%2").arg(qRound(low * 100)).arg(reportShare(high));
            outside = *verdict != BandVerdict::Within;
            against = *verdict == BandVerdict::Below   ? ReportText::tr("below the band")
                      : *verdict == BandVerdict::Above ? ReportText::tr("above the band")
                                                       : ReportText::tr("within the band");
        }
        t.rows << QList<ReportCell>{{label(level), false},
                                    {reportCount(n), false},
                                    {reportShare(share), outside},
                                    {expected, false},
                                    {against, outside}};
    }
    doc().table(t);
    if (!m.levelsByQuarter.isEmpty())
        addChart(QStringLiteral("participation"), ReportChartKind::Participation, QSize(640, 300),
                 ReportText::tr("Participation levels per quarter"));

    doc().heading(3, ReportText::tr("Flows between levels"));
    if (m.flows.isEmpty()) {
        doc().paragraph(ReportText::tr("Flows compare consecutive quarters; this period lies within a single quarter."),
                        ReportDocument::Style::Empty);
    } else {
        const LevelFlow &f = m.flows.constLast();
        const auto total = [](const std::array<int, 4> &a) { return std::accumulate(a.cbegin(), a.cend(), 0); };
        doc().paragraph(ReportText::tr("From %1 to %2, %3 moved up a level, %4 held their level and %5 moved down.")
                            .arg(f.from, f.to,
                                 counted(total(f.up), QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                                         QT_TRANSLATE_NOOP("cultivate::Report", "members")),
                                 reportCount(total(f.held)), reportCount(total(f.down))));
        if (total(f.up) + total(f.held) + total(f.down) > 0) {
            addChart(QStringLiteral("level-flows"), ReportChartKind::LevelFlows, QSize(640, 280),
                     ReportText::tr("Moves between participation levels in the latest quarter"));
        }
    }

    doc().heading(3, ReportText::tr("Who contributes"));
    if (m.totalWeight == 0) {
        doc().paragraph(ReportText::tr("No contributions were recorded in this period."), ReportDocument::Style::Empty);
    } else {
        doc().paragraph(
            ReportText::tr("Half of the contribution weight (%1) came from %2 in %3. The fewer people carry half the "
                           "weight, the more the community depends on them.")
                .arg(reportCount(m.totalWeight),
                     counted(m.concentrationMembers, QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "members")),
                     counted(m.concentrationOrganisations, QT_TRANSLATE_NOOP("cultivate::Report", "organisation"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "organisations"))));
        addChart(QStringLiteral("concentration"), ReportChartKind::Concentration, QSize(640, 260),
                 ReportText::tr("Cumulative share of the contribution weight"));
    }

    QList<const MemberFigures *> people;
    for (const MemberFigures &f : m.memberFigures) {
        if (f.credited > 0 || f.weight > 0)
            people << &f;
    }
    if (people.isEmpty())
        return;
    std::stable_sort(people.begin(), people.end(), [](auto *a, auto *b) {
        return std::pair(a->weight + a->credited, a->credited) > std::pair(b->weight + b->credited, b->credited);
    });
    people = people.mid(0, 10);
    doc().heading(3, ReportText::tr("Most active members"));
    ReportTable top;
    top.header = {ReportText::tr("Member"), ReportText::tr("Level"), ReportText::tr("Attendances"),
                  ReportText::tr("Contribution weight")};
    top.numeric = {false, false, true, true};
    top.widths = {40, 20, 18, 22};
    for (const MemberFigures *f : people) {
        top.rows << QList<ReportCell>{{memberName(f->member), false},
                                      {label(f->level), false},
                                      {reportCount(f->credited), false},
                                      {reportCount(f->weight), false}};
    }
    doc().table(top);
    doc().paragraph(ReportText::tr("Members who have not agreed to be named in reports appear as “a member”."),
                    ReportDocument::Style::Note);
}

// --- newcomers and retention --------------------------------------------------------------------

void Composer::retention()
{
    sectionHeading(ReportSection::Retention);
    const Metrics &m = m_metrics;
    const int newcomers = m.newcomers();
    if (m.retention.isEmpty()) {
        doc().paragraph(
            ReportText::tr("Nobody took part for the first time in this period, so there are no newcomers to follow "
                           "yet."),
            ReportDocument::Style::Empty);
        return;
    }
    QString text = ReportText::tr("%1 took part for the first time in this period.")
                       .arg(counted(newcomers, QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                                    QT_TRANSLATE_NOOP("cultivate::Report", "members")));
    if (m.newcomerConversion) {
        text += QLatin1Char(' ') +
                ReportText::tr("Of the newcomers whose first three months are complete, %1 reached the active "
                               "or core level within them.")
                    .arg(reportShare(*m.newcomerConversion));
    } else {
        text += QLatin1Char(' ') +
                ReportText::tr("No newcomer's first three months are complete yet, so their conversion to "
                               "active or core cannot be measured.");
    }
    doc().paragraph(text);
    doc().paragraph(
        ReportText::tr("Each row of the heat map is a cohort: the members whose first activity fell in that month, "
                       "with their number. Each column shows the share of the cohort active one, two, three\u2026 "
                       "months later; darker is better."));
    addChart(QStringLiteral("retention"), ReportChartKind::Retention,
             QSize(640, std::clamp(70 + 22 * int(m.retention.size()), 120, 820)),
             ReportText::tr("Retention of each monthly cohort of newcomers"));
}

// --- participation by organisation ----------------------------------------------------------------

void Composer::organisations()
{
    sectionHeading(ReportSection::Organisations);
    const Metrics &m = m_metrics;
    if (m.members == 0) {
        doc().paragraph(ReportText::tr("No members are counted in this period, so there is no organisation to show."),
                        ReportDocument::Style::Empty);
        return;
    }
    struct Row {
        QString name;
        int members = 0;
        int credited = 0;
        int weight = 0;
    };
    // The counted members' own figures, summed per organisation (members without one together).
    QList<Row> rows(m_data.metrics.organisations.size() + 1);
    for (qsizetype i = 0; i < m_data.metrics.organisations.size(); ++i)
        rows[i].name = clean(m_data.metrics.organisations.at(i));
    rows.last().name = ReportText::tr("No organisation given");
    for (const MemberFigures &f : m.memberFigures) {
        const int org = m_data.metrics.members[size_t(f.member)].organisation;
        Row &row = org >= 0 && org < rows.size() - 1 ? rows[org] : rows.last();
        ++row.members;
        row.credited += f.credited;
        row.weight += f.weight;
    }
    rows.removeIf([](const Row &r) { return r.members == 0; });
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::pair(a.credited + a.weight, a.members) > std::pair(b.credited + b.weight, b.members);
    });
    int credited = 0;
    for (const Row &r : std::as_const(rows))
        credited += r.credited;
    const int named = std::count_if(rows.cbegin(), rows.cend(),
                                    [this](const Row &r) { return r.name != ReportText::tr("No organisation given"); });
    doc().paragraph(
        ReportText::tr("The %1 counted in this period come from %2. Partner sponsors can find their own staff's "
                       "part here: members, credited attendances and contribution weight per organisation.")
            .arg(counted(m.members, QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                         QT_TRANSLATE_NOOP("cultivate::Report", "members")),
                 counted(named, QT_TRANSLATE_NOOP("cultivate::Report", "organisation"),
                         QT_TRANSLATE_NOOP("cultivate::Report", "organisations"))));
    if (m.totalWeight > 0) {
        doc().paragraph(
            ReportText::tr("Half of the contribution weight came from %1.")
                .arg(counted(m.concentrationOrganisations, QT_TRANSLATE_NOOP("cultivate::Report", "organisation"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "organisations"))));
    }
    ReportTable t;
    t.header = {ReportText::tr("Organisation"),         ReportText::tr("Members"),
                ReportText::tr("Credited attendances"), ReportText::tr("Share"),
                ReportText::tr("Contribution weight"),  ReportText::tr("Share")};
    t.numeric = {false, true, true, true, true, true};
    t.widths = {34, 12, 16, 10, 17, 11};
    t.compact = true;
    t.total = true;
    const auto share = [](int part, int whole) {
        return whole > 0 ? reportShare(double(part) / whole) : QStringLiteral("\u2013");
    };
    constexpr qsizetype Shown = 20;
    Row others{ReportText::tr("%1 further organisations").arg(std::max<qsizetype>(0, rows.size() - Shown))};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        if (i >= Shown) {
            others.members += r.members;
            others.credited += r.credited;
            others.weight += r.weight;
            continue;
        }
        t.rows << QList<ReportCell>{{r.name, false},
                                    {reportCount(r.members), false},
                                    {reportCount(r.credited), false},
                                    {share(r.credited, credited), false},
                                    {reportCount(r.weight), false},
                                    {share(r.weight, m.totalWeight), false}};
    }
    if (rows.size() > Shown) {
        t.rows << QList<ReportCell>{{others.name, false},
                                    {reportCount(others.members), false},
                                    {reportCount(others.credited), false},
                                    {share(others.credited, credited), false},
                                    {reportCount(others.weight), false},
                                    {share(others.weight, m.totalWeight), false}};
    }
    t.rows << QList<ReportCell>{{ReportText::tr("All organisations"), false},
                                {reportCount(m.members), false},
                                {reportCount(credited), false},
                                {share(credited, credited), false},
                                {reportCount(m.totalWeight), false},
                                {share(m.totalWeight, m.totalWeight), false}};
    doc().table(t);
}

// --- value created --------------------------------------------------------------------------------

void Composer::value()
{
    sectionHeading(ReportSection::Value);
    doc().paragraph(
        ReportText::tr("What the community gives its members and their organisations: the value-creation matrix of "
                       "Wenger, Trayner and de Laat (from immediate value to reframing what matters), the stories and "
                       "words of members who agreed to share them, the resources they produced and the recognition "
                       "they received."));
    valueMatrix();
    stories();
    quotes();
    resources();
    recognitions();
}

void Composer::valueMatrix()
{
    doc().heading(3, ReportText::tr("Value-creation matrix"));
    const ValueCreationMatrix &matrix = m_data.valueCreation;
    // The indicators were read for one window; they belong to this report only when it is the same.
    const bool indicators = m_data.valueFrom == m_metrics.from && m_data.valueTo == m_metrics.to;
    QHash<Id, const Story *> stories;
    for (const Story &s : m_data.stories)
        stories.insert(s.id, &s);
    ReportTable t;
    t.header = {ReportText::tr("Value cycle"), ReportText::tr("Stories showing it"),
                ReportText::tr("Survey indicator")};
    t.numeric = {false, false, true};
    t.widths = {22, 48, 30};
    t.compact = true;
    bool any = false;
    for (const ValueCycleRow &row : matrix.rows) {
        QStringList titles;
        int withheld = 0;
        int count = 0;
        for (Id id : row.storyIds) {
            const Story *s = stories.value(id);
            if (!s || (s->date.isValid() && !inWindow(s->date)))
                continue;
            ++count;
            if (!s->consent)
                ++withheld;
            else if (titles.size() < 3)
                titles << QStringLiteral("\u201c%1\u201d").arg(clean(s->title));
        }
        QString storiesText = count == 0 ? QStringLiteral("\u2013")
                                         : counted(count, QT_TRANSLATE_NOOP("cultivate::Report", "story"),
                                                   QT_TRANSLATE_NOOP("cultivate::Report", "stories"));
        if (!titles.isEmpty())
            storiesText += QStringLiteral(": ") + titles.join(QStringLiteral(", "));
        if (withheld > 0)
            storiesText += QLatin1Char(' ') + ReportText::tr("(%1 not shared)").arg(reportCount(withheld));
        QString indicator = QStringLiteral("\u2013");
        if (indicators && row.agreeShare) {
            indicator = sampled(ReportText::tr("%1 agree").arg(reportShare(*row.agreeShare)), row.answers,
                                QT_TRANSLATE_NOOP("cultivate::Report", "answer"));
            if (!isSmallSample(row.answers))
                indicator +=
                    QLatin1Char(' ') +
                    ReportText::tr("(%1)").arg(counted(row.answers, QT_TRANSLATE_NOOP("cultivate::Report", "answer"),
                                                       QT_TRANSLATE_NOOP("cultivate::Report", "answers")));
        }
        any = any || count > 0 || indicator != QStringLiteral("\u2013");
        t.rows << QList<ReportCell>{{label(row.cycle), false}, {storiesText, false}, {indicator, false}};
    }
    if (!any) {
        doc().paragraph(
            ReportText::tr("No story or value-creation survey of this period shows a value cycle yet. Tagging each "
                           "success story with the cycles it shows, and a short value-creation survey, fill this "
                           "matrix."),
            ReportDocument::Style::Empty);
        return;
    }
    doc().table(t);
    doc().paragraph(
        ReportText::tr("Immediate value: the activities themselves. Potential: knowledge and connections gained. "
                       "Applied: changes in practice. Realized: results that matter to the organisation. Reframing: "
                       "new ways of defining success. The indicator is the share of value-creation survey answers that "
                       "agree the cycle happened."),
        ReportDocument::Style::Note);
}

void Composer::quotes()
{
    const auto list = quotesInWindow();
    doc().heading(3, ReportText::tr("In members' words"));
    if (list.isEmpty()) {
        doc().paragraph(
            ReportText::tr("No written survey answer of this period may be quoted: quotes come from anonymous surveys "
                           "and from members who agreed to be quoted."),
            ReportDocument::Style::Empty);
        return;
    }
    const QList<const ReportQuote *> chosen = quotesToShow(list, m_guard);
    for (const ReportQuote *q : chosen) {
        doc().paragraph(QStringLiteral("\u201c%1\u201d").arg(clean(q->text).simplified()),
                        ReportDocument::Style::Quote);
        doc().paragraph(QStringLiteral("\u2014 ") + quoteAttribution(*q), ReportDocument::Style::Note);
    }
    if (list.size() > chosen.size()) {
        doc().paragraph(ReportText::tr("%1 of this period may be quoted; the longest are shown.")
                            .arg(counted(list.size(), QT_TRANSLATE_NOOP("cultivate::Report", "written answer"),
                                         QT_TRANSLATE_NOOP("cultivate::Report", "written answers"))),
                        ReportDocument::Style::Note);
    }
}

void Composer::resources()
{
    doc().heading(3, ReportText::tr("Resources produced"));
    QList<const Resource *> list;
    for (const Resource &r : m_data.resources) {
        if (inWindow(r.addedDate))
            list << &r;
    }
    if (list.isEmpty()) {
        doc().paragraph(ReportText::tr("No resource was added to the shared repertoire in this period."),
                        ReportDocument::Style::Empty);
        return;
    }
    std::array<int, 6> byKind{};
    for (const Resource *r : std::as_const(list))
        ++byKind[size_t(r->kind)];
    QStringList kinds;
    for (ResourceKind k : enumValues<ResourceKind>()) {
        if (byKind[size_t(k)] > 0)
            kinds << QStringLiteral("%1 %2").arg(reportCount(byKind[size_t(k)]), label(k).toLower());
    }
    doc().paragraph(ReportText::tr("%1 added to the shared repertoire in this period (%2).")
                        .arg(counted(list.size(), QT_TRANSLATE_NOOP("cultivate::Report", "resource was"),
                                     QT_TRANSLATE_NOOP("cultivate::Report", "resources were")),
                             kinds.join(QStringLiteral(", "))));
    std::stable_sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->addedDate > b->addedDate; });
    ReportTable t;
    t.header = {ReportText::tr("Resource"), ReportText::tr("Kind"), ReportText::tr("Added")};
    t.numeric = {false, false, true};
    t.widths = {62, 18, 20};
    t.compact = true;
    for (const Resource *r : list.mid(0, 10))
        t.rows << QList<ReportCell>{
            {clean(r->title), false}, {label(r->kind), false}, {shortDate(r->addedDate), false}};
    doc().table(t);
    if (list.size() > 10)
        doc().paragraph(ReportText::tr("The ten most recent are listed."), ReportDocument::Style::Note);
}

void Composer::recognitions()
{
    doc().heading(3, ReportText::tr("Recognition given"));
    QList<const Recognition *> named;
    int unnamed = 0;
    for (const Recognition &r : m_data.recognitions) {
        if (!inWindow(r.date))
            continue;
        if (consentedName(m_data, m_data.metrics.memberIndex.value(r.memberId, -1)))
            named << &r;
        else
            ++unnamed;
    }
    if (named.isEmpty() && unnamed == 0) {
        doc().paragraph(
            ReportText::tr("No recognition was recorded in this period. Thanking contributors in public keeps them "
                           "contributing."),
            ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(ReportText::tr("%1 given in this period.")
                        .arg(counted(named.size() + unnamed, QT_TRANSLATE_NOOP("cultivate::Report", "recognition was"),
                                     QT_TRANSLATE_NOOP("cultivate::Report", "recognitions were"))));
    if (!named.isEmpty()) {
        std::stable_sort(named.begin(), named.end(), [](auto *a, auto *b) { return a->date > b->date; });
        ReportTable t;
        t.header = {ReportText::tr("Member"), ReportText::tr("Date"), ReportText::tr("For")};
        t.numeric = {false, false, false};
        t.widths = {28, 18, 54};
        t.compact = true;
        for (const Recognition *r : named.mid(0, 10)) {
            t.rows << QList<ReportCell>{
                {clean(*consentedName(m_data, m_data.metrics.memberIndex.value(r->memberId, -1))), false},
                {shortDate(r->date), false},
                {clean(r->reason), false}};
        }
        doc().table(t);
        if (named.size() > 10)
            doc().paragraph(ReportText::tr("The ten most recent are listed."), ReportDocument::Style::Note);
    }
    if (unnamed > 0) {
        doc().paragraph(ReportText::tr("%1 went to members who have not agreed to be named in reports.")
                            .arg(counted(unnamed, QT_TRANSLATE_NOOP("cultivate::Report", "further recognition"),
                                         QT_TRANSLATE_NOOP("cultivate::Report", "further recognitions"))),
                        ReportDocument::Style::Note);
    }
}

// --- budget ---------------------------------------------------------------------------------------

void Composer::budget()
{
    sectionHeading(ReportSection::Budget);
    if (m_data.budget.isEmpty()) {
        doc().paragraph(
            ReportText::tr("The charter has no budget yet. Naming what the community costs (facilitation time, "
                           "tools, events) shows sponsors what they fund."),
            ReportDocument::Style::Empty);
        return;
    }
    const auto amount = [](double v) {
        const double cents = std::round(v * 100);
        if (std::fmod(cents, 100) == 0)
            return reportCount(qint64(cents / 100));
        return reportLocale().toString(cents / 100, 'f', 2);
    };
    ReportTable t;
    t.header = {ReportText::tr("Budget line"), ReportText::tr("Amount"), ReportText::tr("Notes")};
    t.numeric = {false, true, false};
    t.widths = {40, 18, 42};
    t.total = true;
    double total = 0;
    for (const BudgetLine &line : m_data.budget) {
        total += line.amount;
        t.rows << QList<ReportCell>{
            {clean(line.label), false}, {amount(line.amount), false}, {clean(line.notes), false}};
    }
    t.rows << QList<ReportCell>{{ReportText::tr("Total"), false}, {amount(total), false}, {QString(), false}};
    doc().paragraph(
        ReportText::tr("The charter's budget for the year, in its %1 and a total of %2 (amounts in the charter's own "
                       "currency).")
            .arg(counted(m_data.budget.size(), QT_TRANSLATE_NOOP("cultivate::Report", "line"),
                         QT_TRANSLATE_NOOP("cultivate::Report", "lines")),
                 amount(total)));
    doc().table(t);
}

// --- surveys and check-ins ------------------------------------------------------------------------

void Composer::surveys()
{
    sectionHeading(ReportSection::Surveys);
    const auto list = surveysInWindow();
    if (list.isEmpty()) {
        doc().paragraph(
            ReportText::tr("No survey or check-in was run in this period. A two-minute check-in every month tells the "
                           "facilitator how members are doing."),
            ReportDocument::Style::Empty);
        return;
    }
    ReportTable t;
    t.header = {ReportText::tr("Survey"),  ReportText::tr("Kind"),       ReportText::tr("Date"),
                ReportText::tr("Answers"), ReportText::tr("Completion"), ReportText::tr("Recommend")};
    t.numeric = {false, false, false, true, true, true};
    t.widths = {29, 16, 13, 11, 13, 18};
    t.compact = true;
    int checkIns = 0;
    for (const SurveyFigures *s : list) {
        t.rows << QList<ReportCell>{{clean(s->title), false},
                                    {label(s->kind), false},
                                    {shortDate(s->date), false},
                                    {reportCount(s->responses), false},
                                    {reportShare(s->completionRate), false},
                                    {s->recommendScore ? sampled(reportScore(*s->recommendScore), s->recommendAnswers,
                                                                 QT_TRANSLATE_NOOP("cultivate::Report", "answer"))
                                                       : QStringLiteral("\u2013"),
                                     false}};
        checkIns += s->yesShare.has_value();
    }
    doc().table(t);
    doc().paragraph(
        ReportText::tr("Completion is responses per member invited. The recommend score is the share of promoters "
                       "(9–10) minus the share of detractors (0–6) on the 0–10 question, from −100 "
                       "to +100."),
        ReportDocument::Style::Note);

    if (checkIns >= 2) {
        auto trend = std::make_shared<Metrics>(*m_chartMetrics);
        trend->surveys.removeIf([this](const SurveyFigures &s) { return !inWindow(s.date); });
        doc().heading(3, ReportText::tr("Check-ins"));
        doc().paragraph(
            ReportText::tr("The share of \u201cyes\u201d answers across each check-in's yes/no questions."));
        addChart(QStringLiteral("check-ins"), ReportChartKind::CheckIns, QSize(640, 260),
                 ReportText::tr("Share answering yes in each check-in"), trend);
    }

    ReportTable paired;
    paired.header = {ReportText::tr("Question"), ReportText::tr("Pairs"), ReportText::tr("Mean change"),
                     ReportText::tr("Improved")};
    paired.numeric = {false, true, true, true};
    paired.widths = {50, 10, 20, 20};
    paired.compact = true;
    for (const SurveyFigures *s : list) {
        for (const QuestionFigures &q : s->questions) {
            if (q.pairs == 0 || !q.meanChange)
                continue;
            paired.rows << QList<ReportCell>{
                {clean(q.text), false},
                {reportCount(q.pairs), false},
                {sampled(signedDecimal(*q.meanChange), q.pairs, QT_TRANSLATE_NOOP("cultivate::Report", "pair")),
                 *q.meanChange < 0},
                {sampled(reportShare(q.shareImproved), q.pairs, QT_TRANSLATE_NOOP("cultivate::Report", "pair")),
                 false}};
        }
    }
    if (!paired.rows.isEmpty()) {
        doc().heading(3, ReportText::tr("Change from the baseline to the final survey"));
        doc().paragraph(
            ReportText::tr("Each respondent's final answer is compared with their own baseline answer to the same "
                           "item; the mean change is in the item's own scale."));
        doc().table(paired);
    }
    surveyQuestions(list);
}

// Each survey's questions with their mean and the distribution of the answers. Check-ins are summed
// up by their trend; the six latest other surveys are shown item by item.
void Composer::surveyQuestions(const QList<const SurveyFigures *> &list)
{
    QHash<Id, const Question *> questions;
    for (const Question &q : m_data.metrics.questions)
        questions.insert(q.id, &q);
    QList<const SurveyFigures *> detailed;
    for (const SurveyFigures *s : list) {
        if (s->kind != SurveyKind::CheckIn && !s->questions.isEmpty())
            detailed << s;
    }
    detailed = detailed.mid(std::max<qsizetype>(0, detailed.size() - 6));
    for (const SurveyFigures *s : detailed) {
        doc().heading(3, ReportText::tr("%1 (%2)").arg(clean(s->title), shortDate(s->date)));
        ReportTable t;
        t.header = {ReportText::tr("Question"), ReportText::tr("Answers"), ReportText::tr("Mean"),
                    ReportText::tr("Distribution")};
        t.numeric = {false, true, true, false};
        t.widths = {40, 10, 17, 33};
        t.compact = true;
        for (const QuestionFigures &q : s->questions) {
            QString mean = QStringLiteral("\u2013");
            QString spread;
            const auto count = [&q](int from, int to) {
                int n = 0;
                for (auto it = q.distribution.cbegin(); it != q.distribution.cend(); ++it)
                    n += it.key() >= from && it.key() <= to ? it.value() : 0;
                return n;
            };
            switch (q.type) {
            case QuestionType::Likert: {
                if (q.mean)
                    mean = sampled(ReportText::tr("%1 of 5").arg(decimal(*q.mean)), q.numbers,
                                   QT_TRANSLATE_NOOP("cultivate::Report", "answer"));
                QStringList parts;
                for (int v = 1; v <= 5; ++v)
                    parts << QStringLiteral("%1: %2").arg(v).arg(reportCount(count(v, v)));
                spread = parts.join(QStringLiteral(" \u00b7 "));
                break;
            }
            case QuestionType::Recommend:
                if (q.mean)
                    mean = sampled(ReportText::tr("%1 of 10").arg(decimal(*q.mean)), q.numbers,
                                   QT_TRANSLATE_NOOP("cultivate::Report", "answer"));
                spread = ReportText::tr("0–6: %1 · 7–8: %2 · 9–10: %3")
                             .arg(reportCount(count(0, 6)), reportCount(count(7, 8)), reportCount(count(9, 10)));
                break;
            case QuestionType::YesNo:
                if (q.yesShare)
                    mean = sampled(ReportText::tr("%1 yes").arg(reportShare(*q.yesShare)), q.numbers,
                                   QT_TRANSLATE_NOOP("cultivate::Report", "answer"));
                spread =
                    ReportText::tr("yes: %1 \u00b7 no: %2").arg(reportCount(count(1, 1)), reportCount(count(0, 0)));
                break;
            case QuestionType::Choice: {
                const Question *question = questions.value(q.id);
                QStringList parts;
                for (auto it = q.distribution.cbegin(); it != q.distribution.cend(); ++it) {
                    const QString choice =
                        question ? clean(question->choices.value(it.key())) : QString::number(it.key());
                    parts << QStringLiteral("%1: %2").arg(choice, reportCount(it.value()));
                }
                spread = parts.join(QStringLiteral(" \u00b7 "));
                break;
            }
            case QuestionType::FreeText:
                spread = ReportText::tr("written answers (quoted under value created when they may be)");
                break;
            }
            t.rows << QList<ReportCell>{
                {clean(q.text), false}, {reportCount(q.answered), false}, {mean, false}, {spread, false}};
        }
        doc().table(t);
    }
    if (!detailed.isEmpty()) {
        doc().paragraph(
            ReportText::tr("A figure resting on fewer than %1 answers or pairs is marked \u201csmall sample\u201d: "
                           "read it as an anecdote, not a trend.")
                .arg(SmallSampleBelow),
            ReportDocument::Style::Note);
    }
}

// --- stories ----------------------------------------------------------------------------------

void Composer::stories()
{
    doc().heading(3, ReportText::tr("Stories and reflections"));
    int withheld = 0;
    int shown = 0;
    for (const Story *s : storiesInWindow()) {
        if (!s->consent) {
            ++withheld;
            continue;
        }
        ++shown;
        appendStoryHeading(doc(), *s, m_guard);
        // Who told it comes before the narrative, so that no short line trails a story onto the next page.
        QStringList tellers;
        int unnamed = 0;
        for (Id id : s->memberIds) {
            const int index = m_data.metrics.memberIndex.value(id, -1);
            if (const auto name = consentedName(m_data, index))
                tellers << clean(*name);
            else
                ++unnamed;
        }
        if (unnamed > 0)
            tellers << (tellers.isEmpty() ? counted(unnamed, QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                                                    QT_TRANSLATE_NOOP("cultivate::Report", "members"))
                                          : counted(unnamed, QT_TRANSLATE_NOOP("cultivate::Report", "other member"),
                                                    QT_TRANSLATE_NOOP("cultivate::Report", "other members")));
        if (!tellers.isEmpty())
            doc().labelled(ReportText::tr("With:"), joinedList(tellers));
        userParagraphs(s->narrative);
    }
    if (shown == 0) {
        doc().paragraph(
            ReportText::tr("No story was shared with consent in this period. Success stories and reflections show "
                           "sponsors the value the community creates; the success-story drive collects them."),
            ReportDocument::Style::Empty);
    }
    if (withheld > 0) {
        doc().paragraph((withheld == 1
                             ? ReportText::tr("%1 recorded without consent to share is left out of this report.")
                             : ReportText::tr("%1 recorded without consent to share are left out of this report."))
                            .arg(counted(withheld, QT_TRANSLATE_NOOP("cultivate::Report", "further story"),
                                         QT_TRANSLATE_NOOP("cultivate::Report", "further stories"))),
                        ReportDocument::Style::Note);
    }
}

// --- health check -------------------------------------------------------------------------------

void Composer::health()
{
    sectionHeading(ReportSection::Health);
    if (m_health.flags.isEmpty()) {
        doc().paragraph(ReportText::tr("The health check raised no concerns: none of its rules fired for this period."),
                        ReportDocument::Style::Lead);
        return;
    }
    doc().paragraph(ReportText::tr("Verdict: %1.").arg(m_health.headline()), ReportDocument::Style::Lead);
    doc().paragraph(
        ReportText::tr("The health check looks for the pitfalls that most often hold a community back. Each point "
                       "names its evidence and what to do next."));
    for (const HealthFlag &f : m_health.flags) {
        doc().heading(3, ReportText::tr("%1: %2").arg(HealthCheck::label(f.severity), HealthCheck::ruleLabel(f.rule)));
        doc().labelled(ReportText::tr("Evidence:"), clean(f.evidence));
        doc().labelled(ReportText::tr("Recommendation:"), clean(f.recommendation));
    }
}

// --- appendix ------------------------------------------------------------------------------------

void Composer::appendix()
{
    doc().pageBreak();
    sectionHeading(ReportSection::Appendix);
    doc().heading(3, ReportText::tr("How each figure is computed"));
    doc().paragraph(
        ReportText::tr("Figures cover the period %1, as of %2. Members counted are those with the role member, "
                       "champion, subject-matter expert or guest who were members at some time in the period; %3")
            .arg(reportPeriod(m_metrics.from, m_metrics.to), reportDate(m_today),
                 m_options.includeEveryone ? ReportText::tr("this report counts facilitators and sponsors too.")
                                           : ReportText::tr("facilitators and sponsors are left out.")));
    // The same definitions as the guide's glossary and the dashboard's explanations.
    for (const GlossaryEntry &entry : Glossary::entries(m_data.metrics.community.attendanceThreshold))
        doc().labelled(entry.term + QLatin1Char(':'), entry.definition);

    appendDataSources(doc(), m_data, m_guard, m_today);
}

} // namespace

QString label(ReportSection section)
{
    static const std::array<const char *, 13> labels{
        QT_TRANSLATE_NOOP("cultivate::Report", "Stakeholder report"),
        QT_TRANSLATE_NOOP("cultivate::Report", "At a glance"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Purpose and goals"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Lifecycle status and next steps"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Activity and attendance"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Participation levels and flows"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Newcomers and retention"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Participation by organisation"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Surveys and check-ins"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Value created"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Budget"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Health check and recommendations"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Appendix: definitions and data sources")};
    return ReportText::tr(labels.at(size_t(section)));
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    if (key == QLatin1String("stories"))
        return ReportSection::Value;
    return enumFromKey<ReportSection>(key);
}

QSet<ReportSection> allReportSections()
{
    const auto values = enumValues<ReportSection>();
    return QSet<ReportSection>(values.begin(), values.end());
}

std::optional<ReportFormat> reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("odt"))
        return ReportFormat::Odt;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    return std::nullopt;
}

ReportContent composeReport(const ReportData &data, const ReportOptions &options, const QDate &today)
{
    if (options.kind == ReportKind::Handover)
        return reportparts::composeHandover(data, options, today);
    return Composer(data, options, today).run();
}

} // namespace cultivate
