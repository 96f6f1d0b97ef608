// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <optional>

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

enum class BandVerdict { Below, Within, Above };

// Where a level's share lies against its expected band, judged on the exact share (9.6% core is
// below the 10–15% band, however it is rounded for display). None for a level without a band or an
// undefined share.
std::optional<BandVerdict> bandVerdict(Level level, const std::optional<double> &share);

} // namespace cultivate
