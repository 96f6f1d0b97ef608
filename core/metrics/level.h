// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

namespace cultivate {

// Wenger's participation levels (SPEC §5), from most to least involved; transactional is a guest's.
enum class Level { Core, Active, Occasional, Peripheral, Transactional };

template <> struct EnumInfo<Level> {
    static constexpr std::array keys{"core", "active", "occasional", "peripheral", "transactional"};
};

QString label(Level level);

// The share of counted members Wenger, McDermott and Snyder expect at a level, as [low, high];
// both zero when no band is expected.
std::pair<double, double> expectedShare(Level level);

} // namespace cultivate
