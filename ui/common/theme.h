// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace cultivate {

// How the window looks. Desktop: the style and colours the desktop chose (its platform theme, a
// -style option or QT_STYLE_OVERRIDE), left as they are, dark ones included. Light and Dark: the
// Fusion style with our own palettes (Qt 6.4 has no colour-scheme API, so the dark theme is a
// palette of ours).
enum class Appearance { Desktop, Light, Dark };

// Installs `appearance` for the whole application; widgets get a StyleChange/PaletteChange event.
// The desktop's style is noted on the first call, so Desktop can restore it later.
void applyAppearance(Appearance appearance);
// The last appearance installed (Desktop before any).
Appearance currentAppearance();
// The stable name of an appearance in the settings, and back (Desktop for an unknown name).
QString appearanceKey(Appearance appearance);
Appearance appearanceFromKey(const QString &key);

// Whether the application palette is a dark one (its window colour is dark), whichever appearance
// set it: charts and painted widgets choose their colours by it.
bool isDarkTheme();

// Colours that are not palette roles, chosen for the current theme with readable contrast on both
// the Window and the Base colour.
QColor warningColour();
QColor successColour();
QColor borderColour();

// `from` moved towards `to` by `amount` (0…1), alpha included.
QColor mixColours(const QColor &from, const QColor &to, qreal amount);

} // namespace cultivate
