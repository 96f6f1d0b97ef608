// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/level.h"
#include "core/model/enums.h"

#include <QColor>

namespace cultivate {

// One colour per stage, per participation level and per event status, used by every chart, the
// timeline and the reports. Each colour has a light-palette and a dark-palette variant with enough
// contrast against the respective window background.
struct ChartPalette {
    bool dark = false;

    QColor stage(StageKind kind) const;
    QColor level(Level level) const;
    QColor eventStatus(EventStatus status) const;
    QColor accent() const;
    QColor text() const;
    QColor gridLine() const;
    // A grey for the "no change" part of a chart (members who held their level), distinct from the
    // background and the grid in both palettes.
    QColor neutral() const;
    // The expected-share bands and their explanation: a neutral grey readable on either background,
    // never a warning colour.
    QColor expectedBand() const;
};

} // namespace cultivate
