// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"

namespace cultivate {

enum class Severity { Info, Warning, Critical };

template <> struct EnumInfo<Severity> {
    static constexpr std::array keys{"info", "warning", "critical"};
};

// One pitfall the seeds name, with the evidence that triggered it and what to do about it.
struct HealthFlag {
    QString rule; // stable key, e.g. "no_rhythm"
    Severity severity = Severity::Warning;
    QString evidence;
    QString recommendation;
};

// The health rules of SPEC §5 on a plan's data and its metrics for the window, as of `today`.
QList<HealthFlag> healthCheck(const MetricsData &data, const Metrics &metrics, const QDate &today);

// The rule keys, in the order they are checked.
QStringList healthRules();

// `cultivate health --json`: {"flags": [{"rule", "severity", "evidence", "recommendation"}]}.
QJsonObject healthJson(const QList<HealthFlag> &flags);

} // namespace cultivate
