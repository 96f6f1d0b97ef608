// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/plan.h"

namespace cultivate::test {

// A small in-memory plan holding at least one record of every entity, for export tests.
std::unique_ptr<Plan> samplePlan(const Clock &clock);

} // namespace cultivate::test
