// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace cultivate::cli {

enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

// True when argv names a headless subcommand (so main selects the offscreen platform first).
bool isCommand(const QStringList &arguments);

// Runs `cultivate <command> …`. Results go to `out`; every error is one line on `err` naming the
// file and the reason. Returns an ExitCode.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cultivate::cli
