// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

namespace cultivate {

// The schedule as an iCalendar file (RFC 5545): one VEVENT per event with a UID that stays the
// same across exports (the plan's uid and the event's id), times in the plan's time zone with a
// VTIMEZONE describing it, cancelled events marked STATUS:CANCELLED, CRLF line ends, lines folded
// at 75 octets and TEXT values escaped.
Result<QByteArray> scheduleIcs(const Plan &plan);
// The same, written atomically to `path`.
Result<void> exportScheduleIcs(const Plan &plan, const QString &path);

// RFC 5545 §3.3.11 escaping of a TEXT value.
QString icsEscape(const QString &text);
// RFC 5545 §3.1 folding of one content line (without its CRLF) into lines of at most 75 octets.
QByteArray icsFold(const QByteArray &line);

} // namespace cultivate
