// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words, tables and chart choices of each report section (SPEC §7).
#include "core/reports/report.h"

#include "core/assessment/assessment.h"
#include "core/assessment/glossary.h"
#include "core/reports/reportformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cultivate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cultivate::Report", text);
}

// "1 event", "12 events": English plurals without a loaded translation.
QString counted(qint64 n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(reportCount(n), n == 1 ? tr(singular) : tr(plural));
}

QString joinedList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

bool isShareMetric(const QString &key)
{
    static const QStringList shares{QStringLiteral("reach"), QStringLiteral("mean_attendance_rate"),
                                    QStringLiteral("stickiness"), QStringLiteral("newcomer_conversion"),
                                    QStringLiteral("core_active_share")};
    return shares.contains(key);
}

QString decimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded == std::floor(rounded))
        return reportCount(qint64(rounded));
    return QString::number(rounded, 'f', 1);
}

QString signedDecimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded > 0)
        return QStringLiteral("+") + QString::number(rounded, 'f', 1);
    if (rounded < 0)
        return QStringLiteral("\u2212") + QString::number(-rounded, 'f', 1);
    return QStringLiteral("0.0");
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"))
                          : QStringLiteral("\u2013");
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
        return name ? clean(*name) : tr("A member");
    }
    bool chosen(ReportSection s) const { return m_options.sections.contains(s); }
    void sectionHeading(ReportSection s) { doc().heading(2, label(s), enumKey(s)); }
    ReportDocument &doc() { return m_content.document; }
    void addChart(const QString &id, ReportChartKind kind, QSize size, const QString &alt,
                  std::shared_ptr<const Metrics> metrics = {});
    // User text split into paragraphs at blank lines.
    void userParagraphs(const QString &text);

    void cover();
    void summary();
    void goals();
    void lifecycle();
    void activity();
    void participation();
    void retention();
    void surveys();
    void stories();
    void health();
    void appendix();

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
};

void Composer::addChart(const QString &id, ReportChartKind kind, QSize size, const QString &alt,
                        std::shared_ptr<const Metrics> metrics)
{
    m_content.charts << ReportChart{id, kind, size, metrics ? std::move(metrics) : m_chartMetrics, {}};
    doc().figure(id, size, alt);
}

