// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/commandline.h"

#include <QDir>

namespace cultivate::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = planCommands() + importCommands() + metricsCommands() + agendaCommands() +
                                       reportCommands() + portfolioCommands();
    return list;
}

QCommandLineOption valueOption(const char *name, const char *valueName, const char *description)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                              QString::fromLatin1(valueName));
}

QStringList operands(const Context &c)
{
    return c.parser.positionalArguments().mid(1);
}

int usageError(const Context &c, const QString &message, const QString &synopsis)
{
    return c.fail(UsageError, QStringLiteral("%1\nUsage: cultivate %2").arg(message, synopsis));
}

bool parseInt(const QString &text, int min, int max, int &value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return false;
    value = parsed;
    return true;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace cultivate::cli
