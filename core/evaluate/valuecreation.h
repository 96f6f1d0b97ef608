// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

#include <QList>

#include <optional>

namespace cultivate {

class Plan;

// One value cycle (Wenger, Trayner and de Laat) as the plan shows it: the stories that show it,
// and the survey indicator beside them from the value-creation surveys: Likert or yes/no items
// tagged with the cycle ("cycle:applied"), and choice items whose choices are the cycles ("Which
// kind of value…?", where an answer naming the cycle agrees).
struct ValueCycleRow {
    ValueCycle cycle = ValueCycle::Immediate;
    QList<Id> storyIds{};               // stories showing this cycle, by date
    int items = 0;                      // value-creation survey items about this cycle
    int answers = 0;                    // numeric answers to those items
    std::optional<double> mean{};       // mean answer of the Likert items (1–5)
    std::optional<double> agreeShare{}; // share of answers that agree: Likert 4 or 5, yes, or naming the cycle
};

// The cycles × stories matrix of the Evaluate page and the report.
struct ValueCreationMatrix {
    QList<Story> stories{};      // every story in the period, by date (the matrix's columns)
    QList<ValueCycleRow> rows{}; // one per cycle, in cycle order
    bool shows(ValueCycle cycle, Id storyId) const;
};

// Stories dated in [from, to] and value-creation surveys dated in [from, to]; an invalid bound is
// open. Undated stories and surveys count in any period.
Result<ValueCreationMatrix> loadValueCreation(const Plan &plan, const QDate &from = {}, const QDate &to = {});

} // namespace cultivate
