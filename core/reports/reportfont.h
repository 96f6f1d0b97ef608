// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace cultivate {

// The report's typeface at a size in points: DejaVu Sans (a Debian package of the project's setup),
// with ligatures off so that the PDF's text searches and copies as typed.
QFont reportFont(qreal pointSize, bool bold = false);

} // namespace cultivate