void Composer::userParagraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &part : text.split(blankLine, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            doc().paragraph(clean(part));
    }
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
    options.from = m_options.from;
    options.to = m_options.to;
    options.includeEveryone = m_options.includeEveryone;
    // Every figure and verdict comes from the one assessment (the dashboard and `stats` read the same).
    m_assessment = assess(m_data.metrics, options, m_today);
    m_metrics = m_assessment.current;
    m_previous = m_assessment.previous;
    m_health = m_assessment.health;

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
    m_content.communityName = name.isEmpty() ? tr("Our community") : name;
    m_content.title = tr("%1 — stakeholder report").arg(m_content.communityName);
    m_content.from = m_metrics.from;
    m_content.to = m_metrics.to;
    m_content.today = m_today;
    m_content.paper = m_options.paper;

    cover();
    const std::array<std::pair<ReportSection, void (Composer::*)()>, 10> sections{{
        {ReportSection::Summary, &Composer::summary},
        {ReportSection::Goals, &Composer::goals},
        {ReportSection::Lifecycle, &Composer::lifecycle},
        {ReportSection::Activity, &Composer::activity},
        {ReportSection::Participation, &Composer::participation},
        {ReportSection::Retention, &Composer::retention},
        {ReportSection::Surveys, &Composer::surveys},
        {ReportSection::Stories, &Composer::stories},
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
        doc().paragraph(tr("No section was chosen for this report."), ReportDocument::Style::Empty);
    return std::move(m_content);
}

// --- cover -----------------------------------------------------------------------------------

void Composer::cover()
{
    const QString period = reportPeriod(m_metrics.from, m_metrics.to);
    if (!chosen(ReportSection::Cover)) {
        doc().heading(1, m_content.communityName);
        doc().paragraph(tr("Stakeholder report, %1").arg(period), ReportDocument::Style::Lead);
        return;
    }
    ReportDocument::Cover c;
    c.kicker = tr("Stakeholder report");
    c.title = m_content.communityName;
    c.lines << tr("Reporting period: %1").arg(period);

    const qint64 today = m_today.toJulianDay();
    QStringList named;
    int unnamed = 0;
    for (int pass = 0; pass < 2 && named.isEmpty() && unnamed == 0; ++pass) {
        // Current facilitators first; former ones only when there is no current one.
        for (size_t i = 0; i < m_data.metrics.members.size(); ++i) {
            const auto &m = m_data.metrics.members[i];
            if (m.role != Role::Facilitator || (pass == 0 && m.left < today))
                continue;
            if (const auto name = consentedName(m_data, int(i)))
                named << clean(*name);
            else
                ++unnamed;
        }
    }
    if (!named.isEmpty()) {
        if (unnamed > 0)
            named << (unnamed == 1 ? tr("a co-facilitator") : tr("%1 co-facilitators").arg(unnamed));
        c.lines << tr("Prepared by %1, facilitator").arg(joinedList(named));
    } else if (unnamed > 0) {
        c.lines << tr("Prepared by the community's facilitator");
    }
    c.lines << tr("Issued %1").arg(reportDate(m_today));
    c.contentsTitle = tr("Contents");
    for (ReportSection s : enumValues<ReportSection>()) {
        if (s != ReportSection::Cover && chosen(s))
            c.contents << std::pair{label(s), enumKey(s)};
    }
    doc().cover(c);
    doc().pageBreak();
}

// --- executive summary -------------------------------------------------------------------------

void Composer::summary()
{
    sectionHeading(ReportSection::Summary);
    const Metrics &m = m_metrics;
    const QString period = reportPeriod(m.from, m.to);
    if (m.members == 0 && m.eventsHeld == 0) {
        doc().paragraph(tr("There is nothing to report for %1 yet: no members are counted and no events were held. "
                           "The sections below say what each figure will show once the community is active.")
                            .arg(period),
                        ReportDocument::Style::Lead);
    } else {
        QString text =
            tr("In the period %1, the community held %2").arg(period, counted(m.eventsHeld, "event", "events"));
        if (m.eventsPlanned > 0 || m.eventsCancelled > 0) {
            QStringList more;
            if (m.eventsPlanned > 0)
                more << tr("%1 still planned").arg(reportCount(m.eventsPlanned));
            if (m.eventsCancelled > 0)
                more << tr("%1 cancelled").arg(reportCount(m.eventsCancelled));
            text += QStringLiteral(" (%1)").arg(more.join(QStringLiteral(", ")));
        }
        text +=
            tr(", with %1. %2 of its %3 attended at least once, and members attended %4 of the events held while "
               "they were members, on average.")
                .arg(counted(m.creditedAttendances, "credited attendance", "credited attendances"),
                     reportShare(m.reach), counted(m.members, "member", "members"), reportShare(m.meanAttendanceRate));
        doc().paragraph(text, ReportDocument::Style::Lead);
    }

    // Headline figures against the previous period.
    const bool compare = m_previous.has_value();
    ReportTable t;
    t.header = compare ? QStringList{tr("Figure"), tr("This period"), tr("Previous period"), tr("Change")}
                       : QStringList{tr("Figure"), tr("This period")};
    t.numeric = {false, true, true, true};
    t.widths = compare ? QList<int>{43, 19, 19, 19} : QList<int>{70, 30};
    const auto countRow = [&](const QString &name, auto value) {
        QList<ReportCell> row{{name, false}, {reportCount(value(m)), false}};
        if (compare)
            row << ReportCell{reportCount(value(*m_previous)), false}
                << ReportCell{reportCountChange(value(m), value(*m_previous)), false};
        t.rows << row;
    };
    const auto shareRow = [&](const QString &name, auto value) {
        const std::optional<double> now = value(m);
        QList<ReportCell> row{{name, false}, {reportShare(now), false}};
        if (compare) {
            const std::optional<double> before = value(*m_previous);
            row << ReportCell{reportShare(before), false}
                << ReportCell{now && before ? reportShareChange(*now, *before) : QStringLiteral("\u2013"), false};
        }
        t.rows << row;
    };
    const auto newcomers = [](const Metrics &x) {
        return qint64(std::accumulate(x.newcomersByMonth.cbegin(), x.newcomersByMonth.cend(), 0));
    };
    countRow(tr("Members counted"), [](const Metrics &x) { return qint64(x.members); });
    countRow(tr("Events held"), [](const Metrics &x) { return qint64(x.eventsHeld); });
    countRow(tr("Credited attendances"), [](const Metrics &x) { return qint64(x.creditedAttendances); });
    shareRow(tr("Reach"), [](const Metrics &x) { return x.reach; });
    shareRow(tr("Mean attendance rate"), [](const Metrics &x) { return x.meanAttendanceRate; });
    if (const auto active = m.activeLatestMonth()) {
        // The latest complete month of each period: a month still running never feeds a headline.
        QList<ReportCell> row{{tr("Active members in %1").arg(reportMonth(m.latestCompleteMonthKey())), false},
                              {reportCount(*active), false}};
        if (compare) {
            const auto before = m_previous->activeLatestMonth();
            row << ReportCell{before ? reportCount(*before) : QStringLiteral("\u2013"), false}
                << ReportCell{before ? reportCountChange(*active, *before) : QStringLiteral("\u2013"), false};
        }
        t.rows << row;
    }
    shareRow(tr("Stickiness"), [](const Metrics &x) { return x.stickiness; });
    countRow(tr("Newcomers"), newcomers);
    shareRow(tr("Newcomer conversion"), [](const Metrics &x) { return x.newcomerConversion; });
    shareRow(tr("Core and active members"),
             [](const Metrics &x) { return metricValue(x, QStringLiteral("core_active_share")); });
    countRow(tr("Contribution weight"), [](const Metrics &x) { return qint64(x.totalWeight); });
    doc().table(t);
    if (compare) {
        doc().paragraph(
            tr("The previous period is the %1 just before this one (%2). The appendix defines every figure.")
                .arg(counted(m.from.daysTo(m.to) + 1, "day", "days"), reportPeriod(m_previous->from, m_previous->to)),
            ReportDocument::Style::Note);
    } else {
        doc().paragraph(tr("There is no earlier period of the same length to compare with: this period starts with the "
                           "plan. The appendix defines every figure."),
                        ReportDocument::Style::Note);
    }

    QStringList highlights;
    if (!m.goals.isEmpty()) {
        int halfway = 0;
        for (const GoalFigures &g : m.goals)
            halfway += g.progress.value_or(0) >= 0.5;
        highlights << tr("%1 of %2 goals are at least halfway from their baseline to their target.")
                          .arg(halfway)
                          .arg(m.goals.size());
    }
    if (!m.turnout.isEmpty()) {
        const auto best = std::max_element(m.turnout.cbegin(), m.turnout.cend(), [](const auto &a, const auto &b) {
            return a.turnout.value_or(-1) < b.turnout.value_or(-1);
        });
        highlights << tr("The best-attended event was \u201c%1\u201d on %2, with %3 of members taking part.")
                          .arg(clean(best->title), reportDate(best->date), reportShare(best->turnout));
    }
    int shared = 0;
    for (const Story *s : storiesInWindow())
        shared += s->consent;
    if (shared > 0)
        highlights << tr("%1 shared with consent show the value the community creates.")
                          .arg(counted(shared, "story", "stories"));
    highlights << (m_health.flags.isEmpty()
                       ? tr("The health check raised no concerns.")
                       : tr("Health check: %1. The recommendations say what to do next.").arg(m_health.headline()));
    doc().heading(3, tr("Highlights"));
    doc().bullets(highlights);
}

// --- purpose and goals ----------------------------------------------------------------------

void Composer::goals()
{
    sectionHeading(ReportSection::Goals);
    const Community &c = m_data.metrics.community;
    if (c.purpose.trimmed().isEmpty())
        doc().paragraph(tr("The charter does not state the community's purpose yet."), ReportDocument::Style::Empty);
    else
        doc().labelled(tr("Purpose:"), clean(c.purpose));
    if (!c.domain.trimmed().isEmpty())
        doc().labelled(tr("Domain:"), clean(c.domain));
    if (!c.purposeAreas.isEmpty()) {
        QStringList areas;
        for (PurposeArea a : c.purposeAreas)
            areas << label(a).toLower();
        doc().labelled(tr("Focus:"), areas.join(QStringLiteral("; ")) + QLatin1Char('.'));
    }
    if (!c.valueForOrganisation.trimmed().isEmpty())
        doc().labelled(tr("Value for the organisation:"), clean(c.valueForOrganisation));

    doc().heading(3, tr("Goals"));
    if (m_metrics.goals.isEmpty()) {
        doc().paragraph(tr("No goals have been set yet. Two or three measurable goals, each with a baseline and a "
                           "target, turn the purpose into outcomes that sponsors can follow."),
                        ReportDocument::Style::Empty);
        return;
    }
    QHash<Id, Goal> goals;
    for (const Goal &g : m_data.metrics.goals)
        goals.insert(g.id, g);
    ReportTable t;
    t.header = {tr("Goal"), tr("Measure"), tr("Baseline"), tr("Target"), tr("Now"), tr("Progress"), tr("Due")};
    t.numeric = {false, false, true, true, true, true, true};
    t.widths = {27, 17, 12, 10, 9, 12, 13};
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
                                    {reportShare(g.progress), late},
                                    {shortDate(goal.dueDate), late}};
    }
    doc().table(t);
    doc().paragraph(tr("Progress is the share of the way from the baseline to the target, between 0% and 100%. "
                       "\u201cNow\u201d is the linked figure for this period or the latest measurement."),
                    ReportDocument::Style::Note);
    const bool measured = std::any_of(m_metrics.goals.cbegin(), m_metrics.goals.cend(),
                                      [](const GoalFigures &g) { return g.progress.has_value(); });
    if (!measured) {
        doc().paragraph(tr("No goal has a measurement yet, so there is no progress to chart."),
                        ReportDocument::Style::Empty);
        return;
    }
    addChart(QStringLiteral("goals"), ReportChartKind::Goals,
             QSize(640, std::clamp(90 + 44 * int(m_metrics.goals.size()), 180, 520)), tr("Progress towards each goal"));
}

