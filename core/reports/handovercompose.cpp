// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The handover document of SPEC §11: the legacy plan a community leaves to its next facilitator, or
// the record of a community that closes. Its figures and verdict are the assessment's (the same the
// stakeholder report, the dashboard and `stats` read); this file only chooses and words them.
#include "core/assessment/assessment.h"
#include "core/assessment/glossary.h"
#include "core/lifecycle/recurrence.h"
#include "core/reports/reportformat.h"
#include "core/reports/reportparts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace cultivate {

namespace {

using namespace reportparts;

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

// The handover's sections, in SPEC §11's order.
enum class HandoverSection { Achieved, People, Repertoire, Rhythm, OpenItems, Lessons, Appendix };

QString sectionAnchor(HandoverSection s)
{
    static const std::array<const char *, 7> anchors{"achieved",   "people",  "repertoire", "rhythm",
                                                     "open-items", "lessons", "appendix"};
    return QString::fromLatin1(anchors.at(size_t(s)));
}

QString sectionLabel(HandoverSection s)
{
    switch (s) {
    case HandoverSection::Achieved:
        return ReportText::tr("Purpose and what was achieved");
    case HandoverSection::People:
        return ReportText::tr("Who carries what");
    case HandoverSection::Repertoire:
        return ReportText::tr("Where the repertoire lives");
    case HandoverSection::Rhythm:
        return ReportText::tr("The rhythm that worked");
    case HandoverSection::OpenItems:
        return ReportText::tr("Open items");
    case HandoverSection::Lessons:
        return ReportText::tr("Lessons from the reflections");
    case HandoverSection::Appendix:
        return label(ReportSection::Appendix);
    }
    return {};
}

constexpr std::array AllSections{HandoverSection::Achieved, HandoverSection::People,    HandoverSection::Repertoire,
                                 HandoverSection::Rhythm,   HandoverSection::OpenItems, HandoverSection::Lessons,
                                 HandoverSection::Appendix};

// The roles whose people carry a community from one facilitator to the next, in the order they are listed.
constexpr std::array CarryingRoles{Role::Facilitator, Role::Champion, Role::Expert, Role::Sponsor};

// At most this many resources of one kind, and this many events to come, are listed one by one.
constexpr qsizetype ListedResourcesPerKind = 40;
constexpr qsizetype ListedEventsToCome = 20;

class HandoverComposer {
public:
    HandoverComposer(const ReportData &data, const ReportOptions &options, const QDate &today)
        : m_data(data)
        , m_options(options)
        , m_today(today)
        , m_guard(data.withheldNames)
    {
    }

    ReportContent run();

private:
    QString clean(const QString &text) const { return m_guard.clean(text.trimmed()); }
    ReportDocument &doc() { return m_content.document; }
    void sectionHeading(HandoverSection s) { doc().heading(2, sectionLabel(s), sectionAnchor(s)); }
    bool inWindow(const QDate &date) const { return date.isValid() && date >= m_metrics.from && date <= m_metrics.to; }
    bool inWindow(qint64 day) const { return day >= m_metrics.from.toJulianDay() && day <= m_metrics.to.toJulianDay(); }
    // A member whose membership overlaps the window.
    bool memberInWindow(const MetricsData::MemberRow &m) const
    {
        return m.joined <= m_metrics.to.toJulianDay() && m.left >= m_metrics.from.toJulianDay();
    }
    QList<const Story *> storiesInWindow(StoryKind kind) const;
    void userParagraphs(const QString &text);

    void cover();
    QString facilitatorLine() const;
    void achieved();
    void charter();
    void goals();
    void figures();
    void successStories();
    void people();
    void repertoire();
    void rhythm();
    void series();
    void eventKinds();
    void openItems();
    void openChecklist();
    void goalsBelowTarget();
    void eventsToCome();
    void openSurveys();
    void lessons();
    int storiesOf(StoryKind kind);
    void quotes();
    void appendix();

    const ReportData &m_data;
    const ReportOptions &m_options;
    QDate m_today;
    NameGuard m_guard;
    Assessment m_assessment{};
    Metrics m_metrics{};
    ReportContent m_content{};
    bool m_littleData = false;
};

ReportContent HandoverComposer::run()
{
    MetricsOptions options;
    // The same window as the stakeholder report and `stats` for the same choices.
    std::tie(options.from, options.to) = reportWindow(m_data.metrics, m_options.from, m_options.to, m_today);
    options.includeEveryone = m_options.includeEveryone;
    m_assessment = assess(m_data.metrics, options, m_today);
    m_metrics = m_assessment.current;
    m_littleData = hasLittleData(m_metrics);

    const QString name = clean(m_data.metrics.community.name);
    m_content.communityName = name.isEmpty() ? ReportText::tr("Our community") : name;
    m_content.title = ReportText::tr("%1 — handover").arg(m_content.communityName);
    m_content.from = m_metrics.from;
    m_content.to = m_metrics.to;
    m_content.today = m_today;
    m_content.paper = m_options.paper;

    cover();
    achieved();
    people();
    repertoire();
    rhythm();
    openItems();
    lessons();
    appendix();
    return std::move(m_content);
}

QList<const Story *> HandoverComposer::storiesInWindow(StoryKind kind) const
{
    QList<const Story *> list;
    for (const Story &s : m_data.stories) {
        if (s.kind == kind && (!s.date.isValid() || inWindow(s.date)))
            list << &s;
    }
    std::stable_sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->date < b->date; });
    return list;
}

