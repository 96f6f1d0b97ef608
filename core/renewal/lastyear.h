// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"

namespace cultivate {

class Plan;

// The year before, read from the plan a renewed plan names as its predecessor (SPEC §11): the same
// stretch of that plan's year as the window of this one, for comparing year with year.
struct LastYear {
    Predecessor link{}; // as the plan records it
    QString path{};     // where the predecessor was looked for (absolute)
    QString problem{};  // why it could not be read; empty when `metrics` holds its figures
    QDate from{};       // the stretch of the predecessor's year compared (clipped to its dates)
    QDate to{};
    std::optional<Metrics> metrics{};
};

// Reads the predecessor of `plan` (read-only, without its lock) and computes its figures for the
// window [from, to] of `plan` moved back by the time between the two plans' starts. nullopt when
// the plan names no predecessor; a predecessor that is missing, refused or another plan is a
// LastYear whose problem says so, never an error. Call it on the thread that owns `plan`.
std::optional<LastYear> readLastYear(const Plan &plan, const QDate &from, const QDate &to, bool includeEveryone,
                                     const QDate &today);

// One figure compared year with year, for the dashboard, the report and `stats`.
struct YearOnYearFigure {
    QString key{};   // "members", "events_held", … (the names of `stats --json`)
    QString label{}; // "Members", "Events held", … for people
    std::optional<double> now{};
    std::optional<double> before{};
    bool isShare = false; // 0…1, compared in percentage points
};

// The figures compared year with year, in the order they are shown.
QList<YearOnYearFigure> yearOnYear(const Metrics &now, const Metrics &before);

// `stats --json`'s "previous_year": the predecessor, the stretch compared, the problem (or null) and
// each figure of yearOnYear() as {"now", "before"}.
QJsonObject lastYearJson(const LastYear &lastYear, const Metrics &now);

// The window of the predecessor that matches [from, to] of a plan starting on `start`: moved back by
// whole months when the predecessor began on the same day of a month, else by days; clipped to the
// predecessor's dates. Invalid dates when nothing of it lies inside the predecessor's year.
std::pair<QDate, QDate> matchingWindow(const Predecessor &predecessor, const QDate &start, const QDate &from,
                                       const QDate &to);

} // namespace cultivate
