// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportnarrative.h"

#include "core/reports/reportdata.h"
#include "core/reports/reportformat.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

QString counted(qint64 n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(reportCount(n), n == 1 ? ReportText::tr(singular) : ReportText::tr(plural));
}

// A goal's value in its own terms: a share for a linked share metric, else a number with its unit.
QString goalValue(const GoalFigures &g, double value)
{
    static const QStringList shares{QStringLiteral("metric:reach"), QStringLiteral("metric:mean_attendance_rate"),
                                    QStringLiteral("metric:stickiness"), QStringLiteral("metric:newcomer_conversion"),
                                    QStringLiteral("metric:core_active_share")};
    if (shares.contains(g.source))
        return reportShare(value);
    const double rounded = std::round(value * 10) / 10;
    const QString number = rounded == std::floor(rounded) ? reportCount(qint64(rounded)) : reportDecimal(rounded, 1);
    return g.unit.trimmed().isEmpty() ? number : QStringLiteral("%1 %2").arg(number, g.unit.trimmed());
}

// The sentence's subject: the figure's name as it reads inside a sentence.
QString sentenceCase(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace

QStringList GlanceNarrative::paragraphs() const
{
    QStringList list{happened};
    if (!changeSentences.isEmpty())
        list << changeSentences.join(QLatin1Char(' '));
    if (!goalSentences.isEmpty())
        list << goalSentences.join(QLatin1Char(' '));
    list << health;
    if (!nextSentences.isEmpty())
        list << nextSentences.join(QLatin1Char(' '));
    list.removeAll(QString());
    return list;
}

QList<ReportNarrative::Headline> ReportNarrative::headlines(const Metrics &m)
{
    const auto value = [&m](const char *key) { return metricValue(m, QString::fromLatin1(key)); };
    const int newcomers = m.newcomers();
    const QString month = m.latestCompleteMonth >= 0 ? reportMonth(m.latestCompleteMonthKey()) : QString();
    return {
        {QStringLiteral("members"), ReportText::tr("members counted"), false, value("members")},
        {QStringLiteral("events_held"), ReportText::tr("events held"), false, value("events_held")},
        {QStringLiteral("credited_attendances"), ReportText::tr("credited attendances"), false,
         value("credited_attendances")},
        {QStringLiteral("reach"), ReportText::tr("reach"), true, value("reach")},
        {QStringLiteral("mean_attendance_rate"), ReportText::tr("mean attendance rate"), true,
         value("mean_attendance_rate")},
        {QStringLiteral("active_members"),
         month.isEmpty() ? ReportText::tr("active members in the latest complete month")
                         : ReportText::tr("active members in %1").arg(month),
         false, value("active_members")},
        {QStringLiteral("stickiness"), ReportText::tr("stickiness"), true, value("stickiness")},
        {QStringLiteral("newcomers"), ReportText::tr("newcomers"), false,
         m.months.isEmpty() ? std::nullopt : std::optional<double>(newcomers)},
        {QStringLiteral("newcomer_conversion"), ReportText::tr("newcomer conversion"), true,
         value("newcomer_conversion")},
        {QStringLiteral("core_active_share"), ReportText::tr("core and active members"), true,
         value("core_active_share")},
        {QStringLiteral("contribution_weight"), ReportText::tr("contribution weight"), false,
         m.months.isEmpty() ? std::nullopt : std::optional<double>(m.totalWeight)},
    };
}

FigureChange ReportNarrative::change(const QString &key, const QString &name, bool share, std::optional<double> now,
                                     std::optional<double> before)
{
    FigureChange c{key, name, share, now, before, Trend::Unknown, {}};
    if (!now || !before)
        return c;
    const QString subject = sentenceCase(name);
    if (share) {
        const int points = qRound(*now * 100) - qRound(*before * 100);
        if (std::abs(points) < ShareChangePoints) {
            c.trend = Trend::Steady;
            return c;
        }
        c.trend = points > 0 ? Trend::Rose : Trend::Fell;
        c.sentence = (points > 0 ? ReportText::tr("%1 rose by %2 points, from %3 to %4.")
                                 : ReportText::tr("%1 fell by %2 points, from %3 to %4."))
                         .arg(subject, reportCount(std::abs(points)), reportShare(*before), reportShare(*now));
        return c;
    }
    const qint64 a = qRound64(*before);
    const qint64 b = qRound64(*now);
    const qint64 diff = b - a;
    const bool moved = std::abs(diff) >= 2 && (a == 0 || double(std::abs(diff)) / double(a) >= CountChangeShare);
    if (!moved) {
        c.trend = Trend::Steady;
        return c;
    }
    c.trend = diff > 0 ? Trend::Rose : Trend::Fell;
    const QString by =
        a > 0 ? QStringLiteral("%1 (%2%3)")
                    .arg(reportCount(std::abs(diff)), diff > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"))
                    .arg(reportShare(double(std::abs(diff)) / double(a)))
              : reportCount(std::abs(diff));
    c.sentence =
        (diff > 0 ? ReportText::tr("%1 rose by %2, from %3 to %4.") : ReportText::tr("%1 fell by %2, from %3 to %4."))
            .arg(subject, by, reportCount(a), reportCount(b));
    return c;
}

GlanceNarrative ReportNarrative::compose(const Assessment &a, const Clean &clean)
{
    GlanceNarrative n;
    const Metrics &m = a.current;
    const QString period = ReportText::tr("From %1 to %2").arg(reportDate(m.from), reportDate(m.to));
    n.littleData = hasLittleData(m);

    // What happened.
    if (m.eventsHeld == 0) {
        n.happened =
            m.eventsPlanned > 0
                ? ReportText::tr(
                      "%1 no event has been held yet; %2 planned. This report shows the plan for the year: its "
                      "schedule, the current stage's checklist and the goals.")
                      .arg(period, counted(m.eventsPlanned, QT_TRANSLATE_NOOP("cultivate::Report", "event is"),
                                           QT_TRANSLATE_NOOP("cultivate::Report", "events are")))
                : ReportText::tr("%1 no event has been held yet, and none is planned in the period.").arg(period);
    } else {
        n.happened =
            ReportText::tr("%1 the community held %2 with %3. %4 of its %5 took part at least once.")
                .arg(period,
                     counted(m.eventsHeld, QT_TRANSLATE_NOOP("cultivate::Report", "event"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "events")),
                     counted(m.creditedAttendances, QT_TRANSLATE_NOOP("cultivate::Report", "credited attendance"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "credited attendances")),
                     reportShare(m.reach),
                     counted(m.members, QT_TRANSLATE_NOOP("cultivate::Report", "member"),
                             QT_TRANSLATE_NOOP("cultivate::Report", "members")));
        if (m.eventsPlanned > 0)
            n.happened += QLatin1Char(' ') +
                          ReportText::tr("%1 still planned in the period.")
                              .arg(counted(m.eventsPlanned, QT_TRANSLATE_NOOP("cultivate::Report", "further event is"),
                                           QT_TRANSLATE_NOOP("cultivate::Report", "further events are")));
    }

    // What changed against the previous period: the falls first, then the rises, largest first.
    if (!a.previous) {
        n.changeSentences << ReportText::tr(
            "There is no earlier period of the same length to compare with: this period starts "
            "with the plan.");
    } else {
        const QList<Headline> now = headlines(m);
        const QList<Headline> before = headlines(*a.previous);
        for (qsizetype i = 0; i < now.size(); ++i) {
            // The active members of each period's own latest complete month are compared under one name.
            const QString name = now[i].key == QLatin1String("active_members")
                                     ? ReportText::tr("active members in the latest complete month")
                                     : now[i].name;
            n.changes << change(now[i].key, name, now[i].share, now[i].value, before[i].value);
        }
        const auto magnitude = [](const FigureChange &c) {
            return c.share ? std::abs(*c.now - *c.before) : std::abs(*c.now - *c.before) / std::max(1.0, *c.before);
        };
        QList<const FigureChange *> falls;
        QList<const FigureChange *> rises;
        for (const FigureChange &c : std::as_const(n.changes)) {
            if (c.trend == Trend::Fell)
                falls << &c;
            else if (c.trend == Trend::Rose)
                rises << &c;
        }
        const auto byMagnitude = [&magnitude](const FigureChange *x, const FigureChange *y) {
            return magnitude(*x) > magnitude(*y);
        };
        std::stable_sort(falls.begin(), falls.end(), byMagnitude);
        std::stable_sort(rises.begin(), rises.end(), byMagnitude);
        n.changeSentences
            << ReportText::tr("Against the previous period (%1):").arg(reportPeriod(a.previous->from, a.previous->to));
        for (const FigureChange *c : falls.mid(0, 6))
            n.changeSentences << c->sentence;
        for (const FigureChange *c : rises.mid(0, 2))
            n.changeSentences << c->sentence;
        if (falls.isEmpty() && rises.isEmpty())
            n.changeSentences << ReportText::tr("no headline figure rose or fell noticeably.");
        else if (falls.isEmpty())
            n.changeSentences << ReportText::tr("No headline figure fell.");
    }

    // The goals against their targets.
    int met = 0;
    int missed = 0;
    int onTheWay = 0;
    int unmeasured = 0;
    QStringList details;    // missed first, then those on the way
    QStringList metDetails; // said only when nothing else is
    QStringList unmeasuredDetails;
    for (const GoalFigures &g : m.goals) {
        const QString title = clean(g.title);
        if (!g.progress || !g.current) {
            ++unmeasured;
            unmeasuredDetails << ReportText::tr("\u201c%1\u201d has not been measured yet.").arg(title);
            continue;
        }
        if (*g.progress >= 1.0) {
            ++met;
            metDetails << ReportText::tr("\u201c%1\u201d has met its target of %2 (now %3).")
                              .arg(title, goalValue(g, g.target), goalValue(g, *g.current));
        } else if (g.due.isValid() && g.due < a.today) {
            ++missed;
            details.prepend(
                ReportText::tr("\u201c%1\u201d missed its target: it was due on %2 and stands at %3 against %4.")
                    .arg(title, reportDate(g.due), goalValue(g, *g.current), goalValue(g, g.target)));
        } else {
            ++onTheWay;
            const QString due = g.due.isValid() ? ReportText::tr(", due %1").arg(reportDate(g.due)) : QString();
            details << ReportText::tr("\u201c%1\u201d is %2 of the way from %3 to its target of %4%5.")
                           .arg(title, reportShare(*g.progress), goalValue(g, g.baseline), goalValue(g, g.target), due);
        }
    }
    if (m.goals.isEmpty()) {
        n.goalSentences << ReportText::tr("No goals have been set yet, so there are no targets to report against.");
    } else if (m.goals.size() == 1) {
        n.goalSentences << details + metDetails + unmeasuredDetails;
    } else {
        QStringList parts;
        if (met > 0)
            parts << ReportText::tr("%1 met").arg(reportCount(met));
        if (missed > 0)
            parts << ReportText::tr("%1 missed").arg(reportCount(missed));
        if (onTheWay > 0)
            parts << ReportText::tr("%1 on the way").arg(reportCount(onTheWay));
        if (unmeasured > 0)
            parts << ReportText::tr("%1 not measured yet").arg(reportCount(unmeasured));
        const QString list =
            parts.size() <= 1 ? parts.value(0)
                              : ReportText::tr("%1 and %2")
                                    .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.constLast());
        n.goalSentences << ReportText::tr("Of the %1: %2.")
                               .arg(counted(m.goals.size(), QT_TRANSLATE_NOOP("cultivate::Report", "goal"),
                                            QT_TRANSLATE_NOOP("cultivate::Report", "goals")),
                                    list);
        n.goalSentences << (details.isEmpty() ? metDetails.mid(0, 2) : details.mid(0, 3));
    }

    // The verdict, and what comes next.
    const HealthReport &h = a.health;
    if (h.flags.isEmpty()) {
        n.health = ReportText::tr("The health check finds no warning signs in this period.");
    } else if (h.verdict == Verdict::Healthy) {
        n.health =
            ReportText::tr("The health check finds no warning or critical sign (%1).").arg(h.headline().toLower());
    } else {
        const HealthFlag &top = h.flags.constFirst();
        n.health = ReportText::tr("Health check \u2014 %1. The most pressing: %2 (%3).")
                       .arg(h.headline(), HealthCheck::ruleLabel(top.rule).toLower(), clean(top.evidence));
    }
    for (const HealthFlag &f : h.flags) {
        if (f.severity == Severity::Info || !n.nextSentences.isEmpty())
            continue;
        n.nextSentences << clean(f.recommendation);
    }
    if (const StageProgress *stage = a.stage()) {
        QStringList open;
        for (const ChecklistItem &item : stage->items) {
            if (item.done || open.size() >= 2)
                continue;
            open << (item.dueDate.isValid()
                         ? ReportText::tr("%1 (due %2)").arg(clean(item.title), reportDate(item.dueDate))
                         : clean(item.title));
        }
        if (!open.isEmpty()) {
            n.nextSentences << ReportText::tr("In the %1 stage, the next steps are: %2.")
                                   .arg(label(stage->stage.kind), open.join(QStringLiteral("; ")));
        }
    }
    return n;
}

} // namespace cultivate
