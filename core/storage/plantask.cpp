// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/plantask.h"

namespace cultivate {

bool isInMemory(const Plan &plan)
{
    return plan.path().isEmpty() || plan.path() == QLatin1String(":memory:");
}

Result<std::unique_ptr<Plan>> openForBackgroundRead(const QString &path, const Clock &clock)
{
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    options.deferPageCheck = true;
    return Plan::open(path, options, clock);
}

} // namespace cultivate
