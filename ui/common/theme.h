// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace cultivate {

// Installs the Fusion style with a light or a dark palette for the whole application. Qt 6.4 has no
// colour-scheme API, so the dark theme is our own palette; widgets get a PaletteChange event.
void applyTheme(bool dark);

// Whether the application palette is a dark one (its window colour is dark).
bool isDarkTheme();

// Colours that are not palette roles, chosen for the current theme with readable contrast on both
// the Window and the Base colour.
QColor warningColour();
QColor successColour();
QColor borderColour();

// `from` moved towards `to` by `amount` (0…1), alpha included.
QColor mixColours(const QColor &from, const QColor &to, qreal amount);

} // namespace cultivate
