// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace cultivate::cli {

enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

struct Command;

// True when argv names a headless subcommand (so main selects the offscreen platform first).
bool isCommand(const QStringList &arguments);

// Runs `cultivate <command> …`. Results go to `out`; every error is one line on `err` naming the
// file and the reason. Returns an ExitCode.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Declares a subcommand's options on `parser`, -h/--help included: what run() parses, and what
// the manual page and the bash completion describe.
void addOptions(QCommandLineParser &parser, const Command &command);

// The window's own command line, `cultivate [FILE]`: its synopsis and what it does, as --help and
// the manual page give them, and its options on `parser`.
QString windowSynopsis();
QString windowDescription();
void addWindowOptions(QCommandLineParser &parser);

// What the window is to open. A window holds one plan, so further files are named on `err` and
// left alone (a file manager starts one cultivate per file, as the desktop entry asks).
struct WindowArguments {
    QString file{};        // empty: reopen the last plan
    QStringList ignored{}; // the further files, not opened
    int exitCode = -1;     // 0 or more: exit with it (help or version printed, or a usage error)
};
// `arguments` are QCoreApplication::arguments(), from which Qt has already removed its own options
// (-style, -reverse, -platform …).
WindowArguments parseWindowArguments(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cultivate::cli
