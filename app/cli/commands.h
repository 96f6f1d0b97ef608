// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace cultivate::cli {

// What each subcommand sees: its parsed options and the two output streams.
struct Context {
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    // Prints "cultivate <command>: message" on err and returns the exit code.
    int fail(int code, const QString &message) const;
};

struct Command {
    QString name;
    QString synopsis;
    QString description;
    void (*addOptions)(QCommandLineParser &);
    int (*run)(const Context &);
};

// Every subcommand, in the order `cultivate --help` lists them.
const QList<Command> &commands();

// The groups that make up commands(), each in a file of its own.
QList<Command> planCommands();    // new, demo, renew, export, check
QList<Command> importCommands();  // import
QList<Command> metricsCommands(); // stats, health
QList<Command> agendaCommands();  // agenda
QList<Command> reportCommands();  // report

QList<Command> portfolioCommands(); // portfolio, in portfoliocommands.cpp

// Helpers for the command implementations.
QCommandLineOption valueOption(const char *name, const char *valueName, const char *description);
QStringList operands(const Context &c); // the positional arguments after the command name
int usageError(const Context &c, const QString &message, const QString &synopsis);
bool parseInt(const QString &text, int min, int max, int &value);
QString native(const QString &path);

} // namespace cultivate::cli