void HandoverComposer::userParagraphs(const QString &text)
{
    appendUserParagraphs(doc(), text, m_guard);
}

// --- cover -----------------------------------------------------------------------------------------

void HandoverComposer::cover()
{
    ReportDocument::Cover c;
    c.kicker = ReportText::tr("Legacy plan");
    c.title = m_content.title;
    c.lines << ReportText::tr("Period: %1").arg(reportPeriod(m_metrics.from, m_metrics.to));
    const QString facilitator = facilitatorLine();
    if (!facilitator.isEmpty())
        c.lines << facilitator;
    c.lines << ReportText::tr("Prepared on %1").arg(reportDate(m_today));
    c.contentsTitle = ReportText::tr("Contents");
    for (HandoverSection s : AllSections)
        c.contents << std::pair{sectionLabel(s), sectionAnchor(s)};
    doc().cover(c);
    doc().pageBreak();
}

// "Facilitator: <names>" for the facilitators who consented; current ones first, former ones only when
// there is no current one. Empty without a facilitator.
QString HandoverComposer::facilitatorLine() const
{
    int unnamed = 0;
    QStringList named = facilitatorNames(m_data, m_guard, m_today, &unnamed);
    if (named.isEmpty())
        return {}; // no facilitator, or none who agreed to be named
    if (unnamed > 0)
        named << (unnamed == 1 ? ReportText::tr("a co-facilitator")
                               : ReportText::tr("%1 co-facilitators").arg(unnamed));
    return ReportText::tr("Facilitator: %1").arg(joinedList(named));
}

// --- purpose and what was achieved -----------------------------------------------------------------

void HandoverComposer::achieved()
{
    sectionHeading(HandoverSection::Achieved);
    charter();
    goals();
    figures();
    successStories();
}

void HandoverComposer::charter()
{
    const Community &c = m_data.metrics.community;
    const std::array<std::pair<QString, QString>, 4> parts{{
        {ReportText::tr("Domain:"), c.domain},
        {ReportText::tr("Purpose:"), c.purpose},
        {ReportText::tr("Value for members:"), c.valueForMembers},
        {ReportText::tr("Value for the organisation:"), c.valueForOrganisation},
    }};
    bool any = false;
    for (const auto &[lead, text] : parts) {
        if (text.trimmed().isEmpty())
            continue;
        doc().labelled(lead, clean(text));
        any = true;
    }
    if (!any) {
        doc().paragraph(ReportText::tr("The charter states no domain, purpose or value proposition yet: the next "
                                       "facilitator will want to write them down first."),
                        ReportDocument::Style::Empty);
    }
}

void HandoverComposer::goals()
{
    doc().heading(3, ReportText::tr("Goals"));
    if (m_metrics.goals.isEmpty()) {
        doc().paragraph(ReportText::tr("No goals were set, so there is no outcome to measure against."),
                        ReportDocument::Style::Empty);
        return;
    }
    QHash<Id, Goal> goals;
    for (const Goal &g : m_data.metrics.goals)
        goals.insert(g.id, g);
    ReportTable t;
    t.header = {ReportText::tr("Goal"),   ReportText::tr("Baseline"), ReportText::tr("Now"),
                ReportText::tr("Target"), ReportText::tr("Progress"), ReportText::tr("Due")};
    t.numeric = {false, true, true, true, false, true};
    t.widths = {30, 11, 10, 10, 24, 15};
    t.compact = true;
    for (const GoalFigures &g : m_metrics.goals) {
        const bool share = isShareMetric(goals.value(g.id).metric);
        const auto value = [share](double v) { return share ? reportShare(v) : decimal(v); };
        const bool late = g.due.isValid() && g.due < m_today && g.progress.value_or(0) < 1.0;
        t.rows << QList<ReportCell>{{clean(g.title), false},
                                    {value(g.baseline), false},
                                    {g.current ? value(*g.current) : QStringLiteral("\u2013"), false},
                                    {value(g.target), false},
                                    {reportShare(g.progress), late, g.progress},
                                    {shortDate(g.due), late}};
    }
    doc().table(t);
    doc().paragraph(ReportText::tr("Progress is the share of the way from the baseline to the target. \u201cNow\u201d "
                                   "is the linked figure for this period or the latest measurement; "
                                   "\u201c\u2013\u201d means nothing has been measured yet."),
                    ReportDocument::Style::Note);
}

