// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace cultivate {

// The line icons of the navigation and the empty pages. They are drawn, not loaded, so they stay
// sharp at any scale and take their colour from the current palette (text, highlighted text when
// selected, placeholder text when disabled).
enum class Glyph { Overview, Charter, Lifecycle, Schedule, People, Resources, Evaluate, Dashboard, Reports };

QIcon glyphIcon(Glyph glyph);

} // namespace cultivate
