// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/healthsettings.h"
#include "core/metrics/metrics.h"

#include <QCoreApplication>

namespace cultivate {

enum class Severity { Info, Warning, Critical };
template <> struct EnumInfo<Severity> {
    static constexpr std::array keys{"info", "warning", "critical"};
};

// The health check's conclusion: healthy (no warning or critical flag), watch (warnings), act (any
// critical flag).
enum class Verdict { Healthy, Watch, Act };
template <> struct EnumInfo<Verdict> {
    static constexpr std::array keys{"healthy", "watch", "act"};
};

// One rule that fired, with its evidence in figures and what the facilitator can do this week.
struct HealthFlag {
    QString rule; // stable key, e.g. "low_stickiness"
    Severity severity = Severity::Warning;
    QString evidence;
    QString recommendation;
    QList<int> members{}; // the members the evidence is about (indexes into MetricsData::members)
};

struct HealthReport {
    Verdict verdict = Verdict::Healthy;
    QList<HealthFlag> flags{}; // most severe first, then in rule order

    int count(Severity severity) const;
    // The verdict in a few words ("Watch: 3 warnings"). It says "no warning signs" only when no
    // rule fired at all.
    QString headline() const;
    // One sentence for a reader who sees nothing else: the verdict and the most severe flag.
    QString summary() const;
};

// The rules of SPEC §5, one member function each, over a plan's snapshot and one window's figures.
// Rules about time ("no resource in 60 days") are judged as of the window's end, or today when that
// is earlier.
class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cultivate::HealthCheck)
public:
    static HealthReport run(const MetricsData &data, const Metrics &metrics, const HealthSettings &settings);

    // Every rule key, in the order the rules are checked.
    static QStringList rules();
    // A rule's name for people ("Low stickiness").
    static QString ruleLabel(const QString &rule);
    static QString label(Verdict verdict);
    static QString label(Severity severity);

private:
    HealthCheck(const MetricsData &data, const Metrics &metrics, const HealthSettings &settings);
    QList<HealthFlag> flags();

    static QString percent(double share, int decimals = 0);
    static QString monthName(int month);
    static QString dateText(const QDate &date);
    int latestMonth() const;
    bool started() const;
    qint64 daysSinceLatest(const QList<qint64> &days) const;
    void flag(const char *rule, Severity severity, const QString &evidence, const QString &recommendation,
              QList<int> members = {});

    void noClearPurpose();
    void noFacilitator();
    void passiveParticipation();
    void noRhythm();
    void daysSince();
    void stageOverdue();
    void stickiness();
    void attendanceRate();
    void wengerBands();
    void turnout();
    void newcomers();
    void drifting();
    void concentration();
    void surveyCompletion();
    void goalsMissed();

    const MetricsData &m_data;
    const Metrics &m_m;
    const HealthSettings &m_s;
    QDate m_asOf;
    QDate m_planStart;
    QList<HealthFlag> m_flags;
};

// `cultivate health --json`: {"verdict", "window", "flags": [{"rule", "severity", "evidence", "recommendation"}]}.
QJsonObject healthJson(const HealthReport &report, const Metrics &metrics);

} // namespace cultivate