void HandoverComposer::figures()
{
    doc().heading(3, ReportText::tr("The year in figures"));
    const Metrics &m = m_metrics;
    const QString verdict = clean(m_assessment.health.summary());
    if (m_littleData) {
        doc().paragraph(
            ReportText::tr("There is little to count yet: %1 held and %2 counted in this period. Figures such as "
                           "reach and stickiness need a complete month with events held, so this document hands over "
                           "the plan itself: its goals, its rhythm and what is still open.")
                .arg(counted(m.eventsHeld, QT_TRANSLATE_NOOP("cultivate::Report", "event"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "events")),
                     counted(m.members, QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "members"))),
            ReportDocument::Style::Empty);
        doc().labelled(ReportText::tr("Health check:"), verdict);
        return;
    }
    const auto share = [](const char *key, const Metrics &metrics) {
        return reportShare(metricValue(metrics, QString::fromLatin1(key)));
    };
    ReportTable t;
    t.header = {ReportText::tr("Figure"), ReportText::tr("This period")};
    t.numeric = {false, true};
    t.widths = {60, 40};
    t.compact = true;
    const QString month = m.latestCompleteMonth >= 0 ? reportMonth(m.latestCompleteMonthKey()) : QString();
    t.rows << QList<ReportCell>{{ReportText::tr("Members counted"), false}, {reportCount(m.members), false}};
    t.rows << QList<ReportCell>{{ReportText::tr("Events held"), false}, {reportCount(m.eventsHeld), false}};
    t.rows << QList<ReportCell>{{ReportText::tr("Credited attendances"), false},
                                {reportCount(m.creditedAttendances), false}};
    t.rows << QList<ReportCell>{{ReportText::tr("Reach"), false}, {share("reach", m), false}};
    t.rows << QList<ReportCell>{{ReportText::tr("Mean attendance rate"), false},
                                {share("mean_attendance_rate", m), false}};
    t.rows << QList<ReportCell>{
        {month.isEmpty() ? ReportText::tr("Stickiness") : ReportText::tr("Stickiness in %1").arg(month), false},
        {share("stickiness", m), false}};
    doc().table(t);

    ReportTable levels;
    levels.header = {ReportText::tr("Participation level"), ReportText::tr("Members"), ReportText::tr("Share")};
    levels.numeric = {false, true, true};
    levels.widths = {60, 20, 20};
    levels.compact = true;
    for (Level level : enumValues<Level>()) {
        const auto verdictOf = m_assessment.band(level);
        const bool outside = verdictOf && *verdictOf != BandVerdict::Within;
        levels.rows << QList<ReportCell>{{label(level), false},
                                         {reportCount(m.levels[size_t(level)]), false},
                                         {reportShare(m.levelShare(level)), outside}};
    }
    doc().table(levels);
    doc().paragraph(ReportText::tr("Reach: members who attended at least once. Stickiness: active in the latest "
                                   "complete month among those active in the twelve months before. A share outside "
                                   "Wenger's expected band is marked. The appendix defines every figure."),
                    ReportDocument::Style::Note);
    doc().labelled(ReportText::tr("Health check:"), verdict);
}

void HandoverComposer::successStories()
{
    doc().heading(3, ReportText::tr("Success stories"));
    QStringList titles;
    int withheld = 0;
    for (const Story *s : storiesInWindow(StoryKind::Success)) {
        if (!s->consent) {
            ++withheld;
            continue;
        }
        const QString title = clean(s->title).isEmpty() ? label(s->kind) : clean(s->title);
        titles << (s->date.isValid() ? ReportText::tr("%1 (%2)").arg(title, shortDate(s->date)) : title);
    }
    if (titles.isEmpty())
        doc().paragraph(ReportText::tr("No success story was shared with consent in this period."),
                        ReportDocument::Style::Empty);
    else
        doc().bullets(titles);
    if (withheld > 0) {
        doc().paragraph(ReportText::tr("%1 without consent to share is left out.")
                            .arg(counted(withheld, QT_TRANSLATE_NOOP("cultivate::Report", "further story recorded"),
                                         QT_TRANSLATE_NOOP("cultivate::Report", "further stories recorded"))),
                        ReportDocument::Style::Note);
    }
}

// --- who carries what ------------------------------------------------------------------------------

