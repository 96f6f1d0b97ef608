// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace cultivate::cli {

// The manual page and the bash completion, written from the command table that `--help` prints
// (every subcommand's synopsis, description and options), so that they cannot drift from it. The
// build runs the hidden modes `cultivate --generate-man FILE` and
// `cultivate --generate-bash-completion FILE`.
bool isGeneratorMode(const QString &argument);
// Writes what `mode` names to `path`; returns an ExitCode (errors are one line on `err`).
int generate(const QString &mode, const QString &path, QTextStream &err);

// One option as the parser's help text documents it.
struct OptionDoc {
    QStringList names{}; // without dashes: {"o", "output"}
    QString valueName{}; // empty for a flag
    QString description{};
};
// The options of `parser` in the order its help text lists them. QCommandLineParser keeps its
// options private, so they are read back from helpText(), whose layout is fixed: each option on
// lines of "  NAMES  DESCRIPTION", the description wrapped in its own column. Empty, with `error`
// set, when the text does not have that layout.
QList<OptionDoc> documentedOptions(const QCommandLineParser &parser, QString *error);

// The manual page (man(7) macros) and the bash completion script. Empty, with `error` set, when an
// option list cannot be read.
QString manPage(QString *error);
QString bashCompletion(QString *error);

} // namespace cultivate::cli
