// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/preferences.h"

#include <QSettings>

namespace cultivate {

namespace {

const QString AppearanceKey = QStringLiteral("view/appearance");
// Before the appearance could follow the desktop, the window had a dark-theme switch.
const QString OldDarkThemeKey = QStringLiteral("view/darkTheme");
const QString LanguageKey = QStringLiteral("view/language");

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

Language savedLanguage()
{
    return languageFromKey(QSettings().value(LanguageKey).toString());
}

void saveLanguage(Language language)
{
    QSettings().setValue(LanguageKey, languageKey(language));
}

QString languageKey(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language languageFromKey(const QString &key)
{
    for (Language language : {Language::English, Language::French}) {
        if (key == languageKey(language))
            return language;
    }
    return Language::System;
}

} // namespace cultivate