void HandoverComposer::people()
{
    sectionHeading(HandoverSection::People);
    // What each person carried: hosting and presenting in the window, resources authored, and the
    // contribution weight the assessment gives the counted members.
    QHash<int, int> hosted;
    for (const auto &c : m_data.metrics.contributions) {
        if ((c.kind == ContributionKind::Hosting || c.kind == ContributionKind::Presentation) && inWindow(c.day))
            ++hosted[c.member];
    }
    QHash<int, int> authored;
    for (const Resource &r : m_data.resources) {
        if (r.authorId)
            ++authored[m_data.metrics.memberIndex.value(*r.authorId, -1)];
    }
    QHash<int, const MemberFigures *> figures;
    for (const MemberFigures &f : m_metrics.memberFigures)
        figures.insert(f.member, &f);

    ReportTable t;
    t.header = {ReportText::tr("Name"),
                ReportText::tr("Role"),
                ReportText::tr("Organisation"),
                ReportText::tr("Hosted or presented"),
                ReportText::tr("Resources authored"),
                ReportText::tr("Contribution weight")};
    t.numeric = {false, false, false, true, true, true};
    t.widths = {19, 15, 20, 15, 15, 16};
    t.compact = true;
    int unnamed = 0;
    bool uncounted = false;
    for (Role role : CarryingRoles) {
        QList<std::pair<QString, int>> named;
        for (size_t i = 0; i < m_data.metrics.members.size(); ++i) {
            const auto &m = m_data.metrics.members[i];
            if (m.role != role || !memberInWindow(m))
                continue;
            if (const auto name = consentedName(m_data, int(i)))
                named << std::pair{clean(*name), int(i)};
            else
                ++unnamed;
        }
        std::stable_sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        for (const auto &[name, index] : std::as_const(named)) {
            const int org = m_data.metrics.members[size_t(index)].organisation;
            const MemberFigures *f = figures.value(index);
            uncounted = uncounted || !f;
            t.rows << QList<ReportCell>{
                {name, false},
                {label(role), false},
                {org >= 0 ? clean(m_data.metrics.organisations.value(org)) : QStringLiteral("\u2013"), false},
                {reportCount(hosted.value(index)), false},
                {reportCount(authored.value(index)), false},
                {f ? reportCount(f->weight) : QStringLiteral("\u2013"), false}};
        }
    }
    if (t.rows.isEmpty() && unnamed == 0) {
        doc().paragraph(
            ReportText::tr("No facilitator, champion, subject-matter expert or sponsor is recorded for this period. "
                           "Naming champions and experts gives the next facilitator people to lean on."),
            ReportDocument::Style::Empty);
        return;
    }
    doc().paragraph(
        ReportText::tr("The facilitators, champions, subject-matter experts and sponsors of this period who agreed to "
                       "be named in reports, and what they carried: the events they hosted or presented at in this "
                       "period, the resources they wrote for the shared repertoire, and their contribution weight."));
    if (!t.rows.isEmpty())
        doc().table(t);
    if (uncounted) {
        doc().paragraph(ReportText::tr("Facilitators and sponsors are left out of the participation figures, so "
                                       "their contribution weight shows as \u201c\u2013\u201d."),
                        ReportDocument::Style::Note);
    }
    const QString others =
        unnamed == 0   ? ReportText::tr("Everyone in these roles agreed to be named.")
        : unnamed == 1 ? ReportText::tr("One more person in these roles is not named here: they have not agreed to "
                                        "appear in reports.")
                       : ReportText::tr("%1 more people in these roles are not named here: they have not agreed to "
                                        "appear in reports.")
                             .arg(reportCount(unnamed));
    doc().paragraph(others, ReportDocument::Style::Note);
}

// --- where the repertoire lives ----------------------------------------------------------------------

