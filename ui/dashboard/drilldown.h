// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"

#include <QStringList>

namespace cultivate {

// The people behind a dashboard figure, as lines for a list ("Ana", "Ben — 4 of 4 events"). Core's
// metrics give counts; these walk the same snapshot with the same rules (SPEC §5: counted roles,
// held events, the credit threshold) to name the members. Sorted by name.
namespace drilldown {

// Counted members with a credited attendance at the event with database id `eventId`.
QStringList attendees(const MetricsData &data, Id eventId);
// Counted members active (credited attendance or contribution) in the month "YYYY-MM", up to the window's end.
QStringList activeInMonth(const MetricsData &data, const Metrics &metrics, const QString &month);
// Counted members whose first activity ever falls in the month "YYYY-MM".
QStringList newcomersInMonth(const MetricsData &data, const QString &month);
// Members at a participation level over the window.
QStringList membersAtLevel(const MetricsData &data, const Metrics &metrics, Level level);
// Every counted member of the window with level and attendance.
QStringList members(const MetricsData &data, const Metrics &metrics);
// Members with at least one credited attendance in the window.
QStringList reached(const MetricsData &data, const Metrics &metrics);
// Members with contribution weight in the window, most first.
QStringList contributors(const MetricsData &data, const Metrics &metrics);
// Held events of the window with their credited attendees, in date order.
QStringList heldEvents(const Metrics &metrics);

} // namespace drilldown

} // namespace cultivate
