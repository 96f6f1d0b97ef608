// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"
#include "core/storage/plan.h"

#include <QHash>

// A small community whose figures were worked out by hand (see metricstests.cpp).
// Plan year 2026; "today" is 2026-04-15, so the default window is 2026-01-01 … 2026-04-15.
namespace cultivate::test {

struct MetricsFixture {
    MetricsFixture();

    std::unique_ptr<Plan> plan;
    FixedClock clock{QDateTime(QDate(2026, 4, 15), QTime(12, 0))};
    QHash<QString, Id> members; // by first name: Fay, Sam, Ana, Ben, Cai, Dee, Gus, Eve, Hal
    QHash<QString, Id> events;  // E1 … E7
    QHash<QString, Id> surveys; // baseline, final
    QHash<QString, Id> goals;   // reach, manual, capped

    Metrics compute(const MetricsOptions &options = {}) const;
    MetricsData data() const;
};

} // namespace cultivate::test
