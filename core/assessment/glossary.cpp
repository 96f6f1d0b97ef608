// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/glossary.h"

#include <QLocale>

namespace cultivate {

QList<GlossaryEntry> Glossary::entries(double attendanceThreshold)
{
    const QString threshold = tr("%1%").arg(QLocale().toString(qRound(attendanceThreshold * 100)));
    return {
        {QStringLiteral("window"), tr("Period"),
         tr("Every figure covers a period, and only what happened inside it counts: a month the period cuts counts "
            "only its days inside it. Members counted are those with the role member, champion, subject-matter "
            "expert or guest whose membership overlaps the period; facilitators and sponsors are left out unless "
            "everyone is counted.")},
        {QStringLiteral("latest_complete_month"), tr("Latest complete month"),
         tr("Figures “of the month” are those of the latest month of the period that has ended: the "
            "period's last month when the period ends on its last day, else the month before, and never the month "
            "still running, which charts draw marked “so far”.")},
        {QStringLiteral("credited_attendance"), tr("Credited attendance"),
         tr("A member marked present at a held event, for at least %1 of the event's duration when the minutes are "
            "known. Several joins to one event add up.")
             .arg(threshold)},
        {QStringLiteral("events_held"), tr("Events held"),
         tr("Events with the status held whose date falls in the period.")},
        {QStringLiteral("attendance_rate"), tr("Attendance rate"),
         tr("For one member: credited attendances at events held in the period while they were a member, divided by "
            "those events. The mean attendance rate averages it over the members who could attend at least one "
            "event.")},
        {QStringLiteral("turnout"), tr("Turnout"),
         tr("For one event: credited attendees divided by the members counted on the event's date.")},
        {QStringLiteral("reach"), tr("Reach"),
         tr("Members with at least one credited attendance in the period, divided by the members counted.")},
        {QStringLiteral("active_members"), tr("Active members"),
         tr("For one month: members with a credited attendance or a contribution in that month.")},
        {QStringLiteral("stickiness"), tr("Stickiness"),
         tr("Members active in the latest complete month, divided by the members active at least once in the twelve "
            "months up to it (this look-back may reach before the period).")},
        {QStringLiteral("participation_levels"), tr("Participation levels"),
         tr("Core: hosted, presented or mentored, or an attendance rate of at least 75% with a contribution weight of "
            "at least 10. Active: an attendance rate of at least 50% or a contribution weight of at least 5. "
            "Occasional: at least one attendance or contribution. Peripheral: a member without activity. "
            "Transactional: a guest with any activity. The expected shares (Wenger, McDermott and Snyder) are about "
            "10–15% core and 15–20% active; a share is judged against its band as it is, not rounded.")},
        {QStringLiteral("level_flows"), tr("Level flows"),
         tr("Between consecutive calendar quarters, each cut to the period, per level of the earlier quarter: the "
            "members who moved up, held their level or moved down, as counts and shares.")},
        {QStringLiteral("newcomers"), tr("Newcomers"),
         tr("Members whose first activity ever (credited attendance or contribution) falls in the month.")},
        {QStringLiteral("newcomer_conversion"), tr("Newcomer conversion"),
         tr("Of the newcomers of the period whose first three months (the month of their first activity and the two "
            "after) are over within it, the share that reached the active or core level over those months.")},
        {QStringLiteral("retention"), tr("Retention"),
         tr("Members grouped by the month of their first activity; for each later month, the share of the group "
            "active in it. The first month is 100% by definition.")},
        {QStringLiteral("contribution_weight"), tr("Contribution weight"),
         tr("Each contribution counts with the weight of its kind, from 1 for a post to 12 for hosting; the plan "
            "sets the weights.")},
        {QStringLiteral("contribution_concentration"), tr("Contribution concentration"),
         tr("The fewest members, and the fewest organisations, who together hold half of the contribution weight in "
            "the period. A member without an organisation counts as one of their own.")},
        {QStringLiteral("surveys"), tr("Survey figures"),
         tr("Surveys dated in the period, with all their answers. Completion: responses divided by the members "
            "invited (the members counted on the survey's date unless a number was set). Recommend score: promoters "
            "(9–10) minus detractors (0–6) per 100 answers to the 0–10 question. Paired change: each "
            "respondent's final answer minus their baseline answer to the paired item, matched by member or "
            "anonymous code. Check-in yes share: “yes” answers over all answers to yes/no questions. A "
            "figure resting on fewer than 5 answers or pairs is marked small sample.")},
        {QStringLiteral("goal_progress"), tr("Goal progress"),
         tr("(now − baseline) / (target − baseline), kept between 0% and 100%, where now is the linked "
            "figure for the period, a survey item's mean, or the latest measurement in the period.")},
        {QStringLiteral("health_check"), tr("Health check"),
         tr("Rules that look for the pitfalls that most often hold a community back — no clear purpose, no "
            "facilitator, passive participation, no rhythm of events, no shared repertoire, no recognition or "
            "feedback, an overdue stage, low or falling stickiness, a low attendance rate, levels outside the "
            "expected bands, falling turnout, no newcomers or few who stay, members drifting away, a concentration "
            "of the work on one member or organisation, low survey completion, goals past due. Each has a severity; "
            "the verdict is healthy (no warning), watch (warnings) or act (anything critical). The thresholds are "
            "the plan's.")},
        {QStringLiteral("previous_period"), tr("Previous period"),
         tr("The period of the same length that ends the day before this one starts. It is shown only when the plan "
            "had started by then.")},
        {QStringLiteral("previous_year"), tr("Previous year"),
         tr("For a plan renewed from last year's, the same stretch of last year's plan: this period moved back by the "
            "time between the two plans' starts, cut to last year's dates, with its figures read from that plan as "
            "it is now.")},
    };
}

std::optional<GlossaryEntry> Glossary::entry(const QString &key, double attendanceThreshold)
{
    for (const GlossaryEntry &e : entries(attendanceThreshold)) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

} // namespace cultivate
