// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/theme.h"

namespace cultivate {

// The user's preferences as QSettings keeps them (in the usual place: ~/.config/Cultivate).
// The appearance (Desktop unless chosen; an earlier "dark theme" setting counts as Dark).
Appearance savedAppearance();
void saveAppearance(Appearance appearance);

} // namespace cultivate
