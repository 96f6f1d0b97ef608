// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/rowsnapshot.h"

namespace cultivate {

Result<void> RowSnapshot::restore(Plan &plan) const
{
    return plan.restoreDependents(m_record);
}

} // namespace cultivate