void HandoverComposer::repertoire()
{
    sectionHeading(HandoverSection::Repertoire);
    const Community &c = m_data.metrics.community;
    if (c.channels.trimmed().isEmpty() && c.workspace.trimmed().isEmpty()) {
        doc().paragraph(ReportText::tr("The charter names no communication channel or workspace yet."),
                        ReportDocument::Style::Empty);
    } else {
        if (!c.channels.trimmed().isEmpty())
            doc().labelled(ReportText::tr("Channels:"), clean(c.channels));
        if (!c.workspace.trimmed().isEmpty())
            doc().labelled(ReportText::tr("Workspace:"), clean(c.workspace));
    }
    if (m_data.resources.isEmpty()) {
        doc().paragraph(ReportText::tr("The shared repertoire holds no resource yet."), ReportDocument::Style::Empty);
        return;
    }
    std::map<ResourceKind, QList<const Resource *>> byKind;
    for (const Resource &r : m_data.resources)
        byKind[r.kind] << &r;
    QStringList kinds;
    for (const auto &[kind, list] : byKind)
        kinds << QStringLiteral("%1 %2").arg(reportCount(list.size()), label(kind).toLower());
    doc().paragraph(ReportText::tr("The shared repertoire holds %1 (%2).")
                        .arg(counted(m_data.resources.size(), QT_TRANSLATE_NOOP("cultivate::Report", "resource"),
                                     QT_TRANSLATE_NOOP("cultivate::Report", "resources")),
                             kinds.join(QStringLiteral(", "))));
    for (auto &[kind, list] : byKind) {
        std::stable_sort(list.begin(), list.end(),
                         [](auto *a, auto *b) { return QString::localeAwareCompare(a->title, b->title) < 0; });
        doc().heading(3, ReportText::tr("%1 (%2)").arg(label(kind), reportCount(list.size())));
        ReportTable t;
        t.header = {ReportText::tr("Title"), ReportText::tr("Location"), ReportText::tr("Author"),
                    ReportText::tr("Tags")};
        t.numeric = {false, false, false, false};
        t.widths = {32, 32, 16, 20};
        t.compact = true;
        for (const Resource *r : list.mid(0, ListedResourcesPerKind)) {
            QString author = QStringLiteral("\u2013");
            if (r->authorId) {
                const auto name = consentedName(m_data, m_data.metrics.memberIndex.value(*r->authorId, -1));
                author = name ? clean(*name) : ReportText::tr("a member");
            }
            QStringList tags;
            for (const QString &tag : r->tags)
                tags << clean(tag);
            t.rows << QList<ReportCell>{
                {clean(r->title), false},
                {r->location.trimmed().isEmpty() ? QStringLiteral("\u2013") : clean(r->location), false},
                {author, false},
                {tags.isEmpty() ? QStringLiteral("\u2013") : tags.join(QStringLiteral(", ")), false}};
        }
        doc().table(t);
        if (list.size() > ListedResourcesPerKind) {
            doc().paragraph(ReportText::tr("The first %1 by title are listed; the plan holds all %2.")
                                .arg(reportCount(ListedResourcesPerKind), reportCount(list.size())),
                            ReportDocument::Style::Note);
        }
    }
}

// --- the rhythm that worked --------------------------------------------------------------------------

void HandoverComposer::rhythm()
{
    sectionHeading(HandoverSection::Rhythm);
    series();
    eventKinds();
}

void HandoverComposer::series()
{
    doc().heading(3, ReportText::tr("Repeating series"));
    struct SeriesEvents {
        const MetricsData::EventRow *first = nullptr;
        int held = 0;
        int planned = 0;
    };
    QHash<Id, SeriesEvents> events;
    for (const auto &e : m_data.metrics.events) {
        const Id series = m_data.seriesOfEvent.value(e.id, 0);
        if (series == 0)
            continue;
        SeriesEvents &s = events[series];
        if (!s.first || e.day < s.first->day)
            s.first = &e;
        s.held += e.status == EventStatus::Held;
        s.planned += e.status == EventStatus::Planned;
    }
    QStringList lines;
    for (const Series &s : m_data.series) {
        const SeriesEvents found = events.value(s.id);
        if (!found.first)
            continue;
        QString rule = recurrenceText(s, reportLocale());
        if (s.until.isValid())
            rule = ReportText::tr("%1, until %2").arg(rule, reportDate(s.until));
        lines << ReportText::tr("%1, from %2: %3 \u2014 %4 held, %5 still planned.")
                     .arg(label(found.first->kind), reportDate(QDate::fromJulianDay(found.first->day)), rule,
                          reportCount(found.held), reportCount(found.planned));
    }
    if (lines.isEmpty()) {
        doc().paragraph(ReportText::tr("No event repeats on a series. A meeting on a predictable day each month is "
                                       "the easiest rhythm to hand over."),
                        ReportDocument::Style::Empty);
        return;
    }
    doc().bullets(lines);
}

