// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/preferences.h"

#include <QSettings>

namespace cultivate {

namespace {

const QString AppearanceKey = QStringLiteral("view/appearance");
// Before the appearance could follow the desktop, the window had a dark-theme switch.
const QString OldDarkThemeKey = QStringLiteral("view/darkTheme");

} // namespace

Appearance savedAppearance()
{
    const QSettings settings;
    if (settings.contains(AppearanceKey))
        return appearanceFromKey(settings.value(AppearanceKey).toString());
    return settings.value(OldDarkThemeKey, false).toBool() ? Appearance::Dark : Appearance::Desktop;
}

void saveAppearance(Appearance appearance)
{
    QSettings settings;
    settings.setValue(AppearanceKey, appearanceKey(appearance));
    settings.remove(OldDarkThemeKey);
}

} // namespace cultivate
