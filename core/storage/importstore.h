// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"

#include <QDateTime>
#include <QList>

// What the importers ask of a plan beyond reading and writing whole entities.
namespace cultivate {

class Plan;

// The plan's events that start between `from` and `to` (both included), earliest first.
Result<QList<Event>> eventsStartingBetween(const Plan &plan, const QDateTime &from, const QDateTime &to);

} // namespace cultivate
