// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/healthcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace cultivate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cultivate::HealthCheck", text);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString monthName(const QDate &month)
{
    return QLocale::c().toString(month, QStringLiteral("MMMM yyyy"));
}

// Days since the latest of `days` up to today, counting from the plan's start when there is none.
qint64 daysSinceLatest(const QList<qint64> &days, qint64 planStart, qint64 today)
{
    qint64 latest = planStart;
    for (qint64 d : days) {
        if (d <= today)
            latest = std::max(latest, d);
    }
    return today - latest;
}

} // namespace

QStringList healthRules()
{
    return {QStringLiteral("no_clear_purpose"),      QStringLiteral("no_facilitator"),
            QStringLiteral("passive_participation"), QStringLiteral("no_rhythm"),
            QStringLiteral("no_shared_repertoire"),  QStringLiteral("no_recognition"),
            QStringLiteral("no_feedback"),           QStringLiteral("stage_overdue")};
}

QList<HealthFlag> healthCheck(const MetricsData &data, const Metrics &metrics, const QDate &today)
{
    QList<HealthFlag> flags;
    const qint64 now = today.toJulianDay();
    const QDate planStart = data.community.startDate.isValid() ? data.community.startDate : today;
    const bool started = planStart <= today;

    // No clear purpose.
    {
        QStringList missing;
        if (data.community.purpose.trimmed().isEmpty())
            missing << tr("the charter has no purpose");
        if (data.goals.isEmpty())
            missing << tr("no goals are set");
        if (!missing.isEmpty()) {
            flags << HealthFlag{QStringLiteral("no_clear_purpose"), Severity::Warning, missing.join(tr("; ")),
                                tr("Write the community's purpose and two or three measurable goals with the "
                                   "members, so everyone knows why they take part.")};
        }
    }

    // No facilitator.
    {
        bool found = false;
        for (const auto &m : data.members)
            found = found || (m.role == Role::Facilitator && m.left >= now);
        if (!found) {
            flags << HealthFlag{QStringLiteral("no_facilitator"), Severity::Critical,
                                tr("no current member has the facilitator role"),
                                tr("Name a facilitator who connects members, runs the events and reports on "
                                   "activity; without one a community tends to drift.")};
        }
    }

    // Passive participation.
    if (started && metrics.members > 0) {
        const int engaged = metrics.levels[size_t(Level::Core)] + metrics.levels[size_t(Level::Active)];
        const double share = double(engaged) / metrics.members;
        QStringList evidence;
        if (share < 0.25) {
            evidence << tr("core+active = %1 of %2 members (%3; expected 25–35%)")
                            .arg(engaged)
                            .arg(metrics.members)
                            .arg(percent(share));
        }
        const auto &active = metrics.activeByMonth;
        if (active.size() >= 4) {
            const qsizetype n = active.size();
            if (active[n - 1] < active[n - 2] && active[n - 2] < active[n - 3] && active[n - 3] < active[n - 4]) {
                evidence << tr("active members fell three months running (%1 → %2 → %3 → %4)")
                                .arg(active[n - 4])
                                .arg(active[n - 3])
                                .arg(active[n - 2])
                                .arg(active[n - 1]);
            }
        }
        if (!evidence.isEmpty()) {
            flags << HealthFlag{QStringLiteral("passive_participation"), Severity::Warning, evidence.join(tr("; ")),
                                tr("Invite quieter members to host a short segment or share a resource, give "
                                   "champions visible roles, and follow up personally with those who drifted.")};
        }
    }

    // No rhythm: a month of the plan, up to this one, without any event that was not cancelled.
    if (started) {
        QSet<int> monthsWithEvents;
        for (const auto &e : data.events) {
            if (e.status != EventStatus::Cancelled) {
                const QDate d = QDate::fromJulianDay(e.day);
                monthsWithEvents.insert(d.year() * 12 + d.month() - 1);
            }
        }
        QDate last = today;
        if (data.community.endDate.isValid() && data.community.endDate < last)
            last = data.community.endDate;
        QStringList empty;
        for (QDate m(planStart.year(), planStart.month(), 1); m <= last; m = m.addMonths(1)) {
            if (!monthsWithEvents.contains(m.year() * 12 + m.month() - 1))
                empty << monthName(m);
        }
        if (!empty.isEmpty()) {
            flags << HealthFlag{QStringLiteral("no_rhythm"), Severity::Warning,
                                tr("no event in %1").arg(empty.join(QStringLiteral(", "))),
                                tr("Keep a steady rhythm: a meeting or webinar every month on a predictable day, "
                                   "even a short one, keeps members connected.")};
        }
    }

    const qint64 start = planStart.toJulianDay();
    if (started) {
        const qint64 sinceResource = daysSinceLatest(data.resourceDays, start, now);
        if (sinceResource > 60) {
            flags << HealthFlag{
                QStringLiteral("no_shared_repertoire"), Severity::Warning,
                data.resourceDays.isEmpty()
                    ? tr("no resource has been added in the %1 days since the plan started").arg(sinceResource)
                    : tr("no resource added in %1 days").arg(sinceResource),
                tr("Collect what members create — slides, templates, recordings, how-tos — in the "
                   "shared workspace and point to it after every session.")};
        }
        const qint64 sinceRecognition = daysSinceLatest(data.recognitionDays, start, now);
        if (sinceRecognition > 90) {
            flags << HealthFlag{QStringLiteral("no_recognition"), Severity::Info,
                                tr("no recognition recorded in %1 days").arg(sinceRecognition),
                                tr("Thank contributors in public: a mention at the next meeting or a note to "
                                   "their manager keeps motivation up.")};
        }
        QList<qint64> feedback;
        for (const Survey &s : data.surveys) {
            if (s.date.isValid())
                feedback << s.date.toJulianDay();
        }
        for (const auto &e : data.events) {
            if (e.kind == EventKind::CheckIn && e.status == EventStatus::Held)
                feedback << e.day;
        }
        const qint64 sinceFeedback = daysSinceLatest(feedback, start, now);
        if (sinceFeedback > 90) {
            flags << HealthFlag{QStringLiteral("no_feedback"), Severity::Warning,
                                tr("no survey or check-in in %1 days").arg(sinceFeedback),
                                tr("Run a two-minute check-in poll or a short session-feedback survey to hear how "
                                   "members are doing and what they need.")};
        }
    }

    // Stages past their planned end that are not done.
    for (const Stage &stage : data.stages) {
        if (stage.plannedEnd.isValid() && stage.plannedEnd < today && stage.status != StageStatus::Done) {
            flags << HealthFlag{
                QStringLiteral("stage_overdue"), Severity::Warning,
                tr("the %1 stage was planned to end on %2 and is %3")
                    .arg(label(stage.kind), stage.plannedEnd.toString(Qt::ISODate), label(stage.status).toLower()),
                tr("Finish the stage's open checklist items or move its dates, so the plan "
                   "reflects where the community really is.")};
        }
    }
    return flags;
}

QJsonObject healthJson(const QList<HealthFlag> &flags)
{
    QJsonArray array;
    for (const HealthFlag &f : flags) {
        array << QJsonObject{{QStringLiteral("rule"), f.rule},
                             {QStringLiteral("severity"), enumKey(f.severity)},
                             {QStringLiteral("evidence"), f.evidence},
                             {QStringLiteral("recommendation"), f.recommendation}};
    }
    return QJsonObject{{QStringLiteral("flags"), array}};
}

} // namespace cultivate