// --- lifecycle -------------------------------------------------------------------------------

void Composer::lifecycle()
{
    sectionHeading(ReportSection::Lifecycle);
    const QList<StageProgress> &stages = m_assessment.stages;
    if (stages.isEmpty()) {
        doc().paragraph(tr("The plan has no lifecycle stages yet."), ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(tr("A community moves through five stages, from defining its domain to evaluating its first "
                       "year. A stage's readiness is the share of its checklist that is done."));
    ReportTable t;
    t.header = {tr("Stage"), tr("Status"), tr("Planned"), tr("Readiness")};
    t.numeric = {false, false, false, true};
    t.widths = {24, 24, 32, 20};
    for (const StageProgress &progress : stages) {
        const Stage &stage = progress.stage;
        const bool overdue = progress.isOverdue(m_today);
        QString status = label(stage.status);
        if (overdue)
            status = tr("%1, overdue").arg(status);
        const QString planned = stage.plannedStart.isValid() && stage.plannedEnd.isValid()
                                    ? reportPeriod(stage.plannedStart, stage.plannedEnd)
                                    : QStringLiteral("\u2013");
        const QString readiness = progress.items.isEmpty() ? tr("no checklist")
                                                           : tr("%1 of %2 (%3)")
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
    QStringList open;
    int more = 0;
    for (const ChecklistItem &item : current->items) {
        if (item.done)
            continue;
        if (open.size() < 6) {
            const QString due = item.dueDate.isValid() ? tr(" (due %1)").arg(reportDate(item.dueDate)) : QString();
            open << clean(item.title) + due;
        } else {
            ++more;
        }
    }
    if (open.isEmpty())
        return;
    if (more > 0)
        open << tr("and %1 more").arg(counted(more, "item", "items"));
    doc().heading(3, tr("Next steps in the %1 stage").arg(label(current->stage.kind)));
    doc().bullets(open);
}

// --- activity and attendance ---------------------------------------------------------------------

void Composer::activity()
{
    sectionHeading(ReportSection::Activity);
    const Metrics &m = m_metrics;
    if (m.eventsHeld == 0) {
        QString text = tr("No events were held in this period, so there is no turnout to show yet.");
        if (m.eventsPlanned > 0)
            text += QLatin1Char(' ') + tr("%1 planned.").arg(counted(m.eventsPlanned, "event is", "events are"));
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
        doc().paragraph(tr("%1 were held and members were credited with %2. The average turnout per event was %3 of "
                           "the members at the time. An attendance is credited when a member was present for at least "
                           "%4 of the event.")
                            .arg(counted(m.eventsHeld, "event", "events"),
                                 counted(m.creditedAttendances, "attendance", "attendances"),
                                 reportShare(measured > 0 ? std::optional<double>(sum / measured) : std::nullopt),
                                 reportShare(m_data.metrics.community.attendanceThreshold)));
        addChart(QStringLiteral("turnout"), ReportChartKind::Turnout, QSize(640, 280),
                 tr("Turnout per event: credited attendees as a share of members"));
    }

    const bool anyActive = std::any_of(m.activeByMonth.cbegin(), m.activeByMonth.cend(), [](int n) { return n > 0; });
    if (anyActive) {
        addChart(QStringLiteral("active-members"), ReportChartKind::ActiveMembers, QSize(640, 300),
                 tr("Active members and newcomers per month"));
    } else if (m.eventsHeld > 0 || m.members > 0) {
        doc().paragraph(tr("No member was active in any month of this period."), ReportDocument::Style::Empty);
    }

    if (m.turnout.isEmpty())
        return;
    QList<const EventTurnout *> best;
    for (const EventTurnout &t : m.turnout)
        best << &t;
    std::stable_sort(best.begin(), best.end(),
                     [](auto *a, auto *b) { return a->turnout.value_or(-1) > b->turnout.value_or(-1); });
    best = best.mid(0, 5);
    doc().heading(3, tr("Best-attended events"));
    ReportTable t;
    t.header = {tr("Event"), tr("Date"), tr("Attendees"), tr("Turnout")};
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

// --- participation ----------------------------------------------------------------------------

void Composer::participation()
{
    sectionHeading(ReportSection::Participation);
    const Metrics &m = m_metrics;
    if (m.members == 0) {
        doc().paragraph(tr("No members are counted in this period, so there are no participation levels to show."),
                        ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(tr("Members take part at different levels. A healthy community has a small core that hosts and "
                       "presents, an active group around it, and many occasional and peripheral members who learn "
                       "by following. Wenger, McDermott and Snyder expect about 10\u201315% core and 15\u201320% "
                       "active members."));
    ReportTable t;
    t.header = {tr("Level"), tr("Members"), tr("Share"), tr("Expected"), tr("Against the band")};
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
            against = *verdict == BandVerdict::Below   ? tr("below the band")
                      : *verdict == BandVerdict::Above ? tr("above the band")
                                                       : tr("within the band");
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
                 tr("Participation levels per quarter"));

    doc().heading(3, tr("Flows between levels"));
    if (m.flows.isEmpty()) {
        doc().paragraph(tr("Flows compare consecutive quarters; this period lies within a single quarter."),
                        ReportDocument::Style::Empty);
    } else {
        const LevelFlow &f = m.flows.constLast();
        const auto total = [](const std::array<int, 4> &a) { return std::accumulate(a.cbegin(), a.cend(), 0); };
        doc().paragraph(tr("From %1 to %2, %3 moved up a level, %4 held their level and %5 moved down.")
                            .arg(f.from, f.to, counted(total(f.up), "member", "members"), reportCount(total(f.held)),
                                 reportCount(total(f.down))));
        if (total(f.up) + total(f.held) + total(f.down) > 0) {
            addChart(QStringLiteral("level-flows"), ReportChartKind::LevelFlows, QSize(640, 280),
                     tr("Moves between participation levels in the latest quarter"));
        }
    }

    doc().heading(3, tr("Who contributes"));
    if (m.totalWeight == 0) {
        doc().paragraph(tr("No contributions were recorded in this period."), ReportDocument::Style::Empty);
    } else {
        doc().paragraph(tr("Half of the contribution weight (%1) came from %2 in %3. The fewer people carry half the "
                           "weight, the more the community depends on them.")
                            .arg(reportCount(m.totalWeight), counted(m.concentrationMembers, "member", "members"),
                                 counted(m.concentrationOrganisations, "organisation", "organisations")));
        addChart(QStringLiteral("concentration"), ReportChartKind::Concentration, QSize(640, 260),
                 tr("Cumulative share of the contribution weight"));
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
    doc().heading(3, tr("Most active members"));
    ReportTable top;
    top.header = {tr("Member"), tr("Level"), tr("Attendances"), tr("Contribution weight")};
    top.numeric = {false, false, true, true};
    top.widths = {40, 20, 18, 22};
    for (const MemberFigures *f : people) {
        top.rows << QList<ReportCell>{{memberName(f->member), false},
                                      {label(f->level), false},
                                      {reportCount(f->credited), false},
                                      {reportCount(f->weight), false}};
    }
    doc().table(top);
    doc().paragraph(tr("Members who have not agreed to be named in reports appear as \u201ca member\u201d."),
                    ReportDocument::Style::Note);
}

// --- newcomers and retention --------------------------------------------------------------------

void Composer::retention()
{
    sectionHeading(ReportSection::Retention);
    const Metrics &m = m_metrics;
    const int newcomers = std::accumulate(m.newcomersByMonth.cbegin(), m.newcomersByMonth.cend(), 0);
    if (m.retention.isEmpty()) {
        doc().paragraph(tr("Nobody took part for the first time in this period, so there are no newcomers to follow "
                           "yet."),
                        ReportDocument::Style::Empty);
        return;
    }
    QString text = tr("%1 took part for the first time in this period.").arg(counted(newcomers, "member", "members"));
    if (m.newcomerConversion) {
        text += QLatin1Char(' ') + tr("Of the newcomers whose first three months are complete, %1 reached the active "
                                      "or core level within them.")
                                       .arg(reportShare(*m.newcomerConversion));
    } else {
        text += QLatin1Char(' ') + tr("No newcomer's first three months are complete yet, so their conversion to "
                                      "active or core cannot be measured.");
    }
    doc().paragraph(text);
    doc().paragraph(tr("Each row of the heat map is a cohort: the members whose first activity fell in that month, "
                       "with their number. Each column shows the share of the cohort active one, two, three\u2026 "
                       "months later; darker is better."));
    addChart(QStringLiteral("retention"), ReportChartKind::Retention,
             QSize(640, std::clamp(70 + 22 * int(m.retention.size()), 120, 820)),
             tr("Retention of each monthly cohort of newcomers"));
}

// --- surveys and check-ins ------------------------------------------------------------------------

void Composer::surveys()
{
    sectionHeading(ReportSection::Surveys);
    const auto list = surveysInWindow();
    if (list.isEmpty()) {
        doc().paragraph(tr("No survey or check-in was run in this period. A two-minute check-in every month tells the "
                           "facilitator how members are doing."),
                        ReportDocument::Style::Empty);
        return;
    }
    ReportTable t;
    t.header = {tr("Survey"), tr("Kind"), tr("Date"), tr("Responses"), tr("Completion"), tr("Recommend")};
    t.numeric = {false, false, false, true, true, true};
    t.widths = {28, 15, 13, 13, 15, 16};
    t.compact = true;
    int checkIns = 0;
    for (const SurveyFigures *s : list) {
        t.rows << QList<ReportCell>{
            {clean(s->title), false},
            {label(s->kind), false},
            {shortDate(s->date), false},
            {reportCount(s->responses), false},
            {reportShare(s->completionRate), false},
            {s->recommendScore ? reportScore(*s->recommendScore) : QStringLiteral("\u2013"), false}};
        checkIns += s->yesShare.has_value();
    }
    doc().table(t);
    doc().paragraph(tr("Completion is responses per member invited. The recommend score is the share of promoters "
                       "(9\u201310) minus the share of detractors (0\u20136) on the 0\u201310 question, from \u2212100 "
                       "to +100."),
                    ReportDocument::Style::Note);

    if (checkIns >= 2) {
        auto trend = std::make_shared<Metrics>(*m_chartMetrics);
        trend->surveys.removeIf([this](const SurveyFigures &s) { return !inWindow(s.date); });
        doc().heading(3, tr("Check-ins"));
        doc().paragraph(tr("The share of \u201cyes\u201d answers across each check-in's yes/no questions."));
        addChart(QStringLiteral("check-ins"), ReportChartKind::CheckIns, QSize(640, 260),
                 tr("Share answering yes in each check-in"), trend);
    }

    ReportTable paired;
    paired.header = {tr("Question"), tr("Pairs"), tr("Mean change"), tr("Improved")};
    paired.numeric = {false, true, true, true};
    paired.widths = {58, 12, 15, 15};
    paired.compact = true;
    for (const SurveyFigures *s : list) {
        for (const QuestionFigures &q : s->questions) {
            if (q.pairs == 0 || !q.meanChange)
                continue;
            paired.rows << QList<ReportCell>{{clean(q.text), false},
                                             {reportCount(q.pairs), false},
                                             {signedDecimal(*q.meanChange), *q.meanChange < 0},
                                             {reportShare(q.shareImproved), false}};
        }
    }
    if (!paired.rows.isEmpty()) {
        doc().heading(3, tr("Change from the baseline to the final survey"));
        doc().paragraph(tr("Each respondent's final answer is compared with their own baseline answer to the same "
                           "item; the mean change is in the item's own scale."));
        doc().table(paired);
    }
}

// --- stories ----------------------------------------------------------------------------------

void Composer::stories()
{
    sectionHeading(ReportSection::Stories);
    int withheld = 0;
    int shown = 0;
    for (const Story *s : storiesInWindow()) {
        if (!s->consent) {
            ++withheld;
            continue;
        }
        ++shown;
        doc().heading(3, clean(s->title).isEmpty() ? label(s->kind) : clean(s->title));
        QStringList about{label(s->kind)};
        if (s->date.isValid())
            about << reportDate(s->date);
        if (!s->cycles.isEmpty()) {
            QStringList cycles;
            for (ValueCycle c : s->cycles)
                cycles << label(c).toLower();
            about << tr("value: %1").arg(cycles.join(QStringLiteral(", ")));
        }
        doc().paragraph(about.join(QStringLiteral(" \u00b7 ")), ReportDocument::Style::Note);
        userParagraphs(s->narrative);
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
            tellers << (tellers.isEmpty() ? counted(unnamed, "member", "members")
                                          : counted(unnamed, "other member", "other members"));
        if (!tellers.isEmpty())
            doc().labelled(tr("With:"), joinedList(tellers));
    }
    if (shown == 0) {
        doc().paragraph(tr("No story was shared with consent in this period. Success stories and reflections show "
                           "sponsors the value the community creates; the success-story drive collects them."),
                        ReportDocument::Style::Empty);
    }
    if (withheld > 0) {
        doc().paragraph(tr("%1 recorded without consent to share are left out of this report.")
                            .arg(counted(withheld, "further story", "further stories")),
                        ReportDocument::Style::Note);
    }
}

// --- health check -------------------------------------------------------------------------------

void Composer::health()
{
    sectionHeading(ReportSection::Health);
    if (m_health.flags.isEmpty()) {
        doc().paragraph(tr("The health check raised no concerns: none of its rules fired for this period."),
                        ReportDocument::Style::Lead);
        return;
    }
    doc().paragraph(tr("Verdict: %1.").arg(m_health.headline()), ReportDocument::Style::Lead);
    doc().paragraph(tr("The health check looks for the pitfalls that most often hold a community back. Each point "
                       "names its evidence and what to do next."));
    for (const HealthFlag &f : m_health.flags) {
        doc().heading(3, tr("%1: %2").arg(HealthCheck::label(f.severity), HealthCheck::ruleLabel(f.rule)));
        doc().labelled(tr("Evidence:"), clean(f.evidence));
        doc().labelled(tr("Recommendation:"), clean(f.recommendation));
    }
}

// --- appendix ------------------------------------------------------------------------------------

void Composer::appendix()
{
    doc().pageBreak();
    sectionHeading(ReportSection::Appendix);
    doc().heading(3, tr("How each figure is computed"));
    doc().paragraph(tr("Figures cover the period %1, as of %2. Members counted are those with the role member, "
                       "champion, subject-matter expert or guest who were members at some time in the period; %3")
                        .arg(reportPeriod(m_metrics.from, m_metrics.to), reportDate(m_today),
                             m_options.includeEveryone ? tr("this report counts facilitators and sponsors too.")
                                                       : tr("facilitators and sponsors are left out.")));
    // The same definitions as the guide's glossary and the dashboard's explanations.
    for (const GlossaryEntry &entry : Glossary::entries(m_data.metrics.community.attendanceThreshold))
        doc().labelled(entry.term + QLatin1Char(':'), entry.definition);

    doc().heading(3, tr("Data sources"));
    doc().paragraph(tr("Plan file %1, read on %2 by Cultivate %3. Every figure comes from the records below.")
                        .arg(clean(m_data.fileName), reportDate(m_today), QStringLiteral(CULTIVATE_VERSION)));
    ReportTable counts;
    counts.header = {tr("Records"), tr("In the plan")};
    counts.numeric = {false, true};
    counts.widths = {70, 30};
    const std::array<std::pair<const char *, const char *>, 10> tables{{
        {"member", "Members"},
        {"event", "Events"},
        {"attendance", "Attendance records"},
        {"contribution", "Contributions"},
        {"resource", "Resources"},
        {"survey", "Surveys and check-ins"},
        {"response", "Survey responses"},
        {"story", "Stories"},
        {"recognition", "Recognitions"},
        {"goal_measurement", "Goal measurements"},
    }};
    for (const auto &[table, name] : tables) {
        counts.rows << QList<ReportCell>{{tr(name), false},
                                         {reportCount(m_data.counts.value(QString::fromLatin1(table))), false}};
    }
    doc().table(counts);

    if (m_data.imports.isEmpty()) {
        doc().paragraph(tr("No files were imported: every record was entered in Cultivate."),
                        ReportDocument::Style::Note);
    } else {
        ReportTable imports;
        imports.header = {tr("Imported file"), tr("Kind"), tr("Format"), tr("Imported"), tr("Rows")};
        imports.numeric = {false, false, false, false, true};
        imports.widths = {40, 14, 14, 20, 12};
        imports.compact = true;
        for (const ImportRecord &r : m_data.imports) {
            imports.rows << QList<ReportCell>{{clean(r.fileName), false},
                                              {r.kind, false},
                                              {r.format, false},
                                              {shortDate(r.importedAt.date()), false},
                                              {reportCount(r.rows), false}};
        }
        doc().table(imports);
    }

    if (!m_data.weights.isEmpty()) {
        ReportTable weights;
        weights.header = {tr("Contribution kind"), tr("Weight")};
        weights.numeric = {false, true};
        weights.widths = {70, 30};
        for (const ContributionWeight &w : m_data.weights)
            weights.rows << QList<ReportCell>{{label(w.kind), false}, {reportCount(w.weight), false}};
        doc().table(weights);
    }
    doc().paragraph(tr("Names of members who have not agreed to appear in reports are never printed; wherever one "
                       "would appear, the report says \u201ca member\u201d instead. Only stories shared with consent "
                       "are included."),
                    ReportDocument::Style::Note);
}

} // namespace

QString label(ReportSection section)
{
    static const std::array<const char *, 11> labels{
        QT_TRANSLATE_NOOP("cultivate::Report", "Stakeholder report"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Executive summary"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Purpose and goals"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Lifecycle status"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Activity and attendance"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Participation levels and flows"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Newcomers and retention"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Surveys and check-ins"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Stories and reflections"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Health check and recommendations"),
        QT_TRANSLATE_NOOP("cultivate::Report", "Appendix: definitions and data sources")};
    return tr(labels.at(size_t(section)));
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
    return Composer(data, options, today).run();
}

} // namespace cultivate
