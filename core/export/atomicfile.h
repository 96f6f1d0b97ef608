// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <functional>

class QIODevice;

namespace cultivate {

// Writes a file for the user through QSaveFile: the old file (if any) stays until the new one is
// complete; any failure of `write` or of the device leaves nothing behind.
Result<void> writeAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write);

} // namespace cultivate
