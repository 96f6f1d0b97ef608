// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace cultivate {

// The GUI half of SPEC §9: drives the real main window (offscreen, 1440×900) over a copy of the plan
// at `planPath` — opening it, every page, the dashboard's windows, the people tabs, the report
// preview, an import and quitting — and prints, for each step, the longest stall of the event loop
// (measured by a 5 ms timer on the GUI thread that records its own lateness) and the step's wall
// time, against the budgets. The plan itself is not changed. Returns 0, or 1 when the plan cannot be
// copied or opened.
int runStallHarness(const QString &planPath, QTextStream &out);

} // namespace cultivate
