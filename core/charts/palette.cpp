// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/palette.h"

#include <array>

namespace cultivate {

namespace {
// Colour-blind-friendly hues (after Okabe and Ito); dark variants are lighter for dark windows.
QColor pick(bool dark, QRgb light, QRgb darkVariant)
{
    return QColor::fromRgb(dark ? darkVariant : light);
}
} // namespace

QColor ChartPalette::stage(StageKind kind) const
{
    static constexpr std::array<std::array<QRgb, 2>, 5> colours{{
        {0x0072B2, 0x56B4E9}, // define: blue
        {0xE69F00, 0xF5C04A}, // pilot: orange
        {0x009E73, 0x3DD6A3}, // launch: green
        {0xCC79A7, 0xE3A6C8}, // nurture: pink
        {0xD55E00, 0xF08A4B}, // evaluate: vermilion
    }};
    const auto &c = colours.at(static_cast<std::size_t>(kind));
    return pick(dark, c[0], c[1]);
}

QColor ChartPalette::level(Level level) const
{
    static constexpr std::array<std::array<QRgb, 2>, 5> colours{{
        {0x1B5E20, 0x66BB6A}, // core
        {0x0072B2, 0x56B4E9}, // active
        {0xE69F00, 0xF5C04A}, // occasional
        {0x9E9E9E, 0x8A8A8A}, // peripheral
        {0x7E57C2, 0xB39DDB}, // transactional
    }};
    const auto &c = colours.at(static_cast<std::size_t>(level));
    return pick(dark, c[0], c[1]);
}

QColor ChartPalette::eventStatus(EventStatus status) const
{
    switch (status) {
    case EventStatus::Planned:
        return pick(dark, 0x0072B2, 0x56B4E9);
    case EventStatus::Held:
        return pick(dark, 0x009E73, 0x3DD6A3);
    case EventStatus::Cancelled:
        return pick(dark, 0x9E9E9E, 0x7A7A7A);
    }
    return accent();
}

QColor ChartPalette::accent() const
{
    return pick(dark, 0x2E7D32, 0x81C784);
}
QColor ChartPalette::text() const
{
    return pick(dark, 0x202124, 0xE8EAED);
}
QColor ChartPalette::gridLine() const
{
    return pick(dark, 0xDADCE0, 0x3C4043);
}
QColor ChartPalette::neutral() const
{
    return pick(dark, 0x80868B, 0xBDC1C6);
}
QColor ChartPalette::expectedBand() const
{
    return pick(dark, 0x5F6368, 0xBDC1C6);
}

} // namespace cultivate
