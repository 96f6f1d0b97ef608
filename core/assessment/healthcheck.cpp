// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/healthcheck.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace cultivate {

namespace {

int monthNumber(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

QDate monthDate(int month)
{
    return QDate(month / 12, month % 12 + 1, 1);
}

} // namespace

HealthCheck::HealthCheck(const MetricsData &data, const Metrics &metrics, const HealthSettings &settings)
    : m_data(data)
    , m_m(metrics)
    , m_s(settings)
    , m_asOf(std::min(metrics.today, metrics.to))
    , m_planStart(data.community.startDate.isValid() ? data.community.startDate : metrics.from)
{
}

QList<HealthFlag> HealthCheck::flags()
{
    noClearPurpose();
    noFacilitator();
    passiveParticipation();
    noRhythm();
    daysSince();
    stageOverdue();
    stickiness();
    attendanceRate();
    wengerBands();
    turnout();
    newcomers();
    drifting();
    concentration();
    surveyCompletion();
    goalsMissed();
    return m_flags;
}

QString HealthCheck::percent(double share, int decimals)
{
    return tr("%1%").arg(QLocale().toString(share * 100, 'f', decimals));
}
QString HealthCheck::monthName(int month)
{
    return QLocale().toString(monthDate(month), QStringLiteral("MMMM yyyy"));
}

QString HealthCheck::dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

int HealthCheck::latestMonth() const
{
    return monthNumber(m_m.from) + m_m.latestCompleteMonth;
}

bool HealthCheck::started() const
{
    return m_planStart <= m_asOf;
}

void HealthCheck::flag(const char *rule, Severity severity, const QString &evidence, const QString &recommendation,
                       QList<int> members)
{
    m_flags << HealthFlag{QString::fromLatin1(rule), severity, evidence, recommendation, std::move(members)};
}

void HealthCheck::noClearPurpose()
{
    QStringList missing;
    if (m_data.community.purpose.trimmed().isEmpty())
        missing << tr("the charter has no purpose");
    if (m_data.goals.isEmpty())
        missing << tr("no goals are set");
    if (!missing.isEmpty()) {
        flag("no_clear_purpose", Severity::Warning, missing.join(tr("; ")),
             tr("Write the community's purpose and two or three measurable goals with the members, so everyone "
                "knows why they take part."));
    }
}

void HealthCheck::noFacilitator()
{
    const qint64 day = m_asOf.toJulianDay();
    const bool found = std::any_of(m_data.members.cbegin(), m_data.members.cend(), [day](const auto &m) {
        return m.role == Role::Facilitator && m.joined <= day && m.left >= day;
    });
    if (!found) {
        flag("no_facilitator", Severity::Critical, tr("no current member has the facilitator role"),
             tr("Name a facilitator who connects members, runs the events and reports on activity; without one a "
                "community tends to drift."));
    }
}

void HealthCheck::passiveParticipation()
{
    if (!started() || m_m.members == 0)
        return;
    QStringList evidence;
    const int engaged = m_m.levels[size_t(Level::Core)] + m_m.levels[size_t(Level::Active)];
    const double share = double(engaged) / m_m.members;
    if (share < m_s.engagedShareLow) {
        evidence << tr("core and active members are %1 of %2 (%3, below %4)")
                        .arg(engaged)
                        .arg(m_m.members)
                        .arg(percent(share), percent(m_s.engagedShareLow));
    }
    const int run = int(m_s.fallingMonths);
    const int latest = m_m.latestCompleteMonth;
    if (latest >= run) {
        bool falling = true;
        QStringList values;
        for (int i = latest - run; i <= latest; ++i) {
            values << QString::number(m_m.activeByMonth.at(i));
            if (i > latest - run)
                falling = falling && m_m.activeByMonth.at(i) < m_m.activeByMonth.at(i - 1);
        }
        if (falling) {
            evidence << tr("active members fell %n complete months running (%1)", nullptr, run)
                            .arg(values.join(QStringLiteral(" → ")));
        }
    }
    if (!evidence.isEmpty()) {
        flag("passive_participation", Severity::Warning, evidence.join(tr("; ")),
             tr("Invite quieter members to host a short segment or share a resource, give champions visible roles, "
                "and follow up personally with those who drifted."));
    }
}

// A month of the plan, inside the window, without any event held or planned.
void HealthCheck::noRhythm()
{
    if (!started())
        return;
    QSet<int> withEvents;
    for (const auto &e : m_data.events) {
        if (e.status != EventStatus::Cancelled)
            withEvents.insert(monthNumber(QDate::fromJulianDay(e.day)));
    }
    QDate first = std::max(m_planStart, m_m.from);
    QDate last = m_m.to;
    if (m_data.community.endDate.isValid())
        last = std::min(last, m_data.community.endDate);
    QStringList empty;
    for (int month = monthNumber(first); month <= monthNumber(last) && first <= last; ++month) {
        if (!withEvents.contains(month))
            empty << monthName(month);
    }
    if (!empty.isEmpty()) {
        flag("no_rhythm", Severity::Warning, tr("no event held or planned in %1").arg(empty.join(tr(", "))),
             tr("Keep a steady rhythm: a meeting or webinar every month on a predictable day, even a short one, "
                "keeps members connected."));
    }
}

// Days from the latest of `days` (up to the judging day) to it, counting from the plan's start.
qint64 HealthCheck::daysSinceLatest(const QList<qint64> &days) const
{
    const qint64 asOf = m_asOf.toJulianDay();
    qint64 latest = m_planStart.toJulianDay();
    for (qint64 d : days) {
        if (d <= asOf)
            latest = std::max(latest, d);
    }
    return asOf - latest;
}

void HealthCheck::daysSince()
{
    if (!started())
        return;
    const qint64 sinceResource = daysSinceLatest(m_data.resourceDays);
    if (sinceResource >= m_s.repertoireDays) {
        flag("no_shared_repertoire", Severity::Warning, tr("no resource added in %n days", nullptr, int(sinceResource)),
             tr("Collect what members create — slides, templates, recordings, how-tos — in the shared workspace "
                "and point to it after every session."));
    }
    const qint64 sinceRecognition = daysSinceLatest(m_data.recognitionDays);
    if (sinceRecognition >= m_s.recognitionDays) {
        flag("no_recognition", Severity::Info, tr("no recognition recorded in %n days", nullptr, int(sinceRecognition)),
             tr("Thank contributors in public: a mention at the next meeting or a note to their manager keeps "
                "motivation up."));
    }
    QList<qint64> feedback;
    for (const Survey &s : m_data.surveys) {
        if (s.date.isValid())
            feedback << s.date.toJulianDay();
    }
    for (const auto &e : m_data.events) {
        if (e.kind == EventKind::CheckIn && e.status == EventStatus::Held)
            feedback << e.day;
    }
    const qint64 sinceFeedback = daysSinceLatest(feedback);
    if (sinceFeedback >= m_s.feedbackDays) {
        flag("no_feedback", Severity::Warning, tr("no survey or check-in in %n days", nullptr, int(sinceFeedback)),
             tr("Run a two-minute check-in poll or a short session-feedback survey to hear how members are doing "
                "and what they need."));
    }
}

void HealthCheck::stageOverdue()
{
    for (const Stage &stage : m_data.stages) {
        if (stage.plannedEnd.isValid() && stage.plannedEnd < m_asOf && stage.status != StageStatus::Done) {
            flag("stage_overdue", Severity::Warning,
                 tr("the %1 stage was planned to end on %2 and is %3")
                     .arg(cultivate::label(stage.kind), dateText(stage.plannedEnd),
                          cultivate::label(stage.status).toLower()),
                 tr("Finish the stage's open checklist items or move its dates, so the plan reflects where the "
                    "community really is."));
        }
    }
}

void HealthCheck::stickiness()
{
    if (!m_m.stickiness)
        return;
    const double now = *m_m.stickiness;
    const QString month = monthName(latestMonth());
    if (now < m_s.stickinessWarning) {
        flag("low_stickiness", now < m_s.stickinessCritical ? Severity::Critical : Severity::Warning,
             tr("stickiness in %1 is %2: of the members active in the twelve months to then, %2 were active that "
                "month (below %3)")
                 .arg(month, percent(now),
                      percent(now < m_s.stickinessCritical ? m_s.stickinessCritical : m_s.stickinessWarning)),
             tr("Give members a reason to come back every month: a standing slot, a short thread each week, and a "
                "personal invitation to those who came once."));
    }
    const int latest = m_m.latestCompleteMonth;
    if (latest < 3)
        return;
    double sum = 0;
    for (int i = latest - 3; i < latest; ++i) {
        if (!m_m.stickinessByMonth.at(i))
            return;
        sum += *m_m.stickinessByMonth.at(i);
    }
    const double before = sum / 3;
    if (now <= before - m_s.stickinessDrop) {
        flag("stickiness_falling", Severity::Warning,
             tr("stickiness fell to %1 in %2 from a mean of %3 over the three months before")
                 .arg(percent(now), month, percent(before)),
             tr("Ask a few members what changed: a clash in the calendar, a topic that missed, a channel that "
                "went quiet. Adjust the next session to what you hear."));
    }
}

void HealthCheck::attendanceRate()
{
    if (m_m.meanAttendanceRate && *m_m.meanAttendanceRate < m_s.attendanceRateLow) {
        flag("low_attendance_rate", Severity::Warning,
             tr("members attended %1 of the events held while they were members, on average (below %2)")
                 .arg(percent(*m_m.meanAttendanceRate), percent(m_s.attendanceRateLow)),
             tr("Check the day, time and length of the events with the members, send the reminder a week "
                "before, and make each session worth the hour."));
    }
}

void HealthCheck::wengerBands()
{
    QStringList outside;
    for (Level level : {Level::Core, Level::Active}) {
        const auto share = m_m.levelShare(level);
        const auto verdict = bandVerdict(level, share);
        if (!verdict || *verdict == BandVerdict::Within)
            continue;
        const auto [low, high] = expectedShare(level);
        outside << (*verdict == BandVerdict::Below ? tr("%1 members are %2, below the expected %3–%4")
                                                   : tr("%1 members are %2, above the expected %3–%4"))
                       .arg(cultivate::label(level), percent(*share, 1), percent(low), percent(high));
    }
    if (!outside.isEmpty()) {
        flag("wenger_bands", Severity::Info, outside.join(tr("; ")),
             tr("Healthy communities have a small core and a larger ring of active members around it; invite "
                "active members to take on a role, and occasional ones to a first contribution."));
    }
}

void HealthCheck::turnout()
{
    QList<double> values;
    for (const EventTurnout &t : m_m.turnout) {
        if (t.turnout)
            values << *t.turnout;
    }
    if (values.size() < 6)
        return;
    const auto mean = [&values](qsizetype from) {
        return (values.at(from) + values.at(from + 1) + values.at(from + 2)) / 3;
    };
    const double last = mean(values.size() - 3);
    const double before = mean(values.size() - 6);
    if (before > 0 && last <= m_s.turnoutDrop * before) {
        flag("turnout_falling", Severity::Warning,
             tr("the last three events drew %1 of the members on average, against %2 at the three before")
                 .arg(percent(last), percent(before)),
             tr("Ask the members who stopped coming what would bring them back, and try a different format or "
                "time for the next event."));
    }
}

void HealthCheck::newcomers()
{
    const int months = int(m_s.newcomerMonths);
    const int latest = m_m.latestCompleteMonth;
    if (started() && latest >= months - 1) {
        bool none = true;
        for (int i = latest - months + 1; i <= latest; ++i)
            none = none && m_m.newcomersByMonth.at(i) == 0;
        if (none) {
            flag("no_newcomers", Severity::Warning,
                 tr("no newcomer in the %n complete months to %1", nullptr, months).arg(monthName(latestMonth())),
                 tr("Open the door: ask each member to bring one colleague, announce the next session beyond the "
                    "community, and welcome newcomers personally."));
        }
    }
    if (m_m.newcomerConversion && m_m.conversionNewcomers >= m_s.conversionMinimum &&
        *m_m.newcomerConversion < m_s.conversionLow) {
        flag("low_conversion", Severity::Warning,
             tr("%1 of %2 newcomers became active or core within three months (%3, below %4)")
                 .arg(m_m.conversionConverted)
                 .arg(m_m.conversionNewcomers)
                 .arg(percent(*m_m.newcomerConversion), percent(m_s.conversionLow)),
             tr("Pair each newcomer with a champion, follow up after their first event, and offer a small first "
                "role such as taking notes or sharing one resource."));
    }
}

void HealthCheck::drifting()
{
    if (m_m.driftingMembers.isEmpty())
        return;
    flag("drifting_members", Severity::Warning,
         m_m.driftingMembers.size() == 1
             ? tr("1 member who was core or active last quarter has had no activity in the last two complete months")
             : tr("%n members who were core or active last quarter have had no activity in the last two complete "
                  "months",
                  nullptr, int(m_m.driftingMembers.size())),
         tr("Reach out to them personally this week: a short note asking how they are and what would make the "
            "community useful to them again."),
         m_m.driftingMembers);
}

void HealthCheck::concentration()
{
    if (m_m.totalWeight <= 0)
        return;
    QStringList evidence;
    if (m_m.concentrationMembers == 1)
        evidence << tr("one member holds half or more of the contribution weight");
    if (m_m.concentrationOrganisations == 1 && m_m.contributingOrganisations > 1)
        evidence << tr("one organisation holds half or more of the contribution weight");
    if (!evidence.isEmpty()) {
        flag("concentration_risk", Severity::Warning, evidence.join(tr("; ")),
             tr("Spread the work: invite others to host or present, and make sure the community does not depend "
                "on one person or one organisation."));
    }
}

void HealthCheck::surveyCompletion()
{
    QStringList low;
    for (const SurveyFigures &s : m_m.surveys) {
        if (!s.completionRate || m_s.surveyClosesOn(s.date) > m_asOf)
            continue;
        if (*s.completionRate < m_s.surveyCompletionLow)
            low << tr("“%1” %2 (%3 of %4)").arg(s.title, percent(*s.completionRate)).arg(s.responses).arg(s.invited);
    }
    if (!low.isEmpty()) {
        flag("low_survey_completion", Severity::Warning,
             tr("survey completion below %1: %2").arg(percent(m_s.surveyCompletionLow), low.join(tr(", "))),
             tr("Send one friendly reminder, keep surveys short, and give five minutes at the next meeting to "
                "answer them."));
    }
}

void HealthCheck::goalsMissed()
{
    QStringList missed;
    for (const GoalFigures &g : m_m.goals) {
        if (!g.due.isValid() || g.due >= m_asOf || (g.progress && *g.progress >= 1.0))
            continue;
        missed << (g.progress ? tr("“%1” (due %2, %3 of the way)").arg(g.title, dateText(g.due), percent(*g.progress))
                              : tr("“%1” (due %2, not measured)").arg(g.title, dateText(g.due)));
    }
    if (!missed.isEmpty()) {
        flag("goals_missed", Severity::Warning,
             tr("goals past their due date below target: %1").arg(missed.join(tr(", "))),
             tr("Review these goals with the sponsor: measure them, extend the date with a reason, or agree a new "
                "target."));
    }
}

namespace {

const QList<std::pair<QString, const char *>> &ruleLabels()
{
    static const QList<std::pair<QString, const char *>> labels{
        {QStringLiteral("no_clear_purpose"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No clear purpose")},
        {QStringLiteral("no_facilitator"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No facilitator")},
        {QStringLiteral("passive_participation"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Passive participation")},
        {QStringLiteral("no_rhythm"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No rhythm of events")},
        {QStringLiteral("no_shared_repertoire"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No shared repertoire")},
        {QStringLiteral("no_recognition"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No recent recognition")},
        {QStringLiteral("no_feedback"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No recent feedback")},
        {QStringLiteral("stage_overdue"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "A stage is overdue")},
        {QStringLiteral("low_stickiness"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Low stickiness")},
        {QStringLiteral("stickiness_falling"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Stickiness falling")},
        {QStringLiteral("low_attendance_rate"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Low attendance rate")},
        {QStringLiteral("wenger_bands"),
         QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Participation levels outside the expected bands")},
        {QStringLiteral("turnout_falling"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Turnout falling")},
        {QStringLiteral("no_newcomers"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "No newcomers")},
        {QStringLiteral("low_conversion"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Few newcomers stay")},
        {QStringLiteral("drifting_members"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Members drifting away")},
        {QStringLiteral("concentration_risk"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Concentration risk")},
        {QStringLiteral("low_survey_completion"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Low survey completion")},
        {QStringLiteral("goals_missed"), QT_TRANSLATE_NOOP("cultivate::HealthCheck", "Goals past due below target")},
    };
    return labels;
}

} // namespace

int HealthReport::count(Severity severity) const
{
    return int(std::count_if(flags.cbegin(), flags.cend(),
                             [severity](const HealthFlag &f) { return f.severity == severity; }));
}

QString HealthReport::headline() const
{
    switch (verdict) {
    case Verdict::Healthy:
        if (flags.isEmpty())
            return HealthCheck::tr("Healthy: no warning signs");
        return flags.size() == 1 ? HealthCheck::tr("Healthy, with 1 note to consider")
                                 : HealthCheck::tr("Healthy, with %n notes to consider", nullptr, int(flags.size()));
    case Verdict::Watch:
        return count(Severity::Warning) == 1
                   ? HealthCheck::tr("Watch: 1 warning sign")
                   : HealthCheck::tr("Watch: %n warning signs", nullptr, count(Severity::Warning));
    case Verdict::Act:
        return count(Severity::Critical) == 1
                   ? HealthCheck::tr("Act now: 1 critical sign")
                   : HealthCheck::tr("Act now: %n critical signs", nullptr, count(Severity::Critical));
    }
    return {};
}

QString HealthReport::summary() const
{
    if (flags.isEmpty())
        return HealthCheck::tr("The health check finds no warning signs in this period.");
    const HealthFlag &top = flags.constFirst();
    return HealthCheck::tr("%1. The most pressing: %2 (%3).")
        .arg(headline(), HealthCheck::ruleLabel(top.rule).toLower(), top.evidence);
}

HealthReport HealthCheck::run(const MetricsData &data, const Metrics &metrics, const HealthSettings &settings)
{
    HealthReport report;
    report.flags = HealthCheck(data, metrics, settings).flags();
    std::stable_sort(report.flags.begin(), report.flags.end(),
                     [](const HealthFlag &a, const HealthFlag &b) { return a.severity > b.severity; });
    if (report.count(Severity::Critical) > 0)
        report.verdict = Verdict::Act;
    else if (report.count(Severity::Warning) > 0)
        report.verdict = Verdict::Watch;
    return report;
}

QStringList HealthCheck::rules()
{
    QStringList keys;
    for (const auto &[key, text] : ruleLabels())
        keys << key;
    return keys;
}

QString HealthCheck::ruleLabel(const QString &rule)
{
    for (const auto &[key, text] : ruleLabels()) {
        if (key == rule)
            return tr(text);
    }
    return rule;
}

QString HealthCheck::label(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return tr("Healthy");
    case Verdict::Watch:
        return tr("Watch");
    case Verdict::Act:
        return tr("Act");
    }
    return {};
}

QString HealthCheck::label(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Note");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QJsonObject healthJson(const HealthReport &report, const Metrics &metrics)
{
    QJsonArray array;
    for (const HealthFlag &f : report.flags) {
        array << QJsonObject{{QStringLiteral("rule"), f.rule},
                             {QStringLiteral("severity"), enumKey(f.severity)},
                             {QStringLiteral("evidence"), f.evidence},
                             {QStringLiteral("recommendation"), f.recommendation},
                             {QStringLiteral("members"), int(f.members.size())}};
    }
    return QJsonObject{
        {QStringLiteral("verdict"), enumKey(report.verdict)},
        {QStringLiteral("headline"), report.headline()},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), metrics.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), metrics.to.toString(Qt::ISODate)}}},
        {QStringLiteral("flags"), array}};
}

} // namespace cultivate
