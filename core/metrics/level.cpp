// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/level.h"

#include <QCoreApplication>

namespace cultivate {

QString label(Level level)
{
    static const std::array<const char *, 5> labels{
        QT_TRANSLATE_NOOP("cultivate::label", "Core"), QT_TRANSLATE_NOOP("cultivate::label", "Active"),
        QT_TRANSLATE_NOOP("cultivate::label", "Occasional"), QT_TRANSLATE_NOOP("cultivate::label", "Peripheral"),
        QT_TRANSLATE_NOOP("cultivate::label", "Transactional")};
    return QCoreApplication::translate("cultivate::label", labels.at(static_cast<std::size_t>(level)));
}

std::pair<double, double> expectedShare(Level level)
{
    switch (level) {
    case Level::Core:
        return {0.10, 0.15};
    case Level::Active:
        return {0.15, 0.20};
    default:
        return {0.0, 0.0};
    }
}

std::optional<BandVerdict> bandVerdict(Level level, const std::optional<double> &share)
{
    const auto [low, high] = expectedShare(level);
    if (!share || high <= 0)
        return std::nullopt;
    if (*share < low)
        return BandVerdict::Below;
    if (*share > high)
        return BandVerdict::Above;
    return BandVerdict::Within;
}

} // namespace cultivate
