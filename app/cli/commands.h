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

}  // namespace cultivate::cli
