// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/commands.h"
#include "app/cli/documentation.h"

#include <QCoreApplication>

namespace cultivate::cli {

namespace {

QString usage()
{
    QString text = QStringLiteral("Usage:\n  cultivate %1    open the plan in the window\n").arg(windowSynopsis());
    for (const Command &c : commands())
        text += QStringLiteral("  cultivate %1\n").arg(c.synopsis);
    text += QStringLiteral("\nRun 'cultivate COMMAND --help' for a command's options.\n");
    return text;
}

const Command *find(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

int Context::fail(int code, const QString &message) const
{
    err << QStringLiteral("cultivate %1: %2").arg(parser.positionalArguments().value(0), message) << Qt::endl;
    return code;
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return find(first) != nullptr || first == QLatin1String("--help") || first == QLatin1String("-h") ||
           first == QLatin1String("--version") || first == QLatin1String("help") || isGeneratorMode(first);
}

void addOptions(QCommandLineParser &parser, const Command &command)
{
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")));
    command.addOptions(parser);
}

QString windowSynopsis()
{
    return QStringLiteral("[FILE]");
}

QString windowDescription()
{
    return QStringLiteral(
        "Open the plan FILE in the window, or the last plan when no file is given. A window holds one "
        "plan: further files are named on standard error and not opened (a file manager starts "
        "Cultivate once for each file).");
}

void addWindowOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("List the commands and the window's options.")));
    parser.addOption(QCommandLineOption(QStringLiteral("version"), QStringLiteral("Print the version.")));
}

WindowArguments parseWindowArguments(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addWindowOptions(parser);
    WindowArguments window;
    if (!parser.parse(arguments)) {
        err << QStringLiteral("cultivate: %1\n").arg(parser.errorText()) << usage();
        window.exitCode = UsageError;
        return window;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        out << (parser.isSet(QStringLiteral("help"))
                    ? usage()
                    : QStringLiteral("cultivate %1\n").arg(QCoreApplication::applicationVersion()));
        window.exitCode = Success;
        return window;
    }
    const QStringList files = parser.positionalArguments();
    window.file = files.value(0);
    window.ignored = files.mid(1);
    if (!window.ignored.isEmpty()) {
        err << QStringLiteral("cultivate: a window opens one plan; not opening %1 (start cultivate once for each)\n")
                   .arg(window.ignored.join(QStringLiteral(", ")));
    }
    return window;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (isGeneratorMode(name))
        return generate(name, arguments.value(2), err);
    if (name == QLatin1String("--version")) {
        out << QStringLiteral("cultivate %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    const Command *command = find(name);
    if (!command) {
        err << QStringLiteral("cultivate: unknown command '%1'\n").arg(name) << usage();
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser, *command);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("cultivate %1: %2\nUsage: cultivate %3\n")
                   .arg(name, parser.errorText(), command->synopsis);
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << QStringLiteral("Usage: cultivate %1\n\n%2\n").arg(command->synopsis, command->description);
        out << parser.helpText().section(QLatin1Char('\n'), 2);
        return Success;
    }
    return command->run(Context{parser, out, err});
}

} // namespace cultivate::cli