void HandoverComposer::eventKinds()
{
    doc().heading(3, ReportText::tr("Events held by kind"));
    const Metrics &m = m_metrics;
    if (m.turnout.isEmpty()) {
        doc().paragraph(ReportText::tr("No event was held in this period yet, so no rhythm has proved itself; the "
                                       "open items below list the events planned."),
                        ReportDocument::Style::Empty);
        return;
    }
    QHash<Id, const MetricsData::EventRow *> rows;
    for (const auto &e : m_data.metrics.events)
        rows.insert(e.id, &e);
    struct Tally {
        int held = 0;
        int measured = 0;
        double sum = 0;
        std::optional<double> mean() const
        {
            return measured > 0 ? std::optional<double>(sum / measured) : std::nullopt;
        }
    };
    std::map<EventKind, Tally> byKind;
    std::map<int, Tally> byWeekday;
    QSet<QString> monthsHeld;
    // The mean of the turnouts the assessment gives each held event of the window.
    for (const EventTurnout &t : m.turnout) {
        const auto *row = rows.value(t.eventId);
        if (!row)
            continue;
        for (Tally *tally : {&byKind[row->kind], &byWeekday[t.date.dayOfWeek()]}) {
            ++tally->held;
            if (t.turnout) {
                ++tally->measured;
                tally->sum += *t.turnout;
            }
        }
        monthsHeld.insert(t.date.toString(QStringLiteral("yyyy-MM")));
    }
    ReportTable t;
    t.header = {ReportText::tr("Kind of event"), ReportText::tr("Held", "events held, a count"),
                ReportText::tr("Mean turnout")};
    t.numeric = {false, true, true};
    t.widths = {50, 20, 30};
    t.compact = true;
    std::optional<std::pair<EventKind, double>> bestKind;
    for (const auto &[kind, tally] : byKind) {
        t.rows << QList<ReportCell>{
            {label(kind), false}, {reportCount(tally.held), false}, {reportShare(tally.mean()), false}};
        if (tally.mean() && (!bestKind || *tally.mean() > bestKind->second))
            bestKind = std::pair{kind, *tally.mean()};
    }
    doc().table(t);
    std::optional<std::pair<int, double>> bestDay;
    for (const auto &[day, tally] : byWeekday) {
        if (tally.mean() && (!bestDay || *tally.mean() > bestDay->second))
            bestDay = std::pair{day, *tally.mean()};
    }
    if (bestKind && bestDay) {
        doc().labelled(ReportText::tr("Best attended:"),
                       ReportText::tr("%1 (mean turnout %2), and events on a %3 (mean turnout %4).")
                           .arg(label(bestKind->first), reportShare(bestKind->second),
                                reportLocale().dayName(bestDay->first), reportShare(bestDay->second)));
    }
    doc().paragraph(ReportText::tr("Turnout is an event's credited attendees as a share of the members at its date."),
                    ReportDocument::Style::Note);

    // Months of the period, the one still running aside, in which no event was held.
    QStringList empty;
    for (qsizetype i = 0; i < m.months.size(); ++i) {
        if (i != m.runningMonth && !monthsHeld.contains(m.months[i]))
            empty << reportMonth(m.months[i]);
    }
    if (empty.isEmpty())
        doc().labelled(ReportText::tr("Months without an event:"),
                       ReportText::tr("none \u2014 an event was held in every month of the period."));
    else
        doc().labelled(ReportText::tr("Months without an event:"), joinedList(empty) + QLatin1Char('.'));
}

// --- open items ------------------------------------------------------------------------------------

void HandoverComposer::openItems()
{
    sectionHeading(HandoverSection::OpenItems);
    doc().paragraph(ReportText::tr("What the next facilitator picks up: the checklist items not done, the goals "
                                   "still below their target, the events planned and the surveys not closed."));
    openChecklist();
    goalsBelowTarget();
    eventsToCome();
    openSurveys();
}

void HandoverComposer::openChecklist()
{
    doc().heading(3, ReportText::tr("Checklist items not done"));
    ReportTable t;
    t.header = {ReportText::tr("Stage"), ReportText::tr("Item"), ReportText::tr("Due")};
    t.numeric = {false, false, true};
    t.widths = {20, 62, 18};
    t.compact = true;
    int items = 0;
    for (const StageProgress &stage : m_assessment.stages) {
        items += int(stage.items.size());
        for (const ChecklistItem &item : stage.items) {
            if (item.done)
                continue;
            const bool late = item.dueDate.isValid() && item.dueDate < m_today;
            t.rows << QList<ReportCell>{
                {label(stage.stage.kind), false}, {clean(item.title), false}, {shortDate(item.dueDate), late}};
        }
    }
    if (items == 0) {
        doc().paragraph(ReportText::tr("The plan has no checklist."), ReportDocument::Style::Empty);
        return;
    }
    if (t.rows.isEmpty()) {
        doc().paragraph(ReportText::tr("Every checklist item is done."), ReportDocument::Style::Empty);
        return;
    }
    doc().table(t);
    doc().paragraph(ReportText::tr("%1 of %2 not done; a due date already passed is marked.")
                        .arg(counted(t.rows.size(), QT_TRANSLATE_NOOP("cultivate::Report", "item"),
                                     QT_TRANSLATE_NOOP("cultivate::Report", "items")),
                             reportCount(items)),
                    ReportDocument::Style::Note);
}

