// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preferences/preferences.h"

#include <QLocale>

namespace cultivate {

// The locale the window takes for `language`: the system's for System; otherwise that language in
// the system's country where the pair exists (French in Canada is fr_CA, in Belgium fr_BE, elsewhere
// fr_FR; English in Canada en_CA …).
QLocale localeFor(Language language, const QLocale &system = QLocale::system());

// Installs the translations of `locale`'s language in the application — Cultivate's own (:/i18n)
// and Qt's (qtbase, from Qt's translations folder) — and makes `locale` the default, so that dates,
// numbers and the first day of the week follow it. Call it before the first widget exists: widgets
// take their texts and their locale when they are built. A later call replaces what an earlier one
// installed. Returns whether Cultivate's translation was found (English needs none: false).
bool installTranslations(const QLocale &locale);

} // namespace cultivate
