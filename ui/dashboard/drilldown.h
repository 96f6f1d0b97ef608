// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"

#include <QStringList>

namespace cultivate {

// The people and events behind a dashboard figure, as lines for a list ("Ana", "Ben — 4 of 4
// events"). Core's metrics say who is behind each figure (with the rules of SPEC §5); these only
// name and order them. Names are sorted; members sharing a name show their organisation.
namespace drilldown {

// Members by their indexes into data.members.
QStringList names(const MetricsData &data, const QList<int> &members);
// Every counted member of the window with level and attendance.
QStringList members(const MetricsData &data, const Metrics &metrics);
// Members at a participation level over the window.
QStringList membersAtLevel(const MetricsData &data, const Metrics &metrics, Level level);
// Members with at least one credited attendance in the window.
QStringList reached(const MetricsData &data, const Metrics &metrics);
// Members with contribution weight in the window, most first.
QStringList contributors(const MetricsData &data, const Metrics &metrics);
// Held events of the window with their credited attendees, in date order.
QStringList heldEvents(const Metrics &metrics);
// The newcomers of the window, each with the month of their first activity.
QStringList newcomers(const MetricsData &data, const Metrics &metrics);

} // namespace drilldown

} // namespace cultivate