void HandoverComposer::goalsBelowTarget()
{
    doc().heading(3, ReportText::tr("Goals below target"));
    QHash<Id, Goal> goals;
    for (const Goal &g : m_data.metrics.goals)
        goals.insert(g.id, g);
    QStringList lines;
    for (const GoalFigures &g : m_metrics.goals) {
        if (g.progress && *g.progress >= 1.0)
            continue;
        const bool share = isShareMetric(goals.value(g.id).metric);
        const auto value = [share](double v) { return share ? reportShare(v) : decimal(v); };
        QString line = g.current
                           ? ReportText::tr("%1: %2 against a target of %3 (%4 of the way)")
                                 .arg(clean(g.title), value(*g.current), value(g.target), reportShare(g.progress))
                           : ReportText::tr("%1: not measured yet, target %2").arg(clean(g.title), value(g.target));
        if (g.due.isValid())
            line += g.due < m_today ? ReportText::tr(", was due %1").arg(reportDate(g.due))
                                    : ReportText::tr(", due %1").arg(reportDate(g.due));
        lines << line + QLatin1Char('.');
    }
    if (m_metrics.goals.isEmpty())
        doc().paragraph(ReportText::tr("No goals were set."), ReportDocument::Style::Empty);
    else if (lines.isEmpty())
        doc().paragraph(ReportText::tr("Every goal has reached its target."), ReportDocument::Style::Empty);
    else
        doc().bullets(lines);
}

void HandoverComposer::eventsToCome()
{
    doc().heading(3, ReportText::tr("Planned events still to come"));
    QList<const MetricsData::EventRow *> coming;
    for (const auto &e : m_data.metrics.events) {
        if (e.status == EventStatus::Planned && e.day >= m_today.toJulianDay())
            coming << &e;
    }
    if (coming.isEmpty()) {
        doc().paragraph(ReportText::tr("No event is planned from today on."), ReportDocument::Style::Empty);
        return;
    }
    std::stable_sort(coming.begin(), coming.end(), [](auto *a, auto *b) { return a->day < b->day; });
    ReportTable t;
    t.header = {ReportText::tr("Date"), ReportText::tr("Event"), ReportText::tr("Kind")};
    t.numeric = {false, false, false};
    t.widths = {18, 58, 24};
    t.compact = true;
    for (const auto *e : coming.mid(0, ListedEventsToCome)) {
        t.rows << QList<ReportCell>{
            {shortDate(QDate::fromJulianDay(e->day)), false}, {clean(e->title), false}, {label(e->kind), false}};
    }
    doc().table(t);
    if (coming.size() > ListedEventsToCome) {
        doc().paragraph(ReportText::tr("The next %1 of %2 planned events are listed.")
                            .arg(reportCount(ListedEventsToCome), reportCount(coming.size())),
                        ReportDocument::Style::Note);
    }
}

// Surveys still collecting answers (within the health check's grace period after their date), those
// that closed below its completion threshold, and those still to be sent.
void HandoverComposer::openSurveys()
{
    doc().heading(3, ReportText::tr("Surveys still open or with low completion"));
    const HealthSettings &settings = m_assessment.settings;
    ReportTable t;
    t.header = {ReportText::tr("Survey"), ReportText::tr("Date"), ReportText::tr("Completion"),
                ReportText::tr("State")};
    t.numeric = {false, false, true, false};
    t.widths = {38, 17, 15, 30};
    t.compact = true;
    for (const SurveyFigures &s : m_metrics.surveys) {
        if (!s.date.isValid())
            continue;
        QString state;
        bool flagged = false;
        if (settings.isSurveyOpen(s.date, m_today)) {
            state = ReportText::tr("open until %1").arg(shortDate(settings.surveyClosesOn(s.date)));
        } else if (s.completionRate && *s.completionRate < settings.surveyCompletionLow) {
            state = ReportText::tr("closed below %1").arg(reportShare(settings.surveyCompletionLow));
            flagged = true;
        }
        if (state.isEmpty())
            continue;
        t.rows << QList<ReportCell>{{clean(s.title), false},
                                    {shortDate(s.date), false},
                                    {reportShare(s.completionRate), flagged},
                                    {state, flagged}};
    }
    for (const Survey &s : m_data.metrics.surveys) {
        if (s.date.isValid() && s.date > m_today) {
            t.rows << QList<ReportCell>{{clean(s.title), false},
                                        {shortDate(s.date), false},
                                        {QStringLiteral("\u2013"), false},
                                        {ReportText::tr("still to be sent"), false}};
        }
    }
    if (t.rows.isEmpty()) {
        doc().paragraph(ReportText::tr("No survey is open, none is planned, and none of this period closed with low "
                                       "completion."),
                        ReportDocument::Style::Empty);
        return;
    }
    doc().table(t);
}

// --- lessons from the reflections ------------------------------------------------------------------

