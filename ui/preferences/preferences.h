// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/theme.h"

namespace cultivate {

// The user's preferences as QSettings keeps them (in the usual place: ~/.config/Cultivate).
// The appearance (Desktop unless chosen; an earlier "dark theme" setting counts as Dark).
Appearance savedAppearance();
void saveAppearance(Appearance appearance);

// The language of the window (System unless chosen). It takes effect when Cultivate next starts.
enum class Language { System, English, French };
Language savedLanguage();
void saveLanguage(Language language);
// The stable name of a language in the settings ("system", "en", "fr"), and back (System for an
// unknown name).
QString languageKey(Language language);
Language languageFromKey(const QString &key);

} // namespace cultivate