void HandoverComposer::lessons()
{
    sectionHeading(HandoverSection::Lessons);
    doc().paragraph(ReportText::tr("What members said changed in their practice, in the reflections and success "
                                   "stories they agreed to share."));
    doc().heading(3, ReportText::tr("Reflections"));
    int withheld = storiesOf(StoryKind::Reflection);
    doc().heading(3, ReportText::tr("Success stories in full"));
    withheld += storiesOf(StoryKind::Success);
    if (withheld > 0) {
        doc().paragraph((withheld == 1
                             ? ReportText::tr("%1 recorded without consent to share is left out of this document.")
                             : ReportText::tr("%1 recorded without consent to share are left out of this document."))
                            .arg(counted(withheld, QT_TRANSLATE_NOOP("cultivate::Report", "further story"),
                                         QT_TRANSLATE_NOOP("cultivate::Report", "further stories"))),
                        ReportDocument::Style::Note);
    }
    quotes();
}

// The consented stories of one kind, each under its own heading; returns how many were left out.
int HandoverComposer::storiesOf(StoryKind kind)
{
    int withheld = 0;
    int shown = 0;
    for (const Story *s : storiesInWindow(kind)) {
        if (!s->consent) {
            ++withheld;
            continue;
        }
        ++shown;
        appendStoryHeading(doc(), *s, m_guard);
        userParagraphs(s->narrative);
    }
    if (shown == 0) {
        doc().paragraph(kind == StoryKind::Reflection
                            ? ReportText::tr("No reflection on shifts in practice was shared with consent in this "
                                             "period. Asking members what they now do differently is the lesson to "
                                             "hand over.")
                            : ReportText::tr("No success story was shared with consent in this period."),
                        ReportDocument::Style::Empty);
    }
    return withheld;
}

void HandoverComposer::quotes()
{
    doc().heading(3, ReportText::tr("In members' words"));
    QList<const ReportQuote *> list;
    for (const ReportQuote &q : m_data.quotes) {
        if (!q.date.isValid() || inWindow(q.date))
            list << &q;
    }
    if (list.isEmpty()) {
        doc().paragraph(ReportText::tr("No written survey answer of this period may be quoted."),
                        ReportDocument::Style::Empty);
        return;
    }
    const QList<const ReportQuote *> chosen = quotesToShow(list, m_guard);
    for (const ReportQuote *q : std::as_const(chosen)) {
        doc().paragraph(QStringLiteral("\u201c%1\u201d").arg(clean(q->text).simplified()),
                        ReportDocument::Style::Quote);
        const QString who = q->member < 0                      ? ReportText::tr("an anonymous answer")
                            : consentedName(m_data, q->member) ? clean(*consentedName(m_data, q->member))
                                                               : ReportText::tr("a member");
        doc().paragraph(QStringLiteral("\u2014 ") +
                            ReportText::tr("%1, %2, %3").arg(who, clean(q->surveyTitle), shortDate(q->date)),
                        ReportDocument::Style::Note);
    }
}

// --- appendix ----------------------------------------------------------------------------------------

void HandoverComposer::appendix()
{
    doc().pageBreak();
    sectionHeading(HandoverSection::Appendix);
    doc().heading(3, ReportText::tr("How each figure is computed"));
    doc().paragraph(
        ReportText::tr("Figures cover the period %1, as of %2, and are the same the stakeholder report, the dashboard "
                       "and “cultivate stats” give for it. Members counted are those with the role member, "
                       "champion, subject-matter expert or guest who were members at some time in the period; %3")
            .arg(reportPeriod(m_metrics.from, m_metrics.to), reportDate(m_today),
                 m_options.includeEveryone ? ReportText::tr("this document counts facilitators and sponsors too.")
                                           : ReportText::tr("facilitators and sponsors are left out.")));
    static const QStringList used{QStringLiteral("window"),
                                  QStringLiteral("latest_complete_month"),
                                  QStringLiteral("credited_attendance"),
                                  QStringLiteral("events_held"),
                                  QStringLiteral("attendance_rate"),
                                  QStringLiteral("turnout"),
                                  QStringLiteral("reach"),
                                  QStringLiteral("stickiness"),
                                  QStringLiteral("participation_levels"),
                                  QStringLiteral("contribution_weight"),
                                  QStringLiteral("surveys"),
                                  QStringLiteral("goal_progress"),
                                  QStringLiteral("health_check")};
    for (const GlossaryEntry &entry : Glossary::entries(m_data.metrics.community.attendanceThreshold)) {
        if (used.contains(entry.key))
            doc().labelled(entry.term + QLatin1Char(':'), entry.definition);
    }
    appendDataSources(doc(), m_data, m_guard, m_today);
}

} // namespace

QString label(ReportKind kind)
{
    return kind == ReportKind::Handover ? ReportText::tr("Handover") : ReportText::tr("Stakeholder report");
}

namespace reportparts {

ReportContent composeHandover(const ReportData &data, const ReportOptions &options, const QDate &today)
{
    return HandoverComposer(data, options, today).run();
}

} // namespace reportparts

} // namespace cultivate
